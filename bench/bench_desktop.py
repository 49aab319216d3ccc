"""Issue 3 benchmarks: the desktop application's cold start and its Partners list on a large catalogue.

- desktop.cold_start: ``passerelles --db demo.sqlite`` until the main window has painted (the
  hidden ``--quit-after-paint`` flag quits on the first paint event), vs a bare Python process
  importing PySide6.QtWidgets, sqlalchemy.orm and pydantic (the import floor). Both run with
  byte-code caching on, after one warm-up each, best of 5.
- desktop.partners.open / .sort / .filter: the Partners list (filter bar + table model over
  sorted ids, first screen of rows read and painted) on a generated catalogue of ``ctx.size``
  partners; sorting by city; filtering with the text "geneve" (accent-insensitive full text).
  Each beside the same SQL run alone with sqlite3 (ids in order + the shown columns of the
  first 100 rows).
- desktop.window_memory: the peak memory of the application (``passerelles --db`` on the generated
  catalogue of ``ctx.size`` partners, in a child process) once the Partners list has read all its
  ids and been scrolled from top to bottom (the dashboard computed beside it). Limit 500 MB; the
  time is beside the import floor's, for information.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from measure import best_of, max_rss_mb, result

ROWS = 100
REPEAT = 5
COLUMNS = "public_id, name, kind, country, city, status, partner_since, referent, email, updated_at"


def _env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PASSERELLES_LOG_DIR=str(home / "logs"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"))
    env.pop("PASSERELLES_DB", None)
    return env


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes so far (``_children_cpu.last``:
    those of the last ``_run``)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


_children_cpu.last = 0.0


def _run(command: list[str], env: dict) -> float:
    started, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - started
    _children_cpu.last = _children_cpu() - cpu
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} a échoué ({done.returncode}) : {done.stderr[-500:]}")
    return seconds


def cold_start(ctx) -> dict:
    from db.catalog import open_catalog
    from db.demo import load_demo

    home = ctx.workdir / "desktop-home"
    shutil.rmtree(home, ignore_errors=True)
    demo = ctx.workdir / "desktop-demo.sqlite"
    if not demo.exists():
        catalog = open_catalog(demo)
        load_demo(catalog)
        catalog.close()
    env = _env(home)
    script = Path(sys.executable).with_name("passerelles")
    app = [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]
    app += ["--db", str(demo), "--quit-after-paint"]
    floor = [sys.executable, "-c", "import PySide6.QtWidgets, sqlalchemy.orm, pydantic"]
    _run(app, env), _run(floor, env)  # warm-up: byte-code caches, disk cache
    app_best, floor_best = float("inf"), float("inf")
    app_cpu, floor_cpu = float("inf"), float("inf")
    for _ in range(5):
        app_best, app_cpu = min(app_best, _run(app, env)), min(app_cpu, _children_cpu.last)
        floor_best, floor_cpu = min(floor_best, _run(floor, env)), min(floor_cpu, _children_cpu.last)
    # on a machine shared with other work the wall times wait for a core; the CPU times do not
    print(f"  cold start in CPU time: {app_cpu:.2f} s against {floor_cpu:.2f} s ({app_cpu / floor_cpu:.2f}x)",
          file=sys.stderr)
    out = result("desktop.cold_start", app_best, "python importing PySide6.QtWidgets+sqlalchemy.orm+pydantic",
                 floor_best, 1.5)
    out.update(cpu_seconds=app_cpu, baseline_cpu_seconds=floor_cpu)
    return out


def _sql_page(db: sqlite3.Connection, where: str, order: str, params=()) -> None:
    ids = [r[0] for r in db.execute(f"SELECT id FROM partners WHERE deleted_at IS NULL {where} "
                                    f"ORDER BY {order} IS NULL, {order}, id", params)]
    first = ids[:ROWS]
    marks = ",".join("?" * len(first))
    db.execute(f"SELECT id, {COLUMNS} FROM partners WHERE id IN ({marks})", first).fetchall()


def partners_view(ctx) -> list[dict]:
    home = ctx.workdir / "desktop-home-list"
    shutil.rmtree(home, ignore_errors=True)
    os.environ.update({k: v for k, v in _env(home).items() if k.startswith(("XDG_", "QT_", "PASSERELLES_LOG"))})
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from db.catalog import open_catalog
    from desktop import i18n
    from desktop.models.columns import PartnerCol
    from desktop.views.list_view import ListView

    path = ctx.catalog(ctx.size)
    app = QApplication.instance() or QApplication(["bench"])
    translators = i18n.install(app, "fr")  # noqa: F841 — alive while measuring
    catalog = open_catalog(path)
    views: list[ListView] = []

    def open_view():
        view = ListView("partner", catalog)
        view.resize(1100, 800)
        view.show()
        app.processEvents()
        views.append(view)

    def sort_by_city():
        view = views[-1]
        view.table.sortByColumn(PartnerCol.CITY, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        view.table.sortByColumn(PartnerCol.NAME, Qt.SortOrder.AscendingOrder)  # back, for the next round
        app.processEvents()

    def type_text(view, text):
        view.filter_bar.text.blockSignals(True)  # no debounce timer firing in a later round
        view.filter_bar.text.setText(text)
        view.filter_bar.text.blockSignals(False)
        view.apply_filters()  # what the debounce timer triggers
        app.processEvents()

    def filter_text():
        view = views[-1]
        type_text(view, "geneve")
        rows = view.model.rowCount()
        type_text(view, "")
        assert 0 < rows < view.model.rowCount()

    open_seconds = float("inf")
    for _ in range(REPEAT):
        for old in views:  # earlier views must not repaint inside the next measurement
            old.close()
            old.deleteLater()
        views.clear()
        app.processEvents()
        started = time.perf_counter()
        open_view()
        open_seconds = min(open_seconds, time.perf_counter() - started)
    sort_seconds = best_of(sort_by_city, REPEAT)
    filter_seconds = best_of(filter_text, REPEAT)
    for view in views:
        view.close()
        view.deleteLater()
    app.processEvents()
    catalog.close()

    db = sqlite3.connect(str(path))
    fts = "AND id IN (SELECT rowid FROM partners_fts WHERE partners_fts MATCH ?)"
    sql_open = best_of(lambda: _sql_page(db, "", "name_key"), REPEAT)
    sql_sort = best_of(lambda: (_sql_page(db, "", "city"), _sql_page(db, "", "name_key")), REPEAT)
    sql_filter = best_of(lambda: (_sql_page(db, fts, "name_key", ('"geneve"*',)), _sql_page(db, "", "name_key")),
                         REPEAT)
    db.close()
    peak = max_rss_mb()
    return [
        result("desktop.partners.open", open_seconds, "same SQL alone (sorted ids + first rows)", sql_open, 2.0, peak),
        result("desktop.partners.sort", sort_seconds, "same SQL alone (ORDER BY city, then name)", sql_sort, 2.0, peak),
        result("desktop.partners.filter", filter_seconds, "same SQL alone (FTS5 'geneve', then all)", sql_filter, 2.0,
               peak),
    ]


WINDOW = """
import json, sys, time
from desktop import i18n
from desktop.app import Application, make_qapp
from desktop.settings import Settings
from measure import max_rss_mb

qapp = make_qapp([])
settings = Settings.load()
translators = i18n.install(qapp, settings.language)
application = Application(qapp, settings)
started = time.perf_counter()
assert application.open(sys.argv[1], create=False)
page = application.window.show_page("partner")
model, table = page.list.model, page.list.table
while (model.loading or model.rowCount() == 0) and time.perf_counter() - started < 600:
    qapp.processEvents()
    time.sleep(0.005)
bar = table.verticalScrollBar()
for step in range(21):
    bar.setValue(bar.maximum() * step // 20)
    qapp.processEvents()
seconds = time.perf_counter() - started
with open("/proc/self/status") as status:
    rss = next((int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:")), 0.0)
print(json.dumps([seconds, max_rss_mb(), rss, model.rowCount()]))
application.shutdown()
"""


def window_memory(ctx) -> dict:
    """The application's peak memory with the Partners list of ``ctx.size`` partners open."""
    home = ctx.workdir / "desktop-home-memory"
    shutil.rmtree(home, ignore_errors=True)
    env = _env(home)
    here = Path(__file__).resolve().parent
    env["PYTHONPATH"] = os.pathsep.join([str(here.parent), str(here)])
    path = ctx.catalog(ctx.size)
    done = subprocess.run([sys.executable, "-c", WINDOW, str(path)], env=env, capture_output=True, text=True,
                          timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"window_memory a échoué : {done.stderr[-800:]}")
    seconds, peak, rss, rows = json.loads(done.stdout.strip().splitlines()[-1])
    assert rows == ctx.size, f"{rows} partners listed out of {ctx.size}"
    floor = [sys.executable, "-c", "import PySide6.QtWidgets, sqlalchemy.orm, pydantic"]
    floor_seconds = min(_run(floor, env) for _ in range(3))
    print(f"  window with {rows} partners listed: peak {peak:.0f} MB, resident at the end {rss:.0f} MB",
          file=sys.stderr)
    out = result(f"desktop.window_memory ({ctx.size} partners listed)", seconds,
                 "python importing PySide6.QtWidgets+sqlalchemy.orm+pydantic (time only)", floor_seconds,
                 float("inf"), peak)
    out["limit_mb"] = 500
    return out


def measure(ctx) -> list[dict]:
    return [cold_start(ctx), *partners_view(ctx), window_memory(ctx)]
