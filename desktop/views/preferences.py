"""Edit › Preferences: the interface language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.settings import Settings


class PreferencesDialog(QDialog):
    """The user's choices; ``apply()`` saves them and says whether something changed."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Préférences"))
        layout = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        layout.addRow(self.tr("Langue de l'interface :"), self.language)
        note = QLabel(self.tr("La nouvelle langue s'applique au prochain démarrage de Passerelles."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def apply(self) -> bool:
        language = self.language.currentData()
        if language == self.settings.language:
            return False
        self.settings.language = language
        self.settings.save()
        return True
