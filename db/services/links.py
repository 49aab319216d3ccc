"""Resolve references (a public id or a name written any way) to live records; keep the domains vocabulary."""

from __future__ import annotations

import re
from typing import ClassVar

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


LOOKUPS = "passerelles.lookups"   # the key of a session's ``Lookups`` in ``session.info``


class Lookups:
    """Live partners and contacts by name key and public id, and domains as typed, remembered for
    one long write (an import) instead of one query per row; ``find_partner`` and ``find_contact`` use it while it is
    installed (``session.info[LOOKUPS]``).

    A name key's list is read from the catalogue once (``load``: many keys in one query per 500),
    then kept up to date by the writer: records created are ``add``-ed (whether flushed yet or not:
    a query under ``no_autoflush`` would miss them), a renamed one is ``moved``. The import neither
    deletes nor restores records, which would make the lists stale. ``empty``: a kind the catalogue
    had no live record of when the lookups began, every key of which is known without a query."""

    MODELS: ClassVar[dict[str, type]] = {"partner": Partner, "contact": Contact}

    def __init__(self, session: Session):
        self.session = session
        self.by_key: dict[str, dict[str, list]] = {"partner": {}, "contact": {}}
        self.by_id: dict[str, dict[str, object]] = {"partner": {}, "contact": {}}
        self.domains: dict[str, Domain] = {}   # a domain as typed (its folded name) -> the domain it joins
        self.empty = {kind: session.scalar(select(model.id).where(model.deleted_at.is_(None)).limit(1)) is None
                      for kind, model in self.MODELS.items()}

    def install(self) -> Lookups:
        self.session.info[LOOKUPS] = self
        return self

    def remove(self) -> None:
        if self.session.info.get(LOOKUPS) is self:
            del self.session.info[LOOKUPS]

    def load(self, kind: str, keys) -> None:
        """Read the live records of these name keys (those not read yet) in a few queries."""
        known = self.by_key[kind]
        todo = sorted({k for k in keys if k is not None and k not in known})
        if not todo:
            return
        for key in todo:
            known[key] = []
        if self.empty[kind]:
            return
        model = self.MODELS[kind]
        with self.session.no_autoflush:   # records written meanwhile are in the lists already
            for start in range(0, len(todo), 500):
                query = (select(model).where(model.name_key.in_(todo[start:start + 500]), model.deleted_at.is_(None))
                         .order_by(model.id))
                for obj in self.session.scalars(query):
                    known[obj.name_key].append(obj)
                    self.by_id[kind][obj.public_id] = obj

    def named(self, kind: str, key: str) -> list:
        """The live records of this name key, oldest first."""
        if key not in self.by_key[kind]:
            self.load(kind, [key])
        return self.by_key[kind][key]

    def add(self, kind: str, obj) -> None:
        """A record just created (flushed or not)."""
        if kind not in self.MODELS:
            return
        self.by_id[kind][obj.public_id] = obj
        same = self.named(kind, obj.name_key)
        if not any(o is obj for o in same):
            same.append(obj)

    def moved(self, kind: str, obj, old_key: str | None) -> None:
        """A record whose name key changed (a rename): listed under its new key."""
        if kind not in self.MODELS or old_key == obj.name_key:
            return
        if old_key in self.by_key[kind]:
            self.by_key[kind][old_key] = [o for o in self.by_key[kind][old_key] if o is not obj]
        same = self.named(kind, obj.name_key)
        if not any(o is obj for o in same):
            same.append(obj)
            same.sort(key=lambda o: (o.id is None, o.id or 0))

    def public(self, kind: str, reference: str):
        return self.by_id[kind].get(reference)


def lookups(session: Session) -> Lookups | None:
    return session.info.get(LOOKUPS)


def find_partner(session: Session, reference: str, country: str | None = None) -> Partner | None:
    """The live partner of this public id, or of this name whose country agrees with ``country``
    (the same country first; see ``db.identity``: Valencia in Spain is not Valencia in Venezuela)."""
    cache = lookups(session)
    if is_public_id(reference):
        if cache is not None and (hit := cache.public("partner", reference.strip())) is not None:
            return hit
        return session.scalar(_live(Partner).where(Partner.public_id == reference.strip()))
    if cache is not None:
        same = cache.named("partner", name_key(reference))
        if not country:
            return same[0] if same else None
        candidates = same
    else:
        query = _live(Partner).where(Partner.name_key == name_key(reference)).order_by(Partner.id)
        if not country:
            return session.scalar(query.limit(1))
        candidates = session.scalars(query)
    from db.identity import countries_compatible

    found = [p for p in candidates if countries_compatible(p.country, country)]
    return next((p for p in found if p.country == country), found[0] if found else None)


def find_contact(session: Session, reference: str) -> Contact | None:
    cache = lookups(session)
    if is_public_id(reference):
        if cache is not None and (hit := cache.public("contact", reference.strip())) is not None:
            return hit
        return session.scalar(_live(Contact).where(Contact.public_id == reference.strip()))
    if cache is not None:
        same = cache.named("contact", person_key(reference, ""))
        return same[0] if same else None
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
    if (cache := lookups(session)) is not None:
        cache.add("partner", partner)
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
    if (cache := lookups(session)) is not None:
        cache.add("contact", contact)
    return contact


def domains(session: Session, names: list[str]) -> list[Domain]:
    """Domains of these names, matched to the vocabulary as typed ("cinéma" is "Cinéma et
    audiovisuel", see ``db.domains``), adding really new ones to it."""
    from db.domains import match_domain
    from db.schemas.vocab import DEFAULT_DOMAINS

    result: list[Domain] = []
    cache = lookups(session)
    for name in names:
        key = name_key(name)
        if not key:
            continue
        if cache is not None and key in cache.domains:   # as typed before in this import: the same domain
            if cache.domains[key] not in result:
                result.append(cache.domains[key])
            continue
        typed = key
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
        if cache is not None:
            cache.domains[typed] = domain
        if domain not in result:
            result.append(domain)
    return result
