"""Which way a column writes its numeric dates: day first (« 05/04/2016 », as France and most of
the world) or month first (« 4/5/16 », as the United States). The column decides, not each cell:
a first number above 12 says day first, a second above 12 says month first; when every date fits
both readings, the one that keeps the dates close together wins (a programme's sessions fall within
days, not across months)."""

from __future__ import annotations

import datetime as dt
import re

NUMERIC = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b")
MIN_DATES = 3
CLOSE_DAYS = 31     # the month-first reading spans at most this
FAR_DAYS = 60       # ... while the day-first reading spans at least this


def _year(text: str) -> int:
    year = int(text)
    return year + (2000 if year < 70 else 1900) if year < 100 else year


def _span(triples: list[tuple[int, int, int]], month_first: bool) -> int | None:
    days = []
    for a, b, year in triples:
        month, day = (a, b) if month_first else (b, a)
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            return None
    return (max(days) - min(days)).days


def month_first(values: list) -> bool:
    """Whether the column's numeric dates are written month first."""
    triples = [(int(m[1]), int(m[2]), _year(m[3])) for v in values if isinstance(v, str) and (m := NUMERIC.match(v))]
    if len(triples) < MIN_DATES:
        return False
    if any(a > 12 for a, _b, _y in triples):
        return False
    if any(b > 12 for _a, b, _y in triples):
        return True
    us, rest = _span(triples, True), _span(triples, False)
    return us is not None and rest is not None and us <= CLOSE_DAYS and rest >= FAR_DAYS


def day_first(text: str) -> str:
    """A month-first date rewritten day first, the rest of the cell kept (« 4/5/16 14:30 » ->
    « 05/04/2016 14:30 »); other texts unchanged."""
    m = NUMERIC.match(text)
    if m is None:
        return text
    return f"{int(m[2]):02d}/{int(m[1]):02d}/{_year(m[3])}{text[m.end():]}"


def _said(values: list) -> str | None:
    """« month » when a date of the column can only be read month first (« 12/31/2012 »), « day »
    when one can only be read day first (« 31/12/2012 »), else None."""
    triples = [(int(m[1]), int(m[2])) for v in values if isinstance(v, str) and (m := NUMERIC.match(v))]
    if any(a > 12 for a, _b in triples):
        return "day"
    return "month" if any(b > 12 for _a, b in triples) else None


def settle(columns: list, below, targets) -> None:
    """Each date column's way (``month_first``), the sheet deciding for a column its own dates leave
    open: start dates « 1/1/2012 » beside end dates « 12/31/2012 » are month first too, when no
    column of the sheet says day first. ``columns``: the table's, ``below``: (row number, values)
    under the heading, ``targets``: the fields that hold dates or times."""
    dated = [c for c in columns if c.target in targets]
    values = [[v[column.index] for _n, v in below if column.index < len(v)] for column in dated]
    for column, written in zip(dated, values, strict=True):
        column.month_first = month_first(written)
    if sheet_month_first(values):
        for column in dated:
            column.month_first = True


def sheet_month_first(columns: list[list]) -> bool:
    """Whether a sheet's date columns (each a list of values) are all written month first: one of
    them can only be read so (« 12/31/2012 ») and none only day first."""
    said = {_said(values) for values in columns}
    return "month" in said and "day" not in said
