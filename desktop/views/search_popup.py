"""Search everywhere (Ctrl+F): one box, results grouped by kind as you type, Enter opens the record.

Accent- and case-insensitive through the catalogue's folded full-text index (``Services.search``).
Signal: ``record_requested(str, str)`` (kind, public id).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db.countries import country_name
from db.services import Services
from desktop.models.columns import language
from desktop.widgets.language import counted

DEBOUNCE_MS = 150
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def describe(kind: str, record) -> tuple[str, str]:
    """(title, detail) shown for one result."""
    lang = language()
    if kind == "partner":
        return record.name, ", ".join(p for p in (record.city, country_name(record.country, lang)) if p)
    if kind == "contact":
        return record.full_name, " — ".join(p for p in (record.job_title, record.organisation) if p)
    if kind == "agreement":
        return record.title, ", ".join(p.name for p in record.partners)
    if kind == "event":
        return record.title, record.place or ""
    if kind == "interaction":
        from db.schemas.vocab import INTERACTION_KIND

        about = " — ".join(link.name for link in (record.partner, record.contact) if link is not None)
        title = f"{INTERACTION_KIND.label(record.kind, lang)} {record.occurred_on:%d/%m/%Y}"
        return " — ".join(p for p in (title, about) if p), record.note or record.people or ""
    return record.title, record.owner or ""


def opened(kind: str, record) -> tuple[str, str]:
    """(kind, public id) of the form a result opens: an exchange opens its partner (or contact)."""
    if kind == "interaction":
        link = record.partner or record.contact
        return ("partner" if record.partner else "contact"), link.id
    return kind, record.id


class SearchPopup(QDialog):
    """The search-everywhere box.

    Signals: ``record_requested(str, str)``.
    """

    record_requested = Signal(str, str)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("search_popup")
        self.setWindowTitle(self.tr("Rechercher partout"))
        self.resize(620, 460)
        self.box = QLineEdit()
        self.box.setObjectName("search_box")
        self.box.setPlaceholderText(self.tr("Nom, ville, pays, personne, accord… (sans se soucier des accents)"))
        self.box.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Résultat"), self.tr("Détail")])
        self.tree = QTreeView()
        self.tree.setObjectName("search_results")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnWidth(0, 320)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.tree)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._timer.start)
        self.box.installEventFilter(self)
        self.tree.doubleClicked.connect(self._open_index)
        self.tree.activated.connect(self._open_index)

    def kind_titles(self) -> dict[str, str]:
        return {"partner": self.tr("Partenaires"), "agreement": self.tr("Accords"), "contact": self.tr("Contacts"),
                "event": self.tr("Événements"), "followup": self.tr("Suivis"), "interaction": self.tr("Échanges")}

    def popup(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus()
        self.box.selectAll()

    @Slot()
    def run_search(self) -> int:
        """Search now; returns the number of records found."""
        self._timer.stop()
        text = self.box.text().strip()
        self.model.removeRows(0, self.model.rowCount())
        if not text:
            self.status.clear()
            return 0
        results = self.services.search(text, limit=15)
        titles = self.kind_titles()
        found = 0
        first: QModelIndex | None = None
        for kind, records in results.items():
            group = QStandardItem(f"{titles.get(kind, kind)} ({len(records)})")
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            group.setSelectable(False)
            detail_head = QStandardItem("")
            detail_head.setSelectable(False)
            self.model.appendRow([group, detail_head])
            for record in records:
                title, detail = describe(kind, record)
                item = QStandardItem("    " + title)
                target_kind, target_id = opened(kind, record)
                item.setData(target_kind, KIND_ROLE)
                item.setData(target_id, ID_ROLE)
                item.setToolTip(title)
                self.model.appendRow([item, QStandardItem(detail)])
                found += 1
                if first is None:
                    first = item.index()
        self.status.setText(counted(found, (self.tr("{0} résultat"), self.tr("{0} résultats"))) if found
                            else self.tr("Aucun résultat."))
        if first is not None:
            self.tree.setCurrentIndex(first)
        return found

    def results(self) -> list[tuple[str, str, str]]:
        """(kind, public id, title) of every result, in order (for tests and the status line)."""
        out = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item.data(ID_ROLE):
                out.append((item.data(KIND_ROLE), item.data(ID_ROLE), item.text().strip()))
        return out

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        item = self.model.item(index.row(), 0)
        if item is None or not item.data(ID_ROLE):
            return
        self.record_requested.emit(item.data(KIND_ROLE), item.data(ID_ROLE))
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.run_search()
                self._open_index(self.tree.currentIndex())
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        row = self.tree.currentIndex().row()
        rows = self.model.rowCount()
        candidate = row + step
        while 0 <= candidate < rows:
            if self.model.item(candidate, 0).data(ID_ROLE):
                self.tree.setCurrentIndex(self.model.index(candidate, 0))
                return
            candidate += step
