"""The attendance list of an event as text: one person per line, "Name — Organisation".

``value()`` gives the list ``EventIn.participants`` takes; a line whose name is that of a
participant linked to a contact keeps the link, and its invitation, answer, presence and sessions
(kept by the invitations dialog, never lost by an edit of the text).
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from db.schemas.fields import participant_lines
from db.text import fold

_KEPT = ("invited_on", "response", "attended", "sessions")


class ParticipantsEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("participants")
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Un participant par ligne : Nom — Organisation"))
        self._contacts: dict[str, str] = {}  # folded name -> contact public id
        self._kept: dict[str, dict] = {}  # folded name -> invitation fields

    def set_values(self, participants) -> None:
        self._contacts = {}
        self._kept = {}
        lines = []
        for p in participants or []:
            data = p if isinstance(p, dict) else p.model_dump(mode="json")
            self._kept[fold(data["name"])] = {k: data[k] for k in _KEPT if k in data}
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
            person.update(self._kept.get(fold(person["name"]), {}))
        return people

    def text(self) -> str:
        return self.toPlainText()
