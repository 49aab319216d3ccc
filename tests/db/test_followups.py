"""Follow-up operations: complete/cancel/reopen, reschedule, assign, create from records and session decisions; staff."""

from __future__ import annotations

import datetime as dt

import pytest
from passerelles_testing import TODAY

from db.schemas import AgreementIn, ContactIn, EventIn, FollowUpIn, PartnerIn, SessionIn
from db.services import ConflictError, dashboard, staff
from db.services.followups import FollowUps, decision_lines


@pytest.fixture
def ops(catalog):
    return FollowUps(catalog, actor="claire")


def test_complete_cancel_reopen_keep_dates_and_history(services, ops):
    f = services.create("followup", FollowUpIn(title="Relancer Busan", due_on="2026-11-01", owner="Claire"))
    done = ops.complete(f.id, on=TODAY)
    assert (done.status, done.completed_on, done.version) == ("done", TODAY, 2)
    assert done.due_on.iso() == "2026-11-01" and done.owner == "Claire"  # nothing else changed
    with services.catalog.uow() as uow:
        assert dashboard.compute(uow.session, TODAY).group("overdue").total == 0
    reopened = ops.reopen(f.id)
    assert (reopened.status, reopened.completed_on) == ("open", None)
    cancelled = ops.cancel(f.id, on=dt.date(2026, 11, 20))
    assert (cancelled.status, cancelled.completed_on) == ("cancelled", dt.date(2026, 11, 20))
    assert [h["action"] for h in services.history("followup", f.id)] == ["create", "update", "update", "update"]
    with pytest.raises(ConflictError):
        ops.complete(f.id, expected_version=1)


def test_reschedule_and_assign(services, ops):
    f = services.create("followup", FollowUpIn(title="Envoyer la convention", due_on="2026-11-01"))
    assert ops.reschedule(f.id, dt.date(2026, 12, 15)).due_on.iso() == "2026-12-15"
    assert ops.reschedule(f.id, "mars 2027").due_on.iso() == "2027-03"
    assert ops.reschedule(f.id, None).due_on is None
    assert ops.assign(f.id, "  Julien Marchetti ").owner == "Julien Marchetti"
    assert ops.assign(f.id, "").owner is None


def test_create_from_each_kind_of_record(services, ops):
    busan = services.create("partner", PartnerIn(name="Busan"))
    park = services.create("contact", ContactIn(first_name="Ji-woo", last_name="Park", partners=["Busan"]))
    accord = services.create("agreement", AgreementIn(title="Protocole Busan", partners=["Busan"]))
    event = services.create("event", EventIn(title="Colloque", sessions=[SessionIn(title="Atelier 1")]))
    a = ops.create_for("partner", busan.id, "Appeler Busan", owner="Claire", due_on=TODAY)
    assert a.partner.name == "Busan" and a.due_on.iso() == TODAY.isoformat() and a.status == "open"
    b = ops.create_for("contact", park.id, "Écrire à Ji-woo")
    assert b.contact.name == "Ji-woo Park" and b.partner.name == "Busan"
    c = ops.create_for("agreement", accord.id, "Faire signer")
    assert c.agreement.name == "Protocole Busan" and c.partner.name == "Busan"
    d = ops.create_for("event", event.id, "Envoyer les actes")
    assert d.event.name == "Colloque"
    e = ops.create_for("session", event.sessions[0].id, "Compte rendu de l'atelier")
    assert e.session.name == "Atelier 1" and e.event.name == "Colloque"


def test_session_decisions_become_followups_in_one_step(services, ops):
    event = services.create("event", EventIn(title="Colloque de Toulouse", sessions=[SessionIn(
        title="Table ronde", takeaways="- Formaliser un réseau des villes de festivals.\n\n"
                                      "2. Mutualiser les résidences d'artistes;\n• Formaliser un réseau des villes de festivals.")]))
    session_id = event.sessions[0].id
    created = ops.from_session(session_id, owner="Sophie Lemaire", due_on="2027-01")
    assert [f.title for f in created] == ["Formaliser un réseau des villes de festivals.",
                                          "Mutualiser les résidences d'artistes"]
    assert all(f.session.id == session_id and f.event.name == "Colloque de Toulouse" for f in created)
    assert all(f.owner == "Sophie Lemaire" and f.due_on.iso() == "2027-01" for f in created)
    assert "Table ronde" in created[0].details
    other = ops.from_session(session_id, text="Envoyer le compte rendu\nRéserver la salle")
    assert len(other) == 2 and services.count("followup") == 4


def test_decision_lines():
    assert decision_lines(None) == []
    assert decision_lines("a) Un\n  * Deux  \n3) Trois;\n\n") == ["Un", "Deux", "Trois"]


def test_staff_list_and_mine(catalog, services):
    services.create("followup", FollowUpIn(title="x", owner="Ancien Collègue"))
    with catalog.uow() as uow:
        s = uow.session
        assert staff.staff(s) == [] and staff.mine(s, "cvasseur") is None
        staff.set_staff(s, ["Claire Vasseur", {"name": "Julien  Marchetti", "login": "jmarchetti"}, "", "claire vasseur"])
        staff.set_login(s, "Claire Vasseur", "cvasseur")
        uow.commit()
    with catalog.uow() as uow:
        s = uow.session
        assert staff.staff(s) == [{"name": "Claire Vasseur", "login": "cvasseur"},
                                  {"name": "Julien Marchetti", "login": "jmarchetti"}]
        assert staff.names(s) == ["Claire Vasseur", "Julien Marchetti", "Ancien Collègue"]
        assert staff.mine(s, "CVasseur") == "Claire Vasseur"
        assert staff.mine(s, "Julien Marchetti") == "Julien Marchetti"
        assert staff.mine(s, "quelqu'un") is None
