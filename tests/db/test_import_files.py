"""Bad and foreign files fail cleanly (French message, nothing imported) or import what they recognise."""

from __future__ import annotations

import zipfile

import pytest
from passerelles_testing import FILES, FOREIGN, file_id, manifest_entries, run_cli

from db.interchange.imports import ImportFileError
from db.services import ListQuery, Services
from db.services.imports import ImportService

BAD = manifest_entries("bad_files")
HINTS = {"pas_un_classeur": "pas un classeur", "classeur_tronque": "endommagé", "fichier_vide": "vide",
         "entetes_seulement": "aucune ligne de données", "protege_mot_de_passe": "mot de passe"}


def _count(catalog) -> int:
    services = Services(catalog)
    return sum(services.count(k, ListQuery()) for k in ("partner", "agreement", "contact", "event", "followup"))


@pytest.mark.parametrize(("base", "entry"), BAD, ids=[file_id(base / b["file"]) for base, b in BAD])
def test_bad_files(base, entry, catalog):
    path = base / entry["file"]
    expected = entry["expected"]
    service = ImportService(catalog, actor="t")
    if expected["outcome"] == "clear_error":
        with pytest.raises(ImportFileError) as info:
            service.import_file(path)
        hint = next(v for k, v in HINTS.items() if k in entry["file"])
        assert hint in str(info.value)
        assert _count(catalog) == 0
    else:
        _plan, result = service.import_file(path)
        wanted = expected.get("imported", expected.get("imported_if_supported"))
        assert result.counts["partner"]["created"] == wanted
        assert _count(catalog) == wanted


FOREIGN_FILES = sorted(p.name for p in FOREIGN.glob("*.xls*")) if FOREIGN.exists() else [
    pytest.param("-", marks=pytest.mark.skip(reason="no external corpus of foreign files (../shared/foreign)"))]


@pytest.mark.parametrize("name", FOREIGN_FILES)
def test_foreign_files_never_crash_nor_succeed_empty(name, catalog):
    service = ImportService(catalog, actor="t")
    try:
        plan, result = service.import_file(FOREIGN / name)
    except ImportFileError as exc:
        assert str(exc)  # a clear message
        if name.startswith("pass_"):
            assert "mot de passe" in str(exc)
        assert _count(catalog) == 0
        return
    assert plan.sheets, "an import that succeeds recognised at least one sheet"
    assert sum(c.get("created", 0) + c.get("updated", 0) for c in result.counts.values()) > 0


def test_zip_bomb_is_refused_before_parsing(tmp_path, catalog):
    bomb = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            block = b"\0" * (1 << 20)
            for _ in range(100):
                fh.write(block)
    with pytest.raises(ImportFileError, match=r"bombe zip|sécurité"):
        ImportService(catalog).import_file(bomb)


def test_text_renamed_and_html_xls(tmp_path, catalog):
    fake = tmp_path / "faux.xls"
    fake.write_text("<html><table><tr><td>x</td></tr></table></html>")
    with pytest.raises(ImportFileError, match="HTML"):
        ImportService(catalog).import_file(fake)


def test_csv_utf8_bom_comma_and_tab(tmp_path, catalog):
    (tmp_path / "a.csv").write_bytes("\ufeffName,Country,Since\nBerlin,Germany,1999\n\"Rome, Italy\",IT,2001\n".encode())
    (tmp_path / "b.tsv").write_text("Partenaire\tPays\nŁódź\tPologne\n", encoding="utf-8")
    service = ImportService(catalog, actor="t")
    _plan, result = service.import_file(tmp_path / "a.csv")
    assert result.counts["partner"]["created"] == 2
    _plan, result = service.import_file(tmp_path / "b.tsv")
    assert result.counts["partner"]["created"] == 1
    names = {p.name: p for p in Services(catalog).list("partner")}
    assert names["Rome, Italy"].country == "IT" and names["Berlin"].partner_since.iso() == "1999"


def test_json_export_reimport_creates_no_duplicates(tmp_path, demo_catalog):
    from db.interchange.export_json import write

    services = Services(demo_catalog)
    before = {k: services.count(k, ListQuery()) for k in ("partner", "agreement", "contact", "event", "followup")}
    write(demo_catalog, tmp_path / "export.json")
    _plan, result = ImportService(demo_catalog, actor="t").import_file(tmp_path / "export.json")
    after = {k: services.count(k, ListQuery()) for k in before}
    assert after == before
    assert all(c.get("created", 0) == 0 for c in result.counts.values())
    # and into an empty catalogue it recreates everything
    from db.catalog import open_catalog

    empty = open_catalog(tmp_path / "vide.sqlite")
    try:
        ImportService(empty, actor="t").import_file(tmp_path / "export.json")
        again = Services(empty)
        assert {k: again.count(k, ListQuery()) for k in ("partner", "agreement", "event", "followup")} == \
            {k: before[k] for k in ("partner", "agreement", "event", "followup")}
        event = again.list("event")[0]
        assert len(event.sessions) == len(services.list("event")[0].sessions)
    finally:
        empty.close()


def test_cli_import_dry_run_and_bad_file(tmp_path):
    db = tmp_path / "c.sqlite"
    run_cli("--db", str(db), "init")
    bad = run_cli("--db", str(db), "import", str(FILES / "bad" / "classeur_tronque.xlsx"))
    assert bad.returncode != 0 and "endommagé" in bad.stderr and "Traceback" not in bad.stderr
    dry = run_cli("--db", str(db), "import", "--dry-run", str(FILES / "villes_partenaires.xlsx"))
    assert dry.returncode == 0, dry.stderr
    assert "Simulation" in dry.stdout and "ligne 10" in dry.stdout and "6 créés" in dry.stdout
    listed = run_cli("--db", str(db), "list", "partner")
    assert "Gwangju" not in listed.stdout
    done = run_cli("--db", str(db), "import", "--on-duplicate", "skip", str(FILES / "villes_partenaires.xlsx"),
                   "--problems", str(tmp_path / "p.xlsx"))
    assert done.returncode == 0 and (tmp_path / "p.xlsx").exists()
    history = run_cli("--db", str(db), "imports")
    assert "villes_partenaires.xlsx" in history.stdout
    undone = run_cli("--db", str(db), "undo-import", "1")
    assert undone.returncode == 0 and "6 fiches retirées" in undone.stdout


def test_csv_title_lines_year_first_dates_ticks_and_named_addresses(tmp_path, catalog):
    text = ("Export du 01/02/2025;;;\n;;;\nCollectivité;Signé le;Active;E-mail\n"
            "Hoi An;2023/05/22;✓;Mme Lan <lan@example.org>\nSanya;2019.04.03;✗;a@example.org, b@example.org\n")
    (tmp_path / "villes.csv").write_bytes(text.encode("cp1252", "replace").replace(b"?", b"x"))
    (tmp_path / "villes_utf8.csv").write_text(text, encoding="utf-8")
    _plan, result = ImportService(catalog, actor="t").import_file(tmp_path / "villes_utf8.csv")
    assert result.counts["partner"]["created"] == 2
    by_name = {p.name: p for p in Services(catalog).list("partner")}
    assert by_name["Hoi An"].partner_since.iso() == "2023-05-22" and by_name["Hoi An"].active is True
    assert by_name["Hoi An"].email == "lan@example.org"
    assert by_name["Sanya"].active is False and by_name["Sanya"].email == "a@example.org"
    assert by_name["Sanya"].extra["Autres courriels"] == "b@example.org"


def test_cli_profile_option(tmp_path):
    import openpyxl

    db = tmp_path / "c.sqlite"
    run_cli("--db", str(db), "init")
    wb = openpyxl.Workbook()
    wb.active.append(["Nom", "Zone"])
    wb.active.append(["Berlin", "Europe"])
    wb.save(tmp_path / "z.xlsx")
    unknown = run_cli("--db", str(db), "import", "--profile", "Zones", str(tmp_path / "z.xlsx"))
    assert unknown.returncode != 0 and "Profil d'import inconnu" in unknown.stderr
    from db.catalog import open_catalog
    from db.services.imports import ImportService

    catalog = open_catalog(db)
    try:
        service = ImportService(catalog)
        table = service.preview(tmp_path / "z.xlsx").sheets[0].table
        table.columns[1].target = "notes"
        service.save_profile("Zones", table)
    finally:
        catalog.close()
    used = run_cli("--db", str(db), "import", "--profile", "Zones", str(tmp_path / "z.xlsx"))
    assert used.returncode == 0 and "profil « Zones »" in used.stdout


def test_formulas_without_a_value_are_found_among_many_with_one():
    from db.interchange.imports.xlsx_meta import _UNCACHED, _uncached_cells

    cells = [b'<c r="A1" t="b"><f aca="false">TRUE()</f><v>1</v></c>',   # LibreOffice boolean: a value
             b'<c r="B1"><f>SUM(C1:C9)</f></c>',                          # never computed
             b'<c r="C1" s="2"><f>A1&amp;"x"</f><v></v></c>',               # empty value
             b'<c r="D1"><f t="shared" si="0"/><v/></c>',                    # shared, no value
             b'<c r="E1"><f t="shared" si="0"/><v>4</v></c>',
             b'<c r="F1" t="s"><v>3</v></c>']
    data = b'<row r="1">' + b"".join(cells) + b"</row>"
    found = [(m[1], m[2], m[3]) for m in _uncached_cells(data)]
    assert found == [(m[1], m[2], m[3]) for m in _UNCACHED.finditer(data)]
    assert [f[0] for f in found] == [b"B", b"C", b"D"]
    prefixed = data.replace(b"<c ", b"<x:c ").replace(b"</c>", b"</x:c>").replace(b"<f", b"<x:f").replace(b"</f>", b"</x:f>")
    assert [m[1] for m in _uncached_cells(prefixed)] == [b"B", b"C", b"D"]


@pytest.mark.slow
def test_generated_long_list_imports_with_its_problems(big_files, catalog):
    """2,500 rows merged from several lists: 12 without a name, 25 typed again (one of them nameless)."""
    plan, result = ImportService(catalog, actor="t").import_file(big_files["big_partners"])
    sheet = plan.sheets[0]
    assert sheet.table.header_row == 3 and len(sheet.rows) == 2500
    assert len([r for r in sheet.rows if r.status == "rejected"]) == 12
    assert result.counts["partner"]["created"] == 2500 - 12 - 24
    assert _count(catalog) == 2464
    bad_mail = [p for p in plan.problems() if p.column == "Courriel" and p.reason.key == "invalid_email"]
    assert len(bad_mail) == 193  # every 13th address has a comma for a dot
