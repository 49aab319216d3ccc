"""The personal-data and invitation commands, end to end on a demo catalogue."""

from __future__ import annotations

import csv
import json
from types import SimpleNamespace

import pytest

from db.cli import main


@pytest.fixture
def run_cli(capsys):
    """The command in this process (a subprocess per command would cost seconds each)."""
    def run(*argv):
        code = main(list(argv))
        out = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)

    return run

EVENT = "Culture et action internationale des collectivités territoriales"


def test_personal_data_no_contact_mailing_and_anonymise(demo_catalog, tmp_path, run_cli):
    db = demo_catalog.url
    done = run_cli("--db", db, "personal-data", "Ji-woo Park", "--json", str(tmp_path / "park.json"))
    assert done.returncode == 0, done.stderr
    data = json.loads((tmp_path / "park.json").read_text(encoding="utf-8"))
    assert data["contact"]["emails"] == ["ji-woo.park@example.org"] and data["events"][0]["event"]["name"] == EVENT
    assert run_cli("--db", db, "no-contact", "Koffi Yao").returncode == 0
    done = run_cli("--db", db, "mailing", "--search", "", "--csv", str(tmp_path / "l.csv"))
    assert "exclu(e) : Koffi Yao (s'oppose à être contacté(e))" in done.stdout
    names = [r["Last Name"] for r in csv.DictReader((tmp_path / "l.csv").open(encoding="utf-8-sig"))]
    assert "Yao" not in names and "Park" in names
    refused = run_cli("--db", db, "anonymise", "Ji-woo Park")
    assert refused.returncode == 2 and "--oui" in refused.stderr
    done = run_cli("--db", db, "anonymise", "Ji-woo Park", "--oui")
    assert done.returncode == 0 and "Personne anonymisée n°" in done.stdout and "entrée(s) d'historique" in done.stdout
    assert "ji-woo" not in run_cli("--db", db, "search", "ji-woo").stdout.lower()
    done = run_cli("--db", db, "retention", "--today", "2031-01-01", "--json")
    assert "Hiroshi Tanaka" in [c["name"] for c in json.loads(done.stdout)]


def test_invite_answer_and_attendance_commands(demo_catalog, tmp_path, run_cli):
    db = demo_catalog.url
    done = run_cli("--db", db, "invite", EVENT, "--contact", "Hiroshi Tanaka", "--contact", "Giulia Rossi")
    assert done.returncode == 0 and "2 personne(s) invitée(s)" in done.stdout, done.stderr
    assert run_cli("--db", db, "answer", EVENT, "Giulia Rossi", "non").returncode == 0
    sheet = tmp_path / "emargement.xlsx"
    assert run_cli("--db", db, "attendance", EVENT, "--sheet", str(sheet)).returncode == 0
    from openpyxl import load_workbook

    book = load_workbook(sheet)
    names = [c.value for c in book.active["B"][5:] if c.value]
    assert "Hiroshi Tanaka" in names and "Giulia Rossi" not in names  # she declined
    row = names.index("Hiroshi Tanaka") + 6
    book.active[f"E{row}"] = "signé"
    book.save(sheet)
    done = run_cli("--db", db, "attendance", EVENT, "--session", "1", "--read", str(sheet))
    assert done.returncode == 0 and "Présents : 1" in done.stdout, done.stdout + done.stderr
    bad = run_cli("--db", db, "attendance", EVENT, "--session", "99", "--sheet", str(sheet))
    assert bad.returncode == 2 and "n'a pas de séance" in bad.stderr


def test_anonymise_names_the_documents_to_check(demo_catalog, tmp_path, run_cli):
    from db.schemas import AgreementIn
    from db.services import Services, documents

    services = Services(demo_catalog, actor="test")
    agreement = services.create("agreement", AgreementIn(title="Accord de test"))
    source = tmp_path / "Lettre Ji-woo Park.pdf"
    source.write_bytes(b"%PDF-1.4")
    documents.attach(demo_catalog, agreement.id, source)
    done = run_cli("--db", demo_catalog.url, "anonymise", "Ji-woo Park", "--oui")
    assert done.returncode == 0, done.stderr
    assert "1 nom(s) de document" in done.stdout
    assert "Le contenu de ces documents peut encore la nommer" in done.stdout
    assert "Lettre Personne anonymisée n°" in done.stdout and "(accord « Accord de test »)" in done.stdout
    assert "Ji-woo" not in done.stdout.split("»", 1)[1]  # only the first sentence names who she was
