"""Helpers of the form tests: type into real widgets, pick an entry of a completion popup."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_into(qtbot, widget, text: str, clear: bool = True) -> None:
    """Real key presses into a line edit (select all first so the text is replaced).

    QTest only knows ASCII keys; other characters (Ł, é) are sent as key events carrying the text,
    as an input method does.
    """
    if clear:
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for ch in text:
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def choose_completion(qtbot, line_edit, row: int = 0) -> None:
    """Pick a row of the completion popup with the keyboard, as a user does."""
    popup = line_edit.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    index = popup.model().index(row, 0)
    popup.setCurrentIndex(index)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
