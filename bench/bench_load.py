"""Issue 21 load test, standalone: N simulated users (processes, 20 by default) editing, importing and
searching on ONE PostgreSQL server for a few minutes, plus a colleague's window that refreshes.

    uv run python bench/bench_load.py                       # 20 users, 180 s, a throwaway server
    uv run python bench/bench_load.py --users 20 --seconds 300 --url postgresql+psycopg://u:p@host/db

Without ``--url`` a throwaway PostgreSQL cluster is started (``tests/pg_server.py``: initdb and pg_ctl
in a temporary folder, loopback only, fsync off) and removed at the end; with ``--url`` the
database given is used (it must be an empty catalogue or a new database: the test adds its records
and leaves them). Not part of ``bench/run.py``.

Each user is a process with its own catalogue connection, as one copy of the application, looping
until the time is up over, at random:

- 45 % an edit of the user's own partner (its ``notes`` counter + 1, saved with the version read,
  as a form saves);
- 15 % an edit of one partner everybody edits: a refused save (``ConflictError``, or the ORM's
  ``StaleDataError`` when the other save landed between the version check and the write: the form
  treats both as the conflict dialog's case) is read again and retried, never written over;
- 35 % a search from the search box (``Services.search``);
- 5 % an import of a 10-row CSV of new partners (``ImportService.import_file``, backup before it
  included when ``pg_dump`` is here, the server's one-import-at-a-time lock included).

A colleague's window (one more process) polls ``ChangeWatcher`` every ``--poll`` seconds (2 s, as
``desktop/live_refresh.py``) and, for each notification, reads the edits committed since: the
refresh latency of an edit is the moment the colleague sees it minus the moment it was saved.

Printed at the end: operations per second (all, and by kind), each kind's median and 95th percentile
duration, the refresh latency's median and 95th percentile, conflicts retried, and the proof that
no write was lost: every user's counter equals its saved edits, the shared counter equals the sum
of everyone's saved edits of it, and every imported partner is there. Exit status 1 if any is not.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TERMS = ["busan", "charge", "import", "commun", "cooperation", "saint", "ville", "partenaire 3", "w1", "zz"]
SHARED = "Partenaire commun"


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _bump(services, public_id: str) -> tuple[bool, int]:
    """One saved edit of ``public_id``'s counter (read, +1, save with the version read); the number of
    refused saves (a colleague saved first) retried before it landed."""
    from sqlalchemy.orm.exc import StaleDataError

    from db.services import records
    from db.services.errors import ConflictError

    conflicts = 0
    while True:
        current = services.get("partner", public_id)
        data = records.spec("partner").in_from_out(current.model_dump(mode="json"))
        data = data.model_copy(update={"notes": str(int(current.notes or "0") + 1)})
        try:
            services.update("partner", public_id, data, expected_version=current.version)
            return True, conflicts
        except (ConflictError, StaleDataError):   # saved by someone else first: the form's conflict, retried
            conflicts += 1


def _ready(ready, go, clock) -> float:
    """Say this process is ready, wait for everyone's start, and return the time to stop at."""
    ready.put(os.getpid())
    go.wait()
    return clock.value


def user(index: int, url: str, own: str, shared: str, clock, seed: int, folder: str, results, ready, go) -> None:
    """One simulated user: its operations until the time is up, then its tallies on ``results``."""
    sys.path.insert(0, str(ROOT))
    from db.catalog import open_catalog
    from db.services import Services
    from db.services.imports import ImportService

    rng = random.Random(seed)
    catalog = open_catalog(url)
    actor = f"user{index:02d}"
    services = Services(catalog, actor=actor)
    services.search("échauffement")   # the first query's one-time costs before the clock runs
    until = _ready(ready, go, clock)
    tally = {"own": 0, "shared": 0, "imported": 0, "conflicts": 0, "errors": 0}
    durations: dict[str, list[float]] = {"edit": [], "shared_edit": [], "search": [], "import": []}
    imports = 0
    while time.time() < until:
        roll = rng.random()
        start = time.perf_counter()
        try:
            if roll < 0.45:
                kind = "edit"
                _ok, conflicts = _bump(services, own)
                tally["own"] += 1
                tally["conflicts"] += conflicts
            elif roll < 0.60:
                kind = "shared_edit"
                _ok, conflicts = _bump(services, shared)
                tally["shared"] += 1
                tally["conflicts"] += conflicts
            elif roll < 0.95:
                kind = "search"
                services.search(rng.choice(TERMS))
            else:
                kind = "import"
                imports += 1
                path = Path(folder) / f"import-{index:02d}-{imports}.csv"
                lines = ["Nom;Pays;Ville"] + [f"Import u{index:02d} n{imports} r{r};Japon;Ville {r}" for r in range(10)]
                path.write_text("\n".join(lines) + "\n", encoding="utf-8")
                _plan, result = ImportService(catalog, actor=actor).import_file(path)
                tally["imported"] += result.counts.get("partner", {}).get("created", 0)
        except Exception as exc:   # counted and said: a lost write would show in the checks anyway
            tally["errors"] += 1
            print(f"{actor}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        durations[kind].append(time.perf_counter() - start)
    catalog.close()
    results.put((index, tally, durations))


def colleague(url: str, clock, poll: float, results, ready, go) -> None:
    """A colleague's window: polls like ``LiveRefresh`` and notes how late each edit is seen."""
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import text

    from db.catalog import open_catalog
    from db.notify import ChangeWatcher

    catalog = open_catalog(url)
    watcher = ChangeWatcher(catalog)
    with catalog.engine.connect() as connection:
        last = connection.execute(text("SELECT coalesce(max(id), 0) FROM changes")).scalar()
    until = _ready(ready, go, clock)
    latencies: list[float] = []
    while time.time() < until + 3 * poll:
        time.sleep(poll)
        if not watcher.poll():
            continue
        seen = time.time()
        with catalog.engine.connect() as connection:
            rows = connection.execute(text("SELECT id, at FROM changes WHERE id > :last AND batch_id IS NULL "
                                           "ORDER BY id"), {"last": last}).all()
        for change_id, at in rows:
            last = max(last, change_id)
            latencies.append(seen - at.timestamp())
    watcher.close()
    catalog.close()
    results.put(("colleague", latencies))


def prepare(url: str, users: int) -> tuple[list[str], str]:
    """The users' own partners and the shared one (counters at 0); their public ids."""
    sys.path.insert(0, str(ROOT))
    from db.catalog import open_catalog
    from db.schemas import PartnerIn
    from db.services import Services

    catalog = open_catalog(url)
    services = Services(catalog, actor="préparation")
    own = [services.create("partner", PartnerIn(name=f"Charge w{i:02d}", country="FR", notes="0")).id
           for i in range(users)]
    shared = services.create("partner", PartnerIn(name=SHARED, country="KR", notes="0")).id
    catalog.close()
    return own, shared


def check(url: str, own: list[str], shared: str, tallies: dict[int, dict]) -> list[str]:
    """What was lost, if anything (empty: nothing)."""
    from sqlalchemy import func, select

    from db.catalog import open_catalog
    from db.models import Partner
    from db.services import Services

    catalog = open_catalog(url)
    services = Services(catalog)
    lost = []
    for index, public_id in enumerate(own):
        value = int(services.get("partner", public_id).notes or "0")
        if value != tallies[index]["own"]:
            lost.append(f"user{index:02d}: counter {value}, {tallies[index]['own']} edits saved")
    value = int(services.get("partner", shared).notes or "0")
    expected = sum(t["shared"] for t in tallies.values())
    if value != expected:
        lost.append(f"shared counter {value}, {expected} edits saved")
    with catalog.uow() as uow:
        imported = uow.session.scalar(select(func.count()).select_from(Partner).where(
            Partner.name.like("Import u%"), Partner.deleted_at.is_(None)))
    expected = sum(t["imported"] for t in tallies.values())
    if imported != expected:
        lost.append(f"{imported} imported partners in the catalogue, {expected} reported imported")
    catalog.close()
    return lost


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--poll", type=float, default=2.0, help="the colleague's refresh interval (s)")
    parser.add_argument("--url", help="a PostgreSQL catalogue to load (default: a throwaway server)")
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    server = None
    folder = tempfile.mkdtemp(prefix="passerelles-load-")
    # backups before imports and the users' settings go to this temporary folder, not the real profile
    os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")
    os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
    url = args.url
    if url is None:
        from pg_server import ThrowawayServer, unavailable

        if unavailable():
            print(f"no PostgreSQL server to start here: {unavailable()}", file=sys.stderr)
            return 2
        server = ThrowawayServer().start()
        server.execute("CREATE DATABASE charge")
        url = server.url("charge")
    try:
        own, shared = prepare(url, args.users)
        context = mp.get_context("spawn")
        results, ready, go = context.Queue(), context.Queue(), context.Event()
        clock = context.Value("d", 0.0)
        processes = [context.Process(target=user, args=(i, url, own[i], shared, clock, args.seed * 1000 + i,
                                                        folder, results, ready, go)) for i in range(args.users)]
        processes.append(context.Process(target=colleague, args=(url, clock, args.poll, results, ready, go)))
        for p in processes:
            p.start()
        for _ in processes:   # every process started and connected before the clock runs
            ready.get(timeout=600)
        start = time.time()
        clock.value = start + args.seconds
        go.set()
        tallies: dict[int, dict] = {}
        durations: dict[str, list[float]] = {}
        latencies: list[float] = []
        for _ in processes:
            item = results.get(timeout=args.seconds + 600)
            if item[0] == "colleague":
                latencies = item[1]
                continue
            index, tally, spent = item
            tallies[index] = tally
            for kind, values in spent.items():
                durations.setdefault(kind, []).extend(values)
        for p in processes:
            p.join(timeout=60)
        elapsed = time.time() - start
        lost = check(url, own, shared, tallies)
    finally:
        if server is not None:
            server.stop()
    total = sum(len(v) for v in durations.values())
    print(f"{args.users} users on one PostgreSQL server for {elapsed:.0f} s: {total} operations, "
          f"{total / elapsed:.1f} per second")
    for kind, values in sorted(durations.items()):
        print(f"  {kind:<12} {len(values):>6} ({len(values) / elapsed:6.2f}/s)  median {statistics.median(values) * 1000 if values else float('nan'):7.0f} ms"
              f"  p95 {_quantile(values, 0.95) * 1000:7.0f} ms")
    conflicts = sum(t["conflicts"] for t in tallies.values())
    errors = sum(t["errors"] for t in tallies.values())
    print(f"  conflicts refused and retried: {conflicts}; operations failed: {errors}")
    if latencies:
        print(f"refresh latency of an edit in a colleague's window (poll every {args.poll:g} s): "
              f"median {statistics.median(latencies):.2f} s, p95 {_quantile(latencies, 0.95):.2f} s "
              f"({len(latencies)} edits seen)")
    else:
        print("refresh latency: no edit seen by the colleague's window")
    if lost:
        print("WRITES LOST:\n  " + "\n  ".join(lost))
        return 1
    print("no write lost: every counter equals its saved edits, every imported partner is there")
    return 0 if errors == 0 and latencies else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
