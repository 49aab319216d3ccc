"""The Tools menu's personal-data and outreach entries: a contact's data as PDF or JSON, anonymising a
contact, the record of processing for the DPO, and the invitations and attendance of an event
(``InvitationsDialog``). Qt-only glue: the work is ``db.services`` and ``desktop.printing.outreach``."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from db.services import ServiceError
from desktop.errors import said
from desktop.widgets import message_box
from desktop.widgets.language import ui_language


def confirm_and_anonymise(parent: QWidget, services, ids: list[str], names: list[str]) -> bool:
    """Ask, anonymise each person, then say what was done and which backups still hold them."""
    shown = ", ".join(names[:6]) + (", …" if len(names) > 6 else "")   # one paragraph: the box fits a small screen
    answer = message_box.warning(
        parent, QCoreApplication.translate("PersonalData", "Anonymiser"),
        QCoreApplication.translate("PersonalData", "Anonymiser pour de bon ces personnes ?\n\n{0}\n\nLeur nom, leurs coordonnées et le texte libre qui les "
           "nomme seront remplacés partout, dans l'historique, la corbeille et la recherche compris. Leurs liens "
           "(événements, échanges, partenaires) restent, sous un nom anonyme. Cela ne peut pas être annulé.")
        .format(shown),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    done, backups, documents, errors = [], {}, {}, []
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about half a second a person, backups read
    try:
        for public_id, name in zip(ids, names, strict=True):
            try:
                result = services.anonymise(public_id)
            except ServiceError as exc:
                errors.append(f"{name} : {said(exc)}")
                continue
            done.append(name)
            for label, path, certain in result["backups"]:
                backups[path] = (label, certain)
            for doc in result.get("documents", []):
                documents[doc["id"]] = f"• {doc['name']} ({doc['agreement']['name']})"
    finally:
        QApplication.restoreOverrideCursor()
    lines = [QCoreApplication.translate("PersonalData", "{0} personne(s) anonymisée(s).").format(len(done))]
    if backups:
        lines.append(QCoreApplication.translate("PersonalData", "Ces sauvegardes les contiennent encore ; supprimez-les ou laissez-les expirer :"))
        lines += [f"• {label}" + ("" if certain else QCoreApplication.translate("PersonalData", " (peut-être)")) for label, certain in backups.values()]
    elif done:
        lines.append(QCoreApplication.translate("PersonalData", "Aucune sauvegarde ne les contient."))
    if documents:
        lines.append(QCoreApplication.translate(
            "PersonalData", "Le contenu de ces documents peut encore les nommer ; vérifiez-les (un acte signé se "
            "conserve, son nom de fichier a été anonymisé) :"))
        lines += list(documents.values())
    lines += errors
    message_box.information(parent, QCoreApplication.translate("PersonalData", "Anonymiser"), "\n".join(lines))
    return bool(done)


class PersonalDataActions(QObject):
    """Adds the entries to the window's Tools menu and runs them on the current record."""

    def __init__(self, window, services):
        super().__init__(window)
        self.window, self.services = window, services
        writes = not services.catalog.read_only
        self.actions = {}
        for name, text, slot, enabled in (
            ("action_personal_pdf", QCoreApplication.translate("PersonalData", "Données personnelles du contact (PDF)…"), self.export_pdf, True),
            ("action_personal_json", QCoreApplication.translate("PersonalData", "Données personnelles du contact (JSON)…"), self.export_json, True),
            ("action_anonymise", QCoreApplication.translate("PersonalData", "Anonymiser le contact…"), self.anonymise, writes),
            ("action_register", QCoreApplication.translate("PersonalData", "Registre des traitements (PDF)…"), self.register, True),
            ("action_invitations", QCoreApplication.translate("PersonalData", "Invitations et émargement de l'événement…"), self.invitations, True),
            ("action_mailing", QCoreApplication.translate("PersonalData", "Liste de diffusion des contacts affichés…"),
             self.mailing, True),
        ):
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(slot)
            action.setEnabled(enabled)
            window.addAction(action)
            window.add_menu_action("tools", action)
            self.actions[name] = action

    def _current(self, kind: str) -> str | None:
        page = self.window.current_page()
        editor_id = getattr(page, "editor_id", None)
        public_id = editor_id() if callable(editor_id) and getattr(page, "kind", None) == kind else None
        if not public_id:
            what = QCoreApplication.translate("PersonalData", "un contact dans la liste Contacts") if kind == "contact" else \
                QCoreApplication.translate("PersonalData", "un événement dans la liste Événements")
            message_box.information(self.window, QCoreApplication.translate("PersonalData", "Choisissez d'abord"), QCoreApplication.translate("PersonalData", "Choisissez d'abord {0}.").format(what))
        return public_id

    def _save_path(self, title: str, name: str, pattern: str, suffix: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, name, pattern)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path or None

    def _failed(self, exc: Exception) -> None:
        from db.logs import log_exception

        if not isinstance(exc, ServiceError):
            log_exception(exc)
        message_box.warning(self.window, QCoreApplication.translate("PersonalData", "Impossible"), said(exc) if isinstance(exc, ServiceError | OSError)
                            or exc.__class__.__name__ == "PrintError" else QCoreApplication.translate("PersonalData", "Une erreur inattendue est survenue ; "
                                                                                "les détails sont dans le journal."))

    @Slot()
    def export_pdf(self) -> None:
        from desktop.printing import outreach

        public_id = self._current("contact")
        if public_id is None:
            return
        path = self._save_path(QCoreApplication.translate("PersonalData", "Données personnelles en PDF"), "donnees-personnelles.pdf",
                               QCoreApplication.translate("PersonalData", "Documents PDF (*.pdf)"), ".pdf")
        if path:
            try:
                outreach.export_pdf("personal_data", public_id, self.services, path, language=ui_language())
                self.window.statusBar().showMessage(QCoreApplication.translate("PersonalData", "PDF écrit : {0}").format(path), 10000)
            except Exception as exc:
                self._failed(exc)

    @Slot()
    def export_json(self) -> None:
        from db.interchange.atomic import atomic_path

        public_id = self._current("contact")
        if public_id is None:
            return
        path = self._save_path(QCoreApplication.translate("PersonalData", "Données personnelles en JSON"), "donnees-personnelles.json",
                               QCoreApplication.translate("PersonalData", "Fichiers JSON (*.json)"), ".json")
        if path:
            try:
                data = self.services.personal_data(public_id)
                with atomic_path(path) as tmp:
                    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
                self.window.statusBar().showMessage(QCoreApplication.translate("PersonalData", "Fichier écrit : {0}").format(path), 10000)
            except Exception as exc:
                self._failed(exc)

    @Slot()
    def anonymise(self) -> None:
        public_id = self._current("contact")
        if public_id is None:
            return
        name = self.services.get("contact", public_id, include_deleted=True).full_name
        if confirm_and_anonymise(self.window, self.services, [public_id], [name]):
            self.window.refresh_all()

    @Slot()
    def register(self) -> None:
        from desktop.printing import outreach

        try:
            outreach.preview("register", None, self.services, self.window, today=dt.date.today(),
                              language=ui_language())
        except Exception as exc:
            self._failed(exc)

    @Slot()
    def invitations(self) -> None:
        from desktop.views.invitations_dialog import InvitationsDialog

        public_id = self._current("event")
        if public_id is None:
            return
        dialog = InvitationsDialog(self.services, public_id, self.window)
        dialog.exec()
        if dialog.changed_anything:
            self.window.refresh_all()


    @Slot()
    def mailing(self) -> None:
        """The contacts the Contacts list shows (its search and filters) as an Outlook CSV or vCards."""
        from db.interchange import export_mailing
        from db.services import invitations
        from db.services.records import ListQuery

        page = self.window.pages.get("contact")
        model = getattr(getattr(page, "list", None), "model", None)
        query = model.query if model is not None else ListQuery()
        path, chosen = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("PersonalData", "Liste de diffusion"), "contacts.csv",
            QCoreApplication.translate("PersonalData", "Liste pour Outlook (*.csv);;Cartes de visite (*.vcf)"))
        if not path:
            return
        vcf = path.lower().endswith(".vcf") or (not path.lower().endswith(".csv") and "vcf" in chosen)
        if not path.lower().endswith((".csv", ".vcf")):
            path += ".vcf" if vcf else ".csv"
        try:
            with self.services.catalog.uow(self.services.actor) as uow:
                found = invitations.recipients(invitations.select_contacts(uow.session, query=query), need_email=True)
            (export_mailing.write_vcards if vcf else export_mailing.write_outlook_csv)(path, found.reached)
        except Exception as exc:
            self._failed(exc)
            return
        lines = [QCoreApplication.translate("PersonalData", "{0} personne(s) écrite(s) : {1}").format(
            len(found.reached), path)]
        lines += [QCoreApplication.translate("PersonalData", "Exclu(e) : {0} ({1})").format(
            c.full_name, invitations.LEFT_OUT.get(why, why)) for c, why in found.left_out[:30]]
        if len(found.left_out) > 30:
            lines.append(QCoreApplication.translate("PersonalData", "… et {0} autre(s)").format(
                len(found.left_out) - 30))
        message_box.information(self.window, QCoreApplication.translate("PersonalData", "Liste de diffusion"),
                                "\n".join(lines))


def install(window, services) -> PersonalDataActions:
    actions = PersonalDataActions(window, services)
    window.personal_data_actions = actions
    return actions
