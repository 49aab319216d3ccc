"""Address labels and name badges painted on A4 sheets of the usual formats, to PDF.

Labels: 2 × 7 labels of 99.1 × 38.1 mm (Avery L7163 / J8163 and their equivalents), the person's name,
function, organisation and postal address (or their partner's city and country when no address is
known). Badges: 2 × 5 badges of 85 × 54 mm (a credit-card badge holder), the name large, the
organisation below and the event's title at the top. No running header: a sheet of labels is not
a document. The people come filtered by ``db.services.invitations.recipients`` (objectors left out).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from db.countries import country_name
from db.faults import file_fault
from db.interchange.atomic import atomic_path
from desktop.printing import style
from desktop.printing.outreach_words import w
from desktop.printing.paging import PDF_RESOLUTION, PrintError, keeping_none
from desktop.printing.print_messages import PrintMessage


@dataclass(frozen=True)
class Sheet:
    columns: int
    rows: int
    width: float  # mm
    height: float
    left: float  # first label's top-left corner on the page, mm
    top: float
    gap_x: float
    gap_y: float


LABELS = Sheet(2, 7, 99.1, 38.1, 4.65, 15.15, 2.5, 0.0)
BADGES = Sheet(2, 5, 85.0, 54.0, 15.0, 13.5, 10.0, 0.0)


def address_lines(contact, language: str = "fr") -> list[str]:
    """What an envelope shows: the name, function and organisation, then the postal address (or the
    partner's city and country when none is known)."""
    name = f"{contact.civility} {contact.full_name}" if contact.civility else contact.full_name
    organisation = contact.organisation or (contact.partners[0].name if contact.partners else None)
    lines = [name, contact.job_title, organisation]
    if contact.address:
        lines += contact.address.splitlines()
    if contact.country and contact.country != "FR":
        lines.append(country_name(contact.country, language).upper())
    return [x.strip() for x in lines if x and x.strip()]


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(style.FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _write(path, sheet: Sheet, items: list, paint_one, title: str) -> int:
    if not items:
        raise PrintError(PrintMessage("no_one_to_write"))
    per_page = sheet.columns * sheet.rows
    try:
        with keeping_none(), atomic_path(path) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(PDF_RESOLUTION)
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                             QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
            writer.setTitle(title)
            writer.setCreator("Passerelles")
            mm = PDF_RESOLUTION / 25.4
            painter = QPainter()
            if not painter.begin(writer):
                raise PrintError(PrintMessage("cannot_open_pdf"))
            try:
                for index, item in enumerate(items):
                    if index and index % per_page == 0:
                        writer.newPage()
                    slot = index % per_page
                    column, row = slot % sheet.columns, slot // sheet.columns
                    box = QRectF((sheet.left + column * (sheet.width + sheet.gap_x)) * mm,
                                 (sheet.top + row * (sheet.height + sheet.gap_y)) * mm,
                                 sheet.width * mm, sheet.height * mm)
                    paint_one(painter, box, mm, item)
            finally:
                painter.end()
            pages = (len(items) + per_page - 1) // per_page
            del writer
    except OSError as exc:
        raise PrintError(file_fault(exc, path)) from exc
    return pages


def _paint_label(painter: QPainter, box: QRectF, mm: float, lines: list[str]) -> None:
    inner = box.adjusted(6 * mm, 4 * mm, -4 * mm, -3 * mm)
    painter.setPen(QColor(style.INK))
    y = inner.top()
    for index, line in enumerate(lines[:7]):
        painter.setFont(_font(9.5 if index else 10, bold=index == 0))
        height = painter.fontMetrics().height()
        text = painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(QRectF(inner.left(), y, inner.width(), height), Qt.AlignmentFlag.AlignLeft, text)
        y += height


def write_labels(path: str | os.PathLike, contacts: list, language: str = "fr") -> int:
    """Address labels of these people (the country in ``language``); returns the number of pages."""
    return _write(path, LABELS, [address_lines(c, language) for c in contacts], _paint_label, w("labels", language))


def write_badges(path: str | os.PathLike, event_title: str, people: list[tuple[str, str | None]],
                 language: str = "fr") -> int:
    """Name badges (name, organisation) for an event; returns the number of pages."""
    def paint(painter: QPainter, box: QRectF, mm: float, person) -> None:
        name, organisation = person
        pen = QPen(QColor(style.RULE))
        pen.setWidthF(0.2 * mm)
        painter.setPen(pen)
        painter.drawRect(box)  # the cutting line
        inner = box.adjusted(5 * mm, 4 * mm, -5 * mm, -4 * mm)
        painter.setPen(QColor(style.ACCENT))
        painter.setFont(_font(8, bold=True))
        title = painter.fontMetrics().elidedText(event_title.upper(), Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 6 * mm), Qt.AlignmentFlag.AlignLeft, title)
        painter.setPen(QColor(style.NAVY))
        points = 20.0
        painter.setFont(_font(points, bold=True))
        while painter.fontMetrics().horizontalAdvance(name) > inner.width() * 2 and points > 11:
            points -= 1
            painter.setFont(_font(points, bold=True))
        painter.drawText(QRectF(inner.left(), inner.top() + 10 * mm, inner.width(), 24 * mm),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, name)
        if organisation:
            painter.setPen(QColor(style.MUTED))
            painter.setFont(_font(10))
            painter.drawText(QRectF(inner.left(), inner.bottom() - 10 * mm, inner.width(), 10 * mm),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                             organisation)

    return _write(path, BADGES, people, paint, w("badges", language, title=event_title))
