"""A red, plain-text message shown under a form field; hidden while there is nothing to say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget


class ErrorLabel(QLabel):
    """Shows validation messages for one field (several are joined by line breaks)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#b3261e"))
        self.setPalette(palette)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.92, 7.0))
        self.setFont(font)
        self.hide()

    def set_error(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))

    def add_error(self, message: str) -> None:
        self.set_error(f"{self.text()}\n{message}" if self.text() else message)

    def clear_error(self) -> None:
        self.set_error(None)
