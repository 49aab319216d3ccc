"""Issue 24 benchmarks: files of the shapes offices really have (written by ``bench/real_shapes.py``),
each imported by ``passerelles import`` into an empty catalogue, in a child process (its own peak
memory), beside python-calamine (the csv module for the .csv) + raw ``sqlite3.executemany`` of the
same records into an empty catalogue.

- real.twins: a 25,000-row twin-town list made from Wikidata (title row, coordinates and
  populations, 1,500 cities written once above their 5 to 30 twins, homonyms in two to four
  countries); the baseline carries each city down to its twins and inserts the distinct partners,
  one agreement per row and its two partner links.
- real.linkedin: a 1,500-row LinkedIn "Connections.csv" (the "Notes:" paragraph above the table,
  profile URLs, e-mail mostly empty); the baseline inserts the contacts and fills their search index.
- real.meeting: a workbook of three sheets (500 partners, 1,500 contacts naming their
  organisation, a form block above the table of 120 sessions); the baseline inserts the partners,
  the contacts and their partner links, the event and its sessions.

Target 3x (the imports' target); the imports of the small real shapes go row by row through the
ORM today, far above it: the figures say how far. Best of three alternate runs each.
"""

from __future__ import annotations

import csv
import time
import uuid

from measure import alternately, baseline_start, fresh_sqlite, import_in_child, result
from real_shapes import CONTACT_ROWS, TWIN_ROWS, linkedin_contacts, meeting_workbook, twin_towns

REPEAT = 3
TARGET = 3.0
NOW = "2026-01-01 00:00:00.000000"
BASELINE = "calamine read + raw sqlite3.executemany"


def _drop_triggers(con, *tables: str) -> None:
    for table in tables:
        for suffix in ("ai", "ad", "au"):
            con.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")


def _fill_fts(con, *tables: str) -> None:
    for table in tables:
        con.execute(f"INSERT INTO {table}_fts(rowid, search_text) SELECT id, search_text FROM {table}")


def _compare(ctx, name: str, path, kind: str, at_least: int, baseline, baseline_name: str = BASELINE) -> dict:
    target = ctx.workdir / "real-target.sqlite"

    def run_import() -> tuple[float, float]:
        seconds, peak, created = import_in_child(target, path, kind)
        assert created >= at_least, f"{created} {kind} imported, at least {at_least} expected"
        return seconds, peak

    seconds, peak, baseline_seconds = alternately(run_import, baseline, REPEAT)
    return {**result(name, seconds, baseline_name, baseline_seconds, TARGET, peak), "limit_mb": 300}


def twins(ctx) -> dict:
    path = ctx.workdir / f"real-jumelages-{TWIN_ROWS}.xlsx"
    if not path.exists():
        twin_towns(path)
    raw_path = ctx.workdir / "real-raw.sqlite"

    def baseline() -> float:
        started, rows, con = baseline_start(path, raw_path)
        kept, above = [], None
        for r in rows:  # the city written once above its twins: carried down
            if len(r) > 9 and r[5] and r[5] != "Ville jumelée":
                above = r[:5] if r[0] else above
                kept.append([*above, *r[5:]])
        rows = kept
        _drop_triggers(con, "partners", "agreements")
        ids: dict[tuple, int] = {}
        for r in rows:
            for key in ((r[0], r[1]), (r[5], r[9])):
                ids.setdefault(key, len(ids) + 1)
        con.executemany(
            "INSERT INTO partners (id, public_id, created_at, updated_at, name, name_key, country, status, active,"
            " search_text, extra, version) VALUES (?,?,?,?,?,?,?,'active',1,?,?,1)",
            [(i, str(uuid.uuid4()), NOW, NOW, n, n.lower(), c[:2], n.lower(), "{}") for (n, c), i in ids.items()])
        con.executemany(
            "INSERT INTO agreements (id, public_id, created_at, updated_at, title, kind, status, renewal,"
            " funders, search_text, extra, version) VALUES (?,?,?,?,?,'twinning','active','none','[]',?,?,1)",
            [(i + 1, str(uuid.uuid4()), NOW, NOW, f"Jumelage {r[0]} – {r[5]}", f"{r[0]} {r[5]}".lower(),
              f'{{"originlat": {r[2]}, "originlong": {r[3]}, "dist": {r[10]}}}') for i, r in enumerate(rows)])
        con.executemany("INSERT INTO agreement_partners (agreement_id, partner_id, position) VALUES (?,?,?)",
                        [(i + 1, ids[key], p) for i, r in enumerate(rows)
                         for p, key in enumerate(((r[0], r[1]), (r[5], r[9])))])
        _fill_fts(con, "partners", "agreements")
        con.commit()
        con.close()
        return time.perf_counter() - started

    return _compare(ctx, f"real.twins ({TWIN_ROWS} twin-town rows, Wikidata shape)", path, "agreement", TWIN_ROWS,
                    baseline)


def _contact_rows(con, records, first_id: int = 1) -> list[tuple]:
    """(first, last, organisation, job, emails JSON, extra JSON) → contacts inserted; their ids."""
    con.executemany(
        "INSERT INTO contacts (id, public_id, created_at, updated_at, first_name, last_name, name_key, sort_name,"
        " organisation, job_title, emails, phones, languages, search_text, extra, version)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,'[]','[]',?,?,1)",
        [(first_id + i, str(uuid.uuid4()), NOW, NOW, f, la, f"{f} {la}".lower(), f"{la} {f}".lower(), org, job,
          emails, f"{f} {la} {org}".lower(), extra) for i, (f, la, org, job, emails, extra) in enumerate(records)])
    return list(range(first_id, first_id + len(records)))


def linkedin(ctx) -> dict:
    path = ctx.workdir / f"real-Connections-{CONTACT_ROWS}.csv"
    if not path.exists():
        linkedin_contacts(path)
    raw_path = ctx.workdir / "real-raw.sqlite"

    def baseline() -> float:
        import sqlite3

        from db.catalog import open_catalog

        fresh_sqlite(raw_path)
        open_catalog(raw_path).close()
        started = time.perf_counter()
        with path.open(encoding="utf-8", newline="") as source:
            lines = source.read().splitlines()
        header = next(i for i, line in enumerate(lines) if line.startswith("First Name,"))
        rows = list(csv.reader(lines[header + 1:]))
        con = sqlite3.connect(raw_path)
        _drop_triggers(con, "contacts")
        _contact_rows(con, [(r[0], r[1], r[4], r[5], f'["{r[3]}"]' if r[3] else "[]",
                             f'{{"URL": "{r[2]}", "Connected On": "{r[6]}"}}') for r in rows])
        _fill_fts(con, "contacts")
        con.commit()
        con.close()
        return time.perf_counter() - started

    return _compare(ctx, f"real.linkedin ({CONTACT_ROWS}-row LinkedIn contact export)", path, "contact", CONTACT_ROWS,
                    baseline, "csv module read + raw sqlite3.executemany")


def meeting(ctx) -> dict:
    path = ctx.workdir / "real-classeur-rencontre.xlsx"
    if not path.exists():
        meeting_workbook(path)
    raw_path = ctx.workdir / "real-raw.sqlite"

    def baseline() -> float:
        import python_calamine as pc

        started, partners, con = baseline_start(path, raw_path)
        book = pc.CalamineWorkbook.from_path(str(path))
        contacts = book.get_sheet_by_name("Contacts").to_python()[1:]
        form = book.get_sheet_by_name("Rencontre").to_python()
        _drop_triggers(con, "partners", "contacts", "events")
        ids = {r[0]: i for i, r in enumerate(partners, start=1)}
        con.executemany(
            "INSERT INTO partners (id, public_id, created_at, updated_at, name, name_key, country, city, website,"
            " email, partner_since, status, active, search_text, extra, version)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,'active',1,?,'{}',1)",
            [(ids[r[0]], str(uuid.uuid4()), NOW, NOW, r[0], r[0].lower(), str(r[1])[:2], r[2], r[4], r[5], str(r[7]),
              r[0].lower()) for r in partners])
        contact_ids = _contact_rows(con, [(r[1], r[2], r[4], r[3], f'["{r[5]}"]', "{}") for r in contacts])
        con.executemany("INSERT INTO contact_partners (contact_id, partner_id) VALUES (?,?)",
                        [(c, ids[r[4]]) for c, r in zip(contact_ids, contacts, strict=True)])
        block = {str(r[0]).rstrip(" :"): r[1] for r in form[:6]}
        con.execute("INSERT INTO events (id, public_id, created_at, updated_at, title, name_key, starts_on, ends_on,"
                    " place, attendance, search_text, extra, version) VALUES (1,?,?,?,?,?,?,?,?,?,?,'{}',1)",
                    (str(uuid.uuid4()), NOW, NOW, block["Intitulé"], block["Intitulé"].lower(),
                     str(block["Date de début"])[:10], str(block["Date de fin"])[:10], block["Lieu"],
                     int(block["Participants"]), block["Intitulé"].lower()))
        con.executemany(
            "INSERT INTO event_sessions (id, public_id, event_id, position, title, kind, start_time, end_time, room,"
            " attendance) VALUES (?,?,1,?,?,?,?,?,?,?)",
            [(i, str(uuid.uuid4()), i, r[0], r[1], r[2][:5], r[2][6:], r[3], int(r[6]))
             for i, r in enumerate((r for r in form[8:] if r[0]), start=1)])
        _fill_fts(con, "partners", "contacts", "events")
        con.commit()
        con.close()
        return time.perf_counter() - started

    return _compare(ctx, "real.meeting (3 sheets: 500 partners, 1500 contacts, form above 120 sessions)", path,
                    "contact", CONTACT_ROWS, baseline)


def measure(ctx) -> list[dict]:
    out = []
    for one in (twins, linkedin, meeting):
        if ctx.only and ctx.only.startswith("real.") and not one.__name__.startswith(ctx.only[5:]):
            continue
        out.append(one(ctx))
    return out
