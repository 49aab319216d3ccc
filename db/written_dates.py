"""Dates shown as they were written: « depuis 1991 », « vers 1995 », « fin mai 2019 » (no Qt).

An import reads the date of a qualified cell (« depuis 1991 » → 1991) and keeps the cell as written
in the record's extra attributes, under its column's heading. Wherever a date is shown to people
(printouts, forms), ``written`` gives it back with its qualifier: the extra attribute whose date is
the field's own, the one under the field's heading first (« Partenaire depuis », « Début »).
"""

from __future__ import annotations

import datetime as dt

from db.partial_date import (
    PartialDate,
    PartialDateError,
    parse_partial_date,
    qualified_display,
    split_qualifier,
)
from db.schemas.messages import field_label
from db.text import fold


def qualifier_of(record, field: str) -> str | None:
    """The qualifier code (``since``, ``about``…) written with ``field``'s date, or None."""
    value = getattr(record, field, None)
    extra = getattr(record, "extra", None)
    if value is None or not isinstance(extra, dict) or not extra:
        return None
    if isinstance(value, dt.date):
        value = PartialDate.from_date(value)
    headings = {fold(field_label(field, "fr")), fold(field_label(field, "en")), fold(field)}
    found = None
    for key, text in extra.items():
        if not isinstance(text, str):
            continue
        code, rest = split_qualifier(text)
        if code is None:
            continue
        try:
            if parse_partial_date(rest) != value:
                continue
        except PartialDateError:
            continue
        if fold(str(key)) in headings:
            return code
        found = found or code
    return found


def written(record, field: str, language: str = "fr") -> str:
    """``field``'s date as people wrote it ("depuis 1991"), else as usual ("22/05/2023", "mai 2019"); "" when empty."""
    value = getattr(record, field, None)
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        value = PartialDate.from_date(value)
    return qualified_display(value, qualifier_of(record, field), language)
