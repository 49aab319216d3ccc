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
    side: int | None = None    # relation lists: 0 the row's own city, 1 its twin / partner

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
    layout: str                 # "table", "key_value" or "relation" (one row per city/twin pair)
    header_row: int             # Excel row number of the header (key_value: first label row)
    columns: list[Column] = field(default_factory=list)
    title: str | None = None    # first text above the header (a sheet title), if any
    score: float = 0.0
    candidates: list[tuple[str, float]] = field(default_factory=list)   # (kind, score), best first
    relation_kind: str | None = None   # relation lists: "twinning" or "partnership"
    above: Table | None = None  # a label/value block above the table: the record its rows belong to

    def signature(self) -> list[str]:
        return [name_key(c.header) for c in self.columns]

    def mapping(self) -> dict[str, str]:
        return {c.header: c.target for c in self.columns}

    @property
    def confidence(self) -> float:
        """1.0 when no other kind comes close; towards 0 when a second kind scores as well."""
        if len(self.candidates) < 2 or self.candidates[0][1] <= 0:
            return 1.0
        best, second = self.candidates[0][1], self.candidates[1][1]
        return round(max(0.0, min(1.0, (best - second) / 2.0)), 2)

    @property
    def ambiguous(self) -> bool:
        """Two kinds are close: the user must choose (the wizard asks, the command line stops)."""
        return self.confidence < AMBIGUOUS

    def missing(self) -> list[str]:
        """The required fields that no column fills (to explain a forced kind that does not fit)."""
        targets = {c.target for c in self.columns}
        required = V.REQUIRED.get(self.kind, ())
        return [] if any(f in targets for f in required) else list(required)


AMBIGUOUS = 0.25   # a second kind within half a column of the first


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


def _natures(peeked, position: int, width: int) -> dict[int, str]:
    """The nature of each column's values in the rows below a candidate header (up to 25 rows)."""
    samples: dict[int, list] = {}
    for _number, values in peeked[position + 1: position + 26]:
        for index, value in enumerate(values[:width]):
            if value is not None:
                samples.setdefault(index, []).append(value)
    result = {}
    for index, values in samples.items():
        nature = V.column_nature(values)
        if nature:
            result[index] = nature
    return result


def _bonus(kind: str, hint: str | None, evidence: set[str]) -> float:
    bonus = (1.5 if hint == kind else 0.0) + PRIOR.get(kind, 0.0)
    if kind == "contact":
        bonus += 1.6 if "first_name" in evidence else 0.0
        bonus += 0.8 * len(evidence - {"first_name"})   # civility, birth date, "élu", attendees
        if not evidence:
            bonus -= 0.5   # a lone "Nom" column with nothing that says people: a list of names of places
    elif kind in ("partner", "agreement", "event", "followup") and len(evidence) >= 2:
        bonus -= 1.0 * (len(evidence) - 1)              # rows of people are not records of places
    if kind == "event" and hint != "event":
        bonus -= 1.0  # a table of events is rarer than the other kinds
    if kind == "relation":
        bonus += 2.5  # two place columns (a city and its twin) say "relation" louder than "partner"
    return bonus


def detect(sheet: Sheet, kind: str | None = None, header_row: int | None = None) -> Table | None:
    """The best table of the sheet (or None when nothing is recognised), with the other kinds it
    could be (``candidates``) so that a doubt can be shown. ``header_row`` forces the header."""
    if kind is None and V.is_unsupported_sheet(sheet.name):
        return None
    peeked = list(islice(sheet.rows(), PEEK))
    if not peeked:
        return None
    hidden = sheet.meta.hidden_columns
    hint = V.sheet_hint(sheet.name)
    kinds = [kind] if kind else [*V.KINDS, "relation"]
    if kind == "agreement":
        kinds.append("relation")
    per_kind: dict[str, tuple] = {}
    best: tuple | None = None
    for position, (number, values) in enumerate(peeked):
        if header_row is not None and number != header_row:
            continue
        if header_row is None and best is not None and best[0][0] >= 3 and position > best[4] + 8:
            break  # a good header was found and the rows below it are data
        headers = _headers(values, hidden)
        if sum(1 for h in headers if h and h.strip()) < 2:
            continue
        natures = _natures(peeked, position, len(headers))
        evidence = V.person_evidence(headers)
        for k in kinds:
            if k == "relation":
                columns = V.relation_columns(headers, natures)
                if columns is None:
                    continue
                count, total = len(columns), 80.0 * len(columns)
            else:
                count, total = V.kind_score(headers, k, natures)
                if count < 2 and not (count == 1 and _exact_key(headers, k)):
                    continue
            key = (count + _bonus(k, hint, evidence), total, -position)
            candidate = (key, number, k, headers, position, natures)
            if k not in per_kind or key > per_kind[k][0]:
                per_kind[k] = candidate
            if best is None or key > best[0]:
                best = candidate
    table = None
    if best is not None:
        _key, number, k, headers, position, natures = best
        table = _table(sheet, peeked, k, headers, position, number, natures)
        table.score = _key[0]
        ranked = sorted(per_kind.values(), key=lambda c: c[0], reverse=True)
        table.candidates = _unique([(_public_kind(c[2]), round(c[0][0], 2)) for c in ranked])
        if position > 0 and table.layout == "table":
            table.above = _key_value(sheet, peeked[:position], ["event", "partner"], hint, min_fields=2)
    if header_row is None:
        kv = _key_value(sheet, peeked, [k for k in kinds if k in ("event", "partner")], hint)
        if kv is not None and (table is None or kv.score > table.score):
            if table is not None and table.above is not None and all(
                    c.index < table.header_row for c in kv.columns if c.target != "extra"):
                return table   # the block is the record above the table: both are read, not the block alone
            return kv
    return table


def _public_kind(kind: str) -> str:
    return "agreement" if kind == "relation" else kind


def _unique(candidates: list[tuple[str, float]]) -> list[tuple[str, float]]:
    seen: set[str] = set()
    result = []
    for kind, score in candidates:
        if kind not in seen:
            seen.add(kind)
            result.append((kind, score))
    return result


def _table(sheet: Sheet, peeked, k: str, headers: list, position: int, number: int, natures) -> Table:
    hidden = sheet.meta.hidden_columns
    relation = V.relation_columns(headers, natures) if k == "relation" else None
    mapping = {i: t for i, (t, _side) in relation.items()} if relation else V.assign(headers, k, natures)
    columns = []
    for index, _header in enumerate(headers):
        raw = peeked[position][1][index]
        if _text(raw) == "":
            continue
        target = mapping.get(index)
        if index in hidden:
            target = "ignore"
        elif target is None:
            target = "ignore" if V.is_public_id_header(raw) else "extra"  # foreign ids and codes are kept
        column = Column(index, _text(raw), target, index in hidden)
        if relation and index in relation and relation[index][0] in ("partners", "partner_country"):
            column.side = relation[index][1]
        columns.append(column)
    title = next((_text(v) for n, vals in peeked[:position] for v in vals if _text(v)), None)
    table = Table(sheet.name, _public_kind(k), "relation" if relation else "table", number, columns, title)
    if relation:
        table.relation_kind = V.relation_kind(headers, relation)
    return table


def _key_value(sheet: Sheet, peeked, kinds: list[str], hint: str | None, min_fields: int = 3) -> Table | None:
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
        if recognised >= min_fields and required:
            score = recognised + (1.5 if hint == k else 0)
            if best is None or score > best.score:
                best = Table(sheet.name, k, "key_value", first or 1, columns, None, score)
    return best
