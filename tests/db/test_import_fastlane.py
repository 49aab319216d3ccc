"""The fast lane of big sheets gives, row for row, what the general converter gives (or steps aside)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from passerelles_testing import FOREIGN, corpus_files, file_id

from db.interchange.imports import ImportFileError
from db.interchange.imports.fastlane import FastLane
from db.interchange.imports.fastvalidate import FastValidator
from db.interchange.imports.layout import detect
from db.interchange.imports.readers import read
from db.interchange.imports.row_plan import Packed
from db.interchange.imports.rows import Converter

HEADERS = ["Ville partenaire", "Pays", "Ville", "Date de signature", "Domaine(s)", "Statut", "Référent",
           "Courriel", "Tél.", "Actif", "Notes", "Budget local"]
MESSY = [
    ["Łódź", "Pologne", "Łódź", dt.datetime(2019, 5, 22), "cinéma; éducation", "actif", "Mme Dupont",
     "Contact@Lodz.PL", "+48 42 638 40 00", True, "Première note\nsur deux lignes", 1200.5],
    ["Busan", "Corée du Sud", "Busan", "2023/05/22", "cinéma", "En sommeil", "M. Kim",
     "Claire Vasseur <claire.vasseur@example.fr>", "04 65 12 34 56", "oui", None, None],
    ["Shizuoka", "JP", None, "mai 2019", "gastronomie, patrimoine", "statut inconnu", None,
     "a@b.fr; c@d.fr", "03-1234-5678", "x", "  ", "n/a"],
    ["   ", "Japon", "Tokyo", "2018", "musique", None, None, "pas-une-adresse", "465000001", "✓", "vide", None],
    ["Sanya", "Chine", "Sanya", "31/02/2019", "sport", "actif", None, "ok@example.org", 465000001.0, "non",
     "#N/A", None],
    ["Hội An", "VN", "Hội An", "2019", "patrimoine / tourisme", "prospect", "Référent 1", "MAJ@EXEMPLE.FR",
     "0465000001, 0465000002", False, "=SUM(1)", "#REF!"],
    ["Tromsø", "Norvège", "Tromsø", dt.datetime(2001, 1, 1), None, None, None, None, "+47 77 62 30 00", "vrai",
     "Note", None],
    ["Shawinigan", "Canada", "Shawinigan", "2019-06", "numérique", "active", "Référent 2", "x@test",
     "819 536 0000", "faux", None, None],
]


def _messy_book(path, copies: int = 20):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Partenaires"
    ws.append(HEADERS)
    for i in range(copies):
        for row in MESSY:
            ws.append([f"{v} {i}" if j == 0 and isinstance(v, str) and v.strip() else v for j, v in enumerate(row)])
    wb.save(path)
    return path


def _compare(path) -> tuple[int, int]:
    """(rows taken by the lane, rows seen) over the partner tables of a file; asserts both paths agree."""
    try:
        book = read(path)
    except ImportFileError:
        return 0, 0
    fast = seen = 0
    for sheet in book.sheets:
        table = detect(sheet, None)
        if table is None or (table.kind != "partner" and table.layout != "relation"):
            continue
        converter = Converter(table, sheet.meta.hyperlinks)
        converter.fast = FastValidator(converter.schema)
        lane = FastLane.for_converter(converter)
        if lane is None:
            continue
        width = max(c.index for c in table.columns)
        for number, values in sheet.rows():
            if number <= table.header_row:
                continue
            seen += 1
            quick = lane.convert(number, values)
            if quick is None:
                continue
            fast += 1
            slow = converter.convert(number, values[: width + 1])
            assert slow.status == "ok" and not slow.problems, (path.name, number, slow.problems)
            assert Packed(slow.model) == quick.model, (path.name, number)
            assert quick.model.fields_set == Packed(slow.model).fields_set
            assert (quick.partner_countries, quick.partner_country) == (slow.partner_countries, slow.partner_country)
    return fast, seen


def test_lane_agrees_with_the_converter_on_messy_values(tmp_path):
    fast, seen = _compare(_messy_book(tmp_path / "messy.xlsx"))
    assert seen == len(MESSY) * 20
    # the clean rows go through the lane, the others step aside
    assert 0 < fast < seen


RELATIONS = [
    ["Valence", "France", "Valencia", "Espagne", "1992", "Note"],
    ["Valence", "France", "Valencia", "Venezuela", dt.datetime(1995, 3, 4), None],
    ["Cannes", "FR", "Busan", "Corée du Sud", "vers 2006", None],
    ["Lyon", "France", "Birmingham", "Angleterre", "depuis 1951", "ancien"],
    ["Lyon", "France", "Glasgow", "Écosse", "2001-06", None],
    ["Nantes", "France", "Atlantis", "Pays imaginaire", "2001", None],
    ["Nantes", "France", None, "Allemagne", "2002", None],
    ["  ", "France", "Saarbrücken", "Allemagne", "1959", None],
    ["Springfield", "États-Unis", "Springfield", "États-Unis", "1990", None],
    ["Grand-Bassam", "Côte d'Ivoire", "Hội An", "Viêt Nam", "31/02/2019", "#N/A"],
    ["Dijon", "France", "Mayence", "Allemagne", None, "x" * 40_000],
    ["Lyon", "France", "Essen (Allemagne)", None, "1975", None],
    ["Francfort-sur-l'Oder", "Allemagne", "Frankfurt (Oder)", "Allemagne", "1990", None],
]


def test_relation_lane_agrees_with_the_converter(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Ville", "Pays", "Ville jumelée", "Pays de la ville jumelée", "Date du jumelage", "Remarque",
               "Type", "Thématiques", "Statut"])
    agreement = [("Jumelage", "culture; sport", "En cours"), ("Coopération décentralisée", "eau", "Terminé"),
                 (None, None, None), ("type inconnu", "cinéma / jeunesse", "statut inconnu")]
    for i in range(10):
        for k, row in enumerate(RELATIONS):
            ws.append([f"{v} {i}" if j == 2 and isinstance(v, str) and v.strip() else v for j, v in enumerate(row)]
                      + list(agreement[(i + k) % len(agreement)]))
    wb.save(tmp_path / "relations.xlsx")
    fast, seen = _compare(tmp_path / "relations.xlsx")
    assert seen == len(RELATIONS) * 10
    assert 0 < fast < seen


def test_lane_takes_clean_rows(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for i in range(300):
        ws.append([f"Partenaire {i}", ["Japon", "Italie", "DE"][i % 3], f"Ville {i % 7}", dt.datetime(2000, 1, 1 + i % 28),
                   "cinéma; éducation", "actif", f"Référent {i % 4}", f"contact{i}@example.org",
                   f"04 65 00 {i // 100:02d} {i % 100:02d}", i % 2 == 0, f"Note {i}", i])
    wb.save(tmp_path / "clean.xlsx")
    fast, seen = _compare(tmp_path / "clean.xlsx")
    assert seen == 300 and fast == 300


@pytest.mark.parametrize("path", corpus_files("*.xlsx", "*.csv") + sorted(FOREIGN.glob("*.xls*")),
                         ids=file_id)
def test_lane_agrees_with_the_converter_on_corpus_files(path):
    fast, seen = _compare(path)
    assert fast <= seen


def test_a_big_messy_sheet_plans_as_the_general_path_does(tmp_path, monkeypatch):
    """Above the compact threshold (fast lane + packed models) every row ends as it would row by row."""
    from db.interchange.imports import convert
    from db.interchange.imports import plan as P

    path = _messy_book(tmp_path / "big.xlsx", copies=700)  # 5,600 rows
    fast = P.build_plan(path)
    monkeypatch.setattr(convert, "COMPACT_ROWS", 10**9)
    general = P.build_plan(path)

    def outcome(row):
        model = row.model.unpack() if hasattr(row.model, "unpack") else row.model
        return (row.row, row.status, [(p.column, str(p.reason)) for p in row.problems],
                model.model_dump() if model is not None else None)

    assert [outcome(r) for r in fast.all_rows()] == [outcome(r) for r in general.all_rows()]
    assert sum(1 for r in fast.all_rows() if r.cells is P.COMPACT) > 2000  # clean rows kept compact


def test_a_big_relation_list_grouped_by_city_plans_as_the_general_path_does(tmp_path, monkeypatch):
    """Above the compact threshold, a city written once above its twins and several twins in a
    cell give, relation for relation, what the general path gives."""
    from db.interchange.imports import convert
    from db.interchange.imports import plan as P

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Ville", "Pays", "Ville jumelée", "Pays de la ville jumelée", "Date du jumelage"])
    for i in range(5400):
        city = f"Commune {i // 3}" if i % 3 == 0 else None           # written once above its twins
        twin = f"Ville {i} (Japon); Ville {i}b (Chine)" if i % 50 == 0 else f"Ville {i}"
        ws.append([city, "France" if city else None, twin, None if i % 50 == 0 else "Italie", 1960 + i % 50])
    wb.save(tmp_path / "grouped.xlsx")
    fast = P.build_plan(tmp_path / "grouped.xlsx")
    monkeypatch.setattr(convert, "COMPACT_ROWS", 10**9)
    general = P.build_plan(tmp_path / "grouped.xlsx")

    def outcome(row):
        model = row.model.unpack() if hasattr(row.model, "unpack") else row.model
        return (row.row, row.status, model.model_dump() if model is not None else None, row.partner_countries)

    assert [outcome(r) for r in fast.all_rows()] == [outcome(r) for r in general.all_rows()]
    rows = list(fast.all_rows())
    assert len(rows) == 5400 + 5400 // 50 and all(r.status == "ok" for r in rows)
    assert sum(1 for r in rows if r.cells is P.COMPACT) > 1500   # the rows written whole take the lane
    split = [r for r in rows if r.row == 2]
    assert [r.model.partners for r in split] == [["Commune 0", "Ville 0"], ["Commune 0", "Ville 0b"]]
    assert [r.partner_countries for r in split] == [["FR", "JP"], ["FR", "CN"]]


@pytest.mark.slow
def test_lane_agrees_with_the_converter_on_the_generated_long_list(big_files):
    fast, seen = _compare(big_files["big_partners"])
    assert seen == 2500 and 0 < fast < seen  # messy rows step aside, the others take the lane
