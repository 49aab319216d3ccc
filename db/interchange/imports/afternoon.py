"""Times of a programme written on a twelve-hour clock without « am » / « pm » (« 11:45-12:00 »,
then « 1:00-2:00 », « 2:45-3:00 »): once a day's programme has reached late morning, a later start
between 1:00 and 7:59 that comes before the start above it is the afternoon's (13:00, 14:45), and
so are the following ones of that day; an end before its start (« 12:00-1:00 ») is after noon too.

A programme that runs past midnight (« 23:00 », then « 00:30 », « 01:00 ») is left as written: the
start before the small hours is late in the evening, not late in the morning."""

from __future__ import annotations

from db.interchange.imports.row_plan import RowPlan

LATE_MORNING = (11 * 60, 14 * 60)   # a start in this span, then a smaller one: the clock went past noon
SMALL_HOURS = (60, 8 * 60)          # starts that can be the afternoon's (1:00 to 7:59)


def _minutes(text) -> int | None:
    if not isinstance(text, str) or ":" not in text:
        return None
    hours, _, minutes = text.partition(":")
    if not (hours.strip().isdigit() and minutes[:2].isdigit()):
        return None
    return int(hours) * 60 + int(minutes[:2])


def _later(text: str) -> str:
    hours, _, rest = text.partition(":")
    return f"{int(hours) + 12:02d}:{rest}"


def afternoon(rows: list[RowPlan]) -> None:
    """Correct the sessions of one sheet, in the order of its rows (``rows``: its session rows)."""
    day, after_noon, previous = object(), False, None
    for row in rows:
        model = row.model
        if row.status != "ok" or model is None:
            continue
        if model.date != day:
            day, after_noon, previous = model.date, False, None
        start, end = _minutes(model.start_time), _minutes(model.end_time)
        if start is None:
            continue
        small = SMALL_HOURS[0] <= start < SMALL_HOURS[1]
        if small and not after_noon and previous is not None and LATE_MORNING[0] <= previous < LATE_MORNING[1] \
                and start < previous:
            after_noon = True
        if after_noon and small:
            model.__dict__["start_time"] = _later(model.start_time)
            start += 12 * 60
            if end is not None and SMALL_HOURS[0] <= end < 12 * 60 and end + 12 * 60 >= start:
                model.__dict__["end_time"] = _later(model.end_time)
        elif end is not None and end < start and SMALL_HOURS[0] <= end < SMALL_HOURS[1] \
                and LATE_MORNING[0] <= start < LATE_MORNING[1]:
            model.__dict__["end_time"] = _later(model.end_time)   # « 11:45-1:00 »
        previous = start
