"""Merging two records entered twice (db/services/merge.py), on both engines: values chosen side by
side with lists united, every link and the history moved to the kept record, the other's values kept
in the history, undone in one step."""

from __future__ import annotations

import pytest

from db.schemas import AgreementIn, ContactIn, FollowUpIn, InteractionIn, PartnerIn
from db.services import ListQuery, ServiceError, Services, trash


@pytest.fixture
def twins(catalog):
    s = Services(catalog, actor="anne")
    kept = s.create("partner", PartnerIn(name="Busan", country="KR", city="Busan", domains=["Cinéma et audiovisuel"],
                                         website="https://www.busan.go.kr"))
    other = s.create("partner", PartnerIn(name="Busan Metropolitan City", country="KR", email="intl@busan.example.org",
                                          domains=["Tourisme", "Cinéma et audiovisuel"], referent="Claire Vasseur",
                                          description="Ville du festival du film."))
    s.update("partner", other.id, PartnerIn(name="Busan Metropolitan City", country="KR", email="intl@busan.example.org",
                                           domains=["Tourisme", "Cinéma et audiovisuel"], referent="Claire Vasseur",
                                           description="Ville du festival du film.", city="Pusan"))
    both = s.create("agreement", AgreementIn(title="Protocole cinéma", partners=[kept.id, other.id]))
    only_other = s.create("agreement", AgreementIn(title="Accord tourisme", partners=[other.id]))
    contact = s.create("contact", ContactIn(first_name="Ji-woo", last_name="Park", partners=[other.id]))
    followup = s.create("followup", FollowUpIn(title="Relancer Busan", partner=other.id, due_on="2026-12-01"))
    talk = s.create("interaction", InteractionIn(kind="call", occurred_on="2026-11-02", partner=other.id))
    return s, kept, other, {"both": both, "only_other": only_other, "contact": contact, "followup": followup,
                            "talk": talk}


def test_merge_moves_every_link_and_unites_lists(twins):
    s, kept, other, linked = twins
    fields = {c.field: c for c in s.merge_choices("partner", kept.id, other.id)}
    assert fields["name"].keep == "Busan" and fields["name"].other == "Busan Metropolitan City"
    assert fields["email"].default == "other" and fields["name"].default == "keep"  # an empty side takes the other

    merged = s.merge("partner", kept.id, other.id, {"city": "other"})
    assert merged.name == "Busan" and merged.city == "Pusan" and merged.email == "intl@busan.example.org"
    assert merged.website == "https://www.busan.go.kr" and merged.referent == "Claire Vasseur"
    assert merged.domains == ["Cinéma et audiovisuel", "Tourisme"]  # united, the kept side first
    assert [p.id for p in s.get("agreement", linked["both"].id).partners] == [kept.id]  # not twice
    assert [p.id for p in s.get("agreement", linked["only_other"].id).partners] == [kept.id]
    assert [p.id for p in s.get("contact", linked["contact"].id).partners] == [kept.id]
    assert s.get("followup", linked["followup"].id).partner.id == kept.id
    assert s.get("interaction", linked["talk"].id).partner.id == kept.id
    assert [p.id for p in s.list("partner", ListQuery(limit=None))] == [kept.id]  # the other is in the trash
    assert s.search("tourisme")["agreement"][0].partners[0].name == "Busan"  # the index says the kept name

    with s.catalog.uow() as uow:
        steps = trash.history(uow.session, "partner", kept.id)
    # the other's history came along, and the merge keeps what the other record said
    assert [st.action for st in steps].count("create") == 2 and steps[-1].action == "merge"
    assert steps[-1].fields["name (doublon)"] == ("Busan Metropolitan City", "Busan")
    assert steps[-1].label == "fusion d'un doublon"


def test_merge_is_undone_in_one_step(twins):
    s, kept, other, linked = twins
    shown = [("partner", kept.id), ("partner", other.id), ("agreement", linked["both"].id),
             ("agreement", linked["only_other"].id), ("contact", linked["contact"].id),
             ("followup", linked["followup"].id), ("interaction", linked["talk"].id)]
    volatile = ("updated_at", "updated_by", "version")

    def state():
        return [{k: v for k, v in s.get(kind, pid).model_dump().items() if k not in volatile} for kind, pid in shown]

    before = state()
    s.merge("partner", kept.id, other.id)
    assert s.get("followup", linked["followup"].id).partner.id == kept.id
    assert s.undo_last() == {"kind": "partner", "id": kept.id, "action": "merge"}
    assert state() == before  # both records, their links, their values: as they were
    with s.catalog.uow() as uow:
        assert [st.action for st in trash.history(uow.session, "partner", other.id)] == ["create", "update"]
        assert [st.action for st in trash.history(uow.session, "partner", kept.id)] == ["create"]
    assert len(s.list("partner", ListQuery(limit=None))) == 2


def test_merge_refuses_the_same_record_and_unknown_fields(twins):
    s, kept, other, _linked = twins
    with pytest.raises(ServiceError, match="même fiche"):
        s.merge("partner", kept.id, kept.id)
    with pytest.raises(ServiceError, match="champ inconnu"):
        s.merge("partner", kept.id, other.id, {"couleur": "other"})
    assert len(s.list("partner", ListQuery(limit=None))) == 2  # nothing done


def test_merge_command_shows_both_sides_then_merges(twins, capsys):
    from db.cli import main as cli_main

    s, kept, other, linked = twins
    url = s.catalog.url
    assert cli_main(["--db", url, "merge", "partenaire", kept.id, other.id, "--essai"]) == 0
    out = capsys.readouterr().out
    assert "Nom : A « Busan » | B « Busan Metropolitan City » → A" in out and "Essai" in out
    domains = next(line for line in out.splitlines() if line.startswith("Domaines"))
    assert "Tourisme" in domains and "[" not in domains and domains.endswith("→ A + B")  # lists united
    assert len(s.list("partner", ListQuery(limit=None))) == 2  # a trial merges nothing
    assert cli_main(["--db", url, "merge", "partner", kept.id, other.id, "--prendre", "Ville"]) == 0
    assert "Fiches fusionnées dans « Busan »" in capsys.readouterr().out
    assert s.get("partner", kept.id).city == "Pusan" and s.get("followup", linked["followup"].id).partner.id == kept.id
    assert cli_main(["--db", url, "merge", "partner", kept.id, kept.id]) == 2
    assert "même fiche" in capsys.readouterr().err
