"""Excel export: cell by cell (types, dates, formats, formula neutralisation, ids), atomic writes, real clients."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess

import openpyxl
import pytest

from db.interchange import export_xlsx, sheets
from db.schemas import AgreementIn, PartnerIn
from db.services import ListQuery, Services


def _sheet(path, title):
    book = openpyxl.load_workbook(path)
    ws = book[title]
    header = [c.value for c in ws[1]]
    return ws, header


def _row_of(ws, header, column, value):
    col = header.index(column)
    for row in ws.iter_rows(min_row=2):
        if row[col].value == value:
            return {h: c for h, c in zip(header, row, strict=True)}
    raise AssertionError(f"{value!r} not in column {column!r}")


def test_whole_catalogue_one_sheet_per_kind(demo_catalog, tmp_path):
    path = tmp_path / "catalogue.xlsx"
    counts = export_xlsx.write(demo_catalog, path)
    assert counts == {"partners": 14, "agreements": 7, "contacts": 13, "events": 1, "sessions": 5,
                      "followups": 9, "interactions": 4}
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Partenaires", "Accords", "Contacts", "Événements", "Séances", "Suivis", "Interactions",
                               "Budget par année"]
    budget = [row for row in book["Budget par année"].iter_rows(values_only=True)]
    assert budget[0][:4] == ("Fiche", "Intitulé", "Ligne", "Année") and len(budget) == 1 + 8   # the demo's lines
    assert ("Accord", "Partenariat patrimoine et numérique Cannes – Grand-Bassam", 1, 2025, "Numérisation des archives",
            "Coopération décentralisée et autres actions extérieures", "Côte d’Ivoire", 15000, 14000, 12000.5) in [
        row[:10] for row in budget]
    for ws in book:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(ws.max_column)}{ws.max_row}"
        assert all(c.font.b for c in ws[1])
        # the identifier ends every sheet, but Contacts (the address and the flag of 0008 came after
        # it) and Accords (the standing and current end computed on the day of the export)
        ids = [c.value for c in ws[1]].index("Identifiant")
        assert ids == ws.max_column - (3 if ws.title in ("Contacts", "Accords") else 1)
    ws = book["Partenaires"]
    assert [c.value for c in ws[1]][:7] == ["Nom", "Type", "Pays", "Ville", "Domaines", "Statut", "Partenaire depuis"]
    assert ws.column_dimensions["A"].width >= 25  # a name column wider than the default


def test_partner_cells_types_dates_and_ids(demo_catalog, tmp_path):
    path = tmp_path / "p.xlsx"
    export_xlsx.write(demo_catalog, path, kind="partner")
    ws, header = _sheet(path, "Partenaires")
    busan = _row_of(ws, header, "Nom", "Busan")
    assert busan["Pays"].value == "Corée du Sud"
    assert busan["Type"].value == "Ville / collectivité"
    assert busan["Domaines"].value == "Cinéma et audiovisuel; Éducation et jeunesse"
    since = busan["Partenaire depuis"]
    assert since.is_date and since.value == dt.datetime(2023, 5, 22)
    assert since.number_format == "dd/mm/yyyy"
    services = Services(demo_catalog)
    assert busan["Identifiant"].value == services.get("partner", "Busan").id
    # partial dates keep their precision: text as written, never 1 January
    lodz = _row_of(ws, header, "Nom", "Łódź Film School")
    assert lodz["Partenaire depuis"].value == "mai 2019" and lodz["Partenaire depuis"].data_type == "s"
    shizuoka = _row_of(ws, header, "Nom", "Shizuoka")
    assert shizuoka["Partenaire depuis"].value == "2019" or shizuoka["Partenaire depuis"].value == "2018"
    assert shizuoka["Partenaire depuis"].data_type == "s"
    ids = [row[-1].value for row in ws.iter_rows(min_row=2)]
    assert len(ids) == len(set(ids)) == 14


def test_agreement_amounts_rates_links_and_dates(demo_catalog, tmp_path):
    path = tmp_path / "a.xlsx"
    export_xlsx.write(demo_catalog, path, kind="agreement")
    ws, header = _sheet(path, "Accords")
    busan = _row_of(ws, header, "Partenaires", "Busan")
    budget = busan["Budget (€)"]
    assert budget.data_type == "n" and budget.value == 25000
    assert "€" in budget.number_format and "0.00" in budget.number_format
    assert busan["Taux de cofinancement"].value == 0.5 and busan["Taux de cofinancement"].number_format == "0%"
    assert busan["Date de signature"].value == dt.datetime(2023, 5, 22)
    assert busan["Type"].value == "Protocole d'entente"
    assert busan["Reconduction"].value == "Tacite"
    assert busan["Financeurs"].value == "Ville de Cannes; Ville de Busan"
    schools = _row_of(ws, header, "Intitulé", "Convention d'échanges pédagogiques – écoles de cinéma")
    assert schools["Partenaires"].value == "London Film School; Łódź Film School; Scuola Holden"  # link order kept
    shawinigan = _row_of(ws, header, "Partenaires", "Shawinigan")
    assert shawinigan["Date de signature"].value == "juin 2019"
    assert shawinigan["Budget (€)"].value == 12500.5


def test_sessions_followups_and_notes(demo_catalog, tmp_path):
    path = tmp_path / "e.xlsx"
    export_xlsx.write(demo_catalog, path)
    ws, header = _sheet(path, "Séances")
    assert ws.max_row == 6
    plenary = _row_of(ws, header, "Salle", "Grand auditorium")
    assert plenary["Animateur"].value == "Léa Fontaine"
    assert plenary["Intervenants"].value == "Élodie Martin; Ji-woo Park; Koffi Yao"
    assert plenary["Participants"].value == 140 and plenary["Participants"].data_type == "n"
    assert plenary["Compte rendu"].alignment.wrap_text
    assert "\n" in plenary["Compte rendu"].value
    ws, header = _sheet(path, "Suivis")
    done = _row_of(ws, header, "Intitulé", "Accueillir la délégation de Busan pendant le Festival")
    assert done["Partenaire"].value == "Busan" and done["Statut"].value == "Fait"
    assert done["Réalisé le"].value == dt.datetime(2024, 5, 22)
    year_only = _row_of(ws, header, "Intitulé", "Numérisation des archives patrimoniales")
    assert year_only["Échéance"].value == "2027"  # TODAY.year + 1, a year only
    ws, header = _sheet(path, "Contacts")
    martin = _row_of(ws, header, "Nom", "Martin")
    assert martin["Téléphones"].value.count(";") == 1


@pytest.mark.parametrize("dangerous", ["=1+1", "+33 4 93 06 40 00", "-2+3", "@SUM(A1:A2)", "\tcmd", "\r=2",
                                       '=HYPERLINK("http://evil.example","x")'])
def test_formula_like_text_stays_text(services, catalog, tmp_path, dangerous):
    stored = services.create("partner", PartnerIn(name=f"X{dangerous}", notes=f"{dangerous}", city=dangerous)).notes
    assert stored.startswith(("=", "+", "-", "@", "\t", "\r", "cmd"))  # the schema may trim surrounding spaces
    path = tmp_path / "f.xlsx"
    export_xlsx.write(catalog, path, kind="partner")
    ws, header = _sheet(path, "Partenaires")
    row = next(ws.iter_rows(min_row=2))
    cells = dict(zip(header, row, strict=True))
    assert cells["Notes"].data_type == "s" and cells["Notes"].value == stored
    raw = openpyxl.load_workbook(path, data_only=False)["Partenaires"]
    assert all(c.data_type != "f" for r in raw.iter_rows() for c in r)


def test_filtered_list_and_english_headers(demo_catalog, tmp_path):
    path = tmp_path / "f.xlsx"
    query = ListQuery(filters={"status": "prospect"})
    counts = export_xlsx.write(demo_catalog, path, kind="partner", query=query, language="en")
    assert counts == {"partners": 1}
    ws, header = _sheet(path, "Partners")
    assert header[:3] == ["Name", "Kind", "Country"] and header[-1] == "Identifier"
    assert ws["A2"].value == "Hội An" and ws["C2"].value == "Vietnam"
    counts = export_xlsx.write(demo_catalog, tmp_path / "s.xlsx", kind="agreement", search="busan")
    assert counts == {"agreements": 1}


def test_a_crash_leaves_no_half_file(demo_catalog, tmp_path, monkeypatch):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"previous export")

    def broken(*args, **kwargs):
        yield ["x"] * 14
        raise RuntimeError("disk gone")

    monkeypatch.setattr(sheets, "rows", broken)
    with pytest.raises(RuntimeError):
        export_xlsx.write(demo_catalog, path)
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["out.xlsx"]


def test_long_and_foreign_text(services, catalog, tmp_path):
    services.create("partner", PartnerIn(name="부산 <b>Busan</b>", notes="Łódź, Hội An\n" * 200))
    services.create("agreement", AgreementIn(title="Accord", partners=["부산 <b>Busan</b>"], budget="1 234,56 €"))
    path = tmp_path / "l.xlsx"
    export_xlsx.write(catalog, path)
    ws, header = _sheet(path, "Partenaires")
    assert ws["A2"].value == "부산 <b>Busan</b>"
    assert ws.cell(2, header.index("Notes") + 1).value == ("Łódź, Hội An\n" * 200).strip()
    ws, header = _sheet(path, "Accords")
    assert ws.cell(2, header.index("Budget (€)") + 1).value == 1234.56


@pytest.mark.soffice
def test_libreoffice_reads_the_same_values(demo_catalog, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) absent : paquet Debian « libreoffice-calc-nogui »")
    path = tmp_path / "cat.xlsx"
    export_xlsx.write(demo_catalog, path)
    out = tmp_path / "csv"
    # 44=",", 34='"', 76=UTF-8, true = cells as shown, -1 = every sheet to its own file (LibreOffice ≥ 7.2)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    book = openpyxl.load_workbook(path)
    for ws in book:
        produced = out / f"cat-{ws.title}.csv"
        assert produced.exists(), sorted(p.name for p in out.iterdir())
        with open(produced, encoding="utf-8", newline="") as fh:
            lo_rows = list(csv.reader(fh))
        assert len(lo_rows) == ws.max_row
        for lo_row, row in zip(lo_rows, ws.iter_rows(), strict=True):
            for lo_value, cell in zip(lo_row, row, strict=False):
                value = cell.value
                if value is None:
                    assert lo_value == ""
                elif isinstance(value, dt.datetime):
                    assert lo_value == value.strftime("%d/%m/%Y")
                elif isinstance(value, int | float) and cell.number_format not in ("General", "0"):
                    number = lo_value.replace("€", "").replace("%", "").replace(",", "").strip()
                    scale = 100 if "%" in cell.number_format else 1
                    assert float(number) == pytest.approx(value * scale), (ws.title, cell.coordinate, lo_value)
                else:
                    assert lo_value == str(value), (ws.title, cell.coordinate)
