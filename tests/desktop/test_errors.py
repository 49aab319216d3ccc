"""Unexpected errors: logged to the rotating file, shown with a copyable report, window still usable."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from desktop import errors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_excepthook_logs_and_shows_a_copyable_report(qtbot, tmp_path, monkeypatch):
    parent = QPushButton("fenêtre")
    qtbot.addWidget(parent)
    previous = errors.install_excepthook(lambda: parent)
    try:
        try:
            raise RuntimeError("boum inattendu")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "error_dialog" and w.isVisible())
    assert "boum inattendu" in dialog.report.toPlainText()
    assert "Traceback" in dialog.report.toPlainText()
    dialog.copy_button.click()
    assert "boum inattendu" in QGuiApplication.clipboard().text()
    import os
    from pathlib import Path

    log = Path(os.environ["PASSERELLES_LOG_DIR"]) / "passerelles.log"
    assert "boum inattendu" in log.read_text(encoding="utf-8")
    dialog.close()
    assert parent.isEnabled()


def test_an_everyday_fault_is_one_plain_sentence_not_a_report(qtbot, tmp_path):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    parent = QPushButton("fenêtre")
    qtbot.addWidget(parent)
    parent.catalog = type("C", (), {"path": tmp_path / "catalogue.sqlite"})()
    orig = sqlite3.OperationalError("database is locked")
    exc = OperationalError("UPDATE partners SET name=? WHERE id=?", ("Mme Secret", 3), orig)
    box = errors.handle(type(exc), exc, None, parent)
    assert box.objectName() == "fault_box"
    text = box.text()
    assert "occupé" in text and "catalogue.sqlite" in text
    for leak in ("UPDATE", "Mme Secret", "http", "Traceback"):
        assert leak not in text
    import os
    from pathlib import Path

    log = Path(os.environ["PASSERELLES_LOG_DIR"]) / "passerelles.log"
    assert "database is locked" in log.read_text(encoding="utf-8")  # the details went to the log
    box.close()
