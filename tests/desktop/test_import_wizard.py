"""The import wizard end to end: file, mapping, preview correction, duplicates, run, cancel, undo."""

from __future__ import annotations

import pytest
from passerelles_testing import FILES
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from db.services import ListQuery, Services
from db.services.imports import ImportService
from desktop.views.import_wizard import ImportHistoryDialog, ImportWizard
from desktop.views.import_wizard.models import ProblemsModel, RowsModel

PARTNERS = FILES / "villes_partenaires.xlsx"
# the offscreen platform cannot resize native windows; nothing to do with the wizard
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _next(qtbot, wizard, expected_id):
    """Next page; the values of closed-vocabulary columns (a page of their own) are passed as they are."""
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() in (expected_id, wizard.VALUES), timeout=30000)  # planning: a thread
    if wizard.currentId() == wizard.VALUES and expected_id != wizard.VALUES:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentId() == expected_id, timeout=30000)


def _run(qtbot, wizard, signal_name="import_finished"):
    with qtbot.waitSignal(getattr(wizard, signal_name), timeout=30000) as blocker:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == wizard.RUN
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=5000)
    return blocker.args[0] if blocker.args else None


def test_wizard_end_to_end_with_correction_and_lookalike(qtbot, services):
    wizard = ImportWizard(services, path=str(PARTNERS))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.sheets.rowCount() == 1 and wizard.file_page.isComplete()
    _next(qtbot, wizard, wizard.MAPPING)
    assert "Ville partenaire" in wizard.mapping_page.table.item(0, 0).text()
    wizard.mapping_page.set_target("Code interne", "extra")  # keep the hidden code as an extra attribute
    _next(qtbot, wizard, wizard.PREVIEW)
    model = wizard.preview_page.model
    row = next(i for i, (p, _r) in enumerate(model.entries) if p.row == 10 and p.severity == "error")
    index = model.index(row, ProblemsModel.COL_VALUE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "Bari")  # correct the missing name in the preview
    assert not any(p.row == 10 and p.severity == "error" for p, _r in model.entries)
    _next(qtbot, wizard, wizard.DUPLICATES)  # Gwangju / Kwangju look alike: shown, never merged
    assert any("Gwangju" in str(wizard.duplicates_page.model.data(wizard.duplicates_page.model.index(r, 3)))
               for r in range(wizard.duplicates_page.model.rowCount()))
    result = _run(qtbot, wizard)
    assert result.counts["partner"]["created"] == 7
    names = {p.name: p for p in services.list("partner")}
    assert {"Bari", "Gwangju", "Kwangju"} <= set(names)
    assert names["Gwangju"].extra["Code interne"] == "KR-GWJ-07"
    assert "Import n°" in wizard.run_page.status.text()
    # the command line's words, agreed with the kind: a partner is « créé », not « créée »
    assert "7 créés, 0 mis à jour" in wizard.run_page.status.text() and "créée" not in wizard.run_page.status.text()


def test_wizard_duplicate_decision_for_all(qtbot, services, catalog):
    ImportService(catalog, actor="t").import_file(PARTNERS)
    wizard = ImportWizard(services, path=str(PARTNERS))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard, wizard.MAPPING)
    _next(qtbot, wizard, wizard.PREVIEW)
    _next(qtbot, wizard, wizard.DUPLICATES)
    page = wizard.duplicates_page
    assert page.model.rowCount() >= 6
    page.decision.setCurrentIndex(page.decision.findData("skip"))
    qtbot.mouseClick(_button(page, "Appliquer à toutes"), Qt.MouseButton.LeftButton)
    page.decision.setCurrentIndex(page.decision.findData("create"))
    page.view.selectRow(0)
    qtbot.mouseClick(_button(page, "Appliquer à la sélection"), Qt.MouseButton.LeftButton)
    decisions = [page.model.data(page.model.index(r, 4)) for r in range(page.model.rowCount())]
    assert decisions[0] == "Créer quand même" and set(decisions[1:]) <= {"Ignorer", "Créer (nom proche seulement)"}
    result = _run(qtbot, wizard)
    assert result.counts["partner"]["created"] == 1
    assert services.count("partner", ListQuery()) == 7


def _button(widget, text):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_wizard_cancel_leaves_catalogue_untouched(qtbot, services):
    wizard = ImportWizard(services, path=str(FILES / "classeur_relations.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard, wizard.MAPPING)
    _next(qtbot, wizard, wizard.PREVIEW)
    wizard.cancel_event.set()  # "Arrêter l'import" pressed before the worker could commit
    if wizard.preview_page.nextId() == wizard.DUPLICATES:
        _next(qtbot, wizard, wizard.DUPLICATES)
    with qtbot.waitSignal(wizard.import_cancelled, timeout=30000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=5000)
    assert "pas été modifié" in wizard.run_page.status.text()
    assert sum(services.count(k, ListQuery()) for k in ("partner", "agreement", "contact", "followup")) == 0
    assert ImportService(services.catalog).history() == []


def test_unusable_file_is_explained_on_the_first_page(qtbot, services):
    wizard = ImportWizard(services, path=str(FILES / "bad" / "protege_mot_de_passe.xlsx"))
    qtbot.addWidget(wizard)
    assert "mot de passe" in wizard.file_page.message.text()
    assert not wizard.file_page.isComplete()


def test_history_dialog_undoes_an_import(qtbot, services, catalog, monkeypatch):
    ImportService(catalog, actor="t").import_file(PARTNERS)
    assert services.count("partner", ListQuery()) == 6
    dialog = ImportHistoryDialog(services)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm", lambda batch: True)
    assert dialog.model.rowCount() == 1 and not dialog.undo_button.isEnabled()
    dialog.view.selectRow(0)
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.import_undone) as blocker:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    assert services.count("partner", ListQuery()) == 0
    assert "annulé" in dialog.model.data(dialog.model.index(0, 5))
    assert not dialog.undo_button.isEnabled()


def test_problems_export_from_preview(qtbot, services, tmp_path):
    wizard = ImportWizard(services, path=str(PARTNERS))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard, wizard.MAPPING)
    _next(qtbot, wizard, wizard.PREVIEW)
    wizard.preview_page.export(str(tmp_path / "pb.xlsx"))
    assert (tmp_path / "pb.xlsx").stat().st_size > 0


@pytest.fixture
def services(catalog):
    return Services(catalog, actor="test")


def test_any_row_can_be_excluded_from_the_preview(qtbot, services):
    wizard = ImportWizard(services, path=str(PARTNERS))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard, wizard.MAPPING)
    _next(qtbot, wizard, wizard.PREVIEW)
    page = wizard.preview_page
    rows = page.rows_model
    problem_rows = {p.row for p, _r in page.model.entries} | {r.merged_into for r in rows.rows}
    clean = next(i for i, r in enumerate(rows.rows) if r.status == "ok" and r.row not in problem_rows
                 and not r.lookalikes)  # a fine row standing alone (not the first of a duplicate group)
    name = rows.data(rows.index(clean, RowsModel.COL_NAME))
    assert name and not page.model.flags(page.model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    page.tabs.setCurrentIndex(page.ROWS)
    page.rows_view.selectRow(clean)
    qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)
    assert rows.data(rows.index(clean, RowsModel.COL_EXCLUDED), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "1 exclue" in page.summary.text()
    assert any(r is rows.rows[clean] for _p, r in page.model.entries)  # shown with the problems, can be undone there
    assert {i.row() for i in page.rows_view.selectionModel().selectedRows()} == {clean}  # still selected
    qtbot.mouseClick(page.include_button, Qt.MouseButton.LeftButton)  # brought back…
    assert "0 exclue" in page.summary.text() and rows.rows[clean].status == "ok"
    assert rows.setData(rows.index(clean, RowsModel.COL_EXCLUDED), Qt.CheckState.Checked.value,
                        Qt.ItemDataRole.CheckStateRole)  # …and excluded again with its checkbox
    if page.nextId() == wizard.DUPLICATES:
        _next(qtbot, wizard, wizard.DUPLICATES)
    result = _run(qtbot, wizard)
    assert result.counts["partner"]["excluded"] == 1
    names = {p.name for p in services.list("partner")}
    assert name not in names and len(names) == result.counts["partner"]["created"] == 5


def test_wizard_speaks_english(qtbot, services, english):
    wizard = ImportWizard(services, path=str(PARTNERS))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.title() == "File to import"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Next >"
    _next(qtbot, wizard, wizard.MAPPING)
    targets = wizard.mapping_page.table.cellWidget(0, 2)
    assert targets.findText("Do not import") >= 0 and targets.findText("Name") >= 0
    _next(qtbot, wizard, wizard.PREVIEW)
    page = wizard.preview_page
    assert page.title() == "Preview before import"
    assert page.model.headerData(ProblemsModel.COL_REASON, Qt.Orientation.Horizontal) == "Problem"
    assert page.rows_model.headerData(RowsModel.COL_EXCLUDED, Qt.Orientation.Horizontal) == "Exclude"
    assert page.tabs.tabText(page.ROWS).startswith("All rows")
    assert "to import" in page.summary.text() and "Partners" in page.summary.text()
    assert page.model.data(page.model.index(0, ProblemsModel.COL_SEVERITY)) in {"Row rejected", "Warning", "Note"}


def test_a_row_of_a_big_sheet_comes_back_whole(qtbot, catalog, tmp_path):
    """Above 5,000 rows a clean row keeps only its validated record: bringing it back must not convert it again."""
    import openpyxl

    path = tmp_path / "grand.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nom", "Pays", "Ville"])
    for i in range(5200):
        book.active.append([f"Ville {i}", "France", "Lyon"])
    book.save(path)
    model = RowsModel(ImportService(catalog).preview(path))
    assert model.rowCount() == 5200 and not model.rows[0].cells  # a compact row
    assert model.exclude([0, 1]) and model.plan.counts()["partner"]["excluded"] == 2
    assert model.exclude([0, 1], excluded=False) and not model.exclude([0], excluded=False)
    assert [r.status for r in model.rows[:2]] == ["ok", "ok"] and model.rows[0].model.name == "Ville 0"


def test_the_wizard_waits_for_another_import_on_the_server_and_says_so(qtbot, pg_database):
    from db import import_lock
    from db.catalog import open_catalog

    catalog = open_catalog(pg_database())
    try:
        services = Services(catalog, actor="anne")
        wizard = ImportWizard(services, path=str(PARTNERS))
        qtbot.addWidget(wizard)
        wizard.show()
        _next(qtbot, wizard, wizard.MAPPING)
        _next(qtbot, wizard, wizard.PREVIEW)
        if wizard.preview_page.nextId() == wizard.DUPLICATES:
            _next(qtbot, wizard, wizard.DUPLICATES)
        with import_lock.one_at_a_time(catalog):  # a colleague's import is writing
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "Un autre import" in wizard.run_page.status.text(), timeout=30000)
            assert not wizard.run_page.done
        qtbot.waitUntil(lambda: wizard.run_page.done, timeout=60000)
        assert "Import n°" in wizard.run_page.status.text()
        assert services.count("partner", ListQuery()) > 0
    finally:
        catalog.close()
