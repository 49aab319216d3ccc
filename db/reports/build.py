"""Builders of the report data, each from a live session (the caller's unit of work)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import agreement_status
from db.models import (
    Agreement,
    Contact,
    Event,
    FollowUp,
    Interaction,
    Partner,
    agreement_partners,
    contact_partners,
    event_organisers,
    event_partners,
)
from db.reports.data import (
    AgreementSheet,
    EventMinutes,
    FollowUpLine,
    ListReport,
    PartnerSummary,
    is_overdue,
)
from db.services import records
from db.services.records import ListQuery

RECENT_EVENTS = 3
UPCOMING_EVENTS = 3
LAST_INTERACTIONS = 4


def _lines(followups, today: dt.date) -> list[FollowUpLine]:
    return [FollowUpLine(f, is_overdue(f, today)) for f in followups]


def _list(session: Session, kind: str, **kwargs) -> list:
    return records.list_records(session, kind, ListQuery(limit=kwargs.pop("limit", None), **kwargs))


def _by_partner(session: Session, stmt, ids: list[int]) -> dict[int, list]:
    """{partner id: [records]} from a SELECT of (partner id, record) over one chunk of partners."""
    grouped: dict[int, list] = {i: [] for i in ids}
    for partner_id, obj in session.execute(stmt):
        if obj not in grouped[partner_id]:
            grouped[partner_id].append(obj)
    return grouped


def _ordered(objs: list, key: str, descending: bool = False) -> list:
    """The list views' order: by ``key`` (empty values last), then by id, either way."""
    present = sorted((o for o in objs if getattr(o, key) is not None),
                     key=lambda o: (str(getattr(o, key)), o.id), reverse=descending)
    missing = sorted((o for o in objs if getattr(o, key) is None), key=lambda o: o.id, reverse=descending)
    return present + missing


def _summaries(session: Session, partners: list, today: dt.date) -> list[PartnerSummary]:
    """Summaries of several partners with a handful of queries per kind (not per partner)."""
    specs = {kind: records.spec(kind) for kind in ("partner", "agreement", "contact", "event", "followup", "interaction")}
    ids = [p.id for p in partners]
    live = {m: m.deleted_at.is_(None) for m in (Agreement, Contact, Event, FollowUp, Interaction)}
    ap, cp, eo, ep = agreement_partners, contact_partners, event_organisers, event_partners
    agreements = _by_partner(session, select(ap.c.partner_id, Agreement).join(Agreement, Agreement.id == ap.c.agreement_id)
                             .where(ap.c.partner_id.in_(ids), live[Agreement]), ids)
    contacts = _by_partner(session, select(cp.c.partner_id, Contact).join(Contact, Contact.id == cp.c.contact_id)
                           .where(cp.c.partner_id.in_(ids), live[Contact]), ids)
    events = _by_partner(session, select(eo.c.partner_id, Event).join(Event, Event.id == eo.c.event_id)
                         .where(eo.c.partner_id.in_(ids), live[Event]), ids)
    for partner_id, objs in _by_partner(session, select(ep.c.partner_id, Event).join(Event, Event.id == ep.c.event_id)
                                        .where(ep.c.partner_id.in_(ids), live[Event]), ids).items():
        events[partner_id].extend(o for o in objs if o not in events[partner_id])
    followups = _by_partner(session, select(FollowUp.partner_id, FollowUp).where(
        FollowUp.partner_id.in_(ids), FollowUp.status == "open", live[FollowUp]), ids)
    interactions = _by_partner(session, select(Interaction.partner_id, Interaction).where(
        Interaction.partner_id.in_(ids), live[Interaction]), ids)
    cache: dict[tuple[str, int], object] = {}

    def out(kind, obj):
        if (kind, obj.id) not in cache:
            cache[kind, obj.id] = specs[kind].out(obj)
        return cache[kind, obj.id]

    result = []
    for partner in partners:
        i = partner.id
        dated = _ordered(events[i], "starts_on")
        past = [e for e in dated if e.starts_on is not None and e.starts_on.first_day() <= today]
        upcoming = [e for e in dated if e.starts_on is not None and e.starts_on.first_day() > today]
        result.append(PartnerSummary(
            partner=specs["partner"].out(partner),
            agreements=[out("agreement", a) for a in _ordered(agreements[i], "signed_on", descending=True)],
            contacts=[out("contact", c) for c in _ordered(contacts[i], "sort_name")],
            recent_events=[out("event", e) for e in list(reversed(past))[:RECENT_EVENTS]],
            upcoming_events=[out("event", e) for e in upcoming[:UPCOMING_EVENTS]],
            open_followups=_lines([out("followup", f) for f in _ordered(followups[i], "due_on")], today),
            interactions=[out("interaction", x) for x in
                          _ordered(interactions[i], "occurred_on", descending=True)[:LAST_INTERACTIONS]],
            today=today,
        ))
    return result


def partner_summary(session: Session, reference: str, today: dt.date | None = None) -> PartnerSummary:
    """The fiche partenaire of a partner given by public id or unambiguous name."""
    return _summaries(session, [records.get(session, "partner", reference, loose=True)], today or dt.date.today())[0]


def partner_summaries(session: Session, *, active_only: bool = True, today: dt.date | None = None,
                      chunk: int = 200) -> Iterator[PartnerSummary]:
    """Summaries of every (active) partner, by name: the batch printed one partner per page."""
    today = today or dt.date.today()
    query = select(Partner).where(Partner.deleted_at.is_(None)).order_by(Partner.name_key, Partner.id)
    if active_only:
        query = query.where(Partner.status == "active")
    partners = list(session.scalars(query))
    for start in range(0, len(partners), chunk):
        yield from _summaries(session, partners[start:start + chunk], today)


def agreement_sheet(session: Session, reference: str, today: dt.date | None = None) -> AgreementSheet:
    today = today or dt.date.today()
    obj = records.get(session, "agreement", reference, loose=True)
    out = records.spec("agreement").out(obj)
    followups = session.scalars(select(FollowUp).where(FollowUp.agreement_id == obj.id, FollowUp.deleted_at.is_(None))
                                .order_by(FollowUp.due_on.is_(None), FollowUp.due_on, FollowUp.id))
    partner_spec = records.spec("partner")
    return AgreementSheet(agreement=out, partners=[partner_spec.out(p) for p in obj.partners if p.deleted_at is None],
                          followups=_lines([records.spec("followup").out(f) for f in followups], today), today=today)


def event_minutes(session: Session, reference: str, today: dt.date | None = None) -> EventMinutes:
    today = today or dt.date.today()
    obj = records.get(session, "event", reference, loose=True)
    out = records.spec("event").out(obj)
    ids = {link.id for s in out.sessions for link in (s.moderator, s.rapporteur, *s.speakers) if link is not None}
    contact_spec = records.spec("contact")
    people = {c.public_id: contact_spec.out(c)
              for c in session.scalars(select(Contact).where(Contact.public_id.in_(ids)))} if ids else {}
    followups = session.scalars(select(FollowUp).where(FollowUp.event_id == obj.id, FollowUp.deleted_at.is_(None))
                                .order_by(FollowUp.due_on.is_(None), FollowUp.due_on, FollowUp.id))
    return EventMinutes(event=out, people=people,
                        followups=_lines([records.spec("followup").out(f) for f in followups], today), today=today)


def active_agreements(session: Session, today: dt.date | None = None) -> ListReport:
    """Agreements in force today (``db.agreement_status``: tacit renewals included, lapsed ones left out),
    the soonest to end first (for the council)."""
    today = today or dt.date.today()
    items = _list(session, "agreement", filters={"status": ["signed", "active"]}, sort="ends_on")
    items = [a for a in items if agreement_status.of(a, today).in_force]
    items.sort(key=lambda a: (agreement_status.of(a, today).until or dt.date.max, a.title))
    return ListReport("active_agreements", "", items, today)


def all_agreements(session: Session, today: dt.date | None = None) -> ListReport:
    """Every agreement, whatever its standing (drafts, expired, terminated too), by title."""
    today = today or dt.date.today()
    items = _list(session, "agreement", sort="title")
    return ListReport("all_agreements", "", items, today)


def partner_contacts(session: Session, reference: str, today: dt.date | None = None) -> ListReport:
    partner = records.get(session, "partner", reference, loose=True)
    items = _list(session, "contact", filters={"partner": partner.public_id})
    return ListReport("partner_contacts", partner.name, items, today or dt.date.today())


def owner_followups(session: Session, owner: str, today: dt.date | None = None, *,
                    include_closed: bool = False) -> ListReport:
    """The follow-ups of one person (case-insensitive), open ones only unless asked; everyone's
    (``owner`` empty), the soonest due first."""
    today = today or dt.date.today()
    filters: dict = {"owner": owner.strip()} if owner.strip() else {}
    if not include_closed:
        filters["status"] = "open"
    items = _list(session, "followup", filters=filters, sort="due_on")
    if not owner.strip():
        return ListReport("owner_followups", "", items, today, frozenset(f.id for f in items if is_overdue(f, today)))
    name = session.scalar(select(FollowUp.owner).where(func.lower(FollowUp.owner) == owner.strip().lower())) or owner
    return ListReport("owner_followups", name, items, today, frozenset(f.id for f in items if is_overdue(f, today)))
