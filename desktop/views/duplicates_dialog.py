"""Outils › Doublons possibles… : partners and contacts that may have been entered twice (same
record by the import's identity rules, or names a letter apart), to open and compare.

``DuplicatesModel`` is a table model over ``db.services.duplicates.find``. Nothing is changed here but
by a merge: the user opens both records and decides, or merges them (``merge_dialog``). Signals:
``record_requested(str, str)`` (kind, public id), ``merged(str, str)`` (kind, kept record).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from db.services import duplicates
from desktop.models.item_list import ItemListModel
from desktop.widgets.language import counted


class DuplicatesModel(ItemListModel):
    """Pairs of records that may be one (``db.services.duplicates.Pair``)."""

    COL_KIND, COL_FIRST, COL_SECOND, COL_WHY = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Type"), self.tr("Fiche"), self.tr("Autre fiche"), self.tr("Pourquoi"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        pair = self.items[index.row()]
        column = index.column()
        if column == self.COL_KIND:
            return self.tr("Partenaire") if pair.kind == "partner" else self.tr("Contact")
        if column == self.COL_FIRST:
            return pair.first
        if column == self.COL_SECOND:
            return pair.second
        return self.tr("même fiche probable") if pair.why == "same" else self.tr("noms proches")


class DuplicatesDialog(QDialog):
    record_requested = Signal(str, str)
    merged = Signal(str, str)  # kind, public id of the kept record

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("duplicates_dialog")
        self.setWindowTitle(self.tr("Doublons possibles"))
        self.model = DuplicatesModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in (DuplicatesModel.COL_FIRST, DuplicatesModel.COL_SECOND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self.view.doubleClicked.connect(lambda _index: self.open_selected(first=True))
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.open_first = QPushButton(self.tr("Ouvrir la fiche"), self)
        self.open_first.setObjectName("open_first")
        self.open_first.clicked.connect(lambda: self.open_selected(first=True))
        self.open_second = QPushButton(self.tr("Ouvrir l'autre fiche"), self)
        self.open_second.setObjectName("open_second")
        self.open_second.clicked.connect(lambda: self.open_selected(first=False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.open_first, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_second, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = QPushButton(self.tr("Fusionner…"), self)
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.merge_selected)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Partenaires et contacts peut-être saisis deux fois : même nom et rien qui les "
                               "distingue (pays, courriel, organisation), ou noms à une lettre près. Ouvrez les "
                               "deux fiches pour comparer ; une fiche supprimée va dans la corbeille."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        with self.services.catalog.uow() as uow:
            self.model.set_items(duplicates.find(uow.session))
        self.view.resizeColumnToContents(DuplicatesModel.COL_KIND)
        count = len(self.model.items)
        self.message.setText(self.tr("Aucun doublon possible.") if not count else
                             counted(count, (self.tr("{0} paire à vérifier."), self.tr("{0} paires à vérifier."))))
        self._selection()

    def selected(self) -> duplicates.Pair | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _selection(self, *_args) -> None:
        enabled = self.selected() is not None
        self.open_first.setEnabled(enabled)
        self.open_second.setEnabled(enabled)
        self.merge_button.setEnabled(enabled and not getattr(self.services.catalog, "read_only", False))

    @Slot()
    def merge_selected(self) -> None:
        """Both records side by side, then merged (the first kept unless the user swaps them)."""
        pair = self.selected()
        if pair is None:
            return
        from desktop.views.merge_dialog import MergeDialog

        dialog = MergeDialog(self.services, pair.kind, pair.first_id, pair.second_id, self)
        dialog.merged.connect(self.merged)
        if dialog.exec():
            self.reload()

    @Slot()
    def open_selected(self, first: bool = True) -> None:
        pair = self.selected()
        if pair is None:
            return
        self.record_requested.emit(pair.kind, pair.first_id if first else pair.second_id)
