"""The import's contract with the user (issue 19): a kind, a heading row (or none), a mapping and a
reading of values given on the command line always give the table they describe, whatever its
headings; columns are told by their values when no heading names them; doubt is shown, not hidden."""

from __future__ import annotations

import contextlib
import io
import json

import openpyxl
import pytest

from db.cli import main


def cli(*argv) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:
            code = exc.code
    return code or 0, out.getvalue()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.sqlite"
    assert cli("--db", path, "init")[0] == 0
    return path


def catalogue(db, tmp_path) -> dict:
    out = tmp_path / "e.json"
    assert cli("--db", db, "export", out)[0] == 0
    return json.loads(out.read_text(encoding="utf-8"))


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_mapped_unknown_heading_is_used_as_mapped(db, tmp_path):
    path = write(tmp_path, "x.csv", "Raison sociale du cocontractant;Zone;Zusatzinfo\nAtelier Kobalt;Allemagne;ok\n"
                                    "Studio Nord;Norvège;à relancer\n")
    code, out = cli("--db", db, "import", path, "--kind", "partner", "--map", "Raison sociale du cocontractant=name")
    assert code == 0, out
    partners = {p["name"]: p for p in catalogue(db, tmp_path)["partners"]}
    assert set(partners) == {"Atelier Kobalt", "Studio Nord"}
    assert partners["Studio Nord"]["country"] == "NO"          # told by its values
    assert partners["Studio Nord"]["extra"]["Zusatzinfo"] == "à relancer"   # unmapped: kept


def test_a_list_without_heading_row_with_no_header_and_letters(db, tmp_path):
    path = write(tmp_path, "x.csv", "Anne Martin,anne.martin@example.org,Ville de Lyon\n"
                                    "Jean Dupont,j.dupont@example.org,Institut français\n")
    code, out = cli("--db", db, "import", path, "--no-header", "--kind", "contact", "--map", "C=organisation")
    assert code == 0, out
    contacts = {c["last_name"]: c for c in catalogue(db, tmp_path)["contacts"]}
    assert set(contacts) == {"Martin", "Dupont"}               # the first row is a person too
    assert contacts["Martin"]["emails"] == ["anne.martin@example.org"]
    assert contacts["Dupont"]["organisation"] == "Institut français"


def test_a_list_of_people_without_heading_row_is_recognised(db, tmp_path):
    rows = "\n".join(f"{n},{n.split()[0].lower()}@example.org,+33 4 65 12 34 5{i}" for i, n in enumerate(
        ["Anne Martin", "Jean Dupont", "Li Wei", "Sofia Rossi", "Marek Nowak"]))
    path = write(tmp_path, "x.csv", rows + "\n")
    code, out = cli("--db", db, "import", path)
    assert code == 0, out
    contacts = catalogue(db, tmp_path)["contacts"]
    assert len(contacts) == 5 and {c["last_name"] for c in contacts} >= {"Martin", "Nowak"}


def test_a_tiny_register_is_taken_with_kind(db, tmp_path):
    path = write(tmp_path, "x.csv", "Objet;Cocontractant;Signé\nRésidence croisée;Théâtre de Namur;12/03/2024\n"
                                    "Échange de films;Cinémathèque de Porto;2023\n")
    code, out = cli("--db", db, "import", path, "--kind", "agreement", "--map", "Cocontractant=partners")
    assert code == 0, out
    agreements = {a["title"]: a for a in catalogue(db, tmp_path)["agreements"]}
    assert agreements["Résidence croisée"]["partners"][0]["name"] == "Théâtre de Namur"


def test_kind_missing_its_name_says_which_map_to_give(db, tmp_path):
    path = write(tmp_path, "x.csv", "Zone;Bemerkung\nAllemagne;ok\nNorvège;non\n")
    code, out = cli("--db", db, "import", path, "--kind", "partner")
    assert code == 2 and '--map "En-tête=name"' in out and "Traceback" not in out


def test_skip_sheet_and_value_reading(db, tmp_path):
    path = tmp_path / "x.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Conventions"
    sheet.append(["Intitulé", "Partenaire", "Statut"])
    sheet.append(["Convention cinéma", "Busan", "Clôturée"])
    sheet.append(["Pacte d'amitié", "Sanya", "En cours"])
    other = book.create_sheet("Brouillon")
    other.append(["n'importe quoi", 3])
    book.save(path)
    code, out = cli("--db", db, "import", path, "--skip-sheet", "Brouillon", "--value", "Statut:Clôturée=expired",
                    "--value", "Statut:En cours=active")
    assert code == 0, out
    assert "Brouillon" in out   # the sheet left out is named
    status = {a["title"]: a["status"] for a in catalogue(db, tmp_path)["agreements"]}
    assert status == {"Convention cinéma": "expired", "Pacte d'amitié": "active"}


def test_a_doubt_stops_with_the_reading_and_the_options(db, tmp_path):
    path = write(tmp_path, "x.csv", "Nom;Organisme;Date\nMartin;Ville de Lyon;12/12/2024\nDupont;Institut;01/07/2024\n")
    code, out = cli("--db", db, "import", path)
    assert code == 2, out
    assert "Lecture proposée" in out and "--kind partner" in out and "Rien n'a été importé" in out
    assert "« Organisme » →" in out   # the mapping it would use, column by column
    assert catalogue(db, tmp_path)["partners"] == []
    code, out = cli("--db", db, "import", path, "--kind", "contact")
    assert code == 0, out


def test_namesakes_with_other_identifiers_stay_apart_and_exact_copies_merge(db, tmp_path):
    path = write(tmp_path, "x.csv", "First Name,Last Name,URL,Company\n"
                                    "John,Smith,https://www.linkedin.com/in/john-smith-1,Acme\n"
                                    "John,Smith,https://www.linkedin.com/in/john-smith-2,\n"
                                    "John,Smith,https://www.linkedin.com/in/john-smith-3,Globex\n"
                                    "Ana,Lima,https://www.linkedin.com/in/ana-lima,Initech\n"
                                    "Ana,Lima,https://www.linkedin.com/in/ana-lima,Initech\n"
                                    "Eva,Novak,https://www.linkedin.com/in/eva-novak,Umbrella\n")
    code, out = cli("--db", db, "import", path)
    assert code == 0, out
    contacts = catalogue(db, tmp_path)["contacts"]
    assert sum(1 for c in contacts if c["last_name"] == "Smith") == 3
    assert sum(1 for c in contacts if c["last_name"] == "Lima") == 1


def test_a_relation_list_is_told_by_its_structure(db, tmp_path):
    lines = ["miastoLabel\tkrajLabel\tpartnerLabel\tpartnerKraj\tludnosc"]
    pairs = [("Kraków", "Polska", "Leuven", "Belgia"), ("Kraków", "Polska", "Lviv", "Ukraina"),
             ("Gdańsk", "Polska", "Bremen", "Niemcy"), ("Gdańsk", "Polska", "Marseille", "Francja"),
             ("Poznań", "Polska", "Rennes", "Francja"), ("Wrocław", "Polska", "Dresden", "Niemcy")]
    lines += [f"{a}\t{b}\t{c}\t{d}\t{1000 + i}" for i, (a, b, c, d) in enumerate(pairs)]
    lines.append("Dresden\tNiemcy\tWrocław\tPolska\t9")   # the same twinning from the other side
    path = write(tmp_path, "x.tsv", "\n".join(lines) + "\n")
    code, out = cli("--db", db, "import", path)
    assert code == 0, out
    data = catalogue(db, tmp_path)
    assert len(data["agreements"]) == 6 and all(a["kind"] == "twinning" for a in data["agreements"])
    partners = {(p["name"], p["country"]): p for p in data["partners"]}
    assert partners[("Leuven", "BE")]["kind"] == "city"
    assert ("Kraków", "PL") in partners and len(partners) == 10


def test_a_programme_alone_goes_into_one_event(db, tmp_path):
    path = write(tmp_path, "programme.csv", "Heure;Séance;Intervenants\n09:30;Accueil;\n10:00;Atelier patrimoine;"
                                            "Anne Martin\n15:00;Pause café;\n16:00;Pause café;\n")
    code, out = cli("--db", db, "import", path, "--kind", "session")
    assert code == 0, out
    events = catalogue(db, tmp_path)["events"]
    assert len(events) == 1 and events[0]["title"] == "programme"
    assert [s["start_time"] for s in events[0]["sessions"]] == ["09:30", "10:00"]   # the coffee breaks: set aside
    assert out.count("une pause du programme") == 2


def test_totals_in_other_languages_are_not_records(db, tmp_path):
    path = write(tmp_path, "x.csv", "Name;Land;Betrag\nVerein A;Österreich;100\nVerein B;Deutschland;200\n"
                                    "Gesamt;;300\n")
    code, out = cli("--db", db, "import", path, "--kind", "partner")
    assert code == 0, out
    assert {p["name"] for p in catalogue(db, tmp_path)["partners"]} == {"Verein A", "Verein B"}


def test_a_directory_without_country_takes_the_one_country_of_its_cities(db, tmp_path):
    path = write(tmp_path, "musees.csv", "Nom;Commune;Téléphone\n" + "".join(
        f"Musée {i};{city};04 72 69 17 1{i}\n"
        for i, city in enumerate(["Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Briord"])))
    code, out = cli("--db", db, "import", path)
    assert code == 0, out
    assert "celui des villes du tableau, France" in out      # said, not silent
    partners = {p["name"]: p["country"] for p in catalogue(db, tmp_path)["partners"]}
    assert set(partners.values()) == {"FR"}                 # a village unknown to the index too


def test_cities_of_several_countries_give_no_country(db, tmp_path):
    path = write(tmp_path, "partenaires.csv", "Nom;Ville\n" + "".join(
        f"Partenaire {i};{city}\n" for i, city in enumerate(["Berlin", "Lyon", "Busan", "Osaka", "Madrid", "Porto"])))
    code, out = cli("--db", db, "import", path)
    assert code == 0, out
    assert {p["country"] for p in catalogue(db, tmp_path)["partners"]} == {None}
