"""Composition root of the desktop application: settings, translators, catalogue, lock, window.

``run(argv)`` is what ``passerelles`` (no command) calls. ``Application`` builds each piece once
and passes it down: the ``QApplication`` with its translators, the typed ``Settings``, the
``Catalog`` (opened after taking its lock file; read-only when another copy holds it), the
``Services`` facade, the ``TaskRunner`` and the ``MainWindow``. Opening another catalogue from
the File menu rebuilds the window on it.
"""

from __future__ import annotations

# isort: off
# The Qt-free layer first: once PySide6 is imported, shiboken's import hook reads the source of
# every module imported after it (about 0.1-0.2 s at start-up for SQLAlchemy, pydantic and db).
import db.services
import db.services.listing  # noqa: F401
# isort: on

import argparse
import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy.engine import make_url

from db.catalog import CatalogError, default_path, display_location, open_catalog, resolve_location
from db.lock import CatalogLock, LockInfo
from db.services import Services
from desktop import credentials, errors, i18n
from desktop.icons import icon
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from desktop.widgets import message_box
from desktop.widgets.language import ui_language

LOCK_REFRESH_MS = 60_000


def lock_message(info: LockInfo) -> str:
    when = info.when
    since = when.astimezone().strftime("%d/%m/%Y %H:%M") if when else "?"
    return QCoreApplication.translate("Application", "Ce catalogue est déjà ouvert par {0} sur l'ordinateur « {1} » (depuis le {2}).\n\n"
              "Vous pouvez l'ouvrir en lecture seule : vous verrez tout mais ne pourrez rien modifier.").format(
        info.user, info.host, since)


def ask_read_only(info: LockInfo) -> bool:
    box = QMessageBox()
    box.setObjectName("lock_box")
    box.setWindowTitle(QCoreApplication.translate("Application", "Catalogue déjà ouvert"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning)
    message_box.fit_text(box, lock_message(info))
    read_only = box.addButton(QCoreApplication.translate("Application", "Ouvrir en lecture seule"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def ask_server(dialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_restore(error: CatalogError) -> bool:
    """The catalogue cannot be opened (damaged, empty): offer its latest good backup."""
    box = QMessageBox()
    box.setObjectName("restore_box")
    box.setWindowTitle(QCoreApplication.translate("Application", "Impossible d'ouvrir le catalogue"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Critical)
    message_box.fit_text(box, error.in_language(ui_language()))
    restore = box.addButton(QCoreApplication.translate("Application", "Restaurer la dernière sauvegarde"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


class Application:
    """Owns the open catalogue, its lock and the main window."""

    def __init__(self, qapp: QApplication, settings: Settings, *, ask_read_only=ask_read_only, ask_demo=None,
                 ask_server=ask_server, offer_restore=None):
        self.qapp = qapp
        self.ask_server = ask_server
        self.last_error = ""
        self.offer_restore = offer_restore or ask_restore
        self.settings = settings
        self.ask_read_only = ask_read_only
        self.ask_demo = ask_demo
        self.catalog = None
        self.lock: CatalogLock | None = None
        self.window = None
        self.live = None
        self.runner = TaskRunner(qapp)
        self._lock_timer = QTimer(qapp)
        self._lock_timer.setInterval(LOCK_REFRESH_MS)
        self._lock_timer.timeout.connect(self._refresh_lock)

    def _refresh_lock(self) -> None:
        if self.lock is not None:
            self.lock.refresh()

    def open(self, location: str | None, create: bool = True, report: bool = True) -> bool:
        """Open a catalogue (taking its lock) and show the window on it; False when refused.

        ``report=False``: a failure is not shown but kept in ``last_error`` (the server dialog
        shows it itself)."""
        url = credentials.with_password(resolve_location(location))
        path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
        if self.catalog is not None and self.catalog.url == url and self.window is not None:
            self.window.show()  # already open here: keep the lock and the window
            return True
        first_launch = location in (None, "") and not os.environ.get("PASSERELLES_DB") and path is not None \
            and path == default_path().resolve() and not path.exists()
        lock = CatalogLock(path) if path is not None else None
        read_only = False
        if lock is not None and path.parent.exists():
            try:
                holder = lock.acquire()
            except OSError:  # no lock file can be written there (read-only folder): read-only, said by a banner
                holder, lock, read_only = None, None, True
            if holder is not None:
                if not self.ask_read_only(holder):
                    return False
                read_only, lock = True, None
        try:
            catalog = open_catalog(url, create=create, read_only=read_only)
        except CatalogError as exc:
            if lock is not None:
                lock.release()
            self.last_error = exc.in_language(ui_language())
            if getattr(exc, "backup", None) is not None and path is not None and self.offer_restore(exc):
                return self._restore_and_open(path, exc.backup, create)
            if report:
                message_box.critical(self.window, QCoreApplication.translate("Application", "Impossible d'ouvrir le catalogue"),
                                     exc.in_language(ui_language()))
            return False
        if lock is not None and not lock.held:
            try:
                lock.acquire()  # the folder did not exist before open_catalog created it
            except OSError:
                lock = None
        self._close_current()
        self.catalog, self.lock = catalog, lock
        if self.lock is not None:
            self._lock_timer.start()
        if first_launch:
            self._offer_demo()
        self.settings.remember_catalog(str(catalog.path) if catalog.path is not None else display_location(url))
        self.settings.save()
        self._show_window()
        if not catalog.checked:
            self._check_in_background(catalog)
        if catalog.path is None and catalog.dialect == "postgresql" and not catalog.read_only:
            self._daily_server_backup(catalog)
        return True

    def _daily_server_backup(self, catalog) -> None:
        """A server catalogue's backup of the day (``server_backups.daily``: a ``pg_dump`` into the
        office's shared folder when one is set), in the background once the window is up; a failure
        is logged and said in the status bar, never in the way."""
        from db import server_backups

        url = catalog.engine.url.render_as_string(hide_password=False)
        window = self.window
        translate = QCoreApplication.translate

        def run(progress=None):
            return server_backups.daily(url, counts=server_backups.server_counts(catalog.engine))

        task = self.runner.run(run)

        def done(info) -> None:
            if info is not None and self.window is window and window is not None:
                window.statusBar().showMessage(translate("Application", "Sauvegarde du jour écrite : {0}").format(
                    info.path), 8000)

        def failed(error) -> None:
            from db.logs import logger

            logger().warning("daily server backup failed: %s", error)
            if self.window is window and window is not None:
                window.statusBar().showMessage(translate(
                    "Application", "La sauvegarde du jour n'a pas pu être faite : voir Fichier › Sauvegardes…"), 10000)

        task.finished.connect(done)
        task.failed.connect(failed)

    def _check_in_background(self, catalog) -> None:
        """A large catalogue is checked (quick_check) after the window is up, the status bar saying so;
        a damaged one turns read-only (``Catalog.check_later``) and the window says why and which
        backup to restore."""
        window = self.window
        translate = QCoreApplication.translate
        if window is not None:
            window.statusBar().showMessage(translate(
                "Application", "Vérification de l'intégrité du catalogue en cours (grand fichier)…"))
        task = self.runner.run(lambda progress=None: catalog.check_later())

        def done(message: str) -> None:
            if self.catalog is not catalog or self.window is not window or window is None:
                return
            if not message:
                window.statusBar().showMessage(translate("Application", "Catalogue vérifié : aucun dommage trouvé."),
                                               8000)
                return
            window.statusBar().showMessage(translate(
                "Application", "Catalogue endommagé : ouvert en consultation seule."))
            window.setWindowTitle(window.windowTitle() + translate("Application", " (lecture seule)"))
            text = message.in_language(ui_language()) if hasattr(message, "in_language") else str(message)
            message_box.warning(window, translate("Application", "Catalogue endommagé"), text)

        def failed(_error) -> None:   # the file could not be read now (a fault of the moment): said, not hidden
            if self.window is window and window is not None:
                window.statusBar().showMessage(translate(
                    "Application", "La vérification du catalogue n'a pas pu se faire ; elle sera refaite à la "
                    "prochaine ouverture."), 10000)

        task.finished.connect(done)
        task.failed.connect(failed)

    def restore_backup(self, backup: str) -> bool:
        """Fichier › Sauvegardes… › Restaurer: close this catalogue (window, connections, lock), put the
        backup back (the current state is backed up first), reopen the window on it."""
        if self.catalog is None:
            return False
        if self.catalog.path is None:
            return self._restore_server(Path(backup))
        path, old = self.catalog.path, self.window
        self._close_current()
        reopened = self._restore_and_open(path, Path(backup), create=False)
        if not reopened:
            reopened = self.open(str(path), create=False)  # the restore failed: back to the catalogue as it was
        if old is not None and old is not self.window:
            old.deleteLater()
        return reopened

    def _restore_server(self, dump: Path) -> bool:
        """The same for a catalogue on a server (``pg_restore`` in one transaction): this window's
        connections are closed first, then the window is reopened on the restored catalogue."""
        from db import server_backups

        url = self.catalog.engine.url.render_as_string(hide_password=False)
        counts = server_backups.server_counts(self.catalog.engine)
        old = self.window
        self._close_current()
        try:
            server_backups.restore(url, dump, counts=counts)
        except Exception as exc:   # the catalogue is unchanged (one transaction): said, then reopened as it was
            from db.faults import describe
            from db.logs import log_exception

            log_exception(exc)
            message_box.critical(old, QCoreApplication.translate("Application", "Restauration impossible"),
                                 describe(exc, dump, ui_language()))
        reopened = self.open(url, create=False)
        if old is not None and old is not self.window:
            old.deleteLater()
        return reopened

    def _restore_and_open(self, path: Path, backup: Path, create: bool) -> bool:
        """Put the latest good backup in place of a damaged file (set aside, never deleted), then open it."""
        from db.backups import BackupError, restore

        lock = CatalogLock(path)
        try:
            if lock.acquire() is not None:
                raise BackupError(QCoreApplication.translate("Application", "Le catalogue est ouvert ailleurs : "
                                                             "fermez l'autre copie de Passerelles puis réessayez."))
            restore(path, backup)
        except Exception as exc:
            from db.faults import describe
            from db.logs import log_exception

            log_exception(exc)
            message_box.critical(self.window, QCoreApplication.translate("Application", "Restauration impossible"),
                                 describe(exc, path, ui_language()))
            return False
        finally:
            lock.release()
        return self.open(str(path), create=create)

    def _offer_demo(self) -> None:
        from desktop.views.first_launch import ask_demo, load_demo

        asker = self.ask_demo or ask_demo
        if not asker(None, str(self.catalog.path)):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # under a second: no progress dialog
        try:
            load_demo(self.catalog)
        except Exception as exc:  # the empty catalogue stays usable
            errors.handle(type(exc), exc, exc.__traceback__)
        finally:
            QApplication.restoreOverrideCursor()

    def _show_window(self) -> None:
        from desktop.views.main_window import MainWindow

        services = Services(self.catalog)
        self.window = MainWindow(services, self.runner, self.settings)
        from desktop.views.main_actions import install

        install(self.window, services, self.runner)  # dashboard (start view), charts, import, export, print
        self.window.catalog_requested.connect(self._switch)
        from desktop.live_refresh import LiveRefresh

        self.live = LiveRefresh(self.catalog, self.window)  # other copies' changes appear within seconds
        self.live.changed_elsewhere.connect(self.window.refresh_all)
        self.live.status_changed.connect(self.window.statusBar().showMessage)  # an outage, then « rétablie »
        self.window.server_requested.connect(self.connect_server)
        self.window.backup_restore_requested.connect(self.restore_backup)
        self.window.show()

    def _switch(self, path: str, create: bool, report: bool = True) -> bool:
        if "://" in path and not path.startswith("sqlite:") and not make_url(credentials.with_password(path)).password:
            return self.connect_server(path)  # a recent server whose password is not remembered: ask for it
        old = self.window
        opened = self.open(path, create=create, report=report)
        if opened and old is not None and old is not self.window:
            old.deleteLater()
        return opened

    def connect_server(self, previous: str = "", message: str = "") -> bool:
        """Ask for a server (again, with the reason, until it opens or the user cancels); the window
        on the current catalogue stays as it is meanwhile."""
        from desktop.views.server_dialog import ServerDialog

        while True:
            dialog = ServerDialog(self.window, previous or None, message)
            if not self.ask_server(dialog):
                return False
            url, password, remember = dialog.url(), dialog.password.text(), dialog.remember.isChecked()
            dialog.deleteLater()
            if self._switch(url, True, report=False):
                if remember and password and not credentials.save(url, password):
                    self.window.statusBar().showMessage(QCoreApplication.translate(
                        "Application", "Mot de passe non mémorisé : aucun trousseau du système n'est disponible sur "
                        "cet ordinateur ; il sera demandé à la prochaine connexion."), 15000)
                return True
            previous, message = display_location(url), self.last_error

    def _close_current(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None
        if self.window is not None:
            self.window.save_window_state()
            self.window.hide()
        self.runner.wait()
        if self.catalog is not None:
            self.catalog.close()
            self.catalog = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self._lock_timer.stop()

    def shutdown(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None
        self.runner.wait()
        # the dashboard and the import wizard work on the global pool: let them finish before the
        # catalogue closes (a job emitting into a deleted view crashes the interpreter at exit)
        QThreadPool.globalInstance().waitForDone()
        if self.catalog is not None:
            self.catalog.close()
        if self.lock is not None:
            self.lock.release()


class _FirstPaint(QObject):
    """Quits once the start page's list has painted with its rows loaded (benchmark)."""

    def __init__(self, qapp: QApplication, page, parent: QObject):
        super().__init__(parent)
        self.qapp, self.page = qapp, page

        self.ready = not hasattr(page, "refreshed")  # the dashboard computes off the GUI thread
        if not self.ready:
            page.refreshed.connect(self._loaded)

    def _loaded(self) -> None:
        self.ready = True
        self.page.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        loading = self.page.list.model.loading if hasattr(self.page, "list") else not self.ready
        if event.type() == QEvent.Type.Paint and not loading:
            QTimer.singleShot(0, self.qapp.quit)
        return False


def _quit_after_first_paint(qapp: QApplication, window) -> None:
    page = window.current_page()
    watched = page.list.table.viewport() if hasattr(page, "list") else page
    if not hasattr(page, "list"):  # the dashboard: its first tree, painted once the data arrived
        watched = page.followups.viewport() if hasattr(page, "followups") else page
    watched.installEventFilter(_FirstPaint(qapp, page, window))


def _collect_after_start() -> None:
    """Turn cycle collection back on (``desktop.launcher`` turns it off for the start-up).

    What start-up built lives until the end (a full collection here would find a few hundred
    unreachable objects among 120,000 and cost 0.08 s): frozen, later collections skip it.
    """
    gc.freeze()
    gc.enable()


def make_qapp(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "passerelles", *argv])
    app.setOrganizationName("Passerelles")
    app.setApplicationName("Passerelles")
    app.setApplicationDisplayName("Passerelles")
    app.setWindowIcon(icon("app"))
    return app


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="passerelles", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)  # benchmark
    args, _rest = parser.parse_known_args(argv)
    qapp = make_qapp([])
    settings = Settings.load()
    translators = i18n.install(qapp, settings.language)
    application = Application(qapp, settings)
    errors.install_excepthook(lambda: application.window)
    try:
        opened = application.open(args.db)
    finally:
        _collect_after_start()
    if not opened:
        return 1
    if args.quit_after_paint:  # benchmark: stop once the main window has painted
        _quit_after_first_paint(qapp, application.window)
    code = qapp.exec()
    application.shutdown()
    del translators
    return code
