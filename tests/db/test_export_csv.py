"""CSV export of a list: UTF-8 with BOM, ";", French numbers and dates, formula-like text neutralised."""

from __future__ import annotations

import csv

from passerelles_testing import run_cli

from db.interchange import export_csv
from db.schemas import PartnerIn
from db.services import ListQuery


def _read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: French Excel reads the accents right
    assert b"\r\n" in raw
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_agreements_csv(demo_catalog, tmp_path):
    path = tmp_path / "accords.csv"
    assert export_csv.write(demo_catalog, path, kind="agreement") == {"agreements": 7}
    rows = _read(path)
    header = rows[0]
    assert header[0] == "Intitulé" and header[18] == "Identifiant"   # then the computed « Situation », « Fin en vigueur »
    by_title = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    busan = by_title["Protocole d'entente Cannes – Busan dans le domaine du cinéma"]
    assert busan["Budget (€)"] == "25000,00"
    assert busan["Date de signature"] == "22/05/2023"
    assert busan["Taux de cofinancement"] == "50 %"
    assert busan["Financeurs"] == "Ville de Cannes; Ville de Busan"
    shawinigan = by_title["Convention Cannes – Shawinigan : industries créatives"]
    assert shawinigan["Date de signature"] == "juin 2019"
    assert shawinigan["Budget (€)"] == "12500,50"
    assert len({r[18] for r in rows[1:]}) == 7


def test_default_kind_is_partners_with_filters(demo_catalog, tmp_path):
    path = tmp_path / "p.csv"
    counts = export_csv.write(demo_catalog, path, query=ListQuery(filters={"country": "FR"}))
    assert counts == {"partners": 4}  # ERAC, Institut français, UNESCO network, Cités Unies
    rows = _read(path)
    assert {r[2] for r in rows[1:]} == {"France"}


def test_formula_like_text_is_neutralised(services, catalog, tmp_path):
    services.create("partner", PartnerIn(name="=1+1", city="@SUM(A1)", notes="-2"))
    path = tmp_path / "x.csv"
    export_csv.write(catalog, path)
    row = _read(path)[1]
    assert row[0] == "'=1+1" and row[3] == "'@SUM(A1)"
    assert export_csv.neutralise("+33 4 93") == "'+33 4 93" and export_csv.neutralise("Cannes") == "Cannes"


def test_cli_exports_csv_and_xlsx(tmp_path):
    db = tmp_path / "d.sqlite"
    assert run_cli("--db", str(db), "init", "--demo").returncode == 0
    result = run_cli("--db", str(db), "export", str(tmp_path / "c.xlsx"), "--kind", "contact")
    assert result.returncode == 0, result.stderr
    assert "13 contacts" in result.stdout
    result = run_cli("--db", str(db), "export", str(tmp_path / "p.csv"), "--search", "busan")
    assert result.returncode == 0, result.stderr
    assert len(_read(tmp_path / "p.csv")) == 2

def test_phones_show_as_typed_in_excel_and_read_back(demo_catalog, tmp_path, catalog):
    """A phone is written ="+82 51-555-0142": Excel shows the text without an apostrophe; our import reads it back."""
    from db.services import Services

    path = tmp_path / "contacts.csv"
    export_csv.write(demo_catalog, path, kind="contact")
    rows = _read(path)
    column = rows[0].index("Téléphones")
    by_name = {f"{r[1]} {r[2]}": r[column] for r in rows[1:]}
    assert by_name["Ji-woo Park"] == '="+82 51-555-0142"'
    assert by_name["Élodie Martin"] == '="04 65 71 20 15; 06 39 98 12 34"'
    assert "'" not in "".join(by_name.values())
    assert export_csv.phone_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"  # not phone characters: neutralised
    assert run_cli("--db", catalog.url, "import", str(path)).returncode == 0
    park = Services(catalog).get("contact", "Ji-woo Park")
    assert [p.number for p in park.phones] == ["+82515550142"]
