"""Interactions (meetings, calls, e-mails, visits) as the source of each partner's "last contact"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Interaction, Partner
from db.schemas.out import InteractionOut
from db.services import records


def last_contacts(session: Session, partner_ids: list[str]) -> dict[str, dt.date]:
    """The latest interaction day of each of these partners (by public id); absent when none."""
    if not partner_ids:
        return {}
    stmt = (select(Partner.public_id, func.max(Interaction.occurred_on))
            .join(Interaction, Interaction.partner_id == Partner.id)
            .where(Partner.public_id.in_(partner_ids), Interaction.deleted_at.is_(None))
            .group_by(Partner.public_id))
    return {pid: day for pid, day in session.execute(stmt) if day is not None}


def last_contact(session: Session, partner_id: str) -> dt.date | None:
    return last_contacts(session, [partner_id]).get(partner_id)


def of_partner(session: Session, partner_id: str, limit: int | None = 50) -> list[InteractionOut]:
    """A partner's interactions, latest first."""
    query = records.ListQuery(filters={"partner": partner_id}, sort="occurred_on", descending=True, limit=limit)
    return records.list_records(session, "interaction", query)
