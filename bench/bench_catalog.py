"""Issue 2 benchmarks: building a catalogue through the services, and searching it.

- catalog.create: N partners through the bulk service (keys, folded search text, domains,
  history rows, FTS index) vs raw sqlite3.executemany of the same rows plus one raw FTS fill.
- search.quick: search-as-you-type through the services (5 kinds, 8 hits each) vs the same raw
  FTS5 queries with sqlite3; a LIKE '%term%' scan (the naive peer) is printed beside them.
"""

from __future__ import annotations

import sqlite3
import time
import uuid

from measure import best_of, max_rss_mb, result

TERMS = ["busan", "saint-etienne", "cooperation", "lodz", "zurich 42", "relancer culture", "inexistant", "hoi an"]


def _rows(size):
    from generate import partner_rows

    return list(partner_rows(size))


def measure(ctx) -> list[dict]:
    from db.catalog import open_catalog
    from db.models import Partner
    from db.services import Services
    from db.services.bulk import create_partners
    from db.services.records import _TITLE_COLUMNS

    size = ctx.size
    rows = _rows(size)
    out: list[dict] = []

    # --- creation -------------------------------------------------------------------------
    path = ctx.workdir / "create-services.sqlite"
    raw_path = ctx.workdir / "create-raw.sqlite"
    for p in (path, raw_path):
        for suffix in ("", "-wal", "-shm"):
            p.with_name(p.name + suffix).unlink(missing_ok=True)
    catalog = open_catalog(path)

    def through_services():
        with catalog.uow("bench") as uow:
            create_partners(uow.session, rows, "bench")
            uow.commit()

    started = time.perf_counter()
    through_services()
    seconds = time.perf_counter() - started
    peak = max_rss_mb()
    catalog.close()

    empty = open_catalog(raw_path)
    empty.close()
    con = sqlite3.connect(raw_path)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "cache_size = -65536"):  # as the catalogue opens it
        con.execute(f"PRAGMA {pragma}")
    for suffix in ("ai", "ad", "au"):
        con.execute(f"DROP TRIGGER partners_{suffix}")
    tuples = [(i + 1, str(uuid.uuid4()), "2026-01-01 00:00:00.000000", "2026-01-01 00:00:00.000000",
               r.name, r.name.lower(), r.kind, r.country, r.city, r.email, r.status, int(r.active), r.referent,
               r.notes, r.name.lower(), "{}") for i, r in enumerate(rows)]
    started = time.perf_counter()
    con.executemany(
        "INSERT INTO partners (id, public_id, created_at, updated_at, name, name_key, kind, country, city, email, "
        "status, active, referent, notes, search_text, extra, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)", tuples)
    con.execute("INSERT INTO partners_fts(rowid, search_text) SELECT id, search_text FROM partners")
    con.commit()
    baseline = time.perf_counter() - started
    con.close()
    out.append(result(f"catalog.create ({size} partners)", seconds, "sqlite3.executemany + raw FTS fill",
                      baseline, 4.0, peak))

    # --- search -------------------------------------------------------------------------------
    catalog = open_catalog(path)
    services = Services(catalog)
    service_seconds = best_of(lambda: [services.quick_search(t) for t in TERMS], 5)

    from db.search import fts_query

    con = sqlite3.connect(path)
    tables = {"partner": ("partners", "name"), "agreement": ("agreements", "title"),
              "contact": ("contacts", "first_name, last_name"), "event": ("events", "title"),
              "followup": ("followups", "title")}
    assert set(tables) == set(_TITLE_COLUMNS)

    def raw():
        for term in TERMS:
            q = fts_query(term)
            for table, cols in tables.values():
                con.execute(f"SELECT t.public_id, {cols} FROM {table}_fts f JOIN {table} t ON t.id = f.rowid "
                            f"WHERE {table}_fts MATCH ? AND t.deleted_at IS NULL "
                            f"ORDER BY length(t.search_text), t.id LIMIT 8", (q,)).fetchall()  # the ranking of db.search

    raw_seconds = best_of(raw, 5)

    def like():
        for term in TERMS:
            con.execute("SELECT public_id, name FROM partners WHERE name LIKE ? LIMIT 8", (f"%{term}%",)).fetchall()

    like_seconds = best_of(like, 3)
    con.close()
    catalog.close()
    out.append(result(f"search.quick ({len(TERMS)} terms × 5 kinds)", service_seconds, "raw FTS5 queries (sqlite3)",
                      raw_seconds, 3.0))
    out.append(result("search.like_scan (naive peer, partners only)", like_seconds, "raw FTS5 queries (sqlite3)",
                      raw_seconds, float("inf")))
    _ = Partner
    return out
