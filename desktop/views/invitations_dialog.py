"""Invitations and attendance of one event: invite contacts found by a search (or those of a
selection), follow who was invited, who answered and who came, and produce the letters, the Outlook
list, the vCards, the labels, the badges and the attendance sheets; read a filled sheet back.

People who object to being contacted are shown but cannot be invited, and every output says whom it
left out. ``changed_anything`` tells the caller to refresh its lists.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db.schemas import vocab
from db.services import ServiceError
from db.services.invitations import LEFT_OUT, Outreach
from db.services.records import ListQuery
from desktop.errors import said
from desktop.widgets import message_box

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class InvitationsDialog(QDialog):
    def __init__(self, services, event_id: str, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("invitations_dialog")
        self.services, self.event_id = services, event_id
        self.outreach = Outreach(services.catalog, services.actor)
        self.today = today or dt.date.today()
        self.changed_anything = False
        writes = not services.catalog.read_only

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_contacts)
        self.find_button = QPushButton(self)
        self.find_button.clicked.connect(self.find_contacts)
        self.contacts_model = QStandardItemModel(0, 2, self)
        self.contacts = self._view(self.contacts_model)
        self.invite_button = QPushButton(self)
        self.invite_button.setObjectName("invite_selected")
        self.invite_button.setEnabled(writes)
        self.invite_button.clicked.connect(self.invite_selected)
        left = QGroupBox(self)
        self.left_box = left
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.find_button)
        box = QVBoxLayout(left)
        box.addLayout(row)
        box.addWidget(self.contacts, 1)
        box.addWidget(self.invite_button)

        self.people_model = QStandardItemModel(0, 5, self)
        self.people = self._view(self.people_model)
        self.response = QComboBox(self)
        self.response.addItem("", None)
        for code in vocab.RESPONSE.codes:
            self.response.addItem(vocab.RESPONSE.label(code), code)
        self.answer_button = QPushButton(self)
        self.came_button = QPushButton(self)
        self.absent_button = QPushButton(self)
        for button, slot in ((self.answer_button, self.record_answer), (self.came_button, lambda: self.mark(True)),
                             (self.absent_button, lambda: self.mark(False))):
            button.clicked.connect(slot)
            button.setEnabled(writes)
        self.tally = QLabel(self)
        right = QGroupBox(self)
        self.right_box = right
        marks = QHBoxLayout()
        for w in (self.response, self.answer_button, self.came_button, self.absent_button):
            marks.addWidget(w)
        marks.addStretch(1)
        box = QVBoxLayout(right)
        box.addWidget(self.people, 1)
        box.addLayout(marks)
        box.addWidget(self.tally)

        # three columns, so that the dialog fits a 1366×768 screen at 200 % (683 pixels): the letters,
        # labels and badges; the lists and reading a sheet back; the session chosen and its sheets
        self.outputs = QGroupBox(self)
        grid = QGridLayout(self.outputs)
        self.output_buttons = {}
        for name, row, column in (("letters", 0, 0), ("labels", 0, 1), ("badges", 0, 2), ("csv", 1, 0),
                                  ("vcf", 1, 1), ("read", 1, 2), ("sheet_pdf", 2, 1), ("sheet_xlsx", 2, 2)):
            button = QPushButton(self.outputs)
            button.setObjectName(f"output_{name}")
            button.clicked.connect(lambda _checked=False, n=name: self.output(n))
            grid.addWidget(button, row, column)
            self.output_buttons[name] = button
        self.output_buttons["read"].setEnabled(writes)
        self.session_combo = QComboBox(self)
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.setMinimumContentsLength(12)   # a long session title is cut: whole in the list
        self.session_combo.currentTextChanged.connect(self.session_combo.setToolTip)   # and on hover
        self.session_label = QLabel(self)
        self.session_label.setBuddy(self.session_combo)
        session = QHBoxLayout()
        session.addWidget(self.session_label)
        session.addWidget(self.session_combo, 1)
        grid.addLayout(session, 2, 0)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(left, 2)
        top.addWidget(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.outputs)
        layout.addWidget(close)
        self.retranslate_ui()
        self.load()
        self.find_contacts()
        self.resize(1100, 640)

    def _view(self, model) -> QTreeView:
        view = QTreeView(self)
        view.setModel(model)
        view.setRootIsDecorated(False)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        return view

    def retranslate_ui(self) -> None:
        self.left_box.setTitle(self.tr("Inviter des contacts"))
        self.right_box.setTitle(self.tr("Invités et participants"))
        self.outputs.setTitle(self.tr("Documents"))
        self.search.setPlaceholderText(self.tr("Rechercher des contacts (nom, organisation, pays…)"))
        self.find_button.setText(self.tr("Rechercher"))
        self.invite_button.setText(self.tr("Inviter la sélection"))
        self.contacts_model.setHorizontalHeaderLabels([self.tr("Contact"), self.tr("Organisation")])
        self.people_model.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Organisation"), self.tr("Invité(e) le"),
                                                     self.tr("Réponse"), self.tr("Présent(e)")])
        self.response.setItemText(0, self.tr("(pas de réponse)"))
        self.answer_button.setText(self.tr("Noter la réponse"))
        self.came_button.setText(self.tr("Présent(e)"))
        self.absent_button.setText(self.tr("Absent(e)"))
        texts = {"letters": self.tr("Lettres d'invitation (PDF)…"), "csv": self.tr("Liste pour Outlook (CSV)…"),
                 "vcf": self.tr("Cartes de visite (vCard)…"), "labels": self.tr("Étiquettes d'adresse (PDF)…"),
                 "badges": self.tr("Badges nominatifs (PDF)…"), "sheet_pdf": self.tr("Feuille d'émargement (PDF)…"),
                 "sheet_xlsx": self.tr("Feuille à remplir (Excel)…"),
                 "read": self.tr("Lire une feuille d'émargement…")}
        for name, button in self.output_buttons.items():
            button.setText(texts[name])
        self.session_label.setText(self.tr("Feuille de :"))

    # --- reading -----------------------------------------------------------------------------

    def load(self) -> None:
        event = self.outreach.event(self.event_id)
        self.event = event
        self.setWindowTitle(self.tr("Invitations et émargement — {0}").format(event.title))
        self.people_model.removeRows(0, self.people_model.rowCount())
        for p in event.participants:
            name = QStandardItem(p.name)
            name.setData(p.contact.id if p.contact else p.name, ID_ROLE)
            self.people_model.appendRow([
                name, QStandardItem(p.organisation or ""),
                QStandardItem(f"{p.invited_on:%d/%m/%Y}" if p.invited_on else ""),
                QStandardItem(vocab.RESPONSE.label(p.response) if p.response else ""),
                QStandardItem(self.tr("oui") if p.attended else self.tr("non"))])
        for column in (0, 2, 3):
            self.people.resizeColumnToContents(column)
        invited = [p for p in event.participants if p.invited_on]
        self.tally.setText(self.tr("{0} invité(s), {1} accepté(s), {2} décliné(s), {3} présent(s)").format(
            len(invited), sum(p.response == "accepted" for p in event.participants),
            sum(p.response == "declined" for p in event.participants), sum(p.attended for p in event.participants)))
        current = self.session_combo.currentData()
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("l'événement"), "")
        self.session_combo.addItem(self.tr("l'événement et chaque séance (PDF)"), "*")
        for s in event.sessions:
            self.session_combo.addItem(s.title, s.id)
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(current)))

    @Slot()
    def find_contacts(self) -> None:
        self.contacts_model.removeRows(0, self.contacts_model.rowCount())
        for c in self.services.list("contact", ListQuery(search=self.search.text(), limit=500)):
            name = QStandardItem(c.full_name)
            name.setData(c.id, ID_ROLE)
            if c.no_contact or c.anonymised_at:
                name.setText(self.tr("{0} (ne pas contacter)").format(c.full_name))
                name.setEnabled(False)
            self.contacts_model.appendRow([name, QStandardItem(c.organisation or "")])
        self.contacts.resizeColumnToContents(0)

    def _selected(self, view, model) -> list[str]:
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        return [model.item(r, 0).data(ID_ROLE) for r in rows if model.item(r, 0).isEnabled()]

    # --- writing -----------------------------------------------------------------------------

    def _done(self) -> None:
        self.changed_anything = True
        self.load()

    @Slot()
    def invite_selected(self) -> None:
        ids = self._selected(self.contacts, self.contacts_model)
        if not ids:
            message_box.information(self, self.tr("Inviter"), self.tr("Sélectionnez d'abord des contacts à inviter."))
            return
        try:
            found = self.outreach.invite(self.event_id, ids, self.today)
        except ServiceError as exc:
            message_box.warning(self, self.tr("Inviter"), said(exc))
            return
        self._done()
        self._say_left_out(self.tr("{0} personne(s) invitée(s).").format(len(found.reached)), found.left_out)

    def _people(self) -> list[str]:
        who = self._selected(self.people, self.people_model)
        if not who:
            message_box.information(self, self.tr("Participants"), self.tr("Sélectionnez d'abord des participants."))
        return who

    @Slot()
    def record_answer(self) -> None:
        for who in self._people():
            self.outreach.answer(self.event_id, who, self.response.currentData())
        self._done()

    def mark(self, came: bool) -> None:
        for who in self._people():
            self.outreach.mark_attended(self.event_id, who, came)
        self._done()

    def _say_left_out(self, first: str, left_out) -> None:
        lines = [first] + [self.tr("Exclu(e) : {0} ({1})").format(c.full_name, LEFT_OUT.get(why, why))
                           for c, why in left_out]
        message_box.information(self, self.tr("Invitations"), "\n".join(lines))

    def _path(self, title: str, name: str, pattern: str, suffix: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path or None

    def output(self, name: str) -> None:
        from desktop.views.invitations_outputs import run_output

        try:
            message = run_output(self, name)
        except (ServiceError, OSError) as exc:
            message_box.warning(self, self.tr("Impossible"), said(exc))
            return
        except Exception as exc:  # PrintError and the like: a sentence for people, details in the log
            from db.logs import log_exception
            from desktop.printing.paging import PrintError

            if not isinstance(exc, PrintError):
                log_exception(exc)
                raise
            message_box.warning(self, self.tr("Impossible"), said(exc))
            return
        if message:
            self._say_left_out(*message)
