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
    from db.partial_date import PartialDate
    from db.services.dates import add_months

    rows = 0
    iso = today.isoformat()
    y, ym = _prefixes(today)
    week_end, after = today + dt.timedelta(days=7), today + dt.timedelta(days=8)
    live = "status = 'open' AND deleted_at IS NULL"
    today_good = [p for p in (y, ym) if PartialDate.from_iso(p).last_day() == today]
    groups = [  # per group: its parts, each one index range read in due-date order
        [("due_on < ? AND due_on NOT IN (?, ?)", [iso, y, ym])],
        [("due_on = ?", [iso])] + ([(f"due_on IN ({','.join('?' * len(today_good))})", today_good)] if today_good else []),
        [("due_on BETWEEN ? AND ?", [(today + dt.timedelta(days=1)).isoformat(), week_end.isoformat()])],
        [("due_on >= ?", [after.isoformat()]), ("due_on IN (?, ?)", list(_prefixes(after))), ("due_on IS NULL", [])],
    ]
    details = ("SELECT f.id, f.public_id, f.title, f.owner, f.due_on, f.priority, f.status, p.public_id, p.name, "
               "a.public_id, a.title, e.public_id, e.title, c.public_id, c.first_name, c.last_name FROM followups f "
               "LEFT JOIN partners p ON p.id = f.partner_id LEFT JOIN agreements a ON a.id = f.agreement_id "
               "LEFT JOIN events e ON e.id = f.event_id LEFT JOIN contacts c ON c.id = f.contact_id WHERE f.id IN ({})")
    for parts in groups:
        where = " OR ".join(f"({w})" for w, _ in parts)
        params = [x for _, p in parts for x in p]
        rows += len(conn.execute(f"SELECT owner, count(*) FROM followups WHERE {live} AND ({where}) "
                                 "GROUP BY coalesce(owner, '')", params).fetchall())
        ids = []
        for w, p in parts:
            ids += [r[0] for r in conn.execute(f"SELECT id, due_on FROM followups WHERE {live} AND {w} "
                                               "ORDER BY due_on, id LIMIT 100", p)]
        rows += len(conn.execute(details.format(",".join("?" * len(ids[:100]))), ids[:100]).fetchall())
    force = "deleted_at IS NULL AND status IN ('active', 'signed') AND ends_on IS NOT NULL"
    cols = "id, public_id, title, status, ends_on, notice_months"
    expired = "ends_on < ? AND ends_on NOT IN (?, ?)"
    conn.execute(f"SELECT count(*) FROM agreements WHERE {force} AND {expired}", [iso, y, ym]).fetchone()
    ids = [r[0] for r in conn.execute(f"SELECT {cols} FROM agreements WHERE {force} AND {expired} "
                                      "ORDER BY ends_on DESC, id LIMIT 100", [iso, y, ym])]
    horizon = today + dt.timedelta(days=90)
    low = add_months(today, 1).isoformat()[:7]
    high = (add_months(horizon, 24) + dt.timedelta(days=3)).isoformat()
    years = [str(n) for n in range(today.year, add_months(horizon, 24).year + 1)]
    notices = conn.execute(f"SELECT {cols} FROM agreements WHERE {force} AND renewal = 'tacit' AND notice_months "
                           f"BETWEEN 1 AND 24 AND (ends_on BETWEEN ? AND ? OR ends_on IN ({','.join('?' * len(years))}))",
                           [low, high, *years]).fetchall()
    ids += [r[0] for r in notices]
    for lo, hi in ((0, 0), (1, 30), (31, 90)):
        first, last = (today + dt.timedelta(days=lo)).isoformat(), (today + dt.timedelta(days=hi)).isoformat()
        window = "ends_on BETWEEN ? AND ? AND length(ends_on) = 10"
        ids += [r[0] for r in conn.execute(f"SELECT {cols} FROM agreements WHERE {force} AND {window} "
                                           "ORDER BY ends_on, id LIMIT 100", [first, last])]
        conn.execute(f"SELECT count(*) FROM agreements WHERE {force} AND {window}", [first, last]).fetchone()
    rows += len(conn.execute("SELECT ap.agreement_id, p.name FROM agreement_partners ap JOIN partners p ON p.id = ap.partner_id "
                             f"WHERE ap.agreement_id IN ({','.join('?' * len(ids))}) ORDER BY ap.agreement_id, ap.position",
                             ids).fetchall())
    cutoff = add_months(today, -12).isoformat()
    recent = ("SELECT partner_id FROM interactions WHERE occurred_on >= ? AND partner_id IS NOT NULL "
              "AND deleted_at IS NULL")
    conn.execute(f"SELECT count(*) FROM partners WHERE deleted_at IS NULL AND status = 'active' AND id NOT IN ({recent})",
                 [cutoff]).fetchone()
    cursor = conn.execute(
        "SELECT p.id, p.public_id, p.name, p.country, i.occurred_on FROM interactions i JOIN partners p ON p.id = i.partner_id "
        f"WHERE i.occurred_on < ? AND i.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status = 'active' "
        f"AND p.id NOT IN ({recent}) ORDER BY i.occurred_on DESC", [cutoff, cutoff])
    seen: set[int] = set()
    while len(seen) < 100 and (batch := cursor.fetchmany(500)):
        for row in batch:
            seen.add(row[0])
    cursor.close()
    rows += len(seen)
    start, end = (today - dt.timedelta(days=60)).isoformat(), (today + dt.timedelta(days=180)).isoformat()
    rows += len(conn.execute("SELECT public_id, title, kind, starts_on, ends_on, place FROM events WHERE deleted_at IS NULL "
                             "AND starts_on BETWEEN ? AND ? ORDER BY starts_on, id LIMIT 50", [start, end]).fetchall())
    conn.execute("SELECT value FROM settings WHERE key = 'dashboard'").fetchall()
    return rows


# Indexes that let every dashboard query read an index alone (proposed for a migration 0002).
RECOMMENDED_INDEXES = [
    "CREATE INDEX IF NOT EXISTS ix_followups_open_due ON followups (status, deleted_at, due_on, owner)",
    "CREATE INDEX IF NOT EXISTS ix_agreements_status_ends ON agreements (status, deleted_at, ends_on, renewal, notice_months)",
    "CREATE INDEX IF NOT EXISTS ix_partners_status_live ON partners (status, deleted_at)",
    "CREATE INDEX IF NOT EXISTS ix_interactions_occurred_partner ON interactions (occurred_on, partner_id, deleted_at)",
]


def with_indexes(path: Path) -> Path:
    """A copy of the catalogue with ``RECOMMENDED_INDEXES``."""
    import shutil

    target = path.with_name(path.stem + "-indexed.sqlite")
    done = target.with_suffix(".built")
    if target.exists() and done.exists():
        return target
    shutil.copyfile(path, target)
    conn = sqlite3.connect(target)
    for statement in RECOMMENDED_INDEXES:
        conn.execute(statement)
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    done.touch()
    return target


def _best(func, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def _measure_one(path: Path) -> tuple[float, float]:
    from db.catalog import open_catalog
    from db.services import dashboard

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
    return seconds, baseline


def measure(ctx) -> list[dict]:
    path = build(Path(ctx.workdir) / f"dashboard-{ctx.size}.sqlite", ctx.size)
    out = []
    for name, target_path, note in (
        ("dashboard.compute", with_indexes(path), "with the recommended indexes (RECOMMENDED_INDEXES)"),
        ("dashboard.compute.schema-0001", path, "with the indexes of migration 0001 only"),
    ):
        seconds, baseline = _measure_one(target_path)
        out.append({"name": name, "seconds": seconds,
                    "baseline": f"the same queries hand-written in SQL with sqlite3, {note}",
                    "baseline_seconds": baseline, "target": 2.0, "peak_mb": None})
    return out


if __name__ == "__main__":
    import sys
    import tempfile
    from types import SimpleNamespace

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    workdir = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    for r in measure(SimpleNamespace(size=size, workdir=workdir)):
        print(f"{r['name']}: {r['seconds'] * 1000:.1f} ms vs {r['baseline_seconds'] * 1000:.1f} ms "
              f"(ratio {r['seconds'] / r['baseline_seconds']:.2f}, target {r['target']})")
