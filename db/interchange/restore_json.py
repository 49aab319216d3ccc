"""Restoring a JSON export into an empty catalogue, read as a stream: the same identities, stamps and
links as the exported catalogue, in memory that does not grow with the file.

Two reads of the file (the JSON reader of the import, ``json_import.scan`` and ``read_records``), neither
holding it whole:

1. ``scan``: every token once, nothing built: the file is our export, no value nests deeper than
   ``MAX_DEPTH``, each section is a list of records; how many of each. A truncated or damaged
   file is refused here, before anything is written.
2. one read per section, in link order (partners, agreements, contacts, events, follow-ups,
   exchanges): each record is built alone (``read_records``), validated by its ``XxxIn`` schema
   and written in batches: partners and agreements by multi-row inserts (``db.services.bulk``),
   the other kinds through ``records.create`` (their links, sessions and attendance lists), the
   session flushed and emptied after each batch.

Every record keeps its public id, ``created_at``/``updated_at``, authors and version; links
follow the ids written by this restore (by name otherwise, as the general import does); one
``ImportBatch`` with a history row per record, so that the restore can be undone. All or nothing:
one transaction. ``db.services.imports`` takes this path for a ``.json`` file when the catalogue
holds no record at all (deleted ones included); otherwise the general import plan
(``db.interchange.imports.json_import``) matches records against the catalogue.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import ijson
from pydantic import ValidationError
from sqlalchemy import bindparam, insert, select, update

from db.interchange.imports.cell_values import plain_email
from db.interchange.imports.commit import Cancelled, ImportResult
from db.interchange.imports.fastvalidate import FastValidator
from db.interchange.imports.json_import import _damaged, read_records, scan
from db.interchange.imports.reasons import Localized, Reason
from db.interchange.imports.row_plan import Problem
from db.models import (
    Agreement,
    Change,
    Contact,
    Event,
    EventSession,
    FollowUp,
    ImportBatch,
    Interaction,
    Partner,
)
from db.models.base import new_public_id
from db.models.types import utcnow
from db.schemas.messages import describe_text
from db.schemas.records import SCHEMAS
from db.services import links, records

ORDER = (("partners", "partner"), ("agreements", "agreement"), ("contacts", "contact"), ("events", "event"),
         ("followups", "followup"), ("interactions", "interaction"))
MODELS = {"partner": Partner, "agreement": Agreement, "contact": Contact, "event": Event, "followup": FollowUp,
          "interaction": Interaction}
BATCH = 2000
LINKS = {"partners": "partner", "organisers": "partner", "partner": "partner", "contact": "contact",
         "moderator": "contact", "speakers": "contact", "rapporteur": "contact"}   # links that name people/partners


def catalogue_empty(catalog) -> bool:
    """No record of any kind, deleted ones included (so every public id of the file is free)."""
    with catalog.uow() as uow:
        return all(uow.session.scalar(select(model.id).limit(1)) is None for model in MODELS.values())


def applies(catalog, path: str | Path) -> bool:
    """Whether importing ``path`` is a restore: a ``.json`` file into a catalogue without records
    (a missing, empty or unreadable file is left to the general import, which words each case)."""
    path = Path(path)
    try:
        usable = path.suffix.lower() == ".json" and path.is_file() and path.stat().st_size > 0
    except OSError:
        usable = False
    return usable and not catalog.read_only and catalogue_empty(catalog)


def _stamp(value: Any, default: dt.datetime) -> dt.datetime:
    try:
        stamp = dt.datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return default
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


# A phone number as ``normalise_phone`` writes it (E.164): what our export holds, kept as it is
# (every example number of every region of phonenumbers gives itself back): parsing it again was a
# quarter of a restore.
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")


class _Validator(FastValidator):
    """The schema's validators (``FastValidator``), with the fast lane's shortcut for a plain ASCII
    e-mail address (``plain_email``: what ``normalise_email`` gives it, without its parser) and one
    for a phone number already in E.164 (``_E164``)."""

    def convert(self, name: str, value: Any) -> Any:
        if name == "email" and type(value) is str and (plain := plain_email(value.strip())) is not None:
            return plain
        if name == "phone" and type(value) is str and _E164.fullmatch(value):
            return value
        return super().convert(name, value)


class Restorer:
    """Writes the sections of one export in the caller's unit of work (see the module docstring)."""

    def __init__(self, session, actor: str | None, batch_id: int, path: Path, total: int, progress=None,
                 cancel=None):
        self.s = session
        self.actor = actor
        self.batch_id = batch_id
        self.path = path
        self.total = total
        self.progress = progress
        self.cancel = cancel
        self.done = 0
        self.now = utcnow()
        self.known: set[str] = set()      # public ids written by this restore (links follow them)
        self.by_name: dict[tuple[str, str], str] = {}   # partners and people linked by name only
        self.counts: dict[str, dict[str, int]] = {}
        self.problems: list[Problem] = []
        self.validators: dict[str, FastValidator] = {}   # the schemas' own validators, repeated values memoised
        self.trashed: dict[str, list[dict]] = {}   # kind -> the deleted records written: id, when deleted
        self.in_trash: str | None = None   # the kind whose deleted records are being written

    def count(self, kind: str, what: str, n: int = 1) -> None:
        c = self.counts.setdefault(kind, {"created": 0, "updated": 0, "skipped": 0, "rejected": 0, "merged": 0,
                                          "excluded": 0})
        c[what] += n

    # --- one record of the file ---

    def _ref(self, value: Any, kind: str | None = None) -> Any:
        """A link as the export writes it ({"id", "name"}): the id when this restore wrote that
        record; else, for a partner or a person (``kind``), the one of that name, created when
        missing (in the batch, so undone with it) as the general import does; else the name."""
        if isinstance(value, dict) and set(value) == {"id", "name"}:
            if value.get("id") in self.known:
                return value["id"]
            name = value.get("name")
            if kind is not None and isinstance(name, str) and name.strip():
                return self._ensure(kind, name.strip())
            return name
        if isinstance(value, list):
            return [self._ref(v, kind) for v in value]
        return value

    def _ensure(self, kind: str, name: str) -> str:
        from db.schemas.records import ContactIn, PartnerIn
        from db.services.specs import split_person_name
        from db.text import name_key, person_key

        key = (kind, name_key(name) if kind == "partner" else person_key(name, ""))
        if key not in self.by_name:
            found = links.find_partner(self.s, name) if kind == "partner" else links.find_contact(self.s, name)
            if found is None:
                data = PartnerIn(name=name) if kind == "partner" else ContactIn(**dict(zip(
                    ("first_name", "last_name"), split_person_name(name), strict=True)))
                found = records.create(self.s, kind, data, self.actor, batch_id=self.batch_id)
                self.count(kind, "created")
            self.by_name[key] = found.public_id
            self.known.add(found.public_id)
        return self.by_name[key]

    def data(self, kind: str, item: dict) -> dict:
        fields = SCHEMAS[kind].model_fields
        data = {k: self._ref(v, LINKS.get(k)) for k, v in item.items()
                if k in fields and k not in ("sessions", "participants")}
        if kind == "event":
            session_fields = SCHEMAS["session"].model_fields
            data["sessions"] = [{k: self._ref(v, LINKS.get(k)) for k, v in s.items()
                                 if k in session_fields and k != "public_id"}
                                for s in item.get("sessions") or [] if isinstance(s, dict)]
            data["participants"] = [{**p, "contact": self._ref(p.get("contact"))} if isinstance(p, dict) else p
                                    for p in item.get("participants") or []]
        if kind == "followup":   # an agreement, event or session not in the file: its name kept aside, as
            extra = dict(data.get("extra") or {})   # the general import does (only people and partners are
            for name in ("agreement", "event", "session"):   # created from a name)
                link = item.get(name)
                if isinstance(link, dict) and link.get("id") not in self.known:
                    data[name] = None
                    if link.get("name"):
                        extra[name] = str(link["name"])
            data["extra"] = extra
        return data

    def model(self, section: str, kind: str, index: int, item: dict):
        validator = self.validators.get(kind)
        if validator is None:
            validator = self.validators[kind] = _Validator(SCHEMAS[kind])
        try:
            return validator.validate(self.data(kind, item))
        except ValidationError as exc:
            self.count(kind, "rejected")
            text = Localized(lambda lang, exc=exc: describe_text(exc, lang))
            self.problems.append(Problem(section, index, "", "", Reason("plain", text=text), "error"))
            return None

    def identity(self, item: dict) -> tuple:
        """(public id, created_at, updated_at, created_by, updated_by, version) kept from the file;
        a missing, malformed or repeated id gets a new one."""
        pid = item.get("id")
        pid = pid.strip().lower() if isinstance(pid, str) and links.is_public_id(pid) else None
        if pid is None or pid in self.known:
            pid = new_public_id()
        self.known.add(pid)
        if self.in_trash is not None:
            self.trashed.setdefault(self.in_trash, []).append({"b_public_id": pid, "b_deleted_at": _stamp(item.get("deleted_at"), self.now)})
        version = item.get("version")
        return (pid, _stamp(item.get("created_at"), self.now), _stamp(item.get("updated_at"), self.now),
                item.get("created_by"), item.get("updated_by"),
                version if isinstance(version, int) and not isinstance(version, bool) and version > 0 else 1)

    # --- one section ---

    def section(self, section: str, kind: str, items=None) -> None:
        write = getattr(self, f"_write_{kind}", self._write_records)
        chunk: list[tuple] = []
        items = read_records(self.path, section, self.done) if items is None else items
        for index, item in enumerate(items, start=1):
            model = self.model(section, kind, index, item)
            if model is not None:
                chunk.append((item, model))
            if len(chunk) >= BATCH:
                write(kind, chunk)
                self.step(len(chunk))
                chunk = []
        write(kind, chunk)
        self.step(len(chunk))

    def read_trash(self) -> dict[str, list]:
        """The file's ``trash`` (deleted records by section, added to format 1 with ``history``), read
        whole in one pass (a trash is small beside the catalogue); {} in files written before."""
        if not _mentions(self.path, b'"trash"'):
            return {}
        try:
            with open(self.path, "rb") as fh:
                if fh.read(3) != b"\xef\xbb\xbf":
                    fh.seek(0)
                found = next(ijson.items(fh, "trash", use_float=True), None)
        except ijson.JSONError as exc:   # scanned whole before: the file changed since
            raise _damaged(self.path, exc, self.done) from None
        return {k: [i for i in v if isinstance(i, dict)] for k, v in found.items() if isinstance(v, list)} \
            if isinstance(found, dict) else {}

    def trash(self, section: str, kind: str, items: list[dict]) -> None:
        """A section's deleted records, written as the live ones (put back in the trash by ``close``:
        a live record of a later section may still link one of them, as in the exported catalogue)."""
        self.in_trash = kind
        try:
            self.section(f"trash.{section}", kind, items)
        finally:
            self.in_trash = None

    def close(self) -> None:
        """The deleted records back in the trash, with the date they were deleted (who deleted them is
        their last author, as in the catalogue)."""
        for kind, rows in self.trashed.items():
            table = MODELS[kind].__table__
            self.s.execute(update(table).where(table.c.public_id == bindparam("b_public_id"))
                           .values(deleted_at=bindparam("b_deleted_at")), rows,
                           execution_options={"synchronize_session": False})

    def history(self) -> int:
        """The file's ``history`` (every change of every record, oldest first) written before the
        records, so that the restore's own creation of each record comes last in its history (the
        change that an undo of this restore reverts). Returns how many changes were kept."""
        rows: list[dict] = []
        kept = 0
        if not _mentions(self.path, b'"history"'):
            return 0
        for item in read_records(self.path, "history"):
            row = _change(item)
            if row is not None:
                rows.append(row)
            if len(rows) >= BATCH:
                self.s.execute(insert(Change), rows)
                kept += len(rows)
                rows = []
                if self.cancel and self.cancel():
                    raise Cancelled()
        if rows:
            self.s.execute(insert(Change), rows)
            kept += len(rows)
        return kept

    def step(self, n: int) -> None:
        self.done += n
        if self.progress:
            self.progress(self.done, max(self.total, self.done))
        if self.cancel and self.cancel():
            raise Cancelled()

    def _write_partner(self, kind: str, chunk: list[tuple]) -> None:
        from db.services.bulk import create_partners

        if chunk:
            create_partners(self.s, [m for _item, m in chunk], self.actor, batch_id=self.batch_id,
                            identities=[self.identity(item) for item, _m in chunk])
            self.count(kind, "created", len(chunk))

    def _write_agreement(self, kind: str, chunk: list[tuple]) -> None:
        """Agreements whose partners were all written by this restore: in bulk; others one by one."""
        from db.services.bulk_agreements import create_agreements

        wanted = sorted({p for _item, m in chunk for p in m.partners if p in self.known})
        partners: dict[str, tuple[int, str]] = {}
        for start in range(0, len(wanted), 500):
            query = select(Partner.public_id, Partner.id, Partner.name).where(
                Partner.public_id.in_(wanted[start:start + 500]))
            partners.update((pid, (rid, name)) for pid, rid, name in self.s.execute(query))
        bulk = [(item, m) for item, m in chunk if m.partners and all(p in partners for p in m.partners)]
        if bulk:
            create_agreements(self.s, [(m, [partners[p] for p in m.partners]) for _item, m in bulk], self.actor,
                              batch_id=self.batch_id, identities=[self.identity(item) for item, _m in bulk])
            self.count(kind, "created", len(bulk))
        chosen = {id(item) for item, _m in bulk}
        self._write_records(kind, [(item, m) for item, m in chunk if id(item) not in chosen])

    def _write_records(self, kind: str, chunk: list[tuple]) -> None:
        """Through ``records.create`` (links, sessions, attendance lists), then the kept stamps and
        ids in one statement per table; the session is emptied so that memory stays flat."""
        stamps, session_ids = [], []
        for item, model in chunk:
            pid, created, updated, created_by, updated_by, version = self.identity(item)
            obj = records.create(self.s, kind, model, self.actor, batch_id=self.batch_id,
                                 create_missing_links=True, public_id=pid)
            stamps.append({"b_id": obj.id, "b_created_at": created, "b_updated_at": updated,
                           "b_created_by": created_by, "b_updated_by": updated_by, "b_version": version})
            if kind == "event":
                for made, given in zip(obj.sessions, item.get("sessions") or [], strict=False):
                    sid = given.get("id") if isinstance(given, dict) else None
                    if isinstance(sid, str) and links.is_public_id(sid) and sid not in self.known:
                        self.known.add(sid)
                        session_ids.append({"b_id": made.id, "b_public_id": sid})
            self.count(kind, "created")
        if not chunk:
            return
        self.s.flush()
        self.s.expunge_all()
        table = MODELS[kind].__table__
        values = {k: bindparam(f"b_{k}") for k in ("created_at", "updated_at", "created_by", "updated_by", "version")}
        self.s.execute(update(table).where(table.c.id == bindparam("b_id")).values(values),
                       stamps, execution_options={"synchronize_session": False})
        if session_ids:
            sessions = EventSession.__table__
            self.s.execute(update(sessions).where(sessions.c.id == bindparam("b_id"))
                           .values(public_id=bindparam("b_public_id")), session_ids,
                           execution_options={"synchronize_session": False})


def _mentions(path: Path, key: bytes) -> bool:
    """Whether the file holds ``key`` at all (a byte search, far quicker than a parse): an export
    written before history and trash were carried is not read again for them."""
    import mmap

    try:
        with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return data.find(key) >= 0
    except (OSError, ValueError):   # an empty file cannot be mapped: a parse decides
        return True


def _change(item: Any) -> dict | None:
    """One change of the file's history as a row of ``changes`` (no import batch), or None when it is
    not one (a kind or an id that cannot be, an action too long)."""
    from db.services.trash import KINDS

    if not isinstance(item, dict):
        return None
    kind, record_id, action = item.get("kind"), item.get("record_id"), item.get("action")
    if kind not in KINDS or not (isinstance(record_id, str) and links.is_public_id(record_id)) \
            or not (isinstance(action, str) and 0 < len(action) <= 20):
        return None
    before, after = item.get("before"), item.get("after")
    actor = item.get("actor")
    return {"at": _stamp(item.get("at"), utcnow()), "actor": actor[:100] if isinstance(actor, str) else None,
            "kind": kind, "record_id": record_id.strip().lower(), "action": action,
            "before": before if isinstance(before, dict) else None,
            "after": after if isinstance(after, dict) else None, "batch_id": None}


def restore(catalog, path: str | Path, actor: str | None = None, *, progress=None, cancel=None) -> ImportResult:
    """Restore the export at ``path`` into the (empty) catalogue in one transaction and one import
    batch; ImportFileError when the file cannot be one of ours, Cancelled when ``cancel()`` says so."""
    path = Path(path)
    counts, domains = scan(path)
    with catalog.uow(actor) as uow:
        s = uow.session
        batch = ImportBatch(public_id=new_public_id(), file_name=path.name, actor=uow.actor, imported_at=utcnow(),
                            counts={})
        s.add(batch)
        s.flush()
        batch_id, batch_public_id = batch.id, batch.public_id
        if domains:
            links.domains(s, domains)   # the office's vocabulary, its own domains included
        restorer = Restorer(s, uow.actor, batch_id, path, sum(counts.values()), progress, cancel)
        restorer.history()
        trash = restorer.read_trash()
        for section, kind in ORDER:   # a kind's deleted records just after its live ones: links follow ids
            if counts[section]:
                restorer.section(section, kind)
            if trash.get(section):
                restorer.trash(section, kind, trash.pop(section))
        restorer.close()
        created = sum(c["created"] for c in restorer.counts.values())
        if created:
            batches = ImportBatch.__table__
            s.execute(update(batches).where(batches.c.id == batch_id).values(counts=restorer.counts),
                      execution_options={"synchronize_session": False})
            uow.commit()
    return ImportResult(batch_id if created else None, batch_public_id if created else None, restorer.counts,
                        problems=restorer.problems, nothing_kept=not created)


__all__ = ["applies", "catalogue_empty", "restore", "scan"]
