"""Fichier › Copier le catalogue vers… : a local catalogue to a real server and a server one into a file."""

from __future__ import annotations

import pytest
from passerelles_testing import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy.engine import make_url

from db.catalog import open_catalog
from db.services import Services
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from desktop.views import copy_catalog
from desktop.views.main_actions import install
from desktop.views.main_window import MainWindow
from desktop.views.server_dialog import ServerDialog

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.usefixtures("french_locale")]


def _window(qtbot, catalog):
    services = Services(catalog, actor="test")
    win = MainWindow(services, None, Settings(), today=TODAY)
    runner = TaskRunner(win)
    install(win, services, runner)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, runner


def _trigger(window):
    [action] = [a for a in window.actions() if a.objectName() == "action_copy_catalog"]
    assert action.isEnabled()
    action.trigger()


def _snapshot(location) -> dict[str, list[tuple[str, str]]]:
    catalog = open_catalog(location)
    try:
        services = Services(catalog)
        return {kind: sorted((r.id, getattr(r, "name", None) or getattr(r, "title", None) or r.last_name or "")
                             for r in services.list(kind))
                for kind in ("partner", "agreement", "contact", "event", "followup")}
    finally:
        catalog.close()


@pytest.fixture
def shown(monkeypatch):
    """The information, question and warning boxes, recorded; questions answered from ``shown['answers']``."""
    record = {"information": [], "question": [], "warning": [], "answers": []}

    def fake(name):
        def box(_parent, _title, text, *args, **kwargs):
            record[name].append(text)
            if name == "question":
                return record["answers"].pop(0)
            return QMessageBox.StandardButton.Ok
        return staticmethod(box)

    for name in ("information", "question", "warning"):
        monkeypatch.setattr(QMessageBox, name, fake(name))
    return record


def test_a_local_catalogue_is_copied_to_a_server_and_a_non_empty_one_replaced_only_when_confirmed(
        qtbot, demo_catalog, pg_database, monkeypatch, shown):
    url = make_url(pg_database(migrated=False))
    window, runner = _window(qtbot, demo_catalog)
    monkeypatch.setattr(copy_catalog, "choose_destination", lambda _parent: "server")

    def fill(dialog):
        assert dialog.windowTitle() == "Copier le catalogue vers un serveur" and dialog.remember.isHidden()
        for widget, text in ((dialog.host, url.host), (dialog.database, url.database), (dialog.user, url.username),
                             (dialog.password, url.password)):
            widget.selectAll()
            qtbot.keyClick(widget, Qt.Key.Key_Delete)
            qtbot.keyClicks(widget, text)
        dialog.port.setValue(url.port)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == "Copier"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ServerDialog, "exec", fill)
    _trigger(window)
    qtbot.waitUntil(lambda: bool(shown["information"] or shown["warning"]), timeout=30000)
    assert not shown["warning"]
    expected = _snapshot(demo_catalog.path)
    partners = len(expected["partner"])
    where = f"postgresql+psycopg://{url.username}@{url.host}:{url.port}/{url.database}"
    assert shown["information"][0].startswith(f"Le catalogue a été copié vers « {where} » : {partners} partenaires, ")
    assert url.password not in shown["information"][0]
    target = url.render_as_string(hide_password=False)
    assert _snapshot(target) == expected  # every record, with its public id

    # the server catalogue is not empty any more: refused unless the user agrees to replace it
    shown["answers"].append(QMessageBox.StandardButton.No)
    _trigger(window)
    qtbot.waitUntil(lambda: len(shown["question"]) == 1, timeout=30000)
    assert "n'est pas vide" in shown["question"][0] and len(shown["information"]) == 1
    assert "n'a pas été modifié" in window.statusBar().currentMessage()
    from db.schemas import PartnerIn

    Services(demo_catalog, actor="test").create("partner", PartnerIn(name="Festival de Shizuoka"))
    shown["answers"].append(QMessageBox.StandardButton.Yes)
    _trigger(window)
    qtbot.waitUntil(lambda: len(shown["information"]) == 2, timeout=30000)
    assert f"{partners + 1} partenaires" in shown["information"][1]
    assert _snapshot(target) == _snapshot(demo_catalog.path)  # replaced, not added to
    runner.wait()


def test_a_server_catalogue_is_copied_into_a_file(qtbot, pg_database, tmp_path, monkeypatch, shown):
    from db.demo import load_demo

    server = open_catalog(pg_database())
    load_demo(server, today=TODAY)
    window, runner = _window(qtbot, server)
    monkeypatch.setattr(copy_catalog, "choose_destination", lambda _parent: "file")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "copie"), ""))
    _trigger(window)
    qtbot.waitUntil(lambda: bool(shown["information"] or shown["warning"]), timeout=30000)
    assert not shown["warning"]
    copy = tmp_path / "copie.sqlite"
    assert f"« {copy} »" in shown["information"][0]
    assert _snapshot(copy) == _snapshot(server.url)
    runner.wait()
    server.close()


def test_copying_onto_itself_is_refused(qtbot, demo_catalog, monkeypatch, shown):
    window, runner = _window(qtbot, demo_catalog)
    monkeypatch.setattr(copy_catalog, "choose_destination", lambda _parent: "file")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(demo_catalog.path), ""))
    _trigger(window)
    assert shown["warning"] == ["La copie doit aller dans un autre catalogue que celui qui est ouvert."]
    runner.wait()


def test_cancelling_a_copy_leaves_the_target_as_it_was(demo_catalog, tmp_path):
    from db.copy import record_count
    from desktop.tasks import Progress

    seen = []
    progress = Progress(lambda done, total, text: seen.append((done, total, text)))
    target = open_catalog(tmp_path / "cible.sqlite")
    report = copy_catalog.copy_with_progress(demo_catalog, target, False, progress=progress)
    assert seen[-1][0] <= seen[-1][1] and "partenaires" in {text for _d, _t, text in seen}
    rows = record_count(target)
    progress.cancel()
    with pytest.raises(copy_catalog.CopyCancelled):
        copy_catalog.copy_with_progress(demo_catalog, target, True, progress=progress)
    assert record_count(target) == rows > 100 and report.rows["partners"] == 14  # the cancelled copy rolled back whole
    target.close()
