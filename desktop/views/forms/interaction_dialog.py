"""A small dialog to record or edit an interaction (meeting, call, e-mail, visit) of a partner or contact."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.schemas import InteractionIn
from db.schemas.messages import error_message
from db.schemas.vocab import INTERACTION_KIND
from db.services import ConflictError, LinkError, ServiceError
from desktop.errors import said
from desktop.widgets import message_box
from desktop.widgets.error_label import ErrorLabel
from desktop.widgets.language import ui_language
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.pickers import VocabCombo


class InteractionDialog(QDialog):
    """Creates (``interaction`` None) or updates an interaction linked to ``partner`` and/or ``contact``."""

    def __init__(self, services, partner: str | None = None, contact: str | None = None, interaction=None,
                 parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.services, self.partner, self.contact, self.interaction = services, partner, contact, interaction
        self.language = language or ui_language()
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Interaction"))
        self.kind = VocabCombo(INTERACTION_KIND, self, optional=False)
        self.date = PartialDateEdit(self, day_only=True)
        self.people = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(110)
        self.errors = {name: ErrorLabel(self) for name in ("kind", "occurred_on", "people", "note", "")}
        for label in self.errors.values():
            label.setWordWrap(False)
        form = QFormLayout()
        for name, label, widget in (("kind", self.tr("Type"), self.kind), ("occurred_on", self.tr("Date"), self.date),
                                    ("people", self.tr("Personnes"), self.people), ("note", self.tr("Note"), self.note)):
            cell = QVBoxLayout()
            cell.addWidget(widget)
            cell.addWidget(self.errors[name])
            form.addRow(label, cell)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors[""])
        layout.addWidget(buttons)
        if interaction is not None:
            self.kind.set_value(interaction.kind)
            self.date.set_value(interaction.occurred_on)
            self.people.setText(interaction.people or "")
            self.note.setPlainText(interaction.note or "")
            self.partner = interaction.partner.id if interaction.partner else partner
            self.contact = interaction.contact.id if interaction.contact else contact
        else:
            self.date.set_value(dt.date.today())
        self.resize(560, 360)

    def values(self) -> dict:
        return {"kind": self.kind.value(), "occurred_on": self.date.value(), "people": self.people.text(),
                "note": self.note.toPlainText(), "partner": self.partner, "contact": self.contact}

    def save(self) -> bool:
        for label in self.errors.values():
            label.clear_error()
        try:
            data = InteractionIn.model_validate(self.values())
        except ValidationError as exc:
            for error in exc.errors():
                loc = error.get("loc") or ()
                field = str(loc[0]) if loc else ("occurred_on" if error["type"] == "required" else "")
                self.errors.get(field, self.errors[""]).add_error(error_message(error, self.language))
            return False
        try:
            if self.interaction is None:
                out = self.services.create("interaction", data)
            else:
                out = self.services.update("interaction", self.interaction.id, data,
                                           expected_version=self.interaction.version)
        except LinkError as exc:
            self.errors[""].add_error(error_message(exc.as_error(), self.language))
            return False
        except (ConflictError, ServiceError, PermissionError) as exc:
            message_box.warning(self, self.tr("Enregistrement impossible"), said(exc, self.services.catalog.path))
            return False
        self.saved_id = out.id
        self.accept()
        return True
