"""A JSON export restored into an empty catalogue (db/interchange/restore_json.py): streamed, with the
same ids, stamps, authors and links; undoable; a truncated, damaged or too deep file is refused in
one French sentence and nothing is written."""

from __future__ import annotations

import json

import pytest

from db.interchange import export_json, restore_json
from db.interchange.imports import ImportFileError
from db.services import ListQuery, Services
from db.services.imports import ImportService

SECTIONS = ("partners", "agreements", "contacts", "events", "followups", "interactions")


def _document(catalog, path) -> dict:
    export_json.write(catalog, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


def test_an_export_restored_into_an_empty_catalogue_is_the_same_catalogue(demo_catalog, catalog, tmp_path):
    source = _document(demo_catalog, tmp_path / "demo.json")
    service = ImportService(catalog, actor="restaurateur")
    assert service.restores(tmp_path / "demo.json")

    _plan, result = service.import_file(tmp_path / "demo.json")

    assert result.batch_id is not None and not result.problems
    assert {k: c["created"] for k, c in result.counts.items()} == {
        "partner": 14, "agreement": 7, "contact": 13, "event": 1, "followup": 9, "interaction": 4}
    restored = _document(catalog, tmp_path / "restored.json")
    for section in (*SECTIONS, "domains"):   # ids, stamps, authors, versions, links, sessions: all equal
        assert restored[section] == source[section], section
    busan = Services(catalog).get("partner", "Busan")
    assert busan.created_by == "démonstration"   # the author of the record, not the one who restored it
    assert Services(catalog).list("partner", ListQuery(search="busan", limit=None))   # indexed for search


def test_a_restore_is_one_import_that_can_be_undone(demo_catalog, catalog, tmp_path):
    export_json.write(demo_catalog, tmp_path / "demo.json")
    service = ImportService(catalog, actor="restaurateur")
    _plan, result = service.import_file(tmp_path / "demo.json")
    assert [b["id"] for b in service.history()] == [result.batch_id]

    service.undo(result.batch_id)

    services = Services(catalog)
    assert all(not services.list(kind, ListQuery(limit=None)) for kind in
               ("partner", "agreement", "contact", "event", "followup", "interaction"))


def test_a_catalogue_with_records_takes_the_general_import(demo_catalog, tmp_path):
    export_json.write(demo_catalog, tmp_path / "demo.json")
    service = ImportService(demo_catalog, actor="test")
    assert not service.restores(tmp_path / "demo.json")
    _plan, result = service.import_file(tmp_path / "demo.json")
    assert all(c.get("created", 0) == 0 for c in result.counts.values())   # matched, nothing duplicated


def test_a_record_the_schema_refuses_is_reported_and_the_others_restored(catalog, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"format": "passerelles-catalogue", "format_version": 1, "partners": [
        {"id": "0b7c1f9e-2f4e-4c55-9a59-0d1d8c3c7a11", "name": "Busan", "country": "KR",
         "created_at": "2020-01-02T03:04:05Z", "created_by": "Claire"},
        {"id": "1b7c1f9e-2f4e-4c55-9a59-0d1d8c3c7a11", "name": ""}]}), encoding="utf-8")

    result = ImportService(catalog).restore(path)

    assert result.counts["partner"]["created"] == 1 and result.counts["partner"]["rejected"] == 1
    assert [(p.sheet, p.row, p.severity) for p in result.problems] == [("partners", 2, "error")]
    busan = Services(catalog).get("partner", "0b7c1f9e-2f4e-4c55-9a59-0d1d8c3c7a11")
    assert busan.created_by == "Claire" and busan.created_at.year == 2020


@pytest.mark.parametrize(("damage", "words"), [
    (lambda text: text[: len(text) // 2], "est incomplet"),
    (lambda text: text.replace('"agreements"', '}}"agreements"', 1), "est abîmé"),
    (lambda text: text.replace('"extra": {}', '"extra": ' + "[" * 5000 + "]" * 5000, 1), "imbriquées sur plus de"),
])
def test_a_truncated_damaged_or_too_deep_file_is_refused_in_french_and_nothing_is_written(
        demo_catalog, catalog, tmp_path, damage, words):
    export_json.write(demo_catalog, tmp_path / "demo.json")
    path = tmp_path / "abime.json"
    path.write_text(damage((tmp_path / "demo.json").read_text(encoding="utf-8")), encoding="utf-8")

    with pytest.raises(ImportFileError) as refused:
        ImportService(catalog).import_file(path)

    message = str(refused.value)
    assert "« abime.json »" in message and words in message
    assert "error" not in message.lower() and "Traceback" not in message
    assert restore_json.catalogue_empty(catalog)


def test_the_cli_restores_an_export_into_an_empty_catalogue(demo_catalog, tmp_path):
    import subprocess
    import sys

    export_json.write(demo_catalog, tmp_path / "demo.json")
    target = tmp_path / "vide.sqlite"
    run = [sys.executable, "-m", "db.cli", "--db", str(target)]
    subprocess.run([*run, "init"], check=True, capture_output=True)
    done = subprocess.run([*run, "import", str(tmp_path / "demo.json")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "identifiants et dates conservés" in done.stdout and "partenaires : 14 créés" in done.stdout
    (tmp_path / "coupe.json").write_bytes((tmp_path / "demo.json").read_bytes()[:5000])
    empty = tmp_path / "autre.sqlite"
    subprocess.run([sys.executable, "-m", "db.cli", "--db", str(empty), "init"], check=True, capture_output=True)
    done = subprocess.run([sys.executable, "-m", "db.cli", "--db", str(empty), "import", str(tmp_path / "coupe.json")],
                          capture_output=True, text=True)
    assert done.returncode != 0 and "« coupe.json » est incomplet" in done.stderr and "Traceback" not in done.stderr


def test_an_export_of_one_kind_links_by_name_what_the_file_does_not_hold(demo_catalog, catalog, tmp_path):
    export_json.write(demo_catalog, tmp_path / "suivis.json", kind="followup")
    service = ImportService(catalog, actor="restaurateur")

    _plan, result = service.import_file(tmp_path / "suivis.json")

    assert result.counts["followup"]["created"] == 9
    assert result.counts["partner"]["created"] == 5 and result.counts["contact"]["created"] == 1   # named by links
    services = Services(catalog)
    busan = services.get("partner", "Busan")
    assert any(f.partner and f.partner.id == busan.id for f in services.list("followup", ListQuery(limit=None)))
    colloquium = [f for f in services.list("followup", ListQuery(limit=None)) if f.extra.get("event")]
    assert colloquium and colloquium[0].event is None   # no such event here: its name is kept aside
    service.undo(result.batch_id)
    assert all(not services.list(kind, ListQuery(limit=None)) for kind in ("partner", "contact", "followup"))


def test_an_export_restored_keeps_every_history_and_the_trash(demo_catalog, catalog, tmp_path):
    """Issue 21: an export → restore used to drop every record's history and the trash."""
    from db.services import trash

    services = Services(demo_catalog, actor="alice")
    busan = services.get("partner", "Busan")
    from db.services import records

    services.update("partner", busan.id, records.spec("partner").in_from_out(busan.model_dump(mode="json"))
                    .model_copy(update={"notes": "Visite en mai"}))
    gone = services.get("partner", "Shizuoka")
    services.delete("partner", gone.id)
    path = tmp_path / "demo.json"
    export_json.write(demo_catalog, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [p["id"] for p in document["trash"]["partners"]] == [gone.id]
    assert document["trash"]["partners"][0]["deleted_at"] is not None
    assert {c["action"] for c in document["history"]} >= {"create", "update", "delete"}
    with demo_catalog.uow() as uow:
        before = [(s.action, s.actor, s.fields) for s in trash.history(uow.session, "partner", busan.id)]
        deleted_before = [(i.id, i.deleted_by) for i in trash.deleted(uow.session)]

    _plan, result = ImportService(catalog, actor="restaurateur").import_file(path)

    assert result.batch_id is not None and not result.problems
    with catalog.uow() as uow:
        steps = trash.history(uow.session, "partner", busan.id)
        assert [(s.action, s.actor, s.fields) for s in steps[:-1]] == before
        assert steps[-1].action == "restored_copy" and steps[-1].number == 0   # a note, not a version
        assert steps[-1].label_in("en") == "restored from a JSON export"
        assert [(i.id, i.deleted_by) for i in trash.deleted(uow.session)] == deleted_before
        assert trash.history(uow.session, "partner", gone.id)[-2].action == "delete"
    assert "Shizuoka" not in {p.name for p in Services(catalog).list("partner", ListQuery(limit=None))}
    Services(catalog, actor="restaurateur").restore("partner", gone.id)   # the trash works as before
    assert Services(catalog).get("partner", gone.id).name == "Shizuoka"


def test_an_export_written_before_history_and_trash_still_restores(demo_catalog, catalog, tmp_path):
    path = tmp_path / "ancien.json"
    document = export_json.build(demo_catalog)
    del document["trash"], document["history"]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    _plan, result = ImportService(catalog, actor="restaurateur").import_file(path)
    assert result.counts["partner"]["created"] == 14 and not result.problems


def test_a_partial_export_carries_neither_history_nor_trash(demo_catalog):
    assert "history" not in export_json.build(demo_catalog, kind="partner")
    assert "trash" not in export_json.build(demo_catalog, search="busan")


def test_phones_are_kept_in_e164_and_other_writings_still_read(catalog, tmp_path):
    """A phone number as the export writes it (E.164) is kept; any other writing (a file edited by
    hand) still goes through the phone reader, and one it refuses is reported."""
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"format": "passerelles-catalogue", "format_version": 1, "partners": [
        {"id": "0b7c1f9e-2f4e-4c55-9a59-0d1d8c3c7a11", "name": "Busan", "country": "KR", "phone": "+82518885114"},
        {"id": "1b7c1f9e-2f4e-4c55-9a59-0d1d8c3c7a11", "name": "Cannes", "country": "FR", "phone": "04 93 06 40 40"},
        {"id": "2b7c1f9e-2f4e-4c55-9a59-0d1d8c3c7a11", "name": "Nulle part", "phone": "pas de numéro"}]}),
        encoding="utf-8")

    result = ImportService(catalog).restore(path)

    services = Services(catalog)
    assert services.get("partner", "0b7c1f9e-2f4e-4c55-9a59-0d1d8c3c7a11").phone == "+82518885114"
    assert services.get("partner", "1b7c1f9e-2f4e-4c55-9a59-0d1d8c3c7a11").phone == "+33493064040"
    assert result.counts["partner"]["rejected"] == 1
