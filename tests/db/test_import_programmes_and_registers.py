"""Programmes with one row per talk, registers of grants, and lists written the way other tools
write them (issue 19): the user's mapping takes its field from the column detection had given it;
the rows of one session complete it (speakers, papers) instead of being dropped; people cells give a
person and their organisation; a register's columns that describe the partner reach the partner;
a Korean CSV in CP949 is read as Korean; first names beside surnames make a list of people."""

from __future__ import annotations

import pytest
from test_import_users_word import catalogue, cli, write
from test_import_users_word import db as db  # the fixture: a fresh catalogue

from db.interchange.imports.cell_values import kind_in_title, person_of, split_names, split_people
from db.interchange.imports.readers import decode
from db.schemas import vocab
from db.services.specs import split_person_name

PROGRAMME = (
    "panel_title,date,time,title,presenter,chairs,room\n"
    "Villes et diplomatie,24.09.2024,14:00-15:30,Les jumelages après 1989,Anne Martin,\"Rebecca Strauch, Universität Konstanz\",A1\n"
    "Villes et diplomatie,24.09.2024,14:00-15:30,La coopération décentralisée,Jean Dupont,\"Rebecca Strauch, Universität Konstanz\",A1\n"
    "Villes et diplomatie,24.09.2024,14:00-15:30,Les réseaux de villes,Rebecca Strauch,\"Rebecca Strauch, Universität Konstanz\",A1\n"
    "Pause café,24.09.2024,15:30,,,,A1\n"
    "Pause café,24.09.2024,15:30,,,,B2\n"
)


def test_a_programme_row_per_paper_gives_one_session_with_every_speaker_and_paper(db, tmp_path):
    path = write(tmp_path, "programme.csv", PROGRAMME)
    flags = ["--kind", "session", "--map", "panel_title=title", "--map", "presenter=speakers", "--map", "chairs=moderator"]
    code, out = cli("--db", db, "import", path, *flags, "--show-mapping", "--dry-run")
    assert "« title » → attribut supplémentaire" in out, out   # the user's title column wins; the other is kept
    assert "« room » → room" in out                            # rooms are numbered (« A1 »)
    code, out = cli("--db", db, "import", path, *flags)
    assert code == 0, out
    data = catalogue(db, tmp_path)
    sessions = [s for e in data["events"] for s in e["sessions"]]
    panel = next(s for s in sessions if s["title"] == "Villes et diplomatie")
    assert [p["name"] for p in panel["speakers"]] == ["Anne Martin", "Jean Dupont", "Rebecca Strauch"]
    for paper in ("Les jumelages après 1989", "La coopération décentralisée", "Les réseaux de villes"):
        assert paper in panel["minutes"]                         # each paper's title kept with its session
    assert panel["moderator"]["name"] == "Rebecca Strauch"
    strauch = [c for c in data["contacts"] if c["last_name"] == "Strauch"]
    assert len(strauch) == 1 and strauch[0]["organisation"] == "Universität Konstanz"
    # one coffee break in two rooms at once is two sessions (a break with a place is an item of the programme)
    assert sum(1 for s in sessions if s["title"] == "Pause café") == 2


def test_people_cells():
    assert split_people("Anne Martin, Jean Dupont") == ["Anne Martin", "Jean Dupont"]
    assert split_people("Bruno Jourdain, IGE <br> Anne-Sarah Amblard, ISTerre") == [
        "Bruno Jourdain (IGE)", "Anne-Sarah Amblard (ISTerre)"]
    assert split_people("Martin, Anne") == ["Martin, Anne"]
    assert person_of("Rebecca Strauch (Universität Konstanz)") == ("Rebecca Strauch", "Universität Konstanz")
    assert person_of("Rebecca Strauch, Universität Konstanz") == ("Rebecca Strauch", "Universität Konstanz")
    assert person_of("Anne Martin") == ("Anne Martin", None)
    assert split_person_name("Nils C. Bandelow") == ("Nils C.", "Bandelow")
    assert split_person_name("MARTIN Anne") == ("Anne", "Martin")


def test_partners_in_one_cell_split_on_commas_only_between_places():
    assert split_names("Lyon, Busan") == ["Lyon", "Busan"]
    assert split_names("Kyoto / Busan") == ["Kyoto", "Busan"]
    assert split_names("Ville de Lyon; Ville de Busan") == ["Ville de Lyon", "Ville de Busan"]
    assert split_names("Wisconsin Academy of Sciences, Arts & Letters") == ["Wisconsin Academy of Sciences, Arts & Letters"]
    assert split_names("Project Vote/Voting for America") == ["Project Vote/Voting for America"]
    assert split_names("Mother Jones, Inc.") == ["Mother Jones, Inc."]


@pytest.mark.parametrize("title, kind", [("Mother Jones Grant 11/7/2006", "grant"),
                                         ("Charte de jumelage Cannes – Busan", "twinning"),
                                         ("Protocole d'accord Sanya", "memorandum"),
                                         ("Accord de coopération culturelle", "partnership"),
                                         ("Festival 2025", None)])
def test_an_agreement_s_type_named_in_its_title(title, kind):
    assert kind_in_title(vocab.AGREEMENT_KIND, title) == kind


def test_a_grant_register_gives_its_recipients_city_and_address_to_the_partner(db, tmp_path):
    path = write(tmp_path, "grants.csv",
                 "Recipient Org: Name,Recipient Org: City,Recipient Org: Country,Amount Awarded,Award Date,Title,address\n"
                 "Mother Jones,San Francisco,United States,10000,07/11/2006,Mother Jones Grant 2006,222 Sutter St\n"
                 "Mother Jones,San Francisco,United States,5000,07/11/2007,Mother Jones Grant 2007,222 Sutter St\n"
                 "Native Youth Sexual Health Network,Toronto,Canada,2500,01/02/2010,NYSHN Grant 2010,\n")
    code, out = cli("--db", db, "import", path, "--kind", "agreement", "--map", "Recipient Org: Name=partners")
    assert code == 0, out
    data = catalogue(db, tmp_path)
    partners = {p["name"]: p for p in data["partners"]}
    assert set(partners) == {"Mother Jones", "Native Youth Sexual Health Network"}
    assert (partners["Mother Jones"]["city"], partners["Mother Jones"]["country"]) == ("San Francisco", "US")
    assert partners["Mother Jones"]["extra"]["address"] == "222 Sutter St"
    assert partners["Native Youth Sexual Health Network"]["city"] == "Toronto"
    assert {a["kind"] for a in data["agreements"]} == {"grant"}
    assert all(a["extra"].get("Recipient Org: City") for a in data["agreements"])   # the agreement keeps it too


def test_a_korean_csv_in_cp949_is_read_as_korean_and_a_french_one_in_windows_1252_stays():
    korean = "name,address\n천향마라탕,서울 광진구 아차산로 30길 20\n감성타코,서울 광진구\n".encode("cp949")
    text, encoding = decode(korean)
    assert "천향마라탕" in text and encoding.replace("_", "").lower() in ("cp949", "euckr", "uhc")
    french = "Nom;Ville\nSociété générale;Zürich\nÉcole des Beaux-Arts;Besançon\n".encode("cp1252")
    assert decode(french) == (french.decode("cp1252"), "cp1252")


def test_first_names_beside_surnames_without_heading_row_are_people(db, tmp_path):
    path = write(tmp_path, "participants.csv", "Christian,Espindola,MUNI\nJiří,Rosický,MUNI\nMoritz,Groth,Bonn\n"
                                               "Andrew,Brooke-Taylor,Leeds\nFosco,Loregian,\n")
    code, out = cli("--db", db, "import", path)
    assert code == 0, out
    people = {(c["first_name"], c["last_name"]): c for c in catalogue(db, tmp_path)["contacts"]}
    assert len(people) == 5
    assert people[("Jiří", "Rosický")]["organisation"] == "MUNI"
    assert people[("Moritz", "Groth")]["organisation"] == "Bonn"


@pytest.mark.parametrize("written, code", [("Republic of Macedonia", "MK"), ("Palestinian National Authority", "PS"),
                                           ("République du Mali", "ML"), ("Kingdom of Spain", "ES"),
                                           ("Dominican Republic", "DO"), ("Republic of the Congo", "CG")])
def test_a_country_written_with_its_state_form(written, code):
    from db.countries import country_code

    assert country_code(written) == code


def test_without_options_the_title_comes_from_the_column_filled_on_every_row(db, tmp_path):
    path = write(tmp_path, "programme.csv", PROGRAMME)
    code, out = cli("--db", db, "import", path, "--show-mapping", "--dry-run")
    assert "« panel_title » → title" in out and "« title » → attribut supplémentaire" in out, out
    code, out = cli("--db", db, "import", path)
    assert code == 0, out
    sessions = [s for e in catalogue(db, tmp_path)["events"] for s in e["sessions"]]
    assert sorted(s["title"] for s in sessions) == ["Pause café", "Pause café", "Villes et diplomatie"]
