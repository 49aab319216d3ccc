"""The start-up dashboard's data for one day: late and coming follow-ups, agreements to watch, quiet partners, events.

Everything is computed in SQL with indexed range predicates on the ISO-text dates (see
``db.services.dates``), counted in full and listed up to a limit per group, so that a catalogue
of 100,000 partners and 300,000 follow-ups never travels into Python. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db import agreement_status
from db.agreement_status import IN_FORCE
from db.models import (
    Agreement,
    Contact,
    Event,
    FollowUp,
    Interaction,
    Partner,
    agreement_partners,
)
from db.partial_date import PartialDate
from db.services import settings
from db.services.dates import (
    add_months,
    as_text,
    due_before,
    due_between,
    due_between_parts,
    due_from_parts,
)

LIMIT = 100  # items listed per group (the totals are always complete)
MAX_NOTICE_MONTHS = 24
SETTINGS_KEY = "dashboard"
DEFAULTS = {"quiet_months": 12, "event_days": 180}

FOLLOWUP_GROUPS = {  # key -> (French, English)
    "overdue": ("En retard", "Overdue"),
    "today": ("Aujourd'hui", "Today"),
    "week": ("Cette semaine (7 jours)", "This week (7 days)"),
    "later": ("Plus tard", "Later"),
}
AGREEMENT_GROUPS = {
    "expired": ("Expirés, encore marqués en vigueur", "Expired, still marked in force"),
    "0": ("Échéance aujourd'hui", "Due today"),
    "30": ("Dans les 30 jours", "Within 30 days"),
    "90": ("Dans les 90 jours", "Within 90 days"),
}
BUCKETS = {"0": (0, 0), "30": (1, 30), "90": (31, 90)}


@dataclass(frozen=True)
class FollowUpItem:
    id: str
    title: str
    owner: str | None
    due_on: PartialDate | None
    priority: str
    status: str
    link_kind: str | None = None  # the record it is about: partner, agreement, event or contact
    link_id: str | None = None
    link_name: str | None = None

    @property
    def due_date(self) -> dt.date | None:
        return self.due_on.last_day() if self.due_on else None


@dataclass(frozen=True)
class FollowUpGroup:
    key: str
    items: list[FollowUpItem]
    total: int
    by_owner: dict[str, int]  # owner ("" for nobody) -> count, over the whole group

    def label(self, language: str = "fr") -> str:
        fr, en = FOLLOWUP_GROUPS[self.key]
        return en if language == "en" else fr


@dataclass(frozen=True)
class AgreementItem:
    id: str
    title: str
    status: str
    partners: str
    ends_on: PartialDate | None
    milestone: str  # "end", "notice" (tacit renewal: last day to give notice), "renewal" (renews itself) or "expired"
    date: dt.date  # the day of the milestone
    days: int  # from today (negative when past)
    notice_months: int | None = None


@dataclass(frozen=True)
class AgreementGroup:
    key: str
    items: list[AgreementItem]
    total: int

    def label(self, language: str = "fr") -> str:
        fr, en = AGREEMENT_GROUPS[self.key]
        return en if language == "en" else fr


@dataclass(frozen=True)
class QuietPartner:
    id: str
    name: str
    country: str | None
    last_contact: dt.date | None  # None: no interaction ever recorded


@dataclass(frozen=True)
class EventItem:
    id: str
    title: str
    kind: str | None
    starts_on: PartialDate | None
    ends_on: PartialDate | None
    place: str | None


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    owner: str | None
    followups: list[FollowUpGroup]
    agreements: list[AgreementGroup]
    quiet: list[QuietPartner]
    quiet_total: int
    quiet_months: int
    events: list[EventItem]
    owners: list[str] = field(default_factory=list)  # everyone with open follow-ups shown (all when not filtered)

    def group(self, key: str) -> FollowUpGroup | AgreementGroup:
        for g in (*self.followups, *self.agreements):
            if g.key == key:
                return g
        raise KeyError(key)


def preferences(session: Session) -> dict:
    """The catalogue's dashboard preferences (months without contact, days of events ahead)."""
    stored = settings.get(session, SETTINGS_KEY)
    stored = stored if isinstance(stored, dict) else {}
    return {**DEFAULTS, **{k: v for k, v in stored.items() if k in DEFAULTS}}


def set_preferences(session: Session, **values) -> dict:
    current = preferences(session)
    current.update({k: int(v) for k, v in values.items() if k in DEFAULTS and v is not None})
    settings.set(session, SETTINGS_KEY, current)
    return current


def _pd(value) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    return PartialDate.from_iso(str(value))


# --- follow-ups ----------------------------------------------------------------------------------

# Core columns everywhere in this module: these read-only queries skip the ORM's per-statement
# work, and computing the start-up dashboard never configures the mappers (about 0.06 s)
F = FollowUp.__table__.c
A = Agreement.__table__.c


def _open_followups(owner: str | None):
    clauses = [F.status == "open", F.deleted_at.is_(None)]
    if owner:
        clauses.append(F.owner == owner)
    return clauses


@functools.cache
def _details():
    """SELECT of follow-ups with the record each is about (built once: building joins costs time)."""
    p, a, e, c = (m.__table__ for m in (Partner, Agreement, Event, Contact))
    return (
        select(F.id, F.public_id, F.title, F.owner, F.due_on, F.priority, F.status,
               p.c.public_id, p.c.name, a.c.public_id, a.c.title, e.c.public_id, e.c.title,
               c.c.public_id, c.c.first_name, c.c.last_name)
        .select_from(FollowUp.__table__.outerjoin(p, p.c.id == F.partner_id).outerjoin(a, a.c.id == F.agreement_id)
                     .outerjoin(e, e.c.id == F.event_id).outerjoin(c, c.c.id == F.contact_id))
    )


def _first_ids(session: Session, base: list, parts: list, limit: int) -> list[int]:
    """Ids of the first ``limit`` follow-ups by due day among those matching ``base`` and any of ``parts``.

    Each part is read in due-date order and stops after ``limit`` rows (an index range, no
    sort of the whole group).
    """
    found: list[tuple] = []
    for part in parts:
        stmt = select(F.id, F.due_on).where(*base, part).order_by(F.due_on, F.id).limit(limit)
        found += session.execute(stmt).all()
    found.sort(key=lambda r: (r[1] is None, r[1].last_day() if r[1] else dt.date.max, str(r[1] or ""), r[0]))
    return [r[0] for r in found[:limit]]


def _items(session: Session, ids: list[int]) -> dict[int, FollowUpItem]:
    """These follow-ups with the record each is about, in one query."""
    items: dict[int, FollowUpItem] = {}
    if not ids:
        return items
    for row in session.execute(_details().where(F.id.in_(ids))):
        link = (None, None, None)
        for kind, pid, name in (("partner", row[7], row[8]), ("agreement", row[9], row[10]), ("event", row[11], row[12]),
                                ("contact", row[13], " ".join(x for x in (row[14], row[15]) if x))):
            if pid:
                link = (kind, pid, name)
                break
        items[row[0]] = FollowUpItem(row[1], row[2], row[3], _pd(row[4]), row[5], row[6], *link)
    return items


def _groups(session: Session, groups: dict[str, list], base: list, limit: int) -> list[FollowUpGroup]:
    """Counts per owner and the first items of each group (the items of all groups fetched together)."""
    counted, listed = {}, {}
    for key, parts in groups.items():
        where = [*base, or_(*parts) if len(parts) > 1 else parts[0]]
        # grouping on an expression keeps SQLite on the due-date index instead of walking the owner index
        owner = func.coalesce(F.owner, "")
        counted[key] = dict(session.execute(select(owner, func.count()).where(*where).group_by(owner)).all())
        listed[key] = _first_ids(session, base, parts, limit) if limit and counted[key] else []
    items = _items(session, [i for ids in listed.values() for i in ids])
    return [FollowUpGroup(key, [items[i] for i in listed[key] if i in items], sum(counted[key].values()),
                          dict(sorted(counted[key].items(), key=lambda kv: (-kv[1], kv[0]))))
            for key in groups]


def followup_groups(session: Session, today: dt.date, owner: str | None = None, limit: int = LIMIT) -> list[FollowUpGroup]:
    """Open follow-ups: overdue; due today; within the next 7 days; later (or undated, last)."""
    col = F.due_on
    week_end = today + dt.timedelta(days=7)
    groups = {
        "overdue": [due_before(col, today)],
        "today": due_between_parts(col, today, today),
        "week": due_between_parts(col, today + dt.timedelta(days=1), week_end),
        "later": [*due_from_parts(col, week_end + dt.timedelta(days=1)), col.is_(None)],
    }
    return _groups(session, groups, _open_followups(owner), limit)


def followups_between(session: Session, first: dt.date, last: dt.date, owner: str | None = None,
                      limit: int = LIMIT) -> FollowUpGroup:
    """Open follow-ups due between two days (both included), as one group keyed "later"."""
    return _groups(session, {"later": due_between_parts(F.due_on, first, last)}, _open_followups(owner), limit)[0]


def owners_of(groups: list[FollowUpGroup]) -> list[str]:
    """Everyone who owns an open follow-up, by name (read from the groups' counts, no extra query)."""
    return sorted({o for g in groups for o in g.by_owner if o}, key=lambda o: (o.casefold(), o))


def owners(session: Session) -> list[str]:
    """Everyone who owns an open follow-up, by name."""
    owner = func.coalesce(F.owner, "")  # the grouped expression itself is selected: PostgreSQL insists
    stmt = select(owner).where(*_open_followups(None), F.owner.is_not(None)).group_by(owner).order_by(owner)
    return [o for o in session.scalars(stmt) if o]


# --- agreements ----------------------------------------------------------------------------------

def _partner_names(session: Session, agreement_ids: list[int]) -> dict[int, str]:
    if not agreement_ids:
        return {}
    ap, pt = agreement_partners, Partner.__table__
    rows = session.execute(select(ap.c.agreement_id, pt.c.name).join(pt, pt.c.id == ap.c.partner_id)
                           .where(ap.c.agreement_id.in_(agreement_ids)).order_by(ap.c.agreement_id, ap.c.position))
    names: dict[int, list[str]] = {}
    for aid, name in rows:
        names.setdefault(aid, []).append(name)
    return {aid: ", ".join(n) for aid, n in names.items()}


_AGREEMENT_COLUMNS = (A.id, A.public_id, A.title, A.status, A.starts_on, A.ends_on, A.renewal, A.notice_months,
                      A.duration_years)


def _in_force():
    return [A.deleted_at.is_(None), A.status.in_(IN_FORCE), A.ends_on.is_not(None)]


def _not_tacit():
    return or_(A.renewal.is_(None), A.renewal != "tacit")


def _tacit_candidates(session: Session, horizon: dt.date) -> list:
    """Tacit renewals in force whose current period may end, or notice fall, before ``horizon``.

    Every one whose first term has ended (it renewed itself, period after period) and those
    ending within ``MAX_NOTICE_MONTHS`` of the horizon (a superset: the exact days are computed
    by ``db.agreement_status`` on these rows). Only what the rules read, dates as their stored
    text (thousands of rows on a large catalogue: ``_pd`` remembers the days it parsed).
    """
    high = (add_months(horizon, MAX_NOTICE_MONTHS) + dt.timedelta(days=3)).isoformat()
    return session.execute(select(A.id, A.status, as_text(A.starts_on).label("starts_on"),
                                  as_text(A.ends_on).label("ends_on"), A.renewal, A.notice_months, A.duration_years,
                                  A.public_id, A.title).where(
        *_in_force(), A.renewal == "tacit", as_text(A.ends_on) <= high)).all()


def _standing(r, today: dt.date):
    """Where a row of ``_tacit_candidates`` (id, status, starts_on, ends_on, renewal, notice_months,
    duration_years, …) stands."""
    return agreement_status.standing(r[1], today, starts_on=_pd(r[2]), ends_on=_pd(r[3]), renewal=r[4],
                                     notice_months=r[5], duration_years=r[6])


def agreement_groups(session: Session, today: dt.date, limit: int = LIMIT) -> list[AgreementGroup]:
    """Agreements in force reaching their end or notice date today, within 30 or 90 days; and the expired.

    Where an agreement stands follows ``db.agreement_status``: one without tacit renewal whose end
    has passed is expired (still marked in force); a tacit renewal never expires: its milestone
    is the notice day of its current period, or the day it renews itself when it has no notice.
    """
    groups: list[AgreementGroup] = []
    rows_by_group: dict[str, list[tuple]] = {}
    totals: dict[str, int] = {}
    table = Agreement.__table__
    expired_where = [*_in_force(), _not_tacit(), due_before(A.ends_on, today)]
    totals["expired"] = session.scalar(select(func.count()).select_from(table).where(*expired_where))
    rows_by_group["expired"] = [("expired", r, _pd(r.ends_on).last_day()) for r in session.execute(
        select(*_AGREEMENT_COLUMNS).where(*expired_where).order_by(A.ends_on.desc(), A.id).limit(limit))]
    horizon = today + dt.timedelta(days=max(hi for _, hi in BUCKETS.values()))
    tacit = []
    for r in _tacit_candidates(session, horizon):
        state = _standing(r, today)
        if state.notice_on is not None:
            tacit.append(("notice", r, state.notice_on))
        elif state.until is not None:
            tacit.append(("renewal", r, state.until))
    for key, (lo, hi) in BUCKETS.items():
        first, last = today + dt.timedelta(days=lo), today + dt.timedelta(days=hi)
        end_where = [*_in_force(), _not_tacit(), due_between(A.ends_on, first, last)]
        ends = session.execute(select(*_AGREEMENT_COLUMNS).where(*end_where).order_by(A.ends_on, A.id)
                               .limit(limit)).all()
        total = session.scalar(select(func.count()).select_from(table).where(*end_where))
        marks = [m for m in tacit if first <= m[2] <= last]
        rows_by_group[key] = [("end", r, _pd(r.ends_on).last_day()) for r in ends] + marks
        totals[key] = total + len(marks)
    names = _partner_names(session, sorted({r.id for rows in rows_by_group.values() for _, r, _ in rows}))
    for key in AGREEMENT_GROUPS:
        items = [AgreementItem(r.public_id, r.title, r.status, names.get(r.id, ""), _pd(r.ends_on), milestone, day,
                               (day - today).days, r.notice_months)
                 for milestone, r, day in rows_by_group[key]]
        if key != "expired":
            items.sort(key=lambda i: (i.date, i.title))
        groups.append(AgreementGroup(key, items[:limit], totals[key]))
    return groups


# --- partners without contact, events --------------------------------------------------------------

def quiet_partners(session: Session, today: dt.date, months: int, limit: int = LIMIT) -> tuple[list[QuietPartner], int]:
    """Active partners with no interaction for ``months`` months, and how many there are.

    Listed: those that went quiet most recently first (their last contact just crossed the
    limit), then those never contacted, by name. Partners with a recent interaction are found
    through the interactions' date index; the older interactions are read newest first and
    only until ``limit`` partners are found.
    """
    cutoff = add_months(today, -months)
    i, pt = Interaction.__table__.c, Partner.__table__.c
    live = [pt.deleted_at.is_(None), pt.status == "active"]
    recent = select(i.partner_id).where(i.occurred_on >= cutoff, i.partner_id.is_not(None), i.deleted_at.is_(None))
    total = session.scalar(select(func.count()).select_from(Partner.__table__).where(*live, pt.id.not_in(recent)))
    items: list[QuietPartner] = []
    if not total:
        return items, 0
    older = (select(pt.id, pt.public_id, pt.name, pt.country, i.occurred_on)
             .join(Partner.__table__, pt.id == i.partner_id)
             .where(i.occurred_on < cutoff, i.deleted_at.is_(None), *live, pt.id.not_in(recent))
             .order_by(i.occurred_on.desc()))
    seen: set[int] = set()
    result = session.execute(older.execution_options(yield_per=500))
    for row in result:
        if row[0] not in seen:
            seen.add(row[0])
            items.append(QuietPartner(row[1], row[2], row[3], row[4]))
            if len(items) >= limit:
                break
    result.close()
    if len(items) < limit:
        contacted = select(i.partner_id).where(i.partner_id.is_not(None), i.deleted_at.is_(None))
        rows = session.execute(select(pt.public_id, pt.name, pt.country).where(*live, pt.id.not_in(contacted))
                               .order_by(pt.name_key).limit(limit - len(items)))
        items += [QuietPartner(r[0], r[1], r[2], None) for r in rows]
    return items, total


def upcoming_events(session: Session, today: dt.date, days: int, limit: int = 10) -> list[EventItem]:
    """Events under way or starting within ``days`` days, soonest first."""
    ev = Event.__table__.c
    window = due_between(ev.starts_on, today - dt.timedelta(days=60), today + dt.timedelta(days=days))
    rows = session.execute(select(ev.public_id, ev.title, ev.kind, ev.starts_on, ev.ends_on, ev.place)
                           .where(ev.deleted_at.is_(None), window).order_by(ev.starts_on, ev.id).limit(limit * 5))
    items = []
    for r in rows:
        end = r.ends_on or r.starts_on
        if end is not None and end.last_day() >= today:
            items.append(EventItem(r.public_id, r.title, r.kind, r.starts_on, r.ends_on, r.place))
    return items[:limit]


def compute(session: Session, today: dt.date | None = None, *, owner: str | None = None,
            quiet_months: int | None = None, limit: int = LIMIT) -> Dashboard:
    """Every dashboard group for ``today`` (follow-ups restricted to ``owner`` when given)."""
    today = today or dt.date.today()
    prefs = preferences(session)
    months = quiet_months or prefs["quiet_months"]
    quiet, quiet_total = quiet_partners(session, today, months, limit)
    followups = followup_groups(session, today, owner, limit)
    return Dashboard(
        today=today, owner=owner,
        followups=followups,
        agreements=agreement_groups(session, today, limit),
        quiet=quiet, quiet_total=quiet_total, quiet_months=months,
        events=upcoming_events(session, today, prefs["event_days"]),
        owners=owners_of(followups),
    )
