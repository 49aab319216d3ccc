"""The "Historique" tab of a record form: every change (when, who, what, fields before → after) and
"Restaurer cette version", which writes the chosen version back as a new change (so Ctrl+Z undoes it).

``HistoryModel`` is a table model over ``db.services.trash.history``; ``HistoryPanel`` loads it when
shown. Signals: ``HistoryPanel.version_restored(str)`` (public id of the record written back).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.schemas.messages import field_label
from db.services import trash
from desktop.models.item_list import ItemListModel
from desktop.widgets import message_box
from desktop.widgets.language import ui_language


class HistoryModel(ItemListModel):
    """A record's changes (``db.services.trash.Step``), newest first."""

    COL_WHEN, COL_WHO, COL_WHAT, COL_FIELDS = range(4)

    @property
    def steps(self) -> list[trash.Step]:
        return self.items

    def set_steps(self, steps: list[trash.Step]) -> None:
        self.set_items(list(reversed(steps)))  # newest first

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Quand"), self.tr("Qui"), self.tr("Quoi"), self.tr("Champs : avant → après"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        step = self.steps[index.row()]
        column = index.column()
        if column == self.COL_WHEN:
            moment = step.at.astimezone() if step.at.tzinfo else step.at
            return moment.strftime("%d/%m/%Y %H:%M")
        if column == self.COL_WHO:
            return step.actor or "?"
        if column == self.COL_WHAT:  # versions numbered per record: 1, 2, 3…
            label = step.label_in(ui_language())
            return self.tr("{0} (version {1})").format(label, step.number) if step.number else label
        separator = "\n" if role == Qt.ItemDataRole.ToolTipRole else " ; "
        language = ui_language()
        return separator.join(f"{field_label(name, language)} : {trash.value_text(a)} → {trash.value_text(b)}"
                              for name, (a, b) in step.fields.items())


class HistoryPanel(QWidget):
    version_restored = Signal(str)

    def __init__(self, services, kind: str, read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.kind, self.read_only = services, kind, read_only
        self.public_id: str | None = None
        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("history_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(HistoryModel.COL_FIELDS, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self.restore_button = QPushButton(self.tr("Restaurer cette version"), self)
        self.restore_button.setObjectName("restore_version")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def show_record(self, public_id: str | None) -> None:
        self.public_id = public_id
        self.reload()

    def reload(self) -> None:
        steps = []
        if self.public_id:
            with self.services.catalog.uow() as uow:
                steps = trash.history(uow.session, self.kind, self.public_id)
        self.model.set_steps(steps)
        self.view.resizeColumnsToContents()
        self._selection()

    def selected(self) -> trash.Step | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.steps[rows[0].row()] if rows else None

    def _selection(self, *_args) -> None:
        step = self.selected()
        self.restore_button.setEnabled(step is not None and step.snapshot is not None and not self.read_only
                                       and step.action in ("create", "update", "restore") and step is not
                                       (self.model.steps[0] if self.model.steps else None))

    @Slot()
    def restore_selected(self) -> None:
        step = self.selected()
        if step is None or self.public_id is None:
            return
        answer = message_box.question(self, self.tr("Restaurer cette version"),
                                      self.tr("Remettre la fiche dans son état du {0} ? (Ctrl+Z annule.)").format(
                                          self.model.data(self.model.index(self.view.currentIndex().row(), 0))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.services.catalog.uow(self.services.actor) as uow:
            trash.restore_version(uow.session, self.kind, self.public_id, step.change_id, uow.actor)
            uow.commit()
        self.message.setText(self.tr("Version restaurée."))
        self.reload()
        self.version_restored.emit(self.public_id)
