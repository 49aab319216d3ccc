"""Output schemas (``XxxOut``): plain, detached data for views, threads and the JSON export.

Field names are the English names of DESIGN.md; ``model_dump(mode="json")`` is the JSON export
format documented in docs/json-export.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, PlainSerializer

from db.partial_date import PartialDate

PartialOut = Annotated[PartialDate | None, PlainSerializer(lambda d: None if d is None else d.iso(), return_type=str | None)]
MoneyOut = Annotated[Decimal | None, PlainSerializer(lambda d: None if d is None else float(d), return_type=float | None)]


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True, arbitrary_types_allowed=True, frozen=True,
                              defer_build=True)  # built at first use: start-up time


class Link(Out):
    """A link to another record: its public id and the name people know it by."""

    id: str
    name: str


class RecordOut(Out):
    id: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    created_by: str | None = None
    updated_by: str | None = None
    deleted_at: dt.datetime | None = None
    extra: dict[str, Any] = {}


class PartnerOut(RecordOut):
    name: str
    kind: str | None = None
    country: str | None = None
    city: str | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    domains: list[str] = []
    status: str = "active"
    active: bool = True
    partner_since: PartialOut = None
    referent: str | None = None
    description: str | None = None
    notes: str | None = None


class DocumentOut(Out):
    id: str
    name: str
    stored_name: str
    size: int
    added_at: dt.datetime
    added_by: str | None = None


class BudgetLineOut(Out):
    """One year of money on an agreement or an event; the same fields as ``BudgetLineIn``."""

    year: int
    label: str | None = None
    category: str | None = None
    country: str | None = None
    planned: MoneyOut = None
    committed: MoneyOut = None
    paid: MoneyOut = None
    cofinancers: list[str] = []


class AgreementOut(RecordOut):
    title: str
    kind: str | None = None
    status: str = "draft"
    partners: list[Link] = []
    domains: list[str] = []
    signed_on: PartialOut = None
    signed_at: str | None = None
    starts_on: PartialOut = None
    ends_on: PartialOut = None
    duration_years: int | None = None
    renewal: str = "none"
    notice_months: int | None = None
    signatories: str | None = None
    summary: str | None = None
    budget: MoneyOut = None
    cofinancing_rate: float | None = None
    funders: list[str] = []
    notes: str | None = None
    documents: list[DocumentOut] = []
    budget_lines: list[BudgetLineOut] = []


class PhoneOut(Out):
    kind: str = "phone"
    number: str


class ContactOut(RecordOut):
    civility: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    full_name: str
    job_title: str | None = None
    organisation: str | None = None
    partners: list[Link] = []
    emails: list[str] = []
    phones: list[PhoneOut] = []
    languages: list[str] = []
    country: str | None = None
    purpose: str | None = None
    source: str | None = None
    last_contact_on: dt.date | None = None
    notes: str | None = None
    address: str | None = None
    no_contact: bool = False
    anonymised_at: dt.datetime | None = None
    retention_kept_on: dt.date | None = None


class SessionOut(Out):
    id: str
    title: str
    kind: str | None = None
    date: PartialOut = None
    start_time: str | None = None
    end_time: str | None = None
    room: str | None = None
    moderator: Link | None = None
    speakers: list[Link] = []
    rapporteur: Link | None = None
    attendance: int | None = None
    minutes: str | None = None
    takeaways: str | None = None


class ParticipantOut(Out):
    name: str
    organisation: str | None = None
    contact: Link | None = None
    invited_on: dt.date | None = None
    response: str | None = None
    attended: bool = True
    sessions: list[str] = []


class EventOut(RecordOut):
    title: str
    kind: str | None = None
    starts_on: PartialOut = None
    ends_on: PartialOut = None
    place: str | None = None
    organisers: list[Link] = []
    partners: list[Link] = []
    attendance: int | None = None
    summary: str | None = None
    notes: str | None = None
    sessions: list[SessionOut] = []
    participants: list[ParticipantOut] = []
    budget_lines: list[BudgetLineOut] = []


class FollowUpOut(RecordOut):
    title: str
    details: str | None = None
    owner: str | None = None
    due_on: PartialOut = None
    status: str = "open"
    priority: str = "normal"
    completed_on: dt.date | None = None
    cost: MoneyOut = None
    partner: Link | None = None
    agreement: Link | None = None
    contact: Link | None = None
    event: Link | None = None
    session: Link | None = None


class InteractionOut(RecordOut):
    kind: str
    occurred_on: dt.date
    partner: Link | None = None
    contact: Link | None = None
    people: str | None = None
    note: str | None = None
