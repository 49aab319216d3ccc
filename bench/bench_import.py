"""Issue 4 benchmark: importing a 100,000-row partner workbook, beside calamine + raw sqlite3.executemany.

- import.xlsx: ``passerelles import`` path (sniff, calamine values + XML metadata scan, header
  detection, mapping, every value through the schemas' normalisers, duplicates, one batch with
  history rows and search index) into an empty catalogue.
- baseline: read the same file with python-calamine and insert the rows with raw
  ``sqlite3.executemany`` into an empty catalogue's partners table (plus one raw FTS fill).

Each is run three times, alternately, and the best time of each is kept; the import runs in a child
process, so its peak memory is its own (not that of the benchmarks run before it). ``PASSERELLES_BENCH_IMPORT_FILE``
measures another workbook of the same shape (one written by LibreOffice, say) instead of the
generated one.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from pathlib import Path

from measure import alternately, baseline_start, import_in_child, result

HERE = Path(__file__).resolve().parent

COUNTRIES = ["Corée du Sud", "Japon", "CN", "Canada", "Côte d'Ivoire", "Italie", "DE", "États-Unis", "Pologne", "Sénégal"]
REPEAT = 3
DOMAINS = ["cinéma; éducation", "gastronomie", "patrimoine, numérique", "musique", "sport; jeunesse"]


def write_workbook(path, size: int) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Partenaires")
    date = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, ["Ville partenaire", "Pays", "Ville", "Date de signature", "Domaine(s)", "Référent",
                           "Courriel", "Tél.", "Actif", "Notes"])
    start = dt.date(1990, 1, 1)
    for i in range(1, size + 1):
        sheet.write_string(i, 0, f"Partenaire {i:06d}")
        sheet.write_string(i, 1, COUNTRIES[i % len(COUNTRIES)])
        sheet.write_string(i, 2, f"Ville {i % 5000}")
        sheet.write_datetime(i, 3, dt.datetime.combine(start + dt.timedelta(days=i % 12000), dt.time()), date)
        sheet.write_string(i, 4, DOMAINS[i % len(DOMAINS)])
        sheet.write_string(i, 5, f"Référent {i % 40}")
        sheet.write_string(i, 6, f"contact{i}@example.org")
        sheet.write_string(i, 7, f"04 65 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d}")
        sheet.write_boolean(i, 8, i % 7 != 0)
        sheet.write_string(i, 9, f"Note {i}")
    book.close()


def measure(ctx) -> list[dict]:

    size = ctx.size
    path = ctx.workdir / f"import-{size}.xlsx"
    if os.environ.get("PASSERELLES_BENCH_IMPORT_FILE"):
        path = Path(os.environ["PASSERELLES_BENCH_IMPORT_FILE"])
    elif not path.exists():
        write_workbook(path, size)
    target = ctx.workdir / "import-target.sqlite"
    raw_path = ctx.workdir / "import-raw.sqlite"

    def run_import() -> tuple[float, float]:
        """(seconds, peak MB) of one import, in a child process: its memory is the import's alone."""
        seconds, peak, created = import_in_child(target, path, "partner")
        assert created == size, f"{created} partners imported out of {size}"
        return seconds, peak

    def run_baseline() -> float:
        started, rows, con = baseline_start(path, raw_path)
        for suffix in ("ai", "ad", "au"):
            con.execute(f"DROP TRIGGER partners_{suffix}")
        now = "2026-01-01 00:00:00.000000"
        con.executemany(
            "INSERT INTO partners (id, public_id, created_at, updated_at, name, name_key, country, city, partner_since,"
            " referent, email, phone, active, notes, status, search_text, extra, version)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'active',?,'{}',1)",
            [(i + 1, str(uuid.uuid4()), now, now, r[0], r[0].lower(), r[1], r[2], str(r[3]), r[5], r[6], r[7],
              int(r[8]), r[9], r[0].lower()) for i, r in enumerate(rows)])
        con.execute("INSERT INTO partners_fts(rowid, search_text) SELECT id, search_text FROM partners")
        con.commit()
        con.close()
        return time.perf_counter() - started

    seconds, peak, baseline = alternately(run_import, run_baseline, REPEAT)
    return [{**result(f"import.xlsx ({size} partner rows)", seconds, "calamine read + raw sqlite3.executemany",
                      baseline, 3.0, peak), "limit_mb": 300}]
