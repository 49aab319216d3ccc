"""Figures for the charts: partners by country and domain, agreements by status and year, follow-ups per quarter.

Each function runs one grouped SQL query and returns small lists of (label, value) ready to draw.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import String, case, cast, func, literal, select
from sqlalchemy.orm import Session

from db.countries import country_name
from db.models import Agreement, Domain, FollowUp, Partner, partner_domains
from db.services.dates import due_before

TEXTS = {  # key -> (French, English)
    "others": ("Autres", "Others"),
    "unknown": ("Non renseigné", "Not given"),
    "by_country": ("Partenaires par pays", "Partners by country"),
    "by_domain": ("Partenaires par domaine", "Partners by domain"),
    "by_domain_heading": ("Partenaires par domaine : {links} rattachements de {partners} partenaires",
                          "Partners by domain: {links} links of {partners} partners"),
    "partners": ("Partenaires", "Partners"),
    "by_status": ("Accords selon leur situation aujourd'hui", "Agreements by standing today"),
    "agreements": ("Accords", "Agreements"),
    "by_year": ("Accords par année de signature", "Agreements by year of signature"),
    "signed": ("Accords signés", "Agreements signed"),
    "by_quarter": ("Suivis par trimestre d'échéance : faits, en retard, à venir",
                   "Follow-ups by quarter due: done, overdue, to come"),
    "on_time": ("Faits à temps", "Done on time"),
    "late": ("Faits en retard", "Done late"),
    "overdue": ("En retard, non faits", "Overdue, not done"),
    "upcoming": ("À faire, pas encore échus", "Open, not yet due"),
    "quarter": ("T{q} {y}", "Q{q} {y}"),
}


def wording(key: str, language: str = "fr") -> str:
    fr, en = TEXTS[key]
    return en if language == "en" else fr


@dataclass(frozen=True)
class Series:
    """One chart: a title and labelled values (several values per label for stacked bars)."""

    title: str
    labels: list[str]
    values: list[list[int]]  # one list per label, one value per part
    parts: list[str]  # names of the parts (a single one for plain bars)
    key: str = ""  # which chart ("by_country"…), whatever the language
    timeline: bool = False  # labels are successive periods: drawn as columns
    part_keys: list[str] = field(default_factory=list)  # the parts' keys ("on_time"…), for their colours
    heading: str = ""  # the chart's title line when the plain "title (total)" would mislead

    @property
    def total(self) -> int:
        return sum(sum(v) for v in self.values)

    @property
    def caption(self) -> str:
        """The title line drawn above the chart: what it counts, and how many."""
        return self.heading or f"{self.title} ({self.total})"


def _top(rows: list[tuple[str, int]], top: int, language: str = "fr") -> list[tuple[str, int]]:
    rows = sorted(rows, key=lambda r: (-r[1], r[0]))
    if len(rows) <= top:
        return rows
    rest = sum(n for _, n in rows[top - 1:])
    return [*rows[: top - 1], (wording("others", language), rest)]


def partners_by_country(session: Session, top: int = 12, language: str = "fr") -> Series:
    stmt = (select(Partner.country, func.count()).where(Partner.deleted_at.is_(None))
            .group_by(Partner.country))
    rows = [((country_name(code, language) or code) if code else wording("unknown", language), n)
            for code, n in session.execute(stmt)]
    rows = _top(rows, top, language)
    return Series(wording("by_country", language), [r[0] for r in rows], [[r[1]] for r in rows],
                  [wording("partners", language)], "by_country")


def partners_by_domain(session: Session, top: int = 12, language: str = "fr") -> Series:
    """Partners per domain: a partner counts in each of its domains, so the heading gives both figures."""
    stmt = (select(Domain.name, func.count()).select_from(partner_domains)
            .join(Domain, Domain.id == partner_domains.c.domain_id)
            .join(Partner, Partner.id == partner_domains.c.partner_id)
            .where(Partner.deleted_at.is_(None)).group_by(Domain.name))
    rows = _top([(name, n) for name, n in session.execute(stmt)], top, language)
    partners = session.scalar(select(func.count(func.distinct(partner_domains.c.partner_id)))
                              .join(Partner, Partner.id == partner_domains.c.partner_id)
                              .where(Partner.deleted_at.is_(None))) or 0
    links = sum(n for _, n in rows)
    heading = wording("by_domain_heading", language).format(links=links, partners=partners) if links else ""
    return Series(wording("by_domain", language), [r[0] for r in rows], [[r[1]] for r in rows],
                  [wording("partners", language)], "by_domain", heading=heading)


def agreements_by_status(session: Session, language: str = "fr", today: dt.date | None = None) -> Series:
    """Agreements by where they stand today (``db.agreement_status``: a lapsed agreement still marked in
    force counts as expired, a tacit renewal as renewed)."""
    from db.agreement_status import LABELS, standing

    today = today or dt.date.today()
    A = Agreement
    stmt = select(A.status, A.starts_on, A.ends_on, A.renewal, A.notice_months, A.duration_years).where(
        A.deleted_at.is_(None))
    counts: dict[str, int] = {}
    for status, starts, ends, renewal, notice, duration in session.execute(stmt):
        key = standing(status, today, starts_on=starts, ends_on=ends, renewal=renewal, notice_months=notice,
                       duration_years=duration).key
        counts[key] = counts.get(key, 0) + 1
    codes = [c for c in LABELS if counts.get(c)]
    return Series(wording("by_status", language), [LABELS[c][1 if language == "en" else 0] for c in codes],
                  [[counts[c]] for c in codes], [wording("agreements", language)], "by_status")


def agreements_by_year(session: Session, years: int = 15, language: str = "fr") -> Series:
    """Agreements by year of signature (the last ``years`` years that have any)."""
    year = func.substr(Agreement.signed_on, 1, 4)
    stmt = (select(year, func.count()).where(Agreement.deleted_at.is_(None), Agreement.signed_on.is_not(None))
            .group_by(year).order_by(year))
    rows = [(str(y), n) for y, n in session.execute(stmt)][-years:]
    if rows:  # show the years without signature too, so the axis is a real time line
        first, last = int(rows[0][0]), int(rows[-1][0])
        counts = dict(rows)
        rows = [(str(y), counts.get(str(y), 0)) for y in range(first, last + 1)]
    return Series(wording("by_year", language), [r[0] for r in rows], [[r[1]] for r in rows], [wording("signed", language)],
                  "by_year", timeline=True)


def _quarter(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def followups_by_quarter(session: Session, today: dt.date | None = None, quarters: int = 8,
                         language: str = "fr", ahead: int = 2) -> Series:
    """Per quarter of due date: done on time, done late, open and overdue, open and not yet due (the
    last ``quarters`` quarters up to the current one, and the ``ahead`` next ones).

    A follow-up done after the last day of its due period is late; cancelled ones are left out.
    """
    today = today or dt.date.today()
    due = FollowUp.due_on
    period = func.substr(due, 1, 7)  # "2026-05" or "2026" for a year: grouped by month, folded into quarters below
    # the last day a follow-up may be done on time, as text comparable with an ISO completion date
    text = cast(due, String(10))
    deadline = case((func.length(text) == 4, text + "-12-31"), (func.length(text) == 7, text + "-31"), else_=text)
    late = cast(FollowUp.completed_on, String(10)) > deadline
    live = [FollowUp.deleted_at.is_(None), due.is_not(None)]
    done = (select(period, late, func.count()).where(*live, FollowUp.status == "done").group_by(period, late))
    overdue = (select(period, literal("overdue"), func.count())
               .where(*live, FollowUp.status == "open", due_before(due, today)).group_by(period))
    upcoming = (select(period, literal("upcoming"), func.count())
                .where(*live, FollowUp.status == "open", ~due_before(due, today)).group_by(period))
    current = _quarter(today)
    index = current[0] * 4 + current[1] - 1
    keys = [(y, q + 1) for y, q in (divmod(i, 4) for i in range(index - quarters + 1, index + ahead + 1))]
    table = {k: [0, 0, 0, 0] for k in keys}
    column = {False: 0, True: 1, "overdue": 2, "upcoming": 3}
    for stmt in (done, overdue, upcoming):
        for text, what, n in session.execute(stmt):
            month = int(text[5:7]) if len(text) >= 7 else 12
            key = (int(text[:4]), (month - 1) // 3 + 1)
            if key in table:
                table[key][column[what] if isinstance(what, str) else column[bool(what)]] += n
    labels = [wording("quarter", language).format(q=q, y=y) for y, q in keys]
    parts = ["on_time", "late", "overdue", "upcoming"]
    return Series(wording("by_quarter", language), labels, [table[k] for k in keys], [wording(p, language) for p in parts],
                  "by_quarter", timeline=True, part_keys=parts)


def all_series(session: Session, today: dt.date | None = None, language: str = "fr") -> list[Series]:
    return [partners_by_country(session, language=language), partners_by_domain(session, language=language),
            agreements_by_status(session, language, today), agreements_by_year(session, language=language),
            followups_by_quarter(session, today, language=language)]
