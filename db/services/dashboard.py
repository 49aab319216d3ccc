"""The start-up dashboard's data for one day: late and coming follow-ups, agreements to watch, quiet partners, events.

Everything is computed in SQL with indexed range predicates on the ISO-text dates (see
``db.services.dates``), counted in full and listed up to a limit per group, so that a catalogue
of 100,000 partners and 300,000 follow-ups never travels into Python. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Agreement,
    Contact,
    Event,
    FollowUp,
    Interaction,
    Partner,
    Setting,
    agreement_partners,
)
from db.partial_date import PartialDate
from db.services.dates import add_months, as_text, due_before, due_between, due_from

LIMIT = 100  # items listed per group (the totals are always complete)
IN_FORCE = ("active", "signed")  # agreement statuses that should not be past their end
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
    "expired": ("Expirés mais encore en vigueur", "Expired but still marked active"),
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
    milestone: str  # "end", "notice" (tacit renewal: last day to give notice) or "expired"
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
    owners: list[str] = field(default_factory=list)  # everyone with open follow-ups

    def group(self, key: str) -> FollowUpGroup | AgreementGroup:
        for g in (*self.followups, *self.agreements):
            if g.key == key:
                return g
        raise KeyError(key)


def preferences(session: Session) -> dict:
    """The catalogue's dashboard preferences (months without contact, days of events ahead)."""
    setting = session.get(Setting, SETTINGS_KEY)
    stored = setting.value if setting is not None and isinstance(setting.value, dict) else {}
    return {**DEFAULTS, **{k: v for k, v in stored.items() if k in DEFAULTS}}


def set_preferences(session: Session, **values) -> dict:
    current = preferences(session)
    current.update({k: int(v) for k, v in values.items() if k in DEFAULTS and v is not None})
    setting = session.get(Setting, SETTINGS_KEY)
    if setting is None:
        session.add(Setting(key=SETTINGS_KEY, value=current))
    else:
        setting.value = current
    session.flush()
    return current


def _pd(value) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    return PartialDate.from_iso(str(value))


# --- follow-ups ----------------------------------------------------------------------------------

F = FollowUp.__table__.c  # Core columns: these read-only queries skip the ORM's per-statement work
A = Agreement.__table__.c


def _open_followups(owner: str | None):
    clauses = [F.status == "open", F.deleted_at.is_(None)]
    if owner:
        clauses.append(F.owner == owner)
    return clauses


def _followup_rows(session: Session, where, limit: int, descending: bool = False) -> list[FollowUpItem]:
    t = FollowUp.__table__
    f = t.c
    p, a, e, c = (m.__table__.alias(n) for m, n in ((Partner, "p"), (Agreement, "a"), (Event, "e"), (Contact, "c")))
    order = [f.due_on.is_(None), f.due_on.desc() if descending else f.due_on, f.id]
    stmt = (
        select(f.public_id, f.title, f.owner, f.due_on, f.priority, f.status,
               p.c.public_id, p.c.name, a.c.public_id, a.c.title, e.c.public_id, e.c.title,
               c.c.public_id, c.c.first_name, c.c.last_name)
        .select_from(t.outerjoin(p, p.c.id == f.partner_id).outerjoin(a, a.c.id == f.agreement_id)
                     .outerjoin(e, e.c.id == f.event_id).outerjoin(c, c.c.id == f.contact_id))
        .where(*where).order_by(*order).limit(limit)
    )
    items = []
    for row in session.execute(stmt):
        link = (None, None, None)
        for kind, pid, name in (("partner", row[6], row[7]), ("agreement", row[8], row[9]), ("event", row[10], row[11]),
                                ("contact", row[12], " ".join(x for x in (row[13], row[14]) if x))):
            if pid:
                link = (kind, pid, name)
                break
        items.append(FollowUpItem(row[0], row[1], row[2], _pd(row[3]),
                                  row[4], row[5], *link))
    return items


def _followup_group(session: Session, key: str, where, limit: int) -> FollowUpGroup:
    counts = {(owner or ""): n for owner, n in session.execute(
        # grouping on an expression keeps SQLite on the due-date index instead of walking the owner index
        select(F.owner, func.count()).where(*where).group_by(func.coalesce(F.owner, "")))}
    items = _followup_rows(session, where, limit) if limit else []
    # text order puts "2027" before "2027-01-21"; show the fetched items by their real due day
    items.sort(key=lambda i: (i.due_date is None, i.due_date or dt.date.max))
    return FollowUpGroup(key, items, sum(counts.values()), dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))


def followup_groups(session: Session, today: dt.date, owner: str | None = None, limit: int = LIMIT) -> list[FollowUpGroup]:
    """Open follow-ups: overdue; due today; within the next 7 days; later (or undated, last)."""
    base = _open_followups(owner)
    col = F.due_on
    week_end = today + dt.timedelta(days=7)
    groups = {
        "overdue": [*base, due_before(col, today)],
        "today": [*base, due_between(col, today, today)],
        "week": [*base, due_between(col, today + dt.timedelta(days=1), week_end)],
        "later": [*base, or_(due_from(col, week_end + dt.timedelta(days=1)), col.is_(None))],
    }
    return [_followup_group(session, key, where, limit) for key, where in groups.items()]


def followups_between(session: Session, first: dt.date, last: dt.date, owner: str | None = None,
                      limit: int = LIMIT) -> FollowUpGroup:
    """Open follow-ups due between two days (both included), as one group keyed "window"."""
    return _followup_group(session, "later", [*_open_followups(owner), due_between(F.due_on, first, last)], limit)


def owners(session: Session) -> list[str]:
    """Everyone who owns an open follow-up, by name."""
    stmt = (select(F.owner).where(*_open_followups(None), F.owner.is_not(None))
            .group_by(func.coalesce(F.owner, "")).order_by(func.coalesce(F.owner, "")))
    return [o for o in session.scalars(stmt) if o]


# --- agreements ----------------------------------------------------------------------------------

def _partner_names(session: Session, agreement_ids: list[int]) -> dict[int, str]:
    if not agreement_ids:
        return {}
    ap = agreement_partners
    rows = session.execute(select(ap.c.agreement_id, Partner.name).join(Partner, Partner.id == ap.c.partner_id)
                           .where(ap.c.agreement_id.in_(agreement_ids)).order_by(ap.c.agreement_id, ap.c.position))
    names: dict[int, list[str]] = {}
    for aid, name in rows:
        names.setdefault(aid, []).append(name)
    return {aid: ", ".join(n) for aid, n in names.items()}


_AGREEMENT_COLUMNS = (A.id, A.public_id, A.title, A.status, A.ends_on, A.notice_months)


def _in_force():
    return [A.deleted_at.is_(None), A.status.in_(IN_FORCE), A.ends_on.is_not(None)]


def _notice_date(ends_on: PartialDate, months: int) -> dt.date:
    return add_months(ends_on.last_day(), -months)


def _notice_where(first: dt.date, last: dt.date):
    """Tacit renewals whose notice date (end minus notice months) MAY fall within [first, last].

    A superset (month-precision ends are caught by their month prefix, year-only ends by their
    year); the exact notice day is checked in Python on these few rows.
    """
    ends = as_text(A.ends_on)
    terms = [and_(A.notice_months == n, ends.between(add_months(first, n).isoformat()[:7],
                                                     (add_months(last, n) + dt.timedelta(days=3)).isoformat()))
             for n in range(1, MAX_NOTICE_MONTHS + 1)]
    years = [str(y) for y in range(first.year, add_months(last, MAX_NOTICE_MONTHS).year + 1)]
    return [*_in_force(), A.renewal == "tacit", A.notice_months.is_not(None), or_(*terms, ends.in_(years))]


def agreement_groups(session: Session, today: dt.date, limit: int = LIMIT) -> list[AgreementGroup]:
    """Agreements in force reaching their end or notice date today, within 30 or 90 days; and the expired."""
    groups: list[AgreementGroup] = []
    rows_by_group: dict[str, list[tuple]] = {}
    totals: dict[str, int] = {}
    table = Agreement.__table__
    expired_where = [*_in_force(), due_before(A.ends_on, today)]
    totals["expired"] = session.scalar(select(func.count()).select_from(table).where(*expired_where))
    rows_by_group["expired"] = [("expired", r) for r in session.execute(
        select(*_AGREEMENT_COLUMNS).where(*expired_where).order_by(A.ends_on.desc(), A.id).limit(limit))]
    horizon = today + dt.timedelta(days=max(hi for _, hi in BUCKETS.values()))
    candidates = session.execute(select(*_AGREEMENT_COLUMNS).where(*_notice_where(today, horizon))).all()
    for key, (lo, hi) in BUCKETS.items():
        first, last = today + dt.timedelta(days=lo), today + dt.timedelta(days=hi)
        end_where = [*_in_force(), due_between(A.ends_on, first, last)]
        ends = session.execute(select(*_AGREEMENT_COLUMNS).where(*end_where).order_by(A.ends_on, A.id)
                               .limit(limit)).all()
        total = session.scalar(select(func.count()).select_from(table).where(*end_where))
        notices = [r for r in candidates if first <= _notice_date(_pd(r.ends_on), r.notice_months) <= last]
        rows_by_group[key] = [("end", r) for r in ends] + [("notice", r) for r in notices]
        totals[key] = total + len(notices)
    names = _partner_names(session, sorted({r.id for rows in rows_by_group.values() for _, r in rows}))
    for key in AGREEMENT_GROUPS:
        items = []
        for milestone, r in rows_by_group[key]:
            ends_on = _pd(r.ends_on)
            day = _notice_date(ends_on, r.notice_months) if milestone == "notice" else ends_on.last_day()
            items.append(AgreementItem(r.public_id, r.title, r.status, names.get(r.id, ""), ends_on, milestone, day,
                                       (day - today).days, r.notice_months))
        if key != "expired":
            items.sort(key=lambda i: (i.date, i.title))
        groups.append(AgreementGroup(key, items[:limit], totals[key]))
    return groups


# --- partners without contact, events --------------------------------------------------------------

def quiet_partners(session: Session, today: dt.date, months: int, limit: int = LIMIT) -> tuple[list[QuietPartner], int]:
    """Active partners with no interaction for ``months`` months: the lapsed (oldest first), then the never contacted."""
    cutoff = add_months(today, -months)
    live_partner = [Partner.deleted_at.is_(None), Partner.status == "active"]
    last = func.max(Interaction.occurred_on).label("last")
    lapsed = (select(Interaction.partner_id.label("pid"), last)
              .join(Partner, Partner.id == Interaction.partner_id)
              .where(Interaction.deleted_at.is_(None), *live_partner)
              .group_by(Interaction.partner_id).having(last < cutoff)).subquery()
    # the total rides along with the first rows (a window count), so the grouping runs once
    rows = session.execute(select(Partner.public_id, Partner.name, Partner.country, lapsed.c.last,
                                  func.count().over().label("total"))
                           .join(lapsed, lapsed.c.pid == Partner.id).order_by(lapsed.c.last, Partner.name_key).limit(limit)).all()
    lapsed_total = rows[0].total if rows else 0
    items = [QuietPartner(r[0], r[1], r[2], r[3]) for r in rows]
    contacted = select(Interaction.partner_id).where(Interaction.partner_id.is_not(None), Interaction.deleted_at.is_(None))
    never_where = [*live_partner, Partner.id.not_in(contacted)]
    never_total = session.scalar(select(func.count()).select_from(Partner).where(*never_where))
    if len(items) < limit:
        rows = session.execute(select(Partner.public_id, Partner.name, Partner.country, literal(None))
                               .where(*never_where).order_by(Partner.name_key).limit(limit - len(items)))
        items += [QuietPartner(r[0], r[1], r[2], None) for r in rows]
    return items, lapsed_total + never_total


def upcoming_events(session: Session, today: dt.date, days: int, limit: int = 10) -> list[EventItem]:
    """Events under way or starting within ``days`` days, soonest first."""
    window = due_between(Event.starts_on, today - dt.timedelta(days=60), today + dt.timedelta(days=days))
    rows = session.execute(select(Event.public_id, Event.title, Event.kind, Event.starts_on, Event.ends_on, Event.place)
                           .where(Event.deleted_at.is_(None), window).order_by(Event.starts_on, Event.id).limit(limit * 5))
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
    return Dashboard(
        today=today, owner=owner,
        followups=followup_groups(session, today, owner, limit),
        agreements=agreement_groups(session, today, limit),
        quiet=quiet, quiet_total=quiet_total, quiet_months=months,
        events=upcoming_events(session, today, prefs["event_days"]),
        owners=owners(session),
    )
