"""The project's own messy spreadsheets for the import tests, and their manifest.

    uv run python tests/make_files.py            # rewrite the small committed files in tests/files/
    uv run python tests/make_files.py --big DIR  # write the larger generated files into DIR

The small files (a few kilobytes each) are committed so that a fresh clone tests the import with
nothing beside it; ``tests/files/manifest.json`` says what a correct import of each must give, in
the same format as the external corpus (``../shared/samples``) that tests also read when present.
The larger files are made on demand by the ``big_files`` fixture (``tests/conftest.py``).

Rewriting the committed files needs two tools the tests do not: ``msoffcrypto-tool`` for the
password-protected workbook and LibreOffice (``soffice``) for the legacy ``.xls``. Run
``uv run --with msoffcrypto-tool python tests/make_files.py``; without them those two files are kept.

Partner cities are real places; people, e-mail addresses (example.org / example.fr) and phone
numbers (French ranges reserved for fiction: 04 65 71 xx xx) are invented.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent / "files"
PASSWORD = "Passerelles-2025"
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")

HOI_AN_NOTES = (
    "Jumelage culturel signé en octobre 2016 lors de la semaine de la lanterne.\n"
    "Volet patrimoine : échanges entre les services d'architecture, mission d'experts sur la vieille ville "
    "(inscrite à l'UNESCO) ; volet artisanat : invitation de deux laquiers au marché de Noël.\n"
    "À prévoir : traduction vietnamien-français du programme 2025, devis de l'interprète (Mme Đặng), "
    "accord du cabinet avant le 15 janvier."
)


def _header(ws, row: int, names: list[str]) -> None:
    for col, name in enumerate(names, start=1):
        cell = ws.cell(row=row, column=col, value=name)
        cell.font, cell.fill, cell.border = HEAD, HEAD_FILL, BOX


def _rows(ws, first: int, rows: list[list], date_format: str = "DD/MM/YYYY") -> None:
    for r, values in enumerate(rows, start=first):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.border = BOX
            if isinstance(value, dt.date):
                cell.number_format = date_format


def villes_partenaires(path: Path) -> None:
    """A list kept by hand for years: a merged title, a hidden column, dates and lists written every way."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Partenaires"
    ws["A1"] = "Villes partenaires — état au 3 mars 2025 (document de travail)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    _header(ws, 3, ["Ville partenaire", "Pays", "Code interne", "Date de signature", "Domaine(s)", "Référent",
                    "Courriel", "Tél.", "Actif", "Notes"])
    _rows(ws, 4, [
        ["Hội An", "Viêt Nam", "VN-HOI-01", dt.date(2016, 10, 14), "patrimoine; artisanat", "Nguyễn Thị Lan",
         "  lan.nguyen@example.org ", "04 65 71 20 10", True, HOI_AN_NOTES],
        ["Gwangju", "Corée du Sud", "KR-GWJ-07", 2019, "arts numériques, cinéma", "Park Ji-won",
         "jiwon.park@example.org", "04 65 71 20 11", True, "Ville créative UNESCO des arts numériques."],
        ["Kanazawa", "Japan", "JP-KNZ-03", "2021", "artisanat ; gastronomie", "山田 花子",
         "hanako.yamada@example.org", "0465712012", False, "Contact via le consulat de Marseille."],
        ["GWANGJU  ", "KR", "KR-GWJ-07", 2019, "cinéma", "Park Ji-won", "jiwon.park@example.org",
         "04 65 71 20 11", True, None],
        ["Québec", "CA", "CA-QUE-02", dt.date(2008, 7, 3), "francophonie", "Marc Tremblay",
         "marc.tremblay@example,fr", "+33 (0)4 65 71 20 13", True, "Adresse à corriger (virgule)."],
        ["Kwangju", "Corée du Sud", None, None, "cinéma", None, None, None, False,
         "Ancienne graphie, fiche reprise d'un tableau de 2009 : même ville que Gwangju ?"],
        [None, "Sénégal", "SN-DKR-04", "2022", "résidences d'artistes", "Awa Diop", "awa.diop@example.org",
         "04 65 71 20 14", True, "Nom de la ville oublié à la saisie."],
        ["Chengdu 成都", "Chine", "CN-CTU-05", dt.date(2023, 9, 18), "gastronomie", "Li Wei",
         "wei.li@example.org", "+86 28 8601 2345", True, None],
    ])
    for r in range(12, 31):  # formatted rows nobody filled: borders and a date format, no value
        for c in range(1, 11):
            ws.cell(row=r, column=c).border = BOX
        ws.cell(row=r, column=4).number_format = "DD/MM/YYYY"
    ws.column_dimensions["C"].hidden = True
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["J"].width = 60
    for r in range(4, 12):
        ws.cell(row=r, column=10).alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)


def partners_en(path: Path) -> None:
    """An English export from a partner network: a formula column Excel never computed, an autofilter."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Partners"
    _header(ws, 1, ["Partner", "Country", "Signed on", "Fields", "Contact person", "Email", "Phone", "Active",
                    "Website", "Ref"])
    rows = [
        ["Seoul Institute of the Arts", "South Korea", "2020-11-05", "film; performing arts", "Kim Min-jun",
         "minjun.kim@example.org", "+82 31 412 7100", True, "https://www.example.org/seoul-arts"],
        ["Hanoi Academy of Theatre and Cinema", "Vietnam", "2018-04-12", "film", "Trần Văn Minh",
         "minh.tran@example.org", "+84 24 3834 1234", True, "https://www.example.org/hatc"],
        ["seoul institute of the arts", "KR", "2020-11-05", "film", "Kim Min-jun", "minjun.kim@example.org",
         "+82 31 412 7100", True, None],
        ["Tokyo University of the Arts", "JP", "2017-09-30", "music, visual arts", "Sato Yui", "yui.sato@example.org",
         "+81 50 5525 2013", False, "https://www.example.org/geidai"],
        ["Shanghai International Film Festival", "China", "2022-06-10", "film", "Zhang Wei",
         "wei.zhang@example.org", None, True, None],
        ["   ", "FR", None, None, None, None, None, None, None],
        ["Lyon Film Office", "France", "2021-01-15", "film", "Julie Bernard", "julie.bernard@example.fr",
         "04 65 71 20 15", True, None],
    ]
    _rows(ws, 2, rows)
    for r in range(2, 2 + len(rows)):
        ws.cell(row=r, column=10, value=f'=UPPER(LEFT(A{r},3))&"-"&ROW()')
    ws.auto_filter.ref = f"A1:J{1 + len(rows)}"
    wb.save(path)


def classeur_relations(path: Path) -> None:
    """One workbook, four sheets that refer to each other by names written differently."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Partenaires"
    _header(ws, 1, ["Nom", "Type", "Pays", "Ville", "Site web", "Domaines"])
    _rows(ws, 2, [
        ["Łódź Film School", "école", "Pologne", "Łódź", "https://www.example.org/lodz", "cinéma"],
        ["Busan Film Commission", "institution culturelle", "Corée du Sud", "Busan", None, "cinéma"],
        ["Institut français du Viêt Nam", "institution culturelle", "VN", "Hanoï", None, "francophonie; livre"],
        ["Kyoto Seika University", "université", "Japon", "Kyoto", None, "arts visuels, bande dessinée"],
    ])
    ws["E3"].hyperlink = "https://www.example.org/busan-fc"
    ws["E3"].value = "site officiel"

    ws = wb.create_sheet("Accords")
    _header(ws, 1, ["Partenaire", "Intitulé", "Type d'accord", "Signé le", "Fin", "Budget (€)", "Reconduction"])
    _rows(ws, 2, [
        ["LODZ FILM SCHOOL", "Échange d'étudiants en réalisation", "convention de partenariat", "03/04/2022",
         "=EDATE(D2,36)", 12000, "oui"],
        ["busan film commission", "Protocole d'entente cinéma", "protocole d'entente", "12 janvier 2020", None,
         8500.5, "NON"],
        [None, "Accord sans partenaire (brouillon)", "lettre d'intention", "2024-02-01", None, None, "non"],
        ["TOTAL", None, None, None, None, "=SUM(F2:F4)", None],
    ])

    ws = wb.create_sheet("Contacts")
    _header(ws, 1, ["Prénom", "Nom", "Fonction", "Organisation", "Courriel", "Téléphone", "Langues"])
    _rows(ws, 2, [
        ["Agnieszka", "Nowak", "Directrice des relations internationales", "lodz film school",
         "a.nowak@example.org", "+48 42 634 5800", "polonais, anglais"],
        ["Ji-ho", "Choi", "Chargé de mission", "Busan Film Commission", "jiho.choi@example.org", None,
         "coréen; anglais"],
        ["Thu", "Phạm", "Attachée culturelle", "Institut français du Viêt Nam", "thu.pham@@example.org",
         "+84 24 3936 2164", "vietnamien, français"],
    ])
    ws["E3"].hyperlink = "mailto:jiho.choi@example.org"

    ws = wb.create_sheet("Suivi")
    _header(ws, 1, ["Action", "Responsable", "Échéance", "Statut", "Partenaire"])
    _rows(ws, 2, [
        ["Envoyer le projet de convention à Łódź", "C. Martin", dt.date(2025, 1, 15), "en cours", "Łódź Film School"],
        ["Préparer la venue de la délégation de Busan", "C. Martin", dt.date(2025, 5, 2), "à faire",
         "Busan Film Commission"],
        ["Relancer l'Institut français pour le festival du livre", "A. Roux", "2025-03-10", "fait",
         "Institut français du Viêt Nam"],
    ])
    wb.save(path)


def accords_csv(path: Path) -> None:
    """Saved from French Excel as "CSV (séparateur : point-virgule)": Windows-1252, CRLF, decimal commas."""
    lines = [
        "Partenaire;Intitulé;Type;Date de signature;Date de fin;Montant;Statut",
        "Hội An;Jumelage culturel;jumelage;14/10/2016;;;actif",  # ộ is not in Windows-1252: Excel writes ?
        "Gwangju;Protocole d’entente – arts numériques;protocole d'entente;03/04/2019;02/04/2025;25\u00a0000,00 €;actif",
        'Québec;"Convention ; volet francophonie";convention de partenariat;03/07/2008;;4\u00a0500,50 €;actif',
        'Kanazawa;"Pacte d\'amitié\r\n(œuvres d\'artisanat)";pacte d\'amitié;2021;;;négociation',
        "Gwangju;Protocole d’entente – arts numériques;protocole d'entente;03/04/2019;02/04/2025;25\u00a0000,00 €;actif",
        ";Lettre d'intention sans partenaire;lettre d'intention;01/02/2024;;;brouillon",
        ";;;;;;",
        ";;;;;;",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252", errors="replace"))


# --- files that must fail cleanly -------------------------------------------------------------------


def bad_files(folder: Path, partners_book: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pas_un_classeur.xlsx").write_text(
        "Liste des partenaires (copie du courriel de Mme Roux)\nHội An ; Gwangju ; Kanazawa\n", encoding="utf-8")
    (folder / "fichier_vide.xlsx").write_bytes(b"")
    data = partners_book.read_bytes()
    (folder / "classeur_tronque.xlsx").write_bytes(data[: len(data) // 2])
    wb = openpyxl.Workbook()
    wb.active.title = "Partenaires"
    _header(wb.active, 1, ["Ville partenaire", "Pays", "Date de signature", "Courriel"])
    wb.save(folder / "entetes_seulement.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Partenaires"
    _header(ws, 1, ["Ville partenaire", "Pays", "Date de signature", "Courriel"])
    _rows(ws, 2, [["Hué", "Viêt Nam", dt.date(2010, 5, 1), None], ["Daegu", "Corée du Sud", "2015", None],
                  ["Nara", "Japon", None, "nara@example.org"], ["Suzhou", "Chine", None, None],
                  ["Trois-Rivières", "Canada", dt.date(2012, 6, 21), None]])
    ws["A1048576"].fill = PatternFill("solid", fgColor="FFFF00")  # the used range now claims a million rows
    wb.save(folder / "plage_utilisee_1048576_lignes.xlsx")
    _protected(folder / "protege_mot_de_passe.xlsx")
    _legacy_xls(folder / "ancien_format_excel97.xls")


def _protected(path: Path) -> None:
    try:
        import msoffcrypto
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        print(f"kept {path.name}: msoffcrypto-tool is not installed")
        return
    del msoffcrypto
    wb = openpyxl.Workbook()
    wb.active.append(["Ville partenaire", "Pays"])
    wb.active.append(["Hué", "Viêt Nam"])
    wb.active.append(["Daegu", "Corée du Sud"])
    plain = io.BytesIO()
    wb.save(plain)
    plain.seek(0)
    with path.open("wb") as out:
        OOXMLFile(plain).encrypt(PASSWORD, out)


def _legacy_xls(path: Path) -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        print(f"kept {path.name}: LibreOffice (soffice) is not installed")
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ancien_format_excel97.xlsx"
        wb = openpyxl.Workbook()
        wb.active.title = "Partenaires"
        wb.active.append(["Ville partenaire", "Pays", "Date de signature"])
        for row in (["Huế", "Viêt Nam", "2010"], ["Daegu", "Corée du Sud", "2015"], ["Nara", "Japon", "2001"]):
            wb.active.append(row)
        wb.save(src)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "xls:MS Excel 97", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(tmp) / "ancien_format_excel97.xls", path)


# --- larger files, generated when a test needs them ------------------------------------------------

CITIES = [("Hội An", "Viêt Nam"), ("Gwangju", "Corée du Sud"), ("Kanazawa", "JP"), ("Québec", "Canada"),
          ("Łódź", "Pologne"), ("Dakar", "SN"), ("Chengdu", "Chine"), ("Sevilla", "Espagne"),
          ("Grand-Bassam", "Côte d'Ivoire"), ("São Paulo", "Brazil"), ("Thessalonique", "Grèce")]
DOMAINS = ["cinéma", "patrimoine", "gastronomie", "arts numériques", "livre et lecture", "musique"]


def big_partners(path: Path, size: int = 2500, seed: int = 13) -> None:
    """A long list merged from several colleagues' files: every few rows something is off."""
    rnd = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Partenaires")
    ws.append(["Partenaires (fusion des listes des services)"])
    ws.append([])
    ws.append(["Ville partenaire", "Pays", "Date de signature", "Domaine(s)", "Courriel", "Tél.", "Actif", "Notes"])
    for i in range(size):
        city, country = CITIES[i % len(CITIES)]
        name = f"{city} {i // len(CITIES) + 1}"
        if i % 97 == 5 and i > len(CITIES):  # the row eleven above, typed again in capitals
            name = f"{city} {(i - len(CITIES)) // len(CITIES) + 1}".upper() + "  "
        signed: object = dt.date(1990, 1, 1) + dt.timedelta(days=rnd.randrange(12000))
        if i % 7 == 3:
            signed = str(signed.year)
        elif i % 11 == 4:
            signed = signed.strftime("%d/%m/%Y")
        domains = (", " if i % 2 else " ; ").join(rnd.sample(DOMAINS, 1 + i % 3))
        email = f" contact{i}@example.org " if i % 13 else f"contact{i}@example,org"
        phone = f"04 65 71 {20 + i % 80:02d} {i % 100:02d}" if i % 5 else None
        ws.append([None if i % 211 == 17 else name, country, signed, domains, email, phone,
                   ["oui", "non", True, "OUI", None][i % 5], f"Fiche reprise le {i % 28 + 1}/03/2025.\nÀ vérifier."
                   if i % 9 == 0 else None])
    wb.save(path)


def write_big(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"big_partners": folder / "partenaires_fusionnes.xlsx"}
    big_partners(paths["big_partners"])
    return paths


# --- the manifest ------------------------------------------------------------------------------------


def _bad(name: str, kind: str, outcome: str, imported: int, hint: str) -> dict:
    expected = {"outcome": outcome, "imported": imported, "message_hint": hint}
    if outcome == "import_or_clear_error":
        expected = {"outcome": outcome, "imported_if_supported": imported, "message_hint": hint}
    return {"file": f"bad/{name}", "kind": kind, "expected": expected}


def manifest() -> dict:
    kr = {"iso2": "KR", "name_fr": "Corée du Sud"}
    return {
        "corpus": "tests/files",
        "generator": "tests/make_files.py",
        "conventions": "as in the external corpus (shared/samples/README.md): sheet row numbers, keys folded "
                       "for case, accents and spaces, look-alikes not merged",
        "files": [
            {"file": "villes_partenaires.xlsx", "sheets": [{
                "sheet": "Partenaires", "entity": "partner", "layout": "table", "header_row": 3, "data_rows": 8,
                "rejected_rows": [{"row": 10, "reason": "missing partner name"}], "ignored_rows": [],
                "warnings": [{"row": 8, "column": "Courriel", "reason": "invalid e-mail"}],
                "distinct_entities": 6, "not_merged_lookalikes": [["Gwangju", "Kwangju"]]}],
             "facts": [
                {"entity": "partner", "key": "Hoi An", "field": "country", "value": {"iso2": "VN", "name_fr": "Viêt Nam"}},
                {"entity": "partner", "key": "Hội An", "field": "signed_on", "value": "2016-10-14"},
                {"entity": "partner", "key": "Hội An", "field": "email", "value": "lan.nguyen@example.org"},
                {"entity": "partner", "key": "Hội An", "field": "domains", "value": ["patrimoine", "artisanat"]},
                {"entity": "partner", "key": "Hội An", "field": "notes", "value": HOI_AN_NOTES},
                {"entity": "partner", "key": "Gwangju", "field": "country", "value": kr},
                {"entity": "partner", "key": "Gwangju", "field": "signed_on", "value": "2019"},
                {"entity": "partner", "key": "Gwangju", "field": "phone", "value": "+33465712011"},
                {"entity": "partner", "key": "Kanazawa", "field": "signed_on", "value": "2021"},
                {"entity": "partner", "key": "Kanazawa", "field": "country", "value": {"iso2": "JP", "name_fr": "Japon"}},
                {"entity": "partner", "key": "Kanazawa", "field": "phone", "value": "+33465712012"},
                {"entity": "partner", "key": "Kanazawa", "field": "active", "value": False},
                {"entity": "partner", "key": "Québec", "field": "phone", "value": "+33465712013"},
                {"entity": "partner", "key": "Chengdu 成都", "field": "country", "value": {"iso2": "CN", "name_fr": "Chine"}},
             ]},
            {"file": "partners_EN.xlsx", "sheets": [{
                "sheet": "Partners", "entity": "partner", "layout": "table", "header_row": 1, "data_rows": 7,
                "rejected_rows": [{"row": 7, "reason": "partner name is only spaces"}], "ignored_rows": [],
                "warnings": [], "distinct_entities": 5}],
             "facts": [
                {"entity": "partner", "key": "Seoul Institute of the Arts", "field": "country", "value": kr},
                {"entity": "partner", "key": "Seoul Institute of the Arts", "field": "signed_on", "value": "2020-11-05"},
                {"entity": "partner", "key": "Hanoi Academy of Theatre and Cinema", "field": "country",
                 "value": {"iso2": "VN", "name_fr": "Viêt Nam"}},
                {"entity": "partner", "key": "Tokyo University of the Arts", "field": "domains",
                 "value": ["music", "visual arts"]},
                {"entity": "partner", "key": "Lyon Film Office", "field": "phone", "value": "+33465712015"},
             ]},
            {"file": "classeur_relations.xlsx", "sheets": [
                {"sheet": "Partenaires", "entity": "partner", "layout": "table", "header_row": 1, "data_rows": 4,
                 "rejected_rows": [], "ignored_rows": [], "warnings": [], "distinct_entities": 4},
                {"sheet": "Accords", "entity": "agreement", "layout": "table", "header_row": 1, "data_rows": 3,
                 "rejected_rows": [{"row": 4, "reason": "agreement without partner"}],
                 "ignored_rows": [{"row": 5, "reason": "TOTAL"}], "warnings": [], "distinct_entities": 2},
                {"sheet": "Contacts", "entity": "contact", "layout": "table", "header_row": 1, "data_rows": 3,
                 "rejected_rows": [], "ignored_rows": [],
                 "warnings": [{"row": 4, "column": "Courriel", "reason": "invalid e-mail"}], "distinct_entities": 3},
                {"sheet": "Suivi", "entity": "followup", "layout": "table", "header_row": 1, "data_rows": 3,
                 "rejected_rows": [], "ignored_rows": [], "warnings": [], "distinct_entities": 3}],
             "facts": [
                {"entity": "agreement", "key": "Łódź Film School", "field": "signed_on", "value": "2022-04-03"},
                {"entity": "agreement", "key": "Busan Film Commission", "field": "signed_on", "value": "2020-01-12"},
                {"entity": "contact", "key": "Agnieszka Nowak", "field": "email", "value": "a.nowak@example.org"},
                {"entity": "followup", "key": "Envoyer le projet de convention à Łódź", "field": "due_on",
                 "value": "2025-01-15"},
             ]},
            {"file": "accords_export_excel.csv", "sheets": [{
                "sheet": None, "entity": "agreement", "layout": "table", "header_row": 1, "data_rows": 6,
                "rejected_rows": [{"row": 7, "reason": "agreement without partner"}], "ignored_rows": [],
                "warnings": [], "distinct_entities": 4}],
             "facts": [
                {"entity": "agreement", "key": "Québec", "field": "signed_on", "value": "2008-07-03"},
                {"entity": "agreement", "key": "Gwangju", "field": "ends_on", "value": "2025-04-02"},
             ]},
        ],
        "bad_files": [
            _bad("pas_un_classeur.xlsx", "UTF-8 text renamed .xlsx", "clear_error", 0, "not a workbook"),
            _bad("classeur_tronque.xlsx", "first half of villes_partenaires.xlsx", "clear_error", 0, "damaged"),
            _bad("fichier_vide.xlsx", "0 bytes", "clear_error", 0, "empty file"),
            _bad("entetes_seulement.xlsx", "a header row, no data", "clear_error", 0, "no data rows"),
            _bad("plage_utilisee_1048576_lignes.xlsx", "5 partners, used range claims 1,048,576 rows", "import", 5,
                 "the empty rows are not materialised"),
            _bad("protege_mot_de_passe.xlsx", f"agile encryption (msoffcrypto-tool), password {PASSWORD!r}",
                 "clear_error", 0, "password-protected"),
            _bad("ancien_format_excel97.xls", "BIFF8 written by LibreOffice, 3 partners", "import_or_clear_error", 3,
                 "old .xls format"),
        ],
    }


def write_small(folder: Path = HERE) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    villes_partenaires(folder / "villes_partenaires.xlsx")
    partners_en(folder / "partners_EN.xlsx")
    classeur_relations(folder / "classeur_relations.xlsx")
    accords_csv(folder / "accords_export_excel.csv")
    bad_files(folder / "bad", folder / "villes_partenaires.xlsx")
    text = json.dumps(manifest(), ensure_ascii=False, indent=1) + "\n"
    (folder / "manifest.json").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, help="write the larger generated files into this folder")
    args = parser.parse_args()
    if args.big:
        for path in write_big(args.big).values():
            print(path)
    else:
        write_small()
        print(f"wrote {HERE}")


if __name__ == "__main__":
    main()
