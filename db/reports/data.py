"""The report DTOs: plain frozen dataclasses of ``XxxOut`` records and a few computed facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from db.schemas.out import (
    AgreementOut,
    ContactOut,
    EventOut,
    FollowUpOut,
    InteractionOut,
    PartnerOut,
)


def is_overdue(followup: FollowUpOut, today: dt.date) -> bool:
    """Open and past its due date (a month- or year-only date is due at the end of that period)."""
    return followup.status == "open" and followup.due_on is not None and followup.due_on.last_day() < today


@dataclass(frozen=True)
class FollowUpLine:
    followup: FollowUpOut
    overdue: bool


@dataclass(frozen=True)
class PartnerSummary:
    """The fiche partenaire: the partner and what surrounds it, as of ``today``."""

    partner: PartnerOut
    agreements: list[AgreementOut]
    contacts: list[ContactOut]
    recent_events: list[EventOut]
    upcoming_events: list[EventOut]
    open_followups: list[FollowUpLine]
    interactions: list[InteractionOut]
    today: dt.date


@dataclass(frozen=True)
class AgreementSheet:
    agreement: AgreementOut
    partners: list[PartnerOut]
    followups: list[FollowUpLine]
    today: dt.date

    @property
    def standing(self):
        """Where the agreement stands on ``today`` (``db.agreement_status.Standing``)."""
        from db.agreement_status import of

        return of(self.agreement, self.today)

    @property
    def days_to_end(self) -> int | None:
        """Days to the end of the current period (tacit renewals included); None when open-ended or not in force."""
        until = self.standing.until
        return None if until is None else (until - self.today).days


@dataclass(frozen=True)
class EventMinutes:
    """The compte rendu of an event: its sessions, the people in them and the follow-ups it produced."""

    event: EventOut
    people: dict[str, ContactOut]  # public id -> contact, for every moderator, speaker and rapporteur
    followups: list[FollowUpLine]
    today: dt.date


@dataclass(frozen=True)
class ListReport:
    """A printed list: ``kind`` says which columns (``active_agreements``, ``partner_contacts``, ``owner_followups``)."""

    kind: str
    subject: str = ""  # the partner's name or the owner, for the title; empty for catalogue-wide lists
    items: list = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)
    overdue: frozenset[str] = frozenset()  # public ids of overdue follow-ups
