"""Budget lines by year on agreements and events, and the APD worksheet traced euro by euro (both engines)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from passerelles_testing import run_cli

from db.reports.apd import UNALLOCATED, apd_worksheet, load_oda_list
from db.schemas import AgreementIn, EventIn, PartnerIn


def line(year, category, country, paid=None, planned=None, committed=None, label=None, cofinancers=()):
    return {"year": year, "category": category, "country": country, "paid": paid, "planned": planned,
            "committed": committed, "label": label, "cofinancers": list(cofinancers)}


def test_budget_lines_are_kept_edited_undone_and_validated(services):
    services.create("partner", PartnerIn(name="Grand-Bassam", country="CI"))
    a = services.create("agreement", AgreementIn(title="Patrimoine", partners=["Grand-Bassam"], budget_lines=[
        line(2025, "Coopération décentralisée", "Côte d'Ivoire", paid="12 000,50 €", planned="15000",
             cofinancers=["MEAE", "Région"])]))
    b = a.budget_lines[0]
    assert (b.year, b.category, b.country, b.paid, b.planned, b.cofinancers) == (
        2025, "cooperation", "CI", Decimal("12000.50"), Decimal("15000.00"), ["MEAE", "Région"])
    data = services.get("agreement", a.id).model_dump(mode="json")
    assert data["budget_lines"][0]["paid"] == 12000.5
    again = AgreementIn(title="Patrimoine", partners=["Grand-Bassam"],
                        budget_lines=[*data["budget_lines"], line(2026, "not_oda", None, planned="100")])
    updated = services.update("agreement", a.id, again, expected_version=a.version)
    assert [x.year for x in updated.budget_lines] == [2025, 2026]
    services.undo_last()
    assert [x.year for x in services.get("agreement", a.id).budget_lines] == [2025]
    with pytest.raises(ValueError):
        AgreementIn(title="X", budget_lines=[line(None, "cooperation", "CI")])
    with pytest.raises(ValueError):
        AgreementIn(title="X", budget_lines=[line(2025, "cooperation", "CI", paid="-5")])


def test_the_apd_worksheet_traces_every_euro_to_its_lines(services):
    """Budget lines typed here by hand; the worksheet's cells are exactly their paid sums."""
    services.create("partner", PartnerIn(name="Grand-Bassam", country="CI"))
    services.create("partner", PartnerIn(name="Busan", country="KR"))
    services.create("partner", PartnerIn(name="Dakar", country="SN"))
    services.create("agreement", AgreementIn(title="Patrimoine Grand-Bassam", partners=["Grand-Bassam"], budget_lines=[
        line(2025, "cooperation", None, paid="12000.50", planned="15000"),   # the partner's country: CI
        line(2025, "admin_costs", "CI", paid="2300"),
        line(2025, "cooperation", "CI", planned="4000", committed="4000"),   # nothing paid: left out
        line(2024, "cooperation", "CI", paid="999"),                         # another year: not read
    ]))
    services.create("agreement", AgreementIn(title="Cinéma Busan", partners=["Busan"], budget_lines=[
        line(2025, "cooperation", "KR", paid="11500"),                       # Korea is not an ODA recipient
        line(2025, "not_oda", "KR", paid="700"),
    ]))
    services.create("event", EventIn(title="Colloque", partners=["Dakar", "Busan"], budget_lines=[
        line(2025, "awareness", None, paid="1350.25"),                        # two countries: unallocated
        line(2025, "ngo_grant", "SN", paid="5000", cofinancers=["AFD"]),
        line(2025, "ngo_grant", None, paid="10"),                             # a grant needs a country
        line(2025, None, "SN", paid="20"),                                    # no category
    ]))
    deleted = services.create("agreement", AgreementIn(title="Supprimé", budget_lines=[
        line(2025, "cooperation", "CI", paid="1000000")]))
    services.delete("agreement", deleted.id)

    with services.catalog.uow() as uow:
        sheet = apd_worksheet(uow.session, 2025)
    assert sheet.oda.covers(2025)
    assert sheet.cells == {("CI", "cooperation"): Decimal("12000.50"), ("CI", "admin_costs"): Decimal("2300.00"),
                           ("SN", "ngo_grant"): Decimal("5000.00"),
                           (UNALLOCATED, "awareness"): Decimal("1350.25")}
    assert sheet.grand_total == Decimal("20650.75")
    assert sheet.country_total("CI") == Decimal("14300.50")
    assert sheet.category_total("ngo_grant") == Decimal("5000.00")
    assert sum(d.amount for d in sheet.declared) == sheet.grand_total
    [cell] = sheet.lines_of("CI", "cooperation")
    assert (cell.line.owner_title, cell.line.number, cell.line.country_from_partners) == (
        "Patrimoine Grand-Bassam", 1, True)
    assert cell.line.reference == "Accord « Patrimoine Grand-Bassam », ligne 1"
    reasons = sorted((x.line.owner_title, x.line.number, x.reason) for x in sheet.left_out)
    assert reasons == [("Cinéma Busan", 1, "not_eligible"), ("Cinéma Busan", 2, "not_oda"),
                       ("Colloque", 3, "no_country"), ("Colloque", 4, "no_category"),
                       ("Patrimoine Grand-Bassam", 3, "not_paid")]


def test_the_shipped_oda_list_says_its_source_and_years():
    oda = load_oda_list(2025)
    assert oda.covers(2024) and oda.covers(2025) and "OCDE" in oda.source
    assert {"CI", "SN", "CN", "VN", "UA"} <= oda.countries
    assert not {"KR", "JP", "FR", "CA", "CL", "UY"} & oda.countries
    assert not load_oda_list(2031).covers(2031)   # the latest, which says it does not cover the year


def test_the_shipped_oda_list_matches_the_oecd_list_for_2024_and_2025():
    """Checked against the OECD's « DAC List of ODA Recipients » for 2024 and 2025 flows (docs/apd.md)."""
    from db.resources import data_dir

    oda = load_oda_list(2024)
    assert oda.years == (2024, 2025) and "2024 and 2025" in oda.source and len(oda.countries) == 141
    least_developed = {"AF", "BD", "BF", "HT", "KH", "MG", "ML", "NE", "SN", "SS", "TD", "TV", "YE", "ZM"}
    assert least_developed <= oda.countries
    assert {"UA", "BT", "KP", "SY", "PS", "XK", "IN", "MA", "TN", "VN", "TR", "MX", "BR", "CN"} <= oda.countries
    # territories and small states kept on the list for these two years
    assert {"MS", "NR", "SH", "TK", "WF", "NU", "GY", "PA"} <= oda.countries
    # graduated: Chile, Seychelles, Uruguay (2018), Cook Islands (2020), Antigua and Barbuda (2022), Saint Kitts
    # and Nevis (earlier); high-income and EU members never on it
    assert not {"CL", "SC", "UY", "CK", "AG", "KN", "BB", "TT", "HR", "KR", "SA", "RU", "FR", "BG"} & oda.countries
    data = json.loads((data_dir() / "oda_recipients_2024_2025.json").read_text(encoding="utf-8"))
    for code, since in data["graduated"].items():
        assert (code in oda.countries) == (int(since) > max(oda.years)), code   # Nauru leaves in 2026
    assert sorted(data["countries"]) == data["countries"] and len(set(data["countries"])) == len(data["countries"])


def test_the_shipped_oda_list_has_the_oecd_groups_of_2024_and_2025():
    """The four columns of the DAC list, country by country (docs/apd.md, « What the list was checked against »).

    - least developed: the UN's list, which the DAC list's first column is: 46 in UNCTAD's note of
      27 September 2021, less Bhutan (graduated on 13 December 2023); the OECD page (24 June 2024) keeps
      Angola, São Tomé and Príncipe and Solomon Islands there for 2024;
    - the other three: the World Bank's classification of 1 July 2023 (GNI per capita of 2022: up to $1 135,
      $1 136 - $4 465, $4 466 - $13 845, the thresholds the OECD page prints); that year El Salvador,
      Indonesia and West Bank and Gaza moved up and Jordan down; Algeria, Iran, Mongolia and Ukraine moved up
      only in July 2024, West Bank and Gaza down only then;
    - Guyana, Panama and Nauru (above the high-income threshold) stay on the list, as the OECD page says, in
      the upper middle income column with Venezuela and the territories the World Bank does not classify,
      except Tokelau (lower middle income, as on the DAC's earlier lists)."""
    from db.resources import data_dir

    data = json.loads((data_dir() / "oda_recipients_2024_2025.json").read_text(encoding="utf-8"))
    groups = {name: set(codes) for name, codes in data["groups"].items()}
    assert {name: len(codes) for name, codes in groups.items()} == {
        "least_developed": 45, "other_low_income": 2, "lower_middle_income": 35, "upper_middle_income": 59}
    assert set().union(*groups.values()) == set(data["countries"]) == load_oda_list(2025).countries
    assert sum(len(codes) for codes in groups.values()) == 141   # no country in two columns
    assert {"AO", "ST", "SB", "TV", "KI", "HT", "TL"} <= groups["least_developed"] and "BT" not in groups["least_developed"]
    assert groups["other_low_income"] == {"KP", "SY"}
    assert {"BT", "JO", "DZ", "IR", "MN", "UA", "IN", "VN", "PH", "TK"} <= groups["lower_middle_income"]
    assert {"PS", "SV", "ID", "GY", "PA", "NR", "MS", "VE", "PW", "WF", "SH", "NU"} <= groups["upper_middle_income"]


def test_apd_command_line_text_json_and_workbook(demo_catalog, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "apd.xlsx"
    result = run_cli("--db", demo_catalog.url, "apd", "2025", "--xlsx", str(out))
    assert result.returncode == 0, result.stderr
    text = result.stdout.replace("\u202f", " ").replace("\xa0", " ")
    assert "Côte d’Ivoire (CI) : 14 300,50 €" in text and "Total déclarable : 22 300,50 €" in text
    table = load_workbook(out).worksheets[0]
    rows = list(table.iter_rows(min_row=3, values_only=True))
    assert rows[-1][0] == "Total" and rows[-1][-1] == 22300.5
    data = json.loads(run_cli("--db", demo_catalog.url, "apd", "2025", "--json").stdout)
    assert data["total"] == 22300.5
    assert sum(line["paid"] for cell in data["cells"] for line in cell["lines"]) == 22300.5
    none = run_cli("--db", demo_catalog.url, "apd", "2019")
    assert none.returncode == 0 and "la déclaration se fait quand même, à zéro" in none.stdout
    bad = run_cli("--db", demo_catalog.url, "apd", "2025", "--oda-list", str(tmp_path / "absente.json"))
    assert bad.returncode == 2 and "n'a pas pu être lue" in bad.stderr and "Traceback" not in bad.stderr


def test_budget_columns_of_a_sheet_become_budget_lines(catalog, tmp_path):
    """« Budget 2024 », « Versé 2024 »…: amounts per year written as columns of an agreements sheet."""
    import openpyxl

    from db.schemas import AgreementIn
    from db.services import Services

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Accords"
    sheet.append(["Intitulé", "Partenaire", "Pays", "Budget 2024", "Versé 2024", "Engagé 2025", "Référence 2024"])
    sheet.append(["Jumelage Dakar", "Dakar", "Sénégal", "8 000 €", "7 500,50", 3000, "DK-24"])
    book.save(tmp_path / "accords.xlsx")
    result = run_cli("--db", catalog.url, "import", str(tmp_path / "accords.xlsx"))
    assert result.returncode == 0, result.stderr
    agreement = Services(catalog).get("agreement", "Jumelage Dakar")
    assert [(b.year, b.planned, b.committed, b.paid) for b in agreement.budget_lines] == [
        (2024, Decimal("8000.00"), None, Decimal("7500.50")), (2025, None, Decimal("3000.00"), None)]
    assert agreement.budget is None and agreement.extra["Référence 2024"] == "DK-24"   # not an amount: kept
    typed = AgreementIn(title="X", extra={"Budget 2026": "à définir"})
    assert typed.budget_lines == [] and typed.extra == {"Budget 2026": "à définir"}
