"""Outils › Doublons possibles… : pairs listed by the identity rules, each record opened in its view."""

from __future__ import annotations

import pytest
from passerelles_testing import TODAY
from PySide6.QtWidgets import QDialog

from db.schemas import ContactIn, PartnerIn
from db.services import Services
from desktop.settings import Settings

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.usefixtures("french_locale")]


def test_duplicates_dialog_lists_pairs_and_opens_each_record(qtbot, qtmodeltester, catalog, monkeypatch):
    from desktop.views.duplicates_dialog import DuplicatesDialog
    from desktop.views.main_actions import install
    from desktop.views.main_window import MainWindow

    services = Services(catalog, actor="marie")
    busan = services.create("partner", PartnerIn(name="Busan", country="KR"))
    pusan = services.create("partner", PartnerIn(name="Pusan", country="KR"))
    services.create("partner", PartnerIn(name="Valencia", country="ES"))
    services.create("partner", PartnerIn(name="Valencia", country="VE"))
    lan = services.create("contact", ContactIn(first_name="Lan", last_name="Nguyen", emails=["lan@hue.vn"]))
    services.create("contact", ContactIn(first_name="LAN", last_name="NGUYEN", organisation="Ville de Hué",
                                         emails=["lan@hue.vn"]))
    window = MainWindow(services, None, Settings(), today=TODAY)
    install(window, services, None)
    qtbot.addWidget(window)
    shown: list[DuplicatesDialog] = []

    def run(dialog):
        shown.append(dialog)
        qtmodeltester.check(dialog.model)
        rows = [tuple(dialog.model.index(r, c).data() for c in range(4)) for r in range(dialog.model.rowCount())]
        assert ("Contact", "Lan Nguyen", "LAN NGUYEN (Ville de Hué)", "même fiche probable") in rows
        assert ("Partenaire", "Busan (Corée du Sud)", "Pusan (Corée du Sud)", "noms proches") in rows
        assert not any("Valencia" in r[1] for r in rows)    # two cities of two countries
        assert dialog.message.text() == "2 paires à vérifier."
        assert not dialog.open_first.isEnabled()
        dialog.view.selectRow(next(r for r, p in enumerate(dialog.model.items) if p.kind == "partner"))
        dialog.open_second.click()
        dialog.view.selectRow(next(r for r, p in enumerate(dialog.model.items) if p.kind == "contact"))
        dialog.open_first.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DuplicatesDialog, "exec", run)
    opened = []
    window.record_requested.connect(lambda kind, public_id: opened.append((kind, public_id)))
    action = next(a for a in window.actions() if a.objectName() == "action_duplicates")
    assert action in window.menus["tools"].actions()
    action.trigger()
    assert shown and opened == [("partner", pusan.id), ("contact", lan.id)]
    assert busan.id != pusan.id
    qtbot.waitUntil(lambda: window.current_key() == "contact")
    assert window.pages["contact"].editor_id() == lan.id


def test_merge_two_contacts_from_the_duplicates_finder_and_undo(qtbot, catalog, monkeypatch):
    from PySide6.QtCore import Qt

    from db.schemas import FollowUpIn
    from desktop.views.duplicates_dialog import DuplicatesDialog
    from desktop.views.merge_dialog import MergeDialog

    services = Services(catalog, actor="marie")
    lan = services.create("contact", ContactIn(first_name="Lan", last_name="Nguyen", emails=["lan@hue.vn"],
                                               job_title="Attachée culturelle"))
    twin = services.create("contact", ContactIn(first_name="LAN", last_name="NGUYEN", organisation="Ville de Hué",
                                                emails=["lan@hue.vn", "lan.nguyen@hue.gov.vn"],
                                                job_title="Directrice de la culture"))
    call = services.create("followup", FollowUpIn(title="Rappeler Lan", contact=twin.id))
    dialog = DuplicatesDialog(services)
    qtbot.addWidget(dialog)
    row = next(r for r, pair in enumerate(dialog.model.items) if pair.kind == "contact")
    dialog.view.selectRow(row)
    assert dialog.merge_button.isEnabled()
    merged: list = []
    dialog.merged.connect(lambda kind, pid: merged.append((kind, pid)))

    expected: dict = {}

    def run(merge: MergeDialog):
        qtbot.addWidget(merge)
        other_side = next(b for b in merge.groups["job_title"].buttons() if b.property("side") == "other")
        qtbot.mouseClick(other_side, Qt.MouseButton.LeftButton)  # the job title of B
        assert merge.taken()["job_title"] == "other"
        expected["job_title"] = next(c.other for c in merge.choices if c.field == "job_title")
        merge.accept()

    monkeypatch.setattr(MergeDialog, "exec", lambda self: (run(self), 1)[1])
    dialog.merge_selected()
    (kind, kept_id), = merged
    kept = services.get("contact", kept_id)
    assert kind == "contact" and set(kept.emails) == {"lan@hue.vn", "lan.nguyen@hue.gov.vn"}  # united
    assert kept.job_title == expected["job_title"] and kept.organisation == "Ville de Hué"
    assert services.get("followup", call.id).contact.id == kept_id
    assert not any(p.kind == "contact" for p in dialog.model.items)  # the pair is gone from the list
    assert services.undo_last()["action"] == "merge"
    assert services.get("followup", call.id).contact.id == twin.id
    assert {c.id for c in services.list("contact")} == {lan.id, twin.id}


def _showing(qtbot, services, partner_id: str):
    """The window's actions, the partner ``partner_id`` shown in its view."""
    from desktop.views.main_actions import install
    from desktop.views.main_window import MainWindow

    window = MainWindow(services, None, Settings(), today=TODAY)
    actions = install(window, services, None)
    qtbot.addWidget(window)
    window.show_page("partner")
    page = window.pages["partner"]
    page.activate()
    assert page.open_record(partner_id)
    return actions


def test_merge_from_the_record_shown(qtbot, catalog, monkeypatch):
    """Édition › Fusionner avec une autre fiche… : the record shown is kept, the one named is merged into it."""
    from desktop.views.merge_dialog import MergeDialog

    services = Services(catalog, actor="marie")
    busan = services.create("partner", PartnerIn(name="Busan", country="KR"))
    services.create("partner", PartnerIn(name="Pusan", country="KR", city="Busan"))
    actions = _showing(qtbot, services, busan.id)
    monkeypatch.setattr(MergeDialog, "exec", lambda self: (self.accept(), 1)[1])
    actions.merge_current("Pusan")
    kept = services.get("partner", busan.id)
    assert kept.city == "Busan" and [p.name for p in services.list("partner")] == ["Busan"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_refused_merge_is_said_in_the_windows_language(qtbot, catalog, monkeypatch, request, language):
    """Issue 22: the English window said a refused merge in French."""
    from PySide6.QtWidgets import QMessageBox

    if language == "en":
        request.getfixturevalue("english")
    services = Services(catalog, actor="marie")
    actions = _showing(qtbot, services, services.create("partner", PartnerIn(name="Busan", country="KR")).id)
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: boxes.append((title, text))))
    actions.merge_current("Busan")   # the record shown itself
    actions.merge_current("Nulle part")
    assert boxes == {"fr": [("Fusion impossible", "A et B désignent la même fiche : rien à fusionner."),
                            ("Fusion impossible", "Aucun partenaire « Nulle part » dans le catalogue.")],
                     "en": [("Merge impossible", "A and B are the same record: nothing to merge."),
                            ("Merge impossible", "No partner “Nulle part” in the catalogue.")]}[language]
