"""Language: French by default, English chosen in the preferences applies at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTabWidget

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


def test_office_identity_and_default_owner_in_the_preferences(qtbot, services, tmp_path):
    """Préférences sets the office's name, city and logo (printed headers) and the owner of new follow-ups."""
    from PySide6.QtGui import QColor, QImage

    from db.services import settings as catalogue_settings
    from desktop.views.forms.followup import FollowUpEditor

    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#173a5e"))
    image.save(str(logo))
    dialog = PreferencesDialog(Settings.load(), None, services)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.office_name, "Ville de Cannes")
    qtbot.keyClicks(dialog.office_city, "Cannes")
    dialog.choose_logo(str(logo))
    dialog.default_owner.setCurrentText("Claire Vasseur")
    qtbot.keyClicks(dialog.signature.edits["signatory_title"], "Le Maire")
    qtbot.keyClicks(dialog.signature.edits["signatory"], "  David   Lisnard ")
    assert dialog.apply() is False  # the language did not change
    identity = catalogue_settings.office_identity_of(services.catalog)
    assert (identity.name, identity.city, identity.logo_name) == ("Ville de Cannes", "Cannes", "logo.png")
    # the place defaults to the city; one signatory
    assert identity.signature == catalogue_settings.Signature(
        "Cannes", (catalogue_settings.Signatory("Le Maire", "David Lisnard"),))
    assert identity.logo == logo.read_bytes()
    form = FollowUpEditor(services)
    qtbot.addWidget(form)
    assert form.bindings["owner"].get() == "Claire Vasseur" and not form.is_dirty()
    again = PreferencesDialog(Settings.load(), None, services)
    qtbot.addWidget(again)
    assert again.office_name.text() == "Ville de Cannes" and again.logo_clear.isEnabled()
    again.clear_logo()
    again.office_name.clear()
    again.apply()
    identity = catalogue_settings.office_identity_of(services.catalog)
    assert identity.logo is None and identity.name == catalogue_settings.DEFAULT_OFFICE_NAME


def test_an_empty_city_is_flagged_in_the_preferences(qtbot, services):
    """Issue 22: without a city the printed header names the office alone; « Ville » says so while empty."""
    dialog = PreferencesDialog(Settings.load(), None, services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QTabWidget, "preferences_tabs").setCurrentIndex(1)   # « Service »
    assert dialog.city_missing.isVisible() and "en-tête des documents" in dialog.city_missing.text()
    assert dialog.office_city.accessibleDescription() == dialog.city_missing.text()
    qtbot.keyClicks(dialog.office_city, "Cannes")
    assert not dialog.city_missing.isVisible() and dialog.office_city.accessibleDescription() == ""
    dialog.office_city.clear()
    assert dialog.city_missing.isVisible()


def test_a_backups_folder_chosen_in_the_preferences_is_used_by_the_library_and_the_cli(qtbot, tmp_path):
    from passerelles_testing import run_cli

    from db import backups
    from db.catalog import open_catalog

    catalog_path = tmp_path / "bureau" / "passerelles.sqlite"
    catalog_path.parent.mkdir()
    open_catalog(catalog_path, create=True).close()
    dialog = PreferencesDialog(Settings.load())
    qtbot.addWidget(dialog)
    assert dialog.backup_folder.text() == ""   # nothing chosen: « Sauvegardes » beside the catalogue
    assert backups.folder_of(catalog_path) == catalog_path.parent / "Sauvegardes"
    dialog.choose_backup_folder(str(tmp_path / "disque externe"))
    dialog.accept()
    dialog.apply()

    folder = backups.folder_of(catalog_path)
    assert folder.parent == tmp_path / "disque externe" and folder.name.startswith("passerelles-")
    done = run_cli("--db", str(catalog_path), "backup")   # the command line reads the same choice
    assert done.returncode == 0, done.stderr
    assert [p.suffix for p in folder.iterdir()] == [".sqlite"]
    assert not (catalog_path.parent / "Sauvegardes").exists()
    listed = run_cli("--db", str(catalog_path), "backups")
    assert str(folder) in listed.stdout

    again = PreferencesDialog(Settings.load())
    qtbot.addWidget(again)
    assert again.backup_folder.text() == str(tmp_path / "disque externe")
    again.backup_folder.clear()   # back to the default place
    again.apply()
    assert backups.folder_of(catalog_path) == catalog_path.parent / "Sauvegardes"
