"""ImportHistoryDialog: past imports of the catalogue, with "Annuler cet import".

Signals: ``import_undone(batch_id)`` after an import was reverted.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from db.services.errors import ServiceError
from db.services.imports import ImportService
from desktop.views.import_wizard.models import HistoryModel, error_text
from desktop.views.import_wizard.pages import table_view
from desktop.widgets.language import counted


class ImportHistoryDialog(QDialog):
    import_undone = Signal(int)

    def __init__(self, services_or_catalog, parent=None):
        super().__init__(parent)
        catalog = getattr(services_or_catalog, "catalog", services_or_catalog)
        self.service = ImportService(catalog, getattr(services_or_catalog, "actor", None))
        self.setWindowTitle(self.tr("Historique des imports"))
        self.model = HistoryModel(self.service.history())
        self.view = table_view(self.model, HistoryModel.COL_FILE)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self.undo_button = QPushButton(self.tr("Annuler cet import"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 380)

    def selected(self) -> dict | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _selection(self, *_args) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch["undone_at"] is None)

    def confirm(self, batch: dict) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Annuler l'import"),
            self.tr("Annuler l'import n° {0} ({1}) ? Les fiches qu'il a créées seront retirées (corbeille) et celles "
                    "qu'il a modifiées rétablies.").format(batch["id"], batch["file_name"]))
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or not self.confirm(batch):
            return
        try:
            counts = self.service.undo(batch["id"])
        except ServiceError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Import n° {0} annulé : {1}, {2}.").format(
            batch["id"], counted(counts.get("create", 0), (self.tr("{0} fiche retirée"), self.tr("{0} fiches retirées"))),
            counted(counts.get("update", 0), (self.tr("{0} rétablie"), self.tr("{0} rétablies")))))
        self.model.set_history(self.service.history())
        self._selection()
        self.import_undone.emit(batch["id"])
