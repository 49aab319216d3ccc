"""« Enregistrer en Excel… » of the APD and Atlas dialogs, the Atlas « Enregistrer la liste » and the map's
« Placer… » write on the window's task runner, not the GUI thread: the dialog says what it writes, its
buttons wait, the result comes by signal; a folder nobody may write into, or a full disk, is said in a
plain sentence (French, or English in the English window), what was there is left as it was and the
dialog keeps its figures (and the list as typed)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from test_yearly_background import held as held  # writers held on the worker thread
from test_yearly_background import runner as runner
from test_yearly_dialogs import demo_services as demo_services  # the demo catalogue of TODAY
from test_yearly_output import _save_as, _shown
from test_yearly_output import said as said  # message boxes recorded: (title, text)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, when a dialog is shown


def test_each_dialog_writes_its_workbook_in_the_background(qtbot, demo_services, runner, held, said, tmp_path,
                                                          monkeypatch):
    import openpyxl

    from db.interchange import apd_xlsx, atlas_xlsx
    from desktop.views.apd_dialog import ApdDialog
    from desktop.views.atlas_dialog import AtlasDialog

    release, threads, holding = held
    holding(apd_xlsx, "write")
    holding(atlas_xlsx, "write")
    for name, make in (("apd", lambda: ApdDialog(demo_services, year=2025, runner=runner)),
                       ("atlas", lambda: AtlasDialog(demo_services, runner=runner))):
        release.clear()
        dialog = _shown(qtbot, make())
        _save_as(monkeypatch, tmp_path / name)
        qtbot.mouseClick(dialog.xlsx_button, Qt.MouseButton.LeftButton)
        # written on the worker: the dialog says so and its buttons wait
        assert dialog.output_state.text() == "Écriture du classeur Excel…"
        assert not dialog.xlsx_button.isEnabled() and not dialog.pdf_button.isEnabled()
        with qtbot.waitSignal(dialog.output.xlsx_written, timeout=30_000) as written:
            release.set()
        assert written.args == [str(tmp_path / f"{name}.xlsx")]
        assert openpyxl.load_workbook(tmp_path / f"{name}.xlsx", read_only=True).sheetnames
        assert dialog.output_state.text() == f"Classeur Excel enregistré : {name}.xlsx"
        assert dialog.xlsx_button.isEnabled() and dialog.pdf_button.isEnabled()
    assert len(threads) == 2 and threading.main_thread() not in threads
    assert said == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_workbook_into_a_read_only_folder_is_said_and_nothing_is_lost(qtbot, demo_services, runner, said, tmp_path,
                                                                        monkeypatch, read_only_folder, request,
                                                                        language):
    from desktop.views.apd_dialog import ApdDialog

    if language == "en":
        request.getfixturevalue("english")
    folder = tmp_path / "Partage"
    folder.mkdir()
    target = folder / "APD-2025.xlsx"
    target.write_bytes(b"la declaration de l'an dernier")
    read_only_folder(folder)
    dialog = _shown(qtbot, ApdDialog(demo_services, year=2025, runner=runner))
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(dialog.output.output_failed, timeout=30_000) as failed:
        qtbot.mouseClick(dialog.xlsx_button, Qt.MouseButton.LeftButton)
    sentence = {"fr": ("Enregistrement impossible",
                       f"Vous n'avez pas le droit d'accéder à « {folder} » : demandez l'accès à la personne qui gère "
                       "ce dossier, ou choisissez un autre emplacement."),
                "en": ("Cannot save",
                       f"You are not allowed to access “{folder}”: ask whoever manages that folder for access, or "
                       "choose another location.")}[language]
    assert said == [sentence] and failed.args == [sentence[1]]
    assert dialog.output_state.text() == sentence[1]
    assert target.read_bytes() == b"la declaration de l'an dernier"   # the file there before is untouched
    assert sorted(p.name for p in folder.iterdir()) == ["APD-2025.xlsx"]
    assert dialog.sheet is not None and dialog.table.rowCount() == 3 and dialog.xlsx_button.isEnabled()


def test_the_map_pins_a_partner_in_the_background(qtbot, demo_services, runner, held, said, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from db.schemas import PartnerIn
    from desktop.views import map_view

    nowhere = demo_services.create("partner", PartnerIn(name="Ville inconnue", kind="city", city="Xyzzy"))
    dialog = map_view.MapDialog(demo_services, runner=runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loader.busy, timeout=30_000)
    release, threads, holding = held
    holding(map_view, "pin_partner")
    dialog.unlocated.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("-21,1; 55,5", True)))
    qtbot.mouseClick(dialog.pin_button, Qt.MouseButton.LeftButton)
    assert not dialog.pin_button.isEnabled()   # written on the worker: « Placer… » waits
    with qtbot.waitSignal(dialog.partner_changed, timeout=30_000) as changed:
        release.set()
    assert changed.args == [nowhere.id] and threads and threading.main_thread() not in threads
    assert demo_services.get("partner", nowhere.id).extra["Coordonnées"] == "-21.1000, 55.5000"
    qtbot.waitUntil(lambda: not dialog.loader.busy, timeout=30_000)
    assert dialog.unlocated.count() == 0 and dialog.pin_button.isEnabled() and said == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_pin_that_cannot_be_saved_is_said(qtbot, demo_services, runner, said, monkeypatch, request, language):
    """The refusal is said in the window's language (issue 22: the English window said it in French)."""
    from PySide6.QtWidgets import QInputDialog

    from db.schemas import PartnerIn
    from desktop.views.map_view import MapDialog

    if language == "en":
        request.getfixturevalue("english")

    nowhere = demo_services.create("partner", PartnerIn(name="Ville inconnue", kind="city", city="Xyzzy"))
    dialog = MapDialog(demo_services, runner=runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loader.busy, timeout=30_000)
    demo_services.delete("partner", nowhere.id)   # by a colleague, while the dialog still lists it
    dialog.unlocated.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("-21,1; 55,5", True)))
    qtbot.mouseClick(dialog.pin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: said != [], timeout=30_000)
    assert said == [{"fr": ("Position non enregistrée", f"Aucun partenaire « {nowhere.id} » dans le catalogue."),
                     "en": ("Position not saved", f"No partner “{nowhere.id}” in the catalogue.")}[language]]
    assert dialog.pin_button.isEnabled()


def test_the_atlas_list_is_saved_in_the_background(qtbot, demo_services, runner, held, said):
    from db.services import atlas_team
    from desktop.views.atlas_dialog import AtlasDialog

    dialog = _shown(qtbot, AtlasDialog(demo_services, runner=runner))
    release, threads, holding = held
    holding(atlas_team, "set_team")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    for column, text in enumerate(("Léa", "Roux", "Conseillère municipale", "lea.roux@example.fr")):
        dialog.team.item(3, column).setText(text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # written on the worker: the dialog says so, its buttons and the list wait
    assert dialog.team_state.text() == "Enregistrement de la liste…"
    assert not dialog.save_button.isEnabled() and not dialog.add_button.isEnabled()
    assert not dialog.team.isEnabled() and not dialog.xlsx_button.isEnabled()
    with qtbot.waitSignal(dialog.team_saved, timeout=30_000) as saved:
        release.set()
    assert saved.args == [4] and threads and threading.main_thread() not in threads
    assert dialog.team_state.text() == "Liste enregistrée : 4 personne(s)."
    with demo_services.catalog.uow() as uow:
        assert atlas_team.team(uow.session)[-1] == atlas_team.TeamMember("Léa", "Roux", "Conseillère municipale",
                                                                         "lea.roux@example.fr")
    qtbot.waitUntil(lambda: not dialog.loader.busy, timeout=30_000)
    assert dialog.team.rowCount() == 4 and dialog.save_button.isEnabled() and dialog.team.isEnabled()
    assert said == []


def _full_disk(catalog) -> None:
    """Every new connection to the catalogue may not grow its file: SQLite then refuses a write with the
    error a full disk gives (« database or disk is full »)."""
    from sqlalchemy import event

    def no_room(connection, _record):
        cursor = connection.cursor()
        cursor.execute("PRAGMA max_page_count = 1")   # never below the pages it has: not one more
        cursor.close()

    event.listen(catalog.engine, "connect", no_room)
    catalog.engine.dispose()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_atlas_list_that_cannot_be_saved_is_said_and_kept_in_the_table(qtbot, demo_services, runner, said,
                                                                          request, language):
    from db.services import atlas_team
    from desktop.views.atlas_dialog import AtlasDialog

    if language == "en":
        request.getfixturevalue("english")
    dialog = _shown(qtbot, AtlasDialog(demo_services, runner=runner))
    with demo_services.catalog.uow() as uow:
        before = atlas_team.team(uow.session)
    for n in range(60):   # a long list: the catalogue must grow to hold it
        dialog.add_person()
        for column, text in enumerate((f"Prénom{n}", f"Nom{n}", "Chargée de mission " * 10, f"p{n}@example.fr")):
            dialog.team.item(3 + n, column).setText(text)
    _full_disk(demo_services.catalog)
    with qtbot.waitSignal(dialog.team_failed, timeout=30_000) as failed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    name = demo_services.catalog.path
    sentence = {"fr": ("Liste non enregistrée",
                       f"Le disque qui contient « {name} » est plein : rien n'a été enregistré ; libérez de la place "
                       "sur ce disque puis recommencez."),
                "en": ("List not saved",
                       f"The disk holding “{name}” is full: nothing was saved; free some space on that disk and try "
                       "again.")}[language]
    assert said == [sentence] and failed.args == [sentence[1]] and dialog.team_state.text() == sentence[1]
    # nothing lost: the catalogue keeps its list, the table what was typed, ready to be saved again
    with demo_services.catalog.uow() as uow:
        assert atlas_team.team(uow.session) == before
    assert dialog.team.rowCount() == 63 and dialog.team.item(62, 0).text() == "Prénom59"
    assert dialog.save_button.isEnabled() and dialog.team.isEnabled() and dialog.xlsx_button.isEnabled()
