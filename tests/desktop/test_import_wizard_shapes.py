"""The import wizard on shapes nobody here wrote: a relation list and a sheet whose kind is in doubt."""

from __future__ import annotations

import sys

import pytest
from passerelles_testing import ROOT
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.views.import_wizard import ImportWizard

sys.path.insert(0, str(ROOT / "tests"))
import make_messy_corpus as corpus

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _next(qtbot, wizard, expected_id):
    """Next page; the values of closed-vocabulary columns (a page of their own) are passed as they are."""
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() in (expected_id, wizard.VALUES), timeout=30000)  # planning: a thread
    if wizard.currentId() == wizard.VALUES and expected_id != wizard.VALUES:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentId() == expected_id, timeout=30000)


def test_wizard_asks_when_the_kind_is_in_doubt(qtbot, services, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Intitulé;Partenaire;Date\nRéunion annuelle;Sanya;12/03/2024\nVisite;Busan;01/04/2024\n",
                    encoding="utf-8")
    wizard = ImportWizard(services, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    combo = page.sheets.cellWidget(0, page.COL_KIND)
    assert "À préciser" in combo.currentText()
    assert not page.isComplete() and page.doubt.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    combo.setCurrentIndex(combo.findData("followup"))
    assert page.isComplete()
    _next(qtbot, wizard, wizard.MAPPING)
    assert wizard.plan.sheets[0].kind == "followup"


def test_wizard_reads_a_relation_list_as_partners_and_agreements(qtbot, services, tmp_path):
    path = tmp_path / "jumelages.xlsx"
    corpus.relation_list(path)
    wizard = ImportWizard(services, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.file_page.sheets.cellWidget(0, wizard.file_page.COL_KIND)
    assert "relations" in combo.currentText()
    _next(qtbot, wizard, wizard.MAPPING)
    assert wizard.plan.sheets[0].table.layout == "relation"
    _next(qtbot, wizard, wizard.PREVIEW)
    assert "27 à créer pour les liens" in wizard.preview_page.summary.text()  # the cities and their twins
    with qtbot.waitSignal(wizard.import_finished, timeout=30000) as blocker:
        while wizard.currentId() != wizard.RUN:
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.counts["agreement"]["created"] == len(corpus.TWINS)
    names = [p.name for p in services.list("partner")]
    assert names.count("Valencia") == 2 and names.count("Cannes") == 1
