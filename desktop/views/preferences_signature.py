"""Preferences › the signature block printed at the end of the agreement sheet and the minutes:
the place (« Fait à … », the office's city by default) and one or two signatories (title and name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget


class SignatureBox(QGroupBox):
    """The signature settings of the catalogue; ``values()`` gives them for ``db.services.settings``."""

    def __init__(self, session, parent: QWidget | None = None):
        from db.services import settings as catalogue_settings

        super().__init__(self.tr("Signature des fiches accord et des comptes rendus"), parent)
        self.setObjectName("signature_box")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        s = catalogue_settings
        rows = (
            (s.SIGNATURE_PLACE, self.tr("&Fait à :"), self.tr("la ville du service")),
            (s.SIGNATORY_TITLE, self.tr("&Qualité du signataire :"), self.tr("ex. Le Maire")),
            (s.SIGNATORY, self.tr("&Nom du signataire :"), self.tr("ex. Anne Martin")),
            (s.SECOND_SIGNATORY_TITLE, self.tr("Qualité du s&econd :"), self.tr("ex. L'Adjoint délégué")),
            (s.SECOND_SIGNATORY, self.tr("Nom du se&cond :"), self.tr("facultatif")),
        )
        self.edits: dict[str, QLineEdit] = {}
        for key, text, placeholder in rows:
            edit = QLineEdit(s.text(session, key), self)
            edit.setObjectName(key)
            edit.setPlaceholderText(placeholder)
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[key] = edit
        hint = QLabel(self.tr("Sans signataire, les documents n'ont pas de bloc de signature. Le second signataire "
                              "signe à côté du premier sur la fiche accord (une convention signée à deux)."), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        form.addRow(hint)

    def values(self) -> dict[str, str | None]:
        """Each setting's new value (None: cleared)."""
        return {key: " ".join(edit.text().split()) or None for key, edit in self.edits.items()}
