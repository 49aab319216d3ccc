"""Side panels of the forms: linked records with a picker to link one more, and interactions."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from db.schemas.vocab import AGREEMENT_STATUS, INTERACTION_KIND
from desktop.views.forms.linked import LinkedList
from desktop.widgets.language import ui_language
from desktop.widgets.pickers import RecordPicker


def first_line(text: str | None, limit: int = 60) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def agreement_entry(a) -> tuple[str, str, str]:
    status = AGREEMENT_STATUS.label(a.status, ui_language())
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
