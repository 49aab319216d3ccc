"""The CSV export of one list, for French Excel: UTF-8 with a BOM, ";" between fields, CRLF.

Dates are written dd/mm/yyyy (partial dates as written: "mai 2019", "2019"), amounts with a
decimal comma and no currency sign so Excel reads them as numbers. Text that Excel would take
for a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is prefixed
with an apostrophe, the usual protection against CSV formula injection. Phone numbers are written
``="+82 51-555-0100"`` so that Excel shows them as typed, without an apostrophe (``phone_cell``).

Without ``kind`` the CSV holds partners (a CSV file has one table); events export their rows,
sessions are in the Excel export.
"""

from __future__ import annotations

import csv
import datetime as dt
import re

from db.interchange import sheets
from db.interchange.atomic import atomic_path
from db.services.records import ListQuery

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PHONE_FIELDS = ("phone", "phones")
_PHONE_TEXT = re.compile(r"[+0-9][0-9 ./()\-]*(; [+0-9][0-9 ./()\-]*)*")


def phone_cell(text: str) -> str:
    """Phone numbers spaced for reading, written ``="+82 51-555-0100"``: Excel shows the text as
    typed (no formula, no apostrophe, no lost leading 0 or +); anything but phone characters is
    neutralised as any other text. The importer reads the numbers back from this form."""
    from db.schemas.fields import display_phone

    readable = sheets.SEPARATOR.join(display_phone(p) for p in text.split(sheets.SEPARATOR))
    if _PHONE_TEXT.fullmatch(readable):
        return f'="{readable}"'
    return neutralise(text)


def neutralise(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _number(value: float, places: int) -> str:
    return f"{value:.{places}f}".replace(".", ",")


def _formatter(cell_type: str, language: str):
    date_format = "%d/%m/%Y" if language != "en" else "%Y-%m-%d"
    if cell_type in (sheets.DATE, sheets.PDATE):
        return lambda v: v.strftime(date_format) if isinstance(v, dt.date) else neutralise(v)
    if cell_type == sheets.MONEY:
        return lambda v: _number(v, 2) if language != "en" else f"{v:.2f}"
    if cell_type == sheets.RATE:
        return lambda v: (_number(v * 100, 0) if language != "en" else f"{v * 100:.0f}") + " %"
    if cell_type == sheets.INT:
        return str
    return neutralise


def write(catalog, path, kind: str | None = None, search: str = "", *, query: ListQuery | None = None,
          language: str = "fr", today: dt.date | None = None) -> dict[str, int]:
    """Write one list (``kind``, default partners) to ``path``; returns its count. Agreements also say
    where they stand on ``today`` (default: the day of the export)."""
    kind = kind or "partner"
    formatters = [phone_cell if c.field in PHONE_FIELDS else _formatter(c.type, language) for c in sheets.COLUMNS[kind]]
    count = 0
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        out.writerow(sheets.headers(kind, language))
        with catalog.engine.connect() as conn:
            for values in sheets.rows(conn, kind, sheets.query_for(kind, search, query), language, today):
                out.writerow(["" if v is None else f(v) for f, v in zip(formatters, values, strict=True)])
                count += 1
    return {sheets.SHEET_NAMES[kind][1].lower().replace("-", ""): count}
