"""What the annual report « Bilan de l'action internationale YEAR » holds, for the council: agreements
signed, renewed and ended in the year, events and their attendance, partners by country (and on the
map), money by country and category, follow-ups done and late. No rendering (PDF and .docx read it).

The rules are those of the other printouts: an agreement's standing is ``db.agreement_status``'s,
a follow-up is late as ``db.reports.is_overdue`` says, money is ``db.reports.money``'s lines.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import agreement_status
from db.models import Agreement, Event, FollowUp, Partner
from db.reports.data import FollowUpLine, is_overdue
from db.reports.money import ZERO, MoneyLine, lines_of_year
from db.schemas.out import AgreementOut, EventOut
from db.services import records


@dataclass(frozen=True)
class AnnualReport:
    year: int
    today: dt.date
    signed: list[AgreementOut]
    renewed: list[AgreementOut]
    ended: list[AgreementOut]
    in_force: int  # agreements in force on the last day of the year (or today, for the current year)
    events: list[EventOut]
    partners_by_country: list[tuple[str, int]]  # (country code, active partners), most first
    money: list[MoneyLine]
    money_cells: dict[tuple[str, str], Decimal]  # (country or "", category or "") -> paid euros
    done: list[FollowUpLine]
    late: list[FollowUpLine]

    @property
    def attendance(self) -> int:
        return sum(e.attendance or 0 for e in self.events)

    def money_total(self, field: str) -> Decimal:
        return sum((getattr(m, field) or ZERO for m in self.money), ZERO)


def _in_year(value, year: int) -> bool:
    return value is not None and value.year == year


def annual_report(session: Session, year: int, today: dt.date | None = None) -> AnnualReport:
    today = today or dt.date.today()
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    seen = min(last, today) if year == today.year else last
    spec = {k: records.spec(k) for k in ("agreement", "event", "followup")}
    agreements = list(session.scalars(select(Agreement).where(Agreement.deleted_at.is_(None))))
    signed, renewed, ended, in_force = [], [], [], 0
    for a in agreements:
        before, after = agreement_status.of(a, first - dt.timedelta(days=1)), agreement_status.of(a, seen)
        if _in_year(a.signed_on, year):
            signed.append(a)
        if after.key == "renewed" and after.renewals > before.renewals:
            renewed.append(a)
        end = after.ended_on or (a.ends_on.last_day() if a.ends_on else None)
        if after.key in ("expired", "terminated") and end is not None and first <= end <= last:
            ended.append(a)
        in_force += after.in_force

    def outs(objs, key):
        return [spec["agreement"].out(a) for a in sorted(objs, key=key)]

    events = [e for e in session.scalars(select(Event).where(Event.deleted_at.is_(None)))
              if e.starts_on is not None and e.starts_on.year == year]
    events.sort(key=lambda e: (e.starts_on, e.title))
    countries = Counter(session.scalars(select(Partner.country).where(
        Partner.deleted_at.is_(None), Partner.status == "active", Partner.country.is_not(None))))
    money = lines_of_year(session, year)
    cells: dict[tuple[str, str], Decimal] = {}
    for m in money:
        if m.paid:
            key = (m.country or "", m.category or "")
            cells[key] = cells.get(key, ZERO) + m.paid
    followups = list(session.scalars(select(FollowUp).where(FollowUp.deleted_at.is_(None))))
    done = [f for f in followups if f.status == "done" and _in_year(f.completed_on, year)]
    done.sort(key=lambda f: (f.completed_on, f.title))
    late_day = seen + dt.timedelta(days=1)
    late_outs = [spec["followup"].out(f) for f in followups if f.status == "open"]
    late = sorted((f for f in late_outs if is_overdue(f, late_day)), key=lambda f: (f.due_on, f.title))
    return AnnualReport(
        year, today,
        signed=outs(signed, lambda a: (a.signed_on, a.title)),
        renewed=outs(renewed, lambda a: a.title),
        ended=outs(ended, lambda a: (a.ends_on or a.signed_on, a.title)),
        in_force=in_force,
        events=[spec["event"].out(e) for e in events],
        partners_by_country=sorted(countries.items(), key=lambda kv: (-kv[1], kv[0])),
        money=money, money_cells=cells,
        done=[FollowUpLine(spec["followup"].out(f), False) for f in done],
        late=[FollowUpLine(f, True) for f in late],
    )
