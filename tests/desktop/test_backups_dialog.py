"""Fichier › Sauvegardes… : the list of backups, "Sauvegarder maintenant", and a restore that
closes the window on the catalogue, puts the backup back and reopens it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from db import backups
from db.lock import lock_path
from db.services import ListQuery, Services

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_dialog_lists_backups_and_backs_up_now(qtbot, qtmodeltester, demo_catalog):
    from desktop.views.backups_dialog import BackupsDialog, BackupsModel

    demo_catalog.backup("avant-import")
    dialog = BackupsDialog(demo_catalog)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    reason = dialog.model.index(0, BackupsModel.COL_REASON).data()
    records = dialog.model.index(0, BackupsModel.COL_RECORDS).data()
    assert reason == "avant un import" and "14 partenaires" in records
    assert not dialog.restore_button.isEnabled()
    dialog.backup_button.click()
    assert dialog.model.rowCount() == 2 and "Sauvegarde écrite" in dialog.message.text()
    assert [b.reason for b in backups.list_backups(demo_catalog.path)] == ["manuelle", "avant-import"]
    dialog.view.selectRow(1)
    assert dialog.restore_button.isEnabled()


def test_restoring_from_the_window_reopens_it_on_the_restored_catalogue(qtbot, demo_catalog, monkeypatch):
    from desktop.app import Application
    from desktop.settings import Settings

    path = demo_catalog.path
    saved = demo_catalog.backup("manuelle")
    demo_catalog.close()
    app = Application(QApplication.instance(), Settings(), ask_read_only=lambda info: pytest.fail("asked"))
    assert app.open(str(path))
    services = Services(app.catalog, actor="test")
    busan = services.get("partner", "Busan")
    services.delete("partner", busan.id)
    first = app.window
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    from desktop.views.backups_dialog import BackupsDialog

    opened = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: opened.append(self) or 0)
    first.main_actions.show_backups()
    dialog = opened[0]
    row = next(i for i, b in enumerate(dialog.model.items) if b.path == saved.path)
    dialog.view.selectRow(row)
    with qtbot.waitSignal(first.backup_restore_requested):
        dialog.restore_button.click()
    qtbot.waitUntil(lambda: app.window is not first, timeout=10000)
    assert app.catalog.path == path and not app.catalog.read_only
    assert "Busan" in [p.name for p in Services(app.catalog).list("partner", ListQuery())]
    assert json.loads(lock_path(path).read_text())["user"]  # the lock is held again
    reasons = [b.reason for b in backups.list_backups(path)]
    assert "avant-restauration" in reasons  # the state with Busan deleted was kept
    app.window.close()
    app.shutdown()


def test_a_server_catalogue_is_backed_up_and_restored_from_the_window(qtbot, pg_database, monkeypatch):
    from db import server_backups
    from desktop.app import Application
    from desktop.settings import Settings
    from desktop.views.backups_dialog import BackupsDialog

    if server_backups.missing_tools():
        pytest.skip(server_backups.missing_tools())
    url = pg_database()
    monkeypatch.setattr(server_backups, "daily", lambda *a, **k: None)   # the backup of the day: tests of its own
    app = Application(QApplication.instance(), Settings())
    assert app.open(url)
    services = Services(app.catalog, actor="test")
    from db.schemas import PartnerIn

    services.create("partner", PartnerIn(name="Busan"))
    first = app.window
    opened = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: opened.append(self) or 0)
    first.main_actions.show_backups()   # Fichier › Sauvegardes… is there for a server catalogue too
    dialog = opened[0]
    assert dialog.model.rowCount() == 0 and "Sauvegardes" in dialog.where.text()
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20000)
    assert dialog.model.items[0].path.suffix == ".dump" and "1 partenaire," in dialog.model.index(0, 3).data()

    services.create("partner", PartnerIn(name="Shizuoka"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.view.selectRow(0)
    with qtbot.waitSignal(first.backup_restore_requested):
        dialog.restore_button.click()
    qtbot.waitUntil(lambda: app.window is not first, timeout=20000)
    assert [p.name for p in Services(app.catalog).list("partner", ListQuery())] == ["Busan"]
    assert next(b.reason for b in server_backups.list_backups(url)) == "avant-restauration"
    app.window.close()
    app.shutdown()


def test_without_pg_dump_the_dialog_says_so_for_a_server_catalogue(qtbot, pg_database, monkeypatch):
    from db import server_backups
    from db.catalog import open_catalog
    from desktop.views.backups_dialog import BackupsDialog

    monkeypatch.setattr(server_backups, "tool", lambda name: None)
    catalog = open_catalog(pg_database())
    try:
        dialog = BackupsDialog(catalog)
        qtbot.addWidget(dialog)
        assert dialog.message.text().startswith("Sauvegarde d'un catalogue sur serveur impossible ici : pg_dump")
        assert not dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()
    finally:
        catalog.close()
