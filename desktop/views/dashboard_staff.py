"""Dialog to edit the office's staff list (owners of follow-ups) and say which name is "me"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.services import staff


class StaffDialog(QDialog):
    """One name per line; "Je suis" links the current login to one of them for the "mine" filter."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        with services.catalog.uow(services.actor) as uow:
            entries = staff.staff(uow.session)
            self._mine = staff.mine(uow.session, services.actor)
        self.names = QPlainTextEdit(self)
        self.names.setPlainText("\n".join(e["name"] for e in entries))
        self.names.textChanged.connect(self._fill_me)
        self.me = QComboBox(self)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.names_label = QLabel(self)
        self.me_label = QLabel(self)
        self.me_label.setBuddy(self.me)
        form.addRow(self.names_label, self.names)
        form.addRow(self.me_label, self.me)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self._fill_me()
        self.resize(460, 380)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Équipe du service"))
        self.help.setText(self.tr("Les personnes à qui l'on peut confier un suivi, une par ligne."))
        self.names_label.setText(self.tr("&Membres :"))
        self.me_label.setText(self.tr("&Je suis :"))

    def entered_names(self) -> list[str]:
        return [" ".join(line.split()) for line in self.names.toPlainText().splitlines() if line.strip()]

    def _fill_me(self) -> None:
        current = self.me.currentData() if self.me.count() else self._mine
        self.me.clear()
        self.me.addItem(self.tr("(personne de la liste)"), None)
        for name in self.entered_names():
            self.me.addItem(name, name)
        self.me.setCurrentIndex(max(0, self.me.findData(current)))

    def accept(self) -> None:
        me = self.me.currentData()
        actor = self.services.actor
        with self.services.catalog.uow(actor) as uow:
            old = {e["name"]: e["login"] for e in staff.staff(uow.session)}
            entries = []
            for name in self.entered_names():
                login = old.get(name)
                if login == actor and name != me:
                    login = None
                entries.append({"name": name, "login": actor if name == me else login})
            staff.set_staff(uow.session, entries)
            uow.commit()
        super().accept()
