"""The yearly dialogs (APD, Atlas, annual report) read the catalogue on the window's task runner: the
dialog opens before the figures are read, fills in when they arrive, drops a stale year, and says a
failure in a French sentence without SQL."""

from __future__ import annotations

import threading

import pytest
from test_yearly_dialogs import demo_services as demo_services  # the demo catalogue of TODAY


@pytest.fixture
def runner(qapp):
    from desktop.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def held(monkeypatch):
    """The report readers wait for ``release`` on the worker thread, and say which thread they ran on."""
    release, threads = threading.Event(), []

    def holding(module, name):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            threads.append(threading.current_thread())
            assert release.wait(30)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    return release, threads, holding


def test_the_apd_dialog_opens_at_once_and_reads_the_year_in_the_background(qtbot, demo_services, runner, held):
    from desktop.views import apd_dialog

    release, threads, holding = held
    holding(apd_dialog, "apd_worksheet")
    dialog = apd_dialog.ApdDialog(demo_services, year=2025, runner=runner)
    qtbot.addWidget(dialog)
    # the reader is held: the dialog is built and says what it waits for, buttons off until the figures come
    assert dialog.summary.text() == "Lecture des versements de 2025…"
    assert not dialog.xlsx_button.isEnabled() and dialog.table.rowCount() == 0
    dialog.year.setValue(2019)  # another year chosen while 2025 is read: 2025's answer is dropped
    release.set()
    qtbot.waitUntil(lambda: not dialog.loader.busy)
    assert "à zéro" in dialog.summary.text() and dialog.sheet.year == 2019 and dialog.table.rowCount() == 0
    assert dialog.xlsx_button.isEnabled()
    assert threads and all(t is not threading.main_thread() for t in threads)
    dialog.year.setValue(2025)
    qtbot.waitUntil(lambda: not dialog.loader.busy)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["Côte d’Ivoire", "Chine", "Total"]


def test_the_atlas_and_annual_dialogs_read_in_the_background(qtbot, demo_services, runner, held):
    from desktop.views import annual_dialog, atlas_dialog

    release, threads, holding = held
    holding(atlas_dialog, "atlas")
    holding(annual_dialog, "annual_report")
    atlas = atlas_dialog.AtlasDialog(demo_services, runner=runner)
    annual = annual_dialog.AnnualDialog(demo_services, year=2025, runner=runner)
    for dialog in (atlas, annual):
        qtbot.addWidget(dialog)
    assert atlas.projects_title.text() == "Lecture du catalogue…" and not atlas.save_button.isEnabled()
    assert annual.figures.text() == "Lecture de l'année 2025…"
    release.set()
    qtbot.waitUntil(lambda: not atlas.loader.busy and not annual.loader.busy)
    assert atlas.team.rowCount() == 3 and atlas.projects.rowCount() == 6 and atlas.save_button.isEnabled()
    assert "Accords arrivés à terme : 1" in annual.figures.text()
    assert len(threads) == 2 and threading.main_thread() not in threads


def test_a_failed_read_is_said_in_french_without_sql(qtbot, demo_services, runner, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from desktop.views import annual_dialog, apd_dialog

    def broken(*_args, **_kwargs):
        raise OperationalError("SELECT secret FROM budget_lines", {}, Exception("database is locked"))

    monkeypatch.setattr(apd_dialog, "apd_worksheet", broken)
    monkeypatch.setattr(annual_dialog, "annual_report", lambda *_a: {}["nothing"])  # a bug, not a database fault
    apd = apd_dialog.ApdDialog(demo_services, year=2025, runner=runner)
    annual = annual_dialog.AnnualDialog(demo_services, year=2025, runner=runner)
    for dialog in (apd, annual):
        qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not apd.loader.busy and not annual.loader.busy)
    said = apd.summary.text()
    assert "n'a pas pu être lu" in said and "SELECT" not in said and "budget_lines" not in said and "Traceback" not in said
    assert apd.sheet is None and not apd.xlsx_button.isEnabled()
    assert annual.figures.text() == "La lecture du catalogue a échoué ; les détails sont dans le journal."
