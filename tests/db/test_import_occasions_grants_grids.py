"""More shapes met on real files (issue 19): a venue's evenings over weeks (events, not one
programme), a grant register with German headings glued and written without umlauts, one partner
written two ways, a heading that names a thing (« Session Name »), one value on every row, speakers
joined by « and », a --map naming another sheet's columns, and a timetable grid written on twelve
hours with rows across the whole grid."""

from __future__ import annotations

import openpyxl
from test_import_users_word import catalogue, cli, write
from test_import_users_word import db as db  # the fixture: a fresh catalogue

from db.interchange.imports.cell_values import split_people

EVENINGS = "Datum,Zeit,Titel,Beschreibung,Typ,Ort\n" + "".join(
    f"2026-{4 + (d > 30)}-{(d - 1) % 30 + 1:02d},19:00,{title},Ein Abend für alle – kein Vorwissen nötig.,Kurs,"
    f"{'Bitcoin Metropole' if d % 2 else 'La Taverna Kempten'}\n"
    for d, title in [(2, "Einsteigerkurs"), (5, "Malkurs"), (9, "Einsteigerkurs"), (14, "Meetup"),
                     (19, "Malkurs"), (26, "Pizza Day"), (33, "Meetup"), (40, "Malkurs")])


def test_rows_one_a_day_over_weeks_are_events_not_a_programme(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "programm.csv", EVENINGS))
    assert code == 0, out
    data = catalogue(db, tmp_path)
    assert len(data["events"]) == 8 and not any(e["sessions"] for e in data["events"])
    assert sum(1 for e in data["events"] if e["title"] == "Malkurs") == 3


def test_a_day_of_sessions_stays_a_programme(db, tmp_path):
    text = "Datum,Zeit,Titel\n" + "".join(f"2026-05-04,{h}:00,Atelier {h}\n" for h in range(9, 17))
    code, out = cli("--db", db, "import", write(tmp_path, "programme.csv", text))
    assert code == 0, out
    events = catalogue(db, tmp_path)["events"]
    assert len(events) == 1 and len(events[0]["sessions"]) == 8


GRANTS = ("\ufeff\"DatumEntscheid\",\"Gesuchssteller\",\"Projekt\",\"Foerderart\",\"FoerderbeitragCHF\"\n"
          "2018-01-29,\"Verein Usteragenda\",\"Agenda\",\"Projektbeitrag\",25000\n"
          "2018-02-22,\"JazzClub Uster\",\"Konzerte\",\"Projektbeitrag\",5000\n"
          "2018-03-22,\"Jazzclub Uster\",\"Festival\",\"Projektbeitrag\",2000\n"
          "2018-04-22,\"Filacro\",\"Kulturkaländer\",\"Projektbeitrag\",6000\n")


def test_a_grant_register_with_glued_headings_and_umlauts_written_out(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "foerderung.csv", GRANTS))
    assert code == 0, out
    data = catalogue(db, tmp_path)
    assert len(data["agreements"]) == 4
    usteragenda = next(a for a in data["agreements"] if a["partners"][0]["name"] == "Verein Usteragenda")
    assert (usteragenda["kind"], usteragenda["budget"], usteragenda["signed_on"]) == ("grant", 25000, "2018-01-29")
    assert sum(1 for p in data["partners"] if p["name"].lower() == "jazzclub uster") == 1   # one club...
    assert "« Jazzclub Uster » : le même partenaire que « JazzClub Uster »" in out        # ...and it is said


def test_a_heading_naming_a_thing_and_one_value_on_every_row_name_nobody(db, tmp_path):
    text = "nombre,universidad,lat\n" + "".join(
        f"Erasmus +,{u},40.{n}\n" for n, u in enumerate(["Universidad de Salamanca", "Universitat de València",
                                                          "Universidad Autónoma de Madrid", "Universidad de Granada",
                                                          "Universidad de Sevilla", "Universidad de Oviedo"]))
    code, out = cli("--db", db, "import", write(tmp_path, "erasmus.csv", text))
    assert code == 0, out
    data = catalogue(db, tmp_path)
    assert not data["contacts"] and len(data["partners"]) == 6
    assert not any(p["name"] == "Erasmus +" for p in data["partners"])
    path = tmp_path / "posters.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Session ID", "Session Name", "Start Date", "End Date"])
    book.active.append([10708, "Poster B", "07/04/2026 6:00", "07/04/2026 11:59"])
    book.active.append([10706, "Poster A", "07/04/2026 12:00", "07/04/2026 19:00"])
    book.save(path)
    code, out = cli("--db", db, "import", str(path), "--dry-run", "--show-mapping")
    assert "Session Name » → title" in out and "full_name" not in out


def test_speakers_joined_by_and_are_two_people():
    assert split_people("Guang-Qi Wang and Farn Wang") == ["Guang-Qi Wang", "Farn Wang"]
    assert split_people("Chang-Yen Lee, Hui-Juan Chen and Che-Chern Lin") == ["Chang-Yen Lee", "Hui-Juan Chen",
                                                                               "Che-Chern Lin"]
    assert split_people("Marie Curie et Pierre Curie") == ["Marie Curie", "Pierre Curie"]
    assert split_people("Société Dupont et Fils") == ["Société Dupont et Fils"]


def test_a_sheet_without_the_columns_named_by_map_is_left_out_and_said(db, tmp_path):
    path = tmp_path / "agenda.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Programme"
    for row in [["1A", "Software Eng.", "&", "Anne Martin, Paul Roux", "&", "Testing at scale"],
                ["1B", "IoT", "&", "Jean Dupont", "&", "Sensors in the city"],
                ["2A", "Demo", "&", "Marie Curie", "&", "A demo of demos"]]:
        book.active.append(row)
    other = book.create_sheet("Papers")
    for row in [[1, "Anne Martin", "Testing at scale"], [2, "Jean Dupont", "Sensors in the city"]]:
        other.append(row)
    book.save(path)
    code, out = cli("--db", db, "import", str(path), "--no-header", "--kind", "session", "--map", "F=title",
                    "--map", "D=speakers")
    assert code == 0, out
    sessions = [s for e in catalogue(db, tmp_path)["events"] for s in e["sessions"]]
    assert sorted(s["title"] for s in sessions) == ["A demo of demos", "Sensors in the city", "Testing at scale"]
    assert "« Papers » ignorée" in out and "--map" in out


GRID = ("Thursday, Sep 4\n\nTime,Crystal,Diamond 1,Diamond 2\n"
        "8:30-9:45,Plenary 3,,\n"
        "9:45-10:15,Coffee Break,,\n"
        "10:15-12:00,Papers 4: Indexing,Industrial 4,Demo 3\n"
        "12:00-1:30,Lunch,,\n"
        "1:30-2:45,Papers 8: Dissemination,Local Industry 2,Demo 1\n"
        "5:15 on,Banquet,,\n")


def test_a_grid_on_twelve_hours_with_rows_across_the_grid(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "glance.csv", GRID), "--kind", "session")
    assert code == 0, out
    sessions = {s["title"]: s for e in catalogue(db, tmp_path)["events"] for s in e["sessions"]}
    assert "Coffee Break" not in sessions and "Lunch" not in sessions and "pause" in out
    assert (sessions["Papers 8: Dissemination"]["start_time"], sessions["Papers 8: Dissemination"]["end_time"]) == (
        "13:30", "14:45")
    assert sessions["Banquet"]["start_time"] == "17:15"
    assert sessions["Plenary 3"]["start_time"] == "08:30" and len(sessions) == 8


def test_the_last_row_of_a_sheet_heads_nothing(db, tmp_path):
    text = "Teatro,icesy,noviembre14,4pm,60\nDiscurso,cop16,noviembre28,3pm,50\nCharla,Javeriana,Diciembre2,2pm,100\n"
    code, out = cli("--db", db, "import", write(tmp_path, "eventos.csv", text))
    assert "vide" not in out                              # not « the table is empty »: three rows are there
    code, out = cli("--db", db, "import", write(tmp_path, "eventos.csv", text), "--no-header", "--kind", "event",
                    "--map", "A=title")
    assert code == 0, out
    assert len(catalogue(db, tmp_path)["events"]) == 3


GMAIL = ("Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Address 1 - Type,Address 1 - Formatted,"
         "Address 1 - Postal Code,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n"
         "Anne Martin,Anne,Martin,* Work,anne.martin@lyon.fr,Work,\"1 place de la Comédie, Lyon\",69001,,Ville de Lyon,"
         "Directrice des relations internationales\n"
         "Paul Roux,Paul,Roux,* Home,paul.roux@example.org,,,,,Musée des Confluences,Conservateur\n")


def test_a_google_export_s_numbered_headings_and_type_columns(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "google.csv", GMAIL))
    assert code == 0, out
    anne = next(c for c in catalogue(db, tmp_path)["contacts"] if c["last_name"] == "Martin")
    assert anne["organisation"] == "Ville de Lyon"                 # not the empty « Organization 1 - Type »
    assert anne["job_title"] == "Directrice des relations internationales"
    assert anne["address"] == "1 place de la Comédie, Lyon"        # the formatted address, not the postal code


def test_a_database_dump_s_rule_row_and_its_file_numbers(db, tmp_path):
    text = ("DOSSIERNUMMER,AANVRAGER,PROJECT_NAAM,BEDRAG_VERLEEND\n-------------,---------,------------,---------------\n"
            + "".join(f"SBA-0000{n:02d},Stichting Cordaan,Zorg in de wijk,{1000 * n}.00\n" for n in range(1, 7)))
    code, out = cli("--db", db, "import", write(tmp_path, "subsidies.csv", text), "--kind", "agreement",
                    "--map", "AANVRAGER=partners", "--map", "BEDRAG_VERLEEND=budget")
    assert code == 0, out
    data = catalogue(db, tmp_path)
    assert len(data["agreements"]) == 6                            # six file numbers: six grants, none merged
    assert [p["name"] for p in data["partners"]] == ["Stichting Cordaan"]   # no partner named « --------- »


def test_a_programme_whose_first_row_is_data_is_no_grid_and_a_start_time_range_gives_the_end(db, tmp_path):
    path = tmp_path / "program.xlsx"
    book = openpyxl.Workbook()
    for row in [["13:10-13:30", "Introduction", "Chengzhi Zhang et al."], ["13:30-14:10", "Keynote 1", "Min Song"],
                ["14:10-14:30", "FP 1", "Anne Martin"], ["14:30-14:50", "FP 2", "Paul Roux"]]:
        book.active.append(row)
    book.save(path)
    code, out = cli("--db", db, "import", str(path), "--no-header", "--kind", "session", "--map", "A=start_time",
                    "--map", "B=title", "--map", "C=speakers")
    assert code == 0, out
    sessions = {s["title"]: s for e in catalogue(db, tmp_path)["events"] for s in e["sessions"]}
    assert set(sessions) == {"Introduction", "Keynote 1", "FP 1", "FP 2"}
    assert (sessions["Keynote 1"]["start_time"], sessions["Keynote 1"]["end_time"]) == ("13:30", "14:10")


def test_two_amount_columns_of_one_year_are_never_added_up():
    from db.schemas.budget_columns import lines_from_extra

    lines, kept = lines_from_extra({"Budget 2014": "1000", "Montant déjà attribué 2014": "250", "Code": "A1"})
    assert lines == [{"year": 2014, "planned": "1000"}]
    assert kept == {"Montant déjà attribué 2014": "250", "Code": "A1"}   # the second one kept as written


def test_a_number_between_words_is_dropped_from_a_heading_but_not_a_last_one():
    from db.interchange.imports.vocabulary import header_keys

    assert "organization title" in header_keys("Organization 1 - Title")
    assert header_keys("Thème 2") == ["theme 2"]          # a matrix's numbered columns stay numbered


def test_a_list_of_times_titles_and_instructors_is_no_grid(db, tmp_path):
    text = ("Time,Title,Instructor\n9:00-10:30,Intro to SWMM,Caleb Buahin\n10:45-12:00,Hydraulics,Mitch Heineman\n"
            "13:00-14:30,Water quality,Caleb Buahin\n14:45-16:00,Calibration,Mitch Heineman\n16:15-17:00,Q&A,\n")
    code, out = cli("--db", db, "import", write(tmp_path, "agenda.csv", text), "--kind", "session")
    assert code == 0, out
    sessions = [s for e in catalogue(db, tmp_path)["events"] for s in e["sessions"]]
    assert sorted(s["title"] for s in sessions) == ["Calibration", "Hydraulics", "Intro to SWMM", "Q&A",
                                                     "Water quality"]   # five rows, five sessions: no room « Title »
    assert not any(s.get("room") for s in sessions)
