"""Personal data (GDPR) on both engines: everything about a person exported, and an anonymisation that
leaves their e-mail nowhere — records, trash, change history, search index — while keeping the links."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text

from db.schemas import ContactIn, EventIn, FollowUpIn, InteractionIn, PartnerIn
from db.services import Services

EMAIL = "jiwoo.park@busan.go.kr"


@pytest.fixture
def person(catalog):
    services = Services(catalog, actor="test")
    busan = services.create("partner", PartnerIn(name="Ville de Busan", country="KR"))
    park = services.create("contact", ContactIn(first_name="Ji-woo", last_name="Park", emails=[EMAIL],
                                                phones=[{"kind": "phone", "number": "+82 51 888 1234"}],
                                                partners=[busan.id], organisation="Ville de Busan",
                                                notes="Cinéphile, préfère le coréen"))
    park = services.update("contact", park.id, ContactIn(first_name="Ji-woo", last_name="Park", emails=[EMAIL],
                                                         partners=[busan.id], organisation="Ville de Busan",
                                                         job_title="Attachée culturelle"))
    services.create("interaction", InteractionIn(kind="meeting", occurred_on=dt.date(2026, 3, 2), contact=park.id,
                                                 note=f"Déjeuner avec Ji-woo Park ({EMAIL})"))
    gone = services.create("interaction", InteractionIn(kind="email", occurred_on=dt.date(2026, 1, 5), partner=busan.id,
                                                        note=f"Écrire à {EMAIL} pour la Semaine"))
    services.delete("interaction", gone.id)  # in the trash
    services.create("followup", FollowUpIn(title="Appeler Ji-woo Park", contact=park.id))
    event = services.create("event", EventIn(title="Semaine coréenne", starts_on="2026-05-04", participants=[
        {"name": "Ji-woo Park", "contact": park.id}, {"name": "Hélène Marchand", "organisation": "Région Occitanie"}]))
    return services, park, event


def test_everything_about_a_person_is_exported(person):
    services, _park, event = person
    data = services.personal_data("Ji-woo Park")
    assert data["format"] == "passerelles-personal-data"
    assert data["contact"]["emails"] == [EMAIL] and data["contact"]["job_title"] == "Attachée culturelle"
    assert [h["action"] for h in data["history"]] == ["create", "update"]
    assert [i["note"] for i in data["interactions"]] == [f"Déjeuner avec Ji-woo Park ({EMAIL})"]
    assert [f["title"] for f in data["followups"]] == ["Appeler Ji-woo Park"]
    assert data["events"] == [{"event": {"id": event.id, "name": "Semaine coréenne"}, "starts_on": "2026-05-04",
                               "place": None, "invited_on": None, "response": None, "attended": True, "sessions": []}]
    json.dumps(data)  # plain JSON


def _everything(catalog) -> str:
    """Every row of every table but the search index, as one text (JSON columns decoded)."""
    tables = ["contacts", "interactions", "followups", "events", "event_participants", "partners", "changes"]
    with catalog.engine.connect() as connection:
        rows = [repr(tuple(r)) for t in tables for r in connection.execute(text(f"SELECT * FROM {t}"))]
    return json.dumps(rows, ensure_ascii=False).encode().decode("unicode_escape")


def _indexed_words(catalog) -> set[str]:
    with catalog.engine.connect() as connection:
        if catalog.dialect == "sqlite":
            words = set()
            for table in ("contacts", "interactions", "followups"):
                connection.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} "
                                           f"USING fts5vocab(main, {table}_fts, row)")
                words |= {w for (w,) in connection.exec_driver_sql(f"SELECT term FROM temp.v_{table}")}
            return words
        return {w for table in ("contacts", "interactions", "followups")
                for (w,) in connection.exec_driver_sql(f"SELECT word FROM ts_stat('SELECT search_vector FROM {table}')")}


def test_anonymising_removes_the_email_from_records_trash_history_and_search(person, catalog):
    services, park, event = person
    assert EMAIL in _everything(catalog) and "jiwoo" in _indexed_words(catalog)
    result = services.anonymise(park.id)
    assert result["name"].startswith("Personne anonymisée n° ")
    everything = _everything(catalog)
    for trace in (EMAIL, "Ji-woo", "Cinéphile", "Attachée culturelle", "888 1234"):
        assert trace not in everything, trace
    assert not {"jiwoo", "ji", "woo", "park"} & _indexed_words(catalog), {"jiwoo", "ji", "woo", "park"} & _indexed_words(catalog)
    assert not services.search("jiwoo") and not services.search("park")
    assert services.search("anonymisee")["contact"][0].id == park.id
    # the links stay: the anonymous person still attended, still had the meeting and the follow-up
    again = services.get("event", event.id)
    assert [(p.name, p.contact.id if p.contact else None) for p in again.participants] == [
        (result["name"], park.id), ("Hélène Marchand", None)]
    data = services.personal_data(park.id)
    assert len(data["interactions"]) == 1 and data["interactions"][0]["note"] == f"Déjeuner avec {result['name']} ({result['name']})"
    assert data["contact"]["no_contact"] is True and data["contact"]["anonymised_at"]
    assert data["contact"]["organisation"] == "Ville de Busan" and data["contact"]["partners"][0]["name"] == "Ville de Busan"
    assert data["history"][-1]["action"] == "anonymise"
    from db.services import trash

    with catalog.uow() as uow:  # the trash still holds the deleted exchange, without their address
        [item] = trash.deleted(uow.session, "interaction")
        assert item.kind == "interaction"
        note = trash.find(uow.session, "interaction", item.id).note
    assert note == f"Écrire à {result['name']} pour la Semaine"


def test_anonymising_twice_is_refused_and_undo_does_not_bring_them_back(person):
    from db.services.errors import ServiceError

    services, park, _ = person
    services.anonymise(park.id)
    with pytest.raises(ServiceError, match="déjà anonymisé"):
        services.anonymise(park.id)
    services.undo_last()
    assert services.get("contact", park.id).emails == []


def test_backups_made_before_still_hold_the_person(person, catalog, engine_name):
    if engine_name != "sqlite":
        pytest.skip("a server's backups are dumps made by pg_dump (listed as possibly holding them)")
    services, park, _ = person
    catalog.backup("manuelle")
    result = services.anonymise(park.id)
    assert len(result["backups"]) == 1 and result["backups"][0][2] is True
    catalog.backup("manuelle")  # a backup made after the anonymisation holds nobody
    from db.services.personal_data import backups_holding

    assert len(backups_holding(catalog, park.id)) == 1


def test_the_flag_the_address_and_the_invitations_travel_in_the_json_export(catalog, tmp_path):
    from db.catalog import open_catalog
    from db.cli import main

    services = Services(catalog, actor="test")
    made = services.create("contact", ContactIn(first_name="Anna", last_name="Kowalska", no_contact=True,
                                                address="ul. Piotrkowska 1\nŁódź"))
    services.create("event", EventIn(title="Semaine polonaise", participants=[
        {"name": "Anna Kowalska", "contact": made.id, "invited_on": "2026-11-02", "response": "declined",
         "attended": False}]))
    path = tmp_path / "catalogue.json"
    assert main(["--db", catalog.url, "export", str(path)]) == 0
    copy = open_catalog(tmp_path / "copie.sqlite")
    try:
        assert main(["--db", copy.url, "import", str(path)]) == 0
        again = Services(copy)
        anna = again.get("contact", "Anna Kowalska")
        assert anna.no_contact and anna.address == "ul. Piotrkowska 1\nŁódź"
        [line] = again.get("event", "Semaine polonaise").participants
        assert (line.invited_on, line.response, line.attended) == (dt.date(2026, 11, 2), "declined", False)
    finally:
        copy.close()


def test_migration_0008_down_and_up_keeps_the_records_and_the_search(catalog_location):
    """A catalogue of revision 0006 with people and an attendance list: after the upgrade the people are
    found by search again (SQLite's batch mode rebuilds the table: its full-text triggers are put back)
    and the listed participants count as present."""
    from alembic import command

    from db.catalog import alembic_config, open_catalog

    location = catalog_location("migration")
    catalog = open_catalog(location)
    services = Services(catalog, actor="test")
    park = services.create("contact", ContactIn(first_name="Ji-woo", last_name="Park", emails=[EMAIL]))
    services.create("event", EventIn(title="Semaine coréenne", participants=[{"name": "Ji-woo Park",
                                                                             "contact": park.id}]))
    command.downgrade(alembic_config(catalog.engine), "0006")
    catalog.close()
    catalog = open_catalog(location)  # upgraded again on opening
    try:
        services = Services(catalog, actor="test")
        assert [c.id for c in services.search("park")["contact"]] == [park.id]
        services.create("contact", ContactIn(first_name="Min-jun", last_name="Kim"))
        assert services.search("kim")["contact"][0].full_name == "Min-jun Kim"  # the triggers index new rows
        [line] = services.get("event", "Semaine coréenne").participants
        assert line.attended and line.invited_on is None and line.sessions == []
        assert not services.get("contact", park.id).no_contact
    finally:
        catalog.close()


def test_anonymising_scrubs_document_names_history_and_retired_files_and_lists_what_to_check(catalog, tmp_path):
    """Documents belong to agreements (the city's acts): none is deleted or rewritten, but no file name,
    history entry or retired file names the person any more, and the result lists what to check."""
    from db.schemas import AgreementIn
    from db.services import documents

    services = Services(catalog, actor="test")
    dupont = services.create("contact", ContactIn(first_name="Jean", last_name="Dupont",
                                                  emails=["jean.dupont@example.org"]))
    agreement = services.create("agreement", AgreementIn(title="Convention Shawinigan",
                                                         signatories="Jean Dupont, adjoint au maire"))
    other = services.create("agreement", AgreementIn(title="Pacte d'amitié Sanya"))
    files = {}
    for name, target in (("CV_Jean_DUPONT.pdf", other), ("Convention signée.pdf", agreement),
                         ("Courriel jean.dupont@example.org.txt", other), ("Dupont Jean - lettre.pdf", other),
                         ("Budget Sanya.xlsx", other)):
        source = tmp_path / name
        source.write_bytes(b"contenu")
        files[name] = documents.attach(catalog, target.id, source, actor="test")
    documents.remove(catalog, files["Dupont Jean - lettre.pdf"].id)  # kept aside in « retires », named after it
    services.update("agreement", other.id, AgreementIn(title="Pacte d'amitié Sanya (2019)"))  # history lists the documents
    with catalog.uow() as uow:
        history = uow.session.execute(text("SELECT after FROM changes WHERE record_id = :r"),
                                      {"r": other.id}).scalars().all()
    assert any("CV_Jean_DUPONT.pdf" in str(h) for h in history)

    result = services.anonymise(dupont.id)

    anonymous = result["name"]
    with catalog.engine.connect() as connection:
        names = sorted(connection.exec_driver_sql("SELECT original_name FROM documents").scalars())
        rows = json.dumps([repr(tuple(r)) for t in ("documents", "changes", "agreements")
                           for r in connection.execute(text(f"SELECT * FROM {t}"))], ensure_ascii=False)
    assert names == sorted(["Budget Sanya.xlsx", "Convention signée.pdf", f"CV_{anonymous}.pdf",
                            f"Courriel {anonymous}.txt"])
    for trace in ("jean.dupont", "Jean_DUPONT", "Dupont", "DUPONT"):
        assert trace not in rows, trace
    retired = [p.name for p in documents.trash_dir(catalog).iterdir()]
    assert len(retired) == 1 and retired[0].startswith("Personne anonymisée n_ ") and "Dupont" not in retired[0]
    assert result["touched"]["document"] == 2 and result["touched"]["retired"] == 1
    # every document is still there and opens; the ones whose content may name them are listed
    assert all(documents.path_of(catalog, d).read_bytes() == b"contenu"
               for a in (agreement, other) for d in documents.list_documents(catalog, a.id))
    assert sorted(d["name"] for d in result["documents"]) == sorted(
        ["Convention signée.pdf", f"CV_{anonymous}.pdf", f"Courriel {anonymous}.txt"])
    assert {d["agreement"]["name"] for d in result["documents"]} == {"Convention Shawinigan", "Pacte d'amitié Sanya (2019)"}
