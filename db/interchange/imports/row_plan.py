"""What the import knows of one row of a file: where it comes from, its values, its validated model
(packed as a named tuple in a big import), its problems, what will happen to it, and the values
the import wrote otherwise than the file (kept for the record's history)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db.interchange.imports.cell_values import _NOT_DIGIT, _PHONE_LAYOUT, shown


@dataclass(slots=True)
class Problem:
    sheet: str
    row: int
    column: str
    value: str
    reason: str
    severity: str = "warning"   # "error" (row rejected), "warning" (imported, reported), "info"


@dataclass(slots=True)
class RowPlan:
    sheet: str
    row: int
    kind: str
    cells: dict[int, Any]                       # column index -> original value
    data: dict[str, Any] = field(default_factory=dict)
    model: Any = None
    problems: list[Problem] = field(default_factory=list)
    status: str = "ok"                          # ok, rejected, excluded, merged, ignored
    key: str = ""
    merged_into: int | None = None              # row number of the first row of a duplicate group
    match: dict | None = None                   # existing catalogue record {"id", "name"}
    lookalikes: list[str] = field(default_factory=list)
    decision: str | None = None                 # per-row duplicate decision (None: the import's default)
    parent: str | None = None                   # session: key of its event
    partner_country: str | None = None          # agreement: country of a partner to create
    partner_countries: list | None = None       # relation lists: country code (or None) of each partner
    attached: bool = False                      # session: placed in its event already
    public_id: str | None = None                # from an "Identifiant" column of our own export
    before_exclusion: str | None = None         # status to restore when an excluded row is brought back
    link_ids: dict | None = None                # our JSON export: folded name of a linked record -> its public id
    stamps: dict | None = None                  # our JSON export: created/updated at and by, kept on a restore
    originals: dict | None = None               # field -> value as in the file, when the import wrote it otherwise
    partner_details: list | None = None         # relation lists: per side, the extra attributes of its place
    external_id: str | None = None              # the file's own identifier of the row (an id, a profile URL)

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"


def same_digits(old: Any, new: str) -> bool:
    """A phone number written in E.164 keeps every digit of the file's writing (a national number
    loses only its leading 0): nothing but its layout changed."""
    text = shown(old)
    if not _PHONE_LAYOUT.fullmatch(text):
        return False   # words beside the number ("poste 12", "standard") are not layout
    digits = _NOT_DIGIT.sub("", text)
    stored = _NOT_DIGIT.sub("", str(new))
    return bool(digits) and stored.endswith(digits.lstrip("0")) and len(stored) - len(digits.lstrip("0")) <= 3


def keep_original(plan: RowPlan, field: str, value: Any) -> None:
    """Remember the file's value of a field the import writes otherwise (several for a list)."""
    originals = plan.originals if plan.originals is not None else {}
    plan.originals = originals
    text = shown(value).strip()
    if field in originals:
        known = originals[field] if isinstance(originals[field], list) else [originals[field]]
        originals[field] = [*known, text]
    else:
        originals[field] = text


AS_READ = "as_read"   # history action: the values of a record as its import file wrote them


def as_read(row: RowPlan) -> tuple[dict, dict] | None:
    """(values as in the file, values stored) of the fields the import wrote otherwise, for the
    record's history; None when it wrote every value as read."""
    if not row.originals or row.model is None:
        return None
    stored = {}
    for name in row.originals:
        value = getattr(row.model, name, None)
        if isinstance(value, list):
            value = [v.get("number", v) if isinstance(v, dict) else getattr(v, "number", v) for v in value]
        stored[name] = value
    return dict(row.originals), stored


class PackedModel:
    """Marker of a validated model kept as a named tuple (a big import holds 100k of them)."""

    __slots__ = ()


_PACKED: dict[type, type] = {}
_SETS: dict[frozenset, frozenset] = {}


def _packed_class(schema: type) -> type:
    cls = _PACKED.get(schema)
    if cls is None:
        from collections import namedtuple

        names = list(schema.model_fields)
        base = namedtuple(f"{schema.__name__}Packed", [*names, "fields_set"])

        def unpack(self):
            return schema.model_construct(_fields_set=set(self.fields_set), **{n: getattr(self, n) for n in names})

        cls = type(base.__name__, (base, PackedModel), {"__slots__": (), "unpack": unpack, "schema": schema})
        _PACKED[schema] = cls
    return cls


def Packed(model):
    """The model as a named tuple: attribute access stays in C, ``unpack()`` gives the model back."""
    fields_set = frozenset(model.model_fields_set)
    fields_set = _SETS.setdefault(fields_set, fields_set)  # shared: rows repeat the same set
    values = model.__dict__
    cls = _packed_class(type(model))
    return cls(*(values[n] for n in type(model).model_fields), fields_set)


def model_of(row: RowPlan):
    """The row's validated model, unpacked when a big import keeps it as a named tuple."""
    return row.model.unpack() if isinstance(row.model, PackedModel) else row.model
