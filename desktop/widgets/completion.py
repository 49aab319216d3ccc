"""Accent-insensitive completion as you type: a folding filter proxy and the line edit that drives it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from db.text import fold

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the value behind an item (public id, code, name)
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2  # the folded label the filter reads

Items = Sequence[tuple[str, str]]  # (key, label)


class FoldingFilterModel(QSortFilterProxyModel):
    """Keeps the rows whose folded label contains every folded word typed ("lodz" finds "Łódź")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt < 6.9
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        key = self.sourceModel().index(source_row, 0, source_parent).data(FOLDED_ROLE) or ""
        return all(word in key for word in self._words)


def item_model(items: Items, parent=None) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    fill_model(model, items)
    return model


def fill_model(model: QStandardItemModel, items: Items) -> None:
    model.clear()
    for key, label in items:
        item = QStandardItem(label)
        item.setEditable(False)
        item.setData(key, KEY_ROLE)
        item.setData(fold(label), FOLDED_ROLE)
        model.appendRow(item)


class CompletingLineEdit(QLineEdit):
    """A line edit whose popup lists the matching items, accents and case ignored.

    ``items`` is a fixed list of (key, label); ``provider(text)`` instead fetches candidates as
    the user types (e.g. a full-text query over 100,000 partners). With ``multi`` the text is a
    list separated by "; " and only the last entry is completed.

    Signals: ``picked(key, label)`` when the user chooses an entry of the popup.
    """

    picked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, items: Items = (),
                 provider: Callable[[str], Items] | None = None, multi: bool = False):
        super().__init__(parent)
        self.multi = multi
        self.provider = provider
        self.source = item_model(items, self)
        self.proxy = FoldingFilterModel(self)
        self.proxy.setSourceModel(self.source)
        self.completer_ = QCompleter(self)
        self.completer_.setModel(self.proxy)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._on_activated)
        self.textEdited.connect(self._on_edited)

    def popup_visible(self) -> bool:
        """True while the completion popup is shown (its Enter picks an entry, not the field's)."""
        return self.completer_.popup().isVisible()

    def set_items(self, items: Items) -> None:
        fill_model(self.source, items)

    def current_token(self) -> str:
        text = self.text()
        return text.rsplit(";", 1)[-1].strip() if self.multi else text.strip()

    def matches(self) -> list[tuple[str, str]]:
        """(key, label) of the rows the popup offers now."""
        return [(self.proxy.index(r, 0).data(KEY_ROLE), self.proxy.index(r, 0).data())
                for r in range(self.proxy.rowCount())]

    @Slot(str)
    def _on_edited(self, _text: str) -> None:
        token = self.current_token()
        if self.provider is not None:
            fill_model(self.source, self.provider(token) if token else [])
        self.proxy.set_query(token)
        if token and self.proxy.rowCount():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        label = index.data() or ""
        key = index.data(KEY_ROLE) or label
        if self.multi:
            head = self.text().rsplit(";", 1)[0] if ";" in self.text() else ""
            self.setText((head.rstrip() + "; " if head.strip() else "") + label + "; ")
        else:
            self.setText(label)
        self.picked.emit(key, label)
