"""End to end: the real application object on the demo catalogue, offscreen, through every view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.views.main_window import KINDS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_walk_through_every_view(qtbot, demo_catalog, monkeypatch):
    from desktop import i18n
    from desktop.app import Application
    from desktop.settings import Settings

    qapp = QApplication.instance()
    translators = i18n.install(qapp, "fr")
    path = demo_catalog.path
    demo_catalog.close()
    app = Application(qapp, Settings())
    try:
        assert app.open(str(path))
        window = app.window
        qtbot.waitExposed(window)
        assert window.current_key() == "dashboard"  # the start view
        dashboard = window.main_actions.dashboard
        qtbot.waitUntil(lambda: dashboard.followups.model() is not None and dashboard.followups.model().rowCount() > 0,
                        timeout=10000)  # computed off the GUI thread
        for number, kind in enumerate(KINDS, start=1):
            qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
            page = window.pages[kind]
            assert window.stack.currentWidget() is page
            qtbot.waitUntil(lambda p=page: not p.list.model.loading and p.list.model.rowCount() > 0, timeout=5000)
            page.list.table.selectRow(0)
            qtbot.waitUntil(lambda p=page: p.editor is not None, timeout=3000)
            assert page.editor_id() == page.list.model.public_id(0)
            assert page.editor.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
        charts = window.pages["charts"]
        assert window.stack.currentWidget() is charts
        qtbot.waitUntil(lambda: charts.content is not None and bool(charts.content.series), timeout=5000)
        window.search_action.trigger()
        window._search_popup.box.setText("sanya")
        window._search_popup.run_search()
        qtbot.keyClick(window._search_popup.box, Qt.Key.Key_Return)
        assert window.current_key() == "partner"
        assert window.pages["partner"].editor.record.name == "Sanya"
        assert "14 partenaires" in window.counts_label.text()
        window.close()
        assert not window.isVisible()
    finally:
        app.shutdown()
        i18n.remove(qapp, translators)
