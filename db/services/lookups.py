"""Small read-only look-ups the forms need: the domains vocabulary and the interactions of a record."""

from __future__ import annotations

from sqlalchemy import select

from db.catalog import Catalog
from db.models import Contact, Domain, Interaction, Partner
from db.schemas.vocab import DEFAULT_DOMAINS
from db.services.specs import SPECS
from db.text import name_key


def domain_names(catalog: Catalog) -> list[str]:
    """Every domain of the catalogue plus the default vocabulary, sorted by folded name."""
    with catalog.uow() as uow:
        names = list(uow.session.scalars(select(Domain.name)))
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
