"""The yearly documents end to end: the APD worksheet and the Atlas update as PDF and .xlsx, the annual
report as PDF and .docx, the partners' map (in the window's drawing and on paper)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from passerelles_testing import run_cli

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("yearly") / "demo.sqlite"
    result = run_cli("--db", str(db), "init", "--demo")
    assert result.returncode == 0, result.stderr
    return db


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


def test_apd_pdf_and_workbook(demo_db, tmp_path):
    from openpyxl import load_workbook

    pdf, xlsx = tmp_path / "apd.pdf", tmp_path / "apd.xlsx"
    result = run_cli("--db", str(demo_db), "apd", "2025", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert result.returncode == 0, result.stderr
    assert "PDF écrit" in result.stdout and "Classeur écrit" in result.stdout
    text = pdf_text(pdf)
    assert "Déclaration 2025 : montants versés" in text and "20 000,50 €" in text and "2 300,00 €" in text
    assert "Numérisation des archives" in text and "Hors APD (catégorie)" in text and "OCDE" in text
    book = load_workbook(xlsx)
    assert [ws.title for ws in book.worksheets] == ["Déclaration 2025", "Lignes déclarées", "Lignes écartées",
                                                    "Liste APD"]
    trace = list(book["Lignes déclarées"].iter_rows(min_row=2, values_only=True))
    assert sum(row[2] for row in trace) == 22300.5


def test_atlas_pdf_workbook_and_missing_fields(demo_db, tmp_path):
    from openpyxl import load_workbook

    pdf, xlsx = tmp_path / "atlas.pdf", tmp_path / "atlas.xlsx"
    result = run_cli("--db", str(demo_db), "atlas", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert result.returncode == 0, result.stderr
    text = pdf_text(pdf)
    assert "Mise à jour de l'Atlas" in text and "Anne" in text and "Moreau" in text
    assert "À compléter : Courriel" in text   # Julien Marchetti has no e-mail
    projects = load_workbook(xlsx)["Projets"]
    rows = {row[0]: row for row in projects.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"Busan", "Grand-Bassam", "Hội An", "Sanya", "Shawinigan", "Shizuoka"}
    assert rows["Hội An"][-1] == "Date de début, Description" and rows["Busan"][-1] is None
    assert rows["Busan"][2] == "Corée du Sud" and rows["Busan"][7] == "En cours"
    team = run_cli("--db", str(demo_db), "atlas-team", "--add", "Léa", "Roux", "--title", "Chargée de mission",
                   "--email", "lea.roux@example.fr")
    assert team.returncode == 0 and "4. Léa Roux — Chargée de mission — lea.roux@example.fr (agent)" in team.stdout
    assert run_cli("--db", str(demo_db), "atlas-team", "--remove", "9").returncode == 2


def test_annual_report_pdf_and_docx(demo_db, tmp_path):
    import docx

    pdf, word = tmp_path / "bilan.pdf", tmp_path / "bilan.docx"
    result = run_cli("--db", str(demo_db), "bilan", "2025", "--pdf", str(pdf), "--docx", str(word))
    assert result.returncode == 0, result.stderr
    text = pdf_text(pdf)
    assert "Bilan de l'action internationale 2025" in text and "Accords arrivés à terme (1)" in text
    assert "Natural Earth" in text and "33 800,50 €" in text
    document = docx.Document(str(word))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert "Bilan de l'action internationale 2025" in paragraphs and "Accords arrivés à terme : 1" in paragraphs
    assert len(document.inline_shapes) == 1   # the map
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert "Partenariat patrimoine et numérique Cannes – Grand-Bassam" in cells and "Côte d’Ivoire" in cells
    text_only = run_cli("--db", str(demo_db), "bilan", "2025")
    assert text_only.returncode == 0 and "Accords arrivés à terme : 1" in text_only.stdout


def test_the_map_pins_partners_where_they_are(qapp):
    from PySide6.QtCore import QRectF

    from db.geo import Point, locate, parse_pin
    from desktop.printing.world_map import map_image, project

    assert parse_pin("43,5513; 7,0128") == (43.5513, 7.0128) and parse_pin("400, 7") is None
    assert locate("Pusan", "KR").source == "city" and locate("Nulle part", "SN").source == "capital"
    assert locate("Nulle part", "SN", {"Coordonnées": "14.7, -17.4"}) == Point(14.7, -17.4, "pin")

    class Pin:
        id, name, point = "x", "Dakar", Point(14.69, -17.44, "city")

    image = map_image([Pin], 900, labels=False)
    at = project(-17.44, 14.69, QRectF(0, 0, image.width(), image.height()))
    colour = image.pixelColor(round(at.x()), round(at.y()))
    assert (colour.red(), colour.green(), colour.blue()) == (0x1F, 0x5F, 0x99)
    sea = image.pixelColor(10, image.height() // 2)   # the Pacific, west of the Americas
    assert (sea.red(), sea.green(), sea.blue()) == (0xEE, 0xF3, 0xF8)
