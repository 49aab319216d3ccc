"""Édition › Corbeille… : deleted records of every kind (who, when), restore one or purge it for good.

``TrashModel`` is a table model over ``db.services.trash.deleted``. Purging asks for confirmation
and is recorded in the history. Signals: ``TrashDialog.records_changed(str)`` (kind restored or purged).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from db.services import trash
from desktop.models.item_list import ItemListModel
from desktop.widgets import message_box


class TrashModel(ItemListModel):
    """Deleted records of every kind (``db.services.trash.TrashItem``)."""

    COL_KIND, COL_TITLE, COL_WHEN, COL_WHO = range(4)

    def kind_labels(self) -> dict[str, str]:
        return {"partner": self.tr("Partenaire"), "agreement": self.tr("Accord"), "contact": self.tr("Contact"),
                "event": self.tr("Événement"), "followup": self.tr("Suivi"), "interaction": self.tr("Échange")}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Type"), self.tr("Fiche"), self.tr("Supprimée le"), self.tr("Par"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        column = index.column()
        if column == self.COL_KIND:
            return self.kind_labels().get(item.kind, item.kind)
        if column == self.COL_TITLE:
            return item.title
        if column == self.COL_WHEN:
            moment = item.deleted_at.astimezone() if item.deleted_at.tzinfo else item.deleted_at
            return moment.strftime("%d/%m/%Y %H:%M")
        return item.deleted_by or "?"


class TrashDialog(QDialog):
    records_changed = Signal(str)

    def __init__(self, services, parent=None, read_only: bool = False):
        super().__init__(parent)
        self.services, self.read_only = services, read_only
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("Corbeille"))
        self.model = TrashModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(TrashModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restaurer"), self)
        self.restore_button.setObjectName("undelete")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Supprimer définitivement…"), self)
        self.purge_button.setObjectName("purge")
        self.purge_button.clicked.connect(self.purge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 400)
        self.reload()

    def reload(self) -> None:
        with self.services.catalog.uow() as uow:
            self.model.set_items(trash.deleted(uow.session))
        self.view.resizeColumnsToContents()
        if not self.model.items:
            self.message.setText(self.tr("La corbeille est vide."))
        self._selection()

    def selected(self) -> trash.TrashItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _selection(self, *_args) -> None:
        enabled = self.selected() is not None and not self.read_only
        self.restore_button.setEnabled(enabled)
        self.purge_button.setEnabled(enabled)

    @Slot()
    def restore_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        with self.services.catalog.uow(self.services.actor) as uow:
            trash.undelete(uow.session, item.kind, item.id, uow.actor)
            uow.commit()
        self.reload()
        self.message.setText(self.tr("« {0} » est de retour.").format(item.title))
        self.records_changed.emit(item.kind)

    @Slot()
    def purge_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = message_box.question(
            self, self.tr("Supprimer définitivement"),
            self.tr("Supprimer définitivement « {0} » ? Elle ne pourra plus être restaurée depuis la corbeille "
                    "(seulement depuis une sauvegarde).").format(item.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.services.catalog.uow(self.services.actor) as uow:
            trash.purge(uow.session, item.kind, item.id, uow.actor)
            uow.commit()
        self.reload()
        self.message.setText(self.tr("« {0} » a été supprimée définitivement.").format(item.title))
        self.records_changed.emit(item.kind)
