"""Merging two records entered twice (no Qt): the kept record takes, field by field, its own value or
the other's (lists are united), every row that pointed at the other record (links to agreements,
contacts, events, follow-ups, interactions, documents…) points at the kept one, and the other's
history is carried over; the other record goes to the trash.

The whole merge is one change of the kept record (action ``merge``), which holds everything needed
to take it back: the kept record's values before, the other's values (so its history keeps them),
the rows moved or dropped (a row the kept record already had) and the history moved. ``revert``
takes it back in one step (Ctrl+Z, ``Services.undo_last``).

Which rows point at a record is read from the tables' foreign keys, so that a link added to the
catalogue one day is moved without touching this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.orm import Session

from db.models import Base, Change
from db.service_messages import ServiceMessage
from db.services import records
from db.services.errors import ServiceError
from db.services.trash import TECHNICAL

KINDS = ("partner", "contact", "agreement", "event")
MERGE = "merge"
KEEP, OTHER = "keep", "other"


@dataclass(frozen=True)
class FieldChoice:
    """One field of the two records side by side; ``default`` is the value kept unless told otherwise."""

    field: str
    keep: Any
    other: Any
    default: str  # "keep" or "other" ("keep" when both are set; lists are united whatever the choice)

    @property
    def is_list(self) -> bool:
        return isinstance(self.keep, list) or isinstance(self.other, list)

    @property
    def differs(self) -> bool:
        return self.keep != self.other


def _values(session: Session, kind: str, obj) -> dict[str, Any]:
    return records.spec(kind).out(obj).model_dump(mode="json")


def _editable(kind: str, values: dict[str, Any]) -> list[str]:
    fields = records.spec(kind).schema_in.model_fields
    return [k for k in values if k in fields and k not in TECHNICAL and k not in ("extra", "documents")]


def _pair(session: Session, kind: str, keep_ref: str, other_ref: str):
    if kind not in KINDS:
        raise ServiceError(ServiceMessage("merge_kind", kind=kind))
    keep = records.get(session, kind, keep_ref, loose=True)
    other = records.get(session, kind, other_ref, loose=True)
    if keep.id == other.id:
        raise ServiceError(ServiceMessage("merge_same"))
    return keep, other


def choices(session: Session, kind: str, keep_ref: str, other_ref: str) -> list[FieldChoice]:
    """The fields of both records side by side, with the value each would keep by default."""
    keep, other = _pair(session, kind, keep_ref, other_ref)
    a, b = _values(session, kind, keep), _values(session, kind, other)
    empty = (None, "", [], {})
    return [FieldChoice(f, a.get(f), b.get(f), OTHER if a.get(f) in empty and b.get(f) not in empty else KEEP)
            for f in _editable(kind, a)]


def _united(first: list, second: list) -> list:
    out = list(first)
    for value in second:
        if value not in out:
            out.append(value)
    return out


def merged_values(kind: str, keep: dict, other: dict, taken: dict[str, str]) -> dict:
    """The kept record's values after the merge: each field from the side chosen (``taken``, else the
    default), lists united (the chosen side first), extra attributes united (the kept side wins)."""
    result = dict(keep)
    empty = (None, "", [], {})
    for f in _editable(kind, keep):
        side = taken.get(f) or (OTHER if keep.get(f) in empty and other.get(f) not in empty else KEEP)
        first, second = (other.get(f), keep.get(f)) if side == OTHER else (keep.get(f), other.get(f))
        if isinstance(first, list) or isinstance(second, list):
            result[f] = _united(first or [], second or [])
        else:
            result[f] = first
    result["extra"] = {**(other.get("extra") or {}), **(keep.get("extra") or {})}
    return result


def _pointing(model) -> list[tuple[Any, Any]]:
    """(table, column) of every column holding a foreign key to ``model``'s table."""
    target = model.__table__
    found = []
    for table in Base.metadata.sorted_tables:
        if table is target:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is target:
                found.append((table, fk.parent))
    return found


def _key_columns(table) -> list:
    return list(table.primary_key.columns) or list(table.columns)


def _jsonable(row: dict) -> dict:
    import datetime as dt

    return {k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v) for k, v in row.items()}


def _move_links(session: Session, model, keep_id: int, other_id: int) -> list[dict]:
    moved = []
    for table, column in _pointing(model):
        keys = _key_columns(table)
        for row in session.execute(select(table).where(column == other_id)).mappings().all():
            row = dict(row)
            target = {**row, column.name: keep_id}
            clash = None
            if column in keys:
                clash = session.execute(select(table).where(and_(*[c == target[c.name] for c in keys]))).first()
            where = and_(*[c == row[c.name] for c in keys])
            if clash is not None:  # the kept record has this link already
                session.execute(delete(table).where(where))
                moved.append({"table": table.name, "column": column.name, "row": _jsonable(row), "how": "dropped"})
            else:  # only the row's key is kept to move it back (a follow-up's other columns stay as they are)
                session.execute(update(table).where(where).values({column.name: keep_id}))
                key = {c.name: row[c.name] for c in keys}
                moved.append({"table": table.name, "column": column.name, "row": _jsonable(key), "how": "moved"})
    return moved


def _write_values(session: Session, kind: str, obj, values: dict, actor: str | None) -> None:
    """Write a record's values as ``records.update`` does, without logging a change (the merge is one)."""
    records.write_values(session, kind, obj, records.spec(kind).in_from_out(values), actor)


def merge(session: Session, kind: str, keep_ref: str, other_ref: str, actor: str | None,
          taken: dict[str, str] | None = None):
    """Merge ``other_ref`` into ``keep_ref``; ``taken`` says, per field, which side's value to keep
    ("keep" or "other"). Returns the kept record. One change, of action ``merge``, is logged."""
    from db.models.types import utcnow

    keep, other = _pair(session, kind, keep_ref, other_ref)
    unknown = set(taken or {}) - set(_editable(kind, _values(session, kind, keep)))
    if unknown:
        raise ServiceError(ServiceMessage("merge_fields", fields=", ".join(sorted(unknown))))
    before_keep, before_other = records.snapshot(keep, kind), records.snapshot(other, kind)
    _write_values(session, kind, keep, merged_values(kind, before_keep, before_other, taken or {}), actor)
    moved = _move_links(session, records.spec(kind).model, keep.id, other.id)
    history = list(session.scalars(select(Change.id).where(Change.kind == kind,
                                                           Change.record_id == other.public_id)))
    if history:
        session.execute(update(Change).where(Change.id.in_(history)).values(record_id=keep.public_id))
    other.deleted_at = utcnow()
    other.updated_by = actor
    session.flush()
    session.expire_all()
    keep = records.get(session, kind, keep.public_id)
    if kind in ("partner", "contact"):
        records.reindex_dependents(session, kind, keep)
    records.log(session, kind, keep, MERGE, actor,
                before={"kept": before_keep, "other": before_other, "other_id": other.public_id,
                        "links": moved, "history": history},
                after=records.snapshot(keep, kind))
    session.flush()
    return keep


def revert(session: Session, change: Change, actor: str | None) -> None:
    """Take a merge back: the other record out of the trash with its links and its history, the kept
    record's values as they were. Logs nothing (the merge change is the one undone)."""
    kind, info = change.kind, change.before or {}
    keep = records.get(session, kind, change.record_id, include_deleted=True)
    other = records.get(session, kind, info["other_id"], include_deleted=True)
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    for link in reversed(info.get("links", [])):
        table = tables[link["table"]]
        row = _typed(table, link["row"])
        if link["how"] == "moved":
            now = {**row, link["column"]: keep.id}
            session.execute(update(table).where(and_(*[c == now[c.name] for c in _key_columns(table)]))
                            .values({link["column"]: other.id}))
        else:
            session.execute(insert(table).values(row))
    if info.get("history"):
        session.execute(update(Change).where(Change.id.in_(info["history"])).values(record_id=other.public_id))
    other.deleted_at = None
    other.updated_by = actor
    session.flush()
    session.expire_all()
    keep = records.get(session, kind, change.record_id, include_deleted=True)
    _write_values(session, kind, keep, info["kept"], actor)
    session.expire_all()
    if kind in ("partner", "contact"):
        for reference in (keep.public_id, info["other_id"]):
            records.reindex_dependents(session, kind, records.get(session, kind, reference))


def _typed(table, row: dict) -> dict:
    """A row read back from JSON with its dates as dates."""
    import datetime as dt

    out = dict(row)
    for column in table.columns:
        value = out.get(column.name)
        if isinstance(value, str):
            try:
                python_type = column.type.python_type
            except NotImplementedError:
                continue
            if python_type is dt.datetime:
                out[column.name] = dt.datetime.fromisoformat(value)
            elif python_type is dt.date:
                out[column.name] = dt.date.fromisoformat(value)
    return out
