"""The fast lane of big sheets: a clean row converted cell by cell from memos, straight to its packed model.

A 100,000-row partner sheet repeats the same countries, cities, domains and dates thousands of
times, and most of its rows have nothing to report. For such rows the general ``Converter`` (which
assembles a dict, names every problem and validates through the schema) is more than needed: here
each column keeps a memo of its values already converted by the very same steps (the converter's
own pre-processing, then ``FastValidator._field``, i.e. the schema's normalisers), and a row whose
every cell converts cleanly becomes its packed model directly.

Anything out of the ordinary — a value that fails or needs a word in the report, a blank required
cell, an Excel error, a formula never computed, a hyperlink, two addresses in one cell — makes
``convert`` return None, and the row takes the general path, which gives the same result as
before. ``tests/db/test_import_fastlane.py`` checks both paths agree row for row.
"""

from __future__ import annotations

from typing import Any

from db.interchange.imports.cell_values import (
    _email_items,
    _vocab_value,
    french_national,
    is_placeholder,
    plain_email,
    shown,
)
from db.interchange.imports.headings import partner_kind_by_shape
from db.interchange.imports.readers import Uncached
from db.interchange.imports.relation_cells import relation_title, side_extras
from db.interchange.imports.row_plan import _SETS, RowPlan, _packed_class
from db.interchange.imports.rows import (
    _TICKS,
    _YMD,
    BOOL_FIELDS,
    COMPACT,
    DATE_FIELDS,
    EXCEL_ERRORS,
    EXTRA_MAX_LENGTH,
    VOCAB_FIELDS,
    Converter,
)
from db.partial_date import split_qualifier
from db.schemas.fields import clean_text, split_list

KINDS = {"partner"}  # kinds whose fields convert cell by cell (no splitting or joining across columns)
SPECIAL = {"email", "phone", "extra"}
REQUIRED = {"partner": "name"}
MEMO_LIMIT = 50_000
MEMO_TRIAL = 16_384   # a memo holding this many values after as many rows (few repeats) is dropped
# the first characters of a text cell that may make it blank or an Excel error (beyond Latin-1,
# any space too): any other is plain
_ODD_START = frozenset({"", "#", *(chr(c) for c in range(256) if chr(c).isspace())})
class _Namespace:
    """What an after-validator gets instead of a model: attributes over the values dict. The names
    it sets join the fields set, as they do on a model."""

    __slots__ = ("__dict__", "assigned")

    def __init__(self, values: dict):
        object.__setattr__(self, "__dict__", values)
        object.__setattr__(self, "assigned", [])

    def __setattr__(self, name, value):
        self.__dict__[name] = value
        self.assigned.append(name)


_SLOW = object()  # this cell (so this row) needs the general path


class FastLane:
    def __init__(self, converter: Converter, columns: list, fields: list[str], required: str):
        self.converter = converter
        self.fv = converter.fast
        self.sheet = converter.table.sheet
        self.kind = converter.kind
        self.required = required
        self.links = converter.hyperlinks if converter.table.layout == "table" else {}
        self.link_columns = {c for (_r, c) in self.links}
        self.default_country = converter.table.default_country if self.kind == "partner" else None
        self.fields = fields
        self.packed = _packed_class(converter.schema)
        schema_fields = converter.schema.model_fields
        self.defaults = {n: info for n, info in schema_fields.items()}
        self.validated_defaults = [n for n in fields if self.fv.before.get(n) or self.fv.after.get(n)]
        self.model_after = self.fv.model_after
        # country first: a phone without country code is read in the row's country
        self.columns = sorted(columns, key=lambda c: c.target != "country")
        # per column: its memo (None once its values prove distinct: names, addresses, notes)
        self.plan = [[c.index, c.target, c.header, {}, 0] for c in self.columns]
        self.kind_memo: dict[str, str | None] = {}
        self.rows_seen = 0
        # defaults in the schema's field order (so a values dict lists its fields in that order)
        self.base = {n: (None if info.default_factory else info.get_default()) for n, info in schema_fields.items()}
        self.factories = [(n, info.default_factory) for n, info in schema_fields.items()
                          if info.default_factory and n != "extra"]
        self.shapes: dict[tuple, tuple] = {}
        self.grown: dict[tuple, frozenset] = {}   # fields set + names the after-validators set
        self.contact_fields = bool({"email", "phone"} & set(schema_fields))
        self.width = len(self.base)  # a values dict of this size follows the template's order
        self.has_phone = any(c.target == "phone" for c in columns)
        self.reformatted = next(((c.index, c.header) for c in columns if c.target == "phone"), None)
        self.empty_extra = self.fv._field("extra", {}) == {}

    @classmethod
    def for_converter(cls, converter: Converter) -> FastLane | None:
        """A lane for this table, or None when its columns need the general path."""
        if converter.values or converter.table.id_column is not None or any(c.thousands for c in converter.columns):
            return None   # values read as the user said, the file's own row identifiers: the general path
        if converter.table.layout == "relation":
            return RelationLane.for_relations(converter)
        if converter.kind not in KINDS or converter.fast is None or not converter.fast.usable:
            return None
        if converter.table.layout != "table" or converter.id_columns:
            return None
        fields = list(converter.schema.model_fields)
        targets = [c.target for c in converter.columns if c.target != "extra"]
        local = set(fields) - {"extra"}
        if len(targets) != len(set(targets)) or any(t not in local for t in targets):
            return None
        return cls(converter, converter.columns, fields, REQUIRED[converter.kind])

    # --- one cell --------------------------------------------------------------------------------

    def _plain(self, target: str, value: Any) -> Any:
        """The converter's pre-processing of a single-column field, then the schema's normaliser."""
        if isinstance(value, str):
            if target in DATE_FIELDS and split_qualifier(value)[0]:
                return _SLOW  # "vers 1995": the general path keeps the qualifier and says so
            if target in DATE_FIELDS and (m := _YMD.match(value.strip())):
                value = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
            elif target in BOOL_FIELDS and value.strip() in _TICKS:
                value = _TICKS[value.strip()]
        vocabulary = VOCAB_FIELDS.get((self.kind, target))
        if vocabulary is not None:
            value = _vocab_value(vocabulary, value)
            if value is None:
                return _SLOW  # reported as "not recognised": the general path words it
        try:
            return self.fv.convert(target, value)
        except Exception:
            return _SLOW

    def _email(self, value: Any) -> Any:
        if type(value) is str:
            text = value.strip()  # a plain address: what _email_items and Converter._email give it
            plain = plain_email(text)
            if plain is not None:
                return plain
        items = _email_items(value)
        if len(items) != 1:
            return _SLOW
        try:
            email = self.converter._email(items[0])
        except Exception:
            return _SLOW
        return email or _SLOW

    def _phone(self, value: Any, region: str | None) -> Any:
        if type(value) is str and self.converter.table.phone_region in (None, "FR"):
            text = value.strip()  # a French national number: nothing to split, what Converter._phone gives it
            number = french_national(text)
            if number is not None:
                return number
        items = [value] if isinstance(value, int | float) else split_list(str(value).replace(",", ";"), 60)
        if len(items) != 1:
            return _SLOW
        try:
            number = self.converter._phone(items[0], region)
        except Exception:
            return _SLOW
        return number or _SLOW

    def _region(self, value: Any) -> str | None:
        return self.converter._country(value)[0]   # the converter's own reading, memo included

    # --- one row ---------------------------------------------------------------------------------

    def _cell(self, target: str, value: Any, region: str | None) -> Any:
        if type(value) is str and len(value) < 12 and is_placeholder(value, target):
            return _SLOW   # « None », « N/A »: the general path reads it as empty and says so
        if target == "extra":
            text = shown(value)
            return text if len(text) <= EXTRA_MAX_LENGTH else _SLOW  # cut and said by the general path
        if target == "email":
            return self._email(value)
        if target == "phone":
            return self._phone(value, region)
        hit = self._plain(target, value)
        if target == "country" and hit is not _SLOW:
            return hit, self._region(value)
        return hit

    def convert(self, number: int, values: list) -> RowPlan | None:
        """The row's compact plan (packed model, no problems), or None: take the general path."""
        extra: dict[str, str] = {}
        got = self._cells(number, values, extra)
        if got is None or not got.get(self.required):
            return None
        said = partner_kind_by_shape(self.kind_memo, got["name"]) if self.kind == "partner" and not got.get("kind") \
            else None
        if not got.get("kind") and (told := said or self.converter.table.default_kind):
            got["kind"] = told   # as Converter.refresh: the kind its name says
        if self.default_country and not got.get("country"):
            got["country"] = self.default_country   # as Converter._assemble: the country of the sheet's cities
        try:
            row = self._packed(number, got, extra)
        except Exception:  # anything the schema would word: the general path reports it
            return None
        if row is not None and self.reformatted is not None:
            self._note_phone(row, values)
        return row

    def _note_phone(self, row: RowPlan, values: list) -> None:
        """A phone written otherwise (E.164): said in the column's remark. The lane takes only
        numbers read whole (one number, nothing beside it), so only their layout changed and no
        original is kept for the history (see ``Converter._changed``)."""
        index, header = self.reformatted
        phone = row.model.phone
        if phone:
            value = values[index]
            text = value.strip() if type(value) is str else shown(value).strip()
            if phone != text:
                self.converter._changed(None, header, "phone", "reformatted", text, phone)

    def _cells(self, number: int, values: list, extra: dict[str, str]) -> dict[str, Any] | None:
        """The converted cells of the lane's columns (``extra`` filled), or None: the general path."""
        n = len(values)
        got: dict[str, Any] = {}
        region = None
        links = self.links
        self.rows_seen += 1
        for column in self.plan:
            index, target, header, memo, _misses = column
            value = values[index] if index < n else None
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                first = value[:1]
                if (first in _ODD_START or (first > "\xff" and first.isspace())) and (
                        not value.strip() or value.strip() in EXCEL_ERRORS):
                    if target == self.required or value.strip():
                        return None
                    continue
                key = value
            elif kind is Uncached:
                return None
            else:
                key = (kind, value)
            if links and (number, index) in links:
                return None
            if memo is None:   # a column of distinct values: each converted, none remembered
                hit = self._cell(target, value, region)
                if hit is _SLOW:
                    return None
            else:
                if target == "phone":
                    key = (key, region)
                hit = memo.get(key, _SLOW)
                if hit is _SLOW:
                    hit = self._cell(target, value, region)
                    if hit is _SLOW:
                        return None
                    if len(memo) < MEMO_LIMIT:
                        memo[key] = tuple(hit) if type(hit) is list else hit
                    column[4] += 1
                    if column[4] == MEMO_TRIAL and self.rows_seen < MEMO_TRIAL * 8 // 7:
                        column[3] = None   # hardly a value seen twice: the memo would only hold memory
                elif type(hit) is tuple and target != "country":
                    hit = list(hit)
            if target == "extra":
                extra[header] = hit
            elif target == "country":
                got[target], region = hit
            else:
                got[target] = hit
        return got

    def _packed(self, number: int, got: dict[str, Any], extra: dict[str, str]) -> RowPlan | None:
        fv = self.fv
        done = None
        if self.contact_fields and ("email" in got or "phone" in got):
            done = {}   # normalised already: set on the model after the after-validators, as Converter does
            if "email" in got:
                done["email"] = got.pop("email")
            if "phone" in got:
                done["phone"] = got.pop("phone")
        shape = (*got, *done) if done else tuple(got)
        known = self.shapes.get(shape)
        if known is None:   # per shape: its fields set, the defaults to validate, the lists to make
            fields_set = frozenset({*shape, "extra"})
            missing = [name for name in self.validated_defaults if name not in got]
            known = self.shapes[shape] = (_SETS.setdefault(fields_set, fields_set), missing, [
                (name, make) for name, make in self.factories if name not in got and name not in missing])
        fields_set, missing, made = known
        if extra and fv.model_before and fv.reshapes(extra):
            return None   # budget columns become budget lines: the general path
        if extra:
            validated = fv._field("extra", extra)
            validated.update({k: v for k, v in extra.items() if k not in validated})
        else:
            validated = {} if self.empty_extra else fv._field("extra", {})
        for name in missing:
            got[name] = fv._field(name, self.defaults[name].get_default(call_default_factory=True))
        values = self.base.copy()
        values.update(got)
        values["extra"] = validated
        for name, make in made:
            values[name] = make()
        if self.model_after:
            ns = _Namespace(values)  # the after-validators read and set attributes: they do so on the dict
            try:
                for func in self.model_after:
                    func(ns)
            except Exception:
                return None
            values = ns.__dict__
            if ns.assigned:
                key = (fields_set, *ns.assigned)
                grown = self.grown.get(key)
                if grown is None:
                    grown = frozenset({*fields_set, *ns.assigned})
                    grown = self.grown[key] = _SETS.setdefault(grown, grown)
                fields_set = grown
        if done:
            values.update(done)
        model = self.packed(*values.values(), fields_set) if len(values) == self.width else \
            self.packed(*(values[name] for name in self.fields), fields_set)
        return RowPlan(self.sheet, number, self.kind, COMPACT, COMPACT, model)


class RelationLane(FastLane):
    """Relation lists (a city and its twin per row): both names, their countries, the other cells
    from memos, the title and kind as ``Converter._relation`` gives them. A row with anything to
    report (an unknown country, half a relation, a qualified date…) takes the general path."""

    SIDED = ("partners", "partner_country")

    @classmethod
    def for_relations(cls, converter: Converter) -> RelationLane | None:
        if converter.kind != "agreement" or converter.fast is None or not converter.fast.usable or converter.id_columns:
            return None
        fields = list(converter.schema.model_fields)
        others = [c.target for c in converter.columns if c.target not in ("extra", *cls.SIDED)]
        if len(others) != len(set(others)) or any(t not in fields for t in others):
            return None
        sides = {(c.target, c.side or 0) for c in converter.columns if c.target in cls.SIDED}
        if len(sides) != sum(1 for c in converter.columns if c.target in cls.SIDED):
            return None  # two columns for one side: joined by the general path
        lane = cls(converter, [c for c in converter.columns if c.target not in cls.SIDED], fields, "title")
        lane.sided = [c for c in converter.columns if c.target == "extra" and c.side is not None]
        lane.names = sorted(((c.index, c.side or 0) for c in converter.columns if c.target == "partners"),
                            key=lambda name: name[1])   # side by side
        sides = [side for _i, side in lane.names]
        # each country column with the position of its side among the names (None: a side unnamed)
        lane.countries = [(c.index, sides.index(c.side or 0) if (c.side or 0) in sides else None, c.header)
                          for c in converter.columns if c.target == "partner_country"]
        lane.relation = converter.table.relation_kind or "twinning"

        lane.title_limit = lane.fv.text_limits.get("title", 0)
        lane.name_memo, lane.country_memo = {}, {}
        return lane

    def _name(self, value: Any) -> str:
        """The name a cell gives ("" when none: blank, or too long for the lane), remembered."""
        hit = self.name_memo.get(value)
        if hit is None:
            text = " ".join(shown(value).split())
            # a country or a year in parentheses ("Essen (Allemagne)"): the converter reads them
            usable = len(text) <= 300 and "(" not in text
            hit = self.name_memo[value] = (clean_text(text, 300) or "") if usable else ""
        return hit

    def _country_of(self, value: Any) -> Any:
        hit = self.country_memo.get(value, _SLOW)
        if hit is _SLOW:
            code, nation = self.converter._country(value)
            hit = self.country_memo[value] = _SLOW if code is None and shown(value).strip() else (code, nation)
        return hit

    def convert(self, number: int, values: list) -> RowPlan | None:
        n = len(values)
        if self.links and any((number, index) in self.links for index, _s in self.names):
            return None
        ordered: list[str] = []   # the names, side by side (one column per side: see for_relations)
        memo = self.name_memo
        for index, _side in self.names:
            value = values[index] if index < n else None
            if value is None or type(value) is Uncached:
                return None
            name = memo.get(value)
            if name is None:
                name = self._name(value)
            if not name:
                return None
            ordered.append(name)
        if len(ordered) < 2 or len(set(map(str.casefold, ordered))) < len(ordered):
            return None   # half a relation, or both sides written alike: the general path says it
        codes: list[str | None] = [None] * len(ordered)
        extra: dict[str, str] = {}
        memo = self.country_memo
        for index, position, header in self.countries:
            value = values[index] if index < n else None
            if value is None:
                continue
            if type(value) is Uncached:
                return None
            hit = memo.get(value, _SLOW)
            if hit is _SLOW:
                hit = self._country_of(value)
                if hit is _SLOW:
                    return None
            code, nation = hit
            if position is not None:
                codes[position] = code
            if nation:
                extra[f"{header} (nation)"] = nation
        got = self._cells(number, values, extra)
        if got is None:
            return None
        got["partners"] = ordered
        got.setdefault("kind", self.relation)
        if not got.get("title"):
            title = relation_title(got["kind"], ordered[0], ordered[1])   # its parts are clean text already
            if len(title) > self.title_limit:
                return None
            got["title"] = title
        if got.get("signed_on") is not None:
            got.setdefault("status", "active")   # signed and no status said: in force
        details = side_extras(self.sided, extra) if self.sided else None
        try:
            row = self._packed(number, got, extra)
        except Exception:
            return None
        if row is not None:
            row.partner_countries = codes
            row.partner_country = codes[0]
            row.partner_details = details
        return row
