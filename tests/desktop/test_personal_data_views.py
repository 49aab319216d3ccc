"""The window's personal-data and invitation views with real clicks: the dashboard's retention review
(keep, anonymise), the invitations dialog (invite from a search, objectors shown but not invitable,
answers, presence, the Outlook list), the contact form's no-contact box and the preferences."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.schemas import ContactIn
from desktop.views.dashboard import DashboardView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, when a window is shown
TODAY = dt.date(2026, 12, 7)
EVENT = "Culture et action internationale des collectivités territoriales"


@pytest.fixture
def quiet(monkeypatch):
    """Message boxes answer Yes and say nothing; what they would have said is kept."""
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]) or QMessageBox.StandardButton.Yes)
    return said


def test_retention_review_keep_and_anonymise(qtbot, services, quiet):
    services.create("contact", ContactIn(first_name="Anna", last_name="Kowalska", last_contact_on="2020-01-01",
                                         emails=["anna@lodz.pl"]))
    services.create("contact", ContactIn(first_name="Piotr", last_name="Zielinski", last_contact_on="2021-01-01"))
    services.create("contact", ContactIn(first_name="Koffi", last_name="Yao", last_contact_on="2026-10-01"))
    view = DashboardView(services, today=TODAY, threaded=False)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    box = view.retention
    assert not box.isHidden() and "3 an(s) (2)" in box.title()
    names = [box.model.item(r, 0).text() for r in range(box.model.rowCount())]
    assert names == ["Anna Kowalska", "Piotr Zielinski"]
    box.view.setCurrentIndex(box.model.index(1, 0))
    qtbot.mouseClick(box.keep_button, Qt.MouseButton.LeftButton)
    view.refresh_now()
    assert [box.model.item(r, 0).text() for r in range(box.model.rowCount())] == ["Anna Kowalska"], quiet
    box.view.selectAll()
    qtbot.mouseClick(box.anonymise_button, Qt.MouseButton.LeftButton)
    assert "1 personne(s) anonymisée(s)." in quiet[-1]
    view.refresh_now()
    assert box.isHidden()
    assert not services.search("anna")


def test_invitations_dialog_invite_answer_and_outlook_list(qtbot, demo_catalog, quiet, monkeypatch, tmp_path):
    from db.services import Services
    from desktop.views.invitations_dialog import InvitationsDialog

    services = Services(demo_catalog, actor="test")
    yao = services.get("contact", "Koffi Yao")
    data = services.personal_data(yao.id)["contact"]
    services.update("contact", yao.id, ContactIn(first_name="Koffi", last_name="Yao", emails=data["emails"],
                                                 no_contact=True))
    event = services.get("event", EVENT)
    dialog = InvitationsDialog(services, event.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.people_model.rowCount()
    qtbot.keyClicks(dialog.search, "yao")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.contacts_model.item(0, 0).text() == "Koffi Yao (ne pas contacter)"
    assert not dialog.contacts_model.item(0, 0).isEnabled()
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "tanaka")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    dialog.contacts.selectAll()
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    assert "1 personne(s) invitée(s)." in quiet[-1]
    assert dialog.people_model.rowCount() == before + 1 and dialog.changed_anything
    last = dialog.people_model.rowCount() - 1
    assert dialog.people_model.item(last, 0).text() == "Hiroshi Tanaka"
    assert dialog.people_model.item(last, 2).text() == "07/12/2026"
    dialog.people.setCurrentIndex(dialog.people_model.index(last, 0))
    dialog.response.setCurrentIndex(dialog.response.findData("accepted"))
    qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
    dialog.people.setCurrentIndex(dialog.people_model.index(last, 0))
    qtbot.mouseClick(dialog.came_button, Qt.MouseButton.LeftButton)
    tanaka = services.get("event", EVENT).participants[-1]
    assert (tanaka.response, tanaka.attended) == ("accepted", True)
    assert "1 accepté(s)" in dialog.tally.text()
    target = tmp_path / "invites.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.output_buttons["csv"], Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert "Tanaka" in [r["Last Name"] for r in rows] and "Yao" not in [r["Last Name"] for r in rows]
    assert "adresse(s) écrite(s)" in quiet[-1]


def test_contact_form_no_contact_and_address(qtbot, main_window):
    services = main_window.services
    park = services.get("contact", "Ji-woo Park")
    page = main_window.show_page("contact")
    page.open_record(park.id)
    editor = page.editor
    box, address = editor.bindings["no_contact"].widget, editor.bindings["address"].widget
    assert not box.isChecked()
    box.setChecked(True)
    qtbot.keyClicks(address, "1000 Jungang-daero")
    assert editor.save()
    again = services.get("contact", park.id)
    assert again.no_contact and again.address == "1000 Jungang-daero"


def test_preferences_personal_data_tab(qtbot, services):
    from desktop.settings import Settings
    from desktop.views.preferences import PreferencesDialog

    dialog = PreferencesDialog(Settings(), None, services)
    qtbot.addWidget(dialog)
    dialog.personal.dpo.setText("Marie Durand, dpo@ville.fr")
    dialog.personal.years.setValue(5)
    dialog.apply()
    assert services.retention_years() == 5
    from db.services import settings as catalogue_settings

    assert catalogue_settings.get_setting(services.catalog, "dpo") == "Marie Durand, dpo@ville.fr"


def test_editing_the_participants_text_keeps_invitations_and_presence(qtbot):
    from desktop.widgets.participants_edit import ParticipantsEdit

    edit = ParticipantsEdit()
    qtbot.addWidget(edit)
    edit.set_values([{"name": "Ji-woo Park", "organisation": "Ville de Busan", "contact": {"id": "c1", "name": "x"},
                      "invited_on": "2026-12-07", "response": "declined", "attended": False, "sessions": ["s1"]},
                     {"name": "Hélène Marchand", "organisation": None, "contact": None}])
    edit.setPlainText(edit.toPlainText() + "\nThomas Nguyen — Ville de Lyon")
    park, marchand, nguyen = edit.value()
    assert (park["contact"], park["invited_on"], park["response"], park["attended"], park["sessions"]) == (
        "c1", "2026-12-07", "declined", False, ["s1"])
    assert "invited_on" not in nguyen and marchand["name"] == "Hélène Marchand"


def test_mailing_list_of_the_contacts_shown(qtbot, demo_catalog, monkeypatch, tmp_path, quiet):
    from db.services import Services
    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow
    from desktop.views.personal_data_actions import install

    services = Services(demo_catalog, actor="test")
    window = MainWindow(services, None, Settings(), today=TODAY)
    qtbot.addWidget(window)
    actions = install(window, services)
    page = window.show_page("contact")
    from db.services.records import ListQuery

    page.list.model.query = ListQuery(search="ville", limit=None)  # what the list's search box sets
    target = tmp_path / "liste.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions.actions["action_mailing"].trigger()
    cards = target.read_bytes().decode("utf-8")
    assert "FN:Ji-woo Park" in cards and "FN:Aminata Diallo" not in cards  # EIAD Dakar: not a « ville »
    assert "personne(s) écrite(s)" in quiet[-1]


def test_anonymising_from_the_review_names_the_documents_to_check(qtbot, services, catalog, quiet, tmp_path):
    from db.schemas import AgreementIn
    from db.services import documents
    from desktop.views.personal_data_actions import confirm_and_anonymise

    anna = services.create("contact", ContactIn(first_name="Anna", last_name="Kowalska", emails=["anna@lodz.pl"]))
    agreement = services.create("agreement", AgreementIn(title="Convention Łódź", signatories="Anna Kowalska"))
    source = tmp_path / "CV_Anna_KOWALSKA.pdf"
    source.write_bytes(b"%PDF-1.4")
    documents.attach(catalog, agreement.id, source)
    assert confirm_and_anonymise(None, services, [anna.id], ["Anna Kowalska"])
    said = quiet[-1]
    assert "Le contenu de ces documents peut encore les nommer" in said
    assert "• CV_Personne anonymisée n°" in said and "(Convention Łódź)" in said and "KOWALSKA" not in said
