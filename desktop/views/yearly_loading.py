"""Reading a yearly dialog's figures off the UI thread (APD, Atlas, annual report).

``BackgroundRead(dialog, runner, show, failed)``; ``start(read)`` runs ``read()`` — which opens its own
unit of work and returns plain data (dataclasses, never live ORM objects) — on the window's task
runner (``desktop.tasks``), so the window keeps answering while the catalogue is read (a server far
away, a large catalogue). The result reaches ``show(result)`` in the GUI thread; a failure reaches
``failed(sentence)`` as a plain sentence in the interface's language (``db.faults.describe``: never a
traceback, SQL or a link), the exception itself going to the log. A read that a newer one has
replaced (another year chosen meanwhile) is dropped. Without a runner (tests, the headless checks)
the read runs inline, with the same calls. ``say(exc, dialog)`` may replace ``sentence`` (the
documents built by ``yearly_output`` say their own failures).

Signals: none; the dialog's own widgets are updated by its ``show`` / ``failed``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot


def _call(read: Callable[[], Any], progress=None) -> Any:
    return read()


class BackgroundRead(QObject):
    def __init__(self, dialog, runner, show: Callable[[Any], None], failed: Callable[[str], None],
                 say: Callable[[BaseException, QObject], str] | None = None):
        super().__init__(dialog)
        self.dialog, self.runner, self._show, self._failed = dialog, runner, show, failed
        self._say = say or sentence
        self.current = None  # the task whose answer is awaited
        self.busy = False

    def start(self, read: Callable[[], Any]) -> None:
        self.busy = True
        if self.runner is None:
            self.current = None
            try:
                result = read()
            except Exception as exc:  # said to the user; the details go to the log
                self._fail(exc)
            else:
                self.busy = False
                self._show(result)
            return
        task = self.runner.run(_call, read, parent_widget=self.dialog)
        self.current = task
        task.finished.connect(self._finished)
        task.failed.connect(self._error)

    @Slot(object)
    def _finished(self, result) -> None:
        if self.sender() is not self.current:
            return  # a newer read was asked for
        self.current, self.busy = None, False
        self._show(result)

    @Slot(object)
    def _error(self, exc) -> None:
        if self.sender() is not self.current:
            return
        self.current = None
        self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        self.busy = False
        self._failed(self._say(exc, self.dialog))


def sentence(exc: BaseException, context: QObject, unexpected: str | None = None) -> str:
    """What to say about a failed read: the fault's plain sentence (a database that cannot be reached,
    a damaged file…), a service's own message, else ``unexpected`` or that the catalogue could not be
    read (the details are logged)."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from db.faults import describe
    from db.logs import log_exception
    from db.reports.apd import OdaListError
    from db.services import ServiceError
    from desktop.widgets.language import ui_language

    log_exception(exc)
    if isinstance(exc, ServiceError | OdaListError | SQLAlchemyError | sqlite3.Error | OSError):
        catalog = getattr(getattr(context, "services", None), "catalog", None)
        return describe(exc, getattr(catalog, "path", None), ui_language())
    if unexpected is not None:
        return unexpected
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("YearlyLoading", "La lecture du catalogue a échoué ; les détails sont dans "
                                      "le journal.")
