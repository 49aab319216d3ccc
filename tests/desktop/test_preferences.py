"""Language: French by default, English chosen in the preferences applies at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from db.services import Services
from desktop import i18n
from desktop.settings import Settings
from desktop.views.main_window import MainWindow
from desktop.views.preferences import PreferencesDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def translators():
    installed = []
    yield installed
    i18n.remove(QApplication.instance(), installed)
    QApplication.instance().setProperty("language", "fr")
    QLocale.setDefault(QLocale.c())


def test_choosing_english_is_saved(qtbot):
    settings = Settings.load()
    assert settings.language == "fr"
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert dialog.apply() is True
    assert Settings.load().language == "en"
    assert dialog.apply() is False  # nothing changed the second time


def test_english_window_after_restart(qtbot, demo_catalog, translators):
    translators += i18n.install(QApplication.instance(), "en")
    assert QApplication.instance().property("language") == "en"  # the record forms follow it
    window = MainWindow(Services(demo_catalog), None, Settings(language="en"))
    qtbot.addWidget(window)
    assert [window.sidebar.item(r).text() for r in range(5)] == [
        "Partners", "Agreements", "Contacts", "Events", "Follow-ups"]
    assert window.menus["file"].title() == "&File"
    window.show()  # the start view (here the partners) loads when the window is first shown
    qtbot.waitExposed(window)
    page = window.pages["partner"]
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0, timeout=5000)
    assert page.list.model.headerData(2, Qt.Orientation.Horizontal) == "Country"
    busan = next(r for r in range(page.list.model.rowCount()) if page.list.model.index(r, 0).data() == "Busan")
    assert page.list.model.index(busan, 2).data() == "South Korea"
    assert page.list.model.index(busan, 1).data() == "City / local authority"
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("14 partners"), timeout=3000)


def test_french_loads_qt_own_translation(qtbot, translators):
    translators += i18n.install(QApplication.instance(), "fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Annuler", "Enregistrer"]
    assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5" or QLocale().toString(1234.5, "f", 1) == "1 234,5"
    assert QCoreApplication.translate("MainWindow", "Partenaires") == "Partenaires"


def test_qm_is_compiled_from_the_ts_into_the_cache(tmp_path):
    path = i18n.qm_path("en")
    assert path is not None and path.is_file() and path.suffix == ".qm"
    assert path.stat().st_mtime >= i18n.ts_path("en").stat().st_mtime
