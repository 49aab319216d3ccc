"""What the record of processing (« registre des traitements », GDPR article 30) of the catalogue says,
read from the catalogue itself: who is responsible, the purposes and sources recorded on the
contacts, how many people, objections and anonymisations, the retention rule and who works on the
data. Qt-free; ``desktop.printing.html_personal.processing_register`` prints it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Change, Contact, EventParticipant, Interaction
from db.services import retention
from db.services import settings as prefs


@dataclass(frozen=True)
class Register:
    office: str
    city: str
    dpo: str
    engine: str  # "sqlite" (a file on a PC or a share) or "postgresql" (a server)
    people: int
    no_contact: int
    anonymised: int
    participants: int  # lines of attendance lists and invitations
    interactions: int
    purposes: list[tuple[str | None, int]]
    sources: list[tuple[str | None, int]]
    actors: list[str]
    retention_years: int
    to_review: int
    today: dt.date


def _counted(session: Session, column) -> list[tuple[str, int]]:
    rows = session.execute(select(column, func.count()).where(Contact.deleted_at.is_(None),
                                                             Contact.anonymised_at.is_(None))
                           .group_by(column).order_by(func.count().desc()))
    return [(value or None, count) for value, count in rows]  # None: not given (the printout says it)


def processing_register(session: Session, today: dt.date) -> Register:
    identity = prefs.office_identity(session)
    live = Contact.deleted_at.is_(None)
    people = session.scalar(select(func.count()).select_from(Contact).where(live)) or 0
    no_contact = session.scalar(select(func.count()).select_from(Contact).where(live, Contact.no_contact)) or 0
    anonymised = session.scalar(select(func.count()).select_from(Contact)
                                .where(Contact.anonymised_at.is_not(None))) or 0
    participants = session.scalar(select(func.count()).select_from(EventParticipant)) or 0
    interactions = session.scalar(select(func.count()).select_from(Interaction)
                                  .where(Interaction.deleted_at.is_(None))) or 0
    actors = sorted({a for (a,) in session.execute(select(Change.actor).distinct()) if a})
    return Register(identity.name, identity.city, prefs.text(session, prefs.DPO), session.get_bind().dialect.name,
                    people, no_contact, anonymised, participants, interactions,
                    _counted(session, Contact.purpose), _counted(session, Contact.source), actors,
                    retention.years(session), len(retention.candidates(session, today)), today)
