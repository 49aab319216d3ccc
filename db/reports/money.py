"""Budget lines read for the reports: every live agreement's and event's lines of a year, each with the
record it belongs to and the country it concerns (its own, or its partners' when they share one)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agreement, BudgetLine, Event

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class MoneyLine:
    """One budget line with where it comes from: ``owner_kind`` "agreement" or "event", its public id
    and title, the line's number in that record (1-based, as the form shows it)."""

    owner_kind: str
    owner_id: str
    owner_title: str
    number: int
    year: int
    label: str | None
    category: str | None
    country: str | None
    country_from_partners: bool  # the line has no country: its partners' (one country) is used
    planned: Decimal | None
    committed: Decimal | None
    paid: Decimal | None
    cofinancers: list[str] = field(default_factory=list)

    @property
    def reference(self) -> str:
        """« Accord « Titre », ligne 2 » in French, for the trace of a declared amount."""
        word = "Accord" if self.owner_kind == "agreement" else "Événement"
        return f"{word} « {self.owner_title} », ligne {self.number}"


def _partner_country(partners) -> str | None:
    countries = {p.country for p in partners if p.deleted_at is None and p.country}
    return countries.pop() if len(countries) == 1 else None


def lines_of_year(session: Session, year: int | None = None) -> list[MoneyLine]:
    """The budget lines of live agreements and events (of ``year``, or all), by record title then line."""
    result: list[MoneyLine] = []
    for kind, model, fk in (("agreement", Agreement, BudgetLine.agreement_id), ("event", Event, BudgetLine.event_id)):
        stmt = select(model).where(model.deleted_at.is_(None)).where(
            model.id.in_(select(fk).where(fk.is_not(None), *(() if year is None else (BudgetLine.year == year,)))))
        for obj in session.scalars(stmt):
            partners = obj.partners if kind == "agreement" else [*obj.organisers, *obj.partners]
            fallback = _partner_country(partners)
            for number, b in enumerate(obj.budget_lines, start=1):
                if year is not None and b.year != year:
                    continue
                result.append(MoneyLine(
                    kind, obj.public_id, obj.title, number, b.year, b.label, b.category, b.country or fallback,
                    not b.country and fallback is not None, b.planned, b.committed, b.paid, list(b.cofinancers or [])))
    result.sort(key=lambda m: (m.owner_title.casefold(), m.owner_kind, m.number))
    return result


def total(values) -> Decimal:
    return sum((v for v in values if v is not None), ZERO)
