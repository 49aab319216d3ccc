"""Lists in one field: tags typed "a; b; c" with completion, and a list of linked records."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.completion import CompletingLineEdit, Items
from desktop.widgets.pickers import RecordPicker

KEY = Qt.ItemDataRole.UserRole


class TagEdit(CompletingLineEdit):
    """Several short values separated by "; " (domains, languages, funders, e-mails)."""

    def __init__(self, parent: QWidget | None = None, items: Items = (), placeholder: str = ""):
        super().__init__(parent, items=[(label, label) for _key, label in items], multi=True)
        if placeholder:
            self.setPlaceholderText(placeholder)

    def set_values(self, values) -> None:
        self.setText("; ".join(str(v) for v in values or []))

    def value(self) -> list[str]:
        return [part.strip() for part in self.text().split(";") if part.strip()]


class LinkListEdit(QWidget):
    """Linked records (partners of an agreement, speakers of a session): a list, a picker, add/remove.

    Clicking an entry asks to open it. ``value()`` lists public ids, plus the picker's text when
    it was typed but not yet added (so that saving never drops what was typed).

    Signals: ``record_requested(kind, public_id)``, ``changed()``.
    """

    record_requested = Signal(str, str)
    changed = Signal()

    def __init__(self, services, kind: str, parent: QWidget | None = None, reorderable: bool = False):
        super().__init__(parent)
        self.kind = kind
        self.list = QListWidget(self)
        self.list.setMaximumHeight(96)
        self.list.setAlternatingRowColors(True)
        if reorderable:
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.itemActivated.connect(self._open)
        self.list.itemDoubleClicked.connect(self._open)
        self.picker = RecordPicker(services, kind, self)
        self.picker.picked.connect(lambda *_: self.add_current())
        self.picker.returnPressed.connect(self._on_return)
        self.add_button = QPushButton(self.tr("Ajouter"), self)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def add(self, key: str, label: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY) == key:
                return
        item = QListWidgetItem(label)
        item.setData(KEY, key)
        item.setToolTip(self.tr("Double-cliquer pour ouvrir la fiche"))
        self.list.addItem(item)
        self.changed.emit()

    @Slot()
    def add_current(self) -> None:
        text = self.picker.text().strip()
        if not text:
            return
        self.add(self.picker.key() or text, text)
        self.picker.set_link(None, None)

    @Slot()
    def _on_return(self) -> None:
        if not self.picker.popup_visible():  # else the popup's choice arrives through ``picked``
            self.add_current()

    @Slot()
    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    @Slot(QListWidgetItem)
    def _open(self, item: QListWidgetItem) -> None:
        key = item.data(KEY)
        if key and key != item.text():
            self.record_requested.emit(self.kind, key)

    def set_links(self, links) -> None:
        self.list.clear()
        for link in links or []:
            self.add(link.id, link.name)

    def value(self) -> list[str]:
        keys = [self.list.item(i).data(KEY) for i in range(self.list.count())]
        pending = self.picker.value()
        return [*keys, pending] if pending and pending not in keys else keys

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
