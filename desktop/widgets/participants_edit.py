"""The attendance list of an event as text: one person per line, "Name — Organisation".

``value()`` gives the list ``EventIn.participants`` takes; a line whose name is that of a
participant linked to a contact keeps the link.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from db.schemas.fields import participant_lines
from db.text import fold


class ParticipantsEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("participants")
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Un participant par ligne : Nom — Organisation"))
        self._contacts: dict[str, str] = {}  # folded name -> contact public id

    def set_values(self, participants) -> None:
        self._contacts = {}
        lines = []
        for p in participants or []:
            name, organisation = (p.get("name"), p.get("organisation")) if isinstance(p, dict) else (p.name, p.organisation)
            contact = p.get("contact") if isinstance(p, dict) else p.contact
            if contact:
                self._contacts[fold(name)] = contact["id"] if isinstance(contact, dict) else getattr(contact, "id", contact)
            lines.append(f"{name} — {organisation}" if organisation else name)
        self.setPlainText("\n".join(lines))

    def value(self) -> list[dict]:
        people = participant_lines(self.toPlainText())
        for person in people:
            contact = self._contacts.get(fold(person["name"]))
            if contact:
                person["contact"] = contact
        return people

    def text(self) -> str:
        return self.toPlainText()
