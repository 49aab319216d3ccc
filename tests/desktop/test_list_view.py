"""The list of a kind through its widgets: header clicks sort, typing filters, columns are remembered."""

from __future__ import annotations

import pytest
from passerelles_testing import TODAY
from PySide6.QtCore import Qt

from desktop.models.columns import ContactCol, FollowUpCol, PartnerCol
from desktop.views.list_view import ListView

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.usefixtures("french_locale")]


def column_texts(view, column):
    model = view.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def click_header(qtbot, view, column):
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))


def test_header_click_sorts_in_the_database(qtbot, demo_catalog):
    view = ListView("partner", demo_catalog)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    assert column_texts(view, PartnerCol.NAME)[0] == "Busan"
    click_header(qtbot, view, PartnerCol.NAME)  # same column again: descending
    assert view.model.query.descending is True
    assert column_texts(view, PartnerCol.NAME)[0] == "Shizuoka"
    click_header(qtbot, view, PartnerCol.CITY)
    assert view.model.query.sort == "city"
    cities = column_texts(view, PartnerCol.CITY)
    assert cities == sorted(cities, key=lambda c: c.casefold()) or cities[0] == "Busan"


def test_typing_filters_accent_insensitively(qtbot, demo_catalog):
    view = ListView("partner", demo_catalog)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.model.loaded, timeout=3000):
        qtbot.keyClicks(view.filter_bar.text, "lodz")
    assert column_texts(view, PartnerCol.NAME) == ["Łódź Film School"]
    assert view.filter_bar.status.text() == "1 fiche"
    with qtbot.waitSignal(view.model.loaded, timeout=3000):
        view.filter_bar.text.clear()
    assert view.model.rowCount() == 14
    with qtbot.waitSignal(view.model.loaded, timeout=3000):
        view.filter_bar.text.insert("Corée")  # QTest cannot type non-ASCII keys
    assert column_texts(view, PartnerCol.NAME) == ["Busan"]


def test_per_kind_filters(qtbot, demo_catalog):
    view = ListView("partner", demo_catalog)
    qtbot.addWidget(view)
    country = view.filter_bar.combos["country"]
    country.setCurrentIndex(country.findData("FR"))
    assert set(column_texts(view, PartnerCol.COUNTRY)) == {"France"}
    domain = view.filter_bar.combos["domain"]
    domain.setCurrentIndex(domain.findText("Cinéma et audiovisuel"))
    assert view.model.query.filters == {"country": "FR", "domain": "Cinéma et audiovisuel"}
    view.filter_bar.reset_button.click()
    assert view.model.rowCount() == 14
    view.filter_bar.active_only.setChecked(True)
    assert view.model.query.filters == {"active_only": True}

    followups = ListView("followup", demo_catalog, today=TODAY)
    qtbot.addWidget(followups)
    followups.filter_bar.overdue.setChecked(True)
    assert followups.model.rowCount() == 3
    owner = followups.filter_bar.combos["owner"]
    owner.setCurrentIndex(owner.findText("Claire Vasseur"))
    assert set(column_texts(followups, FollowUpCol.OWNER)) == {"Claire Vasseur"}
    followups.filter_bar.reset_button.click()
    followups.filter_bar.date_from.setDate(followups.filter_bar.date_from.date().fromString("2026-12-01", "yyyy-MM-dd"))
    assert followups.model.query.filters == {"date_from": "2026-12-01"}
    assert all(d >= "2026-12-01" for d in (followups.model.index(r, FollowUpCol.DUE_ON).data(256 + 1)
                                           for r in range(followups.model.rowCount())))


def test_columns_visibility_order_and_widths_are_remembered(qtbot, demo_catalog):
    view = ListView("contact", demo_catalog)
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    view.set_column_visible(ContactCol.JOB_TITLE, False)
    header.resizeSection(ContactCol.NAME, 333)
    header.moveSection(header.visualIndex(ContactCol.COUNTRY), 0)
    click_header_sort = ContactCol.ORGANISATION
    view.table.sortByColumn(click_header_sort, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not view._save_timer.isActive(), timeout=3000)  # saved once the user pauses

    again = ListView("contact", demo_catalog)
    qtbot.addWidget(again)
    header2 = again.table.horizontalHeader()
    assert header2.isSectionHidden(ContactCol.JOB_TITLE)
    assert header2.sectionSize(ContactCol.NAME) == 333
    assert header2.logicalIndex(0) == ContactCol.COUNTRY
    assert again.model.query.sort == "organisation" and again.model.query.descending


def test_enter_and_double_click_open_the_record(qtbot, demo_catalog):
    view = ListView("event", demo_catalog)
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(0)
    view.table.setFocus()
    with qtbot.waitSignal(view.record_activated) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args[0] == "event" and len(blocker.args[1]) == 36
