"""Two saves of the same record: show theirs and yours field by field, let the user choose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class ConflictDialog(QDialog):
    """``exec()`` returns CANCEL, KEEP_THEIRS or OVERWRITE. ``rows``: (field label, theirs, yours)."""

    CANCEL, OVERWRITE, KEEP_THEIRS = 0, 1, 2

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("Modification concurrente"))
        intro = QLabel(self.tr("Quelqu'un a enregistré cette fiche pendant que vous la modifiiez. "
                               "Voici les champs qui diffèrent :"))
        intro.setWordWrap(True)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, title in enumerate((self.tr("Champ"), self.tr("Leur version"), self.tr("Votre saisie"))):
            header = QLabel(title)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        for row, (label, theirs, yours) in enumerate(rows, start=1):
            for column, text in enumerate((label, theirs, yours)):
                cell = QLabel(text if text.strip() else self.tr("(vide)"))
                cell.setEnabled(bool(text.strip()))
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(rows) + 1, 1)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        keep = QPushButton(self.tr("Garder leur version"))
        keep.clicked.connect(lambda: self.done(self.KEEP_THEIRS))
        overwrite = QPushButton(self.tr("Écraser avec ma saisie"))
        overwrite.clicked.connect(lambda: self.done(self.OVERWRITE))
        cancel = QPushButton(self.tr("Continuer à modifier"))
        cancel.clicked.connect(lambda: self.done(self.CANCEL))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(keep)
        buttons.addWidget(overwrite)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(640, 360)
