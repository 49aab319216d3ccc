"""History of a record, restoring a version, the trash: library and command line."""

from __future__ import annotations

import pytest
from passerelles_testing import run_cli

from db.schemas import PartnerIn
from db.services import ListQuery, Services, trash
from db.services.errors import NotFoundError


def test_history_lists_who_when_and_which_fields_changed(catalog):
    services = Services(catalog, actor="marie")
    for i in range(3):  # other records' changes come first: versions are numbered per record all the same
        services.create("partner", PartnerIn(name=f"Autre {i}"))
    busan = services.create("partner", PartnerIn(name="Busan", city="Busan"))
    services.update("partner", busan.id, PartnerIn(name="Busan Metropolitan City", city="Busan", country="KR"))
    with catalog.uow() as uow:
        steps = trash.history(uow.session, "partner", "Busan Metropolitan City")
    assert [s.action for s in steps] == ["create", "update"]
    assert steps[1].actor == "marie"
    assert steps[1].fields == {"name": ("Busan", "Busan Metropolitan City"), "country": (None, "KR")}
    assert [s.number for s in steps] == [1, 2] and steps[1].change_id > 2


def test_restoring_a_version_is_itself_a_change(catalog):
    services = Services(catalog, actor="marie")
    busan = services.create("partner", PartnerIn(name="Busan", city="Busan"))
    services.update("partner", busan.id, PartnerIn(name="Pusan"))
    with catalog.uow("paul") as uow:
        first = trash.history(uow.session, "partner", busan.id)[0]
        trash.restore_version(uow.session, "partner", busan.id, first.change_id, "paul")
        uow.commit()
    again = services.get("partner", busan.id)
    assert again.name == "Busan" and again.city == "Busan"
    with catalog.uow() as uow:
        steps = trash.history(uow.session, "partner", busan.id)
    assert steps[-1].actor == "paul" and steps[-1].fields["name"] == ("Pusan", "Busan")


def test_trash_lists_deleted_records_of_every_kind_and_undeletes_them(catalog):
    from db.schemas import AgreementIn

    services = Services(catalog, actor="marie")
    busan = services.create("partner", PartnerIn(name="Busan"))
    convention = services.create("agreement", AgreementIn(title="Convention cinéma"))
    services.delete("partner", busan.id)
    services.delete("agreement", convention.id)
    with catalog.uow() as uow:
        items = trash.deleted(uow.session)
    assert {(i.kind, i.title, i.deleted_by) for i in items} == {("partner", "Busan", "marie"),
                                                                 ("agreement", "Convention cinéma", "marie")}
    with catalog.uow("paul") as uow:
        trash.undelete(uow.session, "partner", "Busan", uow.actor)  # by name, although deleted
        uow.commit()
    assert [p.name for p in services.list("partner", ListQuery())] == ["Busan"]
    with catalog.uow() as uow, pytest.raises(NotFoundError, match="pas dans la corbeille"):
        trash.undelete(uow.session, "partner", "Busan", "paul")


def test_purge_deletes_for_good_and_is_recorded(catalog):
    services = Services(catalog, actor="marie")
    busan = services.create("partner", PartnerIn(name="Busan"))
    with catalog.uow() as uow, pytest.raises(NotFoundError, match="corbeille"):
        trash.purge(uow.session, "partner", busan.id, "marie")
    services.delete("partner", busan.id)
    with catalog.uow("marie") as uow:
        assert trash.purge(uow.session, "partner", busan.id, "marie") == "Busan"
        uow.commit()
    with catalog.uow() as uow:
        assert trash.deleted(uow.session) == []
        from db.services import records

        assert [c.action for c in records.history(uow.session, "partner", busan.id)][-1] == "purge"


def test_cli_history_trash_and_undelete(tmp_path):
    db = str(tmp_path / "c.sqlite")
    assert run_cli("--db", db, "init", "--demo").returncode == 0
    catalog_services = None
    from db.catalog import open_catalog

    catalog = open_catalog(db)
    try:
        catalog_services = Services(catalog, actor="marie")
        busan = catalog_services.get("partner", "Busan")
        catalog_services.delete("partner", busan.id)
    finally:
        catalog.close()
    history = run_cli("--db", db, "history", "partner", "Busan")
    assert history.returncode == 0, history.stderr
    assert "création par" in history.stdout and "suppression par marie" in history.stdout
    listed = run_cli("--db", db, "trash")
    assert listed.returncode == 0 and "Busan" in listed.stdout and "par marie" in listed.stdout
    back = run_cli("--db", db, "undelete", "partner", "Busan")
    assert back.returncode == 0 and "remise en place : Busan" in back.stdout
    assert "La corbeille est vide." in run_cli("--db", db, "trash").stdout
