"""Benchmark: exporting N partners to .xlsx, beside raw xlsxwriter (constant memory) writing the same rows.

The baseline gets the very cells of the export already in memory (read before timing) and writes
them with xlsxwriter's typed ``write_string``/``write_number``/``write_datetime`` and the same
formats: what is left in the ratio is the SQL reading and the value conversion of the export.
"""

from __future__ import annotations

import sys
from pathlib import Path

from measure import best_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET = 1.3


def _raw_write(path: Path, rows: list[list]) -> None:
    import xlsxwriter

    from db.interchange import export_xlsx, sheets

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    formats = export_xlsx._Formats(book, "fr")
    ws = book.add_worksheet("Partenaires")
    columns = sheets.COLUMNS["partner"]
    fmts = [formats.for_type(c.type) for c in columns]
    for c, title in enumerate(sheets.headers("partner")):
        ws.write_string(0, c, title, formats.header)
    string, number, date = ws.write_string, ws.write_number, ws.write_datetime
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values):
            if v is None:
                continue
            if type(v) is str:
                string(r, c, v, fmts[c])
            elif type(v) in (int, float):
                number(r, c, v, fmts[c])
            else:
                date(r, c, v, fmts[c])
    book.close()


def measure(ctx) -> list[dict]:
    from db.catalog import open_catalog
    from db.interchange import export_xlsx, sheets

    catalog = open_catalog(ctx.catalog(ctx.size), create=False)
    try:
        with catalog.engine.connect() as conn:
            rows = list(sheets.rows(conn, "partner", sheets.query_for("partner")))
        # Interleaved, best of three each: on a shared machine the load drifts during a run.
        baseline = seconds = float("inf")
        for _ in range(3):
            baseline = min(baseline, best_of(lambda: _raw_write(ctx.workdir / "raw.xlsx", rows), 1))
            seconds = min(seconds, best_of(lambda: export_xlsx.write(catalog, ctx.workdir / "export.xlsx",
                                                                   kind="partner"), 1))
    finally:
        catalog.close()
    return [{"name": f"export {ctx.size} partners to .xlsx", "seconds": seconds,
             "baseline": "raw xlsxwriter constant_memory, same cells from memory", "baseline_seconds": baseline,
             "target": TARGET, "peak_mb": None}]
