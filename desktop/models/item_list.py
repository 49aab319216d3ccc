"""A read-only table model over a list of plain items (backups, deleted records, history steps).

Subclasses give their column titles (``headers()``, translated in their own context) and ``data``;
rows, columns, the header row and replacing the items are done here once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt


class ItemListModel(QAbstractTableModel):
    """One row per item of ``items``; columns named by ``headers()``."""

    def __init__(self, parent=None, items: list | None = None):
        super().__init__(parent)
        self.items: list = list(items or [])

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.items)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
