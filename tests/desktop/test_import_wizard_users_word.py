"""The import wizard takes the user's word on every sheet (issue 19): a sheet nothing recognised can
still be described (its kind, no heading row, a column's field), and the values of a status column
can be read otherwise before the preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.views.import_wizard import ImportWizard

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _click_next(qtbot, wizard, expected_id):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == expected_id, timeout=30000)


def _run(qtbot, wizard):
    with qtbot.waitSignal(wizard.import_finished, timeout=30000):
        while wizard.currentId() != wizard.RUN:
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
            qtbot.wait(50)


def test_a_sheet_nothing_recognised_is_described_by_the_user(qtbot, services, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Zq1;Zq2\nAtelier Kobalt;Allemagne\nStudio Nord;Norvège\n", encoding="utf-8")
    wizard = ImportWizard(services, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    kinds = page.sheets.cellWidget(0, page.COL_KIND)
    assert "Non reconnu" in kinds.currentText()
    page.sheets.item(0, page.COL_USE).setCheckState(Qt.CheckState.Checked)
    assert not page.isComplete()   # ticked without a kind: the wizard asks
    kinds.setCurrentIndex(kinds.findData("partner"))
    assert page.isComplete()
    _click_next(qtbot, wizard, wizard.MAPPING)
    table = wizard.plan.sheets[0].table
    assert [c.target for c in table.columns] == ["name", "country"]   # both told by their values
    assert table.columns[0].certainty < 1   # the name a guess, shown as one
    wizard.mapping_page.set_target("Zq1", "name")
    _run(qtbot, wizard)
    names = {p.name: p.country for p in services.list("partner")}
    assert names == {"Atelier Kobalt": "DE", "Studio Nord": "NO"}


def test_a_list_without_heading_row(qtbot, services, tmp_path):
    path = tmp_path / "presents.csv"
    path.write_text("Anne Martin;anne.martin@example.org\nJean Dupont;jean.dupont@example.org\n", encoding="utf-8")
    wizard = ImportWizard(services, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.sheets.item(0, page.COL_USE).setCheckState(Qt.CheckState.Checked)
    kinds = page.sheets.cellWidget(0, page.COL_KIND)
    kinds.setCurrentIndex(kinds.findData("contact"))
    page.set_header_row("presents", 0)
    _click_next(qtbot, wizard, wizard.MAPPING)
    assert len(wizard.plan.sheets[0].rows) == 2   # the first line is a person, not headings
    _run(qtbot, wizard)
    people = {c.last_name for c in services.list("contact")}
    assert people == {"Martin", "Dupont"}


def test_status_values_are_read_as_the_user_says(qtbot, services, tmp_path):
    path = tmp_path / "conventions.csv"
    path.write_text("Intitulé;Partenaire;Statut\nConvention cinéma;Busan;Clôturée\nPacte;Sanya;En cours\n",
                    encoding="utf-8")
    wizard = ImportWizard(services, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    _click_next(qtbot, wizard, wizard.MAPPING)
    _click_next(qtbot, wizard, wizard.VALUES)
    values = wizard.values_page
    assert values.table.rowCount() == 2
    values.set_value("Statut", "Clôturée", "terminated")   # the office's « Clôturée » is « Résilié », not the usual « Expiré »
    values.set_value("Statut", "En cours", "active")
    _click_next(qtbot, wizard, wizard.PREVIEW)
    assert wizard.plan.sheets[0].table.values["Statut"]["Clôturée"] == "terminated"
    _run(qtbot, wizard)
    status = {a.title: a.status for a in services.list("agreement")}
    assert status == {"Convention cinéma": "terminated", "Pacte": "active"}


def test_the_wizard_says_how_sure_each_reading_is(qtbot, services, tmp_path):
    path = tmp_path / "partenaires.csv"
    path.write_text("Nom;Zq;Ville du partenaire\nAtelier Kobalt;Allemagne;Berlin\nStudio Nord;Norvège;Oslo\n"
                    "Teatro Sur;Espagne;Séville\n", encoding="utf-8")
    wizard = ImportWizard(services, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    kinds = page.sheets.cellWidget(0, page.COL_KIND)
    assert "Partenaires" in kinds.currentText() and "sûr à" in kinds.currentText()
    _click_next(qtbot, wizard, wizard.MAPPING)
    mapping = wizard.mapping_page
    shown = {mapping.table.item(r, mapping.COL_HEADER).text(): mapping.table.item(r, mapping.COL_CERTAINTY).text()
             for r in range(mapping.table.rowCount())}
    assert shown["Nom"] == "sûre"                      # heading and values agree
    assert shown["Zq"].startswith("à vérifier")        # countries told by their values alone
    mapping.set_target("Zq", "country")                # the user confirms it
    row = next(r for r in range(mapping.table.rowCount()) if mapping.table.item(r, mapping.COL_HEADER).text() == "Zq")
    assert mapping.table.item(row, mapping.COL_CERTAINTY).text() == "sûre"
