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
