"""Lists of linked records in a form's side column: one click opens the record."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LinkedList(QListWidget):
    """Signals: ``record_requested(kind, public_id)`` on a click or Enter."""

    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, empty_text: str = ""):
        super().__init__(parent)
        self.empty_text = empty_text
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._clock = QElapsedTimer()
        self._last: tuple[str, str] | None = None
        self.itemClicked.connect(self._open)
        self.itemActivated.connect(self._open)

    def set_entries(self, entries: list[tuple[str, str | None, str]]) -> None:
        """(kind, public id, text) per entry; a None id makes an entry that opens nothing."""
        self.clear()
        for kind, public_id, text in entries:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(KIND_ROLE, kind)
            item.setData(ID_ROLE, public_id)
            self.addItem(item)
        if not entries and self.empty_text:
            item = QListWidgetItem(self.empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        self.fit_height()

    def fit_height(self, most: int = 6) -> None:
        """As tall as its entries (one to ``most`` rows), scrolling beyond."""
        row = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        rows = min(max(self.count(), 1), most)
        self.setFixedHeight(row * rows + 2 * self.frameWidth() + 4)

    def entry_ids(self) -> list[str]:
        return [self.item(i).data(ID_ROLE) for i in range(self.count()) if self.item(i).data(ID_ROLE)]

    @Slot(QListWidgetItem)
    def _open(self, item: QListWidgetItem) -> None:
        kind, public_id = item.data(KIND_ROLE), item.data(ID_ROLE)
        if not public_id:
            return
        if self._last == (kind, public_id) and self._clock.isValid() and self._clock.elapsed() < 600:
            return  # the activation that follows a click on a double-click
        self._last = (kind, public_id)
        self._clock.start()
        self.record_requested.emit(kind, public_id)
