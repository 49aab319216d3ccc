"""Resolve references (a public id or a name written any way) to live records; keep the domains vocabulary."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Agreement,
    Contact,
    Domain,
    Event,
    EventSession,
    FollowUp,
    Partner,
    new_public_id,
)
from db.services.errors import LinkError
from db.text import name_key, person_key

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def is_public_id(reference: str) -> bool:
    return bool(_UUID.match(reference.strip()))


def _live(model):
    return select(model).where(model.deleted_at.is_(None))


def find_partner(session: Session, reference: str, country: str | None = None) -> Partner | None:
    """The live partner of this public id, or of this name whose country agrees with ``country``
    (the same country first; see ``db.identity``: Valencia in Spain is not Valencia in Venezuela)."""
    if is_public_id(reference):
        return session.scalar(_live(Partner).where(Partner.public_id == reference.strip()))
    query = _live(Partner).where(Partner.name_key == name_key(reference)).order_by(Partner.id)
    if not country:
        return session.scalar(query.limit(1))
    from db.identity import countries_compatible

    found = [p for p in session.scalars(query) if countries_compatible(p.country, country)]
    return next((p for p in found if p.country == country), found[0] if found else None)


def find_contact(session: Session, reference: str) -> Contact | None:
    if is_public_id(reference):
        return session.scalar(_live(Contact).where(Contact.public_id == reference.strip()))
    return session.scalar(_live(Contact).where(Contact.name_key == person_key(reference, "")).order_by(Contact.id).limit(1))


def find_agreement(session: Session, reference: str) -> Agreement | None:
    if is_public_id(reference):
        return session.scalar(_live(Agreement).where(Agreement.public_id == reference.strip()))
    key = name_key(reference)
    for agreement in session.scalars(_live(Agreement).order_by(Agreement.id)):
        if name_key(agreement.title) == key:
            return agreement
    return None


def find_event(session: Session, reference: str) -> Event | None:
    if is_public_id(reference):
        return session.scalar(_live(Event).where(Event.public_id == reference.strip()))
    return session.scalar(_live(Event).where(Event.name_key == name_key(reference)).order_by(Event.id).limit(1))


def find_session(session: Session, reference: str) -> EventSession | None:
    if is_public_id(reference):
        return session.scalar(select(EventSession).where(EventSession.public_id == reference.strip()))
    return None


def find_followup(session: Session, reference: str) -> FollowUp | None:
    if is_public_id(reference):
        return session.scalar(_live(FollowUp).where(FollowUp.public_id == reference.strip()))
    return session.scalar(_live(FollowUp).where(FollowUp.name_key == name_key(reference)).order_by(FollowUp.id).limit(1))


def partner_ref(session: Session, field: str, reference: str, create_missing: bool, actor: str | None) -> Partner:
    found = find_partner(session, reference)
    if found is not None:
        return found
    if not create_missing or is_public_id(reference):
        raise LinkError(field, reference)
    from db.services.specs import SPECS  # a new partner goes through the same rules as any other

    partner = Partner(public_id=new_public_id(), name=reference.strip(), created_by=actor, updated_by=actor)
    partner.name_key = name_key(partner.name)
    partner.search_text = SPECS["partner"].search_text(partner)
    session.add(partner)
    session.flush()
    return partner


def contact_ref(session: Session, field: str, reference: str, create_missing: bool, actor: str | None) -> Contact:
    found = find_contact(session, reference)
    if found is not None:
        return found
    if not create_missing or is_public_id(reference):
        raise LinkError(field, reference)
    from db.services.specs import SPECS, split_person_name

    first, last = split_person_name(reference)
    contact = Contact(public_id=new_public_id(), first_name=first, last_name=last, created_by=actor, updated_by=actor)
    SPECS["contact"].refresh_keys(contact)
    session.add(contact)
    session.flush()
    return contact


def domains(session: Session, names: list[str]) -> list[Domain]:
    """Domains of these names, matched to the vocabulary as typed ("cinéma" is "Cinéma et
    audiovisuel", see ``db.domains``), adding really new ones to it."""
    from db.domains import match_domain
    from db.schemas.vocab import DEFAULT_DOMAINS

    result: list[Domain] = []
    for name in names:
        key = name_key(name)
        if not key:
            continue
        domain = session.scalar(select(Domain).where(Domain.key == key))
        if domain is None:
            existing = {d.key: d for d in session.scalars(select(Domain))}
            defaults = {name_key(d): d for d in DEFAULT_DOMAINS}
            match = match_domain(name, [*existing, *defaults])
            if match in existing:
                domain = existing[match]
            elif match in defaults:
                name, key = defaults[match], match
        if domain is None:
            domain = Domain(name=name, key=key)
            session.add(domain)
            session.flush()
        if domain not in result:
            result.append(domain)
    return result
