"""The window uses its space: list/form split, columns fitted to their text, cut text with a tooltip,
overdue said in words."""

from __future__ import annotations

import pytest
from passerelles_testing import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.models.columns import FollowUpCol, PartnerCol
from desktop.views.list_view import ListView
from desktop.views.record_page import split_sizes
from desktop.widgets.elided_tips import is_elided

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.usefixtures("french_locale")]


@pytest.mark.parametrize("width", [1186, 1740])  # 1366×768 and 1920×1080 less the sidebar
def test_list_and_form_split(width):
    en = 8
    list_width, form_width = split_sizes(width, en)
    assert list_width + form_width == width
    assert 60 * en <= form_width <= 80 * en  # room for the fields, no half-empty pane
    assert list_width >= width // 2


def test_columns_fit_their_text_and_cut_cells_have_a_tooltip(qtbot, demo_catalog):
    view = ListView("partner", demo_catalog)
    qtbot.addWidget(view)
    view.resize(1300, 500)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 14, timeout=5000)
    qtbot.waitUntil(lambda: view._fitted, timeout=5000)
    option = QStyleOptionViewItem()
    option.fontMetrics = view.table.fontMetrics()
    busan = view.model.row_of(next(view.model.public_id(r) for r in range(14)
                                   if view.model.index(r, PartnerCol.NAME).data() == "Busan"))
    country = view.model.index(busan, PartnerCol.COUNTRY)
    assert country.data() == "Corée du Sud" and not is_elided(view.table, option, country)
    unesco = next(view.model.index(r, PartnerCol.NAME) for r in range(14)
                  if view.model.index(r, PartnerCol.NAME).data().startswith("Réseau des Villes"))
    assert not is_elided(view.table, option, unesco)
    view.table.horizontalHeader().resizeSection(PartnerCol.NAME, 60)
    assert is_elided(view.table, option, unesco)  # now cut: the delegate shows its full text on hover


def test_overdue_is_said_in_words_not_only_in_red(qtbot, demo_catalog):
    view = ListView("followup", demo_catalog, today=TODAY)
    qtbot.addWidget(view)
    view.filter_bar.overdue.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    due = view.model.index(0, FollowUpCol.DUE_ON)
    assert due.data().endswith("— en retard")
    assert "En retard" in due.data(Qt.ItemDataRole.ToolTipRole)
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
