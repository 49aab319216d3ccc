"""Historique des imports › Annuler cet import on the task runner: the window stays usable, the undo
can be stopped between two of its transactions (Annuler of the progress dialog) and finished later."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.services import ListQuery, Services, undo_import
from db.services.imports import ImportService
from desktop.tasks import TaskRunner
from desktop.views.import_wizard import ImportHistoryDialog


def _import(catalog, tmp_path, rows: int = 600) -> None:
    path = tmp_path / "partenaires.csv"
    path.write_text("Nom;Pays\n" + "".join(f"Partenaire {i:04d};Japon\n" for i in range(rows)), encoding="utf-8")
    ImportService(catalog, actor="t").import_file(path)


@pytest.fixture
def dialog(qtbot, catalog, monkeypatch):
    runner = TaskRunner()
    made = ImportHistoryDialog(Services(catalog, actor="test"), runner=runner)
    qtbot.addWidget(made)
    monkeypatch.setattr(made, "confirm", lambda batch: True)
    tasks = []
    run = runner.run
    monkeypatch.setattr(runner, "run", lambda *a, **k: tasks.append(run(*a, **k)) or tasks[-1])
    made.tasks = tasks
    yield made
    runner.wait()


def test_the_undo_runs_in_the_background_and_says_what_it_did(qtbot, dialog, catalog, tmp_path):
    _import(catalog, tmp_path)
    dialog.model.set_history(dialog.service.history())
    dialog.view.selectRow(0)
    with qtbot.waitSignal(dialog.import_undone, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    assert "600 fiches retirées" in dialog.message.text()
    assert Services(catalog).count("partner", ListQuery()) == 0


def test_annuler_stops_the_undo_between_two_transactions_and_it_can_be_finished(qtbot, dialog, catalog, tmp_path,
                                                                                 monkeypatch):
    monkeypatch.setattr(undo_import, "CHUNK", 100)
    _import(catalog, tmp_path)
    dialog.model.set_history(dialog.service.history())
    dialog.view.selectRow(0)
    with qtbot.waitSignal(dialog.import_undone, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        dialog.tasks[0].cancel()   # what the progress dialog's Annuler does
    assert blocker.args == [0]
    assert "interrompue" in dialog.message.text()
    left = Services(catalog).count("partner", ListQuery())
    assert 0 < left < 600   # stopped part-way, what was undone stays undone
    assert dialog.service.history()[0]["undone_at"] is None and dialog.undo_button.isEnabled()

    with qtbot.waitSignal(dialog.import_undone, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)   # run again: finished
    assert blocker.args == [1] and Services(catalog).count("partner", ListQuery()) == 0
