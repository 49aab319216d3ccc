"""Fichier › Sauvegardes… : the catalogue's backups (date, why, size, records), back up now, restore one.

``BackupsModel`` is a table model over ``db.backups.list_backups`` (``db.server_backups`` for a
catalogue on a server: ``pg_dump`` files; without pg_dump the dialog says so and offers nothing);
``BackupsDialog`` shows it,
writes a backup on the task runner (progress after half a second) and, after confirmation,
asks the composition root to restore the chosen backup: the window, its connections and its
lock must be closed first, which only the composition root can do.

Signals: ``BackupsDialog.restore_requested(str)`` (path of the backup to put back).
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

from db import backups
from desktop.models.item_list import ItemListModel
from desktop.widgets import message_box
from desktop.widgets.language import ui_language


class BackupsModel(ItemListModel):
    """The backups (``db.backups.BackupInfo``), newest first."""

    COL_DATE, COL_REASON, COL_SIZE, COL_RECORDS = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Raison"), self.tr("Taille"), self.tr("Fiches"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.COL_DATE:
                return item.taken_at.strftime("%d/%m/%Y %H:%M")
            if column == self.COL_REASON:
                return item.reason_label(ui_language())
            if column == self.COL_SIZE:
                return backups.size_text(item.size, ui_language())
            return backups.counts_text(item.counts, ui_language()) or self.tr("illisible")
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    restore_requested = Signal(str)

    def __init__(self, catalog, runner=None, parent=None, read_only: bool = False):
        super().__init__(parent)
        self.catalog, self.runner = catalog, runner
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Sauvegardes"))
        self.model = BackupsModel(parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(BackupsModel.COL_RECORDS, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self.where = QLabel(self.tr("Dossier : {0}").format(self._folder()))
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenant"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.missing = self._missing_tools()
        self.backup_button.setEnabled(not read_only and not self.missing)
        self.restore_button = QPushButton(self.tr("Restaurer cette sauvegarde…"))
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self._read_only = read_only
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 380)
        if self.missing:
            self.message.setText(self.missing.in_language(ui_language()))
        self.reload()

    # --- a catalogue file, or a catalogue on a server (pg_dump) ---

    def _server_url(self) -> str | None:
        """The server catalogue's URL, password included (for pg_dump's environment), or None."""
        if self.catalog.path is not None:
            return None
        return self.catalog.engine.url.render_as_string(hide_password=False)

    def _folder(self):
        from db import server_backups

        url = self._server_url()
        return backups.folder_of(self.catalog.path) if url is None else server_backups.folder_for(url)

    def _missing_tools(self) -> str | None:
        from db import server_backups

        return server_backups.missing_tools() if self._server_url() is not None else None

    def _list(self) -> list[backups.BackupInfo]:
        from db import server_backups

        url = self._server_url()
        if url is None:
            return backups.list_backups(self.catalog.path, counts=True)
        return server_backups.list_backups(url, counts=True)

    def reload(self) -> None:
        self.model.set_items(self._list())
        self.view.resizeColumnsToContents()
        self._selection()

    def selected(self) -> backups.BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _selection(self, *_args) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self._read_only and not self.missing)

    @Slot()
    def backup_now(self) -> None:
        catalog, url = self.catalog, self._server_url()
        self.backup_button.setEnabled(False)

        def work(progress=None):
            if url is not None:
                from db import server_backups

                return server_backups.create(url, "manuelle", counts=server_backups.server_counts(catalog.engine))
            return catalog.backup("manuelle", progress=progress)

        def done(info) -> None:
            self.backup_button.setEnabled(True)
            self.message.setText(self.tr("Sauvegarde écrite : {0}").format(info.path.name))
            self.reload()

        def failed(exc) -> None:   # a BackupError's own sentence, in the window's language
            from db.faults import describe
            from db.logs import log_exception

            log_exception(exc)
            self.backup_button.setEnabled(True)
            self.message.setText(describe(exc, catalog.path, ui_language()))

        if self.runner is None:
            try:
                done(work())
            except Exception as exc:
                failed(exc)
            return
        task = self.runner.run(work, label=self.tr("Sauvegarde en cours…"), parent_widget=self)
        task.finished.connect(done)
        task.failed.connect(failed)

    def confirm(self, item: backups.BackupInfo) -> bool:
        answer = message_box.question(
            self, self.tr("Restaurer une sauvegarde"),
            self.tr("Remettre le catalogue dans l'état du {0} ({1}) ? L'état actuel sera d'abord sauvegardé, "
                    "et la fenêtre rouverte sur le catalogue restauré.").format(
                item.taken_at.strftime("%d/%m/%Y %H:%M"), item.reason_label(ui_language())))
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def restore_selected(self) -> None:
        item = self.selected()
        if item is None or not self.confirm(item):
            return
        self.accept()
        self.restore_requested.emit(str(item.path))
