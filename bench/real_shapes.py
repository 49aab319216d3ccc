"""Write the real-shape files of the benchmarks (``bench_real_shapes.py``): deterministic, no network.

    uv run python bench/real_shapes.py OUT_FOLDER

- ``jumelages-25000.xlsx``: a twin-town list made from a Wikidata query (the columns of
  ``tests/real/rogorido_*_sistercities.tsv`` under French headings): a title row, then a city, its
  country, coordinates and population written once above its twins (the cells below left blank),
  each twin with its own coordinates, population and country, the distance; 1,500 cities with 5 to
  30 twins each (17 on average), twins shared between cities, homonyms (one name in two to four
  countries: San José, Valencia, Córdoba…), names with accents.
- ``Connections-1500.csv``: a LinkedIn "Connections.csv" export (the shape of
  ``tests/real/core-skills_linkedin_connections.csv``, with the profile URL column of today's
  exports and the "Notes:" paragraph LinkedIn writes above the table): e-mail mostly empty,
  company, position, "07 Mar 2020" dates.
- ``classeur-rencontre.xlsx``: an office workbook of several sheets: the partners of a meeting
  (500 rows), their contacts (1,500 rows, each naming its organisation), and a form block
  ("Intitulé : …", dates, place, organisers, head count) above the table of the meeting's 120
  sessions.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sys
from pathlib import Path

TWIN_ROWS = 25_000
CONTACT_ROWS = 1_500
COUNTRIES = ["Spain", "Italy", "France", "Germany", "Poland", "Portugal", "Hungary", "Romania", "Japan",
             "South Korea", "China", "United States", "Mexico", "Costa Rica", "Venezuela", "Argentina",
             "Canada", "Brazil", "Senegal", "Morocco", "Czech Republic", "Croatia", "Greece", "Ukraine"]
HOMONYMS = ["San José", "Valencia", "Córdoba", "Santiago", "Mérida", "Toledo", "Guadalajara", "León", "Granada",
            "Victoria", "Paris", "Florence", "Alexandria", "Saint-Denis", "Frankfurt", "Newcastle", "Bari",
            "Kōfu", "Durango", "Salamanca", "Cartagena", "Trujillo", "Santa Cruz", "Hamilton", "Richmond",
            "Springfield", "Tarragona", "Limoges", "Aurora", "Nueva Esperanza"]
SYLLABLES = ["ba", "ro", "sa", "ne", "ki", "lo", "ma", "ve", "ti", "da", "go", "zu", "ra", "mi", "po", "len", "dor",
             "ca", "sta", "bel", "mon", "ria", "ter", "sun", "ko", "wa", "łó", "dź", "ñe", "ça", "ői", "ă"]
PREFIXES = ["", "", "", "", "San ", "Santa ", "Saint-", "Bad ", "Nowy ", "Villa ", "Porto ", "Castel ", "Nova ",
            "Alt-", "Le ", "La "]
SUFFIXES = ["", "", "", "", " de Segura", "-sur-Mer", " am Main", " del Río", "-Ville", " Zdrój", " Terme", "-shi"]


def _place(rng: random.Random) -> str:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
    return f"{rng.choice(PREFIXES)}{stem.capitalize()}{rng.choice(SUFFIXES)}"


def twin_towns(path: Path, rows: int = TWIN_ROWS, seed: int = 24) -> dict:
    """The twin-town list; returns what it holds (rows, cities, distinct (name, country) pairs)."""
    import xlsxwriter

    rng = random.Random(seed)
    cities = []
    seen: set[str] = set()
    while len(cities) < 1500:
        name = _place(rng)
        if name not in seen:
            seen.add(name)
            cities.append((name, rng.choice(COUNTRIES[:8])))
    twins = []  # 6,000 twins, homonyms among them: one name in two to four countries
    for name in HOMONYMS:
        for country in rng.sample(COUNTRIES, rng.randint(2, 4)):
            twins.append((name, country))
    while len(twins) < 6000:
        name = _place(rng)
        if name not in seen:
            seen.add(name)
            twins.append((name, rng.choice(COUNTRIES)))
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("sistercities")
    sheet.write_string(0, 0, "Villes jumelées (d'après Wikidata, requête du 12/03/2024)")
    sheet.write_row(2, 0, ["Ville", "Pays", "Latitude", "Longitude", "Population", "Ville jumelée",
                           "Latitude (jumelle)", "Longitude (jumelle)", "Population (jumelle)",
                           "Pays de la ville jumelée", "Distance (km)"])
    pairs: set[tuple] = set()
    written = 0
    city_index = 0
    while written < rows:
        city, country = cities[city_index % len(cities)]
        city_index += 1
        lat, lon, population = rng.uniform(36, 60), rng.uniform(-9, 30), rng.randint(800, 900_000)
        for n, twin in enumerate(rng.sample(twins, min(rng.randint(5, 30), rows - written))):
            if (city, country, *twin) in pairs:
                continue
            pairs.add((city, country, *twin))
            written += 1
            shown = (city, country, round(lat, 6), round(lon, 6), population) if n == 0 else ("", "", "", "", "")
            sheet.write_row(written + 2, 0, [*shown, twin[0],
                                             round(rng.uniform(-40, 60), 6), round(rng.uniform(-120, 140), 6),
                                             rng.randint(500, 2_000_000), twin[1], rng.randint(20, 12_000)])
    book.close()
    distinct = {(p[0], p[1]) for p in pairs} | {(p[2], p[3]) for p in pairs}
    return {"rows": written, "partners": len(distinct)}


FIRST = ["Rasit", "Ximena", "Tyler", "Malka N.", "Sanal", "Joseph", "Élodie", "Ji-woo", "Mei", "Koffi", "Agnieszka",
         "Marie-Ève", "Aminata", "Björn", "Çağla", "Noël", "Anaïs", "Carlos", "Yu-Da", "Liubov", "Deniz", "Ruth",
         "Samson", "Hélène", "François", "Zoé", "Kenji", "Giulia", "Mamadou", "Paul"]
LAST = ["Abay", "Aguirre", "Bikaun", "Halgamuge", "Panicker", "Zheng", "Martin", "Fontaine", "Nowak", "Park", "Li",
        "Yao", "Diallo", "Tremblay", "Müller", "Gómez", "Øvergaard", "Dubois", "Núñez", "Lévêque", "Gershenson",
        "Lin", "Tupikina", "Eroglu", "Boardman", "Yu", "Sato", "Rossi", "Leroy", "Đặng"]
COMPANIES = ["UNSW Canberra", "Milenio Diario", "Nokia Bell Labs", "Kadir Has University", "Ville de Cannes",
             "Universidad Nacional Autónoma de México", "Institut français de Séoul", "Busan Cinema Center",
             "Festival international du film d'animation d'Annecy", "Cités Unies France", "Alliance française de Dakar",
             "Goethe-Institut", "Instituto Cervantes", "Murdoch University", "Deakin University"]
POSITIONS = ["Chargée de mission", "Research Professor", "Directeur des relations internationales", "Product Manager",
             "Cultural attaché", "Programmatrice", "Assistant Professor", "Head of partnerships", "Researcher"]
NOTES = ('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are '
         'missing. You will only see email addresses for connections who have allowed their connections to see or '
         'download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can '
         'learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n')


def linkedin_contacts(path: Path, rows: int = CONTACT_ROWS, seed: int = 24) -> dict:
    """The LinkedIn export; returns what it holds."""
    rng = random.Random(seed)
    start = dt.date(2012, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(NOTES)
        writer = csv.writer(out)
        writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for i in range(rows):
            first, last = rng.choice(FIRST), f"{rng.choice(LAST)}{'' if i < len(LAST) else ' ' + _place(rng)}"
            slug = f"{first}-{last}".lower().replace(" ", "-").replace(".", "")
            email = f"{slug.replace('-', '.')}@example.org" if rng.random() < 0.2 else ""
            day = start + dt.timedelta(days=rng.randint(0, 4500))
            writer.writerow([first, last, f"https://www.linkedin.com/in/{slug}-{rng.randrange(16**6):06x}", email,
                             rng.choice(COMPANIES), rng.choice(POSITIONS), day.strftime("%d %b %Y")])
    return {"rows": rows}


PARTNER_ROWS = 500
SESSIONS = 120


def meeting_workbook(path: Path, seed: int = 24) -> dict:
    """The workbook of several sheets; returns what it holds."""
    import xlsxwriter

    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path))
    date = book.add_format({"num_format": "dd/mm/yyyy"})
    partners = book.add_worksheet("Partenaires")
    partners.write_row(0, 0, ["Nom", "Pays", "Ville", "Type", "Site web", "Courriel", "Domaines", "Partenaire depuis"])
    names = []
    for i in range(PARTNER_ROWS):
        city = _place(rng)
        name = f"{rng.choice(['Ville de', 'Université de', 'Festival de', 'Musée de', 'Institut culturel de'])} {city}"
        names.append(name)
        partners.write_row(i + 1, 0, [name, rng.choice(["Espagne", "Italie", "Japon", "Corée du Sud", "Sénégal",
                                                        "Canada", "Pologne"]), city,
                                      rng.choice(["Ville", "Université", "Festival", "Musée", "Institution culturelle"]),
                                      f"https://www.{city.lower().replace(' ', '')}.example.org",
                                      f"contact@{city.lower().replace(' ', '')}.example.org",
                                      rng.choice(["Cinéma; Patrimoine", "Musique", "Livre et lecture", "Numérique"])])
        partners.write_datetime(i + 1, 7, dt.datetime(2000 + i % 25, 1 + i % 12, 1 + i % 28), date)
    contacts = book.add_worksheet("Contacts")
    contacts.write_row(0, 0, ["Civilité", "Prénom", "Nom", "Fonction", "Organisme", "Courriel", "Téléphone", "Langues"])
    for i in range(CONTACT_ROWS):
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}-{_place(rng)}"
        contacts.write_row(i + 1, 0, [rng.choice(["Mme", "M.", ""]), first, last, rng.choice(POSITIONS),
                                      rng.choice(names), f"p{i}@example.org",
                                      f"+33 4 93 {i // 100 % 100:02d} {i % 100:02d} {rng.randint(10, 99)}",
                                      rng.choice(["français; anglais", "anglais", "espagnol", "coréen; anglais"])])
    form = book.add_worksheet("Rencontre")
    block = [("Intitulé :", "Rencontres internationales culture et coopération 2026"), ("Date de début :", None),
             ("Date de fin :", None), ("Lieu :", "Palais des festivals, Cannes"),
             ("Organisateurs :", "Ville de Cannes ; Cités Unies France"), ("Participants :", 640)]
    for r, (label, value) in enumerate(block):
        form.write(r, 0, label)
        if value is None:
            form.write_datetime(r, 1, dt.datetime(2026, 10, 7 + r), date)
        else:
            form.write(r, 1, value)
    form.write_row(7, 0, ["Séance", "Type", "Horaire", "Salle", "Modération", "Intervenant(e)s", "Participants"])
    for i in range(SESSIONS):
        hour = 9 + i % 8
        form.write_row(8 + i, 0, [f"{rng.choice(['Table ronde', 'Atelier', 'Projection', 'Rencontre'])} {i + 1} — "
                                  f"{rng.choice(['Résidences', 'Cinéma', 'Livre', 'Patrimoine', 'Numérique'])}",
                                  rng.choice(["Table ronde", "Atelier", "Projection"]), f"{hour:02d}:00-{hour:02d}:45",
                                  f"Salle {1 + i % 6}", f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                                  f"{rng.choice(FIRST)} {rng.choice(LAST)}; {rng.choice(FIRST)} {rng.choice(LAST)}",
                                  rng.randint(20, 300)])
    book.close()
    return {"partners": PARTNER_ROWS, "contacts": CONTACT_ROWS, "sessions": SESSIONS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(twin_towns(args.out / f"jumelages-{TWIN_ROWS}.xlsx"))
    print(linkedin_contacts(args.out / f"Connections-{CONTACT_ROWS}.csv"))
    print(meeting_workbook(args.out / "classeur-rencontre.xlsx"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
