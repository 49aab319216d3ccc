"""Where an agreement stands on a day: one table of cases, shared by every view."""

import datetime as dt

import pytest

from db.agreement_status import renewal_months, standing
from db.partial_date import PartialDate

TODAY = dt.date(2026, 11, 22)
D = dt.date


def pd(text):
    return PartialDate.from_iso(text) if text else None


CASES = [
    # (case, status, starts, ends, renewal, notice, duration) -> (key, until, ended_on, notice_on, renewals)
    ("draft", "draft", None, "2020-01-01", "none", None, None, ("draft", None, None, None, 0)),
    ("negotiation", "negotiation", None, None, "none", None, None, ("negotiation", None, None, None, 0)),
    ("terminated even before its end", "terminated", "2020-01-01", "2030-01-01", "tacit", 3, None,
     ("terminated", None, None, None, 0)),
    ("recorded expired", "expired", None, "2025-06-30", "none", None, None, ("expired", None, D(2025, 6, 30), None, 0)),
    ("open-ended in force", "active", "2020-01-01", None, "none", None, None, ("in_force", None, None, None, 0)),
    ("in force until its end", "active", "2024-01-01", "2027-01-01", "none", None, None,
     ("in_force", D(2027, 1, 1), None, None, 0)),
    ("ends today: still in force", "signed", None, "2026-11-22", "none", None, None,
     ("in_force", D(2026, 11, 22), None, None, 0)),
    ("ended yesterday, no renewal: expired", "active", None, "2026-11-21", "none", None, None,
     ("expired", None, D(2026, 11, 21), None, 0)),
    ("explicit renewal not done: expired", "active", None, "2025-11-04", "explicit", 3, None,
     ("expired", None, D(2025, 11, 4), None, 0)),
    ("month-precision end counts to the month's end", "active", None, "2026-11", "none", None, None,
     ("in_force", D(2026, 11, 30), None, None, 0)),
    ("year-precision end passed", "active", None, "2025", "none", None, None, ("expired", None, D(2025, 12, 31), None, 0)),
    ("signed, starting later", "signed", "2027-01-01", "2030-01-01", "none", None, None,
     ("pending", D(2030, 1, 1), None, None, 0)),
    ("tacit, first term running, notice", "active", "2024-01-01", "2027-03-31", "tacit", 6, None,
     ("in_force", D(2027, 3, 31), None, D(2026, 9, 30), 0)),
    ("tacit renewed once by its duration", "active", "2023-05-22", "2026-05-22", "tacit", 3, 3,
     ("renewed", D(2029, 5, 22), None, D(2029, 2, 22), 1)),
    ("tacit renewed by the first term's length", "active", "2024-01-01", "2024-12-31", "tacit", 1, None,
     ("renewed", D(2026, 12, 31), None, D(2026, 11, 30), 2)),
    ("tacit without start or duration renews yearly", "signed", None, "2025-03-15", "tacit", None, None,
     ("renewed", D(2027, 3, 15), None, None, 2)),
    ("tacit ending today is not renewed yet", "active", None, "2026-11-22", "tacit", 2, 1,
     ("in_force", D(2026, 11, 22), None, D(2026, 9, 22), 0)),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_standing_table(case):
    _, status, starts, ends, renewal, notice, duration, expected = case
    s = standing(status, TODAY, starts_on=pd(starts), ends_on=pd(ends), renewal=renewal, notice_months=notice,
                 duration_years=duration)
    assert (s.key, s.until, s.ended_on, s.notice_on, s.renewals) == expected


def test_words():
    renewed = standing("active", TODAY, starts_on=pd("2023-05-22"), ends_on=pd("2026-05-22"), renewal="tacit",
                       notice_months=3, duration_years=3)
    assert renewed.in_force and not renewed.still_marked
    assert renewed.describe() == "Reconduit tacitement jusqu'au 22/05/2029 — préavis avant le 22/02/2029"
    assert renewed.describe("en") == "Renewed tacitly until 22/05/2029 — notice by 22/02/2029"
    lapsed = standing("signed", TODAY, ends_on=pd("2025-11-04"))
    assert lapsed.still_marked and not lapsed.in_force
    assert lapsed.describe() == "Expiré le 04/11/2025 (encore marqué en vigueur)"
    assert standing("expired", TODAY, ends_on=pd("2025-11-04")).describe() == "Expiré le 04/11/2025"
    assert standing("active", TODAY).describe() == "En vigueur"


def test_renewal_months():
    assert renewal_months(None, None, 2) == 24
    assert renewal_months(pd("2023-05-22"), pd("2026-05-21"), None) == 36
    assert renewal_months(pd("2023-05-22"), pd("2026-05-22"), None) == 36  # the anniversary, as offices write it
    assert renewal_months(pd("2025-01-01"), pd("2025-12-31"), None) == 12
    assert renewal_months(pd("2025-01-31"), pd("2025-02-27"), None) == 1
    assert renewal_months(pd("2024-01"), pd("2024-06"), None) == 6
    assert renewal_months(None, pd("2024-06"), None) == 12


def test_views_share_the_rules(demo_catalog):
    """The printed list of agreements in force, the agenda and the list view's value agree with the rules."""
    import subprocess
    import sys

    from db import reports
    from db.services import listing
    from db.services.records import ListQuery

    with demo_catalog.uow() as uow:
        in_force = reports.active_agreements(uow.session, TODAY)
        titles = [a.title for a in in_force.items]
        # Busan: tacit, first term ended 22/05/2026, renewed; Grand-Bassam: ended 04/11/2025, no renewal
        assert "Protocole d'entente Cannes – Busan dans le domaine du cinéma" in titles
        assert "Partenariat patrimoine et numérique Cannes – Grand-Bassam" not in titles
        ids = listing.ordered_ids(uow.session, "agreement", ListQuery(limit=None))
        rows = listing.rows(uow.session, "agreement", ids, ["title", "status"])
    values = {row[1]: row[2] for row in rows.values()}
    busan = values["Protocole d'entente Cannes – Busan dans le domaine du cinéma"]
    assert standing(busan[0], TODAY, starts_on=busan[1], ends_on=busan[2], renewal=busan[3], notice_months=busan[4],
                    duration_years=busan[5]).key == "renewed"
    out = subprocess.run([sys.executable, "-m", "db.cli", "--db", demo_catalog.url, "agenda", "--today",
                          TODAY.isoformat(), "--days", "400"], capture_output=True, text=True, check=True).stdout
    assert "Grand-Bassam" in out and "expiré le 04/11/2025" in out
    assert "Busan dans le domaine du cinéma (Busan) : expiré" not in out


def test_renewed_period_is_the_first_that_has_not_ended():
    """The current period of a tacit renewal is the first one ending on or after today, however many
    periods ago the first term ended (the walk starts after the periods ended in earlier months)."""
    from db.services.dates import add_months

    for first_end in (D(1990, 1, 31), D(2019, 2, 28), D(2024, 2, 29), D(2025, 11, 22), D(2026, 10, 31)):
        for months in (1, 5, 12, 36):
            for today in (D(2026, 11, 21), D(2026, 11, 22), D(2026, 11, 30), D(2027, 3, 1)):
                state = standing("active", today, ends_on=first_end, renewal="tacit", duration_years=None,
                                 starts_on=add_months(first_end, -months) + dt.timedelta(days=1))
                periods = 1
                while add_months(first_end, months * periods) < today:
                    periods += 1
                assert (state.until, state.renewals) == (add_months(first_end, months * periods), periods), \
                    (first_end, months, today)
                assert add_months(first_end, months * (periods - 1)) < today <= state.until


def test_add_months_clamps_to_the_end_of_a_shorter_month():
    from db.services.dates import add_months

    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2023, 3, 31), -1) == D(2023, 2, 28)
    assert add_months(D(2023, 3, 28), -1) == D(2023, 2, 28)
    assert add_months(D(2023, 5, 30), 13) == D(2024, 6, 30)
