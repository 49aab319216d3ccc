"""The main window: views and shortcuts, status bar, undo from the menu, search, plug-in points."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from db.services import Services
from desktop.models.columns import PartnerCol
from desktop.settings import Settings
from desktop.views.main_window import KINDS, MainWindow

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.usefixtures("french_locale")]


@pytest.fixture
def window(main_window):
    return main_window


def names(page):
    return [page.list.model.index(r, PartnerCol.NAME).data() for r in range(page.list.model.rowCount())]


def test_starts_on_partners_and_shortcuts_switch_views(qtbot, window):
    assert window.current_key() == "partner"
    assert [window.sidebar.item(r).text() for r in range(5)] == [
        "Partenaires", "Accords", "Contacts", "Événements", "Suivis"]
    for number, kind in enumerate(KINDS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == kind
        assert window.stack.currentWidget() is window.pages[kind]


def test_status_bar_shows_path_and_counts(qtbot, window, demo_catalog):
    assert str(demo_catalog.path) in window.path_label.full_text()
    qtbot.waitUntil(lambda: bool(window.counts_label.text()), timeout=3000)
    assert window.counts_label.text() == "14 partenaires · 7 accords · 13 contacts · 1 événement · 9 suivis"


def test_undo_from_the_menu_restores_a_deleted_partner(qtbot, window, monkeypatch):
    page = window.pages["partner"]
    row = names(page).index("Sanya")
    page.list.table.selectRow(row)
    assert page.editor_id() == page.list.model.public_id(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Delete)
    assert "Sanya" not in names(page)
    assert window.counts_label.text().startswith("13 partenaires")
    edit_menu = window.menus["edit"]
    undo = next(a for a in edit_menu.actions() if a.objectName() == "action_undo")
    assert undo.shortcut().toString() == "Ctrl+Z"
    undo.trigger()
    assert "Sanya" in names(page)
    assert window.counts_label.text().startswith("14 partenaires")
    undo.trigger()  # the demo was loaded by another actor: nothing left for "test"
    assert window.statusBar().currentMessage() == "Rien à annuler."


def test_search_everywhere_opens_the_record(qtbot, window):
    window.search_action.trigger()
    popup = window._search_popup
    assert popup.isVisible()
    popup.box.setText("coree")
    assert popup.run_search() >= 1
    with qtbot.waitSignal(window.record_requested) as blocker:
        qtbot.keyClick(popup.box, Qt.Key.Key_Return)
    assert blocker.args[0] == "partner"
    assert window.current_key() == "partner"
    assert window.pages["partner"].editor_id() == blocker.args[1]
    assert not popup.isVisible()


def test_add_page_and_menu_actions_for_the_lead(qtbot, window):
    dashboard = QLabel("Tableau de bord")
    window.add_page("dashboard", "Tableau de bord", dashboard, shortcut="Ctrl+0", first=True)
    assert window.sidebar.item(0).text() == "Tableau de bord"
    assert window.current_key() == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "agreement"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "dashboard"
    action = QAction("Importer…", window)
    window.add_menu_action("file", action)
    texts = [a.text() for a in window.menus["file"].actions()]
    assert texts.index("Importer…") < texts.index("Quitter")


def test_new_record_opens_an_empty_editor(window):
    window.show_page("contact")
    window.new_action.trigger()
    page = window.pages["contact"]
    try:
        import desktop.views.forms  # noqa: F401
    except ImportError:
        assert page.editor is None  # no editor package: nothing to create with
    else:
        assert page.editor is not None and page.editor_id() is None


def test_about_shows_the_version(window):
    from desktop.views.about import app_version

    window.findChild(QAction, "action_about").trigger()
    box = window.findChild(QMessageBox, "about_box")
    assert box is not None and app_version() in box.text()
    box.close()


def test_geometry_is_remembered(qtbot, demo_catalog):
    first = MainWindow(Services(demo_catalog), None, Settings())
    qtbot.addWidget(first)
    first.resize(720, 520)
    first.show()
    qtbot.waitExposed(first)
    first.pages["partner"].splitter.setSizes([10_000, 1])
    first.pages["partner"]._save_splitter()
    wanted = first.pages["partner"].splitter.sizes()
    first.close()
    second = MainWindow(Services(demo_catalog), None, Settings())
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size().width() == 720 and second.size().height() == 520
    assert second.pages["partner"].splitter.sizes() == wanted


def test_new_save_delete_undo_with_the_keyboard(qtbot, window, monkeypatch):
    pytest.importorskip("desktop.views.forms")
    page = window.pages["partner"]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor is not None and page.editor_id() is None
    name = editor.bindings["name"].widget
    name.setFocus()
    qtbot.keyClicks(name, "Ville de Bergen")
    assert editor.is_dirty()
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Ville de Bergen" in names(page)
    new_id = page.editor_id()
    assert new_id and page.list.current_id() == new_id
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("15 partenaires"), timeout=3000)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Delete)
    assert "Ville de Bergen" not in names(page)
    assert page.editor is None
    qtbot.keyClick(page.list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Ville de Bergen" in names(page)


def test_switching_record_with_unsaved_changes_asks(qtbot, window, monkeypatch):
    pytest.importorskip("desktop.views.forms")
    page = window.pages["partner"]
    page.list.table.selectRow(0)
    first = page.editor_id()
    qtbot.keyClicks(page.editor.bindings["city"].widget, "x")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    page.list.table.selectRow(1)
    assert asked and page.editor_id() == first  # stayed on the edited record
    qtbot.waitUntil(lambda: page.list.current_id() == first, timeout=3000)
    assert page.editor.is_dirty()


def test_an_interaction_is_deleted_from_the_partner_form_and_undone(qtbot, window, monkeypatch):
    from db.services.lookups import interactions_of

    def shown(editor):
        panel = editor.interactions.list
        return [panel.item(i).text() for i in range(panel.count())]

    page = window.pages["partner"]
    page.list.table.selectRow(names(page).index("Busan"))
    editor = page.editor
    busan = editor.record.id
    assert any("Réunion" in t for t in shown(editor))
    before = len(interactions_of(window.services.catalog, "partner", busan))
    assert not editor.interactions.delete_button.isEnabled()  # nothing chosen yet
    panel = editor.interactions.list
    row = next(i for i, t in enumerate(shown(editor)) if "Réunion" in t)
    panel.setCurrentRow(row)
    assert editor.interactions.delete_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Delete)  # Suppr on the list: the interaction, not the partner
    assert len(asked) == 1
    assert not any("Réunion" in t for t in shown(page.editor))
    assert len(interactions_of(window.services.catalog, "partner", busan)) == before - 1
    assert "Busan" in names(page) and window.services.get("partner", busan).deleted_at is None

    undo = next(a for a in window.menus["edit"].actions() if a.objectName() == "action_undo")
    undo.trigger()  # Ctrl+Z brings it back, on the form too
    assert len(interactions_of(window.services.catalog, "partner", busan)) == before
    assert any("Réunion" in t for t in shown(page.editor))
    assert page.editor_id() == busan


def test_new_record_leaves_no_row_highlighted(qtbot, window):
    window.show_page("partner")
    page = window.pages["partner"]
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0, timeout=5000)
    page.list.select(page.list.model.public_id(0))
    qtbot.waitUntil(lambda: page.editor_id() == page.list.model.public_id(0), timeout=5000)
    window.new_action.trigger()
    assert page.editor is not None and page.editor_id() is None
    assert not page.list.table.selectionModel().hasSelection() and page.list.current_id() == ""


def test_an_empty_list_says_why_and_what_to_do(qtbot, window):
    window.show_page("partner")
    page = window.pages["partner"]
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0, timeout=5000)
    assert "Sélectionnez une fiche" in page.placeholder.text()
    with qtbot.waitSignal(page.list.count_changed, timeout=5000):
        qtbot.keyClicks(page.list.filter_bar.text, "zzzz introuvable")
    assert page.list.model.rowCount() == 0
    assert "Aucune fiche ne correspond" in page.placeholder.text() and "Réinitialiser" in page.placeholder.text()
    with qtbot.waitSignal(page.list.count_changed, timeout=5000):
        page.list.filter_bar.reset_button.click()
    assert "Sélectionnez une fiche" in page.placeholder.text()
