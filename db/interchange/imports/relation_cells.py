"""Relation lists as offices and encyclopaedias write them, made one relation per row before the
values are converted (stage 4, ``convert.plan_sheet``):

- a city named once above its twins, the cells below it left blank (or merged): each blank takes
  the city of the row above, and says so;
- several twins in one cell, one per line, separated by ";", or by "," when each names its
  country in parentheses ("Essen (Allemagne), Oxford (Royaume-Uni)"): one relation per twin, with
  the same row number, each said.

Input: a row's values. Output: the values of each relation it holds, with the remarks to show.
Only the cells change; the converter then reads each relation as if the file had one per row, and
a correction in the preview edits that relation alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from db.interchange.imports.cell_values import _in_parentheses, shown
from db.interchange.imports.reasons import Reason, schema_error_reason
from db.interchange.imports.row_plan import Problem, RowPlan
from db.interchange.imports.table import Column, Table
from db.schemas import vocab
from db.schemas.records import PartnerIn
from db.text import name_key

_NAMED_IN_PARENTHESES = re.compile(r"[^()]*\S\s*\([^()]*\S[^()]*\)")   # "Essen (Allemagne)"
_BULLET = re.compile(r"^\s*(?:[•·▪◦*\-–—]|\d{1,2}[.)])\s+")          # "• Essen", "- Essen", "1. Essen"


def split_twins(text: str) -> list[str]:
    """The names a cell lists (one name: a list of one). Lines and ";" always separate names (a
    town's name holds neither); "," only when every piece names its country in parentheses, since
    "Washington, D.C." or "Kobe, Japon" is one place."""
    text = text.strip()
    if "\n" in text:
        pieces = text.splitlines()
    elif ";" in text:
        pieces = text.split(";")
    elif "," in text and "(" in text:
        pieces = text.split(",")
        if not all(_NAMED_IN_PARENTHESES.fullmatch(p.strip()) for p in pieces if p.strip()):
            return [text]
    else:
        return [text]
    names = [_BULLET.sub("", p).strip() for p in pieces]
    return [n for n in names if n] or [text]


def _may_list(value: Any) -> bool:
    """Whether a cell may name several places (what ``split_twins`` then decides), cheaply."""
    return isinstance(value, str) and ("\n" in value or ";" in value or ("," in value and "(" in value))


class RelationCells:
    """The rows of one relation table, made one relation each (see the module docstring)."""

    def __init__(self, table: Table):
        self.sheet = table.sheet
        names = [c for c in table.columns if c.target == "partners"]
        first = min(names, key=lambda c: c.index) if names else None   # the column a list is grouped by
        self.own_side = (first.side or 0) if first is not None else None
        self.names = names
        # the own city's columns (its name, its country): what a blank row below it repeats
        self.own = [c for c in table.columns if c.target in ("partners", "partner_country")
                    and (c.side or 0) == self.own_side]
        self.own_name = [c for c in self.own if c.target == "partners"]
        self.last: list | None = None   # the values of the last row that named its own city
        self.name_indexes = [c.index for c in names]
        self.own_index = self.own_name[0].index if len(self.own_name) == 1 else None

    def as_written(self, values: list) -> bool:
        """Whether the row holds one relation as it is (its own city named, no cell that may list
        several names): the common case, said without building anything."""
        n = len(values)
        own = self.own_index
        value = values[own] if own is not None and own < n else None
        if value is None or (type(value) is str and not value.strip()):
            return False
        self.last = values
        return not any(index < n and _may_list(values[index]) for index in self.name_indexes)

    @staticmethod
    def _blank(values: list, index: int) -> bool:
        value = values[index] if index < len(values) else None
        return value is None or (isinstance(value, str) and not value.strip())

    def relations(self, number: int, values: list) -> list[tuple[list, list[Problem]]]:
        """(values, remarks) of each relation of the row: the row itself when it holds one."""
        notes: list[Problem] = []
        if self.own_name and len(self.names) > len(self.own_name):
            own_blank = all(self._blank(values, c.index) for c in self.own_name)
            other_named = any(not self._blank(values, c.index) for c in self.names if c not in self.own_name)
            if own_blank and other_named and self.last is not None:
                above = self.last
                values = list(values)
                for column in self.own:
                    if column.index < len(above) and not self._blank(above, column.index) \
                            and self._blank(values, column.index):
                        if len(values) <= column.index:
                            values.extend([None] * (column.index + 1 - len(values)))
                        values[column.index] = above[column.index]
                column = self.own_name[0]
                notes.append(Problem(self.sheet, number, column.header, shown(values[column.index]),
                                     Reason("filled_down", value=shown(values[column.index])), "info"))
            elif not own_blank:
                self.last = values
        lists = [(c, split_twins(values[c.index])) for c in self.names
                 if c.index < len(values) and _may_list(values[c.index])]
        lists = [(c, names) for c, names in lists if len(names) > 1]
        if len(lists) != 1:   # both sides listing several names: which goes with which is not said
            return [(values, notes)]
        column, names = lists[0]
        split = []
        for position, name in enumerate(names, start=1):
            one = list(values)
            one[column.index] = name
            said = Problem(self.sheet, number, column.header, name,
                           Reason("relation_split", position=position, count=len(names)), "info")
            split.append((one, [*notes, said]))
        return split


@lru_cache(maxsize=64)
def _kind_label(kind: str) -> str:
    return vocab.AGREEMENT_KIND.label(kind, "fr")


def side_extras(columns, extra: dict) -> list[dict] | None:
    """A relation list's columns that describe one side's place (its population, its coordinates),
    taken out of the agreement's extra attributes for the partner of that side; None when none."""
    result: list[dict] | None = None
    for column in columns:
        if column.target == "extra" and column.side is not None and column.header in extra:
            result = result or [{}, {}]
            result[column.side][column.header] = extra.pop(column.header)
    return result


def heading_prefix(header: str | None) -> str | None:
    """What a heading says it describes before what it holds: « Recipient Org: City » ->
    "recipient org", « partner_city » -> "partner" (None without a separator)."""
    if not header:
        return None
    head, colon, _rest = str(header).partition(":")
    if colon and head.strip():
        return head.strip().casefold()
    found = re.match(r"^([^\W\d_]{3,})[_.]\S", str(header).strip())
    return found.group(1).casefold() if found else None


def partner_columns(partner_header: str | None, extra: dict) -> dict[str, Any] | None:
    """The other columns that describe an agreement's partner: those whose heading shares the
    partner's prefix (« Recipient Org: Name », « Recipient Org: City »…) and those an agreement
    has no use for but a partner has (an address, a city, a web site, an e-mail, a phone): {heading
    or its rest: value}, given to the partner the import creates (``new_partner_fields``); the
    agreement keeps them too."""
    from db.interchange.imports.headings import WORD_SETS
    from db.interchange.imports.vocabulary import field_scores

    prefix = heading_prefix(partner_header)
    details = {}
    for header, value in extra.items():
        if value in (None, "") or header == partner_header:
            continue
        if prefix is not None and heading_prefix(header) == prefix:
            rest = str(header).split(":", 1)[-1] if ":" in str(header) else str(header)[len(prefix):]
            details[rest.strip(" _.-") or str(header)] = value
            continue
        scores = field_scores(header, "partner")
        if name_key(str(header)) in WORD_SETS["address_headers"] or (
                scores and scores[0][0] >= 95 and scores[0][1] in DESCRIBED):
            details[str(header)] = value
    return details or None


DESCRIBED = ("city", "website", "email", "phone")   # partner fields a described column may fill


def new_partner_fields(row: RowPlan | None, side: int | None) -> dict[str, Any]:
    """What a partner created for a relation's side is known to be: the places a twinning joins
    are cities (or territories: the user may correct it), and the side's own columns (population,
    region…) are its extra attributes; a column naming one of its fields (« … : City ») fills it."""
    if row is None or row.kind != "agreement" or side is None:
        return {}
    given: dict[str, Any] = {}
    if getattr(row.model, "kind", None) == "twinning":
        given["kind"] = "city"
    details = row.partner_details
    if details and side < len(details) and details[side]:
        # imported here: most sides (50,000 in a relation list) have no details
        from db.interchange.imports.vocabulary import field_scores

        extra = {}
        for key, value in details[side].items():
            scores = field_scores(key, "partner")
            field = scores[0][1] if scores and scores[0][0] >= 90 else None
            if field in DESCRIBED and field not in given:
                given[field] = value
            else:
                extra[key] = value
        if extra:
            given["extra"] = extra
    return given


def relation_title(kind: str, ours: str, theirs: str) -> str:
    """The title of a relation row's agreement: its type (the row's own, else the list's) and the
    two places, « Jumelage Cannes – Busan »."""
    return f"{_kind_label(kind)} {ours} – {theirs}"


def new_partner(name: str, country: str | None, given: dict) -> PartnerIn:
    """The partner an import creates, with what its row says of it and the kind its name tells; a
    value its field refuses (a country, a web address) is kept as an extra attribute, never lost."""
    from pydantic import ValidationError

    from db.interchange.imports.headings import partner_kind_of

    if not given.get("kind") and (told := partner_kind_of(name)):
        given = {**given, "kind": told}   # « Harvard University » is a school, as on a partners sheet
    try:
        return PartnerIn(name=name, country=country, **given)
    except ValidationError as exc:
        wrong = {str(e["loc"][0]) for e in exc.errors() if e.get("loc")}
    extra = dict(given.get("extra") or {})
    for name_ in wrong:
        if name_ in given and name_ != "extra":
            extra[name_] = given.pop(name_)
    if "country" in wrong and country:
        extra["country"] = country
    given["extra"] = extra
    try:
        return PartnerIn(name=name, country=None if "country" in wrong else country, **given)
    except ValidationError:
        return PartnerIn(name=name, extra=extra)


def relation_row(conv, plan: RowPlan, fields, extra, data) -> None:
    """A relation row: its two sides (names never split on commas), their countries, a title.
    ``conv`` is the row converter (its country reader, its warnings, its table)."""
    names: dict[int, str] = {}
    columns: dict[int, Column] = {}
    countries: dict[int, str | None] = {}
    for column, value in fields.get("partners", []):
        text = " ".join(shown(value).split())
        if text:
            names[column.side or 0] = text
            columns[column.side or 0] = column
    for column, value in fields.get("partner_country", []):
        code = conv._country(value)[0]
        if code is None and shown(value).strip():
            extra[column.header] = shown(value)
            conv._warn(plan, column, value, Reason("invalid_kept", error=schema_error_reason(
                {"type": "country_unknown", "loc": ("country",), "msg": "", "input": shown(value),
                 "ctx": {"value": shown(value)}})))
        countries[column.side or 0] = code
        conv._keep_nation(column, value, extra)
    for side, name in list(names.items()):
        told = _in_parentheses(name, conv._country)
        if told is None:
            continue
        bare, country, year = told
        if countries.get(side) and country and countries[side] != country[0]:
            continue   # the country column says otherwise: the name is kept as written
        names[side] = bare
        if country:
            countries[side] = countries.get(side) or country[0]
            if country[1]:
                extra[f"{columns[side].header} (nation)"] = country[1]
        if year and data.get("signed_on") is None:
            data["signed_on"] = year
    sides = sorted(names)
    data["partners"] = [names[i] for i in sides]
    plan.partner_countries = [countries.get(i) for i in sides]
    details = side_extras(conv.columns, extra)
    plan.partner_details = [details[i] for i in sides] if details else None
    plan.partner_country = plan.partner_countries[0] if plan.partner_countries else None
    if len(sides) < 2:
        data["partners"] = []   # half a relation: rejected as an agreement without partner
        return
    relation = conv.table.relation_kind or "twinning"
    data.setdefault("kind", relation)
    if not data.get("title"):
        data["title"] = relation_title(data["kind"], names[sides[0]], names[sides[1]])
    if data.get("signed_on") is not None:
        data.setdefault("status", "active")
