"""Event form: what, when, where, who organises it, who attended, and its sessions with people and minutes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from db.schemas import EventIn
from db.schemas.vocab import EVENT_KIND
from desktop.views.forms.agreement import short_edit
from desktop.views.forms.base import RecordEditor
from desktop.views.forms.binding import format_int
from desktop.views.forms.partner import text_box
from desktop.views.forms.sessions_edit import SessionsEdit
from desktop.widgets import message_box
from desktop.widgets.budget_lines_edit import BudgetLinesEdit
from desktop.widgets.list_edit import LinkListEdit
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.participants_edit import ParticipantsEdit
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
        attendance = self.group(self.tr("Liste des participants"), column=1)
        self.participants_edit = ParticipantsEdit(self)
        self.participants_edit.setMinimumHeight(90)
        self.add_field(attendance, "participants", self.tr("Personnes"), self.participants_edit)

        self.budget_edit = BudgetLinesEdit(self)
        budget_box = QGroupBox(self.tr("Budget par année"))
        budget_layout = QFormLayout(budget_box)
        self.wide.addWidget(budget_box)
        self.add_field(budget_layout, "budget_lines", "", self.budget_edit)

        self.sessions_edit = SessionsEdit(self.services, self)
        box = QGroupBox(self.tr("Séances"))
        layout = QVBoxLayout(box)
        self.wide.addWidget(box)
        sessions_form = self.group_in(layout)
        self.add_field(sessions_form, "sessions", "", self.sessions_edit)
        from desktop.views.forms.followup_actions import install_new_followup

        actions = QHBoxLayout()
        self.new_followup_button = install_new_followup(self, "event", actions)
        self.decisions_button = QPushButton(self.tr("Décisions de la séance → suivis…"), self)
        self.decisions_button.setObjectName("decisions_button")
        self.decisions_button.setToolTip(self.tr("Chaque ligne « À retenir » de la séance choisie devient un suivi"))
        self.decisions_button.clicked.connect(self.session_decisions)
        actions.addWidget(self.decisions_button)
        actions.addStretch(1)
        layout.addLayout(actions)

    def session_decisions(self) -> list:
        """The selected session's decisions become follow-ups (the session must be saved)."""
        from desktop.views.forms.followup_actions import decisions_to_followups

        sessions = self.sessions_edit.value()
        row = self.sessions_edit.current
        if not 0 <= row < len(sessions) or not sessions[row].get("public_id"):
            message_box.information(self, self.tr("Décisions → suivis"),
                                    self.tr("Choisissez une séance enregistrée dans la liste des séances."))
            return []
        return decisions_to_followups(self, sessions[row])

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
