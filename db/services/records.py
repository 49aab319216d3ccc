"""Create, read, update, soft-delete, restore, list and undo records of every kind, with a change history.

Functions here take a live ``Session`` and never commit: the caller's unit of work does.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from db import search
from db.models import (
    Agreement,
    Change,
    Contact,
    Domain,
    Event,
    FollowUp,
    Interaction,
    Partner,
    new_public_id,
)
from db.models.types import utcnow
from db.service_messages import ServiceMessage, count_said, names_said, not_found
from db.services.errors import ConflictError, NotFoundError

if TYPE_CHECKING:
    from db.services.specs import Spec


def spec(kind: str) -> Spec:
    from db.services.specs import SPECS  # the schemas load at first use, not at start-up

    try:
        return SPECS[kind]
    except KeyError:
        raise NotFoundError(ServiceMessage("unknown_kind", kind=kind)) from None


def _context(session: Session, actor: str | None, create_missing_links: bool):
    from db.services.specs import Context

    return Context(session, actor, create_missing_links)


def snapshot(obj, kind: str) -> dict[str, Any]:
    return spec(kind).out(obj).model_dump(mode="json")


def log(session: Session, kind: str, obj, action: str, actor: str | None, before=None, after=None,
        batch_id: int | None = None) -> None:
    session.add(Change(kind=kind, record_id=obj.public_id, action=action, actor=actor, before=before,
                       after=after, batch_id=batch_id, at=utcnow()))


def get(session: Session, kind: str, reference: str, *, include_deleted: bool = False, loose: bool = False):
    """A record by public id, or by name when the name is unambiguous.

    ``loose``: when no name is equal, the one record whose name holds every word of ``reference``
    folded as search folds it ("lodz" finds "Łódź Film School"); several such records are an error
    that names them.
    """
    from db.services import links

    model = spec(kind).model
    if links.is_public_id(reference):
        query = select(model).where(model.public_id == reference.strip())
        if not include_deleted:
            query = query.where(model.deleted_at.is_(None))
        obj = session.scalar(query)
    else:
        finder = {"partner": links.find_partner, "contact": links.find_contact, "agreement": links.find_agreement,
                  "event": links.find_event, "followup": links.find_followup}.get(kind)
        obj = finder(session, reference) if finder else None
        if obj is None and loose:
            obj = _loose_find(session, kind, reference)
    if obj is None:
        raise NotFoundError(not_found(kind, reference))
    return obj


class AmbiguousError(NotFoundError):
    """A name that designates several records: the message lists them."""


def record_name(kind: str, obj) -> str:
    if kind == "partner":
        return obj.name
    if kind == "contact":
        return " ".join(x for x in (obj.first_name, obj.last_name) if x)
    return getattr(obj, "title", "") or ""


def _loose_find(session: Session, kind: str, reference: str, shown: int = 5):
    """The one live record whose folded name starts words with every folded word of ``reference``."""
    wanted = search.terms(reference)
    ranked = search.ranked(session.bind.dialect.name, spec(kind).model, reference, 200)
    if ranked is None or not wanted:
        return None
    ids = list(session.scalars(ranked))
    model = spec(kind).model
    found = []
    for obj in session.scalars(select(model).where(model.id.in_(ids)).order_by(model.id)) if ids else ():
        name_words = search.terms(record_name(kind, obj))
        if all(any(w.startswith(t) for w in name_words) for t in wanted):
            found.append(obj)
    if len(found) > 1:
        raise AmbiguousError(ServiceMessage("ambiguous", reference=reference,
                                            count=count_said(len(found), kind),
                                            names=names_said([record_name(kind, o) for o in found], shown)))
    return found[0] if found else None


def create(session: Session, kind: str, data, actor: str | None, *, batch_id: int | None = None,
           create_missing_links: bool = False, public_id: str | None = None):
    s = spec(kind)
    obj = s.model(public_id=public_id or new_public_id(), created_by=actor, updated_by=actor)
    with session.no_autoflush:
        s.apply(_context(session, actor, create_missing_links), obj, data)
    session.add(obj)
    session.flush()
    if hasattr(s, "after_flush"):
        s.after_flush(session, obj)
    s.refresh_keys(obj)
    session.flush()
    log(session, kind, obj, "create", actor, after=snapshot(obj, kind), batch_id=batch_id)
    return obj


class CreateBatch:
    """Records created as ``create`` creates them, but written by one flush for many: each record's
    ``after_flush``, keys and "create" history row (its snapshot after that flush) come then, and
    the other history rows given to ``log`` keep their place among them (undo reads them newest
    first). For kinds without ``after_flush`` whose snapshot no later record changes (partners,
    contacts); the caller calls ``flush`` before anything reads or changes them otherwise, and a
    ``Lookups`` installed on the session learns of each record at once (``db.services.links``).

    ``limit``: records held before a flush on their own."""

    KINDS = frozenset({"partner", "contact"})
    COLUMNS: ClassVar[list[str]] = ["at", "actor", "kind", "record_id", "action", "before", "after", "batch_id"]

    def __init__(self, session: Session, limit: int = 500):
        self.session = session
        self.limit = limit
        self.pending: list[tuple[str, Any]] = []
        self.logs: list[tuple] = []   # (kind, obj, action, actor, before, after, batch_id); after=None for a create

    def create(self, kind: str, data, actor: str | None, *, batch_id: int | None = None,
               create_missing_links: bool = False, public_id: str | None = None):
        from db.services import links

        if kind not in self.KINDS:
            raise ValueError(kind)
        s = spec(kind)
        obj = s.model(public_id=public_id or new_public_id(), created_by=actor, updated_by=actor)
        with self.session.no_autoflush:
            s.apply(_context(self.session, actor, create_missing_links), obj, data)
        self.session.add(obj)
        if (cache := links.lookups(self.session)) is not None:
            cache.add(kind, obj)
        self.pending.append((kind, obj))
        self.logs.append((kind, obj, "create", actor, None, None, batch_id))
        if len(self.pending) >= self.limit:
            self.flush()
        return obj

    def log(self, kind: str, obj, action: str, actor: str | None, before=None, after=None,
            batch_id: int | None = None) -> None:
        """A history row, after those of the records created before it."""
        if not self.logs:
            log(self.session, kind, obj, action, actor, before, after, batch_id)
            return
        self.logs.append((kind, obj, action, actor, before, after, batch_id))

    def flush(self) -> None:
        if not self.pending and not self.logs:
            return
        session = self.session
        session.flush()
        for kind, obj in self.pending:
            s = spec(kind)
            if hasattr(s, "after_flush"):
                s.after_flush(session, obj)
            s.refresh_keys(obj)
        session.flush()
        # the history rows in one statement, each value stored as the ORM stores it (None as JSON null)
        table = Change.__table__
        connection = session.connection()
        process = [table.c[c].type._cached_bind_processor(connection.dialect) for c in self.COLUMNS]
        rows = []
        for kind, obj, action, actor, before, after, batch_id in self.logs:
            if action == "create" and after is None:
                after = snapshot(obj, kind)
            values = (utcnow(), actor, kind, obj.public_id, action, before, after, batch_id)
            rows.append(tuple(v if p is None else p(v) for p, v in zip(process, values, strict=True)))
        from db.services.bulk import insert_rows

        insert_rows(connection, table, self.COLUMNS, rows, bound=True)
        self.pending.clear()
        self.logs.clear()


def write_values(session: Session, kind: str, obj, data, actor: str | None, create_missing_links: bool = False) -> None:
    """Apply validated values to a record and refresh what derives from them (keys, search),
    without logging: ``update`` logs the change, a merge logs its own."""
    s = spec(kind)
    with session.no_autoflush:
        s.apply(_context(session, actor, create_missing_links), obj, data)
    obj.updated_by = actor
    obj.updated_at = utcnow()
    session.flush()
    if hasattr(s, "after_flush"):
        s.after_flush(session, obj)
    s.refresh_keys(obj)
    session.flush()


def update(session: Session, kind: str, public_id: str, data, actor: str | None, *,
           expected_version: int | None = None, batch_id: int | None = None, create_missing_links: bool = False):
    s = spec(kind)
    obj = get(session, kind, public_id, include_deleted=True)
    if expected_version is not None and (obj.version != expected_version or obj.deleted_at is not None):
        raise ConflictError(kind, s.out(obj), data)  # never written into a record someone deleted
    before = snapshot(obj, kind)
    write_values(session, kind, obj, data, actor, create_missing_links)
    log(session, kind, obj, "update", actor, before=before, after=snapshot(obj, kind), batch_id=batch_id)
    if kind in ("partner", "contact") and before.get(_NAME_FIELD[kind]) != getattr(obj, _NAME_FIELD[kind]):
        reindex_dependents(session, kind, obj)
    return obj


_NAME_FIELD = {"partner": "name", "contact": "last_name"}


def reindex_dependents(session: Session, kind: str, obj) -> None:
    """Records whose search text carries this partner's or contact's name are indexed again."""
    from db.models import (
        EventSession,
        agreement_partners,
        contact_partners,
        event_organisers,
        event_partners,
        session_speakers,
    )

    if kind == "partner":
        groups = [
            ("agreement", Agreement.id.in_(select(agreement_partners.c.agreement_id).where(agreement_partners.c.partner_id == obj.id))),
            ("contact", Contact.id.in_(select(contact_partners.c.contact_id).where(contact_partners.c.partner_id == obj.id))),
            ("event", or_(Event.id.in_(select(event_organisers.c.event_id).where(event_organisers.c.partner_id == obj.id)),
                          Event.id.in_(select(event_partners.c.event_id).where(event_partners.c.partner_id == obj.id)))),
            ("followup", FollowUp.partner_id == obj.id),
        ]
    else:
        speaking = select(EventSession.event_id).join(session_speakers, session_speakers.c.event_session_id == EventSession.id)
        groups = [("followup", FollowUp.contact_id == obj.id), ("interaction", Interaction.contact_id == obj.id),
                  ("event", Event.id.in_(speaking.where(session_speakers.c.contact_id == obj.id)))]
    for dependent_kind, clause in groups:
        dependent = spec(dependent_kind)
        for record in session.scalars(select(dependent.model).where(clause)):
            record.search_text = dependent.search_text(record)
    session.flush()


def delete(session: Session, kind: str, public_id: str, actor: str | None, *, expected_version: int | None = None,
           batch_id: int | None = None):
    obj = get(session, kind, public_id)
    if expected_version is not None and obj.version != expected_version:
        raise ConflictError(kind, spec(kind).out(obj), None)
    obj.deleted_at = utcnow()
    obj.updated_by = actor
    session.flush()
    log(session, kind, obj, "delete", actor, before=snapshot(obj, kind), batch_id=batch_id)
    return obj


def restore(session: Session, kind: str, public_id: str, actor: str | None):
    obj = get(session, kind, public_id, include_deleted=True)
    if obj.deleted_at is None:
        return obj
    obj.deleted_at = None
    obj.updated_by = actor
    session.flush()
    log(session, kind, obj, "restore", actor, after=snapshot(obj, kind))
    return obj


def revert(session: Session, change: Change, actor: str | None) -> None:
    """Undo one change: a creation is deleted, a deletion restored, an edit written back."""
    if change.action == "create":
        obj = get(session, change.kind, change.record_id, include_deleted=True)
        if obj.deleted_at is None:
            delete(session, change.kind, change.record_id, actor)
    elif change.action == "delete":
        restore(session, change.kind, change.record_id, actor)
    elif change.action == "restore":
        delete(session, change.kind, change.record_id, actor)
    elif change.action == "update" and change.before:
        s = spec(change.kind)
        update(session, change.kind, change.record_id, s.in_from_out(change.before), actor)
    elif change.action == "merge":  # two records made one: both back as they were, in one step
        from db.services import merge

        merge.revert(session, change, actor)


NOT_UNDONE = ("anonymise", "retention_keep")  # an anonymisation is for good; a retention decision is not an edit


def last_change(session: Session, actor: str | None = None) -> Change | None:
    query = (select(Change).where(Change.batch_id.is_(None), Change.action.not_in(NOT_UNDONE))
             .order_by(Change.id.desc()).limit(1))
    if actor:
        query = query.where(Change.actor == actor)
    return session.scalar(query)


def history(session: Session, kind: str, public_id: str) -> list[Change]:
    return list(session.scalars(select(Change).where(Change.kind == kind, Change.record_id == public_id).order_by(Change.id)))


# --- listing -----------------------------------------------------------------------------------

SORTS: dict[str, dict[str, Any]] = {
    "partner": {"name": Partner.name_key, "country": Partner.country, "city": Partner.city, "kind": Partner.kind,
                "status": Partner.status, "partner_since": Partner.partner_since, "updated_at": Partner.updated_at,
                "referent": Partner.referent},
    "agreement": {"title": Agreement.title, "kind": Agreement.kind, "status": Agreement.status,
                  "signed_on": Agreement.signed_on, "ends_on": Agreement.ends_on, "budget": Agreement.budget,
                  "updated_at": Agreement.updated_at},
    "contact": {"name": Contact.sort_name, "organisation": Contact.organisation, "job_title": Contact.job_title,
                "country": Contact.country, "last_contact_on": Contact.last_contact_on, "updated_at": Contact.updated_at},
    "event": {"title": Event.name_key, "kind": Event.kind, "starts_on": Event.starts_on, "place": Event.place,
              "attendance": Event.attendance, "updated_at": Event.updated_at},
    "followup": {"title": FollowUp.name_key, "owner": FollowUp.owner, "due_on": FollowUp.due_on,
                 "status": FollowUp.status, "priority": FollowUp.priority, "updated_at": FollowUp.updated_at},
    "interaction": {"occurred_on": Interaction.occurred_on, "kind": Interaction.kind},
}
DEFAULT_SORT = {"partner": "name", "agreement": "title", "contact": "name", "event": "starts_on",
                "followup": "due_on", "interaction": "occurred_on"}


@dataclass
class ListQuery:
    """What a list shows: text search, filters, sort and page."""

    search: str = ""
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int | None = 200
    include_deleted: bool = False
    filters: dict[str, Any] = field(default_factory=dict)


def filtered(dialect: str, kind: str, query: ListQuery) -> Select:
    """SELECT of the ids of the records a list query shows, unsorted."""
    from db.models import agreement_domains, partner_domains
    from db.text import name_key

    model = spec(kind).model
    stmt = select(model.id)
    if not query.include_deleted:
        stmt = stmt.where(model.deleted_at.is_(None))
    if query.search and (clause := search.matching(dialect, model, query.search)) is not None:
        stmt = stmt.where(clause)
    elif query.search:
        stmt = stmt.where(model.id.is_(None))  # nothing searchable typed: no match
    f = query.filters
    if f.get("country") and hasattr(model, "country"):
        stmt = stmt.where(model.country == f["country"])
    if f.get("status") and hasattr(model, "status"):
        statuses = f["status"] if isinstance(f["status"], list | tuple | set) else [f["status"]]
        stmt = stmt.where(model.status.in_(list(statuses)))
    if f.get("kind_code") and hasattr(model, "kind"):
        stmt = stmt.where(model.kind == f["kind_code"])
    if f.get("domain"):
        from db.domains import equivalent_keys

        key = name_key(f["domain"])
        link = {"partner": (partner_domains, "partner_id"), "agreement": (agreement_domains, "agreement_id")}.get(kind)
        if link:
            table, column = link
            same = or_(Domain.key.in_(equivalent_keys(key)), Domain.key.like(f"{key} %"))  # as the import matches
            stmt = stmt.where(model.id.in_(select(table.c[column]).join(Domain, Domain.id == table.c.domain_id).where(same)))
    if f.get("active_only") and kind == "partner":
        stmt = stmt.where(Partner.active.is_(True))
    if f.get("owner") and kind == "followup":
        stmt = stmt.where(func.lower(FollowUp.owner) == str(f["owner"]).lower())
    date_column = {"agreement": Agreement.signed_on, "event": Event.starts_on, "followup": FollowUp.due_on,
                   "partner": Partner.partner_since}.get(kind)
    if date_column is not None and f.get("date_from"):
        stmt = stmt.where(date_column >= f["date_from"])
    if date_column is not None and f.get("date_to"):
        stmt = stmt.where(date_column <= f["date_to"])
    if f.get("overdue") and kind == "followup":
        today = f.get("today") or dt.date.today()
        stmt = stmt.where(FollowUp.status == "open", FollowUp.due_on < today.isoformat(),
                          or_(func.length(FollowUp.due_on) == 10, and_(func.length(FollowUp.due_on) < 10,
                              FollowUp.due_on < today.isoformat()[: 4])))
    if f.get("partner"):  # records linked to one partner, by its public id
        from db.models import agreement_partners, contact_partners, event_organisers, event_partners

        pid = select(Partner.id).where(Partner.public_id == f["partner"]).scalar_subquery()
        if kind == "agreement":
            stmt = stmt.where(model.id.in_(select(agreement_partners.c.agreement_id).where(agreement_partners.c.partner_id == pid)))
        elif kind == "contact":
            stmt = stmt.where(model.id.in_(select(contact_partners.c.contact_id).where(contact_partners.c.partner_id == pid)))
        elif kind == "event":
            stmt = stmt.where(or_(
                model.id.in_(select(event_organisers.c.event_id).where(event_organisers.c.partner_id == pid)),
                model.id.in_(select(event_partners.c.event_id).where(event_partners.c.partner_id == pid))))
        elif kind in ("followup", "interaction"):
            stmt = stmt.where(model.partner_id == pid)
    return stmt


def order(kind: str, query: ListQuery):
    column = SORTS[kind].get(query.sort or DEFAULT_SORT[kind], SORTS[kind][DEFAULT_SORT[kind]])
    model = spec(kind).model
    primary = column.desc() if query.descending else column.asc()
    nulls_last = column.is_(None)
    return [nulls_last, primary, model.id.desc() if query.descending else model.id.asc()]


def list_records(session: Session, kind: str, query: ListQuery | None = None) -> list:
    """A page of records as ``XxxOut``."""
    query = query or ListQuery()
    s = spec(kind)
    from db.services import listing

    if listing.by_standing(kind, query):   # agreements by what is true today, as the window lists them
        wanted = listing.standing_ids(session, query)[query.offset or 0:]
        wanted = wanted[:query.limit] if query.limit is not None else wanted
        objs = {}
        for start in range(0, len(wanted), 500):
            objs.update((o.id, o) for o in session.scalars(select(s.model).where(s.model.id.in_(wanted[start:start + 500]))))
        return [s.out(objs[i]) for i in wanted if i in objs]
    ids = filtered(session.bind.dialect.name, kind, query).subquery()
    stmt = select(s.model).where(s.model.id.in_(select(ids.c.id))).order_by(*order(kind, query))
    if query.offset:
        stmt = stmt.offset(query.offset)
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    return [s.out(obj) for obj in session.scalars(stmt)]


def count_records(session: Session, kind: str, query: ListQuery | None = None) -> int:
    query = query or ListQuery()
    return session.scalar(select(func.count()).select_from(filtered(session.bind.dialect.name, kind, query).subquery()))


def search_all(session: Session, text: str, limit: int = 20) -> dict[str, list]:
    """Results of one search box across every kind, best first, grouped by kind."""
    results: dict[str, list] = {}
    for kind in ("partner", "agreement", "contact", "event", "followup", "interaction"):
        s = spec(kind)
        ranked = search.ranked(session.bind.dialect.name, s.model, text, limit)
        if ranked is None:
            return {}
        ids = list(session.scalars(ranked))
        if not ids:
            continue
        objs = {o.id: o for o in session.scalars(select(s.model).where(s.model.id.in_(ids)))}
        results[kind] = [s.out(objs[i]) for i in ids if i in objs]
    return results


@dataclass(frozen=True)
class Hit:
    """One search result as a search box shows it: kind, public id, title."""

    kind: str
    id: str
    title: str


_TITLE_COLUMNS = {
    "partner": lambda: (Partner.name,),
    "agreement": lambda: (Agreement.title,),
    "contact": lambda: (Contact.first_name, Contact.last_name),
    "event": lambda: (Event.title,),
    "followup": lambda: (FollowUp.title,),
}


@functools.cache
def _quick_statement(dialect: str, kind: str, limit: int):
    """The quick search of one kind, its query text the bound parameter ``match`` (built once)."""
    model = spec(kind).model
    return search.ranked_template(dialect, model, limit).with_only_columns(model.public_id, *_TITLE_COLUMNS[kind]())


def quick_search(session: Session, text: str, limit: int = 8) -> dict[str, list[Hit]]:
    """Search-as-you-type across kinds: the best ``limit`` hits per kind, as light tuples.

    Each keystroke runs five statements built once (``_quick_statement``), on the session's
    connection (Core rows: no ORM work per statement)."""
    if not search.terms(text):
        return {}
    connection = session.connection()
    dialect = connection.dialect.name
    match = {"match": search.match_text(dialect, text)}
    results: dict[str, list[Hit]] = {}
    for kind in _TITLE_COLUMNS:
        rows = connection.execute(_quick_statement(dialect, kind, limit), match).all()
        if rows:
            results[kind] = [Hit(kind, row[0], " ".join(p for p in row[1:] if p)) for row in rows]
    return results
