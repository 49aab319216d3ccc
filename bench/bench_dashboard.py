"""Issue 6 benchmark: computing the start-up dashboard on a large catalogue.

dashboard.compute: every group (follow-ups overdue/today/week/later with per-owner counts,
agreements by end and notice date, expired agreements, quiet partners, events) through
``db.services.dashboard`` vs the same queries written by hand in SQL and run with sqlite3.
The catalogue (ctx.size partners, 3 x ctx.size follow-ups, agreements, interactions, events)
is built here with bulk Core inserts.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
import uuid
from pathlib import Path

TODAY = dt.date(2026, 11, 22)
OWNERS = ["Claire Vasseur", "Julien Marchetti", "Sophie Lemaire", "Karim Benali", "Anne Dupuis", "Marc Olivier",
          "Nadia Haddad", None]


def _day(rng: random.Random, low: int, high: int) -> dt.date:
    return TODAY + dt.timedelta(days=rng.randint(low, high))


def _partial(rng: random.Random, day: dt.date) -> str:
    roll = rng.random()
    if roll < 0.02:
        return f"{day.year:04d}"
    if roll < 0.07:
        return day.isoformat()[:7]
    return day.isoformat()


def build(path: Path, size: int) -> Path:
    """A catalogue with ``size`` partners and 3 x ``size`` follow-ups, inserted in bulk."""
    from sqlalchemy import insert

    from db.catalog import open_catalog
    from db.models import Agreement, Event, FollowUp, Interaction, Partner, agreement_partners

    done = path.with_suffix(".built")
    if path.exists() and done.exists():
        return path
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    catalog = open_catalog(path)
    rng = random.Random(6)
    now = dt.datetime.now(dt.UTC)
    common = lambda: {"public_id": str(uuid.uuid4()), "created_at": now, "updated_at": now, "version": 1,  # noqa: E731
                      "search_text": "", "extra": {}}
    with catalog.engine.begin() as conn:
        conn.execute(insert(Partner), [
            {**common(), "name": f"Partenaire {i}", "name_key": f"partenaire {i}", "country": rng.choice(["FR", "JP", "KR", "CN", "IT"]),
             "status": rng.choice(["active", "active", "active", "prospect", "dormant"]), "active": True}
            for i in range(size)])
        agreements = size // 2
        conn.execute(insert(Agreement), [
            {**common(), "title": f"Accord {i}", "status": rng.choice(["active", "active", "signed", "expired", "draft"]),
             "ends_on": _partial(rng, _day(rng, -1800, 1800)), "signed_on": str(rng.randint(2000, 2026)),
             "renewal": "tacit" if rng.random() < 0.3 else "none", "notice_months": rng.choice([None, 1, 2, 3, 6]),
             "funders": []}
            for i in range(agreements)])
        conn.execute(insert(agreement_partners), [
            {"agreement_id": i + 1, "partner_id": rng.randint(1, size), "position": 0} for i in range(agreements)])
        rows = []
        for i in range(3 * size):
            status = rng.choices(["open", "done", "cancelled"], [35, 60, 5])[0]
            due = _day(rng, -1100, 700)
            rows.append({**common(), "title": f"Suivi {i}", "name_key": f"suivi {i}", "owner": rng.choice(OWNERS),
                         "due_on": None if rng.random() < 0.03 else _partial(rng, due), "status": status,
                         "priority": "normal", "completed_on": due if status == "done" else None,
                         "partner_id": rng.randint(1, size) if rng.random() < 0.8 else None})
            if len(rows) == 50_000:
                conn.execute(insert(FollowUp), rows)
                rows = []
        if rows:
            conn.execute(insert(FollowUp), rows)
        conn.execute(insert(Interaction), [
            {**common(), "kind": "meeting", "occurred_on": _day(rng, -1500, 0), "partner_id": rng.randint(1, size)}
            for _ in range(size)])
        conn.execute(insert(Event), [
            {**common(), "title": f"Événement {i}", "name_key": f"evenement {i}", "starts_on": _partial(rng, _day(rng, -2000, 400))}
            for i in range(max(100, size // 50))])
    catalog.close()
    conn = sqlite3.connect(path)
    conn.execute("ANALYZE")
    conn.close()
    done.touch()
    return path


def _prefixes(day: dt.date) -> tuple[str, str]:
    iso = day.isoformat()
    return iso[:4], iso[:7]


def hand_written(conn: sqlite3.Connection, today: dt.date) -> int:
    """The dashboard's queries in plain SQL: the reference the services are compared with."""
    from db.services.dates import add_months

    rows = 0
    iso = today.isoformat()
    y, ym = _prefixes(today)
    tomorrow, week_end, after = (today + dt.timedelta(days=n) for n in (1, 7, 8))
    live = "f.status = 'open' AND f.deleted_at IS NULL"
    groups = [
        ("f.due_on < ? AND f.due_on NOT IN (?, ?)", [iso, y, ym]),
        ("(f.due_on BETWEEN ? AND ? AND f.due_on NOT IN (?, ?)) OR f.due_on IN (?, ?)", None),
        ("f.due_on BETWEEN ? AND ?", [tomorrow.isoformat(), week_end.isoformat()]),
        ("f.due_on >= ? OR f.due_on IN (?, ?) OR f.due_on IS NULL", [after.isoformat(), *_prefixes(after)]),
    ]
    # due today: the day itself, or this month/year when today is its last day
    from db.partial_date import PartialDate

    good = [p for p in (y, ym) if PartialDate.from_iso(p).last_day() == today]
    groups[1] = (f"f.due_on = ?{' OR f.due_on IN (' + ','.join('?' * len(good)) + ')' if good else ''}", [iso, *good])
    for where, params in groups:
        rows += len(conn.execute(f"SELECT f.owner, count(*) FROM followups f WHERE {live} AND ({where}) GROUP BY f.owner",
                                 params).fetchall())
        rows += len(conn.execute(
            "SELECT f.public_id, f.title, f.owner, f.due_on, f.priority, f.status, p.public_id, p.name, a.public_id, "
            "a.title, e.public_id, e.title, c.public_id, c.first_name, c.last_name FROM followups f "
            "LEFT JOIN partners p ON p.id = f.partner_id LEFT JOIN agreements a ON a.id = f.agreement_id "
            "LEFT JOIN events e ON e.id = f.event_id LEFT JOIN contacts c ON c.id = f.contact_id "
            f"WHERE {live} AND ({where}) ORDER BY f.due_on IS NULL, f.due_on, f.id LIMIT 100", params).fetchall())
    force = "a.deleted_at IS NULL AND a.status IN ('active', 'signed') AND a.ends_on IS NOT NULL"
    cols = "a.id, a.public_id, a.title, a.status, a.ends_on, a.notice_months"
    expired = "a.ends_on < ? AND a.ends_on NOT IN (?, ?)"
    rows += conn.execute(f"SELECT count(*) FROM agreements a WHERE {force} AND {expired}", [iso, y, ym]).fetchone()[0] > 0
    ids = [r[0] for r in conn.execute(f"SELECT {cols} FROM agreements a WHERE {force} AND {expired} "
                                      "ORDER BY a.ends_on DESC, a.id LIMIT 100", [iso, y, ym])]
    for lo, hi in ((0, 0), (1, 30), (31, 90)):
        first, last = (today + dt.timedelta(days=lo)).isoformat(), (today + dt.timedelta(days=hi)).isoformat()
        window = "a.ends_on BETWEEN ? AND ? AND length(a.ends_on) = 10"
        ids += [r[0] for r in conn.execute(f"SELECT {cols} FROM agreements a WHERE {force} AND {window} "
                                           "ORDER BY a.ends_on, a.id LIMIT 100", [first, last])]
        conn.execute(f"SELECT count(*) FROM agreements a WHERE {force} AND {window}", [first, last]).fetchone()
        terms, params = [], []
        for n in range(1, 25):
            terms.append("(a.notice_months = ? AND a.ends_on BETWEEN ? AND ?)")
            params += [n, add_months(today + dt.timedelta(days=lo), n).isoformat(),
                       add_months(today + dt.timedelta(days=hi), n).isoformat()]
        ids += [r[0] for r in conn.execute(f"SELECT {cols} FROM agreements a WHERE {force} AND a.renewal = 'tacit' "
                                           f"AND ({' OR '.join(terms)})", params)]
    rows += len(conn.execute(f"SELECT ap.agreement_id, p.name FROM agreement_partners ap JOIN partners p ON p.id = ap.partner_id "
                             f"WHERE ap.agreement_id IN ({','.join('?' * len(ids))}) ORDER BY ap.agreement_id, ap.position",
                             ids).fetchall())
    cutoff = add_months(today, -12).isoformat()
    lapsed = ("SELECT i.partner_id AS pid, max(i.occurred_on) AS last FROM interactions i JOIN partners p ON p.id = i.partner_id "
              "WHERE i.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status = 'active' GROUP BY i.partner_id HAVING last < ?")
    conn.execute(f"SELECT count(*) FROM ({lapsed})", [cutoff]).fetchone()
    rows += len(conn.execute(f"SELECT p.public_id, p.name, p.country, l.last FROM partners p JOIN ({lapsed}) l ON l.pid = p.id "
                             "ORDER BY l.last, p.name_key LIMIT 100", [cutoff]).fetchall())
    never = ("p.deleted_at IS NULL AND p.status = 'active' AND p.id NOT IN "
             "(SELECT partner_id FROM interactions WHERE partner_id IS NOT NULL AND deleted_at IS NULL)")
    conn.execute(f"SELECT count(*) FROM partners p WHERE {never}").fetchone()
    start, end = (today - dt.timedelta(days=60)).isoformat(), (today + dt.timedelta(days=180)).isoformat()
    rows += len(conn.execute("SELECT public_id, title, kind, starts_on, ends_on, place FROM events WHERE deleted_at IS NULL "
                             "AND starts_on BETWEEN ? AND ? ORDER BY starts_on, id LIMIT 50", [start, end]).fetchall())
    rows += len(conn.execute("SELECT owner FROM followups WHERE status = 'open' AND deleted_at IS NULL AND owner IS NOT NULL "
                             "GROUP BY owner ORDER BY owner").fetchall())
    return rows


def _best(func, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def measure(ctx) -> list[dict]:
    from db.catalog import open_catalog
    from db.services import dashboard

    path = build(Path(ctx.workdir) / f"dashboard-{ctx.size}.sqlite", ctx.size)
    catalog = open_catalog(path)
    try:
        def services_run():
            with catalog.uow() as uow:
                board = dashboard.compute(uow.session, TODAY)
            assert board.followups[0].total > 0

        services_run()  # warm the caches, as the application does at start-up
        seconds = _best(services_run)
        conn = sqlite3.connect(path)
        try:
            hand_written(conn, TODAY)
            baseline = _best(lambda: hand_written(conn, TODAY))
        finally:
            conn.close()
    finally:
        catalog.close()
    return [{
        "name": "dashboard.compute",
        "seconds": seconds,
        "baseline": "the same queries hand-written in SQL with sqlite3",
        "baseline_seconds": baseline,
        "target": 2.0,
        "peak_mb": None,
    }]


if __name__ == "__main__":
    import sys
    import tempfile
    from types import SimpleNamespace

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    workdir = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    for r in measure(SimpleNamespace(size=size, workdir=workdir)):
        print(f"{r['name']}: {r['seconds'] * 1000:.1f} ms vs {r['baseline_seconds'] * 1000:.1f} ms "
              f"(ratio {r['seconds'] / r['baseline_seconds']:.2f}, target {r['target']})")
