"""Issue 23 § 7: interactions are found by the search box and the ``search`` command (« Visite »
finds « Visite des archives municipales »)."""

from __future__ import annotations

from passerelles_testing import run_cli

from db.services import Services


def test_visite_finds_the_visit_of_the_archives(demo_catalog):
    found = Services(demo_catalog).search("Visite")
    assert any(i.note == "Visite des archives municipales." for i in found["interaction"])
    done = run_cli("--db", demo_catalog.url, "search", "visite archives")
    assert done.returncode == 0
    assert "Visite du " in done.stdout and "— Grand-Bassam" in done.stdout, done.stdout
