"""Fichier › Charger la démonstration: offered while the catalogue is empty, whenever that is.

A first launch interrupted before its question (the window closed, the computer turned off) leaves
an empty catalogue, and the next start asks nothing: the menu keeps the demonstration on offer.
"""

from __future__ import annotations

import pytest
from passerelles_testing import TODAY
from PySide6.QtWidgets import QMessageBox

from db.services import Services
from desktop.settings import Settings
from desktop.views.main_actions import install
from desktop.views.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.usefixtures("french_locale")]


def _window(qtbot, catalog):
    services = Services(catalog, actor="test")
    win = MainWindow(services, None, Settings(), today=TODAY)
    install(win, services, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _demo_action(window):
    window.menus["file"].aboutToShow.emit()  # what opening the menu does
    found = [a for a in window.menus["file"].actions() if a.objectName() == "action_load_demo"]
    assert len(found) == 1
    return found[0]


def test_an_empty_catalogue_offers_the_demonstration_in_the_file_menu(qtbot, catalog):
    window = _window(qtbot, catalog)
    dashboard = window.main_actions.dashboard
    qtbot.waitUntil(lambda: not dashboard.start_panel.isHidden(), timeout=30000)  # the empty catalogue's panel
    action = _demo_action(window)
    assert action.isEnabled() and action.text() == "Charger la démonstration"
    action.trigger()
    assert window.services.count("partner") == 14 and window.services.count("followup") > 0
    qtbot.waitUntil(dashboard.start_panel.isHidden, timeout=30000)  # the dashboard shows the demonstration
    assert not _demo_action(window).isEnabled()  # loaded: no second time


def test_a_catalogue_with_records_does_not_get_the_demonstration_on_top(qtbot, demo_catalog, monkeypatch):
    window = _window(qtbot, demo_catalog)
    action = _demo_action(window)
    assert not action.isEnabled()
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    action.setEnabled(True)  # filled by someone else after the menu was shown
    action.trigger()
    assert said and "catalogue vide" in said[0]
    assert window.services.count("partner") == 14


def test_the_menu_entry_is_translated(qtbot, catalog, english):
    window = _window(qtbot, catalog)
    assert _demo_action(window).text() == "Load the demonstration"
