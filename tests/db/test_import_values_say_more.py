"""Shapes of the fifth corpus round (issue 19): what a column's values say beyond its heading. Phone
numbers written for another country than France, without their country code, and as number cells
that lost their leading 0; two addresses in one cell separated by « / »."""

from __future__ import annotations

from test_import_told_by_structure import imported
from test_import_users_word import db as db  # the fixture: a fresh catalogue

from db.interchange.imports.column_facts import phone_region
from db.interchange.imports.table import Column


def test_phone_numbers_written_for_another_country_are_read_in_that_country(db, tmp_path):
    rows = [("Sharon", "Amesu", "7881298532"), ("Ilona", "Alcock", "07810 313423"), ("Libby", "Artingstall", ""),
            ("Vimla", "Appadoo", "0161 818 6862"), ("Jess", "Jackson", "7591971488"), ("Anne", "Bell", "07952547103")]
    text = "firstName,secondName,phoneNumber\n" + "".join(",".join(r) + "\n" for r in rows)
    data, out = imported(db, tmp_path, "speakers.csv", text, "--kind", "contact")
    phones = {c["last_name"]: [p["number"] for p in c["phones"]] for c in data["contacts"]}
    assert phones["Amesu"] == ["+447881298532"] and phones["Alcock"] == ["+447810313423"]
    assert phones["Appadoo"] == ["+441618186862"] and phones["Artingstall"] == []
    assert "invalide" not in out


def test_the_country_of_phone_numbers_is_guessed_only_when_the_values_say_it():
    column = [Column(0, "Téléphone", "phone")]

    def region(*numbers):
        return phone_region(column, [(n, [value]) for n, value in enumerate(numbers, 2)])

    assert region("04 65 12 34 56", "06 12 34 56 78", "7881298532", "01 44 55 66 77") is None   # French numbers
    assert region(7881298532.0, "07810 313423", "0161 818 6862", "") == "GB"   # a number cell lost its 0
    assert region("+44 7881 298532", "+33 6 12 34 56 78", "0049 30 1234567") is None   # each says its country
    assert region("12", "34") is None   # too few to tell


def test_two_addresses_in_one_cell_separated_by_a_slash_are_both_kept(db, tmp_path):
    text = "Name,Email\nKelly McFadden,Kelly.McFadden@BLGC.co.uk / Mcfadden.m.kelly@gmail.com\n"
    data, out = imported(db, tmp_path, "people.csv", text, "--kind", "contact")
    assert data["contacts"][0]["emails"] == ["kelly.mcfadden@blgc.co.uk", "mcfadden.m.kelly@gmail.com"]
    assert "invalide" not in out


def test_a_mayor_column_of_a_partner_list_gives_each_partner_its_mayor_as_a_contact(db, tmp_path):
    text = ("CityName,Country,Mayor,Website\nTateyama,Japan,Minoru Tsujita,\nVaasa,Finland,Markku Lumio,http://www.vaasa.fi\n"
            "Nakhodka,Russia,,http://www.nakhodka.ru/\n")
    data, out = imported(db, tmp_path, "sister.csv", text)
    assert {p["name"] for p in data["partners"]} == {"Tateyama", "Vaasa", "Nakhodka"}
    assert "Mayor" not in str([p.get("extra") for p in data["partners"]])   # the mayor is a person, not an attribute
    people = {c["last_name"]: c for c in data["contacts"]}
    assert set(people) == {"Tsujita", "Lumio"}   # no mayor named for Nakhodka: no contact
    assert people["Lumio"]["first_name"] == "Markku" and people["Lumio"]["job_title"] == "Mayor"
    assert [p["name"] for p in people["Lumio"]["partners"]] == ["Vaasa"]
    assert "contacts : 2 créés" in out


def test_a_head_column_takes_only_people():
    from db.interchange.imports import vocabulary as V

    assert V.compatible("partner", "leader", "person") and not V.compatible("partner", "leader", "date")
    assert not V.compatible("partner", "leader", "organisation")   # « Direction » over services: no one's name


def test_a_programme_naming_its_days_without_dates_keeps_each_day_apart(db, tmp_path):
    text = ("day,title,start,end\nThursday,LyfPay,08:00,13:00\nThursday,Welcome,09:00,09:15\n"
            "Friday,LyfPay,08:00,13:30\nFriday,Welcome,09:00,09:15\nFriday,LyfPay,13:30,19:00\n"
            "Friday,Keynote,10:00,10:30\nFriday,Keynote,10:00,11:00\n")
    data, out = imported(db, tmp_path, "programme.csv", text, "--kind", "session")
    sessions = [s for e in data["events"] for s in e["sessions"]]
    titles = sorted(s["title"] for s in sessions)
    assert titles == ["Keynote", "Keynote", "LyfPay", "LyfPay", "LyfPay", "Welcome", "Welcome"]
    assert "Friday" in out   # the day is said where it keeps two sessions apart


def test_days_named_without_dates_are_told_from_dates():
    from db.interchange.imports.column_facts import named_days

    column = [Column(0, "Jour", "date")]

    def index(*days):
        return named_days(column, [(n, [day]) for n, day in enumerate(days, 2)])

    assert index("Thursday", "Friday", "Friday", "Saturday") == 0
    assert index("Day 1", "Day 2", "J3") == 0 and index("Jour 1", "Jour 1", "jour 2") == 0
    assert index("2017-06-15", "Friday", "Friday") is None   # dates among them: a date column
    assert index("Friday", "Friday") is None                  # too few to tell


def test_breaks_of_a_list_programme_are_set_aside_and_said(db, tmp_path):
    text = ("Date,StartTime,Name,Presenter1,Location\n2014-10-06,08:00,Breakfast,,\n"
            "2014-10-06,09:00,Opening Keynote,Bob Wiederhold,\n2014-10-06,10:30,Afternoon Break,,\n2014-10-06,12:00,Lunch,,\n"
            "2014-10-06,12:30,Lunch keynote,Ravi Mayuram,\n2014-10-06,15:00,Coffee break and networking with sponsors,,\n"
            "2014-10-07,12:00,Lunch,,Mandalay Bay\n")
    data, out = imported(db, tmp_path, "agenda.csv", text, "--kind", "session")
    titles = sorted(s["title"] for e in data["events"] for s in e["sessions"])
    # a break with someone speaking, a place, or a long title is a session
    assert titles == ["Coffee break and networking with sponsors", "Lunch", "Lunch keynote", "Opening Keynote"]
    assert out.count("une pause du programme") == 3


def test_numbered_groups_give_each_speaker_the_company_of_their_own_group(db, tmp_path):
    text = ("Name,StartTime,Presenter1,Company1,Position1,Presenter2,Company2\n"
            "Opening Keynote,13:00,Bob Wiederhold,Couchbase,CEO,Ravi Mayuram,Couchbase\n"
            "Spring and Couchbase,14:00,Josh Long,Pivotal,Developer Advocate,,\n"
            "Couchbase @ McGraw Hill,17:10,Chris Tse,,,,\n")
    data, _out = imported(db, tmp_path, "agenda.csv", text, "--kind", "session")
    people = {f'{c["first_name"]} {c["last_name"]}': c["organisation"] for c in data["contacts"]}
    assert people == {"Bob Wiederhold": "Couchbase", "Ravi Mayuram": "Couchbase", "Josh Long": "Pivotal",
                      "Chris Tse": None}
    keynote = next(s for e in data["events"] for s in e["sessions"] if s["title"] == "Opening Keynote")
    assert [p["name"] for p in keynote["speakers"]] == ["Bob Wiederhold", "Ravi Mayuram"]


def test_a_portuguese_register_of_agreements_is_read_as_agreements(db, tmp_path):
    text = ("Instrumento;CNPJ;Nome Proponente;Objeto;Inicio Vigencia;Fim Vigencia;Valor Global\n"
            "708682;08929648000159;MUNICIPIO DE CACIMBA DE DENTRO;CONSTRUCAO DE UNIDADE BASICA DE SAUDE;30/12/2009;"
            "30/06/2015;206.186,00\n"
            "709515;09148594000141;FUNDACAO NAPOLEAO LAUREANO;AQUISICAO DE EQUIPAMENTOS;31/12/2009;31/12/2011;"
            "500.000,00\n")
    data, _out = imported(db, tmp_path, "convenios.csv", text)
    assert {p["name"] for p in data["partners"]} == {"MUNICIPIO DE CACIMBA DE DENTRO", "FUNDACAO NAPOLEAO LAUREANO"}
    first = next(a for a in data["agreements"] if a["title"].startswith("CONSTRUCAO"))
    assert (first["starts_on"], first["ends_on"], first["budget"]) == ("2009-12-30", "2015-06-30", 206186)
    assert first["extra"]["CNPJ"] == "08929648000159"   # a company's number: kept as written, never a phone


def test_a_list_of_pairs_of_names_is_one_agreement_per_pair(db, tmp_path):
    text = ("Company,Partner\nTruWeather,ResilienX\nSkyway,TruWeather\nSkyway,NASA\nSkyway,GUTMA\nNASA,ResilienX\n"
            "GUTMA,Frequentis\nSkyway,Frequentis\nResilienX,Frequentis\n")
    data, _out = imported(db, tmp_path, "pairs.csv", text, "--kind", "agreement")
    pairs = sorted(tuple(sorted(p["name"] for p in a["partners"])) for a in data["agreements"])
    assert len(pairs) == 8 and ("NASA", "Skyway") in pairs
    assert len(data["partners"]) == 6   # each company once, whichever side it is written on
    assert {a["kind"] for a in data["agreements"]} == {"partnership"}


def test_two_columns_of_names_are_pairs_only_when_they_share_names():
    from db.interchange.imports.sides import shared_names

    rows = [(n, list(pair)) for n, pair in enumerate([("A Corp", "B Ltd"), ("B Ltd", "C SA"), ("C SA", "A Corp"),
                                                      ("D GmbH", "A Corp")], 2)]
    assert shared_names(rows, {0: "text", 1: "text"}) == (0, 1)
    apart = [(n, [f"Org {n}", f"Town {n}"]) for n in range(2, 12)]
    assert shared_names(apart, {0: "text", 1: "text"}) is None            # nothing in common: not pairs
    assert shared_names(rows, {0: "text", 1: "text", 2: "text"}) is None  # a third column of names: unsure


def test_the_room_is_the_line_of_a_scraped_cell_written_as_a_room(db, tmp_path):
    text = ('track,time,title\n"尚有空位\nRB105\n\n主議程軌",10:00 ~ 10:30,Time series with Apache Arrow\n'
            '"尚有空位\nTR409-2\n\nPostgreSQL.TW",10:45 ~ 11:15,How to Ride Elephants Safely\n'
            '"Main hall\nGround floor",11:30 ~ 12:00,Closing\n')
    data, _out = imported(db, tmp_path, "schedule.csv", text, "--kind", "session")
    rooms = {s["title"]: s["room"] for e in data["events"] for s in e["sessions"]}
    assert rooms["Time series with Apache Arrow"] == "RB105" and rooms["How to Ride Elephants Safely"] == "TR409-2"
    assert rooms["Closing"] == "Main hall\nGround floor"   # no line written as a room: the cell as written
    minutes = next(s["minutes"] for e in data["events"] for s in e["sessions"] if s["room"] == "RB105")
    assert "主議程軌" in minutes   # the whole cell kept with the session
