"""Edit › Preferences: the interface language (applied at the next start), the backups folder (kept
per user by ``db.backup_settings``, so that the command line and a damaged catalogue's recovery
find it too) and, for the catalogue
shared by the office, its identity on printed documents (name, city, logo), who signs them, and the
default owner of new follow-ups. Three tabs (« Général », « Service », « Signature ») keep it short
enough for a 1366×768 screen at 150 % (``tests/desktop/test_dialogs_fit.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import Settings
from desktop.widgets import message_box


class PreferencesDialog(QDialog):
    """The user's choices; ``apply()`` saves them and says whether something changed.

    Without ``services`` only the interface language is shown (no catalogue open).
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None, services=None):
        super().__init__(parent)
        self.settings = settings
        self.services = services
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Préférences"))
        outer = QVBoxLayout(self)
        tabs = QTabWidget(self)
        tabs.setObjectName("preferences_tabs")
        outer.addWidget(tabs)
        general = QWidget(tabs)
        layout = QFormLayout(general)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        tabs.addTab(general, self.tr("Général"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        language_label = QLabel(self.tr("&Langue de l'interface :"))
        language_label.setBuddy(self.language)
        layout.addRow(language_label, self.language)
        note = QLabel(self.tr("La nouvelle langue s'applique au prochain démarrage de Passerelles. Les dates et les "
                              "nombres suivent la langue choisie."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout.addRow(note)
        self._backup_row(layout)
        self._logo_value: dict | None = None
        self._logo_changed = False
        self.signature = None
        if services is not None:
            office = QWidget(tabs)
            office_layout = QVBoxLayout(office)
            office_layout.addWidget(self._catalogue_box())
            office_layout.addStretch(1)
            tabs.addTab(office, self.tr("Service"))
            signing = QWidget(tabs)
            signing_layout = QVBoxLayout(signing)
            with services.catalog.uow() as uow:
                from desktop.views.preferences_signature import SignatureBox

                self.signature = SignatureBox(uow.session, signing)
            if getattr(services.catalog, "read_only", False):
                self.signature.setEnabled(False)
            signing_layout.addWidget(self.signature)
            signing_layout.addStretch(1)
            tabs.addTab(signing, self.tr("Signature"))
            personal = QWidget(tabs)
            personal_layout = QVBoxLayout(personal)
            with services.catalog.uow() as uow:
                from desktop.views.preferences_personal import PersonalDataBox

                self.personal = PersonalDataBox(uow.session, personal)
            self.personal.setEnabled(not getattr(services.catalog, "read_only", False))
            personal_layout.addWidget(self.personal)
            personal_layout.addStretch(1)
            tabs.addTab(personal, self.tr("Données personnelles"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _backup_row(self, layout: QFormLayout) -> None:
        from db.backup_settings import chosen_folder

        chosen = chosen_folder()
        self._stored_backup_folder = str(chosen) if chosen else ""
        self.backup_folder = QLineEdit(self._stored_backup_folder, self)
        self.backup_folder.setObjectName("backup_folder")
        self.backup_folder.setPlaceholderText(self.tr("« Sauvegardes » à côté du catalogue"))
        self.backup_folder.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("Choisir…"), self)
        choose.setObjectName("choose_backup_folder")
        choose.clicked.connect(self.choose_backup_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(choose)
        label = QLabel(self.tr("Dossier des &sauvegardes :"), self)
        label.setBuddy(self.backup_folder)
        layout.addRow(label, row)
        hint = QLabel(self.tr("Vide : un dossier « Sauvegardes » à côté de chaque catalogue. Un dossier choisi (un "
                              "autre disque, par exemple) reçoit un sous-dossier par catalogue ; ce réglage est "
                              "propre à votre compte et vaut aussi pour la ligne de commande."), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        layout.addRow(hint)

    @Slot()
    def choose_backup_folder(self, path: str | None = None) -> None:
        if path is None:
            path = QFileDialog.getExistingDirectory(self, self.tr("Dossier des sauvegardes"),
                                                    self.backup_folder.text())
        if path:
            self.backup_folder.setText(path)

    def _catalogue_box(self) -> QGroupBox:
        from db.services import settings as catalogue_settings

        box = QGroupBox(self.tr("Pour tout le service (enregistré dans le catalogue)"), self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        with self.services.catalog.uow() as uow:
            identity = catalogue_settings.office_identity(uow.session)
            self._stored_name = catalogue_settings.text(uow.session, catalogue_settings.OFFICE_NAME)
            owner = catalogue_settings.text(uow.session, catalogue_settings.DEFAULT_OWNER)
        self.office_name = QLineEdit(self._stored_name, box)
        self.office_name.setObjectName("office_name")
        self.office_name.setPlaceholderText(catalogue_settings.DEFAULT_OFFICE_NAME)
        self.office_city = QLineEdit(identity.city, box)
        self.office_city.setObjectName("office_city")
        self.office_city.setPlaceholderText(self.tr("ex. Cannes"))
        self.logo_preview = QLabel(box)
        self.logo_preview.setMinimumHeight(40)
        self.logo_button = QPushButton(self.tr("Choisir…"), box)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("Retirer"), box)
        self.logo_clear.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        for w in (self.logo_preview, self.logo_button, self.logo_clear):
            logo_row.addWidget(w)
        logo_row.addStretch(1)
        self.default_owner = QComboBox(box)
        self.default_owner.setObjectName("default_owner")
        self.default_owner.setEditable(True)
        self.default_owner.addItem("")
        self.default_owner.addItems(self._staff())
        self.default_owner.setCurrentText(owner)
        for text, widget in ((self.tr("&Nom du service :"), self.office_name), (self.tr("&Ville :"), self.office_city),
                             (self.tr("Lo&go :"), self.logo_button),
                             (self.tr("&Responsable par défaut :"), self.default_owner)):
            label = QLabel(text, box)
            label.setBuddy(widget)
            form.addRow(label, logo_row if widget is self.logo_button else widget)
            if widget is self.office_city:
                form.addRow("", self._city_flag(box))
        hint = QLabel(self.tr("Le nom, la ville et le logo sont imprimés en tête de chaque document ; le responsable "
                              "par défaut est proposé pour chaque nouveau suivi."), box)
        hint.setWordWrap(True)
        form.addRow(hint)
        self._show_logo(identity.logo)
        if getattr(self.services.catalog, "read_only", False):
            box.setEnabled(False)
            box.setToolTip(self.tr("Le catalogue est ouvert en lecture seule : ces réglages ne peuvent pas être modifiés."))
        return box

    def _city_flag(self, box: QWidget) -> QLabel:
        """Said under « Ville » while it is empty: the printed header names no city (issue 22)."""
        self.city_missing = QLabel(self.tr("À indiquer : sans ville, l'en-tête des documents ne nomme que le service."),
                                   box)
        self.city_missing.setObjectName("city_missing")
        self.city_missing.setWordWrap(True)
        self.city_missing.setStyleSheet("color: #8a4b00;")

        def show_flag(text: str) -> None:
            self.city_missing.setVisible(not text.strip())
            self.office_city.setAccessibleDescription(self.city_missing.text() if not text.strip() else "")

        self.office_city.textChanged.connect(show_flag)
        show_flag(self.office_city.text())
        return self.city_missing

    def _staff(self) -> list[str]:
        from db.services import staff

        with self.services.catalog.uow() as uow:
            return list(staff.names(uow.session))

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(40, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("(aucun)"))
        self.logo_clear.setEnabled(bool(data))

    @Slot()
    def choose_logo(self, path: str | None = None) -> None:
        from db.services import settings as catalogue_settings

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo du service"), "",
                                                  self.tr("Images (*.png *.jpg *.jpeg *.svg *.gif *.bmp)"))
        if not path:
            return
        try:
            self._logo_value = catalogue_settings.logo_value(path)
        except catalogue_settings.SettingError as exc:
            from desktop.errors import said

            message_box.warning(self, self.tr("Logo"), said(exc, path))
            return
        self._logo_changed = True
        import base64

        self._show_logo(base64.b64decode(self._logo_value["data"]))

    @Slot()
    def clear_logo(self) -> None:
        self._logo_value, self._logo_changed = None, True
        self._show_logo(None)

    def apply(self) -> bool:
        """Save what changed; True when the interface language changed (it applies at the next start)."""
        if self.services is not None and not getattr(self.services.catalog, "read_only", False):
            self._apply_catalogue()
        folder = self.backup_folder.text().strip()
        if folder != self._stored_backup_folder:
            from db.backup_settings import choose_folder

            choose_folder(folder or None)
            self._stored_backup_folder = folder
        language = self.language.currentData()
        if language == self.settings.language:
            return False
        self.settings.language = language
        self.settings.save()
        return True

    def _apply_catalogue(self) -> None:
        from db.services import settings as catalogue_settings

        values = {catalogue_settings.OFFICE_NAME: " ".join(self.office_name.text().split()) or None,
                  catalogue_settings.OFFICE_CITY: " ".join(self.office_city.text().split()) or None,
                  catalogue_settings.DEFAULT_OWNER: self.default_owner.currentText().strip() or None}
        if self.signature is not None:
            values.update(self.signature.values())
        if getattr(self, "personal", None) is not None:
            values.update(self.personal.values())
        if self._logo_changed:
            values[catalogue_settings.LOGO] = self._logo_value
        with self.services.catalog.uow(self.services.actor) as uow:
            for key, value in values.items():
                if catalogue_settings.get(uow.session, key) != value:
                    catalogue_settings.set(uow.session, key, value)
            uow.commit()
