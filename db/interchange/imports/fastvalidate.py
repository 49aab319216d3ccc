"""Schema validation for big sheets: the same validators as ``XxxIn.model_validate``, run per field
with a memo of values already seen (a country, a domain list or a date repeats across thousands of rows).

Each field goes through a ``TypeAdapter`` of the schema's own annotation (its ``BeforeValidator``s),
then the schema's field validators and its "after" model validators run on the result. Anything
unusual (an error, a "before"/"wrap" model validator) falls back to ``model_validate``, so errors are
always the schema's own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from pydantic import TypeAdapter

from db.partial_date import PartialDate
from db.schemas.fields import clean_text

_IMMUTABLE = (str, int, float, bool, type(None), dt.date, dt.time, Decimal, PartialDate, tuple, frozenset)
MEMO_LIMIT = 50_000


class FastValidator:
    def __init__(self, schema):
        self.schema = schema
        self.adapters = {}
        self.text_limits: dict[str, int] = {}  # plain text fields: their own cleaning is the whole validation
        for name, info in schema.model_fields.items():
            annotation = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
            self.adapters[name] = TypeAdapter(annotation)
            limit = getattr(getattr(info.metadata[0], "func", None), "max_length", None) if len(info.metadata) == 1 else None
            if limit is not None and info.annotation == (str | None):
                self.text_limits[name] = limit
        decorators = schema.__pydantic_decorators__
        self.before: dict[str, list] = {}
        self.after: dict[str, list] = {}
        for d in decorators.field_validators.values():
            func = d.func if getattr(d.func, "__self__", None) is not None else d.func.__get__(None, schema)
            for field in d.info.fields:
                (self.before if d.info.mode == "before" else self.after).setdefault(field, []).append(func)
        self.model_after = [d.func for d in decorators.model_validators.values() if d.info.mode == "after"]
        # a model's "before" validators take the raw dict (budget columns kept in extra -> budget lines)
        self.model_before = [d.func if getattr(d.func, "__self__", None) is not None else d.func.__get__(None, schema)
                             for d in decorators.model_validators.values() if d.info.mode == "before"]
        self.usable = all(d.info.mode in ("before", "after") for d in decorators.model_validators.values()) and all(
            d.info.mode in ("before", "after") for d in decorators.field_validators.values())
        self.memo: dict[tuple[str, Any], Any] = {}

    def _field(self, name: str, raw: Any) -> Any:
        try:
            key = (name, raw)
            hit = self.memo.get(key, self)
        except TypeError:  # unhashable raw value
            key, hit = None, self
        if hit is not self:
            return list(hit) if isinstance(hit, tuple) and name not in ("extra",) else hit
        value = self.convert(name, raw)
        if key is not None and len(self.memo) < MEMO_LIMIT:
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                self.memo[key] = tuple(value)
            elif isinstance(value, _IMMUTABLE):
                self.memo[key] = value
        return value

    def reshapes(self, extra: dict) -> bool:
        """Whether the model's "before" validators would turn these extra attributes into fields
        (budget columns into budget lines): the lanes then leave the row to the general path."""
        probe = {"extra": extra}
        return any(func(probe) is not probe for func in self.model_before)

    def convert(self, name: str, value: Any) -> Any:
        """One field through the schema's validators (no memo)."""
        for func in self.before.get(name, ()):
            value = func(value)
        limit = self.text_limits.get(name)
        if limit is not None and type(value) is str:
            value = clean_text(value, limit)  # what the field's validator does, and a str or None then passes
        else:
            value = self.adapters[name].validate_python(value)
        for func in self.after.get(name, ()):
            value = func(value)
        return value

    @staticmethod
    def _default(name: str, info) -> Any:
        factory = info.default_factory
        if factory is not None:
            return factory()   # list, dict: the fields' factories take no argument
        return info.default

    def validate(self, payload: dict[str, Any]):
        if not self.usable:
            return self.schema.model_validate(payload)
        try:
            for func in self.model_before:
                payload = func(payload)
            values = {name: self._field(name, raw) for name, raw in payload.items()}
            for name, info in self.schema.model_fields.items():
                if name in values or info.is_required():
                    continue
                default = self._default(name, info)
                if (self.after.get(name) or self.before.get(name)) and (default is None or default not in ([], {})):
                    values[name] = self._field(name, default)   # an empty default stays empty
                else:
                    # every field given: model_construct would inspect each default factory's signature
                    values[name] = default
            model = self.schema.model_construct(_fields_set=set(payload), **values)
            for func in self.model_after:
                model = func(model) or model
            return model
        except Exception:
            return self.schema.model_validate(payload)  # the schema's own error, located and typed
