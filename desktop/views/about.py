"""Help › About: the application's name, version and purpose."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.widgets import message_box


def app_version() -> str:
    try:
        return version("passerelles")
    except PackageNotFoundError:
        return "?"


def about_text() -> str:
    return QCoreApplication.translate("About", "Passerelles {0}\n\nRegistre des partenariats internationaux et de la coopération culturelle "
              "de la ville.\n\nPython {1} — PySide6 {2}").format(app_version(), platform.python_version(),
                                                                 pyside_version)


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setWindowTitle(QCoreApplication.translate("About", "À propos de Passerelles"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    message_box.fit_text(box, about_text())
    box.setIcon(QMessageBox.Icon.Information)
    box.open()
    return box
