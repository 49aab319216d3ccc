"""Entry points for the main window and the command line: preview, print, PDF of any printable document.

Documents (``kind``): ``partner`` (fiche partenaire), ``agreement`` (fiche accord), ``event``
(compte rendu), ``partners`` (every active partner, one per page; ``reference`` ignored),
``active_agreements`` (list of those in force), ``all_agreements`` (every agreement, with its standing),
``partner_contacts`` (a partner's contacts), ``owner_followups`` (the open follow-ups of the owner
named by ``reference``, everyone's when it is empty), ``apd`` (the APD declaration worksheet of the year
``reference``), ``atlas`` (the Atlas update: officials and staff, one sheet per cooperation),
``annual_report`` (« Bilan de l'action internationale » of the year ``reference``).
"""

from __future__ import annotations

import datetime as dt
import os

from db import reports
from db.services import Services
from db.services import settings as catalogue_settings
from desktop.printing import html_minutes, html_reports
from desktop.printing.glyphs import Warn, check_documents
from desktop.printing.paging import PageSetup, PrintError, page_layout, render, write_pdf
from desktop.printing.print_messages import PrintMessage, unknown_printer

KINDS = ("partner", "agreement", "event", "partners", "active_agreements", "all_agreements", "partner_contacts",
         "owner_followups", "apd", "atlas", "annual_report")


def documents(kind: str, reference: str | None, services: Services, *, language: str = "fr",
              today: dt.date | None = None, active_only: bool = True,
              warn: Warn | None = None) -> tuple[list[tuple[str, str]], PageSetup]:
    """The ``(title, html)`` documents of a print job and its page setup, read in one unit of work.

    Raises ``db.services.NotFoundError`` (a French message) when the record does not exist.
    ``warn`` is told, in ``language``, of characters no installed font can draw (``glyphs.py``).
    """
    today = today or dt.date.today()
    with services.catalog.uow(services.actor) as uow:
        s = uow.session
        identity = catalogue_settings.office_identity(s)
        setup = PageSetup.of(identity, today, language)
        if kind == "partner":
            docs = [html_reports.partner_summary(reports.partner_summary(s, reference, today), language)]
        elif kind == "agreement":
            docs = [html_reports.agreement_sheet(reports.agreement_sheet(s, reference, today), language,
                                                 identity.signature)]
        elif kind == "event":
            docs = [html_minutes.event_minutes(reports.event_minutes(s, reference, today), language,
                                               identity.signature)]
        elif kind == "partners":
            docs = [html_reports.partner_summary(summary, language)
                    for summary in reports.partner_summaries(s, active_only=active_only, today=today)]
        elif kind == "active_agreements":
            docs = [html_minutes.list_report(reports.active_agreements(s, today), language)]
        elif kind == "all_agreements":
            docs = [html_minutes.list_report(reports.all_agreements(s, today), language)]
        elif kind == "partner_contacts":
            docs = [html_minutes.list_report(reports.partner_contacts(s, reference, today), language)]
        elif kind == "owner_followups":
            docs = [html_minutes.list_report(reports.owner_followups(s, reference or "", today), language)]
        elif kind in ("apd", "atlas", "annual_report"):
            docs = [yearly_document(kind, s, reference, today, language, identity)]
        else:
            raise ValueError(f"unknown printable kind {kind!r}")
    if not docs:
        raise PrintError(PrintMessage("nothing_matches"))
    check_documents(docs, warn, language)
    return docs, setup


def yearly_document(kind: str, session, reference, today: dt.date, language: str, identity) -> tuple[str, str]:
    """The APD worksheet, the Atlas update or the annual report (``reference``: the year, or the ODA
    list file after a "|" for the APD: "2025|liste.json")."""
    from desktop.printing import html_money

    if kind == "apd":
        from db.reports.apd import apd_worksheet

        year, _, oda_list = str(reference or today.year - 1).partition("|")
        return html_money.apd_worksheet(apd_worksheet(session, int(year), oda_list or None), language)
    if kind == "atlas":
        from db.reports.atlas import atlas
        from desktop.printing import html_atlas

        return html_atlas.atlas_list(atlas(session, today), language)
    from db.reports.annual import annual_report
    from desktop.printing import html_annual

    return html_annual.annual_report(annual_report(session, int(reference or today.year - 1), today), language,
                                     identity, session)


def export_pdf(kind: str, reference: str | None, services: Services, path: str | os.PathLike, *,
               language: str = "fr", today: dt.date | None = None, active_only: bool = True,
               warn: Warn | None = None) -> int:
    """Write the document(s) to a PDF file; returns the number of pages."""
    docs, setup = documents(kind, reference, services, language=language, today=today, active_only=active_only,
                            warn=warn)
    return write_pdf(path, docs, setup, title=docs[0][0] if len(docs) == 1 else "Passerelles")


def _printer(name: str | None = None):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    printer.setPageLayout(page_layout())
    return printer


def print_to(printer_name: str | None, kind: str, reference: str | None, services: Services, *,
             language: str = "fr", active_only: bool = True, warn: Warn | None = None) -> int:
    """Print without a dialog on an installed printer (the default one when ``printer_name`` is empty)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    if printer_name and printer_name not in QPrinterInfo.availablePrinterNames():
        raise unknown_printer(printer_name, QPrinterInfo.availablePrinterNames())
    if not printer_name and QPrinterInfo.defaultPrinter().isNull():
        raise PrintError(PrintMessage("no_default_printer"))
    docs, setup = documents(kind, reference, services, language=language, active_only=active_only, warn=warn)
    return render(_printer(printer_name), docs, setup)


def print_preview(kind: str, reference: str | None, services: Services, parent=None, *,
                  language: str = "fr", warn: Warn | None = None) -> int:
    """Show Qt's print preview (zoom, page setup, then print on any installed printer or to PDF)."""
    docs, setup = documents(kind, reference, services, language=language, warn=warn)
    return preview_documents(docs, setup, parent)


def preview_dialog(docs: list[tuple[str, str]], setup: PageSetup, parent=None):
    """Qt's print preview of documents already built (``documents``, maybe on the task runner): the
    pages are laid out when Qt asks for them, on the GUI thread, which QPrintPreviewDialog requires."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(docs[0][0] if len(docs) == 1 else "Aperçu avant impression")
    dialog.paintRequested.connect(lambda device: render(device, docs, setup))
    dialog.printer = printer  # kept alive with the dialog
    return dialog


def preview_documents(docs: list[tuple[str, str]], setup: PageSetup, parent=None) -> int:
    """Show the preview of documents already built (modal); returns the dialog's result."""
    return preview_dialog(docs, setup, parent).exec()


def print_with_dialog(kind: str, reference: str | None, services: Services, parent=None, *,
                      language: str = "fr", warn: Warn | None = None) -> bool:
    """Qt's print dialog (choose any installed printer), then print; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    docs, setup = documents(kind, reference, services, language=language, warn=warn)
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render(printer, docs, setup)
    return True


def export_pdf_with_dialog(kind: str, reference: str | None, services: Services, parent=None, *,
                           language: str = "fr", warn: Warn | None = None) -> str | None:
    """Ask where to save, then write the PDF; returns the path or None if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, "Enregistrer en PDF", "", "Documents PDF (*.pdf)")
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    export_pdf(kind, reference, services, path, language=language, warn=warn)
    return path
