"""The other dialogs lay out without clipped or overlapping labels at 100 %, 125 %, 150 % and 200 % of a
1366×768 screen, in French and in English: the yearly dialogs (APD, Atlas, annual report), the
invitations of an event (letters, labels, badges, attendance sheets), the office's team, a new
follow-up, an interaction, a concurrent change, an unexpected error, the import history, the search,
the user guide, the « À propos » box, the question before anonymising people, and every page of
the import wizard on a small file.

The check is ``test_dialogs_fit.problems``; every dialog walked fits 683×364 at its minimum size (the
concurrent change scrolls its fields). ``test_every_dialog_of_the_application_is_walked`` reads
``desktop/`` and fails on a dialog class walked by neither file.
"""

from __future__ import annotations

import re

import pytest
from passerelles_testing import ROOT, TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from test_dialogs_fit import SCREENS, shown_problems, walk
from test_yearly_dialogs import (
    demo_services as demo_services,  # the fixture: the demo catalogue of TODAY
)

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints"),
              pytest.mark.usefixtures("french_locale")]

EVENT = "Culture et action internationale des collectivités territoriales"


def dialogs(services, tmp_path):
    from db.services.imports import ImportService
    from desktop.errors import ErrorDialog
    from desktop.views.annual_dialog import AnnualDialog
    from desktop.views.apd_dialog import ApdDialog
    from desktop.views.atlas_dialog import AtlasDialog
    from desktop.views.dashboard_staff import StaffDialog
    from desktop.views.forms.conflict_dialog import ConflictDialog
    from desktop.views.forms.followup_actions import NewFollowUpDialog
    from desktop.views.forms.interaction_dialog import InteractionDialog
    from desktop.views.import_wizard import ImportHistoryDialog
    from desktop.views.invitations_dialog import InvitationsDialog
    from desktop.views.search_popup import SearchPopup
    from desktop.views.user_guide import UserGuideDialog, guide_path
    from desktop.widgets.language import ui_language

    busan = services.get("partner", "Busan")
    event = services.get("event", EVENT)
    imported = tmp_path / "partenaires importés.csv"
    imported.write_text("Nom;Pays;Ville\nAtelier Kobalt;Allemagne;Berlin\n", encoding="utf-8")
    ImportService(services.catalog, actor="test").import_file(imported)

    def search():
        popup = SearchPopup(services)
        popup.box.setText("busan")
        popup.run_search()
        return popup

    return {
        "APD": lambda: ApdDialog(services, year=2025),
        "Atlas": lambda: AtlasDialog(services),
        "bilan annuel": lambda: AnnualDialog(services, year=2025),
        "invitations": lambda: InvitationsDialog(services, event.id, today=TODAY),
        "équipe": lambda: StaffDialog(services),
        "nouveau suivi": lambda: NewFollowUpDialog(services, busan.name),
        "décisions → suivis": lambda: NewFollowUpDialog(services, event.title,
                                                        decisions="Envoyer le compte rendu\nRelancer Busan"),
        "interaction": lambda: InteractionDialog(services, partner=busan.id),
        "modification concurrente": lambda: ConflictDialog([
            ("Nom", "Busan Metropolitan City", "Busan"),
            ("Description", "Ville portuaire du sud-est de la Corée, jumelée depuis 1991 avec un programme "
                            "d'échanges culturels et universitaires.", ""),
            ("Courriels", "international@busan.go.kr", "relations.internationales@busan.go.kr")]),
        "erreur inattendue": lambda: ErrorDialog("Traceback (most recent call last):\n  ValueError: test",
                                                 str(tmp_path / "journaux" / "passerelles.log")),
        "historique des imports": lambda: ImportHistoryDialog(services),
        "rechercher partout": search,
        "guide": lambda: UserGuideDialog(guide_path(ui_language())),
    }


def _in(language, request):
    if language == "en":   # English words are of other lengths: each dialog is walked in both languages
        request.getfixturevalue("english")


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("screen", SCREENS)
def test_other_dialogs_fit_without_clipped_or_overlapping_labels(qtbot, demo_services, tmp_path, screen,
                                                                   language, request):
    _in(language, request)
    found = {}
    for name, make in dialogs(demo_services, tmp_path).items():
        if issues := walk(qtbot, make(), SCREENS[screen]):
            found[name] = issues
    assert not found, found


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("screen", SCREENS)
def test_about_box_fits(qtbot, screen, language, request):
    from PySide6.QtWidgets import QWidget

    from desktop.views.about import show_about

    _in(language, request)
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_about(parent)
    assert not shown_problems(qtbot, box, SCREENS[screen])
    box.close()


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("screen", SCREENS)
def test_every_page_of_the_import_wizard_fits(qtbot, demo_services, tmp_path, screen, language, request):
    """A small file of partners whose status is worded otherwise (the values page), one of them already
    in the catalogue (the duplicates page): file, mapping, values, preview, duplicates, run."""
    from desktop.views.import_wizard import ImportWizard

    _in(language, request)
    path = tmp_path / "partenaires.csv"
    path.write_text("Nom;Pays;Ville;Statut\nBusan;Corée du Sud;Busan;Gelé\nAtelier Kobalt;Allemagne;Berlin;Actif\n",
                    encoding="utf-8")
    wizard = ImportWizard(demo_services, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    found, seen = {}, []
    while True:
        seen.append(wizard.currentId())
        if issues := shown_problems(qtbot, wizard, SCREENS[screen]):
            found[type(wizard.currentPage()).__name__] = issues
        if wizard.currentId() == wizard.RUN:
            break
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentId() != seen[-1], timeout=30000)   # planning: a thread
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=30000)
    found.pop("RunPage", None)
    if issues := shown_problems(qtbot, wizard, SCREENS[screen]):   # the run page once the import is done
        found["RunPage"] = issues
    assert seen == [wizard.FILE, wizard.MAPPING, wizard.VALUES, wizard.PREVIEW, wizard.DUPLICATES, wizard.RUN]
    assert not found, found


WALKED = {"PreferencesDialog", "BackupsDialog", "DuplicatesDialog", "MergeDialog", "TrashDialog", "ServerDialog",
          "MapDialog",   # test_dialogs_fit
          "ApdDialog", "AtlasDialog", "AnnualDialog", "InvitationsDialog", "StaffDialog", "NewFollowUpDialog",
          "InteractionDialog", "ConflictDialog", "ErrorDialog", "ImportHistoryDialog", "SearchPopup",
          "UserGuideDialog", "ImportWizard", "FilePage", "MappingPage", "ValuesPage", "PreviewPage",
          "DuplicatesPage", "RunPage"}   # here


def test_every_dialog_of_the_application_is_walked():
    found = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        found |= set(re.findall(r"^class (\w+)\((?:QDialog|QWizard|QWizardPage)\)", path.read_text("utf-8"), re.M))
    assert found and found <= WALKED, sorted(found - WALKED)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("screen", SCREENS)
def test_anonymise_question_fits(qtbot, demo_services, screen, language, request, monkeypatch):
    """The question before anonymising people (personal data, retention review), twelve names named."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop.views.personal_data_actions import confirm_and_anonymise

    _in(language, request)
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: asked.append(args) or QMessageBox.StandardButton.Cancel)
    parent = QWidget()
    qtbot.addWidget(parent)
    names = [f"Personne numéro {n} du service des relations internationales" for n in range(14)]
    assert not confirm_and_anonymise(parent, demo_services, [str(n) for n in range(14)], names)
    _parent, title, text, buttons, default = asked[0]
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons, parent)
    box.setDefaultButton(default)
    assert not walk(qtbot, box, SCREENS[screen])
