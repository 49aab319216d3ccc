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


WINDOWS = {"1366×768": (1366, 728), "1366×768 à 150 %": (910, 485), "1920×1080 à 150 %": (1280, 680)}  # less the task bar


def key_columns_out_of_sight(page) -> list[str]:
    """The list's key columns (``columns.KEY_FIRST``) that need a sideways scroll to be seen."""
    header = page.list.table.horizontalHeader()
    viewport = page.list.table.viewport().width()
    hidden = []
    for logical in page.list.key_columns():
        left = header.sectionViewportPosition(logical)
        if left < 0 or left + header.sectionSize(logical) > viewport:
            hidden.append(f"{page.list.model.columns[logical].key} ({left}+{header.sectionSize(logical)} > {viewport})")
    return hidden


def test_every_list_shows_its_key_columns_at_laptop_sizes(qtbot, main_window):
    """At 1366×768, at 150 % on it (910×485) and at 150 % on 1920×1080 (1280×680), the five lists show
    their name, standing and dates without scrolling sideways: the form goes below the list when there
    is no room beside it, and comes back beside it when the window is wide again."""
    expected = {"partner": ("name", "country", "status"), "agreement": ("title", "status", "ends_on"),
                "contact": ("name", "organisation"), "event": ("title", "starts_on", "ends_on"),
                "followup": ("title", "due_on", "status")}
    out_of_sight, below = {}, {}
    for screen, size in [*WINDOWS.items(), ("1366×768 again", WINDOWS["1366×768"])]:
        main_window.resize(*size)
        assert (main_window.width(), main_window.height()) == size  # no page makes the window wider than the screen
        for kind, keys in expected.items():
            page = main_window.show_page(kind)
            qtbot.waitUntil(lambda p=page: p.list.model.rowCount() > 0 and p.list._fitted, timeout=5000)
            qtbot.wait(10)
            assert [page.list.model.columns[n].key for n in page.list.key_columns()] == list(keys)
            below[screen, kind] = page.form_is_below()
            if hidden := key_columns_out_of_sight(page):
                out_of_sight[screen, kind] = hidden
    assert not out_of_sight, out_of_sight
    assert not any(below[screen, kind] for screen in ("1366×768", "1366×768 again") for kind in expected)
    assert below["1366×768 à 150 %", "agreement"] and below["1366×768 à 150 %", "followup"]


def test_the_form_goes_below_only_when_both_do_not_fit_side_by_side():
    from desktop.views.record_page import form_below

    en = 8
    assert not form_below(1186, 540, en)  # 1366×768: beside
    assert form_below(722, 540, en)  # 910 wide: below
    assert not form_below(722, 900, en)  # key columns wider than the page: below would not show them


def test_each_arrangement_keeps_the_sizes_the_user_left(qtbot, main_window):
    from desktop import settings as app_settings

    main_window.resize(1366, 728)
    page = main_window.show_page("agreement")
    qtbot.waitUntil(lambda: page.list._fitted, timeout=5000)
    assert not page.form_is_below()
    page.splitter.setSizes([800, 378])
    page.splitter.splitterMoved.emit(800, 1)  # as a drag of the handle does
    beside = page.splitter.sizes()
    main_window.resize(910, 485)
    qtbot.waitUntil(page.form_is_below, timeout=5000)
    page.splitter.setSizes([150, 290])
    page.splitter.splitterMoved.emit(150, 1)
    below = page.splitter.sizes()
    assert app_settings.restore_state("splitter/agreement/below") is not None
    main_window.resize(1366, 728)
    qtbot.waitUntil(lambda: not page.form_is_below(), timeout=5000)
    assert page.splitter.sizes() == beside
    main_window.resize(910, 485)
    qtbot.waitUntil(page.form_is_below, timeout=5000)
    assert page.splitter.sizes() == below


@pytest.fixture
def full_window(qtbot, demo_catalog):
    """The main window with every page the application adds (dashboard, statistics), shown."""
    from db.services import Services
    from desktop.settings import Settings
    from desktop.views.main_actions import install
    from desktop.views.main_window import MainWindow

    services = Services(demo_catalog, actor="test")
    win = MainWindow(services, None, Settings(), today=TODAY)
    wiring = install(win, services, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: wiring.dashboard.board is not None, timeout=10000)
    return win


@pytest.mark.parametrize("screen", WINDOWS)
def test_every_page_fits_the_screen_without_clipped_labels(qtbot, full_window, screen):
    """Each page of the window, at each laptop size: the window is no wider than the screen (no page asks
    for more) and no visible label is cut or over another (``test_dialogs_fit.problems``)."""
    from PySide6.QtCore import QSize
    from test_dialogs_fit import problems

    size = WINDOWS[screen]
    full_window.resize(*size)
    found = {}
    for row in range(full_window.sidebar.count()):
        key = full_window.sidebar.item(row).data(Qt.ItemDataRole.UserRole + 1)
        page = full_window.show_page(key)
        if hasattr(page, "list"):
            qtbot.waitUntil(lambda p=page: p.list._fitted, timeout=5000)
            page.list.select(page.list.model.public_id(0))
        qtbot.wait(10)
        assert (full_window.width(), full_window.height()) == size, key
        if issues := problems(full_window, QSize(*size)):
            found[key] = issues
    assert not found, found
