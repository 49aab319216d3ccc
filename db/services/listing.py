"""Lean list data for table views: sorted ids of a filtered list, then only the shown columns of a page.

A list of 100,000 records is one ``SELECT id … ORDER BY …`` (sorted and filtered in the database,
with ``records.filtered()``), kept as a list of integers; rows are then read a window at a time
as plain tuples of raw values (``PartialDate``, ``Decimal``, codes) — no ORM objects, no
``XxxOut``. Formatting (labels, country names, locale dates) is the view's business.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import KINDS as MODELS
from db.models import (
    Agreement,
    BudgetLine,
    Contact,
    Domain,
    Event,
    FollowUp,
    Partner,
    agreement_partners,
)
from db.services.records import DEFAULT_SORT, SORTS, ListQuery, filtered, spec

KINDS = ("partner", "agreement", "contact", "event", "followup")

# Table aliases, not ORM ``aliased()``: that would configure every mapper when this module is
# imported (at start-up, about 0.05 s), before any list is opened
_fp, _fa, _fe = Partner.__table__.alias("fp"), Agreement.__table__.alias("fa"), Event.__table__.alias("fe")

# what the budget lines of an agreement or an event have paid, all years together (the "Versé" column)
_BUDGET = BudgetLine.__table__
_AGREEMENT_PAID = (select(func.sum(_BUDGET.c.paid)).where(_BUDGET.c.agreement_id == Agreement.id)
                   .correlate(Agreement).scalar_subquery())
_EVENT_PAID = (select(func.sum(_BUDGET.c.paid)).where(_BUDGET.c.event_id == Event.id)
               .correlate(Event).scalar_subquery())

_AGREEMENT_DATES = (Agreement.status, Agreement.starts_on, Agreement.ends_on, Agreement.renewal,
                    Agreement.notice_months, Agreement.duration_years)

# kind -> field key -> column expressions (one, or several read together as a tuple)
FIELDS: dict[str, dict[str, tuple]] = {
    "partner": {
        "name": (Partner.name,), "kind": (Partner.kind,), "country": (Partner.country,), "city": (Partner.city,),
        "status": (Partner.status,), "partner_since": (Partner.partner_since,), "referent": (Partner.referent,),
        "email": (Partner.email,), "updated_at": (Partner.updated_at,),
    },
    "agreement": {
        "title": (Agreement.title,), "partners": (), "kind": (Agreement.kind,),
        # the status is shown as where the agreement stands today (db.agreement_status): read with its dates
        "status": _AGREEMENT_DATES,
        # the end shown is the end of the current period (a tacit renewal's): read with the same fields
        "ends_on": _AGREEMENT_DATES,
        "signed_on": (Agreement.signed_on,), "starts_on": (Agreement.starts_on,),
        "budget": (Agreement.budget,), "paid": (_AGREEMENT_PAID,), "updated_at": (Agreement.updated_at,),
    },
    "contact": {
        "name": (Contact.first_name, Contact.last_name), "organisation": (Contact.organisation,),
        "job_title": (Contact.job_title,), "country": (Contact.country,), "emails": (Contact.emails,),
        "phones": (Contact.phones,), "last_contact_on": (Contact.last_contact_on,),
        "updated_at": (Contact.updated_at,),
    },
    "event": {
        "title": (Event.title,), "kind": (Event.kind,), "starts_on": (Event.starts_on,), "ends_on": (Event.ends_on,),
        "place": (Event.place,), "attendance": (Event.attendance,), "paid": (_EVENT_PAID,),
        "updated_at": (Event.updated_at,),
    },
    "followup": {
        "title": (FollowUp.title,), "owner": (FollowUp.owner,), "due_on": (FollowUp.due_on,),
        "status": (FollowUp.status,), "priority": (FollowUp.priority,),
        "linked": (_fp.c.name, _fa.c.title, _fe.c.title), "updated_at": (FollowUp.updated_at,),
    },
}

_EXTRA_SORTS: dict[str, dict[str, Any]] = {
    "partner": {"email": Partner.email},
    "agreement": {"starts_on": Agreement.starts_on},
    "contact": {"phones": None, "emails": None},
    "event": {"ends_on": Event.ends_on},
    "followup": {},
}


def sort_column(kind: str, key: str | None):
    """The SQL expression a field sorts by, or None when it cannot be sorted."""
    if key is None:
        return None
    if key in SORTS[kind]:
        return SORTS[kind][key]
    return _EXTRA_SORTS.get(kind, {}).get(key)


def sortable(kind: str, key: str) -> bool:
    return sort_column(kind, key) is not None


def id_statement(dialect: str, kind: str, query: ListQuery):
    """``SELECT id`` of the filtered list in display order (nulls last, ties by id)."""
    model = spec(kind).model
    column = sort_column(kind, query.sort) if query.sort else None
    if column is None:
        column = SORTS[kind][DEFAULT_SORT[kind]]
    primary = column.desc() if query.descending else column.asc()
    tie = model.id.desc() if query.descending else model.id.asc()
    return filtered(dialect, kind, query).order_by(column.is_(None), primary, tie)


STANDING_ORDER = ("draft", "negotiation", "pending", "in_force", "renewed", "expired", "terminated")


def by_standing(kind: str, query: ListQuery) -> bool:
    """True when the list sorts agreements by what is true today (``db.agreement_status``): their
    standing (« Statut ») or their current end (« Échéance »), as the list shows them and the
    printouts print them, not by the recorded status or first end."""
    return kind == "agreement" and query.sort in ("status", "ends_on")


def standing_ids(session, query: ListQuery, today: dt.date | None = None) -> list[int]:
    """The filtered agreements' ids in the order of their standing or current end (ties by id, no
    end last): computed here, since a renewed end is not a column. ``session``: a Session or a
    Connection (the exports read through one)."""
    from db.agreement_status import _day, current_end, of

    today = today or dt.date.today()
    dialect = session.get_bind().dialect.name if isinstance(session, Session) else session.dialect.name
    ids = filtered(dialect, "agreement", query).subquery()
    A = Agreement
    rows = session.execute(select(A.id, A.status, A.starts_on, A.ends_on, A.renewal, A.notice_months,
                                  A.duration_years).where(A.id.in_(select(ids.c.id)))).all()
    keyed = []
    for row in rows:
        state = of(row, today)
        if query.sort == "status":
            key = STANDING_ORDER.index(state.key) if state.key in STANDING_ORDER else len(STANDING_ORDER)
        else:
            end = current_end(state, row.ends_on)
            key = _day(end)
        keyed.append((key is None, key, row.id))
    present = sorted((k for k in keyed if not k[0]), key=lambda k: (k[1], k[2]), reverse=bool(query.descending))
    missing = sorted((k for k in keyed if k[0]), key=lambda k: k[2], reverse=bool(query.descending))
    return [k[2] for k in present + missing]


def ordered_ids(session: Session, kind: str, query: ListQuery, first: int | None = None) -> list[int]:
    """Every id of the filtered list, sorted (only the ``first`` ones when given); ``query.offset``/``limit`` are ignored.

    ``first``: a list's first screen, read before the whole list (SQLite keeps the best rows
    of its sort instead of sorting them all: 300,000 follow-ups in a third of the time).

    100,000 ids are fetched straight from the DB-API cursor of the session's connection (the SQL
    compiled by SQLAlchemy, parameters processed by its bind processors): a result row object per
    id would cost as much as the query itself.
    """
    if by_standing(kind, query):
        found = standing_ids(session, query)
        return found[:first] if first is not None else found
    connection = session.connection()
    statement = id_statement(connection.dialect.name, kind, query)
    if first is not None:
        statement = statement.limit(first)
    if connection.dialect.paramstyle == "qmark":
        compiled = statement.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        processors = compiled._bind_processors
        values = [processors[key](params[key]) if key in processors else params[key]
                  for key in compiled.positiontup or ()]
        cursor = connection.connection.dbapi_connection.cursor()
        try:
            cursor.execute(str(compiled), values)
            return [row[0] for row in cursor.fetchall()]
        finally:
            cursor.close()
    return list(connection.execute(statement).scalars())


def rows(session: Session, kind: str, ids: list[int], keys: list[str] | None = None) -> dict[int, tuple]:
    """``{id: (public_id, value_per_key…)}`` for these ids; a multi-column field gives a tuple."""
    if not ids:
        return {}
    fields = FIELDS[kind]
    keys = list(keys or fields)
    model = spec(kind).model
    columns: list = [model.id, model.public_id]
    slices: list[tuple[int, int]] = []
    for key in keys:
        exprs = fields[key]
        slices.append((len(columns), len(columns) + len(exprs)))
        columns.extend(exprs)
    stmt = select(*columns).where(model.id.in_(ids))
    if kind == "followup":
        stmt = (stmt.outerjoin(_fp, _fp.c.id == FollowUp.partner_id).outerjoin(_fa, _fa.c.id == FollowUp.agreement_id)
                .outerjoin(_fe, _fe.c.id == FollowUp.event_id))
    result: dict[int, tuple] = {}
    for raw in session.execute(stmt):
        values = [raw[1]]
        for start, end in slices:
            if end - start == 1:
                values.append(raw[start])
            elif end == start:
                values.append(None)
            else:
                values.append(tuple(raw[start:end]))
        result[raw[0]] = tuple(values)
    if kind == "agreement" and "partners" in keys:
        _fill_agreement_partners(session, ids, keys.index("partners") + 1, result)
    return result


def _fill_agreement_partners(session: Session, ids: list[int], position: int, result: dict[int, tuple]) -> None:
    names: dict[int, list[str]] = {}
    stmt = (select(agreement_partners.c.agreement_id, Partner.name)
            .join(Partner, Partner.id == agreement_partners.c.partner_id)
            .where(agreement_partners.c.agreement_id.in_(ids))
            .order_by(agreement_partners.c.agreement_id, agreement_partners.c.position))
    for agreement_id, name in session.execute(stmt):
        names.setdefault(agreement_id, []).append(name)
    for agreement_id, row in result.items():
        values = list(row)
        values[position] = tuple(names.get(agreement_id, ()))
        result[agreement_id] = tuple(values)


def counts(session: Session) -> dict[str, int]:
    """Live records of each kind, in one query on the tables (no schema, no ORM work: the status bar at start-up)."""
    tables = [MODELS[kind].__table__ for kind in KINDS]
    row = session.execute(select(*[
        select(func.count()).select_from(t).where(t.c.deleted_at.is_(None)).scalar_subquery() for t in tables])).one()
    return {kind: n or 0 for kind, n in zip(KINDS, row, strict=True)}


def domain_names(session: Session) -> list[str]:
    return list(session.scalars(select(Domain.name).order_by(Domain.position, Domain.name)))


def distinct_values(session: Session, kind: str, key: str, limit: int = 500) -> list[str]:
    """Distinct non-empty values of a one-column field (owners, referents), for filter pickers.

    Deleted records count too, so that an indexed column is read from its index alone.
    """
    (column,) = FIELDS[kind][key]
    stmt = select(column).where(column.is_not(None), column != "").group_by(column).order_by(column).limit(limit)
    return list(session.scalars(stmt))


def used_countries(session: Session, kind: str) -> list[str]:
    """Countries of the records of a kind (deleted ones included: read from the index alone)."""
    model = spec(kind).model
    return list(session.scalars(select(model.country).where(model.country.is_not(None)).group_by(model.country)))
