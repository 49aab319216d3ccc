"""Every dashboard group, on catalogues built with dates relative to a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest
from passerelles_testing import TODAY

from db.partial_date import PartialDate
from db.schemas import AgreementIn, EventIn, FollowUpIn, InteractionIn, PartnerIn
from db.services import dashboard
from db.services.dates import add_months, due_state, due_words


def day(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


@pytest.fixture
def filled(services):
    s = services
    for name in ("Busan", "Sanya", "Shizuoka", "Dormant City"):
        s.create("partner", PartnerIn(name=name, status="dormant" if name == "Dormant City" else "active"))
    s.create("partner", PartnerIn(name="Deleted Partner"))
    s.delete("partner", s.list("partner", None)[1].id)  # "Deleted Partner" sorts second
    follow = [
        ("late full date", day(-1), "Claire"),
        ("late month", "2026-10", "Julien"),  # October ended before 22 November
        ("late year", "2025", "Claire"),
        ("today full", day(0), "Claire"),
        ("this month (due 30 Nov)", "2026-11", "Julien"),  # partial: due by the END of November, 8 days
        ("in 7 days", day(7), None),
        ("in 8 days", day(8), "Claire"),
        ("this year (due 31 Dec)", "2026", "Julien"),
        ("next year", "2027", "Claire"),
        ("no date", None, "Claire"),
    ]
    for title, due, owner in follow:
        s.create("followup", FollowUpIn(title=title, due_on=due, owner=owner, partner="Busan"))
    s.create("followup", FollowUpIn(title="done late", due_on=day(-5), status="done", completed_on=day(-1)))
    s.create("followup", FollowUpIn(title="cancelled late", due_on=day(-5), status="cancelled"))
    gone = s.create("followup", FollowUpIn(title="deleted late", due_on=day(-5)))
    s.delete("followup", gone.id)
    return s


def titles(group) -> list[str]:
    return [i.title for i in group.items]


def compute(services, **kw):
    with services.catalog.uow() as uow:
        return dashboard.compute(uow.session, TODAY, **kw)


def test_followup_groups_by_due_day_with_partial_dates(filled):
    board = compute(filled)
    assert titles(board.group("overdue")) == ["late year", "late month", "late full date"]
    assert titles(board.group("today")) == ["today full"]
    assert titles(board.group("week")) == ["in 7 days"]
    assert titles(board.group("later")) == ["this month (due 30 Nov)", "in 8 days", "this year (due 31 Dec)",
                                            "next year", "no date"]
    assert board.group("overdue").total == 3
    assert board.group("overdue").by_owner == {"Claire": 2, "Julien": 1}
    assert board.group("week").by_owner == {"": 1}
    assert board.group("later").by_owner == {"Claire": 3, "Julien": 2}
    item = board.group("overdue").items[0]
    assert (item.link_kind, item.link_name) == ("partner", "Busan")
    assert item.due_date == dt.date(2025, 12, 31)
    assert board.owners == ["Claire", "Julien"]


def test_mine_filter_and_limits(filled):
    board = compute(filled, owner="Julien")
    assert titles(board.group("overdue")) == ["late month"]
    assert titles(board.group("later")) == ["this month (due 30 Nov)", "this year (due 31 Dec)"]
    small = compute(filled, limit=1)
    assert len(small.group("overdue").items) == 1 and small.group("overdue").total == 3


def test_agreement_end_notice_and_expired(services):
    services.create("partner", PartnerIn(name="Busan"))

    def agreement(title, ends_on, status="active", **kw):
        services.create("agreement", AgreementIn(title=title, ends_on=ends_on, status=status, partners=["Busan"], **kw))

    agreement("ends today", day(0))
    agreement("ends in 10 days", day(10), status="signed")
    agreement("ends in 30 days", day(30))
    agreement("ends in 31 days", day(31))
    agreement("ends in 90 days", day(90))
    agreement("ends in 91 days", day(91))
    agreement("ends end of December (month)", "2026-12")  # last day 31/12: 39 days
    agreement("expired yesterday", day(-1))
    agreement("expired last year (year only)", "2025")
    agreement("expired but marked expired", day(-1), status="expired")
    agreement("draft past end", day(-1), status="draft")
    agreement("ends this month (month only)", "2026-11")  # last day 30/11: 8 days, not expired
    # tacit renewal: notice is 3 months before the end, so 20 days from today
    end = add_months(TODAY + dt.timedelta(days=20), 3)
    agreement("tacit, notice in 20 days", end.isoformat(), renewal="tacit", notice_months=3)
    # tacit renewal whose notice day is today
    agreement("tacit, notice today", add_months(TODAY, 6).isoformat(), renewal="tacit", notice_months=6)
    # explicit renewal with a notice period does not have a notice milestone
    agreement("explicit with notice", end.isoformat(), renewal="explicit", notice_months=3)
    # tacit renewal whose first term ended two years ago: renewed yearly, notice of the current period in 20 days
    agreement("tacit, renewed, notice in 20 days", add_months(end, -24).isoformat(), renewal="tacit", notice_months=3,
              duration_years=1)
    # tacit renewal without notice, first term over: renews itself (not expired) in 60 days
    agreement("tacit, renews in 60 days", add_months(TODAY + dt.timedelta(days=60), -12).isoformat(), renewal="tacit")
    board = compute(services)
    g = {x.key: x for x in board.agreements}
    assert [(i.title, i.milestone) for i in g["90"].items if "tacit" in i.title] == [("tacit, renews in 60 days", "renewal")]
    assert [(i.title, i.milestone) for i in g["0"].items] == [("ends today", "end"), ("tacit, notice today", "notice")]
    assert [(i.title, i.milestone, i.days) for i in g["30"].items] == [
        ("ends this month (month only)", "end", 8), ("ends in 10 days", "end", 10),
        ("tacit, notice in 20 days", "notice", 20), ("tacit, renewed, notice in 20 days", "notice", 20),
        ("ends in 30 days", "end", 30)]
    assert [i.title for i in g["90"].items] == ["ends in 31 days", "ends end of December (month)",
                                                "tacit, renews in 60 days", "ends in 90 days"]
    assert [i.title for i in g["expired"].items] == ["expired yesterday", "expired last year (year only)"]
    assert g["expired"].items[1].date == dt.date(2025, 12, 31)
    assert g["expired"].total == 2 and g["30"].total == 5
    assert g["30"].items[0].partners == "Busan"
    notice = g["30"].items[2]
    assert g["30"].items[3].date == notice.date  # the renewed one: notice of its current period
    assert notice.date == TODAY + dt.timedelta(days=20) and notice.notice_months == 3


def test_quiet_partners_default_twelve_months_and_preference(services):
    for name in ("Busan", "Sanya", "Shizuoka", "Never"):
        services.create("partner", PartnerIn(name=name))
    services.create("partner", PartnerIn(name="Prospect", status="prospect"))
    services.create("interaction", InteractionIn(partner="Busan", occurred_on=day(-30)))
    services.create("interaction", InteractionIn(partner="Sanya", occurred_on=day(-400)))
    services.create("interaction", InteractionIn(partner="Shizuoka", occurred_on=day(-200)))
    services.create("interaction", InteractionIn(partner="Shizuoka", occurred_on=day(-500)))
    board = compute(services)
    assert [(p.name, p.last_contact) for p in board.quiet] == [("Sanya", TODAY - dt.timedelta(days=400)), ("Never", None)]
    assert board.quiet_total == 2 and board.quiet_months == 12
    with services.catalog.uow() as uow:
        dashboard.set_preferences(uow.session, quiet_months=6)
        uow.commit()
    board = compute(services)
    assert [p.name for p in board.quiet] == ["Shizuoka", "Sanya", "Never"]  # most recently gone quiet first
    assert board.quiet_months == 6


def test_upcoming_events(services):
    services.create("event", EventIn(title="Past", starts_on=day(-10), ends_on=day(-9)))
    services.create("event", EventIn(title="Under way", starts_on=day(-1), ends_on=day(2)))
    services.create("event", EventIn(title="Next week", starts_on=day(7)))
    services.create("event", EventIn(title="Next month (month)", starts_on="2026-12"))
    services.create("event", EventIn(title="Far away", starts_on=day(400)))
    board = compute(services)
    assert [e.title for e in board.events] == ["Under way", "Next week", "Next month (month)"]


def test_demo_catalogue(demo_catalog):
    with demo_catalog.uow() as uow:
        board = dashboard.compute(uow.session, TODAY)
    assert board.group("overdue").total == 3
    # Busan's memorandum ended its first term on 22/05/2026 but renews itself (tacit): not expired
    assert {a.title for a in board.group("expired").items} == {
        "Partenariat patrimoine et numérique Cannes – Grand-Bassam"}
    assert "Busan" not in " ".join(a.title for g in board.agreements for a in g.items)
    assert [a.milestone for a in board.group("30").items] == ["notice", "end"]
    assert "Sanya" in [p.name for p in board.quiet]


def test_due_state_words_and_colours():
    assert due_state(PartialDate.from_iso(day(-1)), TODAY) == "overdue"
    assert due_words(PartialDate.from_iso(day(-1)), TODAY) == "En retard de 1 jour"
    assert due_words(PartialDate.from_iso(day(-3)), TODAY) == "En retard de 3 jours"
    assert due_state(PartialDate.from_iso(day(0)), TODAY) == "today"
    assert due_state(PartialDate.from_iso(day(7)), TODAY) == "soon"
    assert due_state(PartialDate.from_iso(day(8)), TODAY) == "later"
    assert due_state(PartialDate.from_iso("2026-11"), TODAY) == "later"  # 30 November
    assert due_words(PartialDate.from_iso("2026-11"), TODAY) == "Dans 8 jours"
    assert due_state(PartialDate.from_iso("2025"), TODAY) == "overdue"
    assert due_state(None, TODAY) == "none"
    assert due_state(PartialDate.from_iso(day(-1)), TODAY, "done") == "closed"
