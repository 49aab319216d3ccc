"""Aide › Guide d'utilisation opens the installed guide, in the interface's language, offline."""

from __future__ import annotations

import re

import pytest
from passerelles_testing import ROOT
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence

from desktop.views.user_guide import guide_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(main_window):
    return main_window


def test_both_guides_cover_the_same_sections_and_link_to_each_other():
    fr = (ROOT / "docs" / "guide" / "fr.md").read_text(encoding="utf-8")
    en = (ROOT / "docs" / "guide" / "en.md").read_text(encoding="utf-8")
    assert "(en.md)" in fr and "(fr.md)" in en
    assert len(re.findall(r"^## ", fr, re.M)) == len(re.findall(r"^## ", en, re.M)) >= 8
    assert not re.search(r"https?://", fr + en)  # offline: nothing to fetch, no web link


def test_help_menu_opens_the_french_guide(qtbot, window):
    action = window.findChild(type(window.menus["help"].actions()[0]), "action_guide")
    assert action in window.menus["help"].actions() and action.text() == "Guide d'utilisation"
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    dialog = window.guide_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Guide d'utilisation"
    assert dialog.browser.source().toLocalFile() == str(guide_path("fr"))
    text = dialog.browser.toPlainText()
    assert "Guide d'utilisation de Passerelles" in text and "Importer vos tableaux" in text
    assert "# " not in text.splitlines()[0]  # rendered Markdown, not its source
    # the link to the other language stays inside the guide
    dialog.browser.setSource(QUrl("en.md"))
    assert "Passerelles user guide" in dialog.browser.toPlainText()
    dialog.browser.setSource(QUrl("https://example.org/"))
    assert "Passerelles user guide" in dialog.browser.toPlainText()  # not followed
    action.trigger()
    assert window.guide_dialog is dialog  # one window, brought back to front


def test_english_interface_opens_the_english_guide(qtbot, window, english):
    window.show_guide()
    assert window.guide_dialog.windowTitle() == "User guide"
    assert window.guide_dialog.browser.source().fileName() == "en.md"
    assert "Passerelles user guide" in window.guide_dialog.browser.toPlainText()
