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
