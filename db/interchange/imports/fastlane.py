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

from db.interchange.imports.readers import Uncached
from db.interchange.imports.rows import (
    _SETS,
    _TICKS,
    _YMD,
    BOOL_FIELDS,
    COMPACT,
    DATE_FIELDS,
    EXCEL_ERRORS,
    VOCAB_FIELDS,
    Converter,
    RowPlan,
    _email_items,
    _packed_class,
    _vocab_value,
    french_national,
    plain_email,
    shown,
)
from db.schemas.fields import split_list

KINDS = {"partner"}  # kinds whose fields convert cell by cell (no splitting or joining across columns)
SPECIAL = {"email", "phone", "extra"}
REQUIRED = {"partner": "name"}
MEMO_LIMIT = 50_000
class _Namespace:
    """What an after-validator gets instead of a model: attributes over the values dict."""


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
        self.fields = fields
        self.packed = _packed_class(converter.schema)
        schema_fields = converter.schema.model_fields
        self.defaults = {n: info for n, info in schema_fields.items()}
        self.validated_defaults = [n for n in fields if self.fv.before.get(n) or self.fv.after.get(n)]
        self.model_after = self.fv.model_after
        # country first: a phone without country code is read in the row's country
        self.columns = sorted(columns, key=lambda c: c.target != "country")
        self.plan = [(c.index, c.target, c.header, {}) for c in self.columns]
        # defaults in the schema's field order (so a values dict lists its fields in that order)
        self.base = {n: (None if info.default_factory else info.get_default()) for n, info in schema_fields.items()}
        self.factories = [(n, info.default_factory) for n, info in schema_fields.items()
                          if info.default_factory and n != "extra"]
        self.shapes: dict[tuple, frozenset] = {}
        self.width = len(self.base)  # a values dict of this size follows the template's order
        self.has_phone = any(c.target == "phone" for c in columns)
        self.empty_extra = self.fv._field("extra", {}) == {}

    @classmethod
    def for_converter(cls, converter: Converter) -> FastLane | None:
        """A lane for this table, or None when its columns need the general path."""
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
        if type(value) is str:
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
        if target == "extra":
            return shown(value)
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
        n = len(values)
        got: dict[str, Any] = {}
        extra: dict[str, str] = {}
        region = None
        links = self.links
        for index, target, header, memo in self.plan:
            value = values[index] if index < n else None
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                first = value[:1]
                if (first == "#" or first.isspace() or not first) and (not value.strip() or value.strip() in EXCEL_ERRORS):
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
            if target == "phone":
                key = (key, region)
            hit = memo.get(key, _SLOW)
            if hit is _SLOW:
                hit = self._cell(target, value, region)
                if hit is _SLOW:
                    return None
                if len(memo) < MEMO_LIMIT:
                    memo[key] = tuple(hit) if type(hit) is list else hit
            elif type(hit) is tuple and target != "country":
                hit = list(hit)
            if target == "extra":
                extra[header] = hit
            elif target == "country":
                got[target], region = hit
            else:
                got[target] = hit
        if not got.get(self.required):
            return None
        try:
            return self._packed(number, got, extra)
        except Exception:  # anything the schema would word: the general path reports it
            return None

    def _packed(self, number: int, got: dict[str, Any], extra: dict[str, str]) -> RowPlan | None:
        fv = self.fv
        done = {k: got.pop(k) for k in ("email", "phone") if k in got}
        shape = (*got, *done)
        fields_set = self.shapes.get(shape)
        if fields_set is None:
            fields_set = frozenset({*shape, "extra"})
            fields_set = self.shapes[shape] = _SETS.setdefault(fields_set, fields_set)
        if extra:
            validated = fv._field("extra", extra)
            validated.update({k: v for k, v in extra.items() if k not in validated})
        else:
            validated = {} if self.empty_extra else fv._field("extra", {})
        for name in self.validated_defaults:
            if name not in got:
                got[name] = fv._field(name, self.defaults[name].get_default(call_default_factory=True))
        values = self.base.copy()
        values.update(got)
        values["extra"] = validated
        for name, make in self.factories:
            if name not in got:
                values[name] = make()
        if self.model_after:
            ns = _Namespace()
            ns.__dict__ = values  # the after-validators read and set attributes: they do so on the dict
            try:
                for func in self.model_after:
                    func(ns)
            except Exception:
                return None
            values = ns.__dict__
        if done:
            values.update(done)
        model = self.packed(*values.values(), fields_set) if len(values) == self.width else \
            self.packed(*(values[name] for name in self.fields), fields_set)
        return RowPlan(self.sheet, number, self.kind, COMPACT, COMPACT, model)
