"""Screenshots of the import wizard on the shapes of the eighth corpus round (issue 19), each read
with no choice made (the first try): a twin list without heading row, a grant report without
heading row (dates month first, sums to the cent), a subsidy register in Dutch, a list of pairs of
companies, and a heading row in Korean that the wizard asks about instead of reading it as people.

    uv run python docs/screenshots/make_import_eighth_screenshots.py

Offscreen, on a temporary catalogue: it never touches the user's files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_import_evidence_screenshots import offscreen_catalogue, photograph

TWINS = [("Beroun", "Česká republika", "Brzeg", "Polsko", 2002), ("Beroun", "Česká republika", "Goslar", "Německo", 1991),
         ("Beroun", "Česká republika", "Rijswijk", "Nizozemsko", 1991),
         ("Zadní Třebaň", "Česká republika", "Steineroth", "Německo", 2002),
         ("Doksy", "Česká republika", "Comuni di Ledro", "Itálie", 2008),
         ("Otročiněves", "Česká republika", "Glendalough", "Irsko", 2005)]
REPORT = [("49577", "Fußballclub Hellbrook von 1967 e.V. (e.V.)", "1/1/2012", "12/31/2012", "75,453.00"),
          ("59320", "Hamburger Immobilienbeteiligung GmbH & Co. KG (GmbH & Co KG)", "1/1/2012", "12/31/2012",
           "1,484,400.00"),
          ("51103", "Frauenhaus e.V. (e.V.)", "7/5/2012", "12/31/2012", "3,400.00"),
          ("51104", "Musikverein Altona e.V. (e.V.)", "2/1/2012", "11/30/2012", "12,000.50")]
SUBSIDIES = ("Thema;Verstrekker;Naam subsidieontvanger;Gemeente;Land;Jaar;Toegekend (EUR);Betaald (EUR)\n"
             "Natuur;VLAAMSE LANDMAATSCHAPPIJ;DE SNEPPE;DAMME;Belgium;2024;81,499;81,499\n"
             "Logies;Toerisme Vlaanderen;BOGAFI;DAMME;Belgium;2024;0;8,613\n"
             "Erfgoed;Vlaamse overheid;KERKFABRIEK SINT-RIMBERTUS;DAMME;Belgium;2023;12,000;6,000\n")
KOREAN = ("연번,강의언어,파견기관,대륙,국가,소재도시\n" + "".join(
    f"{i},영어,{name},{region},{country},{city}\n" for i, (name, region, country, city) in enumerate(
        [("Concordia University", "North America", "Canada", "Montreal"),
         ("Boston College", "North America", "United States", "Boston"),
         ("Free University of Berlin", "Western Europe", "Germany", "Berlin"),
         ("Sophia University", "East Asia", "Japan", "Tokyo")], 1)))


def main() -> None:
    with offscreen_catalogue() as (app, services, tmp):
        twins = tmp / "partnerska_mesta.tsv"
        twins.write_text("".join(f"{a}\t{b}\t{c}\t{d}\t{y}\n" for a, b, c, d, y in TWINS), encoding="utf-8")
        photograph(app, services, twins, "import_eighth_1_jumelages_sans_entetes.png", "preview")
        report = tmp / "zuwendungsbericht_2012.csv"
        report.write_text("".join("\t".join(row) + "\n" for row in REPORT), encoding="utf-8")
        photograph(app, services, report, "import_eighth_2_subventions_sans_entetes.png", "mapping")
        subsidies = tmp / "damme_subsidies.csv"
        subsidies.write_text(SUBSIDIES, encoding="utf-8")
        photograph(app, services, subsidies, "import_eighth_3_subsidies_ontvanger.png", "mapping")
        pairs = tmp / "partnerships.csv"
        pairs.write_text("Company,Partner\nTruWeather,ResilienX\nSkyway,TruWeather\nSkyway,NASA\n"
                         "Frequentis,Skyway\nNASA,Frequentis\nResilienX,Frequentis\n", encoding="utf-8")
        photograph(app, services, pairs, "import_eighth_5_paires_entreprises.png", "mapping")
        korean = tmp / "partenaires.csv"
        korean.write_text(KOREAN, encoding="utf-8")
        photograph(app, services, korean, "import_eighth_4_entetes_inconnus.png", "file")


if __name__ == "__main__":
    main()
