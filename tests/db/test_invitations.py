"""Invitations and attendance on both engines: invited from a selection or a filter, the no-contact flag
honoured by every outreach, answers, an Outlook CSV and vCards, and a filled attendance sheet read back."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from db.interchange import attendance_sheet, export_mailing
from db.schemas import ContactIn, EventIn, PartnerIn
from db.services import Services, invitations
from db.services.errors import ServiceError
from db.services.records import ListQuery

TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def office(catalog):
    services = Services(catalog, actor="test")
    busan = services.create("partner", PartnerIn(name="Ville de Busan", country="KR"))
    people = {
        "park": services.create("contact", ContactIn(first_name="Ji-woo", last_name="Park", emails=["jw@busan.kr"],
                                                     partners=[busan.id], address="1000 Jungang-daero\nBusan")),
        "kim": services.create("contact", ContactIn(first_name="Min-jun", last_name="Kim", emails=["mj@busan.kr"],
                                                    partners=[busan.id], no_contact=True)),
        "yao": services.create("contact", ContactIn(first_name="Koffi", last_name="Yao", emails=["k.yao@bassam.ci"],
                                                    organisation="Mairie de Grand-Bassam", civility="M.",
                                                    phones=[{"kind": "mobile", "number": "+225 07 12 34 56 78"}])),
        "nomail": services.create("contact", ContactIn(first_name="Anna", last_name="Kowalska")),
    }
    event = services.create("event", EventIn(title="Colloque culture", starts_on="2027-03-18", place="Cannes",
                                             sessions=[{"title": "Atelier patrimoine"}],
                                             participants=[{"name": "Hélène Marchand", "organisation": "Région"}]))
    return services, people, event


def test_inviting_a_filter_leaves_out_the_objector_and_records_answers(office, catalog):
    services, people, event = office
    with catalog.uow("test") as uow:
        chosen = invitations.select_contacts(uow.session, query=ListQuery(search="busan"))
        assert sorted(c.last_name for c in chosen) == ["Kim", "Park"]
        found = invitations.invite(uow.session, event.id, chosen + invitations.select_contacts(
            uow.session, [people["yao"].id]), TODAY, uow.actor)
        uow.commit()
    assert [c.full_name for c in found.reached] == ["Ji-woo Park", "Koffi Yao"]
    assert [(c.full_name, why) for c, why in found.left_out] == [("Min-jun Kim", "no_contact")]
    got = services.get("event", event.id)
    assert [(p.name, p.invited_on, p.attended) for p in got.participants] == [
        ("Hélène Marchand", None, True), ("Ji-woo Park", TODAY, False), ("Koffi Yao", TODAY, False)]
    with catalog.uow("test") as uow:
        invitations.answer(uow.session, event.id, "Koffi Yao", "oui", uow.actor)
        invitations.answer(uow.session, event.id, people["park"].id, "declined", uow.actor)
        with pytest.raises(ServiceError, match="n'est pas dans la liste"):
            invitations.answer(uow.session, event.id, "Anna Kowalska", "oui", uow.actor)
        uow.commit()
    with catalog.uow() as uow:
        tally = invitations.tally(uow.session, event.id)
    assert (tally.invited, tally.accepted, tally.declined, tally.unanswered, tally.came) == (2, 1, 1, 0, 1)
    services.undo_last()  # each step is an undoable change of the event
    assert services.get("event", event.id).participants[1].response is None


def test_mailing_list_csv_and_vcards_respect_the_no_contact_flag(office, catalog, tmp_path):
    _services, people, _event = office
    with catalog.uow() as uow:
        found = invitations.recipients(invitations.select_contacts(uow.session), need_email=True)
    assert sorted((c.full_name, why) for c, why in found.left_out) == [("Anna Kowalska", "no_email"),
                                                                       ("Min-jun Kim", "no_contact")]
    assert export_mailing.write_outlook_csv(tmp_path / "liste.csv", found.reached) == 2
    rows = list(csv.DictReader((tmp_path / "liste.csv").open(encoding="utf-8-sig")))
    assert [(r["First Name"], r["Last Name"], r["E-mail Address"], r["Company"]) for r in rows] == [
        ("Ji-woo", "Park", "jw@busan.kr", "Ville de Busan"), ("Koffi", "Yao", "k.yao@bassam.ci", "Mairie de Grand-Bassam")]
    assert rows[1]["Mobile Phone"] == "+2250712345678" and rows[0]["Business Street"] == "1000 Jungang-daero, Busan"
    export_mailing.write_vcards(tmp_path / "liste.vcf", found.reached)
    cards = (tmp_path / "liste.vcf").read_bytes().decode("utf-8")
    assert cards.count("BEGIN:VCARD") == 2 and "mj@busan.kr" not in cards
    assert "N:Yao;Koffi;;M.;\r\n" in cards and "EMAIL;TYPE=INTERNET,PREF:k.yao@bassam.ci" in cards
    assert f"UID:urn:uuid:{people['park'].id}" in cards
    assert export_mailing.email_line(found.reached) == "jw@busan.kr; k.yao@bassam.ci"


def test_a_filled_attendance_sheet_is_read_back(office, catalog, tmp_path):
    services, people, event = office
    with catalog.uow("test") as uow:
        invitations.invite(uow.session, event.id, invitations.select_contacts(uow.session, [people["park"].id,
                                                                                           people["yao"].id]),
                           TODAY, uow.actor)
        uow.commit()
    event = services.get("event", event.id)
    path = tmp_path / "emargement.xlsx"
    assert attendance_sheet.write_sheet(path, event) == 3
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.active
    assert [c.value for c in sheet[5]] == ["N°", "Nom", "Organisation", "Présent", "Signature"]
    assert sheet["B6"].value == "Hélène Marchand" and sheet["B8"].value == "Koffi Yao"
    sheet["E6"] = "H. Marchand"  # signed
    sheet["D8"] = "x"
    sheet["B9"], sheet["E9"] = "Thomas Nguyen", "T.N."  # a walk-in
    book.save(path)
    lines = attendance_sheet.read_sheet(path)
    assert [(x.name, x.present) for x in lines] == [("Hélène Marchand", True), ("Ji-woo Park", False),
                                                    ("Koffi Yao", True), ("Thomas Nguyen", True)]
    with catalog.uow("test") as uow:
        report = attendance_sheet.apply_sheet(uow.session, event.id, lines, uow.actor)
        uow.commit()
    assert (report.present, report.absent, report.added) == (["Hélène Marchand", "Koffi Yao"], ["Ji-woo Park"],
                                                             ["Thomas Nguyen"])
    got = services.get("event", event.id)
    assert [(p.name, p.attended) for p in got.participants] == [
        ("Hélène Marchand", True), ("Ji-woo Park", False), ("Koffi Yao", True), ("Thomas Nguyen", True)]
    # a session's sheet as a French Excel CSV (semicolons, Windows-1252, surname first)
    session_id = got.sessions[0].id
    csv_path = tmp_path / "atelier.csv"
    csv_path.write_bytes("Feuille d'émargement;;\nNom;Organisation;Présent(e)\nYAO Koffi;Mairie;oui\n"
                         "Marchand Hélène;Région;non\n".encode("cp1252"))
    with catalog.uow("test") as uow:
        report = attendance_sheet.apply_sheet(uow.session, event.id, attendance_sheet.read_sheet(csv_path),
                                              uow.actor, session_id)
        uow.commit()
    assert report.present == ["Koffi Yao"] and report.absent == ["Hélène Marchand"]
    got = services.get("event", event.id)
    assert [p.sessions for p in got.participants] == [[], [], [session_id], []]
    assert got.sessions[0].attendance == 1  # an empty count becomes the number present
    assert got.attendance == 3
    assert got.participants[0].attended  # absent from a workshop is not absent from the event


def test_an_unreadable_sheet_is_said_plainly(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(ServiceError, match="colonne « Nom »"):
        attendance_sheet.read_sheet(path)
    with pytest.raises(ServiceError, match="pas une feuille"):
        attendance_sheet.read_sheet(tmp_path / "x.pdf")
