"""Possible duplicates already in the catalogue, by the identity rules of the import and the forms."""

from __future__ import annotations

from passerelles_testing import run_cli

from db.schemas import ContactIn, PartnerIn
from db.services import Services, duplicates


def _seed(services: Services) -> dict[str, str]:
    ids = {}
    for key, data in {
        "busan": PartnerIn(name="Busan", country="KR"),
        "busan2": PartnerIn(name="BUSAN", country="KR"),       # entered twice
        "pusan": PartnerIn(name="Pusan", country="KR"),       # a letter apart
        "valencia_es": PartnerIn(name="Valencia", country="ES"),
        "valencia_ve": PartnerIn(name="Valencia", country="VE"),   # a namesake: two partners
        "valence": PartnerIn(name="Valence", country="FR"),       # close, but another country
        "atelier1": PartnerIn(name="Atelier 1"),
        "atelier2": PartnerIn(name="Atelier 2"),                  # told apart by their numbers
    }.items():
        ids[key] = services.create("partner", data).id
    for key, data in {
        "lan": ContactIn(first_name="Lan", last_name="Nguyen", emails=["lan@hue.vn"], organisation="Ville de Hué"),
        "lan2": ContactIn(first_name="LAN", last_name="NGUYEN", emails=["lan@hue.vn"]),
        "lan_hanoi": ContactIn(first_name="Lan", last_name="Nguyen", emails=["lan@hanoi.vn"],
                               organisation="Ville de Hanoï"),
    }.items():
        ids[key] = services.create("contact", data).id
    return ids


def test_pairs_follow_the_identity_rules(services):
    ids = _seed(services)
    with services.catalog.uow() as uow:
        pairs = duplicates.find(uow.session)
    found = {(p.why, frozenset((p.first_id, p.second_id))) for p in pairs}
    assert ("same", frozenset((ids["busan"], ids["busan2"]))) in found
    assert ("lookalike", frozenset((ids["busan"], ids["pusan"]))) in found
    assert ("same", frozenset((ids["lan"], ids["lan2"]))) in found
    together = {frozenset(k) for _w, k in found}
    for apart in (("valencia_es", "valencia_ve"), ("valence", "valencia_es"), ("atelier1", "atelier2"),
                  ("lan", "lan_hanoi")):
        assert frozenset(ids[k] for k in apart) not in together, apart
    assert pairs[0].why == "same"   # same records first


def test_duplicates_command(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", str(db), "init").returncode == 0
    done = run_cli("--db", str(db), "duplicates")
    assert done.returncode == 0 and "Aucun doublon possible." in done.stdout
    from db.catalog import open_catalog

    catalog = open_catalog(db)
    try:
        _seed(Services(catalog, actor="t"))
    finally:
        catalog.close()
    done = run_cli("--db", str(db), "duplicates", "--kind", "partenaire")
    assert done.returncode == 0, done.stderr
    assert "Partenaires :" in done.stdout and "Contacts :" not in done.stdout
    assert "même fiche probable : « Busan (Corée du Sud) » et « BUSAN (Corée du Sud) »" in done.stdout
    assert "noms proches" in done.stdout and "Valence" not in done.stdout
    refused = run_cli("--db", str(db), "duplicates", "--kind", "accord")
    assert refused.returncode != 0 and "partenaires et les contacts" in refused.stderr
