"""The catalogue's records: partners, agreements, contacts, events with sessions, follow-ups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Record
from db.models.types import Money, utcnow
from db.partial_date import PartialDate


def _link(name: str, left: str, right: str, *, ordered: bool = False) -> Table:
    columns = [
        Column(f"{left}_id", ForeignKey(f"{left}s.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{right}_id", ForeignKey(f"{right}s.id", ondelete="CASCADE"), primary_key=True, index=True),
    ]
    if ordered:
        columns.append(Column("position", Integer, nullable=False, default=0))
    return Table(name, Base.metadata, *columns)


partner_domains = _link("partner_domains", "partner", "domain")
agreement_partners = _link("agreement_partners", "agreement", "partner", ordered=True)
agreement_domains = _link("agreement_domains", "agreement", "domain")
contact_partners = _link("contact_partners", "contact", "partner")
event_organisers = _link("event_organisers", "event", "partner", ordered=True)
event_partners = _link("event_partners", "event", "partner")
session_speakers = _link("session_speakers", "event_session", "contact", ordered=True)


class Domain(Base):
    """A theme of the shared, editable vocabulary (cinema, gastronomy, heritage…)."""

    __tablename__ = "domains"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), unique=True)  # name_key(name)
    position: Mapped[int] = mapped_column(default=0)


class Partner(Record, Base):
    __tablename__ = "partners"
    __table_args__ = (Index("ix_partners_status_live", "status", "deleted_at"),)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    city: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(2000))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    active: Mapped[bool] = mapped_column(default=True)
    partner_since: Mapped[PartialDate | None]
    referent: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    domains: Mapped[list[Domain]] = relationship(secondary=partner_domains, lazy="selectin", order_by=Domain.key)


class Agreement(Record, Base):
    __tablename__ = "agreements"
    # the dashboard's "agreements to watch": live agreements of a status by end date
    __table_args__ = (Index("ix_agreements_status_ends", "status", "deleted_at", "ends_on", "renewal", "notice_months"),)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    signed_on: Mapped[PartialDate | None]
    signed_at: Mapped[str | None] = mapped_column(String(200))
    starts_on: Mapped[PartialDate | None]
    ends_on: Mapped[PartialDate | None] = mapped_column(index=True)
    duration_years: Mapped[int | None]
    renewal: Mapped[str] = mapped_column(String(20), default="none")
    notice_months: Mapped[int | None]
    signatories: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    budget: Mapped[Decimal | None] = mapped_column(Money)
    cofinancing_rate: Mapped[float | None]
    funders: Mapped[list[Any]] = mapped_column(default=list)
    notes: Mapped[str | None] = mapped_column(Text)

    partners: Mapped[list[Partner]] = relationship(
        secondary=agreement_partners, lazy="selectin", order_by=agreement_partners.c.position
    )
    domains: Mapped[list[Domain]] = relationship(secondary=agreement_domains, lazy="selectin", order_by=Domain.key)
    documents: Mapped[list[Document]] = relationship(
        back_populates="agreement", lazy="selectin", cascade="all, delete-orphan", order_by="Document.added_at"
    )
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="BudgetLine.position",
        primaryjoin="Agreement.id == BudgetLine.agreement_id"
    )


class Document(Base):
    """A file attached to an agreement, copied into the catalogue's documents folder."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(36), unique=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    original_name: Mapped[str] = mapped_column(String(500))
    stored_name: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(default=0)
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    added_by: Mapped[str | None] = mapped_column(String(100))
    agreement: Mapped[Agreement] = relationship(back_populates="documents")


class DocumentContent(Base):
    """The bytes of a document of a server catalogue, so that every colleague can open it (a local
    file catalogue keeps them in its documents folder instead)."""

    __tablename__ = "document_contents"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Contact(Record, Base):
    __tablename__ = "contacts"
    civility: Mapped[str | None] = mapped_column(String(40))
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(400), index=True)  # person_key: set of words
    sort_name: Mapped[str] = mapped_column(String(400), index=True)
    job_title: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(300))
    emails: Mapped[list[Any]] = mapped_column(default=list)
    phones: Mapped[list[Any]] = mapped_column(default=list)
    languages: Mapped[list[Any]] = mapped_column(default=list)
    country: Mapped[str | None] = mapped_column(String(2))
    purpose: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(200))
    last_contact_on: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)
    # personal data (GDPR): the person objects to being contacted (left out of every mailing list,
    # invitation and outreach export); when they were anonymised; the last retention review that kept them
    address: Mapped[str | None] = mapped_column(Text)  # postal address, one line per line of the envelope
    no_contact: Mapped[bool] = mapped_column(default=False, server_default=false())
    anonymised_at: Mapped[dt.datetime | None]
    retention_kept_on: Mapped[dt.date | None]

    partners: Mapped[list[Partner]] = relationship(secondary=contact_partners, lazy="selectin", order_by=Partner.name)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


class Event(Record, Base):
    __tablename__ = "events"
    title: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str | None] = mapped_column(String(40))
    starts_on: Mapped[PartialDate | None] = mapped_column(index=True)
    ends_on: Mapped[PartialDate | None]
    place: Mapped[str | None] = mapped_column(String(300))
    attendance: Mapped[int | None]
    summary: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    organisers: Mapped[list[Partner]] = relationship(
        secondary=event_organisers, lazy="selectin", order_by=event_organisers.c.position
    )
    partners: Mapped[list[Partner]] = relationship(secondary=event_partners, lazy="selectin", order_by=Partner.name)
    sessions: Mapped[list[EventSession]] = relationship(
        back_populates="event", lazy="selectin", cascade="all, delete-orphan", order_by="EventSession.position"
    )
    participants: Mapped[list[EventParticipant]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="EventParticipant.position"
    )
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="BudgetLine.position",
        primaryjoin="Event.id == BudgetLine.event_id"
    )


class EventParticipant(Base):
    """Someone invited to or present at an event: a name and an organisation, typed or taken from a
    contact; when they were invited, what they answered, whether they came (and to which sessions)."""

    __tablename__ = "event_participants"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(300))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    invited_on: Mapped[dt.date | None]
    response: Mapped[str | None] = mapped_column(String(20))  # vocab.RESPONSE: accepted, declined
    attended: Mapped[bool] = mapped_column(default=True, server_default=true())
    sessions: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")  # public ids of the sessions signed for

    contact: Mapped[Contact | None] = relationship(lazy="selectin")


class BudgetLine(Base):
    """The money of one year on an agreement or an event: planned, committed and paid euros, the
    category of the yearly APD declaration, the country concerned and the co-financers."""

    __tablename__ = "budget_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    year: Mapped[int] = mapped_column(index=True)
    label: Mapped[str | None] = mapped_column(String(300))
    category: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(2))
    planned: Mapped[Decimal | None] = mapped_column(Money)
    committed: Mapped[Decimal | None] = mapped_column(Money)
    paid: Mapped[Decimal | None] = mapped_column(Money)
    cofinancers: Mapped[list[Any]] = mapped_column(default=list)


class EventSession(Base):
    """A plenary, round table or workshop of an event, with its people and minutes."""

    __tablename__ = "event_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(36), unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(40))
    date: Mapped[PartialDate | None]
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_time: Mapped[str | None] = mapped_column(String(5))
    room: Mapped[str | None] = mapped_column(String(200))
    moderator_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    rapporteur_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    attendance: Mapped[int | None]
    minutes: Mapped[str | None] = mapped_column(Text)
    takeaways: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event] = relationship(back_populates="sessions")
    moderator: Mapped[Contact | None] = relationship(foreign_keys=[moderator_id], lazy="selectin")
    rapporteur: Mapped[Contact | None] = relationship(foreign_keys=[rapporteur_id], lazy="selectin")
    speakers: Mapped[list[Contact]] = relationship(
        secondary=session_speakers, lazy="selectin", order_by=session_speakers.c.position
    )


class FollowUp(Record, Base):
    __tablename__ = "followups"
    # the dashboard's open follow-ups by due date and owner
    __table_args__ = (Index("ix_followups_open_due", "status", "deleted_at", "due_on", "owner"),)
    title: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    details: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(200), index=True)
    due_on: Mapped[PartialDate | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    completed_on: Mapped[dt.date | None]
    cost: Mapped[Decimal | None] = mapped_column(Money)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("event_sessions.id", ondelete="SET NULL"))

    partner: Mapped[Partner | None] = relationship(lazy="joined")
    agreement: Mapped[Agreement | None] = relationship(lazy="joined")
    contact: Mapped[Contact | None] = relationship(lazy="joined")
    event: Mapped[Event | None] = relationship(lazy="joined")
    session: Mapped[EventSession | None] = relationship(lazy="joined")


class Interaction(Record, Base):
    """A dated exchange (meeting, call, e-mail, visit) with a partner or a contact."""

    __tablename__ = "interactions"
    __table_args__ = (Index("ix_interactions_occurred_partner", "occurred_on", "partner_id", "deleted_at"),)
    kind: Mapped[str] = mapped_column(String(20), default="meeting")
    occurred_on: Mapped[dt.date] = mapped_column(index=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    people: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Partner | None] = relationship(lazy="joined")
    contact: Mapped[Contact | None] = relationship(lazy="joined")
