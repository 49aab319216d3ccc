"""The documents of the invitations dialog: each asks where to write, writes, and returns what to
tell the user (a sentence and the people left out), or None when cancelled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog


def _slug(title: str) -> str:
    from db.text import fold

    return "-".join(fold(title).split())[:40] or "evenement"


def run_output(dialog, name: str):
    from db.interchange import attendance_sheet, export_mailing
    from desktop.printing import outreach
    from desktop.widgets.language import ui_language

    event, services = dialog.event, dialog.services
    slug = _slug(event.title)
    pdf, xlsx = QCoreApplication.translate("InvitationsDialog", "Documents PDF (*.pdf)"), QCoreApplication.translate("InvitationsDialog", "Classeurs Excel (*.xlsx)")
    if name == "read":
        path, _ = QFileDialog.getOpenFileName(dialog, QCoreApplication.translate("InvitationsDialog", "Lire une feuille d'émargement remplie"), "",
                                              QCoreApplication.translate("InvitationsDialog", "Classeurs et CSV (*.xlsx *.xlsm *.csv)"))
        if not path:
            return None
        session = dialog.session_combo.currentData() or None
        report = dialog.outreach.read_sheet(event.id, path, None if session == "*" else session)
        dialog._done()
        lines = [QCoreApplication.translate("InvitationsDialog", "{0} présent(s), {1} absent(s).").format(len(report.present) + len(report.added),
                                                               len(report.absent))]
        lines += [QCoreApplication.translate("InvitationsDialog", "Ajouté(e) à la liste : {0}").format(n) for n in report.added]
        if report.not_on_sheet:
            lines.append(QCoreApplication.translate("InvitationsDialog", "Pas sur la feuille (inchangés) : {0}").format(", ".join(report.not_on_sheet)))
        return "\n".join(lines), []
    guests = dialog.outreach.guests(event.id, need_email=name in ("csv", "vcf"))
    ids = [c.id for c in guests.reached]
    if name in ("letters", "labels", "csv", "vcf") and not ids:
        return QCoreApplication.translate("InvitationsDialog", "Aucun invité à qui écrire : invitez d'abord des contacts."), guests.left_out
    if name == "letters":
        path = dialog._path(QCoreApplication.translate("InvitationsDialog", "Lettres d'invitation"), f"invitations-{slug}.pdf", pdf, ".pdf")
        if path:
            _pages, left_out = outreach.export_pdf("invitations", event.id, services, path, contacts=ids,
                                                  today=dialog.today, language=ui_language())
            return QCoreApplication.translate("InvitationsDialog", "{0} lettre(s) écrite(s) : {1}").format(len(ids), path), guests.left_out + left_out
    elif name == "labels":
        path = dialog._path(QCoreApplication.translate("InvitationsDialog", "Étiquettes d'adresse"), f"etiquettes-{slug}.pdf", pdf, ".pdf")
        if path:
            outreach.export_pdf("labels", None, services, path, contacts=ids, language=ui_language())
            return QCoreApplication.translate("InvitationsDialog", "{0} étiquette(s) : {1}").format(len(ids), path), guests.left_out
    elif name == "badges":
        path = dialog._path(QCoreApplication.translate("InvitationsDialog", "Badges nominatifs"), f"badges-{slug}.pdf", pdf, ".pdf")
        if path:
            outreach.export_pdf("badges", event.id, services, path, language=ui_language())
            return QCoreApplication.translate("InvitationsDialog", "Badges écrits : {0}").format(path), []
    elif name == "csv":
        path = dialog._path(QCoreApplication.translate("InvitationsDialog", "Liste pour Outlook"), f"invites-{slug}.csv", QCoreApplication.translate("InvitationsDialog", "Fichiers CSV (*.csv)"), ".csv")
        if path:
            export_mailing.write_outlook_csv(path, guests.reached)
            return QCoreApplication.translate("InvitationsDialog", "{0} adresse(s) écrite(s) : {1}").format(len(ids), path), guests.left_out
    elif name == "vcf":
        path = dialog._path(QCoreApplication.translate("InvitationsDialog", "Cartes de visite"), f"invites-{slug}.vcf", QCoreApplication.translate("InvitationsDialog", "Fichiers vCard (*.vcf)"), ".vcf")
        if path:
            export_mailing.write_vcards(path, guests.reached)
            return QCoreApplication.translate("InvitationsDialog", "{0} carte(s) écrite(s) : {1}").format(len(ids), path), guests.left_out
    elif name == "sheet_pdf":
        path = dialog._path(QCoreApplication.translate("InvitationsDialog", "Feuille d'émargement"), f"emargement-{slug}.pdf", pdf, ".pdf")
        if path:
            outreach.export_pdf("attendance", event.id, services, path,
                                session_ref=dialog.session_combo.currentData() or None, language=ui_language())
            return QCoreApplication.translate("InvitationsDialog", "Feuille écrite : {0}").format(path), []
    elif name == "sheet_xlsx":
        path = dialog._path(QCoreApplication.translate("InvitationsDialog", "Feuille d'émargement à remplir"), f"emargement-{slug}.xlsx", xlsx, ".xlsx")
        if path:
            session = dialog.session_combo.currentData() or None
            attendance_sheet.write_sheet(path, event, None if session == "*" else session)
            return QCoreApplication.translate("InvitationsDialog", "Classeur écrit : {0}").format(path), []
    return None
