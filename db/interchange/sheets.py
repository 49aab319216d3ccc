"""What an exported sheet holds: columns per kind, their headers, and rows streamed from SQL.

Shared by the Excel and CSV exporters. Rows are read with plain Core SELECTs in batches (no ORM
object per row) and come out as lists of ready values: ``str``, ``float``, ``int``,
``datetime.date`` or ``None``. A partial date known to the day is a ``date``; known only to the
month or the year it is the text people wrote ("mai 2019", "2019"), never an invented 1 January.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import String, bindparam, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from db.countries import country_name
from db.models import (
    Agreement,
    Contact,
    Domain,
    Event,
    EventSession,
    FollowUp,
    Interaction,
    Partner,
    agreement_domains,
    agreement_partners,
    contact_partners,
    event_organisers,
    event_partners,
    partner_domains,
    session_speakers,
)
from db.partial_date import MONTH_NAMES, PartialDate
from db.schemas import vocab
from db.schemas.messages import field_label
from db.services import records
from db.services.records import ListQuery

BATCH = 4000  # rows per fetch and ids per link query (SQLite ≥ 3.32 allows 32,766 parameters)
SEPARATOR = "; "
ID_HEADER = ("Identifiant", "Identifier")
SESSION_EVENT_HEADER = ("Événement", "Event")
PARTNER_HEADER = ("Partenaire", "Partner")
# computed on the export's day by db.agreement_status, after the id: what every printout says; the
# import reads nothing from them (db/interchange/imports/headings.toml, computed_headers)
STANDING_HEADER = ("Situation", "Standing")
CURRENT_END_HEADER = ("Fin en vigueur", "Current end")

# Cell types: how each exporter writes a value (Excel number formats, CSV spelling).
TEXT, NOTE, DATE, PDATE, MONEY, INT, RATE, ID = "text", "note", "date", "pdate", "money", "int", "rate", "id"

SHEET_NAMES = {
    "partner": ("Partenaires", "Partners"), "agreement": ("Accords", "Agreements"),
    "contact": ("Contacts", "Contacts"), "event": ("Événements", "Events"), "session": ("Séances", "Sessions"),
    "followup": ("Suivis", "Follow-ups"), "interaction": ("Interactions", "Interactions"),
}
KINDS = ("partner", "agreement", "contact", "event", "followup", "interaction")
WIDTHS = {TEXT: 22, NOTE: 50, DATE: 12, PDATE: 12, MONEY: 14, INT: 10, RATE: 10, ID: 38}


@dataclass(frozen=True)
class Column:
    """One exported column: the field it shows, its cell type and width."""

    field: str
    type: str = TEXT
    width: float | None = None
    header: tuple[str, str] | None = None  # (fr, en) when not the field's label

    def title(self, language: str) -> str:
        if self.header:
            return self.header[1] if language == "en" else self.header[0]
        return field_label(self.field, language)

    @property
    def chars(self) -> float:
        return self.width or WIDTHS[self.type]


def _c(field, type_=TEXT, width=None, header=None) -> Column:
    return Column(field, type_, width, header)


COLUMNS: dict[str, tuple[Column, ...]] = {
    "partner": (_c("name", width=30), _c("kind", width=20), _c("country", width=18), _c("city", width=18),
                _c("domains", width=32), _c("status", width=12), _c("partner_since", PDATE, 16),
                _c("referent", width=20), _c("website", width=28), _c("email", width=28), _c("phone", width=18),
                _c("description", NOTE), _c("notes", NOTE), _c("id", ID, header=ID_HEADER)),
    "agreement": (_c("title", width=40), _c("kind", width=24), _c("status", width=14), _c("partners", width=30),
                  _c("domains", width=28), _c("signed_on", PDATE, 16), _c("signed_at", width=16),
                  _c("starts_on", PDATE), _c("ends_on", PDATE), _c("duration_years", INT, 12),
                  _c("renewal", width=14), _c("notice_months", INT, 14), _c("signatories", width=30),
                  _c("budget", MONEY), _c("cofinancing_rate", RATE, 14), _c("funders", width=28),
                  _c("summary", NOTE), _c("notes", NOTE), _c("id", ID, header=ID_HEADER),
                  _c("standing", width=22, header=STANDING_HEADER), _c("current_ends_on", PDATE, 14,
                                                                       header=CURRENT_END_HEADER)),
    "contact": (_c("civility", width=9), _c("first_name", width=16), _c("last_name", width=18),
                _c("job_title", width=30), _c("organisation", width=26), _c("partners", width=26),
                _c("emails", width=30), _c("phones", width=20), _c("languages", width=20), _c("country", width=16),
                _c("purpose", width=18), _c("source", width=16), _c("last_contact_on", DATE, 15),
                _c("notes", NOTE), _c("id", ID, header=ID_HEADER),
                # added after the id (migration 0008): scripts reading the columns by position keep working
                _c("address", NOTE, 30), _c("no_contact", width=12)),
    "event": (_c("title", width=40), _c("kind", width=18), _c("starts_on", PDATE), _c("ends_on", PDATE),
              _c("place", width=26), _c("organisers", width=30), _c("partners", width=26),
              _c("attendance", INT, 12), _c("summary", NOTE), _c("notes", NOTE), _c("id", ID, header=ID_HEADER)),
    "session": (_c("event", width=34, header=SESSION_EVENT_HEADER), _c("title", width=36), _c("kind", width=14),
                _c("date", PDATE), _c("start_time", width=10), _c("end_time", width=10), _c("room", width=18),
                _c("moderator", width=20), _c("speakers", width=32), _c("rapporteur", width=20),
                _c("attendance", INT, 12), _c("minutes", NOTE, 60), _c("takeaways", NOTE),
                _c("id", ID, header=ID_HEADER)),
    "followup": (_c("title", width=40), _c("owner", width=18), _c("due_on", PDATE), _c("status", width=10),
                 _c("priority", width=10), _c("completed_on", DATE, 13), _c("cost", MONEY),
                 _c("partner", width=22, header=PARTNER_HEADER), _c("agreement", width=30), _c("contact", width=20),
                 _c("event", width=30), _c("details", NOTE), _c("id", ID, header=ID_HEADER)),
    "interaction": (_c("occurred_on", DATE), _c("kind", width=12), _c("partner", width=22, header=PARTNER_HEADER),
                    _c("contact", width=22), _c("people", width=22), _c("note", NOTE, 60),
                    _c("id", ID, header=ID_HEADER)),
}


def sheet_name(kind: str, language: str = "fr") -> str:
    fr, en = SHEET_NAMES[kind]
    return en if language == "en" else fr


def headers(kind: str, language: str = "fr") -> list[str]:
    return [c.title(language) for c in COLUMNS[kind]]


# --- value conversion -------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def partial_date(iso: str | None, language: str = "fr") -> dt.date | str | None:
    """A stored ISO prefix as a cell value: a date when known to the day, else the written text."""
    if not iso:
        return None
    parts = iso.split("-")
    if len(parts) == 3:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    if len(parts) == 2:
        names = MONTH_NAMES["en" if language == "en" else "fr"]
        return f"{names[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def _labeller(vocabulary: vocab.Vocabulary, language: str) -> Callable[[str | None], str | None]:
    table = {code: vocabulary.label(code, language) for code in vocabulary.codes}
    return lambda code: table.get(code, code) if code else None


def _countries(language: str) -> Callable[[str | None], str | None]:
    cache: dict[str, str] = {}

    def name(code):
        if not code:
            return None
        if code not in cache:
            cache[code] = country_name(code, language) or code
        return cache[code]

    return name


def _joined(values) -> str | None:
    if not values:
        return None
    return SEPARATOR.join(str(v) for v in values if v not in (None, "")) or None


def _names(values) -> str | None:
    """Names from a link lookup (never empty strings) joined with "; "."""
    return SEPARATOR.join(values) if values else None


def _phones(values) -> str | None:
    if not values:
        return None
    return _joined([p.get("number") if isinstance(p, dict) else p for p in values])


def _person(first, last) -> str | None:
    name = " ".join(p for p in (first, last) if p)
    return name or None


# --- streaming rows ---------------------------------------------------------------------------

def _raw(column):
    """The stored value without the ORM type's Python conversion (partial dates as ISO text)."""
    return type_coerce(column, String)


def _money(cents):
    return None if cents is None else cents / 100


def _json(value):
    """A JSON column read raw: text on SQLite, already decoded by other drivers."""
    return json.loads(value) if isinstance(value, str) else value


def _date(value):
    """A DATE column read raw: ISO text on SQLite, a date elsewhere."""
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _domain_names(conn: Connection) -> dict[int, str]:
    return dict(conn.execute(select(Domain.id, Domain.name)).all())


def _domains_by_owner(conn: Connection, table, owner_col: str, names: dict[int, str], ids) -> dict[int, list]:
    """{owner id: [domain names, sorted]} for one batch, without joining the small domains table."""
    owner = table.c[owner_col]
    stmt = select(owner, table.c.domain_id).where(owner.in_(bindparam("ids", expanding=True)))
    result: dict[int, list] = {}
    for owner_id, domain_id in conn.execute(stmt, {"ids": list(ids)}).cursor.fetchall():
        if owner_id in result:
            result[owner_id].append(names[domain_id])
        else:
            result[owner_id] = [names[domain_id]]
    for values in result.values():
        if len(values) > 1:
            values.sort()  # the order the application shows (by name, as stored)
    return result


def _stream(conn: Connection, kind: str, query: ListQuery, columns, joins=None) -> Iterator[list]:
    """Batches of rows (``model.id`` first, then ``columns``) of the list, in the list's order."""
    model = records.spec(kind).model
    ids = records.filtered(conn.dialect.name, kind, query).subquery()
    stmt = select(model.id, *columns)
    if joins is not None:
        stmt = joins(stmt)
    from db.services import listing

    if listing.by_standing(kind, query):   # agreements in the order of today's standing or current end
        order = listing.standing_ids(conn, query)
        for start in range(0, len(order), BATCH):
            wanted = order[start:start + BATCH]
            found = {row[0]: row for row in conn.execute(stmt.where(model.id.in_(wanted))).cursor.fetchall()}
            yield [found[i] for i in wanted if i in found]
        return
    stmt = stmt.where(model.id.in_(select(ids.c.id))).order_by(*records.order(kind, query))
    result = conn.execute(stmt)
    # The DB-API cursor's plain tuples: SQLAlchemy's per-row result processing is most of the cost
    # of reading 100,000 rows. Columns are chosen so that raw values are what the sheet needs
    # (partial dates as ISO text, money as cents); JSON lists and dates go through _json/_date.
    cursor = result.cursor
    try:
        while batch := cursor.fetchmany(BATCH):
            yield batch
    finally:
        result.close()


def _ordered_ids(conn: Connection, kind: str, query: ListQuery) -> list[int]:
    from db.services import listing

    if listing.by_standing(kind, query):   # agreements by today's standing or current end, as listed
        return listing.standing_ids(conn, query)
    model = records.spec(kind).model
    ids = records.filtered(conn.dialect.name, kind, query).subquery()
    stmt = select(model.id).where(model.id.in_(select(ids.c.id))).order_by(*records.order(kind, query))
    return list(conn.scalars(stmt))


def _names_by_owner(conn: Connection, table, owner_col: str, target, name_cols, ids, order_col=None) -> dict:
    """{owner id: [names]} for a link table, for one batch of owner ids."""
    owner = table.c[owner_col]
    target_fk = next(c for c in table.c if c.name != owner_col and c.name != "position")
    stmt = (select(owner, *name_cols).join(target, target.id == target_fk)
            .where(owner.in_(bindparam("ids", expanding=True))))
    if order_col is not None:
        stmt = stmt.order_by(owner, order_col)
    result: dict[int, list] = {}
    for row in conn.execute(stmt, {"ids": list(ids)}).cursor.fetchall():
        name = row[1] if len(name_cols) == 1 else _person(row[1], row[2])
        if row[0] in result:
            result[row[0]].append(name)
        else:
            result[row[0]] = [name]
    return result


def _batches(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start:start + BATCH]


def rows(conn: Connection, kind: str, query: ListQuery | None = None, language: str = "fr",
         today: dt.date | None = None) -> Iterator[list]:
    """The rows of one sheet, in the list's order, as lists of cell values (see module docstring);
    an agreement's standing and current end are those of ``today`` (default: the day of the export)."""
    query = query or ListQuery(limit=None)
    if kind == "session":
        yield from _session_rows(conn, query, language)
        return
    if kind == "agreement":
        yield from _agreement_rows(conn, query, language, today or dt.date.today())
        return
    yield from _ROWS[kind](conn, query, language)


def _links(conn, table, owner_col, target, name_cols, ids, order_col=None):
    return _names_by_owner(conn, table, owner_col, target, name_cols, ids, order_col)


def _partner_rows(conn, query, language):
    P = Partner
    kind, status, country = (_labeller(vocab.PARTNER_KIND, language), _labeller(vocab.PARTNER_STATUS, language),
                             _countries(language))
    columns = (P.name, P.kind, P.country, P.city, P.status, _raw(P.partner_since), P.referent, P.website, P.email,
               P.phone, P.description, P.notes, P.public_id)
    domain_names = _domain_names(conn)
    for batch in _stream(conn, "partner", query, columns):
        domains = _domains_by_owner(conn, partner_domains, "partner_id", domain_names, [r[0] for r in batch])
        for r in batch:
            yield [r[1], kind(r[2]), country(r[3]), r[4], _names(domains.get(r[0])), status(r[5]),
                   partial_date(r[6], language), r[7], r[8], r[9], r[10], r[11], r[12], r[13]]


def _standing_cells(r, language: str, today: dt.date) -> list:
    """Where the agreement stands on ``today`` and the end of its current period, as the printouts
    say them (``db.agreement_status``): « Reconduit tacitement », 22/05/2029."""
    from db.agreement_status import standing

    def pd(iso):
        return PartialDate.from_iso(iso) if iso else None

    state = standing(r[3], today, starts_on=pd(r[6]), ends_on=pd(r[7]), renewal=r[9], notice_months=r[10],
                     duration_years=r[8])
    return [state.label(language), state.until if state.renewals else partial_date(r[7], language)]


def _agreement_rows(conn, query, language, today):
    A = Agreement
    kind, status, renewal = (_labeller(vocab.AGREEMENT_KIND, language), _labeller(vocab.AGREEMENT_STATUS, language),
                             _labeller(vocab.RENEWAL, language))
    columns = (A.title, A.kind, A.status, _raw(A.signed_on), A.signed_at, _raw(A.starts_on), _raw(A.ends_on),
               A.duration_years, A.renewal, A.notice_months, A.signatories, type_coerce(A.budget, A.budget.type.impl),
               A.cofinancing_rate, A.funders, A.summary, A.notes, A.public_id)
    domain_names = _domain_names(conn)
    for batch in _stream(conn, "agreement", query, columns):
        ids = [r[0] for r in batch]
        partners = _links(conn, agreement_partners, "agreement_id", Partner, [Partner.name], ids,
                          agreement_partners.c.position)
        domains = _domains_by_owner(conn, agreement_domains, "agreement_id", domain_names, ids)
        for r in batch:
            i = r[0]
            yield [r[1], kind(r[2]), status(r[3]), _joined(partners.get(i)), _names(domains.get(i)),
                   partial_date(r[4], language), r[5], partial_date(r[6], language), partial_date(r[7], language),
                   r[8], renewal(r[9]), r[10], r[11], _money(r[12]), r[13], _joined(_json(r[14])), r[15], r[16], r[17],
                   *_standing_cells(r, language, today)]


def _contact_rows(conn, query, language):
    C = Contact
    country = _countries(language)
    columns = (C.civility, C.first_name, C.last_name, C.job_title, C.organisation, C.emails, C.phones, C.languages,
               C.country, C.purpose, C.source, C.last_contact_on, C.notes, C.public_id, C.address, C.no_contact)
    yes_no = ("yes", "no") if language == "en" else ("oui", "non")
    for batch in _stream(conn, "contact", query, columns):
        partners = _links(conn, contact_partners, "contact_id", Partner, [Partner.name], [r[0] for r in batch],
                          Partner.name)
        for r in batch:
            yield [r[1], r[2], r[3], r[4], r[5], _joined(partners.get(r[0])), _joined(_json(r[6])),
                   _phones(_json(r[7])), _joined(_json(r[8])), country(r[9]), r[10], r[11], _date(r[12]), r[13], r[14],
                   r[15], yes_no[0] if r[16] else yes_no[1]]


def _event_rows(conn, query, language):
    E = Event
    kind = _labeller(vocab.EVENT_KIND, language)
    columns = (E.title, E.kind, _raw(E.starts_on), _raw(E.ends_on), E.place, E.attendance, E.summary, E.notes,
               E.public_id)
    for batch in _stream(conn, "event", query, columns):
        ids = [r[0] for r in batch]
        organisers = _links(conn, event_organisers, "event_id", Partner, [Partner.name], ids,
                            event_organisers.c.position)
        partners = _links(conn, event_partners, "event_id", Partner, [Partner.name], ids, Partner.name)
        for r in batch:
            i = r[0]
            yield [r[1], kind(r[2]), partial_date(r[3], language), partial_date(r[4], language), r[5],
                   _joined(organisers.get(i)), _joined(partners.get(i)), r[6], r[7], r[8], r[9]]


def _session_rows(conn, query, language):
    S = EventSession
    kind = _labeller(vocab.SESSION_KIND, language)
    moderator, rapporteur = aliased(Contact), aliased(Contact)
    event_ids = _ordered_ids(conn, "event", query)
    for chunk in _batches(event_ids):
        stmt = (select(S.id, S.event_id, Event.title, S.title, S.kind, _raw(S.date), S.start_time, S.end_time, S.room,
                       moderator.first_name, moderator.last_name, rapporteur.first_name, rapporteur.last_name,
                       S.attendance, S.minutes, S.takeaways, S.public_id)
                .join(Event, Event.id == S.event_id)
                .outerjoin(moderator, moderator.id == S.moderator_id)
                .outerjoin(rapporteur, rapporteur.id == S.rapporteur_id)
                .where(S.event_id.in_(bindparam("ids", expanding=True))).order_by(S.position, S.id))
        by_event: dict[int, list] = {}
        for r in conn.execute(stmt, {"ids": chunk}).all():
            by_event.setdefault(r[1], []).append(r)
        session_ids = [r[0] for rs in by_event.values() for r in rs]
        speakers = _links(conn, session_speakers, "event_session_id", Contact, [Contact.first_name, Contact.last_name],
                          session_ids, session_speakers.c.position) if session_ids else {}
        for event_id in chunk:
            for r in by_event.get(event_id, ()):
                yield [r[2], r[3], kind(r[4]), partial_date(r[5], language), r[6], r[7], r[8], _person(r[9], r[10]),
                       _joined(speakers.get(r[0])), _person(r[11], r[12]), r[13], r[14], r[15], r[16]]


def _followup_rows(conn, query, language):
    F = FollowUp
    status, priority = _labeller(vocab.FOLLOWUP_STATUS, language), _labeller(vocab.PRIORITY, language)
    columns = (F.title, F.owner, _raw(F.due_on), F.status, F.priority, F.completed_on,
               type_coerce(F.cost, F.cost.type.impl), Partner.name, Agreement.title, Contact.first_name,
               Contact.last_name, Event.title, F.details, F.public_id)

    def joins(stmt):
        return (stmt.outerjoin(Partner, Partner.id == F.partner_id).outerjoin(Agreement, Agreement.id == F.agreement_id)
                .outerjoin(Contact, Contact.id == F.contact_id).outerjoin(Event, Event.id == F.event_id))

    for batch in _stream(conn, "followup", query, columns, joins):
        for r in batch:
            yield [r[1], r[2], partial_date(r[3], language), status(r[4]), priority(r[5]), _date(r[6]), _money(r[7]),
                   r[8], r[9], _person(r[10], r[11]), r[12], r[13], r[14]]


def _interaction_rows(conn, query, language):
    I = Interaction  # noqa: E741
    kind = _labeller(vocab.INTERACTION_KIND, language)
    columns = (I.occurred_on, I.kind, Partner.name, Contact.first_name, Contact.last_name, I.people, I.note,
               I.public_id)

    def joins(stmt):
        return stmt.outerjoin(Partner, Partner.id == I.partner_id).outerjoin(Contact, Contact.id == I.contact_id)

    for batch in _stream(conn, "interaction", query, columns, joins):
        for r in batch:
            yield [_date(r[1]), kind(r[2]), r[3], _person(r[4], r[5]), r[6], r[7], r[8]]


_ROWS = {"partner": _partner_rows, "contact": _contact_rows, "event": _event_rows,
         "followup": _followup_rows, "interaction": _interaction_rows}


def sheets_for(kind: str | None) -> list[str]:
    """The sheets an export writes: every kind (with sessions after events), or one kind."""
    if kind is None:
        return ["partner", "agreement", "contact", "event", "session", "followup", "interaction"]
    return [kind, "session"] if kind == "event" else [kind]


def query_for(kind: str, search: str = "", query: ListQuery | None = None) -> ListQuery:
    """The whole list (no page limit) for a kind: the given list query, or a plain search."""
    if query is not None:
        return ListQuery(search=query.search, sort=query.sort, descending=query.descending, offset=0, limit=None,
                         include_deleted=query.include_deleted, filters=dict(query.filters))
    return ListQuery(search=search, limit=None)
