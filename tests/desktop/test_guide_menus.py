"""Every menu path the guides name (« **Fichier › Exporter le catalogue…** ») is a real menu entry of
the main window, in the guide's language: a renamed or removed entry fails here, not in front of
a user. Menu paths are written in bold in the guides, so that they can be found. The entries named
must also be shown (a menu left hidden, as « Outils » once was in some windows, fails), and every
entry of the « Outils » menu, reachable from nowhere else, is named in the user guide."""

from __future__ import annotations

import re

import pytest
from passerelles_testing import ROOT, TODAY

from db.services import Services
from desktop.settings import Settings
from desktop.views.main_actions import install
from desktop.views.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.usefixtures("french_locale")]

GUIDE = ROOT / "docs" / "guide"
TOP = {"fr": ("Fichier", "Édition", "Affichage", "Outils", "Aide"), "en": ("File", "Edit", "View", "Tools", "Help")}
GUIDES = {"fr": ("fr.md", "installation-it.md", "serveur-it.md"), "en": ("en.md",)}
USER_GUIDE = {"fr": "fr.md", "en": "en.md"}


def _plain(text: str) -> str:
    return " ".join(text.replace("&", "").split("\t")[0].split())


def _menu_paths(window) -> dict[tuple[str, ...], bool]:
    """Every (menu, entry[, sub-entry]) of the menu bar, as the user reads it, and whether it is shown
    (the entry and every menu above it visible)."""
    paths = {}

    def walk(menu, prefix, shown):
        menu.aboutToShow.emit()  # menus filled when opened (recent catalogues)
        for action in menu.actions():
            if action.isSeparator():
                continue
            path = (*prefix, _plain(action.text()))
            paths[path] = shown and action.isVisible()
            if action.menu() is not None:
                walk(action.menu(), path, paths[path])

    for action in window.menuBar().actions():
        top = (_plain(action.text()),)
        paths[top] = action.isVisible()
        walk(action.menu(), top, action.isVisible())
    return paths


def _named_paths(language: str) -> list[tuple[str, tuple[str, ...]]]:
    named = []
    for name in GUIDES[language]:
        text = " ".join((GUIDE / name).read_text(encoding="utf-8").split())
        starts = "|".join(TOP[language])
        everywhere = re.findall(rf"(?<![\w»])(?:{starts}) ›", text)
        bold = re.findall(rf"\*\*((?:{starts}) › [^*]+?)\*\*", text)
        assert len(everywhere) == len(bold), f"{name}: a menu path not in bold: {everywhere}"
        named += [(name, tuple(part.strip() for part in path.split("›"))) for path in bold]
    return named


def _window(qtbot, catalog):
    services = Services(catalog, actor="test")
    window = MainWindow(services, None, Settings(), today=TODAY)
    install(window, services, None)
    qtbot.addWidget(window)
    return window


def _check(window, language):
    real = _menu_paths(window)
    named = _named_paths(language)
    assert len(named) >= 10
    missing = [(name, " › ".join(path)) for name, path in named if path not in real]
    assert not missing, f"menu paths named in the guide but not in the menus: {missing}"
    hidden = [(name, " › ".join(path)) for name, path in named if not real[path]]
    assert not hidden, f"menu paths named in the guide but hidden in the window: {hidden}"
    tools = TOP[language][3]
    in_guide = {path for name, path in named if name == USER_GUIDE[language]}
    entries = [path for path, shown in real.items() if len(path) == 2 and path[0] == tools and shown]
    assert entries, f"no « {tools} » menu in the window"
    unnamed = [" › ".join(path) for path in entries if path not in in_guide]
    assert not unnamed, f"{tools} entries the user guide does not name: {unnamed}"


def test_every_menu_path_of_the_french_guides_exists(qtbot, catalog):
    _check(_window(qtbot, catalog), "fr")


def test_every_menu_path_of_the_english_guide_exists(qtbot, catalog, english):
    _check(_window(qtbot, catalog), "en")

