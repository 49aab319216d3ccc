"""Finding the table in a sheet: header row under titles/legends/blank rows, any start column,
or a label/value sheet describing one record; then the column mapping of what was found."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from db.interchange.imports import vocabulary as V
from db.interchange.imports.readers import Sheet
from db.text import name_key

PEEK = 60
PRIOR = {"partner": 0.2, "contact": 0.1}  # on a tie, the commoner kind of sheet wins


@dataclass
class Column:
    index: int                 # 0-based column of the sheet
    header: str
    target: str                # a field name, "extra" (kept as an extra attribute) or "ignore"
    hidden: bool = False

    @property
    def letter(self) -> str:
        n, letters = self.index + 1, ""
        while n:
            n, r = divmod(n - 1, 26)
            letters = chr(65 + r) + letters
        return letters


@dataclass
class Table:
    """One importable table found in a sheet."""

    sheet: str
    kind: str
    layout: str                 # "table" or "key_value"
    header_row: int             # Excel row number of the header (key_value: first label row)
    columns: list[Column] = field(default_factory=list)
    title: str | None = None    # first text above the header (a sheet title), if any
    score: float = 0.0

    def signature(self) -> list[str]:
        return [name_key(c.header) for c in self.columns]

    def mapping(self) -> dict[str, str]:
        return {c.header: c.target for c in self.columns}


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _headers(values: list, hidden: set[int]) -> list:
    return [None if i in hidden or not isinstance(v, str) else v for i, v in enumerate(values)]


def _exact_key(headers: list, kind: str) -> bool:
    """A lone recognised column is enough when it is exactly the record's name ("Nom", "Partner")."""
    for header in headers:
        if header:
            scores = V.field_scores(header, kind)
            if scores and scores[0][0] >= 95 and scores[0][1] in V.REQUIRED[kind]:
                return True
    return False


def detect(sheet: Sheet, kind: str | None = None) -> Table | None:
    """The best table of the sheet (or None when nothing is recognised)."""
    if kind is None and V.is_unsupported_sheet(sheet.name):
        return None
    peeked = list(islice(sheet.rows(), PEEK))
    if not peeked:
        return None
    hidden = sheet.meta.hidden_columns
    hint = V.sheet_hint(sheet.name)
    kinds = [kind] if kind else list(V.KINDS)
    best: tuple | None = None
    for position, (number, values) in enumerate(peeked):
        if best is not None and best[0][0] >= 3 and position > best[4] + 8:
            break  # a good header was found and the rows below it are data
        headers = _headers(values, hidden)
        if sum(1 for h in headers if h and h.strip()) < 2:
            continue
        for k in kinds:
            count, total = V.kind_score(headers, k)
            if count < 2 and not (count == 1 and _exact_key(headers, k)):
                continue
            bonus = (1.5 if hint == k else 0.0) + PRIOR.get(k, 0.0)
            if k == "contact" and any(h and name_key(h).split()[:2] in (["prenom"], ["nom", "prenom"], ["prenom", "nom"],
                                                                      ["first", "name"]) for h in headers):
                bonus += 1.6  # a first-name column says "people" louder than the sheet's name
            if k == "event" and hint != "event":
                bonus -= 1.0  # a table of events is rarer than the other kinds
            key = (count + bonus, total, -position)
            if best is None or key > best[0]:
                best = (key, number, k, headers, position)
    table = None
    if best is not None:
        (_score, _total, _pos), number, k, headers, position = best
        mapping = V.assign(headers, k)
        columns = []
        for index, _header in enumerate(headers):
            raw = peeked[position][1][index]
            if _text(raw) == "":
                continue
            target = mapping.get(index)
            if index in hidden:
                target = "ignore"
            elif target is None:
                target = "ignore" if V.is_row_number_header(raw) else "extra"
            columns.append(Column(index, _text(raw), target, index in hidden))
        title = next((_text(v) for n, vals in peeked[:position] for v in vals if _text(v)), None)
        table = Table(sheet.name, k, "table", number, columns, title, best[0][0])
    kv = _key_value(sheet, peeked, [k for k in kinds if k in ("event", "partner")], hint)
    if kv is not None and (table is None or kv.score > table.score):
        return kv
    return table


def _key_value(sheet: Sheet, peeked, kinds: list[str], hint: str | None) -> Table | None:
    """A sheet of label/value pairs (labels in one column, values in the next)."""
    best = None
    for k in kinds:
        columns: list[Column] = []
        seen: set[str] = set()
        first = None
        label_col = None
        for number, values in peeked:
            filled = [(i, v) for i, v in enumerate(values) if _text(v)]
            if len(filled) < 2 or not isinstance(filled[0][1], str):
                continue
            i, label = filled[0]
            if label_col is not None and i != label_col:
                continue
            scores = V.field_scores(label, k)
            target = scores[0][1] if scores and scores[0][0] >= 80 else None
            if target in seen:
                target = None
            if target:
                seen.add(target)
                label_col = i
                first = first or number
            columns.append(Column(number, label.strip(), target or "extra"))
        recognised = sum(1 for c in columns if c.target != "extra")
        required = any(c.target in V.REQUIRED[k] for c in columns)
        if recognised >= 3 and required:
            score = recognised + (1.5 if hint == k else 0)
            if best is None or score > best.score:
                best = Table(sheet.name, k, "key_value", first or 1, columns, None, score)
    return best
