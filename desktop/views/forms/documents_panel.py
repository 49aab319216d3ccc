"""Files attached to an agreement: add (copied into the catalogue), open with the system viewer, remove."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.services import ServiceError
from db.services import documents as docs
from desktop.errors import said
from desktop.widgets import message_box

ID_ROLE = Qt.ItemDataRole.UserRole


def human_size(size: int) -> str:
    for unit, step in (("Go", 1 << 30), ("Mo", 1 << 20), ("ko", 1 << 10)):
        if size >= step:
            return f"{size / step:.1f}".replace(".", ",") + f" {unit}"
    return f"{size} o"


class DocumentsPanel(QWidget):
    """Signals: ``changed()`` after a document is added or removed."""

    changed = Signal()

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.agreement_id: str | None = None
        self.documents: list = []
        self.list = QListWidget(self)
        self.list.setMaximumHeight(140)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.open_document(item.data(ID_ROLE)))
        self.add_button = QPushButton(self.tr("Joindre un fichier…"), self)
        self.add_button.clicked.connect(self.choose_and_attach)
        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.open_button.clicked.connect(self._open_selected)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def set_agreement(self, agreement) -> None:
        self.agreement_id = agreement.id if agreement is not None else None
        self.set_documents(agreement.documents if agreement is not None else [])
        self.setEnabled(self.agreement_id is not None)

    def set_documents(self, documents) -> None:
        self.documents = list(documents)
        self.list.clear()
        for doc in self.documents:
            added = doc.added_at.astimezone().strftime("%d/%m/%Y")
            item = QListWidgetItem(f"{doc.name}  ({human_size(doc.size)}, {added})")
            item.setData(ID_ROLE, doc.id)
            item.setToolTip(self.tr("Double-cliquer pour ouvrir"))
            self.list.addItem(item)
        if not self.documents:
            hint = QListWidgetItem(self.tr("Aucun document : « Joindre un fichier… » ajoute un PDF signé ou tout autre fichier."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(hint)
        self.open_button.setEnabled(bool(self.documents))
        self.remove_button.setEnabled(bool(self.documents))

    def reload(self) -> None:
        if self.agreement_id:
            self.set_documents(docs.list_documents(self.services.catalog, self.agreement_id))

    @Slot()
    def choose_and_attach(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Joindre un fichier"), "",
                                                    self.tr("Tous les fichiers (*)"))
        if path:
            self.attach(path)

    def attach(self, path: str) -> bool:
        if not self.agreement_id:
            return False
        try:
            docs.attach(self.services.catalog, self.agreement_id, path, self.services.actor)
        except (ServiceError, PermissionError) as exc:
            message_box.warning(self, self.tr("Pièce jointe impossible"), said(exc, self.services.catalog.path))
            return False
        self.reload()
        self.changed.emit()
        return True

    def _document(self, document_id: str):
        return next((d for d in self.documents if d.id == document_id), None)

    def _selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    @Slot()
    def _open_selected(self) -> None:
        if (document_id := self._selected_id()) is not None:
            self.open_document(document_id)

    def open_document(self, document_id: str) -> bool:
        doc = self._document(document_id)
        if doc is None:
            return False
        path = docs.path_of(self.services.catalog, doc)
        if not path.is_file():
            message_box.warning(self, self.tr("Document introuvable"),
                                self.tr("Le fichier de « {0} » n'est plus dans le dossier des documents.").format(doc.name))
            return False
        if docs.is_executable(doc.name):
            answer = message_box.warning(
                self, self.tr("Fichier exécutable"),
                self.tr("« {0} » est un programme ou contient des macros : l'ouvrir peut l'exécuter sur cet ordinateur.\n\n"
                        "Ne l'ouvrez que si vous en connaissez la provenance. Ouvrir quand même ?").format(doc.name),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Open:
                return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    @Slot()
    def _remove_selected(self) -> None:
        doc = self._document(self._selected_id() or "")
        if doc is None:
            return
        answer = message_box.question(self, self.tr("Retirer le document"),
                                      self.tr("Retirer « {0} » de cet accord ?\n\nSa copie est conservée dans le dossier des documents "
                                              "retirés :\n{1}").format(doc.name, docs.trash_dir(self.services.catalog)),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            docs.remove(self.services.catalog, doc.id, self.services.actor)
            self.reload()
            self.changed.emit()
