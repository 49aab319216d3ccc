"""The yearly dialogs build their preview, their PDF and the annual report's .docx on the window's task
runner (``yearly_output``): the dialog says what it prepares, its buttons wait, the result comes by signal,
a failure is a French sentence, and a dialog closed meanwhile is safe; the map dialog reads its partners
there too."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from test_yearly_background import held as held  # readers held on the worker thread
from test_yearly_background import runner as runner
from test_yearly_dialogs import demo_services as demo_services  # the demo catalogue of TODAY

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, when a dialog is shown


@pytest.fixture
def said(monkeypatch):
    """Message boxes recorded instead of shown: (title, text)."""
    from PySide6.QtWidgets import QMessageBox

    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: boxes.append((title, text))))
    return boxes


@pytest.fixture
def previews(monkeypatch):
    """The previews the dialogs would open: (documents, setup, parent)."""
    from desktop.views import yearly_output

    opened = []
    monkeypatch.setattr(yearly_output, "show_preview", lambda docs, setup, parent: opened.append((docs, setup, parent)))
    return opened


def _save_as(monkeypatch, path) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loader.busy, timeout=30_000)
    return dialog


def test_the_apd_preview_is_built_in_the_background(qtbot, demo_services, runner, held, said, previews):
    from desktop.printing import actions
    from desktop.views.apd_dialog import ApdDialog

    dialog = _shown(qtbot, ApdDialog(demo_services, year=2025, runner=runner))
    release, threads, holding = held
    holding(actions, "documents")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    # the documents are being built on the worker: the dialog says so, its buttons wait, the window answers
    assert dialog.output_state.text() == "Préparation de l'aperçu…" and dialog.output_state.isVisible()
    assert not dialog.preview_button.isEnabled() and not dialog.pdf_button.isEnabled()
    assert previews == []
    with qtbot.waitSignal(dialog.output.preview_ready, timeout=30_000) as ready:
        release.set()
    docs, setup = ready.args[0]
    assert previews == [(docs, setup, dialog)]
    assert "Côte d’Ivoire" in docs[0][1] and "2025" in docs[0][0]
    assert threads and threading.main_thread() not in threads
    assert dialog.preview_button.isEnabled() and not dialog.output_state.isVisible()


def test_each_dialog_writes_its_pdf_in_the_background(qtbot, demo_services, runner, held, said, tmp_path, monkeypatch):
    from desktop.printing import actions
    from desktop.views.annual_dialog import AnnualDialog
    from desktop.views.apd_dialog import ApdDialog
    from desktop.views.atlas_dialog import AtlasDialog

    release, threads, holding = held
    holding(actions, "export_pdf")
    for name, make in (("apd", lambda: ApdDialog(demo_services, year=2025, runner=runner)),
                       ("atlas", lambda: AtlasDialog(demo_services, runner=runner)),
                       ("bilan", lambda: AnnualDialog(demo_services, year=2025, runner=runner))):
        release.clear()
        dialog = _shown(qtbot, make())
        target = tmp_path / name
        _save_as(monkeypatch, target)
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        assert dialog.output_state.text() == "Écriture du PDF…" and not dialog.pdf_button.isEnabled()
        with qtbot.waitSignal(dialog.output.pdf_written, timeout=30_000) as written:
            release.set()
        assert written.args == [str(target) + ".pdf"]
        assert (tmp_path / f"{name}.pdf").read_bytes().startswith(b"%PDF")
        assert dialog.output_state.text().startswith(f"PDF enregistré : {name}.pdf (")
        assert dialog.pdf_button.isEnabled()
    assert len(threads) == 3 and threading.main_thread() not in threads
    assert said == []


def test_the_annual_report_writes_its_word_document_in_the_background(qtbot, demo_services, runner, held, said,
                                                                      tmp_path, monkeypatch):
    import docx

    from desktop import reports_cli
    from desktop.views.annual_dialog import AnnualDialog

    dialog = _shown(qtbot, AnnualDialog(demo_services, year=2025, runner=runner))
    release, threads, holding = held
    holding(reports_cli, "write_docx")
    _save_as(monkeypatch, tmp_path / "bilan")
    qtbot.mouseClick(dialog.docx_button, Qt.MouseButton.LeftButton)
    assert dialog.output_state.text() == "Écriture du document Word…" and not dialog.docx_button.isEnabled()
    with qtbot.waitSignal(dialog.output.docx_written, timeout=30_000):
        release.set()
    assert docx.Document(str(tmp_path / "bilan.docx")).paragraphs[1].text == "Bilan de l'action internationale 2025"
    assert dialog.output_state.text() == "Document Word enregistré : bilan.docx"
    assert threads and threading.main_thread() not in threads


def test_closing_the_dialog_while_a_document_is_built_is_safe(qtbot, demo_services, runner, held, said, previews,
                                                              tmp_path, monkeypatch):
    from desktop.printing import actions
    from desktop.views.atlas_dialog import AtlasDialog

    release, _threads, holding = held
    holding(actions, "documents")
    closed = _shown(qtbot, AtlasDialog(demo_services, runner=runner))
    qtbot.mouseClick(closed.preview_button, Qt.MouseButton.LeftButton)
    closed.reject()  # closed while the documents are built: no preview opens afterwards
    deleted = AtlasDialog(demo_services, runner=runner)
    deleted.show()
    qtbot.waitUntil(lambda: not deleted.loader.busy, timeout=30_000)
    _save_as(monkeypatch, tmp_path / "atlas.pdf")
    qtbot.mouseClick(deleted.pdf_button, Qt.MouseButton.LeftButton)
    deleted.close()
    deleted.deleteLater()  # the dialog goes away for good while its PDF is written
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert runner.wait(30_000)
    qtbot.waitUntil(lambda: not closed.output.busy, timeout=30_000)
    assert previews == [] and said == []
    assert (tmp_path / "atlas.pdf").read_bytes().startswith(b"%PDF")  # asked for, so written


def test_a_failed_document_is_said_in_a_french_sentence(qtbot, demo_services, runner, said, previews, monkeypatch):
    from desktop.printing import actions
    from desktop.printing.paging import PrintError
    from desktop.views.annual_dialog import AnnualDialog
    from desktop.views.apd_dialog import ApdDialog

    def no_font(*_args, **_kwargs):
        raise PrintError("Impossible d'ouvrir l'imprimante ou le fichier PDF pour l'impression.")

    apd = _shown(qtbot, ApdDialog(demo_services, year=2025, runner=runner))
    annual = _shown(qtbot, AnnualDialog(demo_services, year=2025, runner=runner))
    monkeypatch.setattr(actions, "documents", no_font)
    with qtbot.waitSignal(apd.output.output_failed, timeout=30_000):
        qtbot.mouseClick(apd.preview_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(actions, "documents", lambda *_a, **_k: {}["a bug"])
    with qtbot.waitSignal(annual.output.output_failed, timeout=30_000):
        qtbot.mouseClick(annual.preview_button, Qt.MouseButton.LeftButton)
    assert said == [("Impression impossible", "Impossible d'ouvrir l'imprimante ou le fichier PDF pour l'impression."),
                    ("Impression impossible", "Le document n'a pas pu être préparé ; les détails sont dans le journal.")]
    assert annual.output_state.text() == said[1][1] and "Traceback" not in annual.output_state.text()
    assert previews == [] and apd.preview_button.isEnabled() and annual.preview_button.isEnabled()


def test_the_map_dialog_reads_its_partners_in_the_background(qtbot, demo_services, runner, held):
    from desktop.views import map_view

    release, threads, holding = held
    holding(map_view, "map_partners")
    dialog = map_view.MapDialog(demo_services, runner=runner)
    qtbot.addWidget(dialog)
    # held on the worker: the dialog is there, says it reads, the filter waits for the domains
    assert dialog.count.text() == "Lecture du catalogue…" and dialog.map.pins == [] and dialog.domain.count() == 1
    release.set()
    qtbot.waitUntil(lambda: not dialog.loader.busy, timeout=30_000)
    assert dialog.count.text() == "14 partenaire(s) sur la carte"
    assert dialog.domain.findData("Patrimoine") > 0
    dialog.domain.setCurrentIndex(dialog.domain.findData("Patrimoine"))
    qtbot.waitUntil(lambda: not dialog.loader.busy, timeout=30_000)
    assert sorted(p.name for p in dialog.map.pins) == ["Grand-Bassam", "Hội An"]
    assert dialog.domain.currentData() == "Patrimoine"  # the domains read again, the choice kept
    assert len(threads) == 2 and threading.main_thread() not in threads


def test_a_failed_map_read_is_said_without_sql(qtbot, demo_services, runner, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from desktop.views import map_view

    def broken(*_args, **_kwargs):
        raise OperationalError("SELECT secret FROM partners", {}, Exception("database is locked"))

    monkeypatch.setattr(map_view, "map_partners", broken)
    dialog = map_view.MapDialog(demo_services, runner=runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loader.busy, timeout=30_000)
    said = dialog.note.text()
    assert "n'a pas pu être lu" in said and "SELECT" not in said and "Traceback" not in said
    assert dialog.map.pins == [] and dialog.count.text() == ""


def test_the_tools_menu_gives_each_yearly_dialog_the_window_runner(qtbot, demo_services, runner, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.settings import Settings
    from desktop.views.main_actions import install
    from desktop.views.main_window import MainWindow

    window = MainWindow(demo_services, runner, Settings())
    install(window, demo_services, runner)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    for name in ("action_apd", "action_atlas", "action_annual_report", "action_partner_map"):
        next(a for a in window.actions() if a.objectName() == name).trigger()
    assert [d.objectName() for d in opened] == ["apd_dialog", "atlas_dialog", "annual_dialog", "map_dialog"]
    assert all(d.loader.runner is runner for d in opened)
    qtbot.waitUntil(lambda: not any(d.loader.busy for d in opened), timeout=30_000)
