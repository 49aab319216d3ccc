"""Background tasks: results and errors through signals, delayed progress dialog, cancellation."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.tasks import Progress, TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen = {}

    def work(a, b, progress):
        seen["thread"] = threading.current_thread()
        progress(1, 1, "fini")
        return a + b

    task = runner.run(work, 2, 3)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [5]
    assert seen["thread"] is not threading.main_thread()
    runner.wait()


def test_errors_are_handed_back_not_lost(qtbot):
    runner = TaskRunner()

    def broken(progress):
        raise ValueError("mauvais fichier")

    task = runner.run(broken)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    runner.wait()


def test_progress_dialog_appears_after_a_delay_and_cancels(qtbot):
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()

    def slow(progress):
        started.set()
        progress(1, 10, "Ligne 1")
        while not progress.cancelled and not release.is_set():
            release.wait(0.01)
        return "fait"

    task = runner.run(slow, label="Import en cours…")
    try:
        assert started.wait(5)
        assert task.dialog is None  # nothing flashes for short work
        qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
        assert task.dialog.labelText() == "Ligne 1"
        with qtbot.waitSignal(task.cancelled, timeout=5000):
            task.dialog.findChild(QPushButton).click()  # "Annuler"
        assert task.progress.cancelled
    finally:
        release.set()
        runner.wait()


def test_progress_null_object_works_without_qt():
    progress = Progress()
    progress(3, 4, "x")
    assert not progress.cancelled
    progress.cancel()
    assert progress.cancelled
