"""Small timing helpers shared by the benchmark modules."""

from __future__ import annotations

import resource
import time
import tracemalloc
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best wall time of ``repeat`` runs (seconds)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def timed_peak(fn: Callable[[], object]) -> tuple[float, float]:
    """(seconds, peak Python-allocated MB) of one run."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        fn()
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return seconds, peak / 1e6


def max_rss_mb() -> float:
    """Peak resident memory of this process so far (MB).

    On Linux, ``VmHWM`` of /proc/self/status: getrusage's figure carries the parent's size over
    fork and exec, so a child started by a large benchmark process would report the parent's."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def result(name, seconds, baseline, baseline_seconds, target, peak_mb=None) -> dict:
    return {"name": name, "seconds": seconds, "baseline": baseline, "baseline_seconds": baseline_seconds,
            "target": target, "peak_mb": peak_mb}


def fresh_sqlite(path) -> None:
    """Remove a SQLite file and its WAL companions."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def import_in_child(target, path, kind: str, record=None) -> tuple[float, float, int]:
    """(seconds, peak MB, records of ``kind`` created) of one ``passerelles`` import of ``path`` into
    a new catalogue ``target`` (a SQLite path, or the URL of a fresh server database), run in a child
    process so that its peak memory is its own. ``record``: a file where the child pickles every
    statement its engine sent during the import, ``(sql, parameters, executemany)`` (``"copy"`` for
    a server's COPY), for a raw replay (``bench_postgres.replay``)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    if "://" not in str(target):  # a server catalogue's URL: the caller gives a fresh database
        fresh_sqlite(target)
    code = ("import json, sys, time\n"
            "from db.catalog import open_catalog\n"
            "from db.services.imports import ImportService\n"
            "from measure import max_rss_mb\n"
            "catalog = open_catalog(sys.argv[1])\n"
            "sent = []\n"
            "if len(sys.argv) > 3:\n"
            "    from sqlalchemy import event\n"
            "    from bench_postgres import record_copies\n"
            "    event.listen(catalog.engine, 'before_cursor_execute',\n"
            "                 lambda _c, _k, sql, params, _x, many: sent.append((sql, params, many)))\n"
            "    record_copies(sent.append)\n"
            "started = time.perf_counter()\n"
            "_plan, outcome = ImportService(catalog, actor='bench').import_file(sys.argv[2])\n"
            "seconds = time.perf_counter() - started\n"
            "catalog.close()\n"
            "if len(sys.argv) > 3:\n"
            "    import pickle\n"
            "    with open(sys.argv[3], 'wb') as out:\n"
            "        pickle.dump(sent, out)\n"
            f"print(json.dumps([seconds, max_rss_mb(), outcome.counts[{kind!r}]['created']]))\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(here.parent), str(here)])}
    extra = [str(record)] if record is not None else []
    done = subprocess.run([sys.executable, "-c", code, str(target), str(path), *extra], capture_output=True, text=True,
                          env=env, timeout=1200)
    if done.returncode != 0:
        raise RuntimeError(f"import a échoué : {done.stderr[-800:]}")
    seconds, peak, created = json.loads(done.stdout.strip().splitlines()[-1])
    return seconds, peak, created


def alternately(run_import: Callable[[], tuple[float, float]], run_baseline: Callable[[], float],
                repeat: int = 3) -> tuple[float, float, float]:
    """(best seconds, highest peak MB, best baseline seconds) of ``repeat`` alternate runs of each:
    run times on this class of machine vary by 10-20 % from one minute to the next."""
    seconds, baseline, peak = float("inf"), float("inf"), 0.0
    for _ in range(repeat):
        run_seconds, run_peak = run_import()
        seconds, peak = min(seconds, run_seconds), max(peak, run_peak)
        baseline = min(baseline, run_baseline())
    return seconds, peak, baseline


def baseline_start(path, raw_path):
    """The start of a raw baseline: an empty catalogue at ``raw_path``, the clock started, the first
    sheet of ``path`` read by python-calamine (header row left out). Returns (started, rows, sqlite3
    connection)."""
    import sqlite3

    import python_calamine as pc

    from db.catalog import open_catalog

    fresh_sqlite(raw_path)
    open_catalog(raw_path).close()
    started = time.perf_counter()
    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()[1:]
    return started, rows, sqlite3.connect(raw_path)
