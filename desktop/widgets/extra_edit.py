"""Extra attributes of a record (the ``extra`` dict): an editable two-column table, name and value."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ExtraEdit(QWidget):
    """Signals: ``changed()``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Attribut"), self.tr("Valeur")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(130)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        self.add_button = QPushButton(self.tr("Ajouter un attribut"), self)
        self.add_button.clicked.connect(lambda: self.add_row("", ""))
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, key: str, value: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.changed.emit()

    def set_values(self, extra: dict | None) -> None:
        self.table.setRowCount(0)
        for key, value in (extra or {}).items():
            self.add_row(str(key), "" if value is None else str(value))

    def value(self) -> dict[str, str]:
        result = {}
        for row in range(self.table.rowCount()):
            key = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            value = (self.table.item(row, 1).text() if self.table.item(row, 1) else "").strip()
            if key:
                result[key] = value
        return result

    def text(self) -> str:
        return "; ".join(f"{k} = {v}" for k, v in self.value().items())
