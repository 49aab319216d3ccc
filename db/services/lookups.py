"""Small read-only look-ups the forms need: the domains vocabulary and the interactions of a record."""

from __future__ import annotations

from sqlalchemy import select

from db import search
from db.catalog import Catalog
from db.models import Agreement, Contact, Event, FollowUp, Interaction, Partner
from db.schemas.vocab import DEFAULT_DOMAINS
from db.services.specs import SPECS
from db.text import name_key


def domain_names(catalog: Catalog) -> list[str]:
    """Every domain of the catalogue plus the default vocabulary, sorted by folded name."""
    from db.services import listing

    with catalog.uow() as uow:
        names = listing.domain_names(uow.session)
    seen: dict[str, str] = {}
    for name in [*names, *DEFAULT_DOMAINS]:
        seen.setdefault(name_key(name), name)
    return sorted(seen.values(), key=name_key)


def interactions_of(catalog: Catalog, kind: str, public_id: str, limit: int = 200) -> list:
    """Live interactions of a partner or a contact, latest first, as ``InteractionOut``."""
    model = {"partner": Partner, "contact": Contact}[kind]
    column = Interaction.partner_id if kind == "partner" else Interaction.contact_id
    with catalog.uow() as uow:
        owner = select(model.id).where(model.public_id == public_id).scalar_subquery()
        rows = uow.session.scalars(
            select(Interaction).where(column == owner, Interaction.deleted_at.is_(None))
            .order_by(Interaction.occurred_on.desc(), Interaction.id.desc()).limit(limit))
        return [SPECS["interaction"].out(i) for i in rows]


_LABELS = {
    "partner": (Partner, lambda: (Partner.name,)),
    "agreement": (Agreement, lambda: (Agreement.title,)),
    "contact": (Contact, lambda: (Contact.first_name, Contact.last_name)),
    "event": (Event, lambda: (Event.title,)),
    "followup": (FollowUp, lambda: (FollowUp.title,)),
}


def candidates(catalog: Catalog, kind: str, text: str, limit: int = 30) -> list[tuple[str, str]]:
    """(public id, name) of the live records best matching what is typed, for pickers.

    Full-text, folded and by prefix ("lodz" finds "Łódź"), best first; reads two columns only,
    so it stays quick on a 100,000-record catalogue.
    """
    model, columns = _LABELS[kind]
    with catalog.uow() as uow:
        ranked = search.ranked(uow.session.bind.dialect.name, model, text, limit)
        if ranked is None:
            return []
        stmt = ranked.with_only_columns(model.public_id, *columns())
        if len(text.strip()) < 4:  # a short prefix matches thousands: take the first ones, skip ranking them all
            stmt = stmt.order_by(None)
        rows = uow.session.execute(stmt).all()
    return [(row[0], " ".join(p for p in row[1:] if p)) for row in rows]
