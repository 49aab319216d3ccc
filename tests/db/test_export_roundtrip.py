"""An exported workbook re-imports without duplicating anything (export → import round trip)."""

from __future__ import annotations

from db.interchange import export_xlsx
from db.interchange.imports import commit as imports
from db.interchange.imports.matching import match_catalogue
from db.services import ListQuery, Services

KINDS = ("partner", "agreement", "contact", "event", "followup", "interaction")


def _ids(services: Services) -> dict[str, set[str]]:
    return {k: {o.id for o in services.list(k, ListQuery(limit=None))} for k in KINDS}


def test_reimporting_an_export_creates_no_duplicates(demo_catalog, tmp_path):
    from db.interchange.imports.plan import build_plan

    services = Services(demo_catalog, actor="test")
    before = _ids(services)
    path = tmp_path / "catalogue.xlsx"
    export_xlsx.write(demo_catalog, path)

    plan = build_plan(path)
    match_catalogue(demo_catalog, plan)
    result = imports.commit(demo_catalog, plan, "test")

    assert all(counts.get("created", 0) == 0 for counts in result.counts.values()), result.counts
    assert result.counts["partner"]["skipped"] + result.counts["partner"]["updated"] == 14  # every row was read
    assert _ids(services) == before  # same records, same public ids: nothing duplicated, nothing lost
    busan = services.get("partner", "Busan")
    assert busan.partner_since.iso() == "2023-05-22" and busan.country == "KR"
    shawinigan = next(a for a in services.list("agreement", ListQuery(search="Shawinigan", limit=None)))
    assert shawinigan.signed_on.iso() == "2019-06"  # a month-only date came back as a month, not 1 June


def test_an_edited_export_updates_its_records_by_public_id(demo_catalog, tmp_path):
    import openpyxl

    from db.interchange.imports.plan import build_plan

    services = Services(demo_catalog, actor="test")
    busan = services.get("partner", "Busan")
    before = _ids(services)
    path = tmp_path / "catalogue.xlsx"
    export_xlsx.write(demo_catalog, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Partenaires"]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.value == "Busan":  # renamed in the partners sheet only; other sheets keep "Busan"
                cell.value = "Busan Metropolitan City"
    book.save(path)

    plan = build_plan(path)
    kinds = {s.table.sheet: s.kind for s in plan.sheets}
    assert kinds["Interactions"] == "interaction"  # not mistaken for partners
    match_catalogue(demo_catalog, plan)
    result = imports.commit(demo_catalog, plan, "test")

    assert result.counts["partner"]["updated"] == 1 and result.counts["partner"]["created"] == 0
    assert _ids(services) == before  # renamed in place: no new partner, no new anything
    renamed = services.get("partner", busan.id)
    assert renamed.name == "Busan Metropolitan City" and renamed.version == busan.version + 1
    mou = next(a for a in services.list("agreement", ListQuery(filters={"partner": busan.id}, limit=None)))
    assert [p.id for p in mou.partners] == [busan.id]  # the link written "Busan" followed the rename
    elodie = services.get("contact", "Élodie Martin")
    assert {p.kind for p in elodie.phones} == {"phone", "mobile"}  # phone kinds survive the round trip
