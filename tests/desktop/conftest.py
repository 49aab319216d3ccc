"""Fixtures shared by the desktop tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def french_locale():
    """French dates and numbers for the test, the C locale back afterwards."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def english():
    """The application in English (translations, language property, locale), French back afterwards."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from desktop import i18n

    app = QApplication.instance()
    translators = i18n.install(app, "en")
    yield
    i18n.remove(app, translators)
    app.setProperty("language", "fr")
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def main_window(qtbot, demo_catalog):
    """The main window on the demonstration catalogue, shown."""
    from passerelles_testing import TODAY

    from db.services import Services
    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow

    win = MainWindow(Services(demo_catalog, actor="test"), None, Settings(), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
