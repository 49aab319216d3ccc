"""Issue 12 benchmark: restoring the JSON export of N partners into an empty catalogue, beside the
xlsx import of the same records.

- restore.json: ``passerelles import export.json`` into an empty catalogue, which streams the file
  (``db/interchange/restore_json.py``: ids, stamps and authors kept, one import batch).
- baseline: ``passerelles import`` of the partner workbook of ``bench_import`` (the same N records)
  into an empty catalogue: the export restored is that catalogue's own JSON export.

Both run in child processes (their peak memory is their own), three times alternately; the best
time of each is kept and the highest peak of the restore reported. Target: within 3x the xlsx
import and under 400 MB (the peak is printed beside the ratio).
"""

from __future__ import annotations

from pathlib import Path

from bench_import import write_workbook
from measure import alternately, fresh_sqlite, import_in_child, result

REPEAT = 3
HERE = Path(__file__).resolve().parent


def measure(ctx) -> list[dict]:
    import os
    import subprocess
    import sys

    size = ctx.size
    workbook = ctx.workdir / f"import-{size}.xlsx"
    if not workbook.exists():
        write_workbook(workbook, size)
    source = ctx.workdir / "restore-source.sqlite"
    export = ctx.workdir / f"restore-{size}.json"
    if not export.exists():
        _s, _p, created = import_in_child(source, workbook, "partner")
        assert created == size, f"{created} partners imported out of {size}"
        # exported by a child process: the export holds the whole catalogue in memory, and a child
        # forked from a big parent reports the parent's pages in its own peak
        env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
        subprocess.run([sys.executable, "-m", "db.cli", "--db", str(source), "export", str(export)], check=True,
                       env=env, capture_output=True, timeout=1200)
        fresh_sqlite(source)
    target = ctx.workdir / "restore-target.sqlite"

    def run_restore() -> tuple[float, float]:
        seconds, peak, created = import_in_child(target, export, "partner")
        assert created == size, f"{created} partners restored out of {size}"
        return seconds, peak

    def run_xlsx() -> float:
        seconds, _peak, created = import_in_child(target, workbook, "partner")
        assert created == size, f"{created} partners imported out of {size}"
        return seconds

    seconds, peak, baseline = alternately(run_restore, run_xlsx, REPEAT)
    return [{**result(f"restore.json ({size} partners)", seconds,
                      "passerelles import of the same partners from .xlsx", baseline, 3.0, peak), "limit_mb": 300}]
