"""Preview, corrections, duplicate decisions, undo, profiles and layouts of the import."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from passerelles_testing import FILES

from db.interchange.imports import plan as P
from db.interchange.imports.vocabulary import KINDS, assign, kind_score
from db.services import ListQuery, Services
from db.services.imports import ImportService


def _book(path, rows, title="Feuille", start_col=1, start_row=1, hidden=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            ws.cell(start_row + r, start_col + c, value)
    for letter in hidden:
        ws.column_dimensions[letter].hidden = True
    wb.save(path)
    return path


@pytest.mark.parametrize(("headers", "kind", "expected"), [
    (["Collectivité partenaire", "État", "Depuis", "Thématiques", "Chargée de mission", "Adresse électronique",
      "Mobile", "Active"], "partner",
     ["name", "country", "partner_since", "domains", "referent", "email", "phone", "active"]),
    (["NOM Prénom", "Organisme", "E-mail", "Téléphone"], "contact", ["full_name", "organisation", "emails", "phone"]),
    (["Ville", "Country", "Signed on"], "partner", ["name", "country", "partner_since"]),
    (["Tâche", "Porteur", "Deadline", "Statut"], "followup", ["title", "owner", "due_on", "status"]),
])
def test_vocabulary_maps_wordings_not_sample_headers(headers, kind, expected):
    best = max(KINDS, key=lambda k: kind_score(headers, k))
    assert best == kind
    mapping = assign(headers, kind)
    assert [mapping.get(i) for i in range(len(headers))] == expected


def test_table_anywhere_under_titles_with_hidden_column(tmp_path, catalog):
    path = _book(tmp_path / "t.xlsx", [["Liste des jumelages"], [], ["Nota : à jour"], [],
                                       ["Nom", "Interne", "Pays", "Depuis"], ["Tromsø", "X1", "Norvège", 1999],
                                       ["TROMSO", "X2", "NO", None], ["Sous-total", None, None, None]],
                 start_col=4, start_row=3, hidden=("E",))
    plan = ImportService(catalog).preview(path)
    sheet = plan.sheets[0]
    assert sheet.table.header_row == 7 and sheet.kind == "partner"
    assert [c.target for c in sheet.table.columns] == ["name", "ignore", "country", "partner_since"]
    assert [r.status for r in sheet.rows] == ["ok", "merged"]
    assert sheet.notes and sheet.notes[0].row == 10


def test_correction_and_exclusion_in_preview(catalog):
    service = ImportService(catalog, actor="t")
    plan = service.preview(FILES / "villes_partenaires.xlsx")
    sheet = plan.sheets[0]
    rejected = next(r for r in sheet.rows if r.status == "rejected")
    name_col = next(c.index for c in sheet.table.columns if c.target == "name")
    P.correct(plan, rejected, name_col, "Bari")
    assert rejected.status == "ok" and rejected.model.name == "Bari"
    kwangju = next(r for r in sheet.rows if r.data.get("name") == "Kwangju")
    P.exclude(plan, kwangju)
    result = service.run(plan)
    names = {p.name for p in Services(catalog).list("partner")}
    assert "Bari" in names and "Kwangju" not in names
    assert result.counts["partner"]["excluded"] == 1


@pytest.mark.parametrize(("mode", "expected_phone", "created"), [
    ("skip", "+33465712011", 0), ("fill", "+33465712011", 0), ("overwrite", "+33499999999", 0), ("create", None, 1)])
def test_duplicate_decisions_against_catalogue(tmp_path, catalog, mode, expected_phone, created):
    service = ImportService(catalog, actor="t")
    service.import_file(FILES / "villes_partenaires.xlsx")
    path = _book(tmp_path / "again.xlsx", [["Partenaire", "Téléphone", "Ville"], ["gwangju", "04 99 99 99 99", "Gwangju"]])
    plan = service.preview(path, on_duplicate=mode)
    assert plan.duplicates() and plan.duplicates()[0].match["name"] == "Gwangju"
    result = service.run(plan)
    assert result.counts["partner"]["created"] == created
    gwangjus = [p for p in Services(catalog).list("partner") if p.name.lower() == "gwangju"]
    assert len(gwangjus) == 1 + created
    original = next(p for p in gwangjus if p.name == "Gwangju")
    if expected_phone:
        assert original.phone == expected_phone
        assert original.city == (None if mode == "skip" else "Gwangju")


def test_per_row_decision_overrides_default(tmp_path, catalog):
    service = ImportService(catalog, actor="t")
    service.import_file(FILES / "partners_EN.xlsx")
    path = _book(tmp_path / "d.xlsx", [["Partner", "City"], ["Tokyo University of the Arts", "Tokyo"], ["Lyon Film Office", "Lyon"]])
    plan = service.preview(path, on_duplicate="skip")
    plan.duplicates()[1].decision = "fill"
    service.run(plan)
    by_name = {p.name: p for p in Services(catalog).list("partner")}
    assert by_name["Tokyo University of the Arts"].city is None and by_name["Lyon Film Office"].city == "Lyon"


def test_undo_restores_exactly(tmp_path, catalog):
    service = ImportService(catalog, actor="t")
    service.import_file(FILES / "villes_partenaires.xlsx")
    path = _book(tmp_path / "u.xlsx", [["Nom", "Ville"], ["Gwangju", "Gwangju-si"], ["Nouvelle", "X"]])
    _plan, result = service.import_file(path, on_duplicate="fill")
    services = Services(catalog)
    assert {p.name: p.city for p in services.list("partner")}["Gwangju"] == "Gwangju-si"
    counts = service.undo(result.batch_id)
    assert counts == {"update": 1, "create": 1}
    names = {p.name: p for p in services.list("partner")}
    assert "Nouvelle" not in names and names["Gwangju"].city is None
    assert service.history()[0]["undone_at"] is not None
    with pytest.raises(Exception, match="déjà été annulé"):
        service.undo(result.batch_id)


def test_failure_midway_leaves_catalogue_untouched(catalog, monkeypatch):
    from db.interchange.imports import commit as C

    service = ImportService(catalog, actor="t")
    plan = service.preview(FILES / "classeur_relations.xlsx")
    with pytest.raises(C.Cancelled):
        service.run(plan, cancel=lambda: True)
    assert Services(catalog).count("partner", ListQuery()) == 0
    assert service.history() == []


def test_profile_saved_and_reused_for_same_headers(tmp_path, catalog):
    service = ImportService(catalog, actor="t")
    path = _book(tmp_path / "p.xlsx", [["Nom", "Code pays", "Zone"], ["Berlin", "DE", "Europe"]])
    plan = service.preview(path)
    table = plan.sheets[0].table
    table.columns[2].target = "notes"
    table.columns[1].target = "country"
    service.save_profile("Zones", table)
    again = _book(tmp_path / "p2.xlsx", [["Nom", "Code pays", "Zone"], ["Rome", "IT", "Europe du Sud"]])
    plan2 = service.preview(again)
    assert plan2.profiles_used == {"Feuille": "Zones"}
    service.run(plan2)
    rome = next(p for p in Services(catalog).list("partner") if p.name == "Rome")
    assert rome.notes == "Europe du Sud" and rome.country == "IT"


def test_problems_export(tmp_path, catalog):
    service = ImportService(catalog)
    plan = service.preview(FILES / "villes_partenaires.xlsx")
    count = service.export_problems(plan, tmp_path / "problemes.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "problemes.xlsx").active
    assert count == ws.max_row - 1
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert any(r[1] == 10 and "manquant" in r[4] for r in rows)
    assert any(r[1] == 8 and r[2] == "Courriel" and r[3] == "marc.tremblay@example,fr" for r in rows)


def test_excel_booleans_times_and_uncached_formula(tmp_path, catalog):
    path = _book(tmp_path / "s.xlsx", [["Intitulé", "Date", "Type"], ["Forum", dt.date(2024, 3, 1), "Colloque"]],
                 title="Événements")
    plan = ImportService(catalog).preview(path)
    assert plan.sheets[0].kind == "event" and plan.sheets[0].rows[0].model.kind == "colloquium"
    en = ImportService(catalog).preview(FILES / "partners_EN.xlsx")
    assert any("jamais calculée" in p.reason for p in en.problems())


def test_big_sheet_path_gives_the_same_records(tmp_path, catalog):
    """Above the bulk/compact thresholds, records are what the row-by-row path gives."""
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[2] / "bench"
    sys.path.insert(0, str(bench))
    from bench_import import write_workbook

    from db.interchange.imports.fastvalidate import FastValidator
    from db.schemas.records import PartnerIn

    big = tmp_path / "big.xlsx"
    write_workbook(big, 6000)
    service = ImportService(catalog, actor="t")
    _plan, result = service.import_file(big)
    assert result.counts["partner"]["created"] == 6000
    partners = {p.name: p for p in Services(catalog).list("partner", ListQuery(limit=None))}
    p = partners["Partenaire 000007"]
    assert p.country == "US" and p.phone == "+33465000007" and p.email == "contact7@example.org"
    assert p.partner_since.iso() == "1990-01-08" and p.active is False and sorted(p.domains) == ["Numérique", "Patrimoine"]  # joined to the vocabulary
    payload = {"name": "X", "country": "Japon", "domains": "a; b", "partner_since": 2019.0, "active": "non"}
    assert FastValidator(PartnerIn).validate(payload) == PartnerIn.model_validate(payload)
    assert service.undo(result.batch_id)["create"] == 6000


def _ods(path, rows):
    """A minimal OpenDocument spreadsheet written by hand (no office suite needed)."""
    import zipfile
    from xml.sax.saxutils import escape

    cells = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'
            if v is not None else "<table:table-cell/>" for v in row) + "</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Jumelages">{cells}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


def test_ods_with_section_headings_and_name_surname_column(tmp_path, catalog):
    path = _ods(tmp_path / "contacts.ods", [
        ["Annuaire des partenaires"], [None],
        ["NOM Prénom", "Organisme", "Adresse électronique", "Téléphone"],
        ["Europe", None, None, None],
        ["DUPONT Marie", "Ville de Tromsø", "marie.dupont@example.org", "04 65 71 20 11"],
        ["Asie", None, None, None],
        ["KIM Hyun-woo", "Busan", "kim@example.org", "+82 51 555 0188"],
        ["Marie Dupont", "Ville de Tromsø", None, None],
    ])
    service = ImportService(catalog, actor="t")
    plan, result = service.import_file(path)
    sheet = plan.sheets[0]
    assert plan.format == "ods" and sheet.kind == "contact" and sheet.table.header_row == 3
    assert {n.row for n in sheet.notes if n.reason.key != "values_changed"} == {4, 6}  # headings are not contacts
    assert result.counts["contact"]["created"] == 2 and result.counts["contact"]["merged"] == 1
    people = {c.full_name: c for c in Services(catalog).list("contact")}
    kim = next(c for c in people.values() if c.last_name == "Kim")
    assert kim.first_name == "Hyun-woo" and kim.phones[0].number == "+82515550188"


def test_key_value_event_sheet_with_programme(tmp_path, catalog):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Fiche"
    for r, (label, value) in enumerate([("Titre", "Semaine du cinéma coréen"), ("Du", dt.date(2025, 5, 12)),
                                         ("Au", "16/05/2025"), ("Lieu", "Cannes"), ("Organisateur", "Busan")], 2):
        ws.cell(r, 2, label)
        ws.cell(r, 3, value)
    prog = wb.create_sheet("Déroulé")
    prog.append(["Session", "Jour", "Heure", "Animé par", "Speakers"])
    prog.append(["Ouverture", "12/05/2025", "10h - 11h30", "Claire VASSEUR", "Ji-woo Park, Haruto Sato"])
    wb.save(tmp_path / "evt.xlsx")
    plan, _result = ImportService(catalog, actor="t").import_file(tmp_path / "evt.xlsx")
    assert [s.table.layout for s in plan.sheets] == ["key_value", "table"]
    event = Services(catalog).list("event")[0]
    assert event.title == "Semaine du cinéma coréen" and event.ends_on.iso() == "2025-05-16"
    session = event.sessions[0]
    assert (session.start_time, session.end_time) == ("10:00", "11:30")
    assert session.moderator.name == "Claire Vasseur" and len(session.speakers) == 2
