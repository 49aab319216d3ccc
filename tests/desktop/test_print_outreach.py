"""Personal-data and outreach printouts, read back with pdftotext: a person's data, the record of
processing, invitation letters (one per person, signature block, objectors left out), attendance
sheets of the event and each session, labels and badges."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from test_print import pages, text

from db.schemas import ContactIn
from db.services import Services, invitations
from db.services import settings as catalogue_settings
from desktop.printing import outreach

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")

EVENT = "Culture et action internationale des collectivités territoriales"
TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def demo(demo_catalog, qapp):
    catalogue_settings.set_setting(demo_catalog, "signatory", "David Lisnard")
    catalogue_settings.set_setting(demo_catalog, "signatory_title", "Le Maire")
    catalogue_settings.set_setting(demo_catalog, "office_city", "Cannes")
    return Services(demo_catalog, actor="test")


def test_invitation_letters_one_per_person_without_objectors(demo, tmp_path):
    park = demo.get("contact", "Ji-woo Park")
    yao = demo.get("contact", "Koffi Yao")
    demo.update("contact", yao.id, ContactIn(**{**demo.get("contact", yao.id).model_dump(
        include=set(ContactIn.model_fields) - {"partners", "phones"}), "no_contact": True}))
    path = tmp_path / "lettres.pdf"
    count, left_out = outreach.export_pdf("invitations", EVENT, demo, path, contacts=[park.id, yao.id], today=TODAY)
    assert count == 1 and [(c.full_name, why) for c, why in left_out] == [("Koffi Yao", "no_contact")]
    letter = text(path)
    for expected in ("Objet : invitation — Culture et action internationale", "Madame Park,", "Ville de Busan",
                     "du 14/03/2024 au 15/03/2024, Toulouse", "Livre et lecture — 14/03/2024 14:00–16:00",
                     "Fait à Cannes, le 07/12/2026", "Le Maire", "David Lisnard"):
        assert expected in " ".join(letter.split()), expected


def test_attendance_sheets_of_the_event_and_each_session(demo, demo_catalog, tmp_path):
    with demo_catalog.uow("test") as uow:
        invitations.invite(uow.session, EVENT, invitations.select_contacts(uow.session, ["Hiroshi Tanaka"]), TODAY,
                           "test")
        invitations.answer(uow.session, EVENT, "Hiroshi Tanaka", "declined", "test")
        uow.commit()
    path = tmp_path / "emargement.pdf"
    outreach.export_pdf("attendance", EVENT, demo, path, session_ref="*")
    event = demo.get("event", EVENT)
    assert pages(path) >= 1 + len(event.sessions)
    first = text(path, 1)
    assert "FEUILLE D'ÉMARGEMENT" in first and "Signature" in first and "Ji-woo Park" in first
    assert "Hiroshi Tanaka" not in text(path)  # he declined
    assert event.sessions[0].title.split(":")[0] in text(path)


def test_personal_data_register_labels_and_badges(demo, demo_catalog, tmp_path):
    path = tmp_path / "park.pdf"
    outreach.export_pdf("personal_data", "Ji-woo Park", demo, path, today=TODAY)
    data = " ".join(text(path).split())
    for expected in ("DONNÉES PERSONNELLES", "ji-woo.park@example.org", "Point d'étape", EVENT[:40],
                     "Historique des modifications"):
        assert expected in data, expected
    catalogue_settings.set_setting(demo_catalog, "dpo", "Marie Durand, dpo@ville.fr")
    outreach.export_pdf("register", None, demo, tmp_path / "registre.pdf", today=TODAY)
    register = " ".join(text(tmp_path / "registre.pdf").split())
    assert "REGISTRE DES TRAITEMENTS" in register and "Marie Durand, dpo@ville.fr" in register
    assert "3 an(s) après la dernière interaction" in register
    count, _ = outreach.export_pdf("labels", None, demo, tmp_path / "etiquettes.pdf", search="busan")
    assert count == 1 and "CORÉE DU SUD" in text(tmp_path / "etiquettes.pdf")
    outreach.export_pdf("badges", EVENT, demo, tmp_path / "badges.pdf")
    assert "Ji-woo Park" in text(tmp_path / "badges.pdf")


def test_the_minutes_list_only_the_people_who_came(demo, demo_catalog, tmp_path):
    from desktop.printing import actions

    with demo_catalog.uow("test") as uow:
        invitations.invite(uow.session, EVENT, invitations.select_contacts(uow.session, ["Hiroshi Tanaka"]), TODAY,
                           "test")
        uow.commit()
    path = tmp_path / "cr.pdf"
    actions.export_pdf("event", EVENT, demo, path, today=TODAY)
    assert "Hiroshi Tanaka" not in text(path)  # invited, not (yet) come
    with demo_catalog.uow("test") as uow:
        invitations.mark_attended(uow.session, EVENT, "Hiroshi Tanaka", True, "test")
        uow.commit()
    actions.export_pdf("event", EVENT, demo, path, today=TODAY)
    assert "Hiroshi Tanaka" in text(path)
