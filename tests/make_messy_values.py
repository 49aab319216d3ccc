"""Write spreadsheets of values as offices type them: countries in six languages and their former
names, yes/no words and ticks, dates with a qualifier or in unusual wordings.

    uv run python tests/make_messy_values.py OUT_DIR

Each row carries what the import must make of it (``EXPECTED``), so a test can check the records
stored against the file without repeating its content."""

from __future__ import annotations

import sys
from pathlib import Path

# (city, country as typed, expected code, nation kept or None)
COUNTRIES = [
    ("Izmir", "Turquie", "TR", None), ("Bursa", "Türkiye", "TR", None), ("Antalya", "Turkey", "TR", None),
    ("Pristina", "Kosovo", "XK", None), ("Ohrid", "Macédoine du Nord", "MK", None), ("Bitola", "Macedonia", "MK", None),
    ("Brno", "République tchèque", "CZ", None), ("Ostrava", "Tchéquie", "CZ", None), ("Plzeň", "Czech Republic", "CZ", None),
    ("Kinshasa", "RDC", "CD", None), ("Lubumbashi", "Congo-Kinshasa", "CD", None), ("Goma", "DRC", "CD", None),
    ("Brazzaville", "Congo-Brazzaville", "CG", None), ("Pointe-Noire", "Congo", "CG", None),
    ("Grand-Bassam", "Côte d'Ivoire", "CI", None), ("Bouaké", "Ivory Coast", "CI", None),
    ("Mandalay", "Birmanie", "MM", None), ("Yangon", "Burma", "MM", None), ("Mbabane", "Swaziland", "SZ", None),
    ("Dili", "Timor oriental", "TL", None), ("Baucau", "East Timor", "TL", None), ("Rome (Saint-Siège)", "Saint-Siège", "VA", None),
    ("Bethléem", "Palestine", "PS", None), ("Shawinigan", "Canada", "CA", None), ("Austin", "U.S.A.", "US", None),
    ("Boston", "États-Unis d'Amérique", "US", None), ("San José (Californie)", "Etats-Unis", "US", None),
    ("Londres", "Royaume-Uni", "GB", None), ("Leeds", "UK", "GB", None), ("Bristol", "Grande-Bretagne", "GB", None),
    ("Édimbourg", "Écosse", "GB", "Écosse"), ("Cardiff", "Pays de Galles", "GB", "Pays de Galles"),
    ("Belfast", "Irlande du Nord", "GB", "Irlande du Nord"), ("Manchester", "England", "GB", "Angleterre"),
    ("Busan", "Südkorea", "KR", None), ("Shizuoka", "Giappone", "JP", None), ("Valencia", "España", "ES", None),
    ("Valencia (VE)", "Venezuela", "VE", None), ("Porto", "Portugal", "PT", None), ("Łódź", "Polônia", "PL", None),
    ("San José", "Costa Rica", "CR", None), ("Sanya", "Chine", "CN", None), ("Lubumbashi (ex-Zaïre)", "Zaïre", "CD", None),
]
ACTIVE = [("Oui", True), ("non", False), ("x", True), ("✓", True), ("✗", False), ("VRAI", True), ("Inactif", False),
          ("actif", True), ("☐", False), ("FAUX", False), ("1", True)]
SINCE = [("depuis 1991", "1991", "since"), ("vers 1995", "1995", "about"), ("env. 2001", "2001", "about"),
         ("fin 2019", "2019", "end"), ("début 2020", "2020", "start"), ("le 22 mai 2023", "2023-05-22", None),
         ("22.05.2023", "2023-05-22", None), ("2023/05/22", "2023-05-22", None), ("1er janvier 2020", "2020-01-01", None),
         ("22nd May 2023", "2023-05-22", None), ("circa 1990", "1990", "about")]

HEADERS = ["Nom", "Ville", "Pays", "Actif", "Partenaire depuis"]


def rows():
    """(values as written, expected) for every row of the partner sheet."""
    for i, (city, country, code, nation) in enumerate(COUNTRIES):
        active, flag = ACTIVE[i % len(ACTIVE)]
        since, iso, qualifier = SINCE[i % len(SINCE)]
        name = f"Ville de {city}"
        yield [name, city, country, active, since], {"name": name, "country": code, "nation": nation,
                                                     "active": flag, "since": iso, "qualifier": qualifier}


EXPECTED = [expected for _values, expected in rows()]


def write_messy_values(folder: Path) -> Path:
    import xlsxwriter

    path = Path(folder) / "valeurs_en_vrac.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Partenaires")
    sheet.write_row(0, 0, HEADERS)
    for number, (values, _expected) in enumerate(rows(), start=1):
        sheet.write_row(number, 0, values)
    book.close()
    return path


if __name__ == "__main__":
    print(write_messy_values(Path(sys.argv[1] if len(sys.argv) > 1 else ".")))
