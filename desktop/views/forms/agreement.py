"""Agreement form: partners, dates with their precision, status, renewal, budget, funders, documents."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit

from db import agreement_status
from db.schemas import AgreementIn
from db.schemas.vocab import AGREEMENT_KIND, AGREEMENT_STATUS, RENEWAL
from db.services.lookups import domain_names
from desktop.views.forms.base import RecordEditor
from desktop.views.forms.binding import format_amount, format_int, format_rate
from desktop.views.forms.documents_panel import DocumentsPanel
from desktop.views.forms.partner import text_box
from desktop.widgets.budget_lines_edit import BudgetLinesEdit
from desktop.widgets.language import ui_language
from desktop.widgets.list_edit import LinkListEdit, TagEdit
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.pickers import VocabCombo


def short_edit(parent, width: int = 140, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaximumWidth(width)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class AgreementEditor(RecordEditor):
    kind = "agreement"
    schema = AgreementIn

    def build(self) -> None:
        main = self.group(self.tr("Accord"))
        self.add_field(main, "title", self.tr("Intitulé"), QLineEdit(self))
        self.add_field(main, "kind", self.tr("Type"), VocabCombo(AGREEMENT_KIND, self))
        self.add_field(main, "status", self.tr("Statut"), VocabCombo(AGREEMENT_STATUS, self, optional=False))
        self.add_field(main, "partners", self.tr("Partenaires"), LinkListEdit(self.services, "partner", self, True))
        domains = [(n, n) for n in domain_names(self.services.catalog)]
        self.add_field(main, "domains", self.tr("Domaines"), TagEdit(self, domains))

        dates = self.group(self.tr("Dates et reconduction"))
        self.add_field(dates, "signed_on", self.tr("Signé le"), PartialDateEdit(self))
        self.add_field(dates, "signed_at", self.tr("Signé à"), QLineEdit(self))
        self.add_field(dates, "starts_on", self.tr("Début"), PartialDateEdit(self))
        self.add_field(dates, "ends_on", self.tr("Fin"), PartialDateEdit(self))
        self.add_field(dates, "duration_years", self.tr("Durée (ans)"), short_edit(self, 80), format_int)
        self.add_field(dates, "renewal", self.tr("Reconduction"), VocabCombo(RENEWAL, self, optional=False))
        self.add_field(dates, "notice_months", self.tr("Préavis (mois)"),
                       short_edit(self, 160, self.tr("ex. 3, 6 mois, 90 jours")), format_int)
        self.standing_label = QLabel(self)  # where the saved agreement stands today (db.agreement_status)
        self.standing_label.setWordWrap(True)
        self.standing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        situation = QLabel(self.tr("Situation"), self)
        situation.setBuddy(self.standing_label)
        dates.addRow(situation, self.standing_label)

        money = self.group(self.tr("Budget"))
        self.add_field(money, "budget", self.tr("Budget (€)"), short_edit(self, 160, self.tr("ex. 25 000,00")), format_amount)
        self.add_field(money, "cofinancing_rate", self.tr("Cofinancement"), short_edit(self, 100, "ex. 50 %"), format_rate)
        self.add_field(money, "funders", self.tr("Financeurs"), TagEdit(self, (), self.tr("ex. Ville de Cannes; Région")))

        self.budget_edit = BudgetLinesEdit(self)
        budget_box = QGroupBox(self.tr("Budget par année"))
        budget_layout = QFormLayout(budget_box)
        self.wide.addWidget(budget_box)
        self.add_field(budget_layout, "budget_lines", "", self.budget_edit)

        text = self.group(self.tr("Contenu"))
        self.add_field(text, "signatories", self.tr("Signataires"), text_box(self, 60))
        self.add_field(text, "summary", self.tr("Objet / résumé"), text_box(self))
        self.add_field(text, "notes", self.tr("Notes"), text_box(self))

        self.documents = DocumentsPanel(self.services, self)
        self.side_box(self.tr("Documents joints")).addWidget(self.documents)
        from desktop.views.forms.followup_actions import install_new_followup

        self.new_followup_button = install_new_followup(self, "agreement", self.side_box(self.tr("Suivis")))

    def new_title(self) -> str:
        return self.tr("Nouvel accord")

    def has_links(self) -> bool:
        return True

    def fill_extra(self, record) -> None:
        self.documents.set_agreement(record)
        state = agreement_status.of(record, dt.date.today()) if record is not None else None
        self.standing_label.setText(state.describe(ui_language()) if state else "")
        self.standing_label.setStyleSheet("color: #b00020; font-weight: bold;" if state and state.still_marked else "")
