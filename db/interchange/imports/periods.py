"""Rows that give a named party a period of validity: each row is an agreement with that party.

A list of partners whose rows carry a start date and an end date months apart (« name, type,
start_date, end_date ») records partnerships, not just partners: a partner has no end. Read as
agreements, the named column is the counterparty (created or found by name, with the columns that
describe it), and the period stays on the agreement. The length of the periods is what tells such
a register from a table of events, whose start and end are days apart."""

from __future__ import annotations

import datetime as dt
import re
from statistics import median

from db.interchange.imports import date_order as D
from db.interchange.imports import vocabulary as V
from db.partial_date import parse_partial_date

MIN_DAYS = 28       # median length of the periods: an event lasts days, an agreement months or years
MIN_PERIODS = 3     # rows with both dates that must be read to judge
MIN_SPREAD_DAYS = 14   # a programme's days fit in two weeks; occasions spread wider are events
MIN_DAY_SHARE = 0.6    # ... and fall mostly one a day (distinct days / dated rows)


def _day(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        parsed = parse_partial_date(value)
    except ValueError:
        return None
    return parsed.first_day() if parsed is not None else None


def _names_a_party(header) -> bool:
    """A heading that names something (« name », « Nom », « Nombre »), not a title or a subject."""
    scores = V.field_scores(header, "partner") if header is not None else ()
    return bool(scores) and scores[0][1] == "name" and scores[0][0] >= 95


def counterparty_mapping(headers: list, natures: dict[int, str], below) -> dict[int, str] | None:
    """The agreement reading of a table whose named column is the counterparty of a long period,
    or None. ``below`` are the (number, values) rows under the headings."""
    mapping = V.assign(headers, "agreement", natures)
    fields = {f: i for i, f in mapping.items()}
    if "partners" in fields or "starts_on" not in fields or "ends_on" not in fields:
        return None
    named = fields.get("title")
    if named is None or not _names_a_party(headers[named]) or natures.get(named) == "person":
        return None
    lengths = []
    for _number, values in below:
        start, end = (_day(values[i]) if i < len(values) else None for i in (fields["starts_on"], fields["ends_on"]))
        if start is not None and end is not None and end >= start:
            lengths.append((end - start).days)
    if len(lengths) < MIN_PERIODS or median(lengths) < MIN_DAYS:
        return None
    mapping[named] = "partners"
    return mapping


def headerless_register(samples: dict[int, list], natures: dict[int, str]) -> dict[int, str] | None:
    """A list with no heading row whose rows name an institution (or a place) and give two dates
    months apart: agreements with that party, its country from a column of countries, their worth
    from the one column of sums written to the cent."""
    dates = [i for i in sorted(natures) if natures[i] == "date"]
    party = next((i for i in sorted(natures) if natures[i] == "organisation"), None)
    if party is None:
        party = next((i for i in sorted(natures) if natures[i] == "place"), None)
    if party is None or len(dates) < 2:
        return None
    start, end = dates[:2]
    us = D.sheet_month_first([samples[start], samples[end]]) or D.month_first(samples[start] + samples[end])

    def day(value) -> dt.date | None:   # « 1/1/2012 » to « 12/31/2012 »: a year, read month first
        return _day(D.day_first(value) if us and isinstance(value, str) else value)

    lengths = [(b - a).days for a, b in zip(map(day, samples[start]), map(day, samples[end]), strict=False)
               if a is not None and b is not None and b >= a]
    if len(lengths) < MIN_PERIODS or median(lengths) < MIN_DAYS:
        return None
    mapping = {party: "partners", start: "starts_on", end: "ends_on"}
    country = next((i for i in sorted(natures) if natures[i] == "country"), None)
    if country is not None:
        mapping[country] = "partner_country"
    money = [i for i in sorted(natures) if natures[i] == "number" and _in_cents(samples[i])]
    if len(money) == 1:
        mapping[money[0]] = "budget"   # the one column of sums written to the cent: what each agreement is worth
    return mapping


_CENTS = re.compile(r"^\s*-?\d{1,3}(?:(?P<sep>[,.\u00a0\u202f ']?)\d{3}(?:(?P=sep)\d{3})*)?[.,]\d{2}\s*(?:€|EUR)?\s*$")


def _in_cents(values: list) -> bool:
    """A column of sums written to the cent (« 75,453.00 », « 1 484 400,00 € »), nearly all of them."""
    written = [v for v in values if isinstance(v, str) and v.strip()]
    return len(written) >= MIN_PERIODS and sum(1 for v in written if _CENTS.match(v)) >= 0.9 * len(written)


def counterparty_score(headers: list, mapping: dict[int, str]) -> tuple[float, float]:
    """(recognised columns, total score), as ``vocabulary.kind_score`` counts them, plus one for the
    period: both of its ends named is what a partner list does not have."""
    count, total = 1.0, 0.0
    for index in mapping:
        scores = V.field_scores(headers[index], "agreement") if headers[index] is not None else ()
        count += 1.0 if scores else 0.5
        total += scores[0][0] if scores else 0
    return count, total


def separate_occasions(headers: list, natures: dict[int, str], below) -> bool:
    """A session reading whose rows fall on separate days spread over weeks: each row is an event.
    ``below`` are the (number, values) rows under the headings."""
    mapping = V.assign(headers, "session", natures)
    column = next((i for i, f in mapping.items() if f == "date"), None)
    if column is None:
        return False
    days = [d for d in (_day(values[column]) for _n, values in below if column < len(values)) if d is not None]
    if len(days) < 2 * MIN_PERIODS:
        return False
    return (max(days) - min(days)).days > MIN_SPREAD_DAYS and len(set(days)) >= MIN_DAY_SHARE * len(days)
