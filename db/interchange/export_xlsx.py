"""The Excel export: one sheet per kind, real dates and amounts, a frozen bold header, an autofilter.

Written with xlsxwriter in constant-memory mode (rows streamed from SQL, one row in memory at a
time), to a temporary name renamed at the end. Every text cell is written with ``write_string``,
so a value such as ``=HYPERLINK(…)`` or ``+33 4…`` stays text and never becomes a formula.

Partial dates: a date known to the day is a real Excel date (format ``dd/mm/yyyy``); a date known
only to the month or the year is written as the text people wrote ("mai 2019", "2019"). A real
date with a "mmmm yyyy" format would still hold 1 May underneath: Excel's filters, formulas and a
re-import would all see a day nobody wrote. Text keeps the precision and re-imports as written.
"""

from __future__ import annotations

import datetime as dt
import os

import xlsxwriter

from db.interchange import sheets
from db.interchange.atomic import atomic_path
from db.services.records import ListQuery

DATE_FORMATS = {"fr": "dd/mm/yyyy", "en": "d mmm yyyy"}
MONEY_FORMAT = '#,##0.00\\ "€"'
RATE_FORMAT = "0%"


class _Formats:
    """The workbook's cell formats, made once."""

    def __init__(self, book: xlsxwriter.Workbook, language: str):
        font = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
        self.header = book.add_format({**font, "bold": True, "bg_color": "#E8EEF4", "bottom": 1,
                                       "border_color": "#8AA1B8", "text_wrap": True, "valign": "vcenter"})
        self.text = book.add_format(font)
        self.note = book.add_format({**font, "text_wrap": True})
        self.date = book.add_format({**font, "num_format": DATE_FORMATS.get(language, DATE_FORMATS["fr"]),
                                     "align": "left"})
        self.money = book.add_format({**font, "num_format": MONEY_FORMAT})
        self.int = book.add_format({**font, "num_format": "0"})
        self.rate = book.add_format({**font, "num_format": RATE_FORMAT})
        self.id = book.add_format({**font, "font_color": "#6B7280", "font_size": 9})

    def for_type(self, cell_type: str):
        return {sheets.TEXT: self.text, sheets.NOTE: self.note, sheets.DATE: self.date, sheets.PDATE: self.date,
                sheets.MONEY: self.money, sheets.INT: self.int, sheets.RATE: self.rate, sheets.ID: self.id}[cell_type]


def write_sheet(book, formats: _Formats, kind: str, row_iter, language: str = "fr") -> int:
    """One sheet: header, frozen pane, widths, rows, autofilter. Returns the number of records."""
    ws = book.add_worksheet(sheets.sheet_name(kind, language))
    columns = sheets.COLUMNS[kind]
    for c, column in enumerate(columns):
        ws.set_column(c, c, column.chars, formats.for_type(column.type))
    ws.freeze_panes(1, 0)
    ws.set_row(0, 30)
    for c, title in enumerate(sheets.headers(kind, language)):
        ws.write_string(0, c, title, formats.header)
    fmts = [formats.for_type(c.type) for c in columns]
    string, number, date = ws.write_string, ws.write_number, ws.write_datetime
    r = 0
    # The hot loop: one type test per cell. xlsxwriter truncates text beyond Excel's 32,767 characters.
    for values in row_iter:
        r += 1
        for c, v in enumerate(values):
            if v is None:
                continue
            t = type(v)
            if t is str:
                string(r, c, v, fmts[c])  # text, never a formula, whatever it starts with
            elif t is int or t is float:
                number(r, c, v, fmts[c])
            else:
                date(r, c, v, fmts[c])
    ws.autofilter(0, 0, max(r, 1), len(columns) - 1)
    return r


def write_workbook(path: str | os.PathLike, produce, language: str = "fr") -> dict[str, int]:
    """Write ``produce(book, formats)`` into an atomic, constant-memory workbook."""
    with atomic_path(path) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_numbers": False,
                                              "strings_to_formulas": False, "strings_to_urls": False,
                                              "default_date_format": DATE_FORMATS["fr"]})
        book.set_properties({"title": "Passerelles", "author": "Passerelles",
                             "created": dt.datetime.now()})
        try:
            counts = produce(book, _Formats(book, language))
        finally:
            _close(book, tmp)
    return counts


def _close(book, tmp) -> None:
    """Close the workbook; a failed write (a full disk) is raised as the ``OSError`` of the file
    being written (``atomic_path`` then names the target), and the half-written zip is forgotten
    so that nothing prints a traceback when Python later collects it."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        book.close()
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else exc.__context__
        _forget_open_zips(exc)
        if isinstance(cause, OSError):
            raise OSError(cause.errno, cause.strerror, str(tmp)) from None
        raise


def _forget_open_zips(exc: BaseException) -> None:
    """Close the files of the ``ZipFile`` objects still open in the failed frames (``ZipFile.__del__``
    would try to write their end again, and print the second failure on the console)."""
    import contextlib
    import zipfile

    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        tb = exc.__traceback__
        while tb is not None:
            for value in tb.tb_frame.f_locals.values():
                if isinstance(value, zipfile.ZipFile) and value.fp is not None:
                    with contextlib.suppress(Exception):
                        value.fp.close()
                    value.fp = None
            tb = tb.tb_next
        exc = exc.__context__ or exc.__cause__


def write(catalog, path, kind: str | None = None, search: str = "", *, query: ListQuery | None = None,
          language: str = "fr", today: dt.date | None = None) -> dict[str, int]:
    """Export the catalogue (or one kind, optionally searched/filtered) to ``path``; counts per sheet.
    Agreements also say where they stand on ``today`` (default: the day of the export)."""

    def produce(book, formats):
        counts: dict[str, int] = {}
        with catalog.engine.connect() as conn:
            for sheet_kind in sheets.sheets_for(kind):
                list_kind = "event" if sheet_kind == "session" else sheet_kind
                q = sheets.query_for(list_kind, search, query if (kind and list_kind == kind) else None)
                rows = sheets.rows(conn, sheet_kind, q, language, today)
                counts[sheets.SHEET_NAMES[sheet_kind][1].lower().replace("-", "")] = write_sheet(
                    book, formats, sheet_kind, rows, language)
        if kind in (None, "agreement", "event") and not search and query is None:
            from db.interchange import budget_sheet

            budget_sheet.write(book, formats, catalog, kind, language)   # not counted: lines, not records
        return counts

    return write_workbook(path, produce, language)
