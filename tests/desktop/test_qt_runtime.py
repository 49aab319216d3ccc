"""The Qt binding itself: PySide6 6.12.0 dropped a reference to None on every void call, which
crashes a long session ("deallocating None"); pyproject.toml keeps us off that release."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        QApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50
