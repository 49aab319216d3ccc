"""Lists (every sort, both directions, filters), printed report data: the same answers on both engines."""

import pytest
from passerelles_testing import TODAY
from sqlalchemy import select

from db import reports
from db.services import listing
from db.services.records import SORTS, ListQuery, spec
from db.text import name_key


def _sorted_like_the_list(pairs, descending):
    """Python's own order of (id, value): missing values last, ties by id (both reversed when descending)."""
    present = sorted((p for p in pairs if p[1] is not None), key=lambda p: (p[1], p[0]), reverse=descending)
    missing = sorted((p for p in pairs if p[1] is None), key=lambda p: p[0], reverse=descending)
    return [p[0] for p in present + missing]


@pytest.mark.parametrize("kind", listing.KINDS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_orders_the_whole_list_like_python(demo_catalog, kind, descending):
    model = spec(kind).model
    with demo_catalog.uow() as uow:
        for key, column in SORTS[kind].items():
            if listing.by_standing(kind, ListQuery(sort=key)):
                continue   # an agreement's standing and current end: test_agreement_one_truth_lists.py
            ids = listing.ordered_ids(uow.session, kind, ListQuery(sort=key, descending=descending))
            pairs = uow.session.execute(select(model.id, column).where(model.deleted_at.is_(None))).all()
            assert ids == _sorted_like_the_list([tuple(p) for p in pairs], descending), (kind, key)
            assert listing.ordered_ids(uow.session, kind, ListQuery(sort=key, descending=descending), first=3) == ids[:3]


def test_filters_and_search_combine(demo_catalog):
    with demo_catalog.uow() as uow:
        def names(**query):
            ids = listing.ordered_ids(uow.session, "partner", ListQuery(**query))
            found = listing.rows(uow.session, "partner", ids, ["name"])
            return [found[i][1] for i in ids]

        assert names(filters={"country": "KR"}) == ["Busan"]
        assert "Busan" in names(search="busan cinema")
        assert names(search="busan", filters={"country": "JP"}) == []
        assert set(names(filters={"domain": "Gastronomie"})) >= {"Shizuoka"}
        french = names(filters={"country": "FR"}, sort="name")
        assert french == sorted(french, key=str.casefold)
        overdue = listing.ordered_ids(uow.session, "followup", ListQuery(filters={"overdue": True, "today": TODAY}))
        assert len(overdue) == 3
        owners = listing.distinct_values(uow.session, "followup", "owner")
        assert owners == sorted(owners) and "Sophie Lemaire" in owners
        assert listing.counts(uow.session)["partner"] == 14


def test_rows_read_the_linked_names(demo_catalog):
    with demo_catalog.uow() as uow:
        ids = listing.ordered_ids(uow.session, "agreement", ListQuery(search="busan"))
        partners = [row[1] for row in listing.rows(uow.session, "agreement", ids, ["partners"]).values()]
        assert ("Busan",) in partners
        ids = listing.ordered_ids(uow.session, "followup", ListQuery(search="convention busan"))
        linked = listing.rows(uow.session, "followup", ids, ["linked"])
        assert any("Busan" in " ".join(filter(None, row[1])) for row in linked.values())


def test_printed_reports_gather_the_same_data(demo_catalog):
    with demo_catalog.uow() as uow:
        summary = reports.partner_summary(uow.session, "Busan", today=TODAY)
        assert summary.partner.name == "Busan" and summary.agreements and summary.contacts
        assert [f.followup.title for f in summary.open_followups][:1] == ["Envoyer le projet de convention à Busan"]
        batch = list(reports.partner_summaries(uow.session, today=TODAY, chunk=3))
        assert [s.partner.name for s in batch] == sorted((s.partner.name for s in batch), key=name_key)
        in_force = reports.active_agreements(uow.session, today=TODAY)
        assert in_force.items and all(a.status in ("signed", "active") for a in in_force.items)
        mine = reports.owner_followups(uow.session, "sophie lemaire", today=TODAY)
        assert mine.subject == "Sophie Lemaire" and mine.overdue
