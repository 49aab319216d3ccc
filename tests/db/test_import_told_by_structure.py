"""Shapes met on the real files of the fourth corpus round (issue 19), each written here as a user's
office would meet it: a described kind whose name column looks like people (« Samariterverein
Aadorf »), headings glued by a tool (« person_position », « mainRole »), comment, totals and footer
lines around a table, « None » and « N/A » for empty cells, full-width times, another tool's ids, a
relation list whose two sides are one heading written twice, a category column that is nobody's
name, and the user's « full_name » mapping."""

from __future__ import annotations

from test_import_users_word import catalogue, cli, write
from test_import_users_word import db as db  # the fixture: a fresh catalogue

from db.interchange.imports import vocabulary as V
from db.interchange.imports.sides import side_pair


def imported(db, tmp_path, name: str, text: str, *flags: str) -> tuple[dict, str]:
    """The file imported through the command line with the user's flags: the catalogue, and what was said."""
    code, out = cli("--db", db, "import", write(tmp_path, name, text), *flags)
    assert code == 0, out
    return catalogue(db, tmp_path), out


def test_a_described_partner_list_whose_names_look_like_people_is_read(db, tmp_path):
    text = "name,url\n" + "".join(f"Samariterverein {town},http://www.samariter-{town.lower()}.ch\n"
                                  for town in ("Aadorf", "Abtwil", "Aesch", "Affoltern", "Altdorf", "Amriswil"))
    data, _out = imported(db, tmp_path, "vereine.csv", text, "--kind", "partner")
    partners = data["partners"]
    assert len(partners) == 6
    assert {p["kind"] for p in partners} == {"association"}   # « …verein »: the end of the word says it


def test_headings_glued_by_a_tool_are_read_by_their_last_words():
    assert V.assign(["person_name", "person_institution", "person_country", "person_position", "person_role"],
                    "contact") == {0: "full_name", 1: "organisation", 2: "country", 3: "job_title"}
    assert V.assign(["firstName", "secondName", "company", "mainRole"], "contact") == {
        0: "first_name", 1: "last_name", 2: "organisation", 3: "job_title"}
    assert "job_title" not in V.assign(["Name", "talk_title"], "contact").values()   # a talk's title is no job
    assert V.assign(["Name", "First Tag", "Last Tag"], "contact") == {0: "full_name"}   # « first » names alone


def test_comment_totals_and_footer_lines_are_not_records(db, tmp_path):
    text = ("Nombre Universidad,Código,País\n# socios 2024\nTECHNISCHE UNIVERSITÄT WIEN,A WIEN02,AUSTRIA\n"
            "UNIVERSITEIT GENT,B GENT01,BELGIUM\nRadio Total,X RT01,FRANCE\nUNIVERSITÄT WIEN,A WIEN01,AUSTRIA\n"
            "PLAZAS TOTALES,4,\n\nGenerated on: 2025-10-21 09:26:20\n")
    data, out = imported(db, tmp_path, "destinos.csv", text, "--kind", "partner")
    names = {p["name"] for p in data["partners"]}
    assert names == {"TECHNISCHE UNIVERSITÄT WIEN", "UNIVERSITEIT GENT", "Radio Total", "UNIVERSITÄT WIEN"}
    assert "un commentaire" in out and "un total" in out and "une note, pas une fiche" in out


def test_placeholders_are_empty_cells_and_said_once(db, tmp_path):
    text = "name\torg\tposition\tcountry\n" + "".join(
        f"{n}\t{o}\t{p}\t{c}\n" for n, o, p, c in [("Timo Aarnio", "National Land Survey", "none", "FI"),
                                                    ("Paul Ramsey", "CARTO", "N/A", "CA"),
                                                    ("Ana Silva", "undefined", "Engineer", "NA")])
    data, out = imported(db, tmp_path, "speakers.tsv", text, "--kind", "contact")
    people = {c["full_name"]: c for c in data["contacts"]}
    assert people["Timo Aarnio"]["job_title"] is None and people["Paul Ramsey"]["job_title"] is None
    assert people["Paul Ramsey"]["organisation"] == "CARTO" and people["Ana Silva"]["organisation"] is None
    assert people["Ana Silva"]["country"] == "NA"   # « NA » in a country column is Namibia
    assert "lu comme une case vide" in out


def test_full_width_times_and_a_tilde_range(db, tmp_path):
    text = "time,title\n10：00 ~ 10：30,Arrow and Parquet\n10：45 ~ 11：15,Riding elephants\n11：30 ~ 12：00,Panel\n"
    data, _out = imported(db, tmp_path, "schedule.csv", text, "--kind", "session")
    sessions = data["events"][0]["sessions"]
    first = next(s for s in sessions if s["title"] == "Arrow and Parquet")
    assert (first["start_time"], first["end_time"]) == ("10:00", "10:30")


def test_another_tools_ids_are_kept_ours_are_not_data(db, tmp_path):
    text = "ID,Name,E-mail Address\n527fbda08922b018,Duncan Amey,duncan@example.com\n,Adam Glacius,adam@example.com\n"
    data, _out = imported(db, tmp_path, "outlook.csv", text, "--kind", "contact")
    duncan = next(c for c in data["contacts"] if c["full_name"] == "Duncan Amey")
    assert duncan["extra"].get("ID") == "527fbda08922b018"


def test_the_two_sides_of_a_relation_told_by_one_heading_written_twice():
    headers = ["comune_start_id", "comune_start_name", "comune_start_regione", "comune_end_id", "comune_end_name",
               "comune_end_stato"]
    assert side_pair(headers, {}, V.is_code_header) == (1, 4)
    assert side_pair(["origincityLabel", "originpopulation", "sistercityLabel"], {}) == (0, 2)
    assert side_pair(["Date start", "Date end", "Name"], {0: "date", 1: "date"}) is None   # dates are no sides


def test_a_twin_list_with_one_heading_per_side_is_read_as_relations_when_agreements_are_said(db, tmp_path):
    text = "comune_start_name|comune_start_regione|comune_end_name|comune_end_stato\n" + "".join(
        f"{a}|provincia di {p}|{b}|{c}\n" for a, p, b, c in [
            ("Abano Terme", "Padova", "Shibukawa", "Giappone"), ("Abano Terme", "Padova", "Bad Füssing", "Germania"),
            ("Acqui Terme", "Alessandria", "Castelnaudary", "Francia"), ("Adria", "Rovigo", "Kurtatsch", "Austria")])
    data, _out = imported(db, tmp_path, "gemellaggi.csv", text, "--kind", "agreement")
    data = data
    assert len(data["agreements"]) == 4
    pairs = {tuple(p["name"] for p in a["partners"]) for a in data["agreements"]}
    assert ("Abano Terme", "Shibukawa") in pairs
    assert next(p for p in data["partners"] if p["name"] == "Bad Füssing")["country"] == "DE"


def test_a_category_repeated_on_every_row_is_nobodys_name_and_the_users_full_name_wins(db, tmp_path):
    text = "Nome,Tipo,Palestra\n" + "".join(f"\n{n}\n,{t},{p}\n" for n, t, p in [
        ("Rosilene Rocha Palasson", "Palestra", "Enfermagem"), ("Geiza Danúsia de Abreu", "Mesa Redonda", "Vacinação"),
        ("Marco Antônio Vieira", "Mesa Redonda", "Fome e saúde"), ("Anderson Fontes da Silva", "Mesa Redonda", "Fome"),
        ("Romulo da Silva Viana", "Mesa Redonda", "Fome e saúde")])
    data, _out = imported(db, tmp_path, "palestrantes.csv", text, "--kind", "contact", "--map", "Nome=full_name")
    names = {c["full_name"] for c in data["contacts"]}
    assert "Rosilene Rocha Palasson" in names and len(names) == 5


def test_an_agenda_whose_event_column_names_each_item(db, tmp_path):
    text = ("Date,Time,Event,Location\n2024-12-01,07:00 AM - 11:59 PM,Badge pickup,Airport\n"
            "2024-12-01,09:30 AM - 08:30 PM,Campus shuttles,Forum\n2024-12-02,08:00 AM - 09:00 AM,Keynote,Arena\n")
    data, _out = imported(db, tmp_path, "agenda.csv", text, "--kind", "session")
    sessions = [s for e in data["events"] for s in e["sessions"]]
    assert {s["title"] for s in sessions} == {"Badge pickup", "Campus shuttles", "Keynote"}


def test_two_grants_to_one_partner_the_same_year_are_two_and_a_grant_register_gives_its_kind(db, tmp_path):
    text = ("Verein,Foerderung_ref,Typ,Jahr,Betrag_EUR\n"
            "Unsafe Sounds,MA7,Beschluss,2023,57000\nUnsafe Sounds,BMKöS,Beschluss,2023,7000\n"
            "Studio Dan,MA7,Beschluss,2023,50000\nStudio Dan,MA7,Beschluss,2023,50000\n")
    data, _out = imported(db, tmp_path, "vereine.csv", text, "--kind", "agreement", "--map", "Verein=partners",
                         "--map", "Betrag_EUR=budget", "--map", "Foerderung_ref=funders")
    agreements = data["agreements"]
    unsafe = [a for a in agreements if a["partners"][0]["name"] == "Unsafe Sounds"]
    assert sorted(a["budget"] for a in unsafe) == [7000, 57000]            # another amount, another funder: two
    assert sum(1 for a in agreements if a["partners"][0]["name"] == "Studio Dan") == 1   # an exact copy: one
    assert {a["kind"] for a in agreements} == {"grant"}                    # « Foerderung »: grants


def test_the_words_that_say_grants():
    assert V.says_grants(["subventions_2014"]) and V.says_grants(["Foerderung_ref"])
    assert V.says_grants(["Musikfoerderungen"]) and not V.says_grants(["Immigrants", "Conventions"])


def test_sister_cities_named_under_a_city_heading_are_cities(db, tmp_path):
    text = "CityName,Country,Population\nTateyama,Japan,51119\nVaasa,Finland,67000\nCheongju,Korea,850000\nNakhodka,Russia,150000\n"
    data, _out = imported(db, tmp_path, "sister.csv", text, "--kind", "partner")
    assert {p["kind"] for p in data["partners"]} == {"city"}


def test_numbered_groups_of_columns_name_every_speaker(db, tmp_path):
    text = ("Name,StartTime,Presenter1,Company1,Presenter2,Company2\n"
            "Opening Keynote,09:00,Bob Wiederhold,Couchbase,Ravi Mayuram,Couchbase\n"
            "Spring Data,10:00,Josh Long,Pivotal,,\nMobile sync,11:00,Wayne Carter,Couchbase,,\n")
    data, _out = imported(db, tmp_path, "agenda.csv", text, "--kind", "session")
    keynote = next(s for e in data["events"] for s in e["sessions"] if s["title"] == "Opening Keynote")
    assert [p["name"] for p in keynote["speakers"]] == ["Bob Wiederhold", "Ravi Mayuram"]
    assert V.header_keys("Presenter2")[-1] == "presenter" and V.header_keys("Thème 2") == ["theme 2"]


def test_names_alone_after_a_blank_line_stay_records(db, tmp_path):
    text = "Nom,Pays,Site\nBusan,Corée du Sud,http://busan.example\nSanya,Chine,\n\n" + "".join(
        f"{n},,\n" for n in ("Grand-Bassam", "Louvain", "Cracovie", "Tartu", "Brême"))
    data, _out = imported(db, tmp_path, "partenaires.csv", text, "--kind", "partner")
    assert len(data["partners"]) == 7   # five lone names are no note under the table
