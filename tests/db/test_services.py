"""Services: create, read, update, soft-delete, restore, undo, conflicts, links, listing, extra attributes."""

import pytest

from db.schemas import AgreementIn, ContactIn, EventIn, FollowUpIn, InteractionIn, PartnerIn
from db.services import ConflictError, LinkError, ListQuery, NotFoundError


def test_create_read_update_keeps_version_and_timestamps(services):
    p = services.create("partner", PartnerIn(name="Busan", country="KR", extra={"Code interne": "B-12"}))
    assert p.version == 1 and p.created_by == "test" and p.created_at.tzinfo is not None
    assert p.extra == {"Code interne": "B-12"}
    q = services.update("partner", p.id, PartnerIn(name="Busan Metropolitan City", country="KR"), expected_version=1)
    assert q.version == 2 and q.name == "Busan Metropolitan City" and q.updated_at >= p.updated_at
    assert services.get("partner", p.id).name == "Busan Metropolitan City"


def test_stale_version_is_a_conflict_carrying_both_values(services):
    p = services.create("partner", PartnerIn(name="Sanya"))
    services.update("partner", p.id, PartnerIn(name="Sanya (Hainan)"), expected_version=1)
    with pytest.raises(ConflictError) as info:
        services.update("partner", p.id, PartnerIn(name="Sanya City"), expected_version=1)
    assert info.value.current.name == "Sanya (Hainan)"
    assert info.value.attempted.name == "Sanya City"
    assert services.get("partner", p.id).name == "Sanya (Hainan)"


def test_soft_delete_restore_and_undo(services):
    p = services.create("partner", PartnerIn(name="Shawinigan"))
    services.delete("partner", p.id)
    assert services.count("partner") == 0
    assert services.get("partner", p.id, include_deleted=True).deleted_at is not None
    with pytest.raises(NotFoundError):
        services.get("partner", p.id)
    assert services.undo_last()["action"] == "delete"
    assert services.count("partner") == 1
    services.update("partner", p.id, PartnerIn(name="Shawinigan (Québec)"))
    services.undo_last()
    assert services.get("partner", p.id).name == "Shawinigan"
    services.undo_last()  # undo the creation itself
    assert services.count("partner") == 0


def test_links_resolve_names_written_differently(services):
    lodz = services.create("partner", PartnerIn(name="Łódź Film School", country="PL"))
    a = services.create("agreement", AgreementIn(title="Échanges", partners=["LODZ film school"]))
    assert [link.id for link in a.partners] == [lodz.id]
    with pytest.raises(LinkError) as info:
        services.create("agreement", AgreementIn(title="x", partners=["Atlantide"]))
    assert info.value.as_error()["loc"] == ("partners",)
    created = services.create("agreement", AgreementIn(title="y", partners=["Atlantide"]), create_missing_links=True)
    assert created.partners[0].name == "Atlantide"


def test_event_sessions_link_contacts_in_order(services):
    for first, last in [("Léa", "Fontaine"), ("Ji-woo", "Park"), ("Koffi", "Yao")]:
        services.create("contact", ContactIn(first_name=first, last_name=last))
    e = services.create("event", EventIn(title="Colloque", sessions=[
        {"title": "Table ronde", "kind": "table ronde", "moderator": "lea fontaine",
         "speakers": ["Koffi Yao", "Park Ji-woo"], "minutes": "Ligne 1\nLigne 2"}]))
    s = e.sessions[0]
    assert s.moderator.name == "Léa Fontaine"
    assert [x.name for x in s.speakers] == ["Koffi Yao", "Ji-woo Park"]
    assert s.minutes == "Ligne 1\nLigne 2"
    fu = services.create("followup", FollowUpIn(title="Envoyer les actes", session=s.id))
    assert fu.session.id == s.id and fu.event.id == e.id


def test_interactions_update_the_contacts_last_contact(services):
    p = services.create("partner", PartnerIn(name="Busan"))
    c = services.create("contact", ContactIn(first_name="Ji-woo", last_name="Park", partners=["Busan"]))
    services.create("interaction", InteractionIn(kind="appel", occurred_on="03/04/2026", partner=p.id, contact=c.id))
    assert services.get("contact", c.id).last_contact_on.isoformat() == "2026-04-03"


def test_listing_filters_sort_and_search(services):
    for name, country, domains in [("Busan", "KR", "cinéma"), ("Shizuoka", "JP", "gastronomie"),
                                   ("Séoul", "KR", "cinéma; numérique")]:
        services.create("partner", PartnerIn(name=name, country=country, domains=domains))
    names = lambda q: [p.name for p in services.list("partner", q)]  # noqa: E731
    assert names(ListQuery()) == ["Busan", "Séoul", "Shizuoka"]  # accent-insensitive order
    assert names(ListQuery(descending=True)) == ["Shizuoka", "Séoul", "Busan"]
    assert names(ListQuery(filters={"country": "KR"})) == ["Busan", "Séoul"]
    assert names(ListQuery(filters={"domain": "Cinema"})) == ["Busan", "Séoul"]
    assert names(ListQuery(search="seoul")) == ["Séoul"]
    assert names(ListQuery(limit=1, offset=1)) == ["Séoul"]
    assert services.count("partner", ListQuery(filters={"country": "KR"})) == 2


def test_overdue_filter_uses_partial_dates(services):
    services.create("followup", FollowUpIn(title="En retard", due_on="2026-01-10"))
    services.create("followup", FollowUpIn(title="Cette année", due_on="2026"))
    services.create("followup", FollowUpIn(title="Fait", due_on="2020-01-01", status="done"))
    import datetime as dt

    overdue = services.list("followup", ListQuery(filters={"overdue": True, "today": dt.date(2026, 11, 22)}))
    assert [f.title for f in overdue] == ["En retard"]


def test_duplicates_of_uses_normalised_names(services):
    services.create("partner", PartnerIn(name="Łódź Film School"))
    services.create("contact", ContactIn(first_name="Élodie", last_name="MARTIN"))
    assert len(services.duplicates_of("partner", "LODZ FILM  SCHOOL")) == 1
    assert len(services.duplicates_of("partner", "Pusan")) == 0
    assert len(services.duplicates_of("contact", "martin elodie")) == 1


def test_duplicates_of_follows_the_identity_rules(services):
    """The form's duplicate warning uses the import's rules: a partner is its name and country, a
    person is told apart by e-mail or organisation."""
    services.create("partner", PartnerIn(name="Valencia", country="ES"))
    services.create("contact", ContactIn(first_name="Lan", last_name="Nguyen", emails=["lan@hue.vn"],
                                         organisation="Ville de Hué"))
    assert len(services.duplicates_of("partner", "Valencia", data=PartnerIn(name="Valencia", country="VE"))) == 0
    assert len(services.duplicates_of("partner", "Valencia", data=PartnerIn(name="Valencia", country="ES"))) == 1
    assert len(services.duplicates_of("partner", "Valencia", data=PartnerIn(name="Valencia"))) == 1
    other = ContactIn(first_name="Lan", last_name="Nguyen", emails=["lan@hanoi.vn"], organisation="Ville de Hanoï")
    same = ContactIn(first_name="Lan", last_name="NGUYEN", emails=["LAN@hue.vn"])
    assert services.duplicates_of("contact", "Lan Nguyen", data=other) == []
    assert len(services.duplicates_of("contact", "Lan Nguyen", data=same)) == 1


def test_history_keeps_before_and_after(services):
    p = services.create("partner", PartnerIn(name="Busan"))
    services.update("partner", p.id, PartnerIn(name="Pusan"))
    history = services.history("partner", p.id)
    assert [h["action"] for h in history] == ["create", "update"]
    assert history[1]["before"]["name"] == "Busan" and history[1]["after"]["name"] == "Pusan"


def test_bulk_creation_gives_the_same_records(catalog, services):
    from db.services.bulk import create_partners

    with catalog.uow("bulk") as uow:
        ids = create_partners(uow.session, [PartnerIn(name=f"Ville de Saint-Étienne {i}", country="FR",
                                                      domains="Patrimoine; cinéma", partner_since="mai 2019",
                                                      active=i % 2 == 0, notes="ligne 1\n\tligne 2 \\ fin",
                                                      extra={"Ancien code": f"SE-{i}"} if i == 0 else {})
                                            for i in range(30)], "bulk")
        uow.commit()
    p = services.get("partner", ids[0])
    assert p.domains == ["Cinéma et audiovisuel", "Patrimoine"] and p.partner_since.iso() == "2019-05" and p.version == 1
    assert p.extra == {"Ancien code": "SE-0"} and p.notes == "ligne 1\n\tligne 2 \\ fin" and p.active is True
    assert services.get("partner", ids[1]).active is False and services.get("partner", ids[1]).extra == {}
    assert p.created_at == p.updated_at and p.created_by == "bulk"
    orm = services.create("partner", PartnerIn(name="Témoin"))
    assert abs((p.created_at - orm.created_at).total_seconds()) < 600  # the same clock and time zone
    assert services.count("partner", ListQuery(search="saint etienne 12")) == 1
    assert services.history("partner", ids[5])[0]["action"] == "create"
    services.create("partner", PartnerIn(name="Après"))  # the search trigger is back
    assert services.count("partner", ListQuery(search="apres")) == 1


def test_bulk_search_text_is_the_one_the_records_get(catalog, services):
    from sqlalchemy import select

    from db.models import Partner
    from db.services.bulk import create_partners

    values = [dict(name="Łódź Film School", city="Łódź", country="PL", domains="Cinéma; Éducation",
                   referent="Mme Ægir Œuvre", notes="Première note — ligne 2\ndeuxième ligne"),
              dict(name="부산광역시 Busan", city="Busan", country="KR", email="Contact@Busan.example.org"),
              dict(name="Tromsø kommune", country="NO", description="ﬁlm ﬆudio, Straße", referent="Ðorđe")]
    with catalog.uow("bulk") as uow:
        bulk_ids = create_partners(uow.session, [PartnerIn(**v) for v in values], "bulk")
        uow.commit()
    orm_ids = [services.create("partner", PartnerIn(**{**v, "name": v["name"] + " bis"})).id for v in values]
    with catalog.uow() as uow:
        text = dict(uow.session.execute(select(Partner.public_id, Partner.search_text)).all())
    for bulk, orm in zip(bulk_ids, orm_ids, strict=True):
        assert text[bulk].split() == [w for w in text[orm].split() if w != "bis"]
