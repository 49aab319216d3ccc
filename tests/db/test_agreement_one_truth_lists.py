"""Issue 22: the agreements list sorted by the recorded end and status while it showed the effective
ones, and the exports gave only the recorded ones. Lists (window, command line, exports) now sort by
what ``db.agreement_status`` says is true today, and the JSON export says each agreement's standing
and current end beside the recorded values, which stay as recorded in every export so that it
imports back unchanged."""

from __future__ import annotations

import datetime as dt

import openpyxl

from db.interchange import export_xlsx
from db.schemas import AgreementIn, PartnerIn
from db.services import ListQuery, Services, listing


def _agreements(catalog):
    services = Services(catalog, actor="test")
    today = dt.date.today()
    busan = services.create("partner", PartnerIn(name="Busan", country="KR")).id

    def day(years: int, days: int = 0) -> str:
        return (today.replace(year=today.year + years) + dt.timedelta(days=days)).isoformat()

    made = {
        # signed long ago for a year, renewed tacitly every year since: ends within the coming year
        "renewed": AgreementIn(title="Renouvelé", status="signed", partners=[busan], renewal="tacit",
                               starts_on=day(-6, 40), ends_on=day(-5, 39)),
        # recorded active, its end passed without renewal: expired
        "expired": AgreementIn(title="Échu", status="active", partners=[busan], ends_on=day(0, -30)),
        # in force for two more years
        "in_force": AgreementIn(title="En cours", status="active", partners=[busan], ends_on=day(2)),
    }
    return services, {k: services.create("agreement", v).id for k, v in made.items()}


def test_agreements_sort_by_their_current_end_and_standing(catalog):
    services, ids = _agreements(catalog)
    by_end = [a.id for a in services.list("agreement", ListQuery(sort="ends_on", limit=None))]
    # the recorded ends would give renewed (6 years ago), expired, in force
    assert by_end == [ids["expired"], ids["renewed"], ids["in_force"]]
    by_end_desc = [a.id for a in services.list("agreement", ListQuery(sort="ends_on", descending=True, limit=None))]
    assert by_end_desc == list(reversed(by_end))
    by_status = [a.id for a in services.list("agreement", ListQuery(sort="status", limit=None))]
    assert by_status == [ids["in_force"], ids["renewed"], ids["expired"]]   # recorded: active, active, signed
    with catalog.uow() as uow:   # the window's list reads the same order, its first screen too
        order = listing.ordered_ids(uow.session, "agreement", ListQuery(sort="ends_on"))
        first = listing.ordered_ids(uow.session, "agreement", ListQuery(sort="ends_on"), first=1)
        public = dict(uow.session.execute(listing.select(listing.Agreement.id, listing.Agreement.public_id)).all())
    assert [public[i] for i in order] == by_end and [public[i] for i in first] == by_end[:1]


def test_exports_follow_the_list_order_and_the_json_says_each_standing(catalog, tmp_path):
    from db.interchange import export_json
    from db.interchange.imports import commit as imports
    from db.interchange.imports.matching import match_catalogue
    from db.interchange.imports.plan import build_plan

    services, _ids = _agreements(catalog)
    path = tmp_path / "accords.xlsx"
    export_xlsx.write(catalog, path, kind="agreement", query=ListQuery(sort="ends_on", limit=None))
    sheet = openpyxl.load_workbook(path)["Accords"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert [r["Intitulé"] for r in rows] == ["Échu", "Renouvelé", "En cours"]   # the list's order
    document = export_json.build(catalog, kind="agreement")
    said = {a["title"]: a for a in document["agreements"]}
    assert said["Renouvelé"]["standing"] == "renewed" and said["Échu"]["standing"] == "expired"
    assert said["En cours"]["standing"] == "in_force"
    assert said["Renouvelé"]["current_ends_on"] > dt.date.today().isoformat() > said["Renouvelé"]["ends_on"]
    before = {a.id: a.model_dump(exclude={"updated_at", "version"}) for a in services.list("agreement", ListQuery(limit=None))}

    plan = build_plan(path)
    match_catalogue(catalog, plan)
    imports.commit(catalog, plan, "test")

    after = {a.id: a.model_dump(exclude={"updated_at", "version"}) for a in services.list("agreement", ListQuery(limit=None))}
    changed = {k: (before[i][k], after[i][k]) for i in before for k in before[i] if before[i][k] != after[i][k]}
    assert not changed   # the recorded status and end are exported as recorded: they come back unchanged
