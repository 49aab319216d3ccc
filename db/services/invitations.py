"""Invitations and attendance of an event: who was invited (from a selection or a filter of contacts),
who answered, who came — kept in the event's participants (``EventParticipant``), written through
``records.update`` so that every step is in the event's history and undoable. Qt-free.

The no-contact flag (an objection, GDPR) is honoured here, once for every outreach path: a person
who objects or was anonymised is never invited, never in a mailing list, a vCard, a letter or a label;
``recipients`` says who was left out and why, so that nothing is dropped silently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Contact
from db.schemas.out import ContactOut
from db.service_messages import ServiceMessage
from db.services import records
from db.services.errors import ServiceError
from db.text import fold

LEFT_OUT = {"no_contact": "s'oppose à être contacté(e)", "anonymised": "anonymisé(e)",
            "no_email": "pas de courriel", "deleted": "dans la corbeille"}


@dataclass
class Recipients:
    """The contacts an outreach reaches, and those left out with the reason (a ``LEFT_OUT`` key)."""

    reached: list[ContactOut] = field(default_factory=list)
    left_out: list[tuple[ContactOut, str]] = field(default_factory=list)


def select_contacts(session: Session, references: list[str] | None = None,
                    query: records.ListQuery | None = None) -> list[Contact]:
    """Contacts by public id or name, or those a list filter shows (every one, not a page)."""
    if references:
        return [records.get(session, "contact", ref, loose=True) for ref in references]
    query = query or records.ListQuery()
    query = records.ListQuery(search=query.search, filters=dict(query.filters), limit=None)
    ids = records.filtered(session.bind.dialect.name, "contact", query).subquery()
    return list(session.scalars(select(Contact).where(Contact.id.in_(select(ids.c.id))).order_by(Contact.sort_name)))


def recipients(contacts: list[Contact], *, need_email: bool = False) -> Recipients:
    found = Recipients()
    spec = records.spec("contact")
    for contact in contacts:
        out = spec.out(contact)
        reason = ("deleted" if contact.deleted_at is not None else "anonymised" if contact.anonymised_at is not None
                  else "no_contact" if contact.no_contact else "no_email" if need_email and not contact.emails
                  else None)
        if reason:
            found.left_out.append((out, reason))
        else:
            found.reached.append(out)
    return found


def _participants(event) -> list[dict]:
    return [p.model_dump(mode="json") for p in records.spec("event").out(event).participants]


def _write(session: Session, event, participants: list[dict], actor: str | None, counted=None) -> None:
    """Write the participants back; ``counted`` (a session id, "" for the event, and a number) fills an
    attendance count still empty."""
    spec = records.spec("event")
    snapshot = spec.out(event).model_dump(mode="json")
    snapshot["participants"] = participants
    if counted is not None:
        where, number = counted
        target = snapshot if not where else next((x for x in snapshot["sessions"] if x["id"] == where), {})
        if target.get("attendance") is None:
            target["attendance"] = number
    records.update(session, "event", event.public_id, spec.in_from_out(snapshot), actor)


def invite(session: Session, event_ref: str, contacts: list[Contact], today: dt.date,
           actor: str | None) -> Recipients:
    """Add these contacts to the event's list as invited today (not yet come); those already on the
    list get the invitation date; objectors and anonymised people are left out (and said)."""
    event = records.get(session, "event", event_ref, loose=True)
    found = recipients(contacts)
    participants = _participants(event)
    by_contact = {p["contact"]["id"]: p for p in participants if p.get("contact")}
    by_name = {fold(p["name"]): p for p in participants if not p.get("contact")}
    for contact in found.reached:
        line = by_contact.get(contact.id) or by_name.get(fold(contact.full_name))
        if line is None:
            line = {"name": contact.full_name, "organisation": contact.organisation, "attended": False,
                    "contact": {"id": contact.id, "name": contact.full_name}}
            participants.append(line)
        line["contact"] = {"id": contact.id, "name": contact.full_name}
        line["invited_on"] = line.get("invited_on") or today.isoformat()
    if found.reached:
        _write(session, event, participants, actor)
    return found


def _line(participants: list[dict], who: str) -> dict:
    key = fold(who)
    for p in participants:
        if (p.get("contact") or {}).get("id") == who or fold(p["name"]) == key:
            return p
    raise ServiceError(ServiceMessage("not_a_participant", who=who))


def answer(session: Session, event_ref: str, who: str, response: str | None, actor: str | None) -> None:
    """Record an answer (accepted, declined, or None to clear) of a participant, by name or contact id."""
    from db.schemas import vocab

    if response is not None and response not in vocab.RESPONSE.codes:
        response = vocab.RESPONSE.all_synonyms().get(fold(response).replace(" ", "_"))
        if response is None:
            raise ServiceError(ServiceMessage("unknown_response"))
    event = records.get(session, "event", event_ref, loose=True)
    participants = _participants(event)
    _line(participants, who)["response"] = response
    _write(session, event, participants, actor)


def mark_attended(session: Session, event_ref: str, who: str, attended: bool, actor: str | None) -> None:
    event = records.get(session, "event", event_ref, loose=True)
    participants = _participants(event)
    _line(participants, who)["attended"] = attended
    _write(session, event, participants, actor)


@dataclass
class Tally:
    invited: int
    accepted: int
    declined: int
    unanswered: int
    came: int


def tally(session: Session, event_ref: str) -> Tally:
    event = records.get(session, "event", event_ref, loose=True)
    people = event.participants
    invited = [p for p in people if p.invited_on is not None]
    return Tally(len(invited), sum(p.response == "accepted" for p in people),
                 sum(p.response == "declined" for p in people),
                 sum(p.response is None for p in invited), sum(bool(p.attended) for p in people))


class Outreach:
    """The invitations of one catalogue, each call in its own unit of work (for the window)."""

    def __init__(self, catalog, actor: str | None = None):
        self.catalog, self.actor = catalog, actor

    def event(self, reference: str):
        with self.catalog.uow(self.actor) as uow:
            return records.spec("event").out(records.get(uow.session, "event", reference, loose=True))

    def invite(self, event_ref: str, contact_ids: list[str], today: dt.date) -> Recipients:
        with self.catalog.uow(self.actor) as uow:
            found = invite(uow.session, event_ref, select_contacts(uow.session, contact_ids), today, uow.actor)
            uow.commit()
            return found

    def answer(self, event_ref: str, who: str, response: str | None) -> None:
        with self.catalog.uow(self.actor) as uow:
            answer(uow.session, event_ref, who, response, uow.actor)
            uow.commit()

    def mark_attended(self, event_ref: str, who: str, attended: bool) -> None:
        with self.catalog.uow(self.actor) as uow:
            mark_attended(uow.session, event_ref, who, attended, uow.actor)
            uow.commit()

    def guests(self, event_ref: str, *, need_email: bool = False) -> Recipients:
        """The event's participants linked to a contact who did not decline, objectors left out."""
        with self.catalog.uow(self.actor) as uow:
            event = records.get(uow.session, "event", event_ref, loose=True)
            people = [p.contact for p in event.participants if p.contact is not None and p.response != "declined"]
            return recipients(people, need_email=need_email)

    def read_sheet(self, event_ref: str, path, session_id: str | None = None):
        from db.interchange import attendance_sheet

        lines = attendance_sheet.read_sheet(path)
        with self.catalog.uow(self.actor) as uow:
            report = attendance_sheet.apply_sheet(uow.session, event_ref, lines, uow.actor, session_id)
            uow.commit()
            return report
