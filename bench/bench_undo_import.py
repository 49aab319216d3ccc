"""Issue 21 benchmark, standalone: a CSV import of N partners on SQLite, then its undo; the undo
should take at most twice the import (the safety backup before each included, as a user meets it).

    uv run python bench/bench_undo_import.py [N] [--profile]

``--profile`` prints the 30 most expensive calls of the undo (cProfile, cumulative time). Measured
once each in this process on a fresh catalogue in a temporary folder; ``bench/run.py`` runs it too
(``measure``: 20,000 rows, the import as its baseline).
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(ctx) -> list[dict]:
    """For ``bench/run.py``: the undo of a 20,000-row import against the import itself (target 2x)."""
    imported, undone, _counts = undo_after_import(20_000)
    return [{"name": "undo.import (20000 partner rows)", "seconds": undone, "baseline": "the import undone",
             "baseline_seconds": imported, "target": 2.0, "peak_mb": None}]


def undo_after_import(rows: int, profile=None) -> tuple[float, float, dict]:
    """Seconds of a CSV import of ``rows`` partners into a fresh catalogue, then of its undo."""
    from db.catalog import open_catalog
    from db.services.imports import ImportService

    with tempfile.TemporaryDirectory() as folder:
        catalog = open_catalog(Path(folder) / "catalogue.sqlite")
        source = Path(folder) / "partenaires.csv"
        lines = ["Nom;Pays;Ville;Courriel"] + [f"Partenaire {i:06d};Japon;Ville {i};p{i}@example.org"
                                               for i in range(rows)]
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        service = ImportService(catalog, actor="bench")
        start = time.perf_counter()
        _plan, result = service.import_file(source)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        if profile:
            profile.enable()
        counts = service.undo(result.batch_id)
        if profile:
            profile.disable()
        undone = time.perf_counter() - start
        catalog.close()
    return imported, undone, counts


def main(argv: list[str]) -> int:
    rows = int(next((a for a in argv if a.isdigit()), "20000"))
    profile = cProfile.Profile() if "--profile" in argv else None
    imported, undone, counts = undo_after_import(rows, profile)
    print(f"import of {rows} partners: {imported:.1f} s; undo: {undone:.1f} s ({counts}); "
          f"ratio {undone / imported:.2f}x (target: at most 2x)")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    return 0 if undone <= 2 * imported else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
