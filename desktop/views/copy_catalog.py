"""Fichier › Copier le catalogue vers… : the whole catalogue to a server or into a .sqlite file.

``CatalogCopier(window, catalog, runner)``. ``start()`` asks where to (a PostgreSQL server through
the connection dialog's fields, or a file), opens the target on the task runner, asks before
replacing a target that already holds data, copies with ``db.copy.copy_catalog`` behind a progress
dialog (Annuler rolls the target back whole: the copy is one transaction) and reports the counts.
The catalogue shown in the window is only read. Without a runner (tests) the work runs inline.

Signals: ``copy_finished(str)`` (the target, as shown to people: never its password).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from db.catalog import CatalogError, display_location, open_catalog, resolve_location
from db.copy import REPORTED, copy_catalog, record_count
from db.models import Base
from db.words import kind_name
from desktop.widgets import message_box
from desktop.widgets.language import ui_language


class CopyCancelled(Exception):
    """Annuler was pressed: raised inside the copy so that its transaction rolls back."""


def choose_destination(parent: QWidget | None) -> str | None:
    """``"server"``, ``"file"`` or None (cancelled): where the copy goes."""
    box = QMessageBox(parent)
    box.setObjectName("copy_destination_box")
    box.setWindowTitle(QCoreApplication.translate("CatalogCopier", "Copier le catalogue"))
    box.setIcon(QMessageBox.Icon.Question)
    message_box.fit_text(box, QCoreApplication.translate(
        "CatalogCopier", "Copier tout le catalogue (fiches, historique, imports, documents joints) vers :"))
    server = box.addButton(QCoreApplication.translate("CatalogCopier", "Un serveur PostgreSQL…"),
                           QMessageBox.ButtonRole.AcceptRole)
    file = box.addButton(QCoreApplication.translate("CatalogCopier", "Un fichier sur cet ordinateur…"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(server)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return "server" if clicked is server else "file" if clicked is file else None


def open_target(location: str, progress=None):
    """(the target catalogue, rows it already holds); runs on a worker thread."""
    target = open_catalog(location)
    try:
        return target, record_count(target)
    except BaseException:
        target.close()
        raise


def copy_with_progress(source, target, replace: bool, progress=None):
    """``copy_catalog`` reporting rows copied out of the source's rows; Annuler rolls it back."""
    with source.engine.connect() as connection:
        total = sum(connection.scalar(select(func.count()).select_from(table)) or 0
                    for table in Base.metadata.sorted_tables)
    finished: dict[str, int] = {}

    def report(table: str, copied: int) -> None:
        if progress is None:
            return
        if progress.cancelled:
            raise CopyCancelled
        finished[table] = copied
        progress(sum(finished.values()), total, kind_name(REPORTED[table], 2, ui_language()) if table in REPORTED else "")

    return copy_catalog(source, target, replace=replace, progress=report)


class CatalogCopier(QObject):
    """Signals: ``copy_finished(str)``."""

    copy_finished = Signal(str)

    def __init__(self, window, catalog, runner=None):
        super().__init__(window)
        self.window, self.catalog, self.runner = window, catalog, runner
        self.target = None

    @Slot()
    def start(self) -> None:
        location = self.ask_target()
        if location:
            self.copy_to(location)

    def ask_target(self) -> str | None:
        """A server URL (password included, kept in memory only) or a file path; None when cancelled."""
        from desktop.views.server_dialog import ServerDialog

        where = choose_destination(self.window)
        if where == "server":
            settings = getattr(self.window, "settings", None)
            recent = getattr(settings, "recent_catalogs", []) or []
            previous = next((p for p in recent if "://" in p), None)
            dialog = ServerDialog(self.window, previous, for_copy=True)
            try:
                return dialog.url() if dialog.exec() == QDialog.DialogCode.Accepted else None
            finally:
                dialog.deleteLater()
        if where == "file":
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Copier le catalogue vers un fichier"), str(Path.home() / "copie.sqlite"),
                self.tr("Catalogues Passerelles (*.sqlite)"), options=QFileDialog.Option.DontConfirmOverwrite)
            if not path:
                return None
            return path if path.lower().endswith((".sqlite", ".db")) else path + ".sqlite"
        return None

    def copy_to(self, location: str) -> None:
        """Open ``location`` (created when new), confirm a replacement, then copy into it."""
        if resolve_location(location) == resolve_location(self.catalog.url):
            self._warn(self.tr("La copie doit aller dans un autre catalogue que celui qui est ouvert."))
            return
        self._run(open_target, (location,), self._opened, None)

    def _opened(self, opened) -> None:
        target, rows = opened
        self.target = target
        where = display_location(target.url)
        if target.read_only:
            self._close_target()
            self._warn(self.tr("Le catalogue « {0} » est en lecture seule (fichier, dossier ou droits du compte) : "
                               "rien n'y a été copié.").format(where))
            return
        if rows:
            answer = message_box.question(
                self.window, self.tr("Remplacer le catalogue cible ?"),
                self.tr("Le catalogue « {0} » n'est pas vide ({1} lignes de fiches, d'historique ou de documents)."
                        "\n\nLe remplacer entièrement par une copie de celui-ci ? Son contenu actuel sera "
                        "effacé.").format(where, rows),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self._close_target()
                self.window.statusBar().showMessage(self.tr("Copie abandonnée : « {0} » n'a pas été modifié.")
                                                    .format(where), 10000)
                return
        self._run(copy_with_progress, (self.catalog, target, bool(rows)), self._copied,
                  self.tr("Copie du catalogue vers « {0} »…").format(where))

    def _copied(self, report) -> None:
        where = display_location(self.target.url)
        self._close_target()
        text = self.tr("Le catalogue a été copié vers « {0} » : {1}.").format(where, report.summary(ui_language()))
        self.window.statusBar().showMessage(self.tr("Catalogue copié vers « {0} ».").format(where), 10000)
        message_box.information(self.window, self.tr("Catalogue copié"), text)
        self.copy_finished.emit(where)

    def _run(self, fn, args: tuple, done, label: str | None) -> None:
        if self.runner is None:
            try:
                result = fn(*args)
            except Exception as exc:
                self._failed(exc)
                return
            done(result)
            return
        task = self.runner.run(fn, *args, label=label, parent_widget=self.window)
        task.finished.connect(done)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)

    def _cancelled(self) -> None:
        where = display_location(self.target.url) if self.target is not None else ""
        self._close_target()
        self.window.statusBar().showMessage(self.tr("Copie annulée : « {0} » est resté tel qu'il était.")
                                            .format(where), 10000)

    def _failed(self, exc: BaseException) -> None:
        self._close_target()
        if isinstance(exc, CopyCancelled):
            return
        from desktop.widgets.language import ui_language

        if isinstance(exc, CatalogError):
            self._warn(exc.in_language(ui_language()))
            return
        from db import server_errors
        from db.faults import describe
        from db.logs import log_exception

        log_exception(exc)
        explained = server_errors.explain(exc)
        reason = explained.in_language(ui_language()) if explained else describe(exc, None, ui_language())
        self._warn(self.tr("La copie n'a pas pu se faire ; le catalogue cible n'a pas été modifié.\n\n{0}")
                   .format(reason))

    def _warn(self, text: str) -> None:
        message_box.warning(self.window, self.tr("Copie impossible"), text)

    def _close_target(self) -> None:
        if self.target is not None:
            self.target.close()
            self.target = None
