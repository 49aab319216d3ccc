"""Interactions (meetings, calls, e-mails, visits) come in from a sheet, and again without duplicates."""

from __future__ import annotations

import datetime as dt

import openpyxl

from db.interchange import export_json, export_xlsx
from db.services import ListQuery, Services
from db.services.imports import ImportService


def _journal(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Journal des échanges"
    sheet.append(["Date", "Type d'échange", "Partenaire", "Interlocuteur", "Personnes présentes", "Compte rendu"])
    sheet.append([dt.datetime(2024, 3, 12), "Réunion", "Busan", "Claire VASSEUR", "Maire adjoint, 2 agents",
                  "Préparation du festival"])
    sheet.append(["14/05/2024", "appel téléphonique", "Łódź", None, None, "Relance de la convention"])
    sheet.append(["14/05/2024", "appel téléphonique", "LODZ", None, None, "Relance de la convention"])  # same
    sheet.append(["mai 2024", "Visite", "Busan", None, None, "Date incomplète"])
    sheet.append([None, "Courriel", "Busan", None, None, "Sans date"])
    sheet.append([dt.datetime(2024, 6, 1), "Courriel", None, None, None, "Ni partenaire ni contact"])
    book.save(path)
    return path


def _interactions(catalog):
    return Services(catalog).list("interaction", ListQuery(limit=None))


def test_a_journal_of_exchanges_is_imported_with_its_links(tmp_path, catalog):
    service = ImportService(catalog, actor="t")
    plan = service.preview(_journal(tmp_path / "journal.xlsx"))
    sheet = plan.sheets[0]
    assert sheet.kind == "interaction"
    assert [r.status for r in sheet.rows] == ["ok", "ok", "merged", "rejected", "rejected", "rejected"]
    reasons = [p.reason for r in sheet.rows[3:] for p in r.problems if p.severity == "error"]
    assert "date de l'échange manquante (champ obligatoire)" in reasons
    assert "Lien obligatoire vers un partenaire ou un contact" in reasons
    result = service.run(plan)
    assert result.counts["interaction"]["created"] == 2
    found = sorted(_interactions(catalog), key=lambda i: i.occurred_on)
    assert [(i.occurred_on, i.kind, i.partner.name) for i in found] == [
        (dt.date(2024, 3, 12), "meeting", "Busan"), (dt.date(2024, 5, 14), "call", "Łódź")]
    assert found[0].contact.name == "Claire Vasseur" and found[0].people == "Maire adjoint, 2 agents"
    # undo takes back the exchanges and the partners and contact created for them
    service.undo(result.batch_id)
    assert not _interactions(catalog) and not Services(catalog).list("partner")


def test_importing_the_same_journal_or_an_export_again_creates_no_duplicate(tmp_path, catalog):
    service = ImportService(catalog, actor="t")
    service.import_file(_journal(tmp_path / "journal.xlsx"))
    again = service.import_file(tmp_path / "journal.xlsx")[1]
    assert again.counts["interaction"]["created"] == 0
    export_xlsx.write(catalog, tmp_path / "export.xlsx")
    export_json.write(catalog, tmp_path / "export.json")
    for path in (tmp_path / "export.xlsx", tmp_path / "export.json"):
        result = service.import_file(path)[1]
        assert result.counts.get("interaction", {}).get("created", 0) == 0, path.name
    assert len(_interactions(catalog)) == 2
