"""First launch: the default catalogue was just created; offer to load the demonstration catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.widgets import message_box


def ask_demo(parent: QWidget | None, path: str) -> bool:
    """Ask whether to fill the new, empty catalogue with the demonstration records."""
    box = QMessageBox(parent)
    box.setObjectName("first_launch")
    box.setWindowTitle(QCoreApplication.translate("FirstLaunch", "Bienvenue dans Passerelles"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Question)
    message_box.fit_text(box, QCoreApplication.translate("FirstLaunch", "Un catalogue vide a été créé :\n{0}\n\nVoulez-vous y charger le catalogue de "
                       "démonstration (partenaires, accords, contacts, un colloque et des suivis) pour "
                       "découvrir l'application ?").format(path))
    demo = box.addButton(QCoreApplication.translate("FirstLaunch", "Charger la démonstration"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("FirstLaunch", "Commencer avec un catalogue vide"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.exec()
    return box.clickedButton() is demo


def load_demo(catalog, progress=None) -> dict:
    """Background-task body: fill ``catalog`` with the demonstration records."""
    from db.demo import load_demo as fill

    return fill(catalog)
