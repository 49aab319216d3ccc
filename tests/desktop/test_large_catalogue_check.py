"""A large catalogue is checked after the window is up (issue 21): the status bar says so while the
check runs; a damaged one turns read-only and the window names the latest good backup."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from db.catalog import open_catalog
from db.schemas import PartnerIn
from db.services import Services

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _catalogue(path):
    catalog = open_catalog(path)
    services = Services(catalog)
    for i in range(200):
        services.create("partner", PartnerIn(name=f"Partenaire {i}", description="coopération " * 40))
    saved = catalog.backup("manuelle")
    catalog.close()
    return saved


def _damage(path) -> None:
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'partners'").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    data[(root + 2) * 4096:(root + 2) * 4096 + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damaged", [False, True])
def test_the_window_says_it_checks_a_large_catalogue_and_what_it_found(qtbot, tmp_path, monkeypatch, damaged):
    import db.catalog
    from desktop.app import Application
    from desktop.settings import Settings

    path = tmp_path / "grand.sqlite"
    saved = _catalogue(path)
    if damaged:
        _damage(path)
    monkeypatch.setattr(db.catalog, "CHECK_AT_OPEN_MAX", 1)   # every file counts as large
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append((title, text)))
    app = Application(QApplication.instance(), Settings(), ask_read_only=lambda info: pytest.fail("asked"))
    said = []
    monkeypatch.setattr(app, "_check_in_background", _spy(app._check_in_background, said, app))
    assert app.open(str(path))
    assert said and "Vérification de l'intégrité" in said[0]
    qtbot.waitUntil(lambda: app.catalog.checked, timeout=20000)
    # the verdict reaches the window once the worker's signal is delivered; another status message
    # (the record counts) may replace « Vérification… » before that, so wait for the verdict itself
    if damaged:
        qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    else:
        qtbot.waitUntil(lambda: "aucun dommage" in app.window.statusBar().currentMessage(), timeout=10000)
    if damaged:
        assert warnings and warnings[0][0] == "Catalogue endommagé" and saved.path.name in warnings[0][1]
        assert app.catalog.read_only and "lecture seule" in app.window.windowTitle()
    else:
        assert not warnings and not app.catalog.read_only
        assert "aucun dommage" in app.window.statusBar().currentMessage()
    app.window.close()
    app.shutdown()


def _spy(check, said, app):
    def run(catalog):
        check(catalog)
        said.append(app.window.statusBar().currentMessage())   # what the window says while it checks
    return run
