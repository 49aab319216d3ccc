"""Undoing a big import leaves the catalogue writable meanwhile (db/services/undo_import.py): the
undo goes in short transactions, and a second connection writes between two of them instead of
failing with « occupé » after its busy timeout."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.catalog import open_catalog
from db.models import ImportBatch
from db.schemas import PartnerIn
from db.services import ListQuery, Services, undo_import
from db.services.imports import ImportService


def _import(catalog, tmp_path, rows: int) -> int:
    path = tmp_path / "partenaires.csv"
    lines = ["Nom;Pays;Ville"] + [f"Partenaire {i:05d};Japon;Ville {i}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _plan, result = ImportService(catalog, actor="import").import_file(path)
    assert result.counts["partner"]["created"] == rows
    return result.batch_id


def test_another_connection_writes_while_a_big_import_is_being_undone(catalog_location, tmp_path, monkeypatch):
    monkeypatch.setattr(undo_import, "CHUNK", 300)
    location = catalog_location("catalogue")
    first = open_catalog(location)
    second = open_catalog(location)   # another window or another computer: its own connections
    try:
        batch = _import(first, tmp_path, 1200)
        seen = []

        def meanwhile(done: int, total: int) -> None:
            if done < total:   # between two chunks of the undo: the other connection is not kept waiting
                live = len(Services(second).list("partner", ListQuery(limit=None)))
                made = Services(second, actor="collègue").create("partner", PartnerIn(name=f"Écrit pendant {done}"))
                seen.append((done, live, made.name))

        counts = ImportService(first, actor="annulation").undo(batch, progress=meanwhile)

        assert counts == {"create": 1200}
        assert seen[0] == (300, 900, "Écrit pendant 300")    # written mid-undo, a quarter of it done
        assert len(seen) == 3
        names = sorted(p.name for p in Services(first).list("partner", ListQuery(limit=None)))
        assert names == ["Écrit pendant 300", "Écrit pendant 600", "Écrit pendant 900"]   # kept: not the import's
        with first.uow() as uow:
            assert uow.session.scalar(select(ImportBatch.undone_at).where(ImportBatch.id == batch)) is not None
    finally:
        second.close()
        first.close()


def test_an_undo_interrupted_half_way_can_be_run_again(catalog, tmp_path, monkeypatch):
    monkeypatch.setattr(undo_import, "CHUNK", 100)
    batch = _import(catalog, tmp_path, 250)

    def crash(done: int, total: int) -> None:
        raise KeyboardInterrupt   # the process stops after the first chunk

    with pytest.raises(KeyboardInterrupt):
        ImportService(catalog).undo(batch, progress=crash)
    assert len(Services(catalog).list("partner", ListQuery(limit=None))) == 150   # 100 reverted and committed

    counts = ImportService(catalog).undo(batch)   # not marked undone yet: run again to finish

    assert counts == {"create": 250} and not Services(catalog).list("partner", ListQuery(limit=None))


def test_the_imports_history_and_the_undo_count_the_same_changed_records(catalog, tmp_path):
    """A duplicate row that completes a record the catalogue held changes it: the history says
    « 1 mise à jour » where the undo says « 1 fiche rétablie » (not « 0 mise à jour »)."""
    Services(catalog, actor="anne").create("partner", PartnerIn(name="Busan", country="KR", city="Busan"))
    path = tmp_path / "partenaires.csv"
    path.write_text("Nom;Pays;Ville;Site web\nBusan;Corée du Sud;Busan;\nBusan;Corée du Sud;;https://busan.example.org\n"
                    "Sanya;Chine;Sanya;\n", encoding="utf-8")
    service = ImportService(catalog, actor="import")
    _plan, result = service.import_file(path)
    (entry,) = service.history()
    changed = entry["counts"]["partner"]["updated"]
    assert changed == 1 and entry["counts"]["partner"]["created"] == 1
    counts = service.undo(result.batch_id)
    assert counts.get("update", 0) == changed and counts["create"] == 1


def test_records_an_import_created_go_to_the_trash_together_as_one_by_one(catalog, tmp_path):
    """The quick way (one statement per kind and chunk) leaves what ``records.revert`` left: each
    record in the trash, its version moved on, a « delete » change holding it, restorable; a record a
    colleague changed after the import is removed too, as it was."""
    from db.schemas import PartnerIn
    from db.services import trash

    batch = _import(catalog, tmp_path, 30)
    services = Services(catalog, actor="collègue")
    edited = services.get("partner", "Partenaire 00007")
    services.update("partner", edited.id, PartnerIn(name="Partenaire 00007", country="JP", notes="vu"))
    before = {p.name: p.version for p in services.list("partner", ListQuery(limit=None))}

    counts = ImportService(catalog, actor="annule").undo(batch)

    assert counts == {"create": 30}
    assert services.list("partner", ListQuery(limit=None)) == []
    with catalog.uow() as uow:
        gone = {i.title: i for i in trash.deleted(uow.session, "partner")}
        assert len(gone) == 30 and {i.deleted_by for i in gone.values()} == {"annule"}
        one = services.get("partner", gone["Partenaire 00012"].id, include_deleted=True)
        assert one.version == before["Partenaire 00012"] + 1 and one.deleted_at is not None
        last = trash.history(uow.session, "partner", one.id)[-1]
        assert last.action == "delete" and last.actor == "annule"
        assert last.snapshot["name"] == "Partenaire 00012" and last.snapshot["version"] == one.version
        assert trash.history(uow.session, "partner", edited.id)[-1].snapshot["notes"] == "vu"
    services.restore("partner", one.id)
    assert [p.name for p in services.list("partner", ListQuery(limit=None))] == ["Partenaire 00012"]


def test_a_record_read_without_mapped_objects_gives_the_snapshot_the_mapped_one_gives(catalog):
    """The undo reads a partner as columns and links (``undo_import._read``) to write its « delete »
    change quickly: the snapshot is the one ``spec.out`` gives for the mapped record, links in order."""
    from db.services import records

    made = Services(catalog, actor="anne").create("partner", PartnerIn(
        name="Université de Busan", country="KR", city="Busan", domains=["Santé", "Arts", "Droit"],
        notes="vu en mai"))
    spec = records.spec("partner")
    assert undo_import._plain(spec.model) and not undo_import._plain(records.spec("contact").model)
    with catalog.uow() as uow:
        (light,) = undo_import._read(uow.session, spec.model, [made.id])
        mapped = records.get(uow.session, "partner", made.id)
        quick, whole = spec.out(light).model_dump(mode="json"), spec.out(mapped).model_dump(mode="json")
    assert quick == whole and len(quick["domains"]) == 3 and quick["notes"] == "vu en mai"
