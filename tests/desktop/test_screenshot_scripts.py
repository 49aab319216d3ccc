"""The screenshot scripts paint the window as the application shows it: a script that builds the main
window without ``main_actions.install`` gets a menu bar without its « Outils » menu (hidden until an
entry is added), as ``rgpd-contact.png`` once had."""

from __future__ import annotations

import re

from passerelles_testing import ROOT

SCRIPTS = sorted([*ROOT.glob("docs/make_*screenshots*.py"), *ROOT.glob("docs/screenshots/make_*screenshots*.py")])


def test_the_screenshot_scripts_are_found():
    assert len(SCRIPTS) >= 5, SCRIPTS


def test_every_main_window_painted_for_the_docs_has_its_menus():
    for script in SCRIPTS:
        text = script.read_text(encoding="utf-8")
        windows = len(re.findall(r"\bMainWindow\(", text))
        installs = len(re.findall(r"\binstall\(\s*window\b", text))
        assert installs >= windows, f"{script.relative_to(ROOT)}: {windows} MainWindow, {installs} install(window, …)"
