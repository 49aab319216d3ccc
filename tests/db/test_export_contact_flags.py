"""The contacts' « Adresse postale » and « Ne pas contacter » (migration 0008) in the Excel and CSV
exports: two columns after the existing ones (whose order scripts rely on), read back by the import."""

from __future__ import annotations

import csv

import openpyxl

from db.interchange import export_csv, export_xlsx, sheets
from db.interchange.imports import commit as imports
from db.interchange.imports.matching import match_catalogue
from db.interchange.imports.plan import build_plan
from db.services import ListQuery, Services
from db.services.records import spec

# the contact columns as they were before 0008: their order must not move
BEFORE_0008 = ["Civilité", "Prénom", "Nom", "Fonction", "Organisation", "Partenaires", "Courriels", "Téléphones",
               "Langues", "Pays", "Finalité", "Source", "Dernier contact", "Notes", "Identifiant"]
ADDRESS = "Mairie de Busan\n1001 Jungang-daero\n47545 Busan"


def _flag(services: Services, name: str, no_contact: bool, address: str | None):
    person = services.get("contact", name, loose=True)
    data = spec("contact").in_from_out(person.model_dump(mode="json")).model_copy(
        update={"no_contact": no_contact, "address": address})
    return services.update("contact", person.id, data, expected_version=person.version)


def test_the_columns_come_last_in_both_languages_and_formats(demo_catalog, tmp_path):
    services = Services(demo_catalog, actor="test")
    park = _flag(services, "Park", True, ADDRESS)
    assert sheets.headers("contact")[:15] == BEFORE_0008
    assert sheets.headers("contact")[15:] == ["Adresse postale", "Ne pas contacter"]
    assert sheets.headers("contact", "en")[15:] == ["Postal address", "Do not contact"]

    path = tmp_path / "contacts.xlsx"
    export_xlsx.write(demo_catalog, path, kind="contact")
    ws = openpyxl.load_workbook(path)["Contacts"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == [*BEFORE_0008, "Adresse postale", "Ne pas contacter"]
    by_id = {r[14]: r for r in rows[1:]}
    assert by_id[park.id][15:] == [ADDRESS, "oui"]
    assert {r[16] for i, r in by_id.items() if i != park.id} == {"non"}

    path = tmp_path / "contacts.csv"
    export_csv.write(demo_catalog, path, kind="contact", language="en")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][-2:] == ["Postal address", "Do not contact"] and rows[0][14] == "Identifier"
    assert next(r for r in rows if r[14] == park.id)[-2:] == [ADDRESS, "yes"]


def test_an_exported_workbook_brings_the_address_and_the_flag_back(demo_catalog, tmp_path):
    services = Services(demo_catalog, actor="test")
    park = _flag(services, "Park", True, ADDRESS)
    path = tmp_path / "catalogue.xlsx"
    export_xlsx.write(demo_catalog, path)
    _flag(services, "Park", False, None)  # changed since the export: the workbook brings both back

    plan = build_plan(path)
    contacts = next(s for s in plan.sheets if s.kind == "contact")
    targets = {c.header: c.target for c in contacts.table.columns}
    assert targets["Adresse postale"] == "address" and targets["Ne pas contacter"] == "no_contact"
    match_catalogue(demo_catalog, plan)
    result = imports.commit(demo_catalog, plan, "test")

    assert result.counts["contact"]["created"] == 0 and result.counts["contact"]["updated"] == 1, result.counts
    again = services.get("contact", park.id)
    assert again.no_contact is True and again.address == ADDRESS and again.extra == {}
    others = [c for c in services.list("contact", ListQuery(limit=None)) if c.id != park.id]
    assert others and not any(services.get("contact", c.id).no_contact for c in others)


def test_a_csv_with_the_flag_written_as_people_do_is_read(catalog, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Prénom;Nom;Courriel;Ne pas contacter;Adresse postale\r\n"
                    "Claire;Vasseur;claire.vasseur@example.fr;x;12 rue d'Antibes, 06400 Cannes\r\n"
                    "Paul;Martin;paul.martin@example.fr;;\r\n", encoding="utf-8-sig")
    plan = build_plan(path)
    match_catalogue(catalog, plan)
    imports.commit(catalog, plan, "test")
    services = Services(catalog)
    claire, paul = (services.get("contact", n, loose=True) for n in ("Vasseur", "Martin"))
    assert claire.no_contact is True and claire.address == "12 rue d'Antibes, 06400 Cannes"
    assert paul.no_contact is False and paul.address is None
