"""History of one record and the trash: what changed (who, when, which fields, before → after),
the deleted records of every kind, restoring one, purging one (recorded). Qt-free; the CLI
(``history``, ``trash``, ``undelete``) and the window use it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from db.models import Change
from db.models.types import utcnow
from db.service_messages import ServiceMessage, kind_said
from db.services import records
from db.services.errors import NotFoundError
from db.text import name_key

KINDS = ("partner", "agreement", "contact", "event", "followup", "interaction")
TECHNICAL = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by", "version", "deleted_at"})
ACTIONS = {"create": "création", "update": "modification", "delete": "suppression", "restore": "restauration",
           "purge": "suppression définitive", "as_read": "valeurs du fichier importé",
           "merge": "fusion d'un doublon", "restored_copy": "rétablie depuis un export JSON",
           "anonymise": "anonymisation", "retention_keep": "conservée un an de plus"}
ACTIONS_EN = {"create": "creation", "update": "change", "delete": "deletion", "restore": "restoration",
              "purge": "permanent deletion", "as_read": "values of the imported file",
              "merge": "merge of a duplicate", "restored_copy": "restored from a JSON export",
              "anonymise": "person anonymised", "retention_keep": "kept one more year"}
VERSIONS = ("create", "update", "delete", "restore")   # changes that hold the whole record


def title_of(kind: str, out) -> str:
    """The name a person knows a record by."""
    if kind == "partner":
        return out.name
    if kind == "contact":
        return out.full_name
    if kind == "interaction":  # « Réunion du 16/11/2026 — Busan »: the kind in words, never its code
        from db.schemas import vocab

        with_whom = next((x.name for x in (out.partner, out.contact) if x is not None), "")
        return (f"{vocab.INTERACTION_KIND.label(out.kind)} du {out.occurred_on:%d/%m/%Y}"
                + (f" — {with_whom}" if with_whom else ""))
    return out.title


@dataclass
class Step:
    """One change of a record: ``fields`` maps each changed field to (before, after)."""

    change_id: int
    at: dt.datetime
    actor: str | None
    action: str
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    snapshot: dict[str, Any] | None = None  # the record as it was after this change
    number: int = 0  # the record's version after this change: 1 for its creation, 2 for the next… (0: a note)

    @property
    def label(self) -> str:
        return ACTIONS.get(self.action, self.action)

    def label_in(self, language: str) -> str:
        """The action in the interface's language (French unless ``"en"``)."""
        return ACTIONS_EN.get(self.action, self.action) if language == "en" else self.label


@dataclass
class TrashItem:
    kind: str
    id: str
    title: str
    deleted_at: dt.datetime
    deleted_by: str | None


def value_text(value) -> str:
    """A field's value in one line (∅ for nothing)."""
    if value in (None, "", [], {}):
        return "∅"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _diff(before: dict | None, after: dict | None) -> dict[str, tuple[Any, Any]]:
    before, after = before or {}, after or {}
    names = [k for k in {**before, **after} if k not in TECHNICAL]
    return {k: (before.get(k), after.get(k)) for k in names if before.get(k) != after.get(k)}


def history(session, kind: str, reference: str) -> list[Step]:
    """Every change of one record (deleted ones included), oldest first."""
    obj = find(session, kind, reference)
    steps = []
    number = 0  # versions are numbered per record, not by the catalogue's change ids
    for c in records.history(session, kind, obj.public_id):
        if c.action == "as_read":   # as the import file wrote them -> as stored
            steps.append(Step(c.id, c.at, c.actor, c.action,
                              {k: (v, (c.after or {}).get(k)) for k, v in (c.before or {}).items()}, None))
            continue
        if c.action == "create" and number and c.batch_id is not None:
            # a restore of a JSON export that carried this record's history: the restore wrote the
            # record again (its creation in that import batch, which undoing the restore reverts)
            steps.append(Step(c.id, c.at, c.actor, "restored_copy", {}, c.after))
            continue
        number += 1
        if c.action == "merge":  # the other record's values stay in the history: what it said, what was kept
            other = (c.before or {}).get("other") or {}
            fields = {k: (v, (c.after or {}).get(k)) for k, v in _diff((c.before or {}).get("kept"), c.after).items()}
            fields.update({f"{k} (doublon)": (v, (c.after or {}).get(k)) for k, v in other.items()
                           if k not in TECHNICAL and k != "id" and v not in (None, "", [], {})
                           and v != (c.after or {}).get(k)})
            steps.append(Step(c.id, c.at, c.actor, c.action, fields, c.after, number))
            continue
        fields = _diff(c.before, c.after) if c.action == "update" else {}
        steps.append(Step(c.id, c.at, c.actor, c.action, fields, c.after if c.after is not None else c.before,
                          number))
    return steps


@dataclass
class Replacement:
    """A record merged into another (``replaced_by``): the kept record, who merged them and when."""

    id: str
    title: str
    actor: str | None
    at: dt.datetime


def replaced_by(session, kind: str, public_id: str) -> Replacement | None:
    """The live record that ``public_id`` was merged into (its values, links and history are there),
    or None when it was not merged. Merges are few: read newest first and matched here."""
    query = select(Change).where(Change.kind == kind, Change.action == "merge").order_by(Change.id.desc())
    for change in session.scalars(query):
        if (change.before or {}).get("other_id") == public_id:
            try:
                kept = records.get(session, kind, change.record_id)
            except NotFoundError:
                return None
            return Replacement(kept.public_id, title_of(kind, records.spec(kind).out(kept)), change.actor, change.at)
    return None


def find(session, kind: str, reference: str):
    """A record, live or deleted, by public id or name."""
    try:
        return records.get(session, kind, reference, include_deleted=True)
    except NotFoundError:
        pass
    key = name_key(reference)
    matches = [item for item in deleted(session, kind) if name_key(item.title) == key]
    if len(matches) == 1:
        return records.get(session, kind, matches[0].id, include_deleted=True)
    if len(matches) > 1:
        raise NotFoundError(ServiceMessage("deleted_ambiguous", reference=reference))
    raise NotFoundError(ServiceMessage("no_record", reference=reference, kind=kind_said(kind)))


def deleted(session, kind: str | None = None) -> list[TrashItem]:
    """Deleted records, newest deletion first."""
    items = []
    for k in (kind,) if kind else KINDS:
        s = records.spec(k)
        for obj in session.scalars(select(s.model).where(s.model.deleted_at.is_not(None))):
            items.append(TrashItem(k, obj.public_id, title_of(k, s.out(obj)), obj.deleted_at, obj.updated_by))
    items.sort(key=lambda i: i.deleted_at, reverse=True)
    return items


def undelete(session, kind: str, reference: str, actor: str | None):
    obj = find(session, kind, reference)
    if obj.deleted_at is None:
        raise NotFoundError(ServiceMessage("not_in_trash", name=title_of(kind, records.spec(kind).out(obj))))
    return records.restore(session, kind, obj.public_id, actor)


def restore_version(session, kind: str, reference: str, change_id: int, actor: str | None):
    """Write back the record as it was after change ``change_id`` (itself a change, so undoable)."""
    obj = find(session, kind, reference)
    change = session.get(Change, change_id)
    if change is None or change.record_id != obj.public_id or change.action not in VERSIONS \
            or not (change.after or change.before):
        raise NotFoundError(ServiceMessage("no_version"))
    s = records.spec(kind)
    if obj.deleted_at is not None:
        records.restore(session, kind, obj.public_id, actor)
    return records.update(session, kind, obj.public_id, s.in_from_out(change.after or change.before), actor)


def purge(session, kind: str, reference: str, actor: str | None) -> str:
    """Delete a record of the trash for good; the purge itself is recorded (with the record's content)."""
    obj = find(session, kind, reference)
    if obj.deleted_at is None:
        raise NotFoundError(ServiceMessage("purge_live"))
    title = title_of(kind, records.spec(kind).out(obj))
    before = records.snapshot(obj, kind)
    session.delete(obj)
    session.flush()
    session.add(Change(kind=kind, record_id=before.get("id") or obj.public_id, action="purge", actor=actor,
                       before=before, after=None, at=utcnow()))
    return title
