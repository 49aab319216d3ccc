"""Lay HTML out as A4 pages on any paged device (printer, preview, PDF) with a running header and footer.

The header carries the office's name and the print date, the footer the document's title and
"Page n / N". Each document starts on a new page; tables repeat their header row (``<thead>``)
on every page and Qt moves a table row that does not fit to the next page rather than split it.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from db.interchange.atomic import atomic_path
from desktop.printing import style
from desktop.printing.html_common import date_text, word

PDF_RESOLUTION = 300


class PrintError(Exception):
    """Printing failed; the message is for people (French)."""


@dataclass(frozen=True)
class PageSetup:
    """What every page shows besides the document: the office's name, the print date, the language."""

    office: str
    printed_on: dt.date = field(default_factory=dt.date.today)
    language: str = "fr"


def page_layout() -> QPageLayout:
    margins = QMarginsF(style.MARGIN_LEFT, style.MARGIN_TOP, style.MARGIN_RIGHT, style.MARGIN_BOTTOM)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins,
                       QPageLayout.Unit.Millimeter)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(style.FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Geometry:
    """Where the header, the body and the footer go on a device's page, in device pixels."""

    def __init__(self, device: QPagedPaintDevice):
        dpi = device.logicalDpiY()
        paint = device.pageLayout().paintRectPixels(dpi)
        self.mm = dpi / 25.4
        self.width = paint.width()
        self.height = paint.height()
        self.header = style.HEADER_MM * self.mm
        self.footer = style.FOOTER_MM * self.mm
        self.body = QSizeF(self.width, self.height - self.header - self.footer)


def make_document(html: str, device: QPagedPaintDevice) -> QTextDocument:
    """A QTextDocument laid out for ``device``'s pages (fonts in points at the device's resolution)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_font(style.BODY_PT))
    doc.setHtml(html)
    doc.setPageSize(_Geometry(device).body)
    return doc


def _header_footer(painter: QPainter, g: _Geometry, setup: PageSetup, title: str, number: int, total: int) -> None:
    painter.save()
    pen = QPen(QColor(style.RULE))
    pen.setWidthF(0.25 * g.mm)
    painter.setPen(pen)
    rule_y = g.header - 3 * g.mm
    painter.drawLine(0, int(rule_y), int(g.width), int(rule_y))
    footer_rule = g.height - g.footer + 3 * g.mm
    painter.drawLine(0, int(footer_rule), int(g.width), int(footer_rule))

    painter.setPen(QColor(style.NAVY))
    office_font = _font(8, bold=True)
    office_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    painter.setFont(office_font)
    text_box = QRectF(0, 0, g.width, rule_y - 1.5 * g.mm)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, setup.office)
    painter.setPen(QColor(style.MUTED))
    painter.setFont(_font(7.5))
    printed = f"{word('printed', setup.language)} {date_text(setup.printed_on, setup.language)}"
    painter.drawText(text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, printed)

    small = _font(7.5)
    painter.setFont(small)
    page = word("page", setup.language, n=number, total=total)
    metrics = QFontMetricsF(small, painter.device())
    page_width = metrics.horizontalAdvance(page) + 6 * g.mm
    footer_box = QRectF(0, footer_rule + 1.5 * g.mm, g.width, g.footer)
    elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, g.width - page_width)
    painter.drawText(footer_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, elided)
    painter.drawText(footer_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, page)
    painter.restore()


def render(device: QPagedPaintDevice, documents: list[tuple[str, str]], setup: PageSetup) -> int:
    """Paint ``(title, html)`` documents on ``device`` (each from a new page); returns the page count."""
    laid_out = [(title, make_document(html, device)) for title, html in documents]
    total = sum(doc.pageCount() for _, doc in laid_out)
    if total == 0:
        raise PrintError("Rien à imprimer.")
    g = _Geometry(device)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("Impossible d'ouvrir l'imprimante ou le fichier PDF pour l'impression.")
    number = 0
    try:
        for title, doc in laid_out:
            for index in range(doc.pageCount()):
                if number and not device.newPage():
                    raise PrintError("Impossible de commencer une nouvelle page.")
                number += 1
                _header_footer(painter, g, setup, title, number, total)
                painter.save()
                painter.translate(0, g.header - index * g.body.height())
                doc.drawContents(painter, QRectF(0, index * g.body.height(), g.body.width(), g.body.height()))
                painter.restore()
    finally:
        painter.end()
    return total


def write_pdf(path: str | os.PathLike, documents: list[tuple[str, str]], setup: PageSetup,
              title: str = "Passerelles") -> int:
    """Render documents into a PDF written under a temporary name and renamed; returns the page count."""
    try:
        with atomic_path(path) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(PDF_RESOLUTION)
            writer.setPageLayout(page_layout())
            writer.setTitle(title)
            writer.setCreator("Passerelles")
            pages = render(writer, documents, setup)
            del writer  # closes the file before the rename
    except OSError as exc:
        raise PrintError(f"Impossible d'écrire le PDF « {path} » : {exc.strerror or exc}.") from exc
    return pages
