"""Lay HTML out as A4 pages on any paged device (printer, preview, PDF) with a running header and footer.

The header carries the office's name and the print date, the footer the document's title and
"Page n / N", numbered per document (a batch of partner summaries is numbered sheet by sheet).
Each document starts on a new page; tables repeat their header row (``<thead>``) on every page and Qt moves a table row that does not fit to the next page rather than split it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from db.faults import file_fault
from db.interchange.atomic import atomic_path
from desktop.printing import style
from desktop.printing.html_common import GROUP_START, GROUP_STOP, KEEP_WITH_NEXT, date_text, word
from desktop.printing.print_messages import PrintError, PrintMessage

PDF_RESOLUTION = 300

# PySide6 6.12 with Python 3.11: every void QPainter call (save, translate, setPen, drawLine,
# QTextDocument.drawContents…) drops one reference to None that it never took. A few thousand
# calls bring None's count to zero and abort the interpreter ("Fatal Python error: deallocating
# None"), during the job or at exit. Python 3.12+ makes None immortal. Until then, the references
# stolen while painting are given back to None's count (CPython only; nothing to do on 3.12+).
_NEEDS_GIVING_BACK = sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def _give_back_none(before: int) -> None:
    lost = before - sys.getrefcount(None)
    if lost > 0 and _NEEDS_GIVING_BACK:
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += lost


@contextlib.contextmanager
def keeping_none():
    """Give back the references to None that PySide6 drops while painting inside the block."""
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        _give_back_none(before)




@dataclass(frozen=True)
class PageSetup:
    """What every page shows besides the document: the office's name, the print date, the language."""

    office: str
    printed_on: dt.date = field(default_factory=dt.date.today)
    language: str = "fr"
    city: str = ""  # printed under the office's name
    logo: bytes | None = None  # image bytes (PNG, JPEG, SVG…) printed at the left of the header

    @classmethod
    def of(cls, identity, printed_on: dt.date, language: str = "fr") -> PageSetup:
        """From a ``db.services.settings.OfficeIdentity``."""
        return cls(identity.name, printed_on, language, identity.city, identity.logo)


def page_layout() -> QPageLayout:
    margins = QMarginsF(style.MARGIN_LEFT, style.MARGIN_TOP, style.MARGIN_RIGHT, style.MARGIN_BOTTOM)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins,
                       QPageLayout.Unit.Millimeter)


def _font(points: float, bold: bool = False) -> QFont:
    """A font of the document family list (cached: resolving the fallbacks is not free). One cache per
    thread: a PDF is written on the task runner while the window may print, and a QFont resolves its
    font engine lazily, which two threads must not do on the same object."""
    return _thread_font(points, bold, threading.get_ident())


@lru_cache(maxsize=32)
def _thread_font(points: float, bold: bool, _thread: int) -> QFont:
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


def _layout(html: str, device: QPagedPaintDevice) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_font(style.BODY_PT))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word ("Normal|e"): a column widens instead
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    doc.setPageSize(_Geometry(device).body)
    return doc


def make_document(html: str, device: QPagedPaintDevice) -> QTextDocument:
    """A QTextDocument laid out for ``device``'s pages, rows and headings kept whole (see ``paginate``)."""
    return paginate(html, device)[0]


def paginate(html: str, device: QPagedPaintDevice, limit: int = 100) -> tuple[QTextDocument, str]:
    """The laid-out document and its final HTML (fonts in points at the device's resolution).

    Qt breaks a table row line by line across two pages; to keep rows whole, a data table is cut
    in two before such a row and the second part (with its header row) starts a new page. A
    section heading left alone at the foot of a page moves with its table; a keep-together group
    (a session of the minutes) that would straddle two pages starts on the next one.
    """
    for _ in range(limit):
        doc = _layout(html, device)
        if doc.pageCount() == 1:
            return doc, html  # nothing can straddle a page break
        keep_together(doc)
        keep_with_next(doc)
        split = _first_split(doc)
        if split is None:
            return doc, html
        cut = _cut(html, *split)
        if cut == html:
            return doc, html  # nothing better can be done (a heading already at a page top)
        html = cut
    return doc, html


def _break_before(doc: QTextDocument, block) -> bool:
    """Start ``block`` on a new page and lay the whole document out again (Qt's incremental layout
    can leave a later table where it was, over the moved block); False when it already starts one."""
    cursor = QTextCursor(block)
    block_format = cursor.blockFormat()
    if block_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return False
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(block_format)
    doc.setPageSize(doc.pageSize())
    return True


def keep_with_next(doc: QTextDocument, limit: int = 100) -> None:
    """Move headings (paragraphs marked ``KEEP_WITH_NEXT``) left at the foot of a page to the next one."""
    layout = doc.documentLayout()
    page = doc.pageSize().height()

    def page_of(block) -> int:
        return int(layout.blockBoundingRect(block).top() // page)

    for _ in range(limit):
        block = doc.begin()
        moved = False
        while block.isValid():
            following = block.next()
            if block.userState() == KEEP_WITH_NEXT and following.isValid() and page_of(following) > page_of(block):
                start = block
                while (start.previous().isValid() and start.previous().userState() == KEEP_WITH_NEXT
                       and page_of(start.previous()) == page_of(start)):
                    start = start.previous()
                moved = _break_before(doc, start)  # False: already at a page top, nothing better to do
                break
            block = following
        if not moved:
            return


def keep_together(doc: QTextDocument, limit: int = 100) -> None:
    """Move a group (``GROUP_START`` … next group or ``GROUP_STOP``) that straddles a page break and
    would fit on a page (under 80 % of one) to the next page, whole."""
    layout = doc.documentLayout()
    page = doc.pageSize().height()
    for _ in range(limit):
        block = doc.begin()
        moved = False
        while block.isValid():
            if block.userState() != GROUP_START:
                block = block.next()
                continue
            start, last, following = block, block, block.next()
            while following.isValid() and following.userState() not in (GROUP_START, GROUP_STOP):
                last, following = following, following.next()
            top = layout.blockBoundingRect(start).top()
            bottom = layout.blockBoundingRect(last).bottom()
            if int(top // page) != int((bottom - 1) // page) and bottom - top < page * 0.8 \
                    and _break_before(doc, start):
                moved = True
                break
            block = following
        if not moved:
            return


def _tables(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _first_split(doc: QTextDocument) -> tuple[int, int] | None:
    """(table index, row) of the first table row that starts on one page and ends on the next, or
    of a table's first row when the heading just before the table is left on the previous page."""
    layout = doc.documentLayout()
    page = doc.pageSize().height()
    for index, table in enumerate(_tables(doc)):
        header_rows = table.format().headerRowCount()
        for row in range(header_rows, table.rows()):
            top, bottom = float("inf"), 0.0
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                top = min(top, layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
                bottom = max(bottom, layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
            first_page, last_page = int(top // page), int((bottom - 1) // page)
            if row == header_rows:
                heading = doc.findBlock(table.firstPosition() - 1)
                if (heading.isValid() and heading.userState() == KEEP_WITH_NEXT
                        and int(layout.blockBoundingRect(heading).top() // page) < first_page):
                    return index, row  # the heading (and the header row) would stay behind
            if first_page != last_page and bottom - top < page * 0.8:
                return index, row
    return None


def _nth(text: str, needle: str, n: int, start: int = 0) -> int:
    at = start - 1
    for _ in range(n + 1):
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(needle)
    return at


KEEP_STYLE = f"style='-qt-user-state: {KEEP_WITH_NEXT}'"
BREAK = "page-break-before: always; "


def _table_span(html: str, index: int) -> tuple[int, int]:
    """Where the ``index``-th top-level table starts (its ``<table``) and ends (its ``</table>``):
    tables nested in a cell (a session kept together holds its facts table) are skipped."""
    depth, count, pos, start = 0, -1, 0, -1
    while True:
        opening, closing = html.find("<table", pos), html.find("</table>", pos)
        if closing < 0:
            raise ValueError("<table")
        if 0 <= opening < closing:
            if depth == 0:
                count += 1
                if count == index:
                    start = opening
            depth += 1
            pos = opening + len("<table")
        else:
            depth -= 1
            pos = closing + len("</table>")
            if depth == 0 and count == index:
                return start, closing


def _cut(html: str, table_index: int, row: int) -> str:
    """The HTML with the ``table_index``-th table cut before ``row``, the rest starting a new page
    (with the header row again); before its first row, the table moves with the headings above it."""
    start, table_end = _table_span(html, table_index)
    open_tag_end = html.index(">", start) + 1
    has_head = 0 <= html.find("<thead>", start) < table_end
    head = html[html.index("<thead>", start):html.index("</thead>", start) + len("</thead>")] if has_head else ""
    if row == (1 if has_head else 0):
        chain = start  # the headings (keep-with-next paragraphs) just above the table go with it
        while html.endswith("</p>", 0, chain):
            p_start = html.rfind("<p ", 0, chain)
            if p_start < 0 or KEEP_STYLE not in html[p_start:html.index(">", p_start)]:
                break
            chain = p_start
        if chain < start:
            at = html.index("style='", chain) + len("style='")
            return html if html.startswith(BREAK, at) else html[:at] + BREAK + html[at:]
        if "page-break-before" in html[start:open_tag_end]:
            return html
        return html[:open_tag_end - 1] + f" style='{BREAK.strip()}'>" + html[open_tag_end:]
    row_at = _nth(html, "<tr>", row, start)
    new_table = html[start:open_tag_end - 1] + f" style='{BREAK.strip()}'>"
    body_open, body_close = ("<tbody>", "</tbody>") if has_head else ("", "")
    return html[:row_at] + body_close + "</table>" + new_table + head + body_open + html[row_at:]


def _logo(data: bytes, height: float) -> QImage | None:
    """The logo scaled to ``height`` device pixels (width by its aspect ratio, at most four times the height);
    None when the bytes are not an image Qt can read."""
    image = QImage.fromData(data)
    if image.isNull() or image.height() == 0:
        return None
    width = min(height * image.width() / image.height(), 4 * height)
    return image.scaled(int(width), int(height), Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


class _Band:
    """The running header and footer, prepared once per job (fonts, pens, texts), painted per page."""

    def __init__(self, device: QPagedPaintDevice, g: _Geometry, setup: PageSetup):
        self.g = g
        self.setup = setup
        self.rule_pen = QPen(QColor(style.RULE))
        self.rule_pen.setWidthF(0.25 * g.mm)
        self.navy, self.muted = QColor(style.NAVY), QColor(style.MUTED)
        self.office_font, self.small = _font(8, bold=True), _font(7.5)
        self.metrics = QFontMetricsF(self.small, device)
        self.header_rule = int(g.header - 3 * g.mm)
        self.footer_rule = int(g.height - g.footer + 3 * g.mm)
        self.header_box = QRectF(0, 0, g.width, self.header_rule - 1.5 * g.mm)
        self.footer_box = QRectF(0, self.footer_rule + 1.5 * g.mm, g.width, g.footer)
        self.printed = f"{word('printed', setup.language)} {date_text(setup.printed_on, setup.language)}"
        self.logo = _logo(setup.logo, self.header_box.height()) if setup.logo else None
        indent = self.logo.width() + 2.5 * g.mm if self.logo is not None else 0
        self.name_box = self.header_box.adjusted(indent, 0, 0, 0)
        if setup.city:  # two lines: the name above, the city below
            self.name_box = self.name_box.adjusted(0, 0, 0, -QFontMetricsF(self.small, device).height())
            self.city_box = self.header_box.adjusted(indent, 0, 0, 0)
        widest = word("page", setup.language, n=9999, total=9999)
        self.title_width = g.width - self.metrics.horizontalAdvance(widest) - 6 * g.mm

    def title(self, text: str) -> str:
        return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.title_width)

    def paint(self, painter: QPainter, title: str, number: int, total: int) -> None:
        left_bottom = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        right_bottom = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        painter.setPen(self.rule_pen)
        painter.drawLine(0, self.header_rule, int(self.g.width), self.header_rule)
        painter.drawLine(0, self.footer_rule, int(self.g.width), self.footer_rule)
        if self.logo is not None:
            box = self.header_box
            painter.drawImage(QRectF(box.left(), box.bottom() - self.logo.height(), self.logo.width(),
                                     self.logo.height()), self.logo)
        painter.setPen(self.navy)
        painter.setFont(self.office_font)
        painter.drawText(self.name_box, left_bottom, self.setup.office)
        painter.setPen(self.muted)
        painter.setFont(self.small)
        if self.setup.city:
            painter.drawText(self.city_box, left_bottom, self.setup.city)
        painter.drawText(self.header_box, right_bottom, self.printed)
        painter.drawText(self.footer_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        page = word("page", self.setup.language, n=number, total=total)
        painter.drawText(self.footer_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, page)


def render(device: QPagedPaintDevice, documents: list[tuple[str, str]], setup: PageSetup) -> int:
    """Paint ``(title, html)`` documents on ``device`` (each from a new page); returns the page count."""
    with keeping_none():
        return _render(device, documents, setup)


# Above this many documents, each is laid out twice (to count the pages, then to paint them)
# instead of keeping every laid-out document in memory (about 0.3 MB each).
KEEP_IN_MEMORY = 300


def _laid_out(documents: list[tuple[str, str]], device: QPagedPaintDevice):
    """(title, document, pages) for each document, and the total number of pages."""
    if len(documents) <= KEEP_IN_MEMORY:
        docs = [(title, make_document(html, device)) for title, html in documents]
        return [(title, doc, doc.pageCount()) for title, doc in docs], sum(d.pageCount() for _, d in docs)
    counted = []
    for title, html in documents:
        doc, final = paginate(html, device)
        counted.append((title, final, doc.pageCount()))
        del doc
    lazy = ((title, _relayout(final, device, pages), pages) for title, final, pages in counted)
    return lazy, sum(pages for _, _, pages in counted)


def _relayout(html: str, device: QPagedPaintDevice, pages: int) -> QTextDocument:
    """The same layout again from ``paginate``'s final HTML (the heading moves are redone)."""
    doc = _layout(html, device)
    if pages > 1:
        keep_together(doc)
        keep_with_next(doc)
    return doc


def _render(device: QPagedPaintDevice, documents: list[tuple[str, str]], setup: PageSetup) -> int:
    laid_out, total = _laid_out(documents, device)
    if total == 0:
        raise PrintError(PrintMessage("nothing"))
    g = _Geometry(device)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(PrintMessage("cannot_open"))
    number = 0
    band = _Band(device, g, setup)
    try:
        for title, doc, pages in laid_out:
            title = band.title(title)
            for index in range(pages):
                if number and not device.newPage():
                    raise PrintError(PrintMessage("new_page"))
                number += 1
                before = sys.getrefcount(None)
                band.paint(painter, title, index + 1, pages)  # numbered per document, also in a batch
                painter.save()
                painter.translate(0, g.header - index * g.body.height())
                # the clip stops a hair above the page's end: Qt paints a table's repeated header row
                # (its thick top rule) at the next page's top when the table ends right at the page end
                doc.drawContents(painter, QRectF(0, index * g.body.height(), g.body.width(),
                                                 g.body.height() - 0.3 * g.mm))
                painter.restore()
                _give_back_none(before)
    finally:
        painter.end()
    return total


def write_pdf(path: str | os.PathLike, documents: list[tuple[str, str]], setup: PageSetup,
              title: str = "Passerelles") -> int:
    """Render documents into a PDF written under a temporary name and renamed; returns the page count."""
    try:
        with keeping_none(), atomic_path(path) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(PDF_RESOLUTION)
            writer.setPageLayout(page_layout())
            writer.setTitle(title)
            writer.setCreator("Passerelles")
            pages = render(writer, documents, setup)
            del writer  # closes the file before the rename
    except OSError as exc:
        raise PrintError(file_fault(exc, path)) from exc
    return pages
