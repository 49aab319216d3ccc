"""Preferences › Données personnelles: the data protection officer printed on the record of processing,
and the years without interaction after which the dashboard's retention review lists a person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget


class PersonalDataBox(QGroupBox):
    """``values()`` gives the settings for ``db.services.settings``."""

    def __init__(self, session, parent: QWidget | None = None):
        from db.services import retention
        from db.services import settings as catalogue_settings

        super().__init__(self.tr("Données personnelles (RGPD)"), parent)
        self.setObjectName("personal_data_box")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.dpo = QLineEdit(catalogue_settings.text(session, catalogue_settings.DPO), self)
        self.dpo.setObjectName("dpo")
        self.dpo.setPlaceholderText(self.tr("ex. Marie Durand, dpo@ville.fr"))
        self.years = QSpinBox(self)
        self.years.setObjectName("retention_years")
        self.years.setRange(1, retention.MAX_YEARS)
        self.years.setValue(retention.years(session))
        self.years.setSuffix(self.tr(" an(s)"))
        for text, widget in ((self.tr("&Délégué(e) à la protection des données :"), self.dpo),
                             (self.tr("&Revue de conservation après :"), self.years)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        hint = QLabel(self.tr("Le tableau de bord liste chaque année les personnes sans interaction (échange, "
                              "événement, suivi) depuis cette durée, pour les anonymiser ou les garder un an de plus. "
                              "Le délégué figure sur le registre des traitements (Outils)."), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        form.addRow(hint)

    def values(self) -> dict:
        from db.services import retention
        from db.services import settings as catalogue_settings

        return {catalogue_settings.DPO: " ".join(self.dpo.text().split()) or None,
                retention.RETENTION_YEARS: self.years.value()}
