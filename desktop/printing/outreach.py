"""Entry points for the personal-data and outreach printouts, for the window and the command line:
a person's data, the record of processing, invitation letters, attendance sheets (HTML documents
through ``paging``), address labels and badges (painted by ``labels``). Each writes a PDF; the
HTML ones can also be previewed (``preview``).

Who is written to is decided once, by ``db.services.invitations.recipients``: objectors and
anonymised people are left out of letters and labels, and the caller is told who.
"""

from __future__ import annotations

import datetime as dt
import os

from db.reports.register import processing_register
from db.services import Services, invitations, personal_data, records
from db.services import settings as catalogue_settings
from desktop.printing import html_outreach, html_personal, html_register, labels
from desktop.printing.glyphs import Warn, check_documents
from desktop.printing.paging import PageSetup, PrintError, render, write_pdf
from desktop.printing.print_messages import PrintMessage

DOCUMENTS = ("personal_data", "register", "invitations", "attendance", "labels", "badges")


def _contacts(session, contacts: list[str] | None, search: str | None):
    return invitations.select_contacts(session, contacts or None,
                                       records.ListQuery(search=search or "") if not contacts else None)


def documents(kind: str, reference: str | None, services: Services, *, contacts: list[str] | None = None,
              search: str | None = None, session_ref: str | None = None, today: dt.date | None = None,
              warn: Warn | None = None, language: str = "fr"):
    """``(docs, setup, left_out)`` of an HTML printout in ``language`` ("fr" or "en"); ``left_out``:
    (ContactOut, reason) not written to."""
    today = today or dt.date.today()
    left_out: list = []
    with services.catalog.uow(services.actor) as uow:
        s = uow.session
        identity = catalogue_settings.office_identity(s)
        setup = PageSetup.of(identity, today, language)
        if kind == "personal_data":
            docs = [html_personal.personal_data_report(personal_data.collect(s, reference or ""), today, language)]
        elif kind == "register":
            docs = [html_register.processing_register(processing_register(s, today), language)]
        elif kind == "invitations":
            event = records.spec("event").out(records.get(s, "event", reference or "", loose=True))
            found = invitations.recipients(_contacts(s, contacts, search))
            left_out = found.left_out
            docs = [html_outreach.invitation_letter(event, c, identity, today, language) for c in found.reached]
        elif kind == "attendance":
            event = records.spec("event").out(records.get(s, "event", reference or "", loose=True))
            if session_ref in (None, ""):
                docs = [html_outreach.attendance_sheet(event, language=language)]
            elif session_ref == "*":  # the event's sheet, then one per session
                docs = [html_outreach.attendance_sheet(event, language=language),
                        *(html_outreach.attendance_sheet(event, x, language) for x in event.sessions)]
            else:
                docs = [html_outreach.attendance_sheet(event, session_of(event, session_ref), language)]
        else:
            raise ValueError(f"unknown outreach document {kind!r}")
    if not docs:
        raise PrintError(PrintMessage("no_one_to_write"))
    check_documents(docs, warn, language)
    return docs, setup, left_out


def session_of(event, reference: str):
    """A session of an event by id, title (folded) or number (1 = the first)."""
    from db.service_messages import ServiceMessage
    from db.services.errors import NotFoundError
    from db.text import fold

    for number, s in enumerate(event.sessions, start=1):
        if reference in (s.id, str(number)) or fold(s.title) == fold(reference):
            return s
    raise NotFoundError(ServiceMessage("no_session_in_event", event=event.title, reference=reference))


def export_pdf(kind: str, reference: str | None, services: Services, path: str | os.PathLike, **options):
    """Write the printout to a PDF; returns ``(pages, left_out)``."""
    if kind in ("labels", "badges"):
        return _painted(kind, reference, services, path, **options)
    docs, setup, left_out = documents(kind, reference, services, **options)
    return write_pdf(path, docs, setup, title=docs[0][0] if len(docs) == 1 else "Passerelles"), left_out


def _painted(kind, reference, services, path, *, contacts=None, search=None, language="fr", **_options):
    with services.catalog.uow(services.actor) as uow:
        if kind == "labels":
            found = invitations.recipients(_contacts(uow.session, contacts, search))
            return labels.write_labels(path, found.reached, language), found.left_out
        event = records.spec("event").out(records.get(uow.session, "event", reference or "", loose=True))
    people = [(p.name, p.organisation) for p in event.participants if p.response != "declined"]
    return labels.write_badges(path, event.title, people, language), []


def preview(kind: str, reference: str | None, services: Services, parent=None, **options) -> int:
    """Qt's print preview of an HTML printout (then any printer or PDF)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from desktop.printing.actions import _printer

    docs, setup, _left_out = documents(kind, reference, services, **options)
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(docs[0][0] if len(docs) == 1 else "Aperçu avant impression")
    dialog.paintRequested.connect(lambda device: render(device, docs, setup))
    return dialog.exec()
