"""« Enregistrer en Excel… » of the APD and Atlas dialogs and the map's « Placer… » write on the window's
task runner, not the GUI thread: the dialog says what it writes, its buttons wait, the result comes by
signal; a folder nobody may write into is said in a plain sentence (French, or English in the English
window), the file already there is left as it was and the dialog keeps its figures."""

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
