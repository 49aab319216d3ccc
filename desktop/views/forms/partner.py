"""Partner form: identity, contact details, domains, and everything linked to the partner."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from db.schemas import PartnerIn
from db.schemas.vocab import PARTNER_KIND, PARTNER_STATUS
from db.services import ConflictError, ListQuery, ServiceError
from db.services.lookups import domain_names, interactions_of
from desktop.errors import said
from desktop.views.forms.base import RecordEditor
from desktop.views.forms.panels import (
    InteractionPanel,
    LinkPanel,
    agreement_entry,
    contact_entry,
    event_entry,
    followup_entry,
    interaction_entry,
)
from desktop.widgets import message_box
from desktop.widgets.list_edit import TagEdit
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.phone_list_edit import pretty_phone
from desktop.widgets.pickers import CountryPicker, VocabCombo


def text_box(parent, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setMaximumHeight(int(height * 1.5))
    return box


def link_partner(services, kind: str, reference: str, partner_id: str):
    """Add a partner to the partners of a contact or an agreement (optimistic locking kept)."""
    from db.services.records import spec

    record = services.get(kind, reference)
    ids = [p.id for p in record.partners]
    if partner_id in ids:
        return record
    data = spec(kind).in_from_out(record.model_dump(mode="json"))
    data = data.model_copy(update={"partners": [*ids, partner_id]})
    return services.update(kind, record.id, data, expected_version=record.version)


class PartnerEditor(RecordEditor):
    kind = "partner"
    schema = PartnerIn

    def build(self) -> None:
        ident = self.group(self.tr("Identité"))
        self.name_edit = QLineEdit(self)
        self.add_field(ident, "name", self.tr("Nom"), self.name_edit)
        self.add_field(ident, "kind", self.tr("Type"), VocabCombo(PARTNER_KIND, self))
        self.add_field(ident, "status", self.tr("Statut"), VocabCombo(PARTNER_STATUS, self, optional=False))
        self.add_field(ident, "partner_since", self.tr("Partenaire depuis"), PartialDateEdit(self))
        self.add_field(ident, "referent", self.tr("Référent"), QLineEdit(self))

        where = self.group(self.tr("Coordonnées"))
        self.add_field(where, "country", self.tr("Pays"), CountryPicker(self))
        self.add_field(where, "city", self.tr("Ville"), QLineEdit(self))
        self.add_field(where, "website", self.tr("Site web"), QLineEdit(self))
        self.add_field(where, "email", self.tr("Courriel"), QLineEdit(self))
        self.add_field(where, "phone", self.tr("Téléphone"), QLineEdit(self), pretty_phone)

        about = self.group(self.tr("Domaines et description"))
        domains = [(n, n) for n in domain_names(self.services.catalog)]
        self.add_field(about, "domains", self.tr("Domaines"),
                       TagEdit(self, domains, self.tr("ex. Cinéma et audiovisuel; Patrimoine")))
        self.add_field(about, "description", self.tr("Description"), text_box(self))
        self.add_field(about, "notes", self.tr("Notes"), text_box(self))

        s = self.services
        self.agreements = LinkPanel(s, "agreement", self.tr("Aucun accord"), self.tr("Lier l'accord"), self)
        self.contacts = LinkPanel(s, "contact", self.tr("Aucun contact"), self.tr("Lier le contact"), self)
        self.events = LinkPanel(s, "event", self.tr("Aucun événement"), None, self)
        self.followups = LinkPanel(s, "followup", self.tr("Aucun suivi ouvert"), None, self)
        self.interactions = InteractionPanel(s, self, self.language)
        for title, panel in ((self.tr("Accords"), self.agreements), (self.tr("Contacts"), self.contacts),
                             (self.tr("Événements"), self.events), (self.tr("Suivis ouverts"), self.followups),
                             (self.tr("Interactions"), self.interactions)):
            self.side_box(title).addWidget(panel)
            if panel is not self.interactions:
                panel.record_requested.connect(self.record_requested)
        self.interactions.changed.connect(self.refresh_links)
        self.new_interaction_button = self.interactions.new_button
        from desktop.views.forms.followup_actions import install_new_followup

        self.new_followup_button = install_new_followup(self, "partner", self.followups.layout())
        self.agreements.link_requested.connect(lambda ref: self.link("agreement", ref))
        self.contacts.link_requested.connect(lambda ref: self.link("contact", ref))

    def new_title(self) -> str:
        return self.tr("Nouveau partenaire")

    def duplicate_name(self, data) -> str | None:
        return data.name

    def has_links(self) -> bool:
        return True

    def fill_extra(self, record) -> None:
        pid = record.id if record is not None else None
        for panel in (self.agreements, self.contacts, self.events, self.followups, self.interactions):
            panel.setEnabled(pid is not None)
        self.interactions.set_owner(pid)
        if pid is None:
            for panel in (self.agreements, self.contacts, self.events, self.followups, self.interactions):
                panel.set_entries([])
            return
        linked = ListQuery(filters={"partner": pid}, limit=200)
        s = self.services
        self.agreements.set_entries([agreement_entry(a) for a in s.list("agreement", linked)])
        self.contacts.set_entries([contact_entry(c) for c in s.list("contact", linked)])
        self.events.set_entries([event_entry(e) for e in s.list("event", linked)])
        open_ones = ListQuery(filters={"partner": pid, "status": "open"}, limit=200)
        self.followups.set_entries([followup_entry(f) for f in s.list("followup", open_ones)])
        self.interactions.set_entries([interaction_entry(i) for i in interactions_of(s.catalog, "partner", pid)])

    def refresh_links(self) -> None:
        self.fill_extra(self.record)

    def link(self, kind: str, reference: str) -> bool:
        """Link an existing contact or agreement to this partner."""
        if self.record is None:
            return False
        try:
            link_partner(self.services, kind, reference, self.record.id)
        except (ConflictError, ServiceError, PermissionError) as exc:
            message_box.warning(self, self.tr("Lien impossible"), said(exc, self.services.catalog.path))
            return False
        self.refresh_links()
        return True
