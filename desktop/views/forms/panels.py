"""Side panels of the forms: linked records with a picker to link one more, and interactions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QMenu, QMessageBox, QPushButton, QVBoxLayout, QWidget

from db import agreement_status
from db.schemas.vocab import INTERACTION_KIND
from db.services import ConflictError, ServiceError
from desktop.errors import said
from desktop.views.forms.linked import ID_ROLE, LinkedList
from desktop.widgets import message_box
from desktop.widgets.language import ui_language
from desktop.widgets.pickers import RecordPicker


def first_line(text: str | None, limit: int = 60) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def agreement_entry(a) -> tuple[str, str, str]:
    status = agreement_status.of(a, dt.date.today()).label(ui_language())
    return ("agreement", a.id, f"{a.title} — {status}")


def contact_entry(c) -> tuple[str, str, str]:
    return ("contact", c.id, f"{c.full_name} — {c.job_title}" if c.job_title else c.full_name)


def event_entry(e) -> tuple[str, str, str]:
    return ("event", e.id, f"{e.title} ({e.starts_on.display(ui_language())})" if e.starts_on else e.title)


def followup_entry(f) -> tuple[str, str, str]:
    parts = [f.due_on.display(ui_language()) if f.due_on else "—", f.title]
    if f.owner:
        parts.append(f.owner)
    return ("followup", f.id, " · ".join(parts))


def interaction_entry(i) -> tuple[str, str, str]:
    parts = [i.occurred_on.strftime("%d/%m/%Y"), INTERACTION_KIND.label(i.kind, ui_language())]
    if i.contact:
        parts.append(i.contact.name)
    elif i.partner:
        parts.append(i.partner.name)
    note = first_line(i.note)
    return ("interaction", i.id, " · ".join(parts) + (f" — {note}" if note else ""))


class LinkPanel(QWidget):
    """A list of linked records, and (optionally) a picker + button to link another one.

    Signals: ``record_requested(kind, public_id)``, ``link_requested(reference)``.
    """

    record_requested = Signal(str, str)
    link_requested = Signal(str)

    def __init__(self, services, kind: str, empty_text: str, link_text: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.list = LinkedList(self, empty_text)
        self.list.record_requested.connect(self.record_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.picker = None
        if link_text:
            self.picker = RecordPicker(services, kind, self)
            self.link_button = QPushButton(link_text, self)
            self.link_button.clicked.connect(self._link)
            self.picker.returnPressed.connect(lambda: None if self.picker.popup_visible() else self._link())
            row = QHBoxLayout()
            row.addWidget(self.picker, 1)
            row.addWidget(self.link_button)
            layout.addLayout(row)

    @Slot()
    def _link(self) -> None:
        reference = self.picker.value() if self.picker is not None else None
        if reference:
            self.link_requested.emit(reference)

    def set_entries(self, entries) -> None:
        self.list.set_entries(entries)
        if self.picker is not None:
            self.picker.set_link(None, None)


class InteractionPanel(QWidget):
    """The interactions of a partner or contact: new, edit (click), delete (button, Suppr, menu).

    A deletion is soft and logged like any other: Ctrl+Z in the window brings it back.
    ``set_owner(partner, contact)`` says whom a new interaction is about. Signal: ``changed()``
    after an interaction was created, edited or deleted here.
    """

    changed = Signal()

    def __init__(self, services, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.services, self.language = services, language
        self.partner: str | None = None
        self.contact: str | None = None
        self.list = LinkedList(self, self.tr("Aucune interaction"))
        self.list.record_requested.connect(self.edit)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.installEventFilter(self)  # Suppr on the list deletes the interaction, not the record shown
        self.new_button = QPushButton(self.tr("Nouvelle interaction…"), self)
        self.new_button.clicked.connect(self.new)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.delete_button.setToolTip(self.tr("Supprimer l'interaction choisie (annulable avec Ctrl+Z)"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button, 1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._update_buttons()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()  # never the window's "delete this record" shortcut from this list
            if event.type() == QEvent.Type.KeyPress:
                self.delete_current()
            return True
        return super().eventFilter(watched, event)

    def _read_only(self) -> bool:
        return bool(getattr(self.services.catalog, "read_only", False))

    def set_owner(self, partner: str | None, contact: str | None = None) -> None:
        self.partner, self.contact = partner, contact
        self.new_button.setEnabled((partner or contact) is not None and not self._read_only())

    def set_entries(self, entries) -> None:
        self.list.set_entries(entries)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    @Slot()
    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.current_id() is not None and not self._read_only())

    def _dialog(self, **kwargs):
        from desktop.views.forms.interaction_dialog import InteractionDialog

        return InteractionDialog(self.services, parent=self, language=self.language, **kwargs)

    @Slot()
    def new(self) -> None:
        if (self.partner or self.contact) and self._dialog(partner=self.partner, contact=self.contact).exec():
            self.changed.emit()

    @Slot(str, str)
    def edit(self, _kind: str, public_id: str) -> None:
        if self._dialog(interaction=self.services.get("interaction", public_id)).exec():
            self.changed.emit()

    @Slot()
    def delete_current(self) -> bool:
        """Soft-delete the chosen interaction after confirmation; True when deleted."""
        public_id = self.current_id()
        if public_id is None or self._read_only():
            return False
        answer = message_box.question(
            self, self.tr("Supprimer l'interaction"),
            self.tr("Supprimer cette interaction ?\n\n{0}\n\nLa suppression peut être annulée (Ctrl+Z).").format(
                self.list.currentItem().text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.services.delete("interaction", public_id)
        except (ConflictError, ServiceError, PermissionError) as exc:
            message_box.warning(self, self.tr("Suppression impossible"), said(exc, self.services.catalog.path))
            return False
        self.changed.emit()
        return True

    @Slot(QPoint)
    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        public_id = item.data(ID_ROLE) if item is not None else None
        if not public_id:
            return
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Modifier…"), lambda: self.edit("interaction", public_id))
        delete = menu.addAction(self.tr("Supprimer"), self.delete_current)
        delete.setEnabled(not self._read_only())
        menu.exec(self.list.viewport().mapToGlobal(pos))
