"""ImportHistoryDialog: past imports of the catalogue, with "Annuler cet import" (on the task runner
when one is given: a progress dialog after half a second, its Annuler stops the undo between two
of its short transactions, and running it again finishes it).

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
from desktop.widgets import message_box
from desktop.widgets.language import counted


class ImportHistoryDialog(QDialog):
    import_undone = Signal(int)

    def __init__(self, services_or_catalog, parent=None, runner=None):
        super().__init__(parent)
        self.runner = runner
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
        answer = message_box.question(
            self, self.tr("Annuler l'import"),
            self.tr("Annuler l'import n° {0} ({1}) ? Les fiches qu'il a créées seront retirées (corbeille) et celles "
                    "qu'il a modifiées rétablies.").format(batch["id"], batch["file_name"]))
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or not self.confirm(batch):
            return
        service, number = self.service, batch["id"]

        def work(progress=None):
            cancel = (lambda: progress.cancelled) if progress is not None else None
            return service.undo(number, progress=progress, cancel=cancel)

        if self.runner is None:
            try:
                self._undone(batch, work())
            except ServiceError as exc:
                self._stopped(exc, batch)
            return
        self.undo_button.setEnabled(False)
        task = self.runner.run(work, label=self.tr("Annulation de l'import…"), parent_widget=self)
        task.finished.connect(lambda counts: self._undone(batch, counts))
        task.failed.connect(lambda exc: self._stopped(exc, batch))
        task.cancelled.connect(lambda: self._stopped(None, batch))

    def _stopped(self, exc, batch: dict | None = None) -> None:
        """A refusal (already undone…), a failure or an undo stopped half-way (``exc`` None: the
        user pressed Annuler): said, and the list shown as it now is."""
        from db.logs import log_exception
        from db.services.undo_import import UndoInterrupted

        history = self.service.history()
        if exc is None:
            now = next((b for b in history if b["id"] == batch["id"]), None)
            if now is not None and now["undone_at"] is not None:   # Annuler came after the last chunk
                self.model.set_history(history)
                self._undone(batch, None)
                return
            text = self.tr("Annulation de l'import interrompue : relancez « Annuler cet import » pour la terminer.")
        elif isinstance(exc, ServiceError):
            text = error_text(exc)
        else:
            from db.faults import describe
            from desktop.widgets.language import ui_language

            log_exception(exc)
            text = describe(exc, self.service.catalog.path, ui_language())
        self.message.setText(text)
        self.model.set_history(history)
        if batch is not None:   # still selected, for « Annuler cet import » again
            self.view.selectRow(next((i for i, b in enumerate(history) if b["id"] == batch["id"]), -1))
        self._selection()
        if exc is None or isinstance(exc, UndoInterrupted):
            self.import_undone.emit(0)   # part of it was undone: the window shows the records as they are

    def _undone(self, batch: dict, counts: dict[str, int] | None) -> None:
        if counts is None:
            self.message.setText(self.tr("Import n° {0} annulé.").format(batch["id"]))
        else:
            self.message.setText(self.tr("Import n° {0} annulé : {1}, {2}.").format(
                batch["id"], counted(counts.get("create", 0), (self.tr("{0} fiche retirée"),
                                                                self.tr("{0} fiches retirées"))),
                counted(counts.get("update", 0), (self.tr("{0} rétablie"), self.tr("{0} rétablies")))))
        self.model.set_history(self.service.history())
        self._selection()
        self.import_undone.emit(batch["id"])
