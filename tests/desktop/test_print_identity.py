"""The office's identity (name, city, logo) set on the command line and printed in every header."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from passerelles_testing import TODAY, run_cli
from PySide6.QtGui import QColor, QImage

from db.services import Services
from db.services import settings as catalogue_settings
from desktop.printing import actions

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")


def _logo(path):
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6690"))
    assert image.save(str(path))
    return path


def test_settings_command_sets_name_city_and_logo_printed_on_every_page(demo_catalog, qapp, tmp_path):
    db = str(demo_catalog.path)
    assert run_cli("--db", db, "settings", "set", "office_name", "Ville de Cannes — Relations internationales").returncode == 0
    assert run_cli("--db", db, "settings", "set", "ville", "Cannes (Alpes-Maritimes)").returncode == 0
    result = run_cli("--db", db, "settings", "set", "logo", str(_logo(tmp_path / "blason.png")))
    assert result.returncode == 0 and "blason.png" in result.stdout
    shown = run_cli("--db", db, "settings").stdout
    assert "Ville de Cannes — Relations internationales" in shown and "blason.png" in shown
    bad = run_cli("--db", db, "settings", "set", "logo", str(tmp_path / "notes.txt"))
    assert bad.returncode == 2 and "n'est pas une image" in bad.stderr
    unknown = run_cli("--db", db, "settings", "set", "couleur", "rouge")
    assert unknown.returncode == 2 and "clé inconnue" in unknown.stderr

    path = tmp_path / "partenaires.pdf"
    pages = actions.export_pdf("partners", None, Services(demo_catalog), path, today=TODAY)
    assert pages > 1
    for page in (1, pages):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert "Ville de Cannes — Relations internationales" in text and "Cannes (Alpes-Maritimes)" in text
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    assert len([line for line in images.splitlines()[2:] if line.strip()]) >= pages  # the logo on every page

    assert run_cli("--db", db, "settings", "unset", "logo").returncode == 0
    assert catalogue_settings.office_identity_of(demo_catalog).logo is None


def _flat(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True).stdout
    return " ".join(out.decode("utf-8").split())


def test_signature_block_on_the_agreement_sheet_and_the_minutes(demo_catalog, qapp, tmp_path):
    services = Services(demo_catalog)
    sheet, minutes = tmp_path / "accord.pdf", tmp_path / "cr.pdf"
    actions.export_pdf("agreement", "Busan", services, sheet, today=TODAY)
    # the demonstration office: Cannes, « Le Maire » and « L'Adjoint délégué … » without names yet
    # (the budget table may push the block to a page of its own, whose header text pdftotext reads
    # between the two signatories: each signatory is checked on its own)
    text = _flat(sheet)
    assert "Fait à Cannes, le 22/11/2026 Le Maire" in text
    assert "L'Adjoint délégué aux relations internationales" in text
    db = str(demo_catalog.path)
    for key, value in (("signatory", "David Lisnard"), ("signature_place", "Cannes (Alpes-Maritimes)"),
                       ("second_signatory_title", "Pour la Ville de Busan, le Maire"),
                       ("second_signatory", "Park Heong-joon")):
        assert run_cli("--db", db, "settings", "set", key, value).returncode == 0
    actions.export_pdf("agreement", "Busan", services, sheet, today=TODAY)
    actions.export_pdf("event", "Culture et action internationale", services, minutes, today=TODAY)
    text = _flat(sheet)
    assert "Fait à Cannes (Alpes-Maritimes), le 22/11/2026" in text
    assert "Le Maire" in text and "David Lisnard" in text
    assert "Pour la Ville de Busan, le Maire" in text and "Park Heong-joon" in text
    text = _flat(minutes)
    assert "Fait à Cannes (Alpes-Maritimes), le 22/11/2026" in text and "David Lisnard" in text
    assert "Park Heong-joon" not in text  # the minutes have one signatory
    for key in ("signatory", "signatory_title", "second_signatory", "second_signatory_title"):
        assert run_cli("--db", db, "settings", "unset", key).returncode == 0
    actions.export_pdf("agreement", "Busan", services, sheet, today=TODAY)
    assert "Fait à" not in _flat(sheet)  # nobody to sign: no block
