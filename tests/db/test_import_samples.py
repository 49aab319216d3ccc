"""Every sample spreadsheet imports with every fact of its manifest preserved (the manifest drives the test)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from passerelles_testing import FILES, file_id, manifest_entries

from db.countries import country_name
from db.services import ListQuery, Services
from db.services.imports import ImportService
from db.text import name_key, person_key

ENTRIES = manifest_entries("files")  # the project's own files, and the external corpus's when present


def _all(services: Services, kind: str):
    return services.list(kind, ListQuery(limit=None))


def _find(services: Services, entity: str, key: str):
    if entity == "partner":
        return next(p for p in _all(services, "partner") if name_key(p.name) == name_key(key))
    if entity == "contact":
        return next(c for c in _all(services, "contact") if person_key(c.first_name, c.last_name) == person_key(key, ""))
    if entity == "agreement":
        return next(a for a in _all(services, "agreement") if any(name_key(p.name) == name_key(key) for p in a.partners))
    if entity == "followup":
        return next(f for f in _all(services, "followup") if name_key(f.title) == name_key(key))
    if entity == "event":
        event_title, _, session_title = key.partition(" / ")
        event = next(e for e in _all(services, "event") if name_key(e.title) == name_key(event_title))
        if session_title:
            return next(s for s in event.sessions if name_key(s.title) == name_key(session_title))
        return event
    raise AssertionError(entity)


def _in_vocabulary(domains: list[str]) -> list[str]:
    """Domains as the catalogue keeps them: typed ones joined to the vocabulary ("cinéma" is
    "Cinéma et audiovisuel"), the others as typed."""
    from db.domains import match_domain
    from db.schemas.vocab import DEFAULT_DOMAINS

    names = {name_key(d): d for d in DEFAULT_DOMAINS}
    return [names.get(match_domain(d, names) or "", d) for d in domains]


def _same_list(actual, expected):
    assert sorted(str(a).strip().casefold() for a in actual) == sorted(str(e).strip().casefold() for e in expected)


def _value(services, entity, record, field):
    """The catalogue's value for a manifest field name."""
    iso = lambda d: None if d is None else d.iso()  # noqa: E731
    if field == "country" and entity == "agreement":
        partner = services.get("partner", record.partners[0].id)
        return {"iso2": partner.country, "name_fr": country_name(partner.country, "fr")}
    if field == "country":
        return {"iso2": record.country, "name_fr": country_name(record.country, "fr")}
    if entity == "partner" and field == "signed_on":
        return iso(record.partner_since)
    if field in ("signed_on", "starts_on", "ends_on", "due_on", "date"):
        return iso(getattr(record, field))
    if field == "end_on":
        return iso(record.ends_on)
    if field in ("budget_eur",):
        value = record.budget if entity == "agreement" else record.cost
        return float(value) if isinstance(value, Decimal) else value
    if field == "tacit_renewal":
        return record.renewal == "tacit"
    if field == "done":
        return record.status == "done"
    if field == "notes" and entity == "followup":
        return record.details
    if field == "participants":
        return record.attendance
    if field == "email" and entity == "contact":
        return record.emails[0] if record.emails else None
    if field in ("phone", "mobile") and entity == "contact":
        return next((p.number for p in record.phones if p.kind == field), None)
    if field == "partner" and entity == "followup":
        return record.partner.name if record.partner else None
    if field in ("organisers", "speakers", "partners"):
        return [x.name for x in getattr(record, field)]
    if field == "moderator":
        return record.moderator.name if record.moderator else None
    if field == "workshops":
        return [s.title for s in record.sessions if s.kind == "workshop"]
    if field == "cofinancing_rate":
        return record.cofinancing_rate
    return getattr(record, field)


@pytest.mark.parametrize(("base", "entry"), ENTRIES, ids=[file_id(base / f["file"]) for base, f in ENTRIES])
def test_sample_imports_with_its_facts(base, entry, catalog):
    service = ImportService(catalog, actor="test")
    plan, result = service.import_file(base / entry["file"])
    services = Services(catalog, actor="test")
    problems = plan.problems()
    for expected in entry["sheets"]:
        name = expected["sheet"]
        sheet = next(s for s in plan.sheets if name is None or s.table.sheet == name)
        kind = "session" if expected.get("row_kind") == "session" else expected["entity"]
        assert sheet.kind == kind
        if expected["layout"] == "table":
            assert sheet.table.header_row == expected["header_row"]
        assert len(sheet.rows) == expected["data_rows"], [r.row for r in sheet.rows]
        rejected = {r.row for r in sheet.rows if r.status == "rejected"}
        assert rejected == {r["row"] for r in expected["rejected_rows"]}
        for r in expected["rejected_rows"]:
            assert any(p.row == r["row"] and p.severity == "error" and p.reason for p in problems if p.sheet == sheet.table.sheet)
        for r in expected["ignored_rows"]:
            assert any(n.row == r["row"] for n in sheet.notes)
            assert r["row"] not in {x.row for x in sheet.rows}
        for w in expected["warnings"]:
            assert any(p.row == w["row"] and p.column == w["column"] and p.severity == "warning"
                       for p in problems if p.sheet == sheet.table.sheet), w
        assert result.distinct(sheet.table.sheet) == expected["distinct_entities"]
        for pair in expected.get("not_merged_lookalikes", []):
            row = next(r for r in sheet.rows if r.data.get("name") == pair[1].strip())
            assert row.lookalikes  # suggested, never merged
    for fact in entry["facts"]:
        record = _find(services, fact["entity"], fact["key"])
        actual = _value(services, fact["entity"], record, fact["field"])
        expected = fact["value"]
        if isinstance(expected, list) and fact["field"] == "domains":
            _same_list(actual, _in_vocabulary(expected))
        elif isinstance(expected, list):
            _same_list(actual, expected)
        elif isinstance(expected, float | int) and not isinstance(expected, bool):
            assert actual == pytest.approx(expected), fact
        elif isinstance(expected, str):
            assert (actual or "").strip() == expected.strip(), fact
        elif isinstance(expected, dict) and "iso2" in expected:  # the code must match; the name is display
            assert actual["iso2"] == expected["iso2"], fact
            assert name_key(actual["name_fr"]) == name_key(expected["name_fr"]), fact
        else:
            assert actual == expected, fact


def test_invalid_email_is_not_stored_as_valid(catalog):
    ImportService(catalog, actor="t").import_file(FILES / "villes_partenaires.xlsx")
    partner = _find(Services(catalog), "partner", "Québec")
    assert partner.email is None
    assert partner.extra["Courriel"] == "marc.tremblay@example,fr"


def test_contact_organisation_links_to_partner_of_same_import(catalog):
    ImportService(catalog, actor="t").import_file(FILES / "classeur_relations.xlsx")
    services = Services(catalog)
    contact = _find(services, "contact", "Agnieszka Nowak")
    assert [p.name for p in contact.partners] == ["Łódź Film School"]
    assert len([p for p in _all(services, "partner") if name_key(p.name) == "lodz film school"]) == 1
