"""An event's attendance list: typed or taken from contacts, kept through edits, undo and the JSON export."""

from __future__ import annotations

import json

from passerelles_testing import run_cli

from db.schemas import ContactIn, EventIn
from db.services import Services

EVENT = "Culture et action internationale des collectivités territoriales"


def test_participants_typed_or_from_a_contact(services):
    park = services.create("contact", ContactIn(first_name="Ji-woo", last_name="Park", organisation="Ville de Busan"))
    event = services.create("event", EventIn(title="Semaine coréenne", participants=[
        {"name": "Hélène Marchand", "organisation": "Région Occitanie"},
        {"name": "Ji-woo Park", "contact": park.id}]))
    assert [(p.name, p.organisation, p.contact.id if p.contact else None) for p in event.participants] == [
        ("Hélène Marchand", "Région Occitanie", None), ("Ji-woo Park", "Ville de Busan", park.id)]
    typed = EventIn(title="Semaine coréenne", participants="Thomas Nguyen — Ville de Lyon\nKarim Benali; Marseille\n\n")
    assert [(p.name, p.organisation) for p in typed.participants] == [("Thomas Nguyen", "Ville de Lyon"),
                                                                     ("Karim Benali", "Marseille")]
    updated = services.update("event", event.id, typed, expected_version=event.version)
    assert [p.name for p in updated.participants] == ["Thomas Nguyen", "Karim Benali"]
    services.undo_last()
    assert [p.name for p in services.get("event", event.id).participants] == ["Hélène Marchand", "Ji-woo Park"]


def test_participants_in_the_json_export_and_back(demo_catalog, tmp_path, catalog):
    path = tmp_path / "catalogue.json"
    assert run_cli("--db", demo_catalog.url, "export", str(path)).returncode == 0
    event = json.loads(path.read_text(encoding="utf-8"))["events"][0]
    assert {"name": "Hélène Marchand", "organisation": "Région Occitanie", "contact": None, "invited_on": None,
            "response": None, "attended": True, "sessions": []} in event["participants"]
    park = next(p for p in event["participants"] if p["name"] == "Ji-woo Park")
    assert park["organisation"] == "Ville de Busan" and park["contact"]["name"] == "Ji-woo Park"
    assert run_cli("--db", catalog.url, "import", str(path)).returncode == 0
    again = Services(catalog).get("event", EVENT)
    assert [p.name for p in again.participants] == [p["name"] for p in event["participants"]]
    assert next(p for p in again.participants if p.name == "Ji-woo Park").contact is not None
