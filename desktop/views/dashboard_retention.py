"""The dashboard's yearly retention review (GDPR): the people without any interaction for N years (N in
Préférences › Données personnelles), each to keep one more year or to anonymise for good.

Signals: ``record_requested(str, str)`` (kind, public id) to open a person; ``changed()`` after a
decision (the dashboard and the lists refresh).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets import message_box

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_ORGANISATION, COL_LAST = range(3)


class RetentionBox(QGroupBox):
    record_requested = Signal(str, str)
    changed = Signal()

    def __init__(self, services, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("retention_box")
        self.services = services
        self._today = today
        self._years = 3
        self.model = QStandardItemModel(0, 3, self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(self._open)
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("retention_keep")
        self.keep_button.clicked.connect(self.keep_selected)
        self.anonymise_button = QPushButton(self)
        self.anonymise_button.setObjectName("retention_anonymise")
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        read_only = bool(services.catalog.read_only)
        for button in (self.keep_button, self.anonymise_button):
            button.setEnabled(not read_only)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.anonymise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def retranslate_ui(self) -> None:
        self.model.setHorizontalHeaderLabels([self.tr("Personne"), self.tr("Organisation"),
                                              self.tr("Dernière interaction")])
        self.keep_button.setText(self.tr("Garder un an de plus"))
        self.anonymise_button.setText(self.tr("Anonymiser…"))
        self._title()

    def _title(self) -> None:
        count = self.model.rowCount()
        title = self.tr("Revue de conservation : sans interaction depuis {0} an(s)").format(self._years)
        self.setTitle(f"{title} ({count})" if count else title)

    def set_candidates(self, candidates: list, years: int) -> None:
        """Show the people to review (``db.services.retention.Candidate``); hidden when there is none."""
        self._years = years
        self.model.removeRows(0, self.model.rowCount())
        for c in candidates:
            name = QStandardItem(c.name)
            name.setData(c.id, ID_ROLE)
            last = QStandardItem(f"{c.last_interaction:%d/%m/%Y}")
            self.model.appendRow([name, QStandardItem(c.organisation or ""), last])
        self.view.resizeColumnToContents(COL_LAST)
        self._title()
        self.setVisible(bool(candidates))

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.item(r, COL_NAME).data(ID_ROLE) for r in rows]

    def _names(self, ids: list[str]) -> list[str]:
        return [self.model.item(r, COL_NAME).text() for r in range(self.model.rowCount())
                if self.model.item(r, COL_NAME).data(ID_ROLE) in ids]

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        public_id = self.model.item(index.row(), COL_NAME).data(ID_ROLE)
        if public_id:
            self.record_requested.emit("contact", public_id)

    def _nothing_selected(self) -> bool:
        if self.selected_ids():
            return False
        message_box.information(self, self.tr("Revue de conservation"),
                                self.tr("Sélectionnez d'abord une ou plusieurs personnes de la liste."))
        return True

    @Slot()
    def keep_selected(self) -> None:
        if self._nothing_selected():
            return
        ids = self.selected_ids()
        self.services.retention_keep(ids, self.today())
        self.changed.emit()

    @Slot()
    def anonymise_selected(self) -> None:
        if self._nothing_selected():
            return
        from desktop.views.personal_data_actions import confirm_and_anonymise

        ids = self.selected_ids()
        if confirm_and_anonymise(self, self.services, ids, self._names(ids)):
            self.changed.emit()
