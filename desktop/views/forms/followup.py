"""Follow-up form: what to do, who, by when, its status, and the records it concerns."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from db.schemas import FollowUpIn
from db.schemas.vocab import FOLLOWUP_STATUS, PRIORITY
from desktop.views.forms.agreement import short_edit
from desktop.views.forms.base import RecordEditor
from desktop.views.forms.binding import format_amount
from desktop.views.forms.partner import text_box
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.pickers import LinkField, VocabCombo


def default_owner(services) -> str:
    """The owner a new follow-up gets (Préférences › Responsable par défaut), or ""."""
    from db.services import settings

    with services.catalog.uow() as uow:
        return settings.text(uow.session, settings.DEFAULT_OWNER)


class FollowUpEditor(RecordEditor):
    kind = "followup"
    schema = FollowUpIn

    def build(self) -> None:
        main = self.group(self.tr("Suivi"))
        self.add_field(main, "title", self.tr("Intitulé"), QLineEdit(self))
        self.add_field(main, "owner", self.tr("Responsable"), QLineEdit(self))
        self.add_field(main, "due_on", self.tr("Échéance"), PartialDateEdit(self))
        self.add_field(main, "status", self.tr("Statut"), VocabCombo(FOLLOWUP_STATUS, self, optional=False))
        self.add_field(main, "priority", self.tr("Priorité"), VocabCombo(PRIORITY, self, optional=False))
        self.add_field(main, "completed_on", self.tr("Réalisé le"), PartialDateEdit(self, day_only=True))
        self.add_field(main, "cost", self.tr("Coût (€)"), short_edit(self, 160, self.tr("ex. 1 200,00")), format_amount)
        self.add_field(main, "details", self.tr("Détails"), text_box(self))

        links = self.group(self.tr("Concerne"), column=1)
        for name, label, kind in (("partner", self.tr("Partenaire"), "partner"),
                                  ("agreement", self.tr("Accord"), "agreement"),
                                  ("contact", self.tr("Contact"), "contact"),
                                  ("event", self.tr("Événement"), "event")):
            self.add_field(links, name, label, LinkField(self.services, kind, self))

    def new_title(self) -> str:
        return self.tr("Nouveau suivi")

    def fill_defaults(self) -> None:
        super().fill_defaults()
        owner = default_owner(self.services)
        if owner:
            self.bindings["owner"].set(owner)

    def values(self):
        values = super().values()
        session = self.record.session if self.record is not None else None
        values["session"] = session.id if session is not None and values.get("event") else None
        return values
