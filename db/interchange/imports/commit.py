"""Writing an import plan into the catalogue: one unit of work, one ``ImportBatch``, every change logged.

All or nothing: any failure or a cancel rolls the whole import back. Undo reverts exactly the
batch's changes, newest first.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.interchange.imports import Cancelled
from db.interchange.imports.budget_write import dry_budget, write_budget
from db.interchange.imports.bulk import (
    bulk_agreements_candidate,
    bulk_candidate,
    write_bulk,
    write_bulk_agreements,
)
from db.interchange.imports.cell_values import person_of
from db.interchange.imports.matching import find_existing, linked_to_create, preload
from db.interchange.imports.plan import ImportPlan
from db.interchange.imports.reasons import Reason
from db.interchange.imports.relation_cells import new_partner, new_partner_fields
from db.interchange.imports.resolve import base_key, row_key
from db.interchange.imports.row_plan import AS_READ, PackedModel, RowPlan, as_read, model_of
from db.interchange.imports.write_rows import write_rows
from db.models import (
    ImportBatch,
    new_public_id,
)
from db.models.types import utcnow
from db.schemas.records import ContactIn
from db.services import links, records
from db.text import name_key, person_key

KEY_FIELDS = {"name", "title", "first_name", "last_name", "partners"}  # what matched: never rewritten
EXTRA_LIMIT = 4000
OTHER_EMAILS = "Autres courriels"   # the converter's name for a partner's addresses after the first
ROWS_PER_FLUSH = 500   # partners and contacts created row by row, written by one flush (1: each on its own)


@dataclass
class ImportResult:
    batch_id: int | None
    batch_public_id: str | None
    counts: dict[str, dict[str, int]]
    outcomes: list[tuple[str, int, str, str, str | None]] = field(default_factory=list)  # sheet,row,kind,action,id
    problems: list = field(default_factory=list)
    dry_run: bool = False
    nothing_kept: bool = False   # every row was rejected or excluded: no batch was recorded

    @property
    def changed(self) -> int:
        return sum(c.get("created", 0) + c.get("updated", 0) for c in self.counts.values())

    def distinct(self, sheet: str) -> int:
        return len({o[4] for o in self.outcomes if o[0] == sheet and o[4]})


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


class Writer:
    def __init__(self, session: Session, actor: str | None, batch: ImportBatch, plan: ImportPlan):
        self.s = session
        self.actor = actor
        self.batch = batch
        self.created: set[int] = set()   # records this import wrote for a row (by identity: not flushed yet)
        self.creates: records.CreateBatch | None = None   # partners and contacts written many per flush
        self.plan = plan
        self.by_key: dict[tuple[str, str], Any] = {}     # records of this import by natural key
        self.renamed: dict[tuple[str, str], str] = {}     # (kind, old name key) -> public id, for links
        self.counts: dict[str, dict[str, int]] = {}
        self.outcomes: list = []
        self.ids: dict[str, str] = {}   # public id in the imported export -> public id written here

    def count(self, kind: str, what: str, n: int = 1) -> None:
        c = self.counts.setdefault(kind, {"created": 0, "updated": 0, "skipped": 0, "rejected": 0, "merged": 0,
                                          "excluded": 0})
        c[what] = c.get(what, 0) + n

    def create(self, kind: str, data, public_id: str | None = None):
        if self.creates is not None and kind in self.creates.KINDS:
            return self.creates.create(kind, data, self.actor, batch_id=self.batch.id, create_missing_links=True,
                                       public_id=public_id)
        self.flush()
        return records.create(self.s, kind, data, self.actor, batch_id=self.batch.id, create_missing_links=True,
                              public_id=public_id)

    def flush(self) -> None:
        """The partners and contacts created but not written yet: written, with their history rows."""
        if self.creates is not None:
            self.creates.flush()

    def keep_as_read(self, kind: str, obj, row: RowPlan) -> None:
        """The file's own writing of the values the import changed (re-cased names, phones in
        E.164), kept in the record's history."""
        values = as_read(row)
        if values is not None:
            log = self.creates.log if self.creates is not None else functools.partial(records.log, self.s)
            log(kind, obj, AS_READ, self.actor, before=values[0], after=values[1], batch_id=self.batch.id)

    def _linked(self, row: RowPlan | None, name: str, kind: str) -> str | None:
        """The public id a link of our JSON export names, when that record is here (written by this
        import, or already in the catalogue with that id)."""
        if row is None or not row.link_ids:
            return None
        wanted = row.link_ids.get(name_key(name))
        if not wanted:
            return None
        if wanted in self.ids:
            return self.ids[wanted]
        model = records.spec(kind).model
        found = self.s.scalar(select(model.public_id).where(model.public_id == wanted, model.deleted_at.is_(None)))
        return found

    def free_id(self, kind: str, public_id: str | None) -> str | None:
        """The row's own public id when no record (deleted ones included) holds it yet."""
        if not public_id:
            return None
        model = records.spec(kind).model
        return None if self.s.scalar(select(model.id).where(model.public_id == public_id)) else public_id

    def keep_stamps(self, obj, row: RowPlan) -> None:
        """A restore keeps when and by whom the record was created and last changed."""
        for name, value in (row.stamps or {}).items():
            if name.endswith("_at"):
                try:
                    value = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
                except ValueError:
                    continue
            setattr(obj, name, value)

    def update(self, kind: str, obj, data):
        self.flush()
        old_key = getattr(obj, "name_key", None)
        obj = records.update(self.s, kind, obj.public_id, data, self.actor, batch_id=self.batch.id,
                             create_missing_links=True)
        if (cache := links.lookups(self.s)) is not None:
            cache.moved(kind, obj, old_key)
        return obj

    # --- linked records are created through the same logged path, so undo removes them too ---

    def ensure_partner(self, name: str, country: str | None = None, row: RowPlan | None = None,
                       side: int | None = None) -> str:
        if linked := self._linked(row, name, "partner"):
            return linked
        if renamed := self.renamed.get(("partner", name_key(name))):
            return renamed  # a link written with the old name of a partner this import renamed
        found = links.find_partner(self.s, name, country)
        if found is not None:
            return found.public_id
        name = name.strip()
        if name == name.lower():  # "shizuoka" typed in a link cell: the new partner is named "Shizuoka"
            name = " ".join(w[:1].upper() + w[1:] for w in name.split())
        data = new_partner(name, country, new_partner_fields(row, side))
        obj = self.create("partner", data)
        self.count("partner", "created")
        return obj.public_id

    def ensure_contact(self, name: str, row: RowPlan | None = None) -> str:
        if linked := self._linked(row, name, "contact"):
            return linked
        if renamed := self.renamed.get(("contact", person_key(name, ""))):
            return renamed
        person, organisation = person_of(name)
        found = links.find_contact(self.s, person)
        if found is not None:
            return found.public_id
        from db.services.specs import split_person_name

        first, last = split_person_name(person)
        obj = self.create("contact", ContactIn(first_name=first, last_name=last, organisation=organisation))
        self.count("contact", "created")
        return obj.public_id

    def prepare(self, row: RowPlan):
        """The row's model with its links resolved to public ids (creating missing partners/contacts)."""
        m = row.model
        kind = row.kind
        if kind == "agreement":
            countries = row.partner_countries or [row.partner_country]
            return m.model_copy(update={"partners": [self.ensure_partner(p, countries[i] if i < len(countries) else None,
                                                                         row, i) for i, p in enumerate(m.partners)]})
        if kind == "contact":
            partners = [self.ensure_partner(p, None, row) for p in m.partners]
            update: dict[str, Any] = {"partners": partners}
            if m.organisation:
                org = links.find_partner(self.s, m.organisation)
                if org is not None:
                    update["organisation"] = org.name
                    if org.public_id not in partners:
                        update["partners"] = [*partners, org.public_id]
            return m.model_copy(update=update)
        if kind == "event":
            return m.model_copy(update={"organisers": [self.ensure_partner(p, None, row) for p in m.organisers],
                                        "partners": [self.ensure_partner(p, None, row) for p in m.partners]})
        if kind == "followup":
            update = {}
            if m.partner:
                update["partner"] = self.ensure_partner(m.partner, None, row)
            if m.contact:
                update["contact"] = self.ensure_contact(m.contact, row)
            for name, finder in (("agreement", links.find_agreement), ("event", links.find_event)):
                ref = getattr(m, name)
                if ref:
                    by_id = self._linked(row, ref, name)
                    target = finder(self.s, by_id) if by_id else finder(self.s, ref)
                    update[name] = target.public_id if target else None
                    if target is None:
                        update.setdefault("extra", dict(m.extra))[name] = ref
            return m.model_copy(update=update)
        if kind == "interaction":
            return m.model_copy(update={"partner": self.ensure_partner(m.partner, None, row) if m.partner else None,
                                        "contact": self.ensure_contact(m.contact, row) if m.contact else None})
        return m

    def merge(self, kind: str, obj, new, mode: str, row: RowPlan | None = None):
        """``fill``: only empty fields take the new values; ``overwrite``: every value given replaces
        (names and titles kept); ``by_id``: the row is the record itself, every value given replaces;
        ``file``: a later row of the same record in the file: empty fields are filled, lists are
        completed and any other differing value is kept as an extra attribute (never dropped)."""
        spec = records.spec(kind)
        current = spec.in_from_out(spec.out(obj).model_dump(mode="json"))
        before = current.model_dump()
        merged = dict(before)
        given = new.model_fields_set | {"extra"}
        for name, value in new.model_dump().items():
            if name not in given or _empty(value) or name == "sessions":
                continue
            if name == "phones" and {x["number"] for x in value} == {x["number"] for x in before.get("phones") or []}:
                continue  # the same numbers: keep their kinds (a workbook cell does not carry them)
            if name == "extra":
                merged["extra"] = {**value, **merged["extra"]} if mode in ("fill", "file") else \
                    {**merged["extra"], **value}
            elif mode == "file" and not _empty(before.get(name)) and before.get(name) != value:
                self._keep_other(kind, name, before.get(name), value, merged, row)
            elif (mode == "overwrite" and name not in KEY_FIELDS) or mode == "by_id" or _empty(before.get(name)):
                merged[name] = value
        if kind == "event":
            titles = {name_key(x["title"]) for x in before["sessions"]}
            merged["sessions"] = before["sessions"] + [x for x in new.model_dump()["sessions"]
                                                       if name_key(x["title"]) not in titles]
        if merged == before:
            return None
        return spec.schema_in.model_validate(merged)

    @staticmethod
    def _keep_other(kind: str, name: str, current, value, merged: dict, row: RowPlan | None) -> None:
        """A later row's different value: lists take the new items, anything else goes to extra."""
        from db.schemas.messages import field_label

        if isinstance(current, list) and isinstance(value, list):
            merged[name] = current + [x for x in value if x not in current]
            return
        if name in KEY_FIELDS or name in ("status", "active", "renewal", "sessions"):
            return
        extra = dict(merged.get("extra") or {})
        text = value.iso() if hasattr(value, "iso") else str(value)
        if name == "email":   # a partner's other addresses, as a row giving several writes them
            known = [a for a in (extra.get(OTHER_EMAILS) or "").split(", ") if a]
            extra[OTHER_EMAILS] = ", ".join([*known, text] if text not in known else known)[:EXTRA_LIMIT]
        else:   # « Site web (autre valeur, ligne 9) »: which field, and where in the file it came from
            where = f" (autre valeur, ligne {row.row})" if row is not None else " (autre valeur)"
            extra[field_label(name) + where] = text[:EXTRA_LIMIT]
        merged["extra"] = extra

    def write(self, row: RowPlan, mode: str) -> None:
        if isinstance(row.model, PackedModel):
            row.model = row.model.unpack()
        kind = row.kind
        key = (kind, row.key or row_key(row))
        head = self.by_key.get(key)
        data = self.prepare(row)
        if head is not None and row.public_id and not isinstance(head, str):
            self.ids[row.public_id] = head.public_id
        if head is not None:  # a duplicate within the file: complete the first row's record, keep the rest
            self.flush()
            update = self.merge(kind, head, data, "file", row)
            if update is not None:
                self.update(kind, head, update)
            self.count(kind, "merged")
            self.outcomes.append((row.sheet, row.row, kind, "merged", head.public_id))
            return
        existing = find_existing(self.s, kind, row) if mode != "create" or row.decision else None
        if existing is not None and id(existing) in self.created:
            existing = None   # written for another row that the file's identities keep apart (stage 5)
        decision = row.decision or mode
        if existing is not None and row.public_id == existing.public_id and decision in ("fill", "overwrite"):
            decision = "by_id"  # the row is this record (an edited export): its values replace, names included
        if existing is not None and decision != "create":
            self.flush()
            self.by_key[key] = existing
            if row.public_id:
                self.ids[row.public_id] = existing.public_id
            if decision == "skip":
                self.count(kind, "skipped")
                self.outcomes.append((row.sheet, row.row, kind, "skipped", existing.public_id))
                return
            if decision == "by_id" and kind in ("partner", "contact"):
                old = name_key(existing.name) if kind == "partner" else person_key(existing.first_name, existing.last_name)
                self.renamed[(kind, old)] = existing.public_id
            update = self.merge(kind, existing, data, decision)
            if update is None:
                self.count(kind, "skipped")
                self.outcomes.append((row.sheet, row.row, kind, "unchanged", existing.public_id))
                return
            self.update(kind, existing, update)
            self.keep_as_read(kind, existing, row)
            self.count(kind, "updated")
            self.outcomes.append((row.sheet, row.row, kind, "updated", existing.public_id))
            return
        obj = self.create(kind, data, self.free_id(kind, row.public_id))
        self.created.add(id(obj))
        if row.stamps and obj.public_id == row.public_id:
            self.flush()   # the history's snapshot is of the record as created, before its stamps
            self.keep_stamps(obj, row)
        self.keep_as_read(kind, obj, row)
        self.by_key[key] = obj
        if row.public_id:
            self.ids[row.public_id] = obj.public_id
        self.count(kind, "created")
        self.outcomes.append((row.sheet, row.row, kind, "created", obj.public_id))


def write_plan(session: Session, plan: ImportPlan, actor: str | None, mode: str, progress=None, cancel=None) -> Writer:
    batch = ImportBatch(public_id=new_public_id(), file_name=plan.path.name, actor=actor, imported_at=utcnow(),
                        counts={})
    session.add(batch)
    session.flush()
    writer = Writer(session, actor, batch, plan)
    rows = [r for r in plan.all_rows()]
    for row in rows:
        if row.status in ("rejected", "excluded"):
            writer.count(row.kind if row.kind != "session" else "event", row.status)
    todo = [r for kind in ("partner", "contact", "agreement", "event", "followup", "interaction") for r in rows
            if r.kind == kind and r.status in ("ok", "merged") and r.model is not None]
    sessions = [r for r in rows if r.kind == "session" and r.status in ("ok", "merged") and r.model is not None]
    total = len(todo) + len(sessions)
    done = 0
    if bulk_candidate(session, todo):
        done = write_bulk(writer, todo, mode, progress, cancel, total)
        todo = []
    elif bulk_agreements_candidate(todo):
        done = write_bulk_agreements(writer, todo, mode, progress, cancel, total)
        todo = []
    cache = None
    if todo and ROWS_PER_FLUSH > 1:   # row by row: names looked up in memory, records written many per flush
        cache = links.Lookups(session).install()
        preload(cache, todo, sessions)
        writer.creates = records.CreateBatch(session, ROWS_PER_FLUSH)
    try:
        done = write_rows(writer, todo, sessions, mode, progress, cancel, done, total)
    finally:
        if cache is not None:
            cache.remove()
    write_budget(writer, mode)   # budget tables: lines on the agreements and events written above
    if progress:
        progress(total, total)
    return writer


def commit(catalog, plan: ImportPlan, actor: str | None = None, *, mode: str | None = None, dry_run: bool = False,
           progress=None, cancel=None) -> ImportResult:
    """Write the plan in one transaction (rolled back on error, cancel or dry run)."""
    mode = mode or plan.on_duplicate
    if dry_run:
        return dry_result(catalog, plan, mode)
    if plan.spent:
        from db.interchange.imports import ImportFileError

        raise ImportFileError(Reason("plan_spent"))
    with catalog.uow(actor) as uow:
        writer = write_plan(uow.session, plan, uow.actor, mode, progress, cancel)
        if cancel and cancel():
            raise Cancelled()
        writer.batch.counts = writer.counts
        kept = sum(c.get(k, 0) for c in writer.counts.values() for k in ("created", "updated", "skipped", "merged"))
        changed = sum(c.get(k, 0) for c in writer.counts.values() for k in ("created", "updated"))
        empty = dry_run or changed == 0   # an import that changes nothing records no batch
        result = ImportResult(None if empty else writer.batch.id, None if empty else writer.batch.public_id,
                              writer.counts, writer.outcomes, plan.problems(), dry_run, nothing_kept=kept == 0)
        if not empty:
            uow.commit()
    return result


def dry_result(catalog, plan: ImportPlan, mode: str) -> ImportResult:
    """What the import would do, from the plan alone: nothing is written (and nothing rolled back).

    Records found by their name (links: an agreement's partners, a follow-up's contact…) that are in
    neither the file nor the catalogue are counted as created, as the import would create them."""
    counts: dict[str, dict[str, int]] = {}

    def count(kind: str, what: str, n: int = 1) -> None:
        c = counts.setdefault(kind, {"created": 0, "updated": 0, "skipped": 0, "rejected": 0, "merged": 0,
                                     "excluded": 0})
        c[what] += n

    outcomes = []
    matched: list = []
    in_file: dict[str, set[str]] = {"partner": set(), "contact": set()}
    for row in plan.all_rows():
        kind = row.kind if row.kind != "session" else "event"
        if row.status in ("rejected", "excluded"):
            count(kind, row.status)
            continue
        if row.kind in ("session", "budget"):
            continue
        if row.status == "merged":
            count(kind, "merged")
            continue
        if row.status != "ok" or row.model is None:
            continue
        if row.kind in in_file:
            in_file[row.kind].add(base_key(row))
        decision = row.decision or mode
        what = "created" if not row.match or decision == "create" else (
            "skipped" if decision == "skip" else "updated")
        if what == "updated":
            matched.append((row, kind, decision))
            continue
        count(kind, what)
        outcomes.append((row.sheet, row.row, kind, what, (row.match or {}).get("id")))
    with catalog.uow() as uow:
        # a record found in the catalogue: updated only if the row changes something (as the writer says)
        writer = Writer(uow.session, None, None, plan)
        for row, kind, decision in matched:
            obj = records.spec(kind).model
            obj = uow.session.scalar(select(obj).where(obj.public_id == row.match["id"]))
            model = model_of(row)
            if row.public_id == row.match["id"] and decision in ("fill", "overwrite"):
                decision = "by_id"
            try:
                changed = obj is not None and writer.merge(kind, obj, model, decision) is not None
            except Exception:   # names where the record holds ids: the real import resolves them
                changed = True
            what = "updated" if changed else "skipped"
            count(kind, what)
            outcomes.append((row.sheet, row.row, kind, what, row.match["id"]))
        for kind, n in linked_to_create(uow.session, plan, in_file).items():
            if n:
                count(kind, "created", n)
        dry_budget(uow.session, plan, mode, count, outcomes)
    return ImportResult(None, None, counts, outcomes, plan.problems(), True,
                        nothing_kept=not any(c["created"] + c["updated"] + c["skipped"] + c["merged"]
                                             for c in counts.values()))


__all__ = ["Cancelled", "ImportResult", "commit", "dry_result", "write_plan"]
