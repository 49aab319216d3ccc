"""Issue 11 benchmarks: lists, dashboard, search and bulk creation on a PostgreSQL server.

A throwaway server is started here (``tests/pg_server.py``: initdb + pg_ctl in a temporary
folder, loopback only) and the generated catalogue of ``ctx.size`` partners is copied into it
with ``passerelles copy``'s own function (timed, printed, no baseline). Each measurement runs
through the services, recording every statement SQLAlchemy sends; the baseline is the very same
SQL with the same parameters replayed with raw psycopg on its own connection in the same run,
every row fetched. So the ratio is what the application's layers (SQLAlchemy, the services,
building the results) cost on top of the server's own work.

The import is measured as on SQLite (``bench_import.py``): the same generated workbook of
``ctx.size`` partner rows imported by ``passerelles import``'s service in a child process into a
fresh server database, beside python-calamine's read of the file plus the very statements the
import sent (recorded in a first, untimed run) replayed with raw psycopg into another fresh
database; three alternate runs of each, the best kept.

Targets (as on SQLite): lists and dashboard 2x, search 3x, creation and import 3x.

    uv run python bench/run.py --only postgres            # 100,000 partners (--size N for others)
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from measure import best_of, result

TERMS = ["busan", "saint-etienne", "cooperation", "lodz", "zurich 42", "relancer culture", "inexistant", "hoi an"]
TODAY = dt.date(2026, 11, 22)


def record_copies(sink) -> None:
    """Make ``db.services.bulk.copy_rows`` (the bulk COPYs, which go to the driver directly and so
    past SQLAlchemy's events) also hand ``(COPY statement, rows, "copy")`` to ``sink``."""
    from db.services import bulk

    original = bulk.copy_rows

    def copy_rows(connection, table_name, columns, rows):
        sink((f"COPY {table_name} ({', '.join(columns)}) FROM STDIN", list(rows), "copy"))
        return original(connection, table_name, columns, rows)

    bulk.copy_rows = copy_rows


class Recorder:
    """The statements an engine sends while ``recording`` is on: (SQL, parameters, executemany),
    its bulk COPYs included."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.statements: list[tuple] = []
        self.recording = False

        @event.listens_for(engine, "before_cursor_execute")
        def _record(conn, cursor, statement, parameters, context, executemany):
            if self.recording:
                self.statements.append((statement, parameters, executemany))

        def _copied(statement):
            if self.recording:
                self.statements.append(statement)

        record_copies(_copied)

    def capture(self, fn):
        self.statements, self.recording = [], True
        try:
            fn()
        finally:
            self.recording = False
        return list(self.statements)


def replay(connection, statements, commit: bool = False) -> None:
    """The recorded SQL, sent with raw psycopg, every row fetched; rolled back unless ``commit``."""
    with connection.cursor() as cursor:
        for sql, params, many in statements:
            if many == "copy":
                with cursor.copy(sql) as copy:
                    for row in params:
                        copy.write_row(row)
            elif many:
                cursor.executemany(sql, params)
            else:
                cursor.execute(sql, params or None)
                if cursor.description is not None:
                    cursor.fetchall()
    connection.commit() if commit else connection.rollback()


def _server():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from pg_server import ThrowawayServer, unavailable

    reason = unavailable()
    if reason:
        raise RuntimeError(reason)
    return ThrowawayServer().start()


def measure(ctx) -> list[dict]:
    import psycopg
    from generate import partner_rows

    from db.catalog import open_catalog
    from db.copy import copy_catalog
    from db.services import ListQuery, Services, dashboard, listing
    from db.services.bulk import create_partners

    out: list[dict] = []
    server = _server()
    try:
        server.execute("CREATE DATABASE bench")
        source = open_catalog(ctx.catalog())
        catalog = open_catalog(server.url("bench"))
        started = time.perf_counter()
        report = copy_catalog(source, catalog)
        copied = time.perf_counter() - started
        source.close()
        print(f"  (copy of {sum(report.rows.values())} rows to the server: {copied:.1f} s)", file=sys.stderr)
        with catalog.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        recorder = Recorder(catalog.engine)
        services = Services(catalog, actor="bench")
        url = catalog.engine.url
        raw = psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                              dbname=url.database)

        def compare(name, fn, target, baseline="same SQL, raw psycopg", repeat=5):
            fn()  # warm: the server's caches, SQLAlchemy's compiled statements
            statements = recorder.capture(fn)
            seconds = best_of(fn, repeat)
            baseline_seconds = best_of(lambda: replay(raw, statements), repeat)
            out.append(result(name, seconds, baseline, baseline_seconds, target))

        def open_list(kind, query, first=200):
            def run():
                with catalog.uow() as uow:
                    ids = listing.ordered_ids(uow.session, kind, query)
                    listing.rows(uow.session, kind, ids[:first])
            return run

        size = ctx.size
        compare(f"pg.list.open partners ({size})", open_list("partner", ListQuery()), 2.0)
        compare(f"pg.list.sort partners by country desc ({size})",
                open_list("partner", ListQuery(sort="country", descending=True)), 2.0)
        compare(f"pg.list.filter follow-ups open, overdue ({3 * size})",
                open_list("followup", ListQuery(filters={"status": "open", "overdue": True, "today": TODAY})), 2.0)
        compare(f"pg.list.search partners 'busan' ({size})", open_list("partner", ListQuery(search="busan")), 3.0)

        def board():
            with catalog.uow() as uow:
                dashboard.compute(uow.session, TODAY)

        compare("pg.dashboard.compute", board, 2.0)
        compare(f"pg.search.quick ({len(TERMS)} terms × 5 kinds)",
                lambda: [services.quick_search(t) for t in TERMS], 3.0)

        # creation: into one empty database through the services, the recorded SQL into another
        rows = list(partner_rows(size, seed=7))
        server.execute("CREATE DATABASE bench_create")
        server.execute("CREATE DATABASE bench_raw")
        for name in ("bench_create", "bench_raw"):
            open_catalog(server.url(name)).close()
        created = open_catalog(server.url("bench_create"))
        creation = Recorder(created.engine)

        def through_services():
            with created.uow("bench") as uow:
                create_partners(uow.session, rows, "bench")
                uow.commit()

        started = time.perf_counter()
        statements = creation.capture(through_services)
        seconds = time.perf_counter() - started
        created.close()
        target = psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                                 dbname="bench_raw")
        started = time.perf_counter()
        replay(target, statements, commit=True)
        baseline_seconds = time.perf_counter() - started
        target.close()
        out.append(result(f"pg.create ({len(rows)} partners, bulk service)", seconds, "same SQL, raw psycopg",
                          baseline_seconds, 3.0))
        raw.close()
        catalog.close()
        out.append(_import_workbook(ctx, server))
    finally:
        server.stop()
    return out


def _import_workbook(ctx, server) -> dict:
    """``pg.import.xlsx``: the partner workbook of bench_import.py imported into a fresh server
    database, beside python-calamine's read of it plus the import's own statements (recorded in a
    first, untimed run) replayed with raw psycopg into another fresh database."""
    import pickle

    import psycopg
    import python_calamine as pc
    from bench_import import REPEAT, write_workbook
    from measure import alternately, import_in_child
    from sqlalchemy.engine import make_url

    from db.catalog import open_catalog

    size = ctx.size
    path = ctx.workdir / f"import-{size}.xlsx"
    if not path.exists():
        write_workbook(path, size)
    server.execute("CREATE DATABASE bench_empty")
    open_catalog(server.url("bench_empty")).close()

    def fresh(name: str) -> str:
        server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        server.execute(f"CREATE DATABASE {name} TEMPLATE bench_empty")
        return server.url(name)

    recorded = ctx.workdir / "pg-import-statements.pickle"
    import_in_child(fresh("bench_import"), path, "partner", record=recorded)
    with open(recorded, "rb") as source:
        statements = pickle.load(source)
    recorded.unlink()

    def run_import() -> tuple[float, float]:
        seconds, peak, created = import_in_child(fresh("bench_import"), path, "partner")
        assert created == size, f"{created} partners imported out of {size}"
        return seconds, peak

    def run_baseline() -> float:
        url = make_url(fresh("bench_import_raw"))
        connection = psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                                     dbname=url.database)
        started = time.perf_counter()
        pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        replay(connection, statements, commit=True)
        seconds = time.perf_counter() - started
        connection.close()
        return seconds

    seconds, peak, baseline = alternately(run_import, run_baseline, REPEAT)
    return result(f"pg.import.xlsx ({size} partner rows)", seconds, "calamine read + same SQL, raw psycopg",
                  baseline, 3.0, peak)
