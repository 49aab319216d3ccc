"""Issue 22: the Excel and CSV exports say where each agreement stands today, as every printout does
(« Situation », « Fin en vigueur » after the recorded columns), and the import reads those two
computed columns as nothing, so that an exported workbook or CSV still imports back unchanged."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from passerelles_testing import TODAY

from db import agreement_status
from db.interchange import export_csv, export_xlsx, sheets
from db.services import ListQuery, Services

BUSAN = "Protocole d'entente Cannes – Busan dans le domaine du cinéma"
RECORDED = ["Intitulé", "Type", "Statut", "Partenaires", "Domaines", "Date de signature", "Lieu de signature",
            "Début", "Fin", "Durée (ans)", "Reconduction", "Préavis (mois)", "Signataires", "Budget (€)",
            "Taux de cofinancement", "Financeurs", "Objet / résumé", "Notes", "Identifiant"]


def _csv_rows(path) -> tuple[list[str], dict[str, dict]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    return rows[0], {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}


def test_the_csv_says_what_the_printouts_say_for_busan(demo_catalog, tmp_path):
    path = tmp_path / "accords.csv"
    export_csv.write(demo_catalog, path, kind="agreement", today=TODAY)
    header, rows = _csv_rows(path)
    assert header == [*RECORDED, "Situation", "Fin en vigueur"]   # every earlier column in its place
    busan = rows[BUSAN]
    assert (busan["Statut"], busan["Fin"]) == ("En vigueur", "22/05/2026")   # as recorded
    assert (busan["Situation"], busan["Fin en vigueur"]) == ("Reconduit tacitement", "22/05/2029")
    with demo_catalog.uow() as uow:   # the printouts' rule, for the same day
        from db.reports.build import agreement_sheet

        sheet = agreement_sheet(uow.session, BUSAN, TODAY)
    assert sheet.standing.label("fr") == busan["Situation"]
    assert agreement_status.current_end(sheet.standing, sheet.agreement.ends_on) == dt.date(2029, 5, 22)
    shawinigan = rows["Convention Cannes – Shawinigan : industries créatives"]
    assert (shawinigan["Situation"], shawinigan["Fin en vigueur"]) == ("En vigueur", shawinigan["Fin"])


def test_the_workbook_says_it_in_both_languages(demo_catalog, tmp_path):
    for language, standing, end, renewed in (("fr", "Situation", "Fin en vigueur", "Reconduit tacitement"),
                                             ("en", "Standing", "Current end", "Renewed tacitly")):
        path = tmp_path / f"accords-{language}.xlsx"
        export_xlsx.write(demo_catalog, path, kind="agreement", language=language, today=TODAY)
        ws = openpyxl.load_workbook(path)[sheets.sheet_name("agreement", language)]
        header = [c.value for c in ws[1]]
        assert header[:19] == sheets.headers("agreement", language)[:19] and header[19:] == [standing, end]
        row = next(dict(zip(header, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=2)
                   if r[0].value == BUSAN)
        assert row[standing] == renewed and row[end] == dt.datetime(2029, 5, 22)   # a real date


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_an_export_with_the_computed_columns_imports_back_unchanged(demo_catalog, tmp_path, suffix):
    from db.interchange.imports import commit as imports
    from db.interchange.imports.matching import match_catalogue
    from db.interchange.imports.plan import build_plan

    services = Services(demo_catalog, actor="test")
    before = {a.id: a.model_dump(exclude={"updated_at", "version"}) for a in services.list("agreement", ListQuery(limit=None))}
    path = tmp_path / f"accords.{suffix}"
    (export_xlsx if suffix == "xlsx" else export_csv).write(demo_catalog, path, kind="agreement", today=TODAY)

    plan = build_plan(path)
    [sheet] = [s for s in plan.sheets if s.kind == "agreement"]
    targets = {c.header: c.target for c in sheet.table.columns}
    assert targets["Situation"] == targets["Fin en vigueur"] == "ignore" and targets["Fin"] == "ends_on"
    match_catalogue(demo_catalog, plan)
    result = imports.commit(demo_catalog, plan, "test")

    assert result.counts["agreement"].get("created", 0) == 0
    after = {a.id: a.model_dump(exclude={"updated_at", "version"}) for a in services.list("agreement", ListQuery(limit=None))}
    changed = {(i, k) for i in before for k in before[i] if before[i][k] != after[i][k]}
    assert not changed   # no « Situation » attribute, no end moved to 2029
    assert not any("Situation" in a["extra"] for a in after.values())


@pytest.mark.parametrize("heading", ["Intitulé;Partenaires;Situation", "ID;Intitulé;Partenaires;Situation",
                                     "Intitulé;Partenaires;Situation;Fin en vigueur"])
def test_a_situation_column_of_someone_elses_sheet_is_still_kept(tmp_path, heading):
    """Only our own export's computed columns are read as nothing (both of them beside an id column):
    anyone else's « Situation » column is kept (as a field or an attribute, never dropped)."""
    from db.interchange.imports.plan import build_plan

    path = tmp_path / "accords.csv"
    values = {"ID": "A-12", "Intitulé": "Jumelage", "Partenaires": "Busan", "Situation": "à relancer",
              "Fin en vigueur": "2027"}
    row = ";".join(values[h] for h in heading.split(";"))
    path.write_text(f"{heading}\r\n{row}\r\n", encoding="utf-8-sig")
    [sheet] = build_plan(path).sheets
    assert {c.header: c.target for c in sheet.table.columns}["Situation"] != "ignore"
