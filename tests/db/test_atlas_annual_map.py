"""The Atlas update, the annual report's figures, the partners' map and the lists' "Versé" column,
on records typed here (both engines)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from db.reports.annual import annual_report
from db.reports.atlas import atlas
from db.reports.partner_map import map_partners
from db.schemas import AgreementIn, EventIn, FollowUpIn, PartnerIn
from db.services import atlas_team, listing
from db.services.records import ListQuery

TODAY = dt.date(2026, 3, 1)


def _seed(services):
    services.create("partner", PartnerIn(name="Grand-Bassam", kind="city", country="CI", city="Grand-Bassam",
                                         domains=["Patrimoine"]))
    services.create("partner", PartnerIn(name="Hội An", kind="city", country="VN", city="Hội An", status="prospect"))
    services.create("partner", PartnerIn(name="Scuola Holden", kind="school", country="IT", city="Turin"))
    services.create("partner", PartnerIn(name="Xyzzy", kind="city", country="SN", city="Nulle part",
                                         extra={"Coordonnées": "14.7, -17.4"}))
    services.create("agreement", AgreementIn(
        title="Patrimoine", kind="partnership", status="active", partners=["Grand-Bassam"], domains=["Patrimoine"],
        signed_on="2025-11-04", ends_on="2029-11-04", summary="Archives.",
        budget_lines=[{"year": 2025, "category": "cooperation", "country": "CI", "planned": "15000", "paid": "12000.50"},
                      {"year": 2025, "category": "admin_costs", "country": "CI", "paid": "2300"}]))
    services.create("agreement", AgreementIn(title="Lettre Hội An", kind="letter_of_intent", status="negotiation",
                                             partners=["Hội An"]))
    services.create("agreement", AgreementIn(title="Écoles", kind="partnership", status="expired",
                                             partners=["Scuola Holden"], signed_on="2020", ends_on="2025-06-30"))
    services.create("agreement", AgreementIn(title="Brouillon", status="draft", partners=["Grand-Bassam"]))
    services.create("event", EventIn(title="Colloque", starts_on="2025-03-14", attendance=140, partners=["Xyzzy"],
                                     budget_lines=[{"year": 2025, "category": "awareness", "paid": "1350"}]))
    services.create("followup", FollowUpIn(title="Fait", status="done", completed_on="2025-05-02", due_on="2025-05-01"))
    services.create("followup", FollowUpIn(title="En retard", due_on="2025-10-01"))
    services.create("followup", FollowUpIn(title="À venir", due_on="2026-10-01"))


def test_atlas_projects_team_and_missing_fields(services):
    _seed(services)
    with services.catalog.uow() as uow:
        atlas_team.set_team(uow.session, [{"first_name": "Anne", "last_name": "Moreau", "title": "Adjointe",
                                           "email": "a@example.fr", "elected": True}, {"first_name": "Julien"}])
        uow.commit()
    with services.catalog.uow() as uow:
        update = atlas(uow.session, TODAY)
    assert [(p.partner, p.status, p.missing) for p in update.projects] == [
        ("Grand-Bassam", "ongoing", []),
        ("Hội An", "planned", ["domains", "starts_on", "summary"]),
    ]   # a school is no authority, a draft is no cooperation
    assert [m.missing for m in update.team] == [[], ["last_name", "title", "email"]]
    assert not update.complete


def test_annual_report_figures(services):
    _seed(services)
    with services.catalog.uow() as uow:
        r = annual_report(uow.session, 2025, TODAY)
    assert [a.title for a in r.signed] == ["Patrimoine"] and [a.title for a in r.ended] == ["Écoles"]
    assert r.in_force == 1 and [e.title for e in r.events] == ["Colloque"] and r.attendance == 140
    assert r.money_cells == {("CI", "cooperation"): Decimal("12000.50"), ("CI", "admin_costs"): Decimal("2300.00"),
                             ("SN", "awareness"): Decimal("1350.00")}   # its one partner's country
    assert r.money_total("paid") == Decimal("15650.50") and r.money_total("planned") == Decimal("15000.00")
    assert [x.followup.title for x in r.done] == ["Fait"] and [x.followup.title for x in r.late] == ["En retard"]
    assert dict(r.partners_by_country) == {"CI": 1, "IT": 1, "SN": 1}   # active partners only


def test_map_partners_located_and_filtered(services):
    _seed(services)
    with services.catalog.uow() as uow:
        every = {p.name: p.point for p in map_partners(uow.session)}
        assert every["Grand-Bassam"].source == "city" and every["Xyzzy"].source == "pin"
        assert round(every["Scuola Holden"].lat) == 45   # Turin
        assert [p.name for p in map_partners(uow.session, domain="Patrimoine")] == ["Grand-Bassam"]
        assert [p.name for p in map_partners(uow.session, status="prospect")] == ["Hội An"]
        assert sorted(p.name for p in map_partners(uow.session, year=2025)) == ["Grand-Bassam", "Scuola Holden",
                                                                                 "Xyzzy"]


def test_the_lists_show_what_was_paid(services):
    _seed(services)
    with services.catalog.uow() as uow:
        ids = listing.ordered_ids(uow.session, "agreement", ListQuery())
        paid = {row[1]: row[2] for row in listing.rows(uow.session, "agreement", ids, ["title", "paid"]).values()}
        assert paid["Patrimoine"] == Decimal("14300.50") and paid["Écoles"] is None
        events = listing.ordered_ids(uow.session, "event", ListQuery())
        assert [row[1] for row in listing.rows(uow.session, "event", events, ["paid"]).values()] == [Decimal("1350.00")]


def test_atlas_types_of_partner_authorities(services, tmp_path):
    """The Atlas's type of authority, told from the partner's kind and name; a territory whose name says
    nothing is flagged, never guessed."""
    import openpyxl

    from db.interchange import atlas_xlsx
    from db.reports.atlas_types import atlas_type, label

    assert atlas_type("city", "Grand-Bassam") == "municipality"
    assert atlas_type("city", "Communauté urbaine de Douala") == "intercommunality"
    assert atlas_type("city", "Métropole de Lyon") == "intercommunality"
    assert atlas_type("territory", "État de Bahia") == "state"
    assert atlas_type("territory", "Land Brandenburg") == "state"
    assert atlas_type("territory", "Canton de Vaud") == "state"
    assert atlas_type("territory", "Préfecture de Shizuoka") == "region"
    assert atlas_type("territory", "Wilaya d'Alger") == "region"
    assert atlas_type("territory", "Provincia di Torino") == "region"
    assert atlas_type("territory", "Oblast de Lviv") == "region"
    assert atlas_type("territory", "Saarland") is None and atlas_type("territory", "Québec") is None
    assert atlas_type("school", "Université de Dakar") is None
    assert label("state") == "État fédéré" and label("state", "en") == "State / federated entity"

    for name, kind, country in (("Dakar", "city", "SN"), ("Région de Dakar", "territory", "SN"),
                                ("État de Bahia", "territory", "BR"), ("Québec", "territory", "CA"),
                                ("Métropole de Lyon", "city", "FR")):
        services.create("partner", PartnerIn(name=name, kind=kind, country=country))
        services.create("agreement", AgreementIn(title=f"Coopération {name}", kind="partnership", status="active",
                                                 partners=[name], domains=["Patrimoine"], signed_on="2024",
                                                 summary="Échanges."))
    with services.catalog.uow() as uow:
        update = atlas(uow.session, TODAY)
    assert {p.partner: (p.partner_kind, p.missing) for p in update.projects} == {
        "Dakar": ("municipality", []), "État de Bahia": ("state", []), "Métropole de Lyon": ("intercommunality", []),
        "Québec": (None, ["partner_kind"]), "Région de Dakar": ("region", [])}
    atlas_xlsx.write(update, tmp_path / "atlas.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "atlas.xlsx").worksheets[1]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["État de Bahia"][1] == "État fédéré" and rows["Dakar"][1] == "Commune / municipalité"
    assert rows["Québec"][1] is None and "Type de collectivité" in rows["Québec"][-1]
