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


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_backup_that_cannot_be_written_is_said_in_the_window_language(qtbot, demo_catalog, read_only_folder,
                                                                         request, language):
    """Issue 22: « Sauvegarder maintenant » into a backups folder nobody may write, on the task runner:
    the sentence is the window's language, names the folder, and no backup appears."""
    from desktop.tasks import TaskRunner
    from desktop.views.backups_dialog import BackupsDialog

    if language == "en":
        request.getfixturevalue("english")
    folder = read_only_folder(backups.folder_of(demo_catalog.path))
    runner = TaskRunner()
    dialog = BackupsDialog(demo_catalog, runner)
    qtbot.addWidget(dialog)
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.backup_button.isEnabled() and dialog.message.text() != "", timeout=20000)
    runner.wait()
    said = {"fr": f"La sauvegarde n'a pas pu être écrite (le catalogue n'a pas été modifié). Vous n'avez pas le droit "
                  f"d'accéder à « {folder} » : demandez l'accès à la personne qui gère ce dossier, ou choisissez un "
                  "autre emplacement.",
            "en": f"The backup could not be written (the catalogue was not changed). You are not allowed to access "
                  f"“{folder}”: ask whoever manages that folder for access, or choose another location."}
    assert dialog.message.text() == said[language]
    assert dialog.model.rowCount() == 0 and list(folder.iterdir()) == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_server_restore_refused_to_a_colleague_is_said_in_the_window_language(qtbot, pg_server, pg_database,
                                                                               monkeypatch, request, language):
    """Issue 22: Fichier › Sauvegardes… › Restaurer with an account that may write but does not own the
    server catalogue: pg_restore refuses, the window says why in its own language and reopens the
    catalogue as it was."""
    from pg_fixtures import server_role
    from sqlalchemy.engine import make_url

    from db import server_backups
    from db.catalog import open_catalog
    from db.schemas import PartnerIn
    from desktop.app import Application
    from desktop.settings import Settings

    if server_backups.missing_tools():
        pytest.skip(server_backups.missing_tools())
    if language == "en":
        request.getfixturevalue("english")
    url = pg_database()
    catalog = open_catalog(url)
    try:
        Services(catalog, actor="test").create("partner", PartnerIn(name="Busan"))
    finally:
        catalog.close()
    colleague = server_role(pg_server, url, "collegue_d", "ecrire",
                            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {name}; "
                            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}")
    dump = server_backups.create(colleague).path
    monkeypatch.setattr(server_backups, "daily", lambda *a, **k: None)   # the backup of the day: tests of its own
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a, **k: shown.append((title, text)))
    app = Application(QApplication.instance(), Settings())
    assert app.open(colleague)
    assert app.restore_backup(str(dump))   # refused, then reopened as it was
    parts = make_url(url)
    said = {"fr": ("Restauration impossible",
                   f"La sauvegarde « {dump.name} » n'a pas pu être remise en place ; le catalogue « {parts.database} » "
                   f"sur le serveur « {parts.host} » est inchangé (seul le compte propriétaire du catalogue "
                   "(« passerelles ») peut le remplacer ; votre compte « collegue_d » peut le lire et le modifier, pas "
                   "le restaurer. Demandez la restauration au service informatique, ou connectez-vous avec le compte "
                   "propriétaire)."),
            "en": ("Cannot restore",
                   f"The backup “{dump.name}” could not be put back; the catalogue “{parts.database}” on the server "
                   f"“{parts.host}” is unchanged (only the account that owns the catalogue (“passerelles”) can replace "
                   "it; your account “collegue_d” may read and change it, not restore it. Ask the IT department to "
                   "restore it, or connect with the owner's account).")}
    assert shown == [said[language]]
    assert [p.name for p in Services(app.catalog).list("partner", ListQuery())] == ["Busan"]
    app.window.close()
    app.shutdown()
