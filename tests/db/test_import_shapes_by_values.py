"""Shapes met on real files, each read by what its values say (issue 19): an agenda (a day with its
time, a long text), a list with no heading row whose first rows look like headings, a register of
institutions with periods and no heading row, a timetable grid, dates written month first, a
mayors' list (people, not partners), values under no heading, a speakers' list of names and roles."""

from __future__ import annotations

from test_import_users_word import catalogue, cli, write
from test_import_users_word import db as db  # the fixture: a fresh catalogue

from db.interchange.imports.cell_values import short_title
from db.interchange.imports.date_order import day_first, month_first
from db.partial_date import parse_partial_date, time_of_day

AGENDA = (
    ",dia,descricao\n"
    "0,16/10/2021 09:00,Inauguração do programa Bairro Seguro\n"
    "1,15/10/2021 11:00,\"Assinatura do protocolo de intenções para a construção do novo Fórum. " + "Local: Rua Dom Manuel, 37 - Centro do Rio. " * 8 + "\"\n"
    "2,15/10/2021 16:00,Despachos internos\n"
    "3,14/10/2021 16:00,Despachos internos\n"
)


def test_an_agenda_of_days_and_texts_gives_events_with_short_titles_and_their_times_kept(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "agenda.csv", AGENDA))
    assert code == 0, out
    events = catalogue(db, tmp_path)["events"]
    assert len(events) == 4                          # « Despachos internos » on two days: two events
    long = next(e for e in events if e["title"].startswith("Assinatura"))
    assert long["title"] == "Assinatura do protocolo de intenções para a construção do novo Fórum."
    assert long["summary"].count("Rua Dom Manuel") == 8     # the whole text is kept
    assert long["starts_on"] == "2021-10-15" and long["extra"]["dia"] == "15/10/2021 11:00"
    assert "titre" in out and "conservé" in out      # the shortening is said


def test_dates_with_a_time_and_month_first_dates():
    assert str(parse_partial_date("16/10/2021 09:00")) == "2021-10-16"
    assert str(parse_partial_date("2021-10-16T09:00:00Z")) == "2021-10-16"
    assert time_of_day("16/10/2021 09:00") == "09:00" and time_of_day("2021-10-16T00:00:00") is None
    assert month_first(["4/3/16 14:00", "4/4/16 7:00", "4/5/16 14:30", "4/7/16 8:00"])   # a week, not four months
    assert not month_first(["03/04/2016", "04/04/2016", "05/04/2016"])                  # 3-5 April read day first
    assert month_first(["4/13/16", "4/14/16", "4/15/16"]) and not month_first(["13/4/16", "14/4/16", "15/4/16"])
    assert day_first("4/5/16 14:30") == "05/04/2016 14:30"
    assert short_title("Une ligne\nla suite") == "Une ligne"
    assert len(short_title("mot " * 200)) <= 300


SESSIONS = (
    "Name (required),Start Time (required),End Time (required),Location,Session Tracks,Speaker IDs\n"
    "Registration Desk Open,4/3/16 14:00,4/3/16 17:00,Lobby,\"YP,all\",\n"
    "Impact of Food Waste on Landfills,4/5/16 14:30,4/5/16 15:30,Ballroom A,\"YP,all\",\"BStaley,JWarzinski,\"\n"
    "Registration Desk Open,4/4/16 7:00,4/4/16 18:00,Lobby,\"YP,all\",\n"
    "Golf Tournament,4/7/16 9:00,4/7/16 13:00,Patriots Point,all,\n"
)


def test_sessions_with_day_and_time_in_one_cell_written_month_first(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "sessions.csv", SESSIONS))
    assert code == 0, out
    sessions = [s for e in catalogue(db, tmp_path)["events"] for s in e["sessions"]]
    food = next(s for s in sessions if s["title"] == "Impact of Food Waste on Landfills")
    assert (food["date"], food["start_time"], food["end_time"], food["room"]) == ("2016-04-05", "14:30", "15:30", "Ballroom A")
    assert sum(1 for s in sessions if s["title"] == "Registration Desk Open") == 2   # two days
    assert not food["speakers"]                      # « Speaker IDs » are ids, not names


GRID = (
    "Time,Monday 8,Tuesday 9,Wednesday 10\n"
    "9.00-10.15,Intro to Networks,Visualizations,Data gathering\n"
    "10.15-10.30,Break,Break,Break\n"
    "12.00-13.30,Group Work,Group Work,Keynote\n"
    "16.00-17.15,Intro to RSiena,-,Intro to RSiena\n"
)


def test_a_timetable_grid_gives_a_session_per_cell_and_sets_breaks_aside(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "grille.csv", GRID))
    assert code == 0, out
    assert "8 séances" in out and "pause" in out
    sessions = [s for e in catalogue(db, tmp_path)["events"] for s in e["sessions"]]
    assert len(sessions) == 8 and not any(s["title"] == "Break" for s in sessions)
    intro = next(s for s in sessions if s["title"] == "Intro to Networks")
    assert (intro["start_time"], intro["end_time"]) == ("09:00", "10:15") and "Monday 8" in intro["minutes"]
    assert sum(1 for s in sessions if s["title"] == "Group Work") == 2   # Monday and Tuesday at noon


def test_a_list_whose_first_column_is_the_time_is_no_grid(db, tmp_path):
    text = "Heure,Titre,Salle,Intervenant\n09:00,Ouverture,A1,Anne Martin\n10:00,Atelier,B2,Paul Roux\n11:00,Clôture,A1,Jean Dupont\n"
    code, out = cli("--db", db, "import", write(tmp_path, "liste.csv", text), "--kind", "session")
    assert code == 0, out
    sessions = [s for e in catalogue(db, tmp_path)["events"] for s in e["sessions"]]
    assert sorted(s["title"] for s in sessions) == ["Atelier", "Clôture", "Ouverture"]


CONVENIOS = "".join(
    f"C{n:03d};{name};{country};Ingeniería;Promedio >= 6.0;2025-0{n % 9 + 1}-01;2027-0{n % 9 + 1}-01\n"
    for n, (name, country) in enumerate([("Harvard University", "Estados Unidos"), ("University of Oxford", "Reino Unido"),
                                         ("University of Tokyo", "Japón"), ("Universidad de São Paulo", "Brasil"),
                                         ("Seoul National University", "Corea del Sur")], start=1))


def test_a_register_with_no_heading_row_gives_agreements_with_their_institutions(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "convenios.csv", CONVENIOS))
    assert code == 0, out
    data = catalogue(db, tmp_path)
    assert len(data["agreements"]) == 5
    harvard = next(p for p in data["partners"] if p["name"] == "Harvard University")
    assert (harvard["country"], harvard["kind"]) == ("US", "school")
    tokyo = next(a for a in data["agreements"] if a["partners"][0]["name"] == "University of Tokyo")
    assert (tokyo["starts_on"], tokyo["ends_on"]) == ("2025-04-01", "2027-04-01")


MAYORS = (
    "Région,Ville,Nom du maire,Date de prise de fonction,Téléphone,Email,Adresse mairie\n"
    '"Auvergne-Rhône-Alpes","Aboën (42380)","M. Christian JOUVE","25/05/2020","04 77 50 35 12"," mairie@aboen.fr ","120 place des Tilleuls"\n'
    '"Bourgogne","Valdahon (25800)","Mme Sylvie LE HIR","28/05/2020","03 81 56 23 45","mairie@valdahon.com","1 rue de la Mairie"\n'
    '"Bretagne","Rennes (35000)","Mme Nathalie APPÉRÉ","03/07/2020","02 23 62 10 10","maire@rennes.fr","Place de la Mairie"\n'
)


def test_a_list_of_mayors_gives_people_with_their_civility_not_partners(db, tmp_path):
    code, out = cli("--db", db, "import", write(tmp_path, "maires.csv", MAYORS))
    assert code == 0, out
    data = catalogue(db, tmp_path)
    assert not data["partners"] and len(data["contacts"]) == 3
    jouve = next(c for c in data["contacts"] if c["last_name"].upper() == "JOUVE")
    assert (jouve["first_name"], jouve["civility"]) == ("Christian", "M.")
    assert jouve["address"] == "120 place des Tilleuls"


def test_values_under_no_heading_are_kept_and_a_row_number_column_is_not(db, tmp_path):
    text = ",Nom,Pays,\n1,Ville de Busan,Corée du Sud,jumelée en 2006\n2,Ville de Łódź,Pologne,\n3,Ville de Hội An,Viêt Nam,\n"
    code, out = cli("--db", db, "import", write(tmp_path, "sans.csv", text), "--show-mapping", "--dry-run")
    assert "« Colonne A » → ignoré" in out or "Colonne A" in out, out
    code, out = cli("--db", db, "import", write(tmp_path, "sans.csv", text))
    assert code == 0, out
    busan = next(p for p in catalogue(db, tmp_path)["partners"] if p["name"] == "Ville de Busan")
    assert busan["extra"] == {"Colonne D": "jumelée en 2006"}


def test_a_list_of_speakers_with_no_heading_row_is_told_by_names_and_roles(db, tmp_path):
    text = "".join(f"{photo}|{name}|{role}|#683B88\n" for photo, name, role in [
        ("stevo.png", "Allan Stevo", "Co-Founder, Bitcoin NYC"), ("fabiano.jpg", "Amanda Fabiano", "Senior Program Manager, Fidelity"),
        ("baldet.jpg", "Amber Baldet", "Co-Founder & CEO, Clovyr"), ("poelstra.jpg", "Andrew Poelstra", "Director of Research, Blockstream")])
    code, out = cli("--db", db, "import", write(tmp_path, "speakers.csv", text))
    assert code == 0, out
    assert len(catalogue(db, tmp_path)["contacts"]) == 4
