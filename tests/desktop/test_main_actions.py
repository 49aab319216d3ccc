"""The wiring of dashboard, charts, import, export and print into the real main window."""

from __future__ import annotations

import openpyxl
import pytest
from passerelles_testing import TODAY
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.services import Services
from desktop.settings import Settings
from desktop.views.main_actions import install
from desktop.views.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.usefixtures("french_locale")]


@pytest.fixture
def window(qtbot, demo_catalog):
    services = Services(demo_catalog, actor="test")
    win = MainWindow(services, None, Settings(), today=TODAY)
    install(win, services, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def action(window, name):
    found = [a for a in window.actions() if a.objectName() == name]
    assert found, name
    return found[0]


def test_dashboard_is_the_start_view_and_charts_are_built_when_first_shown(qtbot, window):
    assert window.current_key() == "dashboard"
    charts = window.pages["charts"]
    assert charts.content is None
    window.show_page("charts")
    qtbot.waitUntil(lambda: charts.content is not None)
    assert charts.content.series  # statistics were computed on the demo catalogue


def test_dashboard_opens_a_record_in_its_view(qtbot, window):
    partner = window.services.list("partner")[0]
    window.main_actions.dashboard.record_requested.emit("partner", partner.id)
    qtbot.waitUntil(lambda: window.current_key() == "partner")
    assert window.pages["partner"].editor_id() == partner.id


def test_export_catalogue_writes_a_workbook(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "catalogue"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Classeur Excel (*.xlsx)"))
    action(window, "action_export").trigger()
    written = tmp_path / "catalogue.xlsx"
    assert written.exists()
    book = openpyxl.load_workbook(written, read_only=True)
    assert len(book.sheetnames) >= 5
    assert "catalogue.xlsx" in window.statusBar().currentMessage()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_export_refused_by_the_system_names_the_file_in_the_windows_language(qtbot, window, tmp_path, monkeypatch,
                                                                                 request, language):
    """Issue 22: an error the faults table does not know showed the system's English text
    (« Le fichier … n'a pas pu être écrit : Operation not supported »), in either window."""
    import errno

    from db.interchange import export_xlsx

    if language == "en":
        request.getfixturevalue("english")
    target = tmp_path / "catalogue.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Classeur Excel (*.xlsx)"))

    def refused(catalog, path, **options):
        raise OSError(errno.EOPNOTSUPP, "Operation not supported", str(path))

    monkeypatch.setattr(export_xlsx, "write", refused)
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: boxes.append(text)))
    action(window, "action_export").trigger()
    said = {"fr": f"Le fichier « {target} » n'a pas pu être lu ou écrit : rien n'a été enregistré ; vérifiez qu'il "
                  "est accessible puis réessayez (les détails sont dans le journal).",
            "en": f"The file “{target}” could not be read or written: nothing was saved; check that it can be "
                  "reached and try again (the details are in the log)."}[language]
    assert boxes == [said]


def test_an_export_that_fails_on_a_bug_shows_no_python_text(qtbot, window, tmp_path, monkeypatch):
    from db.interchange import export_xlsx

    target = tmp_path / "catalogue.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Classeur Excel (*.xlsx)"))
    monkeypatch.setattr(export_xlsx, "write", lambda *a, **k: {}["sheet"])
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: boxes.append(text)))
    action(window, "action_export").trigger()
    assert boxes == [f"Le fichier « {target} » n'a pas pu être écrit ; les détails sont dans le journal."]


def test_export_list_uses_the_lists_filter(qtbot, window, tmp_path, monkeypatch):
    window.show_page("partner")
    page = window.pages["partner"]
    qtbot.keyClicks(page.list.filter_bar.text, "lodz")
    page.list.apply_filters()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "liste.csv"), ""))
    action(window, "action_export_list").trigger()
    text = (tmp_path / "liste.csv").read_text(encoding="utf-8-sig")
    assert "Łódź Film School" in text and "Busan" not in text


def test_print_needs_a_record_then_previews_it(qtbot, window, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    action(window, "action_print_preview").trigger()  # on the dashboard: nothing to print
    assert told and "Choisissez" in told[0]
    from desktop.printing import actions as printing

    previewed = []
    monkeypatch.setattr(printing, "print_preview", lambda kind, ref, services, parent, language, warn: previewed.append((kind, ref)))
    busan = window.services.get("partner", "Busan")
    window.record_requested.emit("partner", busan.id)
    qtbot.waitUntil(lambda: window.pages["partner"].editor_id() == busan.id)
    action(window, "action_print_preview").trigger()
    assert previewed == [("partner", busan.id)]


def test_the_first_print_without_a_city_says_where_to_set_it(qtbot, catalog, window, monkeypatch):
    """Issue 22: a new catalogue printed « Direction des relations internationales » with no city, and
    nothing asked for one. The first print of a session says where to set it, once; not on a catalogue
    that has its city (the demo's Cannes)."""
    from db.schemas import PartnerIn
    from desktop.printing import actions as printing

    monkeypatch.setattr(printing, "print_preview", lambda *a, **k: None)
    window.main_actions.print_document("preview", "partner", None)
    assert "ville" not in window.statusBar().currentMessage()   # the demo has its city

    services = Services(catalog, actor="test")
    busan = services.create("partner", PartnerIn(name="Busan", country="KR")).id
    new = MainWindow(services, None, Settings(), today=TODAY)
    install(new, services, None)
    qtbot.addWidget(new)
    new.main_actions.print_document("preview", "partner", busan)
    said = new.statusBar().currentMessage()
    assert "ne nomme pas votre ville" in said and "Préférences" in said and "« Ville »" in said
    new.statusBar().clearMessage()
    new.main_actions.print_document("preview", "partner", busan)
    assert new.statusBar().currentMessage() == ""   # once a session


def test_import_action_opens_the_wizard_and_refreshes_after_an_import(qtbot, window, monkeypatch):
    from desktop.views import import_wizard

    opened = []

    def fake_exec(self):
        opened.append(self)
        self.import_finished.emit({"created": 1})
        return 0

    monkeypatch.setattr(import_wizard.ImportWizard, "exec", fake_exec)
    refreshed = []
    monkeypatch.setattr(window, "refresh_all", lambda: refreshed.append(True))
    action(window, "action_import").trigger()
    assert opened and refreshed
