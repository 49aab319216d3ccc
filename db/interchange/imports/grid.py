"""A timetable written as a grid: times down its first column, days (or rooms, tracks) across its
heading row, a session in each cell. It is read as the list it stands for, one row per filled cell:
the cell's time, the heading above it (a date, a room, or a day named without its date), its title.
A row that says the same in every column (« Break », « Lunch ») is a pause: it is set aside and
said, not imported as one session per column; a lone « - » is an empty cell. A row written once
across the whole grid (its first cell only, the others empty or merged into it) is one moment for
all: a pause when its words say so, else one session with no room. Hours written 1 to 7 without
« am » / « pm » in a grid whose mornings start at 8 or later are the afternoon's (« 1:45-3:15 »)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from db.interchange.imports.cell_values import _split_time
from db.interchange.imports.readers import Sheet, SheetMeta, Workbook, read
from db.interchange.imports.vocabulary import WORD_SETS, field_scores
from db.text import name_key

PEEK = 60
MIN_COLUMNS = 2       # columns of sessions beside the times
MIN_TIMES = 3
TIME_SHARE = 0.7
EMPTY = {"-", "–", "—", "/", "x", "n/a"}
WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag",
            "freitag", "samstag", "sonntag", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
            "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "segunda", "terca", "quarta", "quinta",
            "sexta", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}
TIME, ACROSS, TITLE = "Horaire", "En-tête de colonne", "Intitulé"
ACROSS_FIELDS = {"room", "date"}   # what a grid's headings may name: its rooms (tracks, halls) or its days


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _is_time(value) -> bool:
    from db.schemas.times import normalise_time

    start, _end = _split_time(value)
    try:
        return bool(normalise_time(start))
    except ValueError:
        return False


def _across(headings: list[str]) -> str:
    """What the headings across the grid are: dates, days named without a date, or rooms."""
    from db.partial_date import PartialDateError, parse_partial_date

    def dated(text: str) -> bool:
        try:
            return parse_partial_date(text) is not None
        except PartialDateError:
            return False

    if all(dated(h) for h in headings):
        return "Date"
    if any(set(name_key(h).split()) & WEEKDAYS for h in headings):
        return ACROSS
    return "Salle"


def read_listed(path) -> Workbook:
    """The workbook's sheets as the import reads them: a timetable grid as the list it stands for."""
    book = read(path)
    book.sheets = [unpivoted(sheet) or sheet for sheet in book.sheets]
    return book


def unpivoted(sheet: Sheet) -> Sheet | None:
    """The grid's list (a sheet of time, heading, title rows, its pauses set aside), or None when
    the sheet is not a timetable grid. A list whose first column is the time is no grid: its
    headings name several fields (« Titre », « Salle »), or one that is neither a room nor a day
    (« Title » beside « Instructor »); a grid's name days, dates or rooms."""
    peeked = list(islice(sheet.rows(), PEEK))
    for position, (number, values) in enumerate(peeked[:10]):
        filled = [i for i, v in enumerate(values) if _text(v)]
        if len(filled) < MIN_COLUMNS + 1:
            continue
        first, others = filled[0], filled[1:]
        below = [v for _n, v in peeked[position + 1:]]
        times = [v[first] for v in below if first < len(v) and _text(v[first])]
        if len(times) < MIN_TIMES or sum(1 for t in times if _is_time(t)) < TIME_SHARE * len(times):
            return None
        if any(_is_time(values[i]) for i in (first, *others)):
            return None   # a heading row of times: a list whose rows run across (or a first row of data), not a grid
        headings = [_text(values[i]) for i in others]
        named = {scores[0][1] for h in headings if (scores := field_scores(h, "session")) and scores[0][0] >= 75}
        if len(named) >= 2 or named - ACROSS_FIELDS:
            return None   # « Title », « Speaker »: a list's fields, where a grid names its rooms or days
        return _as_list(sheet, number, first, values[first], list(zip(others, headings, strict=True)), _across(headings))
    return None


def _is_pause(text: str) -> bool:
    return bool(set(name_key(text).split()) & WORD_SETS["pause_words"])


def is_pause_row(row) -> bool:
    """A programme's row that is only a break (« Lunch », « Afternoon Break », « Pause café »: three words
    at most, one of them a pause word) with nobody speaking or chairing and no place: set aside, as a
    grid's are. A break served somewhere (« Lunch » at « Mandalay Bay, MGM Grand ») is an item of the
    agenda: kept."""
    model = row.model
    title = getattr(model, "title", None) if model is not None else None
    return (bool(title) and len(name_key(title).split()) <= 3 and _is_pause(title)
            and not any(getattr(model, field, None) for field in ("speakers", "moderator", "room")))


_HOUR = re.compile(r"(?<![\d:.])(\d{1,2})(?=[:.h]\d{2}|\s*(?:on|-|–|—|$))")


def _afternoon(time, pm: bool):
    """« 1:45-3:15 » as « 13:45-15:15 » when the grid's hours are written on twelve (``pm``); « 5:15 on »
    as its start."""
    if isinstance(time, str):
        time = re.sub(r"\s+(?:on|onwards|onward)\s*$", "", time, flags=re.IGNORECASE)   # « 5:15 on »: from 5:15
    if not pm or not isinstance(time, str) or re.search(r"[ap]\.?m\b", time, re.IGNORECASE):
        return time
    return _HOUR.sub(lambda m: str(int(m.group(1)) + 12) if 1 <= int(m.group(1)) <= 7 else m.group(1), time)


def _twelve_hours(times: list) -> bool:
    """Hours written on twelve: mornings at 8 or later, afternoons from 1 to 7, nothing after 12."""
    hours = [int(m.group(1)) for t in times if isinstance(t, str) for m in _HOUR.finditer(t)]
    return bool(hours) and any(8 <= h <= 12 for h in hours) and any(1 <= h <= 7 for h in hours) and max(hours) <= 12


def _as_list(sheet: Sheet, header: int, first: int, time_heading, columns: list[tuple[int, str]], across: str):
    pauses: list[tuple[int, str]] = []
    rows: list[tuple[int, list]] = []
    lines = [(n, v) for n, v in sheet.rows() if n > header]
    pm = _twelve_hours([v[first] for _n, v in lines if first < len(v)])
    for number, values in lines:
        cells = [(heading, _text(values[i]) if i < len(values) else "") for i, heading in columns]
        cells = [(h, c) for h, c in cells if c and c.lower() not in EMPTY]
        if not cells:
            continue
        time = _afternoon(values[first] if first < len(values) else None, pm)
        across_all = len(columns) >= 3 and len(cells) == 1 and cells[0][0] == columns[0][1]
        if (len(cells) == len(columns) and len({name_key(c) for _h, c in cells}) == 1) or (
                across_all and _is_pause(cells[0][1])):
            pauses.append((number, cells[0][1]))
            continue
        if across_all:   # written once across the grid: one session for every room
            rows.append((number, [time, "", cells[0][1]]))
            continue
        rows.extend((number, [time, heading, cell]) for heading, cell in cells)
    head = [_text(time_heading) or TIME, across, TITLE]
    listed = [(header, head), *rows]
    return replace(sheet, meta=SheetMeta(), merged=[], _rows=lambda: iter(listed), total_rows=len(listed),
                   set_aside=pauses, kept_apart_by=across if across == ACROSS else None)
