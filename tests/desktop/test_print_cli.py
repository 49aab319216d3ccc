"""``passerelles print …`` end to end in a subprocess: PDFs written, French errors, non-zero exit codes."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from passerelles_testing import run_cli

pytestmark = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils absent")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    result = run_cli("--db", str(db), "init", "--demo")
    assert result.returncode == 0, result.stderr
    return db


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.mark.parametrize(("args", "expected_pages"), [
    (["partner", "Busan"], 1),
    (["event", "Culture et action internationale des collectivités territoriales"], 3),
    # its budget by year (two lines and their total) sends the signature block to a second page
    (["agreement", "Protocole d'entente Cannes – Busan dans le domaine du cinéma"], 2),
    (["partners", "--active"], 13),
    (["agreements", "--active"], 1),
    (["followups", "--owner", "Claire Vasseur"], 1),
    (["contacts", "EIAD Dakar"], 1),
])
def test_print_to_pdf(demo_db, tmp_path, args, expected_pages):
    out = tmp_path / "out.pdf"
    result = run_cli("--db", str(demo_db), "print", *args, "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert "PDF écrit" in result.stdout
    assert _pages(out) == expected_pages


def test_print_by_public_id(demo_db, tmp_path):
    from db.catalog import open_catalog
    from db.services import Services

    catalog = open_catalog(demo_db, create=False)
    try:
        public_id = Services(catalog).get("partner", "Sanya").id
    finally:
        catalog.close()
    out = tmp_path / "sanya.pdf"
    result = run_cli("--db", str(demo_db), "print", "partner", public_id, "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Sanya" in text


@pytest.mark.parametrize(("args", "message", "code"), [
    (["partner", "Atlantis", "--pdf", "x.pdf"], "Aucun partenaire « Atlantis »", 2),
    (["partner", "film", "--pdf", "x.pdf"], "désigne 2 partenaires", 2),
    (["partner", "Busan"], "indiquez --pdf", 2),
    (["partner", "--pdf", "x.pdf"], "indiquez le nom", 2),
    (["brochure", "x", "--pdf", "x.pdf"], "document inconnu", 2),
])
def test_errors_are_french_sentences(demo_db, tmp_path, args, message, code):
    result = run_cli("--db", str(demo_db), "print", *args, cwd=tmp_path)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_missing_catalogue(tmp_path):
    result = run_cli("--db", str(tmp_path / "absent.sqlite"), "print", "partner", "Busan", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "n'existe pas" in result.stderr


def test_print_personal_data_and_outreach_documents(demo_db, tmp_path):
    """Issue 23's printouts through the command (one subprocess: each costs seconds)."""
    out = tmp_path / "lettres.pdf"
    result = run_cli("--db", str(demo_db), "print", "invitations", "Culture et action", "--search", "ville",
                     "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert "PDF écrit" in result.stdout and _pages(out) >= 4  # one letter per « ville » contact
    missing = run_cli("--db", str(demo_db), "print", "labels", "--pdf", str(tmp_path / "e.pdf"))
    assert missing.returncode == 2 and "--contact NOM" in missing.stderr
