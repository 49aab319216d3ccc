"""Date ranges over partial-date columns as indexed SQL predicates, and due-date wording.

A partial date is due by the END of its period (``PartialDate.last_day()``): "2025" is due on
31 December 2025, "2026-05" on 31 May 2026. Dates are stored as ISO prefixes, which sort as
text ("2025" < "2025-01-01" < "2025-01-02" < "2025-02"), so every test below is a range or an
``IN`` on the column itself and can use its index.
"""

from __future__ import annotations

import calendar
import datetime as dt

from sqlalchemy import String, and_, false, or_, type_coerce

from db.partial_date import PartialDate

SOON_DAYS = 7  # due within a week: shown in orange


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if day.day <= 28:  # every month has it (the dashboard walks thousands of renewals)
        return dt.date(year, month, day.day)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _partials_between(first: dt.date, last: dt.date) -> list[str]:
    """Month and year prefixes whose text falls between these two days' ISO forms."""
    out = [f"{y:04d}" for y in range(first.year, last.year + 1)]
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def as_text(column):
    """The column compared as plain text (its values are already ISO prefixes: no conversion of each bound value)."""
    return type_coerce(column, String)


def due_before(column, day: dt.date):
    """``last_day(column) < day``: the period is entirely before ``day``."""
    column = as_text(column)
    iso = day.isoformat()
    return and_(column < iso, column.notin_([iso[:4], iso[:7]]))


def due_from(column, day: dt.date):
    """``last_day(column) >= day``."""
    return or_(*due_from_parts(column, day))


def due_between_parts(column, first: dt.date, last: dt.date) -> list:
    """``first <= last_day(column) <= last`` as alternatives that each read one index range."""
    if last < first:
        return [false()]
    column = as_text(column)
    candidates = _partials_between(first, last)
    good = [p for p in candidates if first <= PartialDate.from_iso(p).last_day() <= last]
    # partial dates whose text sorts inside the day range but whose last day does not
    bad = [p for p in candidates if p not in good and first.isoformat() <= p <= last.isoformat()]
    in_range = column.between(first.isoformat(), last.isoformat())
    if bad:
        in_range = and_(in_range, column.notin_(bad))
    return [in_range, column.in_(good)] if good else [in_range]


def due_between(column, first: dt.date, last: dt.date):
    """``first <= last_day(column) <= last`` (both days included)."""
    parts = due_between_parts(column, first, last)
    return or_(*parts) if len(parts) > 1 else parts[0]


def due_from_parts(column, day: dt.date) -> list:
    """``last_day(column) >= day`` as alternatives that each read one index range."""
    column = as_text(column)
    iso = day.isoformat()
    return [column >= iso, column.in_([iso[:4], iso[:7]])]


def due_state(due_on: PartialDate | None, today: dt.date, status: str = "open") -> str:
    """``overdue``, ``today``, ``soon`` (within 7 days), ``later``, ``none`` (no date) or ``closed``."""
    if status != "open":
        return "closed"
    if due_on is None:
        return "none"
    days = (due_on.last_day() - today).days
    if days < 0:
        return "overdue"
    if days == 0:
        return "today"
    return "soon" if days <= SOON_DAYS else "later"


def due_words(due_on: PartialDate | None, today: dt.date, status: str = "open", language: str = "fr") -> str:
    """The due state in words, so colour is never the only signal: "En retard de 12 jours"."""
    state = due_state(due_on, today, status)
    en = language == "en"
    if state == "closed":
        return ("Done" if status == "done" else "Cancelled") if en else ("Fait" if status == "done" else "Annulé")
    if state == "none":
        return "No due date" if en else "Sans échéance"
    days = (due_on.last_day() - today).days
    if state == "overdue":
        n = -days
        if en:
            return f"Overdue by {n} day{'s' if n > 1 else ''}"
        return f"En retard de {n} jour{'s' if n > 1 else ''}"
    if state == "today":
        return "Due today" if en else "Aujourd'hui"
    if days == 1:
        return "Tomorrow" if en else "Demain"
    return f"In {days} days" if en else f"Dans {days} jours"
