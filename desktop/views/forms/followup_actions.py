"""Follow-ups created from a record (partner, agreement, contact, event) or from a session's decisions.

``install_new_followup(form, kind, layout)`` adds a "Nouveau suivi…" button to a form; the event
form's sessions get "Décisions → suivis…", which turns each line of the session's takeaways (as
shown, editable) into an open follow-up in one step. Forms signal ``followups_created(list)``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import said
from desktop.widgets import message_box
from desktop.widgets.partial_date_edit import PartialDateEdit


def staff_names(services) -> list[str]:
    from db.services import staff

    with services.catalog.uow(services.actor) as uow:
        names = staff.names(uow.session)
        mine = staff.mine(uow.session, services.actor)
    return ([mine] if mine else []) + [n for n in names if n != mine]


class NewFollowUpDialog(QDialog):
    """Title (or one decision per line), owner from the office's staff, due date, details."""

    def __init__(self, services, about: str, parent: QWidget | None = None, decisions: str | None = None):
        super().__init__(parent)
        self.decisions_mode = decisions is not None
        self.setWindowTitle(self.tr("Décisions → suivis") if self.decisions_mode else self.tr("Nouveau suivi"))
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setTextFormat(intro.textFormat().PlainText)
        intro.setWordWrap(True)
        intro.setText(self.tr("Un suivi par ligne, à propos de : {0}").format(about) if self.decisions_mode
                      else self.tr("À propos de : {0}").format(about))
        layout.addWidget(intro)
        form = QFormLayout()
        if self.decisions_mode:
            self.title = QPlainTextEdit(self)
            self.title.setPlainText(decisions)
            form.addRow(self.tr("Décisions"), self.title)
        else:
            self.title = QLineEdit(self)
            form.addRow(self.tr("Action"), self.title)
        self.owner = QComboBox(self)
        self.owner.setEditable(True)
        self.owner.addItems(staff_names(services))
        from desktop.views.forms.followup import default_owner

        self.owner.setCurrentText(default_owner(services) or self.owner.currentText())
        form.addRow(self.tr("Responsable"), self.owner)
        self.due = PartialDateEdit(self)
        form.addRow(self.tr("Échéance"), self.due)
        self.details = QPlainTextEdit(self)
        self.details.setMaximumHeight(80)
        if self.decisions_mode:
            self.details.hide()  # each decision's details come from its session
        else:
            form.addRow(self.tr("Détails"), self.details)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setTextFormat(self.error.textFormat().PlainText)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 320 if self.decisions_mode else 260)

    def lines(self) -> list[str]:
        from db.services.followups import decision_lines

        text = self.title.toPlainText() if self.decisions_mode else self.title.text()
        return decision_lines(text)

    def accept(self) -> None:
        from pydantic_core import PydanticCustomError

        from db.schemas.fields import normalise_partial_date
        from db.schemas.messages import error_message

        if not self.lines():
            self.error.setText(self.tr("Indiquez au moins une action."))
            return
        try:
            self.due_on = normalise_partial_date(self.due.text())
        except PydanticCustomError as exc:
            self.error.setText(error_message({"type": exc.type, "ctx": exc.context, "input": self.due.text()}))
            return
        super().accept()

    def values(self) -> dict:
        return {"owner": self.owner.currentText().strip() or None,
                "due_on": self.due_on.iso() if self.due_on else None,
                "details": self.details.toPlainText().strip() or None}


def new_followup(form, kind: str) -> list:
    """Ask for a follow-up about ``form``'s record and create it; returns the created ``FollowUpOut``s."""
    from db.services.errors import ServiceError
    from db.services.followups import FollowUps

    record = form.record
    if record is None:
        return []
    about = getattr(record, "name", None) or getattr(record, "title", None) or getattr(record, "full_name", "")
    dialog = NewFollowUpDialog(form.services, about, form)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    values = dialog.values()
    try:
        created = [FollowUps(form.services.catalog, form.services.actor).create_for(
            kind, record.id, dialog.lines()[0][:300], **values)]
    except (ServiceError, PermissionError, ValueError) as exc:
        message_box.warning(form, form.tr("Suivi non créé"), said(exc, form.services.catalog.path))
        return []
    _created(form, created)
    return created


def decisions_to_followups(form, session: dict) -> list:
    """A saved session's decisions (its takeaways, editable) become follow-ups in one step."""
    from db.services.errors import ServiceError
    from db.services.followups import FollowUps

    dialog = NewFollowUpDialog(form.services, session.get("title") or "", form, decisions=session.get("takeaways") or "")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    values = dialog.values()
    try:
        created = FollowUps(form.services.catalog, form.services.actor).from_session(
            session["public_id"], text="\n".join(dialog.lines()), owner=values["owner"], due_on=values["due_on"])
    except (ServiceError, PermissionError, ValueError) as exc:
        message_box.warning(form, form.tr("Suivis non créés"), said(exc, form.services.catalog.path))
        return []
    _created(form, created)
    return created


def _created(form, created: list) -> None:
    if hasattr(form, "refresh_links"):
        form.refresh_links()
    form.followups_created.emit([f.id for f in created])


def install_new_followup(form, kind: str, layout) -> QPushButton:
    """A "Nouveau suivi…" button in ``layout``, enabled once the record is saved."""
    button = QPushButton(form.tr("Nouveau suivi…"), form)
    button.setObjectName("new_followup_button")
    button.clicked.connect(lambda: new_followup(form, kind))
    layout.addWidget(button)
    return button
