"""Contact form: the person, their organisation and partners, e-mails, phones, languages, interactions."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from db.schemas import ContactIn
from db.services.lookups import interactions_of
from desktop.views.forms.base import RecordEditor
from desktop.views.forms.panels import InteractionPanel, interaction_entry
from desktop.views.forms.partner import text_box
from desktop.widgets.list_edit import LinkListEdit, TagEdit
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.phone_list_edit import PhoneListEdit
from desktop.widgets.pickers import CountryPicker

LANGUAGES = ("français", "anglais", "espagnol", "italien", "allemand", "portugais", "arabe", "chinois",
             "japonais", "coréen", "russe", "polonais", "vietnamien", "wolof", "néerlandais")


class ContactEditor(RecordEditor):
    kind = "contact"
    schema = ContactIn

    def build(self) -> None:
        person = self.group(self.tr("Personne"))
        civility = QLineEdit(self)
        civility.setMaximumWidth(90)
        self.add_field(person, "civility", self.tr("Civilité"), civility)
        self.add_field(person, "first_name", self.tr("Prénom"), QLineEdit(self))
        self.add_field(person, "last_name", self.tr("Nom"), QLineEdit(self))
        self.add_field(person, "job_title", self.tr("Fonction"), QLineEdit(self))
        self.add_field(person, "organisation", self.tr("Organisation"), QLineEdit(self))
        self.add_field(person, "partners", self.tr("Partenaires"), LinkListEdit(self.services, "partner", self))

        reach = self.group(self.tr("Coordonnées"))
        self.add_field(reach, "emails", self.tr("Courriels"),
                       TagEdit(self, (), self.tr("ex. nom@exemple.org; autre@exemple.org")))
        self.add_field(reach, "phones", self.tr("Téléphones"), PhoneListEdit(self))
        self.add_field(reach, "languages", self.tr("Langues"),
                       TagEdit(self, [(x, x) for x in LANGUAGES], self.tr("ex. français; anglais")))
        self.add_field(reach, "country", self.tr("Pays"), CountryPicker(self))
        self.add_field(reach, "address", self.tr("Adresse postale"), text_box(self))

        more = self.group(self.tr("Suivi"))
        self.add_field(more, "purpose", self.tr("Finalité"), QLineEdit(self))
        self.add_field(more, "source", self.tr("Source"), QLineEdit(self))
        self.add_field(more, "last_contact_on", self.tr("Dernier contact"), PartialDateEdit(self, day_only=True))
        self.add_field(more, "notes", self.tr("Notes"), text_box(self))
        no_contact = QCheckBox(self.tr("Ne pas contacter"), self)
        no_contact.setToolTip(self.tr("La personne s'oppose à être contactée : elle est exclue des invitations, des "
                                      "listes de diffusion, des vCard et des étiquettes."))
        self.add_field(more, "no_contact", self.tr("Opposition"), no_contact)

        self.interactions = InteractionPanel(self.services, self, self.language)
        self.interactions.changed.connect(self.load)
        self.new_interaction_button = self.interactions.new_button
        self.side_box(self.tr("Interactions")).addWidget(self.interactions)
        from desktop.views.forms.followup_actions import install_new_followup

        self.new_followup_button = install_new_followup(self, "contact", self.side_box(self.tr("Suivis")))

    def new_title(self) -> str:
        return self.tr("Nouveau contact")

    def record_title(self, record) -> str:
        return record.full_name

    def required_placeholders(self):
        return {"last_name": "x"}

    def model_error_field(self, error: dict) -> str | None:
        return "last_name" if error.get("type") == "required" else super().model_error_field(error)

    def duplicate_name(self, data) -> str | None:
        return " ".join(p for p in (data.first_name, data.last_name) if p)

    def has_links(self) -> bool:
        return True

    def fill_extra(self, record) -> None:
        self.interactions.setEnabled(record is not None)
        partner = record.partners[0].id if record is not None and record.partners else None
        self.interactions.set_owner(partner, record.id if record is not None else None)
        entries = [interaction_entry(i) for i in interactions_of(self.services.catalog, "contact", record.id)] if record else []
        self.interactions.set_entries(entries)
