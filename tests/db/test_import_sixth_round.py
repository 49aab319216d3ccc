"""Shapes of the sixth corpus round (issue 19), each written here as a small file of its own: what the
fourth round's real files (opened for tuning) showed. A poll's « Count » row, plural headings, the
states of agreements in other languages, an end date before the start, province codes that look like
countries, coordinates that look like phones, one web site written two ways, renewals and zero
amounts, a Dutch directory's e-mails and phones, month-first
start dates beside month-first end dates, a year written « 0 » when unknown."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
from test_import_told_by_structure import imported
from test_import_users_word import catalogue, cli
from test_import_users_word import db as db  # the fixture: a fresh catalogue

from db.interchange.imports import vocabulary as V
from db.interchange.imports.evidence import column_nature, value_nature
from db.schemas.fields import parse_number


def test_a_polls_count_row_is_a_totals_row_not_a_person(db, tmp_path):
    path = tmp_path / "doodle.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["", "Planets", "Stars", "Galaxies"])
    for name, *answers in (("Dinko Milakovic", "", "OK", ""), ("Rob Ivison", "OK", "", "OK"),
                           ("Anne Klitsch", "", "OK", "OK"), ("Chiara Circosta", "OK", "OK", "")):
        sheet.append([name, *answers])
    sheet.append(["Count", 2, 3, 2])
    book.save(path)
    code, out = cli("--db", db, "import", str(path), "--kind", "contact", "--map", "A=full_name")
    assert code == 0, out
    names = {c["last_name"] for c in catalogue(db, tmp_path)["contacts"]}
    assert names == {"Milakovic", "Ivison", "Klitsch", "Circosta"}   # « Count » is nobody


def test_plural_and_transliterated_headings_name_their_field():
    assert V.field_scores("Staedte", "partner")[0][1] == "city"   # « Städte » written without its umlaut
    assert V.field_scores("Webseiten", "partner")[0][1] == "website"
    assert V.field_scores("Ciudades", "partner")[0][1] == "city"
    assert V.field_scores("Cities", "partner")[0][1] == "city"
    assert V.field_scores("Comuni", "partner")[0][1] == "city"


def test_agreement_states_in_other_languages(db, tmp_path):
    text = ("parceiro;objeto;inicio;fim;situacao\n"
            "UFMG;Pesquisa;2022-05-14;2026-12-08;Vigente\n"
            "FJP;Estágios;2021-01-10;2023-01-09;Encerrado\n"
            "PUC Minas;CIAMEC;2020-03-01;2024-02-28;Rescindido\n")
    data, _out = imported(db, tmp_path, "acordos.csv", text, "--kind", "agreement", "--map", "parceiro=partners",
                          "--map", "situacao=status")
    status = {a["partners"][0]["name"]: a["status"] for a in data["agreements"]}
    assert status == {"UFMG": "active", "FJP": "expired", "PUC Minas": "terminated"}


def test_an_end_before_the_start_keeps_the_row_and_sets_the_end_aside(db, tmp_path):
    text = ("parceiro;objeto;inicio;fim\nUFMG;Pesquisa;2022-05-14;2026-12-08\n"
            "UFMG;Pesquisa;2024-05-12;2024-05-11\n")
    data, out = imported(db, tmp_path, "acordos.csv", text, "--kind", "agreement", "--map", "parceiro=partners",
                         "--map", "inicio=starts_on", "--map", "fim=ends_on")
    assert len(data["agreements"]) == 2   # a renewal (another start), not the same agreement twice
    second = next(a for a in data["agreements"] if a["starts_on"] == "2024-05-12")
    assert second["ends_on"] is None and "2024-05-11" in str(second["extra"])
    assert "rejeté" not in out.split("accords :")[1].split("\n")[0].replace("0 rejeté", "")
    assert "La date de fin précède la date de début" in out


def test_province_codes_and_coordinates_are_not_countries_nor_phones():
    assert column_nature(["To", "Al", "Cn", "At", "Vb", "No", "To"]) == "code"   # Piedmont's provinces
    assert column_nature(["CA", "NY", "TX", "FL", "WA", "CA"]) != "country"   # US states
    assert column_nature(["FR", "DE", "IT", "ES", "FR"]) == "country"
    assert value_nature("44.96548843") == "number" and column_nature(["44.96548843", "45.09860992", "7.84122896"]) == "number"
    assert V.is_code_header("sigla_provincia")


def test_one_web_site_written_two_ways_is_one_partner(db, tmp_path):
    text = ("Museen,Staedte,Webseiten\nPANOPTIKUM – Wachsfigurenkabinett,Hamburg,https://www.panoptikum.de/\n"
            "PANOPTIKUM – Wachsfigurenkabinett,Hamburg,www.panoptikum.de\n"
            "Museum für Lackkunst,Münster,www.museum-fuer-lackkunst.de\n")
    data, _out = imported(db, tmp_path, "museen.csv", text, "--kind", "partner", "--map", "Museen=name")
    assert sorted(p["name"] for p in data["partners"]) == ["Museum für Lackkunst", "PANOPTIKUM – Wachsfigurenkabinett"]


def test_a_zero_amount_is_another_grant_than_a_paid_one(db, tmp_path):
    text = ("Empfänger;Zweck;Betrag\nFrauenhaus e.V.;Inventar;545.00\nFrauenhaus e.V.;Inventar;0.00\n")
    data, _out = imported(db, tmp_path, "zuwendungen.csv", text, "--kind", "agreement", "--map", "Empfänger=partners",
                          "--map", "Zweck=title", "--map", "Betrag=budget")
    assert sorted(Decimal(str(a["budget"])) for a in data["agreements"]) == [Decimal("0"), Decimal("545")]


def test_a_dutch_directory_s_e_mails_and_phones(db, tmp_path):
    towns = ("Utrecht", "Zwolle", "Leiden", "Haarlem", "Delft", "Gouda")
    text = "gemeente.naam,gemeente.afkorting,gemeente.contact.telefoon,gemeente.contact.emailadres\n" + "".join(
        f"Gemeente {t},{t},(030)2860000,info@{t.lower()}.nl\n" for t in towns)
    data, _out = imported(db, tmp_path, "gemeenten.csv", text, "--kind", "partner", "--map", "gemeente.naam=name",
                          "--map", "gemeente.afkorting=city")
    utrecht = next(p for p in data["partners"] if p["name"] == "Gemeente Utrecht")
    assert utrecht["email"] == "info@utrecht.nl"
    assert utrecht["country"] == "NL"   # the towns the user pointed at are Dutch
    assert "+31302860000" in str(utrecht["phone"])   # and so are their phones


def test_headerless_grants_with_month_first_dates(db, tmp_path):
    text = ("1\tFrauenhaus e.V.\tBA\t7/5/2012\t12/31/2012\t545.00\n"
            "2\tFussballclub e.V.\tBA\t1/1/2012\t6/30/2012\t1,100,000.00\n"
            "3\tKinderhaus e.V.\tBA\t3/15/2012\t4/30/2012\t75,453.00\n")
    data, _out = imported(db, tmp_path, "zuwendungen_2013.csv", text, "--no-header", "--kind", "agreement",
                          "--map", "B=partners", "--map", "D=starts_on", "--map", "E=ends_on", "--map", "F=budget")
    first = next(a for a in data["agreements"] if a["partners"][0]["name"] == "Frauenhaus e.V.")
    assert first["starts_on"] == "2012-07-05" and first["ends_on"] == "2012-12-31"   # the end dates tell the way
    assert {a["kind"] for a in data["agreements"]} == {"grant"}   # « zuwendungen »: grants


def test_a_year_written_0_when_unknown_is_no_date(db, tmp_path):
    rows = [("Vaasa", "Finland", "Kiel", "Germany", "1967"), ("Turku", "Finland", "Gdansk", "Poland", "1958"),
            ("Keminmaa", "Finland", "Apatity", "Russia", "0"), ("Kiukainen", "Finland", "Boksitogorsk", "Russia", "0"),
            ("Harjavalta", "Finland", "Boksitogorsk", "Russia", "0")]
    text = '"City1";"Country1";"City2";"Country2";"Year"\n' + "".join(";".join(f'"{v}"' for v in r) + "\n" for r in rows)
    data, out = imported(db, tmp_path, "dyad.csv", text, "--kind", "agreement")
    signed = {tuple(p["name"] for p in a["partners"]): a["signed_on"] for a in data["agreements"]}
    assert signed[("Vaasa", "Kiel")] == "1967" and signed[("Keminmaa", "Apatity")] is None
    assert "Date invalide" not in out


def test_amounts_with_commas_between_thousands():
    assert parse_number("1,100,000") == Decimal("1100000") and parse_number("75,453.00") == Decimal("75453.00")
    assert parse_number("2 500,00") == Decimal("2500.00")


def test_a_country_that_cannot_be_read_still_keeps_namesakes_apart(db, tmp_path):
    text = ("Type;Pays\nAmbassade de France;ALLEMAGNE\nAmbassade de France;ILES FIDJI\n"
            "Ambassade de France;GUINEE-BISSAO\nAmbassade de France;Pays imaginaire\n")
    data, _out = imported(db, tmp_path, "embassy.csv", text, "--kind", "partner", "--map", "Type=name",
                          "--map", "Pays=country")
    assert sorted(str(p["country"]) for p in data["partners"]) == ["DE", "FJ", "GW", "None"]


def test_untitled_grants_of_one_year_and_amount_differ_by_their_other_values(db, tmp_path):
    text = ("Subthema;Naam;Jaar;Toegekend\nJeugdhulp;ORANJE;2024;1000\nToerisme;ORANJE;2024;1000\n"
            "Toerisme;ORANJE;2024;1000\n")
    data, out = imported(db, tmp_path, "subsidies.csv", text, "--kind", "agreement", "--map", "Naam=partners",
                         "--map", "Toegekend=budget")
    assert len(data["agreements"]) == 2   # the third row is a copy of the second: merged, and said
    assert "1 doublon fusionné" in out


def test_a_twelve_hour_programme_without_am_pm_goes_on_after_noon(db, tmp_path):
    text = ("Time,Title,Speaker\n8:00-8:45,Overview,Caleb\n11:00-11:45,Hydraulics,Mike\n11:45-12:00,Q&A,Caleb\n"
            "1:00-2:00,LID modelling,Mike\n2:45-3:00,Calculator,Corinne\n")
    data, _out = imported(db, tmp_path, "agenda.csv", text, "--kind", "session", "--map", "Time=start_time")
    times = {s["title"]: (s["start_time"], s["end_time"]) for e in data["events"] for s in e["sessions"]}
    assert times["Overview"] == ("08:00", "08:45") and times["LID modelling"] == ("13:00", "14:00")
    assert times["Calculator"] == ("14:45", "15:00")


def test_a_programme_past_midnight_is_left_as_written():
    from types import SimpleNamespace

    from db.interchange.imports.afternoon import afternoon
    from db.interchange.imports.row_plan import RowPlan

    rows = [RowPlan("s", n, "session", {}, model=SimpleNamespace(date=None, start_time=t, end_time=None))
            for n, t in enumerate(("22:00", "23:30", "01:00", "02:30"), 2)]
    afternoon(rows)
    assert [r.model.start_time for r in rows] == ["22:00", "23:30", "01:00", "02:30"]


def test_a_column_whose_commas_group_thousands(db, tmp_path):
    text = ("Naam;Subthema;Jaar;Toegekend (EUR)\nORANJE;Toerisme;2024;53,130\nORANJE;Jeugdhulp;2024;4,580\n"
            "DE SNEPPE;Natuur;2024;81,499\nSANAPOLIS;Zorg;2023;500\nSANAPOLIS;Werk;2024;1,000\n")
    data, _out = imported(db, tmp_path, "subsidies.csv", text, "--kind", "agreement", "--map", "Naam=partners",
                          "--map", "Toegekend (EUR)=budget")
    budgets = sorted(Decimal(str(a["budget"])) for a in data["agreements"])
    assert budgets == [Decimal(500), Decimal(1000), Decimal(4580), Decimal(53130), Decimal(81499)]


def test_a_decimal_comma_keeps_a_column_decimal():
    from db.interchange.imports.column_facts import thousands_commas

    assert thousands_commas(["53,130", "4,580", "500", "1,000"])
    assert not thousands_commas(["53,130", "47,81", "1,000", "2,000"])   # « 47,81 »: decimal commas
    assert not thousands_commas(["2 500,00 €", "1 000,50"]) and not thousands_commas(["1,250", "2,500"])   # too few
