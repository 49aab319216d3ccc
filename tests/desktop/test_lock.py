"""The catalogue lock file and the second copy of the application: told who holds it, offered read-only."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket

import pytest
from PySide6.QtCore import QLocale

from db.lock import STALE_AFTER, CatalogLock, LockInfo, lock_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def write_lock(path, host, user, pid, when):
    lock_path(path).write_text(json.dumps({"host": host, "user": user, "pid": pid, "time": when.isoformat()}))


def now():
    return dt.datetime.now(dt.UTC)


def test_first_copy_takes_the_lock_and_releases_it(tmp_path):
    path = tmp_path / "c.sqlite"
    lock = CatalogLock(path)
    assert lock.acquire() is None
    info = lock.read()
    assert info.pid == os.getpid() and info.host == socket.gethostname()
    lock.release()
    assert not lock_path(path).exists()


def test_second_copy_is_told_who_holds_it(tmp_path):
    path = tmp_path / "c.sqlite"
    write_lock(path, "PC-ACCUEIL", "mdupont", 4242, now())  # another computer, recent
    holder = CatalogLock(path).acquire()
    assert holder == LockInfo("PC-ACCUEIL", "mdupont", 4242, holder.time)


def test_lock_of_a_dead_process_on_this_host_is_reclaimed(tmp_path):
    path = tmp_path / "c.sqlite"
    dead = 2 ** 22 + 12345  # above pid_max on common systems
    write_lock(path, socket.gethostname(), "moi", dead, now())
    lock = CatalogLock(path)
    assert lock.acquire() is None
    assert lock.read().pid == os.getpid()


def test_old_lock_from_another_computer_is_reclaimed(tmp_path):
    path = tmp_path / "c.sqlite"
    write_lock(path, "PC-ACCUEIL", "mdupont", 4242, now() - STALE_AFTER - dt.timedelta(minutes=1))
    assert CatalogLock(path).acquire() is None


def test_live_holder_refreshes_its_time(tmp_path):
    path = tmp_path / "c.sqlite"
    lock = CatalogLock(path)
    lock.acquire()
    write_lock(path, socket.gethostname(), "moi", os.getpid(), now() - dt.timedelta(hours=1))
    lock.refresh()
    assert now() - lock.read().when < dt.timedelta(minutes=1)


def test_application_offers_read_only_to_the_second_copy(qtbot, demo_catalog):
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application, lock_message
    from desktop.settings import Settings

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    path = demo_catalog.path
    write_lock(path, "PC-ACCUEIL", "mdupont", 4242, now())
    asked = []
    app = Application(QApplication.instance(), Settings(), ask_read_only=lambda info: asked.append(info) or True)
    try:
        assert app.open(str(path))
        assert asked and asked[0].user == "mdupont"
        assert "mdupont" in lock_message(asked[0]) and "PC-ACCUEIL" in lock_message(asked[0])
        assert app.catalog.read_only and app.lock is None
        assert app.window.read_only and not app.window.new_action.isEnabled()
        assert "lecture seule" in app.window.windowTitle()
        assert json.loads(lock_path(path).read_text())["user"] == "mdupont"  # theirs, untouched
    finally:
        app.window.close()
        app.shutdown()

    refused = Application(QApplication.instance(), Settings(), ask_read_only=lambda info: False)
    assert refused.open(str(path)) is False and refused.window is None


def test_application_takes_and_releases_the_lock(qtbot, demo_catalog):
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application
    from desktop.settings import Settings

    app = Application(QApplication.instance(), Settings(), ask_read_only=lambda info: pytest.fail("asked"))
    assert app.open(str(demo_catalog.path))
    assert json.loads(lock_path(demo_catalog.path).read_text())["pid"] == os.getpid()
    assert not app.catalog.read_only
    assert str(demo_catalog.path) in app.settings.recent_catalogs
    app.window.close()
    app.shutdown()
    assert not lock_path(demo_catalog.path).exists()


def test_first_launch_creates_the_default_catalogue_and_offers_the_demo(qtbot):
    from PySide6.QtWidgets import QApplication

    from db.catalog import default_path
    from desktop.app import Application
    from desktop.settings import Settings

    assert not default_path().exists()
    offered = []
    app = Application(QApplication.instance(), Settings(), ask_demo=lambda parent, p: offered.append(p) or True)
    assert app.open(None)
    assert default_path().exists() and offered == [str(default_path().resolve())]
    qtbot.waitUntil(lambda: app.window.counts_label.text().startswith("14 partenaires"), timeout=5000)
    app.window.close()
    app.shutdown()


def test_opening_another_catalogue_moves_the_lock(qtbot, demo_catalog, tmp_path):
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application
    from desktop.settings import Settings

    app = Application(QApplication.instance(), Settings(), ask_read_only=lambda info: pytest.fail("asked"))
    assert app.open(str(demo_catalog.path))
    first = app.window
    other = tmp_path / "autre.sqlite"
    with qtbot.waitSignal(first.catalog_requested):
        first.request_catalog(str(other), True)
    qtbot.waitUntil(lambda: app.window is not first, timeout=5000)
    assert app.catalog.path == other.resolve()
    assert lock_path(other.resolve()).exists() and not lock_path(demo_catalog.path).exists()
    assert app.settings.recent_catalogs[:2] == [str(other.resolve()), str(demo_catalog.path)]
    app.window._fill_recent()
    assert [a.text() for a in app.window.recent_menu.actions()] == [str(demo_catalog.path)]
    app.window.close()
    app.shutdown()


def test_run_turns_cycle_collection_back_on_even_when_the_catalogue_is_refused(qtbot, monkeypatch):
    import gc
    import sys

    from desktop import app as desktop_app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    monkeypatch.setattr(desktop_app.i18n, "install", lambda *a: [])
    monkeypatch.setattr(desktop_app.Application, "open", lambda self, location, create=True: False)
    gc.disable()  # what desktop.launcher does before importing the application
    try:
        assert desktop_app.run(["--db", "refused.sqlite"]) == 1
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
