"""Realistic messy spreadsheets of shapes offices keep (written here, not copied from anywhere).

``uv run python tests/make_messy_corpus.py DIR`` writes them to DIR; the tests call ``build(dir)``.
Each file is a shape named in the import issue: relation lists with homonyms in several
countries (also: all of a city's twins in one cell, a city written once above its twins), a register of elected officials whose columns look like partner columns, an agreement
register, Google Contacts and Outlook CSV exports, a conference attendee list, a programme sheet
with a label/value block above its sessions, countries written in six languages.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import xlsxwriter

# (city, country, twin city, twin country, since) — homonyms in several countries on purpose
TWINS = [
    ("Cannes", "France", "Busan", "Corée du Sud", "2006"),
    ("Cannes", "France", "Beverly Hills", "États-Unis", 1986),
    ("Cannes", "France", "Kitzbühel", "Autriche", "1986"),
    ("Cannes", "France", "Sanya", "Chine", "2019"),
    ("Cannes", "France", "Valencia", "Espagne", "depuis 1991"),
    ("Cannes", "France", "Valencia", "Venezuela", "vers 1995"),
    ("Cannes", "France", "San José", "Costa Rica", "12/03/2001"),
    ("Cannes", "France", "San José", "USA", "2001-06-15"),
    ("Cannes", "France", "Shizuoka", "Japon", "2018"),
    ("Dijon", "France", "Mainz", "Allemagne", "1958"),
    ("Dijon", "France", "Pécs", "Hongrie", "1962"),
    ("Dijon", "France", "Valencia", "Espagne", "1995"),
    ("Lyon", "France", "Birmingham", "Angleterre", "1951"),
    ("Lyon", "France", "Francfort-sur-le-Main", "Deutschland", "1960"),
    ("Lyon", "France", "Milan", "Italia", "1967"),
    ("Lyon", "France", "Beer-Sheva", "Israël", "1990"),
    ("Nantes", "France", "Cardiff", "Pays de Galles", "1964"),
    ("Nantes", "France", "Jacksonville", "U.S.A.", "1983"),
    ("Nantes", "France", "Tbilissi", "Géorgie", "1979"),
    ("Rennes", "France", "Erlangen", "RFA", "1964"),
    ("Rennes", "France", "Cork", "Irlande", "1982"),
    ("Rennes", "France", "Sendai", "Japan", "1967"),
    ("Rennes", "France", "Almaty", "Kazakhstan", "1994"),
]


def relation_list(path: Path) -> None:
    """A twin-town list: one row per relation, a title row, a city with many twins."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Jumelages")
    sheet.merge_range(0, 0, 0, 4, "Liste des jumelages des villes de la région")
    headers = ["Ville", "Pays", "Ville jumelée", "Pays de la ville jumelée", "Date du jumelage"]
    sheet.write_row(2, 0, headers)
    for i, row in enumerate(TWINS, start=3):
        sheet.write_row(i, 0, row)
    book.close()


def relation_list_en(path: Path) -> None:
    """The same shape worded in English, in a CSV: "Twin town" and "Sister city" columns."""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["City", "Country", "Sister city", "Sister country", "Year"])
        for city, country, twin, twin_country, since in TWINS[:12]:
            w.writerow([city, country, twin, twin_country, since])


def relation_list_registry(path: Path) -> None:
    """A sister-cities registry: the own city qualified ("US City"), its state, the sister city."""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["US City", "State", "Sister City", "Country", "Year Established"])
        for city, state, twin, country, since in (("Seattle", "WA", "Kobe", "Japan", 1957),
                                                   ("Seattle", "WA", "Galway", "Ireland", 1986),
                                                   ("Portland", "OR", "Sapporo", "Japan", 1959),
                                                   ("Portland", "ME", "Shinagawa", "Japan", 1984)):
            w.writerow([city, state, twin, country, since])


def relation_list_de(path: Path) -> None:
    """Partner towns listed in German: Gemeinde, Partnerstadt, Land, seit."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Partnerstädte")
    sheet.write_row(0, 0, ["Gemeinde", "Partnerstadt", "Land", "Seit"])
    for i, row in enumerate((("München", "Verona", "Italien", 1960), ("München", "Bordeaux", "Frankreich", 1964),
                             ("München", "Sapporo", "Japan", 1972), ("Köln", "Lille", "Frankreich", 1958)), 1):
        sheet.write_row(i, 0, row)
    book.close()


# (city, its twins as an encyclopaedia lists them in one cell) — lines, ";", "," with countries
TWINS_IN_ONE_CELL = [
    ("Lyon", "Birmingham (Angleterre)\nFrancfort-sur-le-Main (Allemagne)\nMilan (Italie, 1967)\n"
             "Beer-Sheva (Israël)\nSaint-Pétersbourg (Russie)"),
    ("Grenoble", "Essen (Allemagne), Oxford (Royaume-Uni), Catane (Italie), Phoenix (États-Unis)"),
    ("Annecy", "Bayreuth (Allemagne) ; Cortina d'Ampezzo (Italie) ; Saratoga Springs (États-Unis)"),
    ("Francfort-sur-l'Oder", "Frankfurt (Oder)"),          # parentheses that are part of the name
    ("Arlington", "Washington, D.C."),                     # a comma inside one name
]


def twins_in_one_cell(path: Path) -> None:
    """An encyclopaedia's list: one row per city, all its twins in one cell, the city cells merged
    over two rows where a second row lists the twins of a twin's region."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Villes jumelées")
    wrap = book.add_format({"text_wrap": True})
    sheet.write_row(0, 0, ["Commune", "Département", "Villes jumelées"])
    for i, (city, twins) in enumerate(TWINS_IN_ONE_CELL, start=1):
        sheet.write(i, 0, city)
        sheet.write(i, 1, "Rhône" if city == "Lyon" else "")
        sheet.write(i, 2, twins, wrap)
    book.close()


# a city written once above its twins: the cells below it are blank or merged
SISTER_CITIES_GROUPED = [
    ("Portland", "Oregon", "Sapporo", "Japan", 1959),
    ("", "", "Guadalajara", "Mexico", 1983),
    ("", "", "Ashkelon", "Israel", 1987),
    ("Seattle", "Washington", "Kobe", "Japan", 1957),
    ("", "", "Bergen", "Norway", 1967),
    ("", "", "Valencia", "Venezuela", 1990),
]


def sister_cities_grouped(path: Path) -> None:
    """A sister-cities list grouped by city: Portland's rows left blank, Seattle's merged."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Sister Cities")
    sheet.write_row(0, 0, ["City", "State", "Sister City", "Country", "Year"])
    for i, row in enumerate(SISTER_CITIES_GROUPED, start=1):
        sheet.write_row(i, 0, row)
    sheet.merge_range(4, 0, 6, 0, "Seattle")
    sheet.merge_range(4, 1, 6, 1, "Washington")
    book.close()


def elected_register(path: Path) -> None:
    """A national register of elected officials: codes, commune, names, birth date, function."""
    rows = [
        ("01", "Ain", "01004", "Ambérieu-en-Bugey", "MARTIN", "Claire", "F", "12/04/1961", "Maire", "20/03/2008"),
        ("01", "Ain", "01004", "Ambérieu-en-Bugey", "MARTIN", "Paul", "M", "03/09/1975", "1er adjoint", "28/05/2020"),
        ("01", "Ain", "01053", "Bourg-en-Bresse", "DUBOIS", "Amélie", "F", "22/01/1980", "Adjointe à la culture",
         "04/07/2020"),
        ("06", "Alpes-Maritimes", "06029", "Cannes", "LISNARD", "David", "M", "14/09/1969", "Maire", "05/04/2014"),
        ("06", "Alpes-Maritimes", "06029", "Cannes", "NAVARRO", "Thomas", "M", "02/02/1972", "Conseiller municipal",
         "28/06/2020"),
        ("06", "Alpes-Maritimes", "06088", "Nice", "NAVARRO", "Léa", "F", "30/11/1985", "Conseillère municipale",
         "28/06/2020"),
        ("21", "Côte-d'Or", "21231", "Dijon", "ROCHE", "Élodie", "F", "08/08/1977", "Adjointe aux relations "
         "internationales", "03/07/2020"),
    ]
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("rne-cm")
    sheet.write_row(0, 0, ["Code du département", "Libellé du département", "Code de la commune",
                           "Libellé de la commune", "Nom de l'élu", "Prénom de l'élu", "Code sexe",
                           "Date de naissance", "Libellé de la fonction", "Date de début de la fonction"])
    for i, row in enumerate(rows, start=1):
        sheet.write_row(i, 0, row)
    book.close()


def agreement_register(path: Path) -> None:
    """A register of agreements: title/start/end/counterparty, three rows sharing one title."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Registre")
    sheet.write_row(0, 0, ["Réf.", "Intitulé", "Cocontractant", "Pays", "Date de début", "Date de fin", "Montant (€)"])
    rows = [
        ("CONV-2019-01", "Convention de coopération culturelle", "Sanya", "Chine", "01/01/2019", "31/12/2023", "15 000"),
        ("CONV-2020-07", "Convention de coopération culturelle", "Shawinigan", "Canada", "15/03/2020", "14/03/2025",
         "8 000"),
        ("CONV-2021-02", "Convention de coopération culturelle", "Grand-Bassam", "Côte d'Ivoire", "01/09/2021",
         "31/08/2026", "12 500"),
        ("MOU-2023-05", "Protocole d'entente cinéma", "Busan", "Corée du Sud", "22/05/2023", "21/05/2028", ""),
    ]
    for i, row in enumerate(rows, start=1):
        sheet.write_row(i, 0, row)
    book.close()


def google_contacts(path: Path) -> None:
    """A Google Contacts CSV export (its own column wording, labels beside values)."""
    header = ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Nickname", "Birthday", "Notes",
              "Organization Name", "Organization Title", "Organization Department", "Labels",
              "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
              "Phone 1 - Label", "Phone 1 - Value", "Address 1 - City", "Address 1 - Country"]
    rows = [
        ["Ji-woo", "", "Park", "", "", "1979-03-02", "Rencontrée au BIFF", "Busan Film Commission",
         "Directrice", "Culture", "* myContacts ::: Corée", "Work", "ji-woo.park@example.org", "", "",
         "Mobile", "+82 10 5555 0100", "Busan", "South Korea"],
        ["Kenji", "", "Sato", "", "", "", "", "Ville de Shizuoka", "Attaché culturel", "", "* myContacts",
         "Work", "k.sato@example.jp", "Home", "kenji.sato@example.com", "Work", "+81 54 555 0199", "Shizuoka",
         "Japon"],
        ["Marie", "", "Tremblay", "", "", "", "", "Ville de Shawinigan", "Directrice de la culture", "",
         "* myContacts", "Work", "marie.tremblay@example.ca", "", "", "Work", "+1 819 555 0123", "Shawinigan",
         "Canada"],
    ]
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def outlook_contacts(path: Path) -> None:
    """A French Outlook CSV export (Windows-1252, semicolons)."""
    header = ["Titre", "Prénom", "Deuxième prénom", "Nom", "Suffixe", "Société", "Service", "Titre (fonction)",
              "Rue (bureau)", "Ville (bureau)", "Pays/Région (bureau)", "Téléphone (bureau)", "Tél. mobile",
              "Adresse de messagerie", "Adresse de messagerie 2", "Notes"]
    rows = [
        ["M.", "Kofi", "", "Yao", "", "Mairie de Grand-Bassam", "Patrimoine", "Chargé de mission", "", "Grand-Bassam",
         "Côte d'Ivoire", "+225 21 30 00 00", "", "k.yao@example.ci", "", ""],
        ["Mme", "Agnieszka", "", "Nowak", "", "Lodz Film School", "Relations internationales", "Coordinatrice", "",
         "Lodz", "Pologne", "", "+48 600 000 000", "a.nowak@example.pl", "", "Rencontre festival 2022"],
        ["M.", "Jean", "", "Dupont", "", "Institut français", "", "Attaché", "", "Séoul", "Corée du Sud",
         "", "", "jean.dupont@example.fr", "jdupont@example.com", ""],
        ["M.", "Jean", "", "Dupont", "", "Ville de Cannes", "", "Directeur de la culture", "", "Cannes", "France",
         "04 93 00 00 00", "", "jean.dupont@example.org", "", ""],
    ]
    with path.open("w", newline="", encoding="cp1252") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(header)
        w.writerows(rows)


def attendee_list(path: Path) -> None:
    """A conference attendee list: civility, names, organisation, city, country, e-mail, presence."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Inscrits")
    sheet.write(0, 0, "Colloque Culture et action internationale — liste des participants")
    sheet.write_row(2, 0, ["Civilité", "NOM", "Prénom", "Structure", "Ville", "Pays", "Courriel", "Présent(e)"])
    rows = [
        ("Mme", "LEROY", "Sophie", "Cités Unies France", "Paris", "France", "s.leroy@example.fr", "x"),
        ("M.", "DIALLO", "Mamadou", "Ville de Dakar", "Dakar", "Sénégal", "m.diallo@example.sn", "✓"),
        ("Mme", "ROSSI", "Giulia", "Scuola Holden", "Turin", "Italie", "g.rossi@example.it", ""),
        ("M.", "ROSSI", "Marco", "Comune di Torino", "Turin", "Italie", "m.rossi@example.it", "oui"),
    ]
    for i, row in enumerate(rows, start=3):
        sheet.write_row(i, 0, row)
    book.close()


def programme(path: Path) -> None:
    """A colloquium programme laid out as a form (Label : value) above the table of its sessions."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Programme")
    date_format = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write(0, 0, "Intitulé :")
    sheet.write(0, 1, "Rencontres culture et coopération 2025")
    sheet.write(1, 0, "Date de début :")
    sheet.write_datetime(1, 1, dt.datetime(2025, 10, 9), date_format)
    sheet.write(2, 0, "Date de fin :")
    sheet.write_datetime(2, 1, dt.datetime(2025, 10, 10), date_format)
    sheet.write(3, 0, "Lieu :")
    sheet.write(3, 1, "Palais des festivals, Cannes")
    sheet.write(4, 0, "Organisateurs :")
    sheet.write(4, 1, "Ville de Cannes ; Cités Unies France")
    sheet.write(5, 0, "Participants :")
    sheet.write(5, 1, 140)
    sheet.write_row(7, 0, ["Séance", "Type", "Horaire", "Modération", "Intervenant(e)s", "Rapporteur",
                           "Participants"])
    sessions = [
        ("Table ronde d'ouverture", "Table ronde", "09:30-11:00", "Sophie Leroy", "Ji-woo Park; Kenji Sato",
         "Paul Martin", 140),
        ("Atelier 1 — Résidences d'artistes", "Atelier", "11:30-13:00", "Giulia Rossi", "Mamadou Diallo",
         "Amélie Dubois", 60),
        ("Atelier 2 — Livre et lecture", "Atelier", "14:30-16:00", "Marie Tremblay", "Agnieszka Nowak",
         "Kofi Yao", 55),
    ]
    for i, row in enumerate(sessions, start=8):
        sheet.write_row(i, 0, row)
    book.close()


COOPERATIONS = [
    ("Ville de Cannes", "Alpes-Maritimes", "Busan", "Corée du Sud", "Jumelage", "Culture, Cinéma", "2006", "En cours"),
    ("Ville de Lyon", "Rhône", "Birmingham", "Royaume-Uni", "Jumelage", "Culture", "1951", "En cours"),
    ("Ville de Lyon", "Rhône", "Ouagadougou", "Burkina Faso", "Coopération décentralisée", "Eau / Assainissement",
     "1999", "Terminé"),
    ("Région Bretagne", "", "Wielkopolska", "Pologne", "Partenariat", "Économie", "1996", "En cours"),
]


def cooperation_atlas(path: Path) -> None:
    """A register of decentralised cooperation as a national atlas exports it: one relation per row
    (our authority, its partner and the partner's country) with the agreement's own columns."""
    lines = ["Collectivité française;Département;Collectivité partenaire;Pays partenaire;Type de coopération;"
             "Thématiques;Date de signature;Statut"]
    lines += [";".join(row) for row in COOPERATIONS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")


def workshop_sheet(path: Path) -> None:
    """A workshop written up as a form: who came listed in one cell, the head count in another,
    then the table of its sessions."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Atelier")
    rows = [("Manifestation", "Atelier franco-coréen du film d'animation"), ("Dates", "14/03/2026"),
            ("Lieu", "Médiathèque, Annecy"),
            ("Personnes présentes", "Sophie Leroy (Ville d'Annecy) ; Ji-woo Park (Ville de Busan) ; Kenji Sato"),
            ("Nombre de participants", 35)]
    for i, (label, value) in enumerate(rows):
        sheet.write(i, 0, label)
        sheet.write(i, 1, value)
    sheet.write_row(6, 0, ["Séance", "Horaire", "Intervenant"])
    sheet.write_row(7, 0, ["Présentation des studios", "10:00-11:00", "Ji-woo Park"])
    sheet.write_row(8, 0, ["Atelier pratique", "11:15-12:30", "Kenji Sato"])
    book.close()


COUNTRY_SPELLINGS = [
    ("Berlin", "Deutschland"), ("Istanbul", "Türkiye"), ("Ankara", "Turquie"), ("Izmir", "Turkey"),
    ("Pristina", "Kosovo"), ("Skopje", "Macédoine du Nord"), ("Ohrid", "Macedonia"), ("Prague", "Tchéquie"),
    ("Brno", "Czech Republic"), ("Kinshasa", "RDC"), ("Brazzaville", "Congo-Brazzaville"),
    ("Abidjan", "Ivory Coast"), ("Yangon", "Burma"), ("Mbabane", "Swaziland"), ("Dili", "East Timor"),
    ("Cité du Vatican", "Saint-Siège"), ("Ramallah", "Palestine"), ("Boston", "USA"),
    ("Glasgow", "Écosse"), ("Belfast", "Northern Ireland"), ("Sevilla", "España"), ("Lisboa", "Portugal"),
    ("Roma", "Italia"), ("Rio de Janeiro", "Brasil"), ("Wien", "Österreich"), ("Genève", "Suisse"),
]


def countries(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Partenaires")
    sheet.write_row(0, 0, ["Nom", "Pays", "Type"])
    for i, (city, country) in enumerate(COUNTRY_SPELLINGS, start=1):
        sheet.write_row(i, 0, (city, country, "Ville"))
    book.close()


MAKERS = {
    "jumelages_region.xlsx": relation_list,
    "sister_cities.csv": relation_list_en,
    "sister_cities_registry.csv": relation_list_registry,
    "partnerstaedte.xlsx": relation_list_de,
    "villes_jumelees_encyclopedie.xlsx": twins_in_one_cell,
    "sister_cities_grouped.xlsx": sister_cities_grouped,
    "registre_elus.xlsx": elected_register,
    "registre_conventions.xlsx": agreement_register,
    "google_contacts.csv": google_contacts,
    "outlook_contacts.csv": outlook_contacts,
    "participants_colloque.xlsx": attendee_list,
    "programme_colloque.xlsx": programme,
    "atelier_presents.xlsx": workshop_sheet,
    "atlas_cooperation.csv": cooperation_atlas,
    "pays_six_langues.xlsx": countries,
}


def build(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    result = {}
    for name, maker in MAKERS.items():
        maker(folder / name)
        result[name] = folder / name
    return result


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "messy")
    for path in build(out).values():
        print(path)
