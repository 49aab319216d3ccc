"""Event form: what, when, where, who organises it, and its sessions with people and minutes."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout

from db.schemas import EventIn
from db.schemas.vocab import EVENT_KIND
from desktop.views.forms.agreement import short_edit
from desktop.views.forms.base import RecordEditor
from desktop.views.forms.binding import format_int
from desktop.views.forms.partner import text_box
from desktop.views.forms.sessions_edit import SessionsEdit
from desktop.widgets.list_edit import LinkListEdit
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.pickers import VocabCombo


class EventEditor(RecordEditor):
    kind = "event"
    schema = EventIn

    def build(self) -> None:
        main = self.group(self.tr("Événement"))
        self.add_field(main, "title", self.tr("Intitulé"), QLineEdit(self))
        self.add_field(main, "kind", self.tr("Type"), VocabCombo(EVENT_KIND, self))
        self.add_field(main, "starts_on", self.tr("Début"), PartialDateEdit(self))
        self.add_field(main, "ends_on", self.tr("Fin"), PartialDateEdit(self))
        self.add_field(main, "place", self.tr("Lieu"), QLineEdit(self))
        self.add_field(main, "attendance", self.tr("Participants"), short_edit(self, 90), format_int)

        people = self.group(self.tr("Partenaires"), column=1)
        self.add_field(people, "organisers", self.tr("Organisateurs"), LinkListEdit(self.services, "partner", self, True))
        self.add_field(people, "partners", self.tr("Partenaires"), LinkListEdit(self.services, "partner", self))

        text = self.group(self.tr("Présentation"), column=1)
        self.add_field(text, "summary", self.tr("Résumé"), text_box(self, 70))
        self.add_field(text, "notes", self.tr("Notes"), text_box(self, 70))

        self.sessions_edit = SessionsEdit(self.services, self)
        box = QGroupBox(self.tr("Séances"))
        layout = QVBoxLayout(box)
        self.wide.addWidget(box)
        sessions_form = self.group_in(layout)
        self.add_field(sessions_form, "sessions", "", self.sessions_edit)

    def group_in(self, layout):
        from PySide6.QtWidgets import QFormLayout

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        return form

    def arranged(self, narrow: bool) -> None:
        if hasattr(self, "sessions_edit"):
            self.sessions_edit.stack(narrow)

    def new_title(self) -> str:
        return self.tr("Nouvel événement")

    def clear_errors(self) -> None:
        super().clear_errors()
        self.sessions_edit.clear_errors()

    def show_field_error(self, field, loc, message) -> bool:
        if field == "sessions" and len(loc) >= 2 and isinstance(loc[1], int):
            name = str(loc[2]) if len(loc) >= 3 else "title"
            self.sessions_edit.show_error(loc[1], name, message)
            message = self.tr("Séance {0} : {1}").format(loc[1] + 1, message)
        return super().show_field_error(field, loc, message)
