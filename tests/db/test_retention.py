"""The yearly retention review on both engines: who has had no interaction for N years, keep or anonymise."""

from __future__ import annotations

import datetime as dt

import pytest

from db.schemas import ContactIn, EventIn, InteractionIn
from db.services import Services
from db.services.settings import SettingError

TODAY = dt.date(2026, 12, 7)


def test_people_without_interaction_for_n_years(catalog):
    services = Services(catalog, actor="test")
    old = services.create("contact", ContactIn(first_name="Anna", last_name="Kowalska", last_contact_on="2021-03-01"))
    recent = services.create("contact", ContactIn(first_name="Koffi", last_name="Yao"))
    services.create("interaction", InteractionIn(occurred_on=dt.date(2025, 6, 1), contact=recent.id))
    came = services.create("contact", ContactIn(first_name="Hélène", last_name="Marchand", last_contact_on="2019-01-01"))
    services.create("event", EventIn(title="Colloque", starts_on="2025-10", participants=[
        {"name": "Hélène Marchand", "contact": came.id}]))
    assert services.retention_years() == 3
    assert [c.name for c in services.retention_candidates(TODAY)] == ["Anna Kowalska"]
    assert services.retention_candidates(TODAY)[0].last_interaction == dt.date(2021, 3, 1)
    services.set_retention_years(1)
    assert [c.name for c in services.retention_candidates(TODAY)] == ["Anna Kowalska", "Koffi Yao", "Hélène Marchand"]
    with pytest.raises(SettingError):
        services.set_retention_years(0)
    assert services.retention_keep([old.id], TODAY) == 1
    assert [c.name for c in services.retention_candidates(TODAY)] == ["Koffi Yao", "Hélène Marchand"]
    later = [c.name for c in services.retention_candidates(dt.date(2028, 1, 1))]  # kept for one year only
    assert later == ["Anna Kowalska", "Koffi Yao", "Hélène Marchand"]
    assert services.get("contact", old.id).retention_kept_on == TODAY
    assert services.history("contact", old.id)[-1]["action"] == "retention_keep"
    services.anonymise(came.id)
    assert [c.name for c in services.retention_candidates(TODAY)] == ["Koffi Yao"]
