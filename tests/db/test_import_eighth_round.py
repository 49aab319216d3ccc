"""Shapes of the eighth corpus round (issue 19), each written here as a small file of its own: a
grant report without heading row, its dates month first and its sums to the cent, imported with no
option at all."""

from __future__ import annotations

from test_import_told_by_structure import imported
from test_import_users_word import db as db  # the fixture: a fresh catalogue

from db.interchange.imports.periods import _in_cents

REPORT = [
    ("49577", "Fußballclub Hellbrook von 1967 e.V. (e.V.)", "BAWandsbek", "1/1/2012", "12/31/2012", "016",
     "Betriebshaushalt", "das Projekt MoKip", "75,453.00"),
    ("59320", "Hamburger Immobilienbeteiligung GmbH & Co. KG (GmbH & Co KG)", "FB_", "1/1/2012", "12/31/2012", "092",
     "Betriebshaushalt", "Zuschuss zum Betrieb des VIVO", "1,484,400.00"),
    ("51103", "Frauenhaus e.V. (e.V.)", "BASFI", "7/5/2012", "12/31/2012", "033", "Investitionshaushalt",
     "Spiele und Inventar für den Kinderbereich", "3,400.00"),
    ("51104", "Musikverein Altona e.V. (e.V.)", "KB_", "2/1/2012", "11/30/2012", "033", "Betriebshaushalt",
     "Proberaum", "12,000.50"),
]


def test_a_grant_report_without_heading_row_is_read_with_no_option(db, tmp_path):
    text = "".join("\t".join(row) + "\n" for row in REPORT)
    data, out = imported(db, tmp_path, "zuwendungsbericht_2012.csv", text)
    grants = {a["partners"][0]["name"]: a for a in data["agreements"]}
    assert len(grants) == 4, out
    frauenhaus = grants["Frauenhaus e.V. (e.V.)"]
    assert frauenhaus["starts_on"] == "2012-07-05" and frauenhaus["ends_on"] == "2012-12-31"   # month first
    assert float(frauenhaus["budget"]) == 3400 and float(grants["Musikverein Altona e.V. (e.V.)"]["budget"]) == 12000.5
    assert {a["kind"] for a in grants.values()} == {"grant"}   # the file says « Zuwendungen »


def test_sums_to_the_cent_are_told_from_codes_and_counts():
    assert _in_cents(["75,453.00", "1 484 400,00 €", "3.400,00", "-12.50"])
    assert not _in_cents(["1631", "9590", "3760", "86"])   # whole numbers: counts, codes, ids
    assert not _in_cents(["1,484.400,00", "2.000,000.00", "3,400.00"])   # separators that contradict each other


def test_a_grant_register_named_so_is_read_as_grants_to_the_recipient_it_names(db, tmp_path):
    text = ("Beleidsdomein;Thema;Verstrekker;KBO-nr;Naam subsidieontvanger;Postcode;Gemeente;Land;Jaar;"
            "Toegekend (EUR);Betaald (EUR)\n"
            "Omgeving;Natuur;VLAAMSE LANDMAATSCHAPPIJ;0448056361;DE SNEPPE;8340;DAMME;Belgium;2024;81,499;81,499\n"
            "Toerisme;Logies;Toerisme Vlaanderen;0429609634;BOGAFI;8340;DAMME;Belgium;2024;0;8,613\n"
            "Cultuur;Erfgoed;Vlaamse overheid;0316380940;KERKFABRIEK SINT-RIMBERTUS;8340;DAMME;Belgium;2023;"
            "12,000;6,000\n"
            "Omgeving;Water;VLAAMSE LANDMAATSCHAPPIJ;0448056361;DE SNEPPE;8340;DAMME;Belgium;2023;4,100;4,100\n")
    data, out = imported(db, tmp_path, "damme_subsidies.csv", text)
    assert len(data["agreements"]) == 4, out   # the file says subsidies, and its rows are worth sums
    recipients = {a["partners"][0]["name"] for a in data["agreements"]}
    assert recipients == {"DE SNEPPE", "BOGAFI", "KERKFABRIEK SINT-RIMBERTUS"}   # « Naam subsidieontvanger »
    assert {a["kind"] for a in data["agreements"]} == {"grant"}
    assert sorted(float(a["budget"]) for a in data["agreements"]) == [0, 4100, 12000, 81499]


def test_a_name_word_then_the_field_it_names():
    from db.interchange.imports.vocabulary import field_scores

    assert field_scores("Naam subsidieontvanger", "agreement")[0][1] == "partners"
    assert field_scores("Name Zuwendungsempfänger", "agreement")[0][1] == "partners"
    assert field_scores("nomBeneficiaire", "agreement")[0][1] == "partners"
    assert field_scores("Nom Prénom", "contact")[0][1] == "full_name"   # a person's own name stays it
    assert field_scores("Nom", "partner")[0][1] == "name"


def test_a_heading_row_in_unknown_words_is_not_read_as_a_row_of_people(db, tmp_path):
    rows = [("Concordia University", "North America", "Canada", "Montreal"),
            ("Boston College", "North America", "United States", "Boston"),
            ("Free University of Berlin", "Western Europe", "Germany", "Berlin"),
            ("Heidelberg University", "Western Europe", "Germany", "Heidelberg"),
            ("Sophia University", "East Asia", "Japan", "Tokyo"), ("Peking University", "East Asia", "China", "Beijing")]
    text = "연번,강의언어,파견기관,대륙,국가,소재도시,CGPA\n" + "".join(
        f"{i},영어,{name},{region},{country},{city},{2.5 + i / 10}\n" for i, (name, region, country, city) in enumerate(rows, 1))
    path = tmp_path / "partners.csv"
    path.write_text(text, encoding="utf-8")
    from test_import_users_word import cli

    code, out = cli("--db", db, "import", path)
    assert code == 2 and "en-têtes de colonnes non reconnus" in out   # asked, not « North America » as a person
    data, _out = imported(db, tmp_path, "partners2.csv", text, "--kind", "partner", "--map", "파견기관=name",
                          "--map", "국가=country")
    assert {p["name"]: p["country"] for p in data["partners"]}["Boston College"] == "US"


def test_a_list_of_mayors_with_their_terms_is_people_not_events(db, tmp_path):
    text = ("begin,end,city,name,party\n2001,2008,Belo Horizonte,Fernando Pimentel,PT\n"
            "2009,2016,Belo Horizonte,Márcio Lacerda,PSB\n2005,2012,Recife,João da Costa,PT\n"
            "2013,2020,Recife,Geraldo Julio,PSB\n2017,2024,Salvador,Antônio Carlos Magalhães Neto,DEM\n")
    data, out = imported(db, tmp_path, "mayors.csv", text)
    # « name » over people's names is no event's title, and a year is no time of day (no sessions at « 2001 »)
    assert sorted(c["full_name"] for c in data["contacts"])[:2] == ["Antônio Carlos Magalhães Neto", "Fernando Pimentel"]
    assert not data["events"], out


def test_a_programme_s_titles_stay_titles_though_written_in_two_capitalised_words(db, tmp_path):
    text = ("Datum,Zeit,Titel,Beschreibung,Typ,Ort\n"
            "2026-04-28,15:00,Kreativer Kinder-Malkurs,Malen mit Künstlern,Kultur,Bitcoin Metropole\n"
            "2026-04-29,19:00,Bitcoin Einsteigerkurs,Was ist Bitcoin?,Kurs,Bitcoin Metropole\n"
            "2026-05-06,19:00,Lightning Workshop,Zahlungen in Sekunden,Kurs,Bitcoin Metropole\n"
            "2026-05-13,19:00,Bitcoin Stammtisch,Austausch,Treffen,Bitcoin Metropole\n")
    data, out = imported(db, tmp_path, "programm.csv", text)
    titles = {s["title"] for e in data["events"] for s in e.get("sessions") or []} | {e["title"] for e in data["events"]}
    assert "Bitcoin Einsteigerkurs" in titles and not data["contacts"], out


PAIRS = [("TruWeather", "ResilienX"), ("Skyway", "TruWeather"), ("Skyway", "NASA"), ("Frequentis", "Skyway"),
         ("NASA", "Frequentis"), ("ResilienX", "Frequentis"), ("Iris Automation", "NASA"), ("Frequentis", "Iris Automation")]


def test_a_list_of_pairs_of_companies_is_read_as_partnerships_on_the_first_try(db, tmp_path):
    text = "Company,Partner\n" + "".join(f"{a},{b}\n" for a, b in PAIRS)
    data, out = imported(db, tmp_path, "partnerships.csv", text)
    pairs = {tuple(p["name"] for p in a["partners"]) for a in data["agreements"]}
    assert ("Skyway", "NASA") in pairs and len(pairs) == len(PAIRS), out
    assert len(data["partners"]) == 6
    from test_import_users_word import cli

    _code, shown = cli("--db", db, "import", tmp_path / "partnerships.csv", "--dry-run", "--show-mapping")
    assert "— premier partenaire" in shown and "— second partenaire" in shown and "ville" not in shown


def test_pairs_under_headings_that_name_no_party_are_not_read_as_partnerships(db, tmp_path):
    from test_import_users_word import cli

    path = tmp_path / "organisation.csv"
    path.write_text("Name,Parent\n" + "".join(f"{a},{b}\n" for a, b in PAIRS), encoding="utf-8")
    code, out = cli("--db", db, "import", path, "--dry-run", "--show-mapping")
    assert "liste de relations" not in out
