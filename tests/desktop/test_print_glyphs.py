"""Latin, Vietnamese, Korean, Japanese and Chinese names print with real glyphs; a character that no
installed font has is named to the user instead of printing as an empty box."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from passerelles_testing import TODAY, run_cli

from db.schemas import PartnerIn
from desktop.printing import actions, glyphs

NAMES = {"latin": "Łódź Film School", "vietnamese": "Hội An — Phố cổ", "korean": "광주광역시",
         "japanese": "金沢市（かなざわ）", "chinese": "成都市文化广电旅游局"}
# scripts rarely covered by any installed font; the test picks one that this machine cannot draw
RARE = ["\U0001D800", "\U00016E40", "\U00011A00", "\U0001E900", "\u2D30", "\uA9B2", "\U00010A00"]


def _undrawable() -> str:
    missing = glyphs.missing_characters(RARE)
    if not missing:
        pytest.skip("every rare script tried has a font on this machine")
    return missing[0]


def test_every_script_of_the_partners_has_a_font(qapp):
    assert glyphs.missing_characters(NAMES.values()) == []


@pytest.mark.skipif(shutil.which("pdffonts") is None or shutil.which("pdftotext") is None, reason="poppler-utils")
def test_pdf_embeds_fonts_for_every_script_and_reads_back(services, qapp, tmp_path):
    for name in NAMES.values():
        services.create("partner", PartnerIn(name=name, kind="city", status="active"))
    warnings = []
    path = tmp_path / "partenaires.pdf"
    actions.export_pdf("partners", None, services, path, today=TODAY, warn=warnings.append)
    assert warnings == []
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text)  # poppler reads some CJK glyphs back as Kangxi radicals
    for name in NAMES.values():
        assert unicodedata.normalize("NFKC", name) in text, name
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "CJK" in fonts and ("DejaVu" in fonts or "Noto" in fonts or "Segoe" in fonts), fonts


def test_an_undrawable_character_is_named_before_printing(services, qapp, tmp_path):
    rare = _undrawable()
    services.create("partner", PartnerIn(name=f"Association {rare} Ouagadougou", kind="association"))
    warnings = []
    actions.export_pdf("partner", f"Association {rare} Ouagadougou", services, tmp_path / "a.pdf", today=TODAY,
                       warn=warnings.append)
    assert len(warnings) == 1
    assert f"« {rare} » (U+{ord(rare):04X})" in warnings[0] and "ne peuvent pas être imprimés" in warnings[0]
    english = glyphs.message([rare], "en")
    assert "cannot be printed" in english and f"U+{ord(rare):04X}" in english


def test_command_line_print_says_which_characters_are_missing(tmp_path, qapp):
    rare = _undrawable()
    db = tmp_path / "c.sqlite"
    run_cli("--db", str(db), "init")
    from db.catalog import open_catalog
    from db.services import Services

    catalog = open_catalog(db)
    try:
        Services(catalog).create("partner", PartnerIn(name=f"Ville {rare}", kind="city"))
    finally:
        catalog.close()
    done = run_cli("--db", str(db), "print", "partner", f"Ville {rare}", "--pdf", str(tmp_path / "v.pdf"))
    assert done.returncode == 0, done.stderr
    assert "Attention : 1 caractère(s) ne peuvent pas être imprimés" in done.stderr and rare in done.stderr
    assert (tmp_path / "v.pdf").exists()


def test_main_window_warns_in_a_message_box(qtbot, services, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views import main_actions

    rare = _undrawable()
    services.create("partner", PartnerIn(name=f"Ville {rare}", kind="city"))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(actions, "print_with_dialog",
                        lambda kind, ref, svc, parent, language, warn: actions.documents(kind, ref, svc, warn=warn))

    handler = main_actions.MainActions.__new__(main_actions.MainActions)
    handler.window, handler.services = None, services
    handler.print_document("print", "partner", f"Ville {rare}")
    assert shown and shown[0][0] == "Caractères impossibles à imprimer" and rare in shown[0][1]
