"""Background runner of the wizard: a QRunnable on the global thread pool, results through signals."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from desktop.widgets.language import ui_language


class TaskSignals(QObject):
    """Signals: ``progressed(done, total)``, ``succeeded(result)``, ``failed(message)``, ``cancelled()``,
    ``waiting()`` (another import holds the server catalogue: this one waits for it)."""

    progressed = Signal(int, int)
    waiting = Signal()
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """Runs ``work(progress, cancel)`` off the GUI thread; ``cancel_event`` stops it between rows."""

    def __init__(self, work: Callable, cancel_event: threading.Event | None = None, catalog_path=None):
        super().__init__()
        self.catalog_path = catalog_path  # named in the message of a fault (disk full, locked…)
        self.language = ui_language()  # read on the GUI thread: messages are worded in the window's language
        self.work = work
        self.cancel_event = cancel_event or threading.Event()
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        from db.interchange.imports import Cancelled, ImportFileError

        try:
            result = self.work(lambda done, total: self.signals.progressed.emit(done, total), self.cancel_event.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except ImportFileError as exc:
            from db.interchange.imports.reasons import reason_text

            self.signals.failed.emit(reason_text(exc.args[0] if exc.args else str(exc), self.language))
        except Exception as exc:  # a bug must reach the user as a message, never kill the thread silently
            from db.backups import BackupError
            from db.faults import explain
            from db.logs import log_exception

            where = log_exception(exc)
            if isinstance(exc, BackupError):   # the backup before the import: said in the import's words
                self.signals.failed.emit(exc.in_language(self.language))
                return
            fault = explain(exc, self.catalog_path)
            if fault is not None:
                self.signals.failed.emit(fault.in_language(self.language))
                return
            self.signals.failed.emit(QCoreApplication.translate("ImportWizard", "Erreur inattendue ({0} : {1}). "
                                                                "Détails : {2}").format(type(exc).__name__, exc, where))
        else:  # the commit checks the cancel flag last: a finished work is committed work
            self.signals.succeeded.emit(result)

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)
