"""Fichier › Se connecter à un serveur… : host, port, database, user, password of a server catalogue.

``ServerDialog.url()`` is the catalogue's SQLAlchemy URL with the password (handed to the
application, never stored); ``remember`` says whether to keep the password in the system's
credential store (``desktop.credentials``). The fields start from the last server used.
``for_copy=True``: the same fields name the server a catalogue is copied to (Fichier › Copier le
catalogue vers…). The TLS mode and the authority (CA) file go into the URL (``sslmode``,
``sslrootcert``), which every connection reads: the catalogue's, live refresh's, pg_dump's.
Without a credential store, « Mémoriser le mot de passe » is greyed out and says why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

DRIVER = "postgresql+psycopg"
TLS_MODES = ("prefer", "disable", "require", "verify-ca", "verify-full")  # libpq's sslmode values


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, previous: str | None = None, message: str = "",
                 for_copy: bool = False):
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.setWindowTitle(self.tr("Copier le catalogue vers un serveur") if for_copy
                            else self.tr("Se connecter à un serveur"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Catalogue partagé sur un serveur PostgreSQL : demandez ces informations au "
                               "service informatique."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = QLabel(message)
        self.error_label.setObjectName("server_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setVisible(bool(message))
        layout.addWidget(self.error_label)
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText(self.tr("nom du serveur, par exemple bdd.mairie.local"))
        self.port = QSpinBox()
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("passerelles")
        self.database.setObjectName("server_database")
        self.user = QLineEdit()
        self.user.setObjectName("server_user")
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Mémoriser le mot de passe (dans le trousseau du système)"))
        self.remember.setObjectName("server_remember")
        from desktop import credentials

        self.remember_note = QLabel()   # why it is greyed out, wrapped (a check box's text never wraps:
        self.remember_note.setObjectName("server_remember_note")   # it widened the dialog past a 150 % screen)
        self.remember_note.setWordWrap(True)
        self.remember_note.setVisible(False)
        if not credentials.available():
            self.remember.setEnabled(False)
            self.remember_note.setText(self.tr("Mémoriser le mot de passe : impossible sur cet ordinateur (aucun "
                                               "trousseau du système disponible) ; il sera demandé à chaque "
                                               "connexion."))
            self.remember_note.setVisible(not for_copy)
        self.tls = QComboBox()
        self.tls.setObjectName("server_tls")
        labels = {"prefer": self.tr("Si le serveur le propose (prefer)"),
                  "disable": self.tr("Jamais (disable)"),
                  "require": self.tr("Exigé (require)"),
                  "verify-ca": self.tr("Exigé, certificat vérifié (verify-ca)"),
                  "verify-full": self.tr("Exigé, certificat et nom du serveur vérifiés (verify-full)")}
        for mode in TLS_MODES:
            self.tls.addItem(labels[mode], mode)
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("server_ca_file")
        self.ca_file.setPlaceholderText(self.tr("fichier .crt ou .pem fourni par le service informatique"))
        browse = QPushButton(self.tr("Parcourir…"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form.addRow(self.tr("Serveur :"), self.host)
        form.addRow(self.tr("Port :"), self.port)
        form.addRow(self.tr("Base de données :"), self.database)
        form.addRow(self.tr("Utilisateur :"), self.user)
        form.addRow(self.tr("Mot de passe :"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.remember_note)
        form.addRow(self.tr("Chiffrement (TLS) :"), self.tls)
        form.addRow(self.tr("Autorité de certification :"), ca_row)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Copier") if for_copy
                                                                        else self.tr("Se connecter"))
        self.remember.setVisible(not for_copy)  # a copy's password is used once, never kept
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update_ok)
        if previous:
            self.fill(previous)
        self._update_ok()

    def fill(self, url: str) -> None:
        """Fields from a server URL (its password, if any, is not shown)."""
        parsed = make_url(url)
        self.host.setText(parsed.host or "")
        self.port.setValue(parsed.port or 5432)
        self.database.setText(parsed.database or "")
        self.user.setText(parsed.username or "")
        mode = parsed.query.get("sslmode")
        index = self.tls.findData(mode if isinstance(mode, str) else "prefer")
        self.tls.setCurrentIndex(max(index, 0))
        ca = parsed.query.get("sslrootcert")
        self.ca_file.setText(ca if isinstance(ca, str) else "")

    def _choose_ca(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Autorité de certification du serveur"),
                                                      self.ca_file.text(),
                                                      self.tr("Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)"))
        if chosen:
            self.ca_file.setText(chosen)

    def _update_ok(self) -> None:
        ready = all(edit.text().strip() for edit in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def url(self) -> str:
        """The catalogue's URL, password included (for opening it, never for storing)."""
        query = {}
        if self.tls.currentData() != "prefer":
            query["sslmode"] = self.tls.currentData()
        if self.ca_file.text().strip():
            query["sslrootcert"] = self.ca_file.text().strip()
        url = URL.create(DRIVER, username=self.user.text().strip(), password=self.password.text() or None,
                         host=self.host.text().strip(), port=self.port.value(), database=self.database.text().strip(),
                         query=query)
        return url.render_as_string(hide_password=False)
