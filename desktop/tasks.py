"""Background work on a thread pool, results through signals, a delayed progress dialog, cancel.

API (reuse it for imports, exports, printing)::

    runner = TaskRunner(parent)                       # one per window (the composition root makes it)
    task = runner.run(fn, *args, label="Import…", parent_widget=window, **kwargs)
    task.finished.connect(on_result)                  # on_result(result) — GUI thread
    task.failed.connect(on_error)                     # on_error(exception) — GUI thread
    task.cancelled.connect(on_cancel)                 # the user pressed Annuler (result dropped)

``fn`` runs on a pool thread and receives a ``progress`` keyword argument: a ``Progress`` object
with ``progress(done, total, text="")`` to report and ``progress.cancelled`` (bool) to poll —
exactly the null-object shape the Qt-free ``db`` functions accept (``progress``/``cancel``).
``fn`` must not touch widgets or live ORM objects of another thread: open its own unit of work
and return plain data (``XxxOut``, tuples). When ``label`` is given, a ``QProgressDialog``
appears if the task is still running after ``PROGRESS_DELAY_MS`` (about half a second); its
Annuler button sets ``progress.cancelled``. ``runner.wait()`` blocks until the pool is idle
(tests, shutdown). Signals: ``Task.finished(object)``, ``Task.failed(object)``,
``Task.progressed(int, int, str)``, ``Task.cancelled()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500


class Progress:
    """What a worker function sees: report progress, check for cancellation."""

    def __init__(self, emit: Callable[[int, int, str], None] | None = None):
        self._emit = emit
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._emit is not None:
            self._emit(int(done), int(total), str(text))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Task(QObject):
    """One background job; lives in the GUI thread, its signals arrive there."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    cancelled = Signal()
    _done = Signal(object, object)  # (result, error) from the worker

    def __init__(self, label: str | None, parent_widget: QWidget | None, parent: QObject | None = None):
        super().__init__(parent)
        self.progress = Progress(self.progressed.emit)
        self.label = label
        self.running = True
        self.dialog: QProgressDialog | None = None
        self._last: tuple[int, int, str] | None = None
        self._parent_widget = parent_widget
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        if label:
            self.progressed.connect(self._on_progress)
            QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show_dialog)

    def cancel(self) -> None:
        self.progress.cancel()

    @Slot()
    def _show_dialog(self) -> None:
        if not self.running or self.dialog is not None:
            return
        self.dialog = QProgressDialog(self.label, self.tr("Annuler"), 0, 0, self._parent_widget)
        self.dialog.setWindowTitle("Passerelles")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        if self._last is not None:
            self._on_progress(*self._last)
        self.dialog.show()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            self.dialog.setLabelText(text)

    @Slot(object, object)
    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self.progress.cancelled:
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, task: Task, fn: Callable, args: tuple, kwargs: dict):
        super().__init__()
        self.task, self.fn, self.args, self.kwargs = task, fn, args, kwargs

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self.task.progress, **self.kwargs)
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.task._done.emit(None, exc)
        else:
            self.task._done.emit(result, None)


class TaskRunner(QObject):
    """Runs functions on its own thread pool (at most ``max_threads`` at once)."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)

    def run(self, fn: Callable, *args, label: str | None = None, parent_widget: QWidget | None = None,
            **kwargs) -> Task:
        task = Task(label, parent_widget, self)
        self.pool.start(_Job(task, fn, args, kwargs))
        return task

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
