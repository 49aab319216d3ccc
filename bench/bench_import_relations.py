"""Issue 10 benchmark: a 25,000-row relation list (a city and its twin per row, many repeated
names, homonyms in several countries), beside calamine + raw sqlite3.executemany.

- import.relations: the ``passerelles import`` path (detection as a relation list, countries,
  identities of both sides, look-alikes by blocking, two partners found or created and one
  agreement per row, history rows) into an empty catalogue, in a child process (its own peak memory).
- baseline: read the same file with python-calamine and insert, with raw ``executemany``, the
  distinct partners, the agreements and their partner links into an empty catalogue.

Target: within 3x of the baseline, peak memory under 400 MB. Best of five, alternately (run times on
this class of machine vary by 10 % from one run to the next, the baseline's as much as ours).
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from measure import alternately, baseline_start, import_in_child, result

HERE = Path(__file__).resolve().parent
ROWS = 25_000
REPEAT = 5
COUNTRIES = ["Espagne", "Venezuela", "Costa Rica", "États-Unis", "Italie", "Allemagne", "Japon", "Corée du Sud",
             "Chine", "Canada", "Sénégal", "Côte d'Ivoire", "Pologne", "Brésil", "Mexique", "Royaume-Uni"]


def write_workbook(path: Path, rows: int = ROWS, communes: int = 1500) -> None:
    """``rows`` relations of ``communes`` French cities (each one in several rows once ``rows`` exceeds it)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Jumelages")
    sheet.write_row(0, 0, ["Ville", "Pays", "Ville jumelée", "Pays de la ville jumelée", "Date du jumelage"])
    for i in range(1, rows + 1):
        ours = f"Commune {i % communes:04d}"
        twin = f"Ville {i * 7 % 6000:04d}"          # twins repeat across cities
        country = COUNTRIES[(i * 7 % 6000) % 5 if i % 3 else (i * 7 % 6000) % len(COUNTRIES)]  # homonyms
        sheet.write_row(i, 0, [ours, "France", twin, country, str(1950 + i % 70)])
    book.close()


def measure(ctx) -> list[dict]:

    path = ctx.workdir / f"relations-{ROWS}.xlsx"
    if not path.exists():
        write_workbook(path)
    target = ctx.workdir / "relations-target.sqlite"
    raw_path = ctx.workdir / "relations-raw.sqlite"

    def run_import() -> tuple[float, float]:
        seconds, peak, created = import_in_child(target, path, "agreement")
        assert created == ROWS, f"{created} agreements imported out of {ROWS}"
        return seconds, peak

    def run_baseline() -> float:
        started, rows, con = baseline_start(path, raw_path)
        for table in ("partners", "agreements"):
            for suffix in ("ai", "ad", "au"):
                con.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        now = "2026-01-01 00:00:00.000000"
        ids: dict[tuple, int] = {}
        for r in rows:
            for name, country in ((r[0], r[1]), (r[2], r[3])):
                ids.setdefault((name, country), len(ids) + 1)
        con.executemany(
            "INSERT INTO partners (id, public_id, created_at, updated_at, name, name_key, country, status, active,"
            " search_text, extra, version) VALUES (?,?,?,?,?,?,?,'active',1,?,'{}',1)",
            [(i, str(uuid.uuid4()), now, now, n, n.lower(), c[:2], n.lower()) for (n, c), i in ids.items()])
        con.executemany(
            "INSERT INTO agreements (id, public_id, created_at, updated_at, title, kind, status, signed_on, renewal,"
            " funders, search_text, extra, version) VALUES (?,?,?,?,?,'twinning','active',?,'none','[]',?,'{}',1)",
            [(i + 1, str(uuid.uuid4()), now, now, f"Jumelage {r[0]} – {r[2]}", str(r[4]), r[0].lower())
             for i, r in enumerate(rows)])
        con.executemany("INSERT INTO agreement_partners (agreement_id, partner_id, position) VALUES (?,?,?)",
                        [(i + 1, ids[(r[a], r[a + 1])], a // 2) for i, r in enumerate(rows) for a in (0, 2)])
        con.commit()
        con.close()
        return time.perf_counter() - started

    seconds, peak, baseline = alternately(run_import, run_baseline, REPEAT)
    return [{**result(f"import.relations ({ROWS} relation rows)", seconds, "calamine read + raw sqlite3.executemany",
                      baseline, 3.0, peak), "limit_mb": 300}]
