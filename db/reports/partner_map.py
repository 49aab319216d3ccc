"""The partners to show on the map, with where they are and what the filters ask: a domain, a status,
a year (partners with an agreement or an event that year, or that became partners then). Qt-free."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.geo import Point, locate
from db.models import Agreement, Event, Partner


@dataclass(frozen=True)
class MapPartner:
    id: str
    name: str
    kind: str | None
    city: str | None
    country: str | None
    status: str
    domains: list[str]
    point: Point | None  # None: not located (shown in the list of those to pin)


def _active_in(partner: Partner, year: int, agreements: dict[int, list], events: dict[int, list]) -> bool:
    if partner.partner_since is not None and partner.partner_since.year == year:
        return True
    for a in agreements.get(partner.id, []):
        first = (a.starts_on or a.signed_on)
        if first is not None and first.year <= year and (a.ends_on is None or a.ends_on.year >= year):
            return True
    return any(e.starts_on is not None and e.starts_on.year == year for e in events.get(partner.id, []))


def map_partners(session: Session, *, domain: str | None = None, status: str | None = None,
                 year: int | None = None) -> list[MapPartner]:
    """Live partners matching the filters (each optional), by name; foreign and French alike."""
    stmt = select(Partner).where(Partner.deleted_at.is_(None)).order_by(Partner.name_key, Partner.id)
    if status:
        stmt = stmt.where(Partner.status == status)
    partners = list(session.scalars(stmt))
    if domain:
        partners = [p for p in partners if any(d.name == domain for d in p.domains)]
    if year is not None:
        agreements: dict[int, list] = {}
        for a in session.scalars(select(Agreement).where(Agreement.deleted_at.is_(None))):
            for p in a.partners:
                agreements.setdefault(p.id, []).append(a)
        events: dict[int, list] = {}
        for e in session.scalars(select(Event).where(Event.deleted_at.is_(None))):
            for p in [*e.organisers, *e.partners]:
                events.setdefault(p.id, []).append(e)
        partners = [p for p in partners if _active_in(p, year, agreements, events)]
    return [MapPartner(p.public_id, p.name, p.kind, p.city, p.country, p.status, [d.name for d in p.domains],
                       locate(p.city, p.country, p.extra)) for p in partners]
