"""The outreach and personal-data printouts follow the chosen language: in English, no French word of
the document's own (letters, attendance sheets, a person's data, the record of processing, labels and
badges), read back with pdftotext; the French documents are unchanged (test_print_outreach)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from test_print import text
from test_print_outreach import demo as demo  # the demo catalogue with the office's signatory

from desktop.printing import outreach

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")

EVENT = "Culture et action internationale des collectivités territoriales"
TODAY = dt.date(2026, 12, 7)
FRENCH = ("Objet", "Madame", "Monsieur", "Nous vous", "Au programme", "Fait à", "Imprimé le", "Feuille", "Émargement",
          "personne(s)", "Fiche", "Événements", "Échanges", "Suivis", "Historique", "Registre", "Finalités", "Durée",
          "Droits", "Sécurité", "non renseigné", "Opposition", "Données", "CORÉE")


def _words(path) -> str:
    return " ".join(text(path).split())


def _no_french(document: str, user_data: tuple[str, ...] = ()) -> None:
    for data in user_data:  # the catalogue's own text (titles, session names) stays as the office wrote it
        document = document.replace(data, "")
    for word in FRENCH:
        assert word not in document, word


def test_an_english_invitation_letter_and_attendance_sheet(demo, tmp_path):
    park = demo.get("contact", "Ji-woo Park")
    path = tmp_path / "letters.pdf"
    outreach.export_pdf("invitations", EVENT, demo, path, contacts=[park.id], today=TODAY, language="en")
    letter = _words(path)
    event = demo.get("event", EVENT)
    for expected in ("Subject: invitation — Culture et action internationale", "Dear Ms Park,",
                     "is pleased to invite you to the colloquium", "from 14 March 2024 to 15 March 2024, Toulouse",
                     "Programme:", "Yours sincerely,", "Done at Cannes, on 7 December 2026", "David Lisnard",
                     "Printed on 7 December 2026"):
        assert expected in letter, expected
    _no_french(letter, (EVENT, event.summary, *(s.title for s in event.sessions)))

    outreach.export_pdf("attendance", EVENT, demo, tmp_path / "sheet.pdf", session_ref="*", language="en")
    sheet = _words(tmp_path / "sheet.pdf")
    assert "ATTENDANCE SHEET" in sheet and all(h in sheet for h in ("No.", "Name", "Organisation", "Signature"))
    assert "person(s) expected. Once signed, this sheet is read back" in sheet
    _no_french(sheet, (EVENT, *(s.title for s in event.sessions), *(p.organisation or "" for p in event.participants)))


def test_english_personal_data_register_and_labels(demo, demo_catalog, tmp_path):
    path = tmp_path / "park.pdf"
    outreach.export_pdf("personal_data", "Ji-woo Park", demo, path, today=TODAY, language="en")
    data = _words(path)
    for expected in ("PERSONAL DATA", "Everything the catalogue holds about this person, as of 7 December 2026",
                     "Record", "Objection no", "South Korea", "Events", "History of changes", "creation"):
        assert expected in data, expected
    _no_french(data, ("Ville de Busan", "Point d'étape", "Semaine", EVENT, "coréen", "Fiche", "français"))

    outreach.export_pdf("register", None, demo, tmp_path / "register.pdf", today=TODAY, language="en")
    register = _words(tmp_path / "register.pdf")
    for expected in ("RECORD OF PROCESSING", "not set — Preferences › Personal data", "Purposes", "not given",
                     "3 year(s) after the last interaction", "Data subjects' rights", "document names included"):
        assert expected in register, expected
    _no_french(register, ("Direction des relations internationales",))

    count, _ = outreach.export_pdf("labels", None, demo, tmp_path / "labels.pdf", search="busan", language="en")
    assert count == 1 and "SOUTH KOREA" in text(tmp_path / "labels.pdf")
    outreach.export_pdf("badges", EVENT, demo, tmp_path / "badges.pdf", language="en")
    assert "Ji-woo Park" in text(tmp_path / "badges.pdf")
