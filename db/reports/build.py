"""Builders of the report data, each from a live session (the caller's unit of work)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Contact, FollowUp, Partner
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


def _summary(session: Session, partner, today: dt.date) -> PartnerSummary:
    out = records.spec("partner").out(partner)
    linked = {"partner": out.id}
    events = _list(session, "event", filters=linked, sort="starts_on")
    past = [e for e in events if e.starts_on is not None and e.starts_on.first_day() <= today]
    upcoming = [e for e in events if e.starts_on is not None and e.starts_on.first_day() > today]
    return PartnerSummary(
        partner=out,
        agreements=_list(session, "agreement", filters=linked, sort="signed_on", descending=True),
        contacts=_list(session, "contact", filters=linked),
        recent_events=list(reversed(past))[:RECENT_EVENTS],
        upcoming_events=upcoming[:UPCOMING_EVENTS],
        open_followups=_lines(_list(session, "followup", filters={**linked, "status": "open"}), today),
        interactions=_list(session, "interaction", filters=linked, sort="occurred_on", descending=True,
                           limit=LAST_INTERACTIONS),
        today=today,
    )


def partner_summary(session: Session, reference: str, today: dt.date | None = None) -> PartnerSummary:
    """The fiche partenaire of a partner given by public id or unambiguous name."""
    return _summary(session, records.get(session, "partner", reference), today or dt.date.today())


def partner_summaries(session: Session, *, active_only: bool = True,
                      today: dt.date | None = None) -> Iterator[PartnerSummary]:
    """Summaries of every (active) partner, by name: the batch printed one partner per page."""
    today = today or dt.date.today()
    query = select(Partner).where(Partner.deleted_at.is_(None)).order_by(Partner.name_key, Partner.id)
    if active_only:
        query = query.where(Partner.status == "active")
    for partner in session.scalars(query).all():
        yield _summary(session, partner, today)


def agreement_sheet(session: Session, reference: str, today: dt.date | None = None) -> AgreementSheet:
    today = today or dt.date.today()
    obj = records.get(session, "agreement", reference)
    out = records.spec("agreement").out(obj)
    followups = session.scalars(select(FollowUp).where(FollowUp.agreement_id == obj.id, FollowUp.deleted_at.is_(None))
                                .order_by(FollowUp.due_on.is_(None), FollowUp.due_on, FollowUp.id))
    partner_spec = records.spec("partner")
    return AgreementSheet(agreement=out, partners=[partner_spec.out(p) for p in obj.partners if p.deleted_at is None],
                          followups=_lines([records.spec("followup").out(f) for f in followups], today), today=today)


def event_minutes(session: Session, reference: str, today: dt.date | None = None) -> EventMinutes:
    today = today or dt.date.today()
    obj = records.get(session, "event", reference)
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
    """Agreements signed or in force, the soonest to end first (for the council)."""
    items = _list(session, "agreement", filters={"status": ["signed", "active"]}, sort="ends_on")
    return ListReport("active_agreements", "", items, today or dt.date.today())


def partner_contacts(session: Session, reference: str, today: dt.date | None = None) -> ListReport:
    partner = records.get(session, "partner", reference)
    items = _list(session, "contact", filters={"partner": partner.public_id})
    return ListReport("partner_contacts", partner.name, items, today or dt.date.today())


def owner_followups(session: Session, owner: str, today: dt.date | None = None, *,
                    include_closed: bool = False) -> ListReport:
    """The follow-ups of one person (case-insensitive), open ones only unless asked."""
    today = today or dt.date.today()
    filters: dict = {"owner": owner.strip()}
    if not include_closed:
        filters["status"] = "open"
    items = _list(session, "followup", filters=filters)
    name = session.scalar(select(FollowUp.owner).where(func.lower(FollowUp.owner) == owner.strip().lower())) or owner
    return ListReport("owner_followups", name, items, today, frozenset(f.id for f in items if is_overdue(f, today)))
