"""Budget lines typed in the agreement form: saved, read back, and a wrong amount said next to the table."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt


def _type(qtbot, table, row, column, text):
    table.setCurrentCell(row, column)
    table.item(row, column).setText(text)


def test_budget_lines_typed_saved_and_read_back(qtbot, services, seeded, editor_factory):
    editor = editor_factory("agreement", seeded["mou"].id)
    budget = editor.budget_edit
    qtbot.mouseClick(budget.add_button, Qt.MouseButton.LeftButton)
    table = budget.table
    _type(qtbot, table, 0, 0, "2025")
    _type(qtbot, table, 0, 1, "Résidence d'écriture")
    table.cellWidget(0, 2).setCurrentIndex(table.cellWidget(0, 2).findData("not_oda"))
    _type(qtbot, table, 0, 3, "Corée du Sud")
    _type(qtbot, table, 0, 4, "12 000")
    _type(qtbot, table, 0, 6, "11 500,50")
    _type(qtbot, table, 0, 7, "Ville de Busan; Institut français")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [line] = services.get("agreement", seeded["mou"].id).budget_lines
    assert (line.year, line.category, line.country, line.planned, line.paid, line.cofinancers) == (
        2025, "not_oda", "KR", Decimal("12000.00"), Decimal("11500.50"), ["Ville de Busan", "Institut français"])
    again = editor_factory("agreement", seeded["mou"].id)
    assert again.budget_edit.table.item(0, 3).text() == "Corée du Sud" and not again.is_dirty()

    qtbot.mouseClick(again.budget_edit.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, again.budget_edit.table, 1, 6, "beaucoup")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    error = again.bindings["budget_lines"].error
    assert error.isVisible() and "Nombre invalide" in error.text()
    assert len(services.get("agreement", seeded["mou"].id).budget_lines) == 1
