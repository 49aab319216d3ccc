"""Two saves of the same record: show theirs and yours field by field, let the user choose; a record
deleted by a colleague meanwhile is said so, with « Restaurer depuis la corbeille », never written
into while it is deleted (``resolve``)."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets import message_box


class ConflictDialog(QDialog):
    """``exec()`` returns CANCEL, KEEP_THEIRS or OVERWRITE. ``rows``: (field label, theirs, yours)."""

    CANCEL, OVERWRITE, KEEP_THEIRS = 0, 1, 2

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("Modification concurrente"))
        intro = QLabel(self.tr("Quelqu'un a enregistré cette fiche pendant que vous la modifiiez. "
                               "Voici les champs qui diffèrent :"))
        intro.setWordWrap(True)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, title in enumerate((self.tr("Champ"), self.tr("Leur version"), self.tr("Votre saisie"))):
            header = QLabel(title)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        for row, (label, theirs, yours) in enumerate(rows, start=1):
            for column, text in enumerate((label, theirs, yours)):
                cell = QLabel(text if text.strip() else self.tr("(vide)"))
                cell.setEnabled(bool(text.strip()))
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(rows) + 1, 1)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        keep = QPushButton(self.tr("Garder leur version"))
        keep.clicked.connect(lambda: self.done(self.KEEP_THEIRS))
        overwrite = QPushButton(self.tr("Écraser avec ma saisie"))
        overwrite.clicked.connect(lambda: self.done(self.OVERWRITE))
        cancel = QPushButton(self.tr("Continuer à modifier"))
        cancel.clicked.connect(lambda: self.done(self.CANCEL))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(keep)
        buttons.addWidget(overwrite)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(640, 360)


def deleted_record(form):
    """The form's record as it is now when it was deleted meanwhile (with who and when), else None."""
    if not form.public_id:
        return None
    try:
        record = form.services.get(form.kind, form.public_id, include_deleted=True)
    except Exception:  # purged from the trash, or the catalogue is unreachable
        return None
    return record if record.deleted_at is not None else None


def replacement(form, record):
    """The record this deleted one was merged into by a colleague (``Services.replaced_by``), or None."""
    try:
        return form.services.replaced_by(form.kind, record.id)
    except Exception:  # the catalogue is unreachable: said as a deletion
        return None


def deleted_sentence(record, replaced=None) -> str:
    """« Cette fiche a été supprimée par X le … » for a deleted record; « … a été fusionnée avec « Y »
    par X le … » when a colleague merged it into another (``replaced``: ``trash.Replacement``)."""
    if replaced is not None:
        moment = replaced.at.astimezone() if replaced.at.tzinfo else replaced.at
        return QCoreApplication.translate(
            "ConflictDialog", "Cette fiche a été remplacée : {0} l'a fusionnée avec « {1} » le {2}. Ses valeurs, "
            "ses liens et son historique sont dans « {1} » ; ouvrez cette fiche pour la modifier.").format(
            replaced.actor or "?", replaced.title, moment.strftime("%d/%m/%Y %H:%M"))
    moment = record.deleted_at.astimezone() if record.deleted_at.tzinfo else record.deleted_at
    when = moment.strftime("%d/%m/%Y %H:%M")
    if record.updated_by:
        return QCoreApplication.translate("ConflictDialog", "Cette fiche a été supprimée par {0} le {1}. "
                                          "Elle est dans la corbeille (Édition › Corbeille…).").format(
            record.updated_by, when)
    return QCoreApplication.translate("ConflictDialog", "Cette fiche a été supprimée le {0}. Elle est dans la "
                                      "corbeille (Édition › Corbeille…).").format(when)


def restored_sentence(actor: str | None, at) -> str:
    """« Cette fiche a été restaurée par X le … »: a colleague brought it back from the trash."""
    moment = at.astimezone() if getattr(at, "tzinfo", None) else at
    when = moment.strftime("%d/%m/%Y %H:%M")
    if actor:
        return QCoreApplication.translate("ConflictDialog", "Cette fiche a été restaurée depuis la corbeille par {0} "
                                          "le {1}.").format(actor, when)
    return QCoreApplication.translate("ConflictDialog", "Cette fiche a été restaurée depuis la corbeille le {0}."
                                      ).format(when)


def say_if_restored(form, seen_version: int | None) -> bool:
    """After a reload: the form's banner says « Cette fiche a été restaurée par X le … » when the record
    came back from the trash since the form showed it (gone: ``seen_version`` None, or at that version),
    as a deletion and a merge are said (``deleted_sentence``). True when said."""
    record = getattr(form, "record", None)
    if record is None or record.version == seen_version:
        return False
    changes = form.services.history(form.kind, form.public_id)
    if not changes or changes[-1]["action"] != "restore":
        return False
    form.banner.set_error(restored_sentence(changes[-1]["actor"], changes[-1]["at"]))
    return True


def resolve(form, exc, data) -> bool:
    """After a refused save (``ConflictError``): True when the user's entry was saved in the end."""
    if exc.current.deleted_at is not None:
        return _resolve_deleted(form, exc.current, data)
    theirs = type(form)(form.services, None)
    try:
        theirs.record = exc.current
        theirs.fill(exc.current)
        theirs_text, theirs_values = theirs.texts(), theirs.values()
    finally:
        theirs.deleteLater()
    mine_text, mine_values = form.texts(), form.values()
    edited = {name for name in form.bindings if mine_values[name] != form._baseline.get(name)}
    kept = QCoreApplication.translate("ConflictDialog", "(non modifié par vous : leur version est gardée)")
    rows = [(b.label or name, theirs_text.get(name, ""), mine_text[name] if name in edited else kept)
            for name, b in form.bindings.items() if theirs_text.get(name, "") != mine_text[name]]
    choice = ConflictDialog(rows, form).exec()
    if choice == ConflictDialog.OVERWRITE:
        merged = {name: mine_values[name] if name in edited else theirs_values[name] for name in mine_values}
        for name in set(mine_values) - set(form.bindings):  # values a subclass adds (a follow-up's session)
            merged[name] = theirs_values.get(name)
        try:
            data = form.schema.model_validate(merged)
        except ValidationError as error:
            form.show_errors(error.errors())
            return False
        return form._write(data, exc.current.version)
    if choice == ConflictDialog.KEEP_THEIRS:
        form.load()
    return False


def _resolve_deleted(form, current, data) -> bool:
    """The record was deleted while being edited: restore it and save the entry, drop the entry, or
    go on editing (nothing is written into the deleted record)."""
    replaced = replacement(form, current)
    if replaced is not None:   # merged into another record: its undo is the colleague's, not a restore
        title = QCoreApplication.translate("ConflictDialog", "Fiche remplacée entre-temps")
        why = QCoreApplication.translate("ConflictDialog", "Votre saisie n'a pas été enregistrée ; reportez-la dans "
                                         "« {0} » si elle vaut encore.").format(replaced.title)
    else:
        title = QCoreApplication.translate("ConflictDialog", "Fiche supprimée entre-temps")
        why = QCoreApplication.translate("ConflictDialog", "Votre saisie n'a pas été enregistrée. « Restaurer depuis "
                                         "la corbeille » remet la fiche dans le catalogue puis y enregistre votre "
                                         "saisie.")
    box = message_box.message_box(QMessageBox.Icon.Warning, title, deleted_sentence(current, replaced) + "\n\n" + why,
                                  QMessageBox.StandardButton.NoButton, form)
    box.setObjectName("deleted_conflict_box")
    role = QMessageBox.ButtonRole
    restore = None
    if replaced is None:
        restore = box.addButton(QCoreApplication.translate("ConflictDialog", "Restaurer depuis la corbeille"),
                                role.AcceptRole)
    drop = box.addButton(QCoreApplication.translate("ConflictDialog", "Abandonner ma saisie"), role.DestructiveRole)
    box.addButton(QCoreApplication.translate("ConflictDialog", "Continuer à modifier"), role.RejectRole)
    if restore is not None:
        box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        restored = form.services.restore(form.kind, current.id)
        return form._write(data, restored.version)
    if clicked is drop:
        form.load()
    return False
