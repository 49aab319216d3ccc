"""The yearly retention review (GDPR): the people with no interaction for N years (N set by the
office, ``RETENTION_YEARS``), to anonymise or keep one more year. Qt-free.

A person's last interaction is the latest of their last contact date (kept by the exchanges), the
events they were invited to or attended, the follow-ups about them, and — for someone never in
touch — the day their record was made. Someone the office chose to keep is not asked again for a
year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Change, Contact, Event, EventParticipant, FollowUp
from db.models.types import utcnow
from db.service_messages import ServiceMessage
from db.services import records
from db.services import settings as prefs

RETENTION_YEARS = "retention_years"
DEFAULT_YEARS = 3  # the CNIL's usual term for contacts without any exchange
MAX_YEARS = 30


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    organisation: str | None
    last_interaction: dt.date
    kept_on: dt.date | None


def years(session: Session) -> int:
    value = prefs.get(session, RETENTION_YEARS, DEFAULT_YEARS)
    try:
        return max(1, min(MAX_YEARS, int(value)))
    except (TypeError, ValueError):
        return DEFAULT_YEARS


def set_years(session: Session, value: int) -> None:
    if not isinstance(value, int) or not 1 <= value <= MAX_YEARS:
        raise prefs.SettingError(ServiceMessage("retention_years", most=MAX_YEARS))
    prefs.set(session, RETENTION_YEARS, value)


def _years_before(day: dt.date, count: int) -> dt.date:
    try:
        return day.replace(year=day.year - count)
    except ValueError:  # 29 February
        return day.replace(year=day.year - count, day=28)


def candidates(session: Session, today: dt.date, limit: int | None = None) -> list[Candidate]:
    """The live, not anonymised contacts without any interaction since N years, oldest first."""
    cutoff = _years_before(today, years(session))
    kept_since = _years_before(today, 1)
    events = (select(EventParticipant.contact_id, func.max(Event.starts_on).label("day"))
              .join(Event, Event.id == EventParticipant.event_id).group_by(EventParticipant.contact_id).subquery())
    followups = (select(FollowUp.contact_id, func.max(FollowUp.updated_at).label("at"))
                 .where(FollowUp.deleted_at.is_(None)).group_by(FollowUp.contact_id).subquery())
    query = (select(Contact.public_id, Contact.first_name, Contact.last_name, Contact.organisation,
                    Contact.last_contact_on, Contact.created_at, Contact.retention_kept_on, events.c.day, followups.c.at)
             .outerjoin(events, events.c.contact_id == Contact.id)
             .outerjoin(followups, followups.c.contact_id == Contact.id)
             .where(Contact.deleted_at.is_(None), Contact.anonymised_at.is_(None),
                    (Contact.retention_kept_on.is_(None)) | (Contact.retention_kept_on <= kept_since),
                    (Contact.last_contact_on.is_(None)) | (Contact.last_contact_on < cutoff))
             .order_by(Contact.sort_name))
    found = []
    for row in session.execute(query):
        days = [row.last_contact_on, row.created_at.date() if row.last_contact_on is None else None,
                row.day.first_day() if row.day is not None else None, row.at.date() if row.at is not None else None]
        last = max(d for d in days if d is not None)
        if last < cutoff:
            name = " ".join(p for p in (row.first_name, row.last_name) if p)
            found.append(Candidate(row.public_id, name, row.organisation, last, row.retention_kept_on))
    found.sort(key=lambda c: (c.last_interaction, c.name))
    return found[:limit] if limit else found


def keep(session: Session, references: list[str], today: dt.date, actor: str | None) -> int:
    """Keep these people one more year (the decision is recorded in their history)."""
    for reference in references:
        contact = records.get(session, "contact", reference)
        contact.retention_kept_on = today
        session.add(Change(kind="contact", record_id=contact.public_id, action="retention_keep", actor=actor,
                           before=None, after={"retention_kept_on": today.isoformat()}, at=utcnow()))
    return len(references)
