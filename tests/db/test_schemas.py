"""Input schemas: normalise, and reject with a field-level reason worded in French or English."""

import pytest
from pydantic import ValidationError

from db.schemas import AgreementIn, ContactIn, EventIn, FollowUpIn, PartnerIn
from db.schemas.messages import describe, describe_text


def test_partner_is_normalised():
    p = PartnerIn(name="  Busan ", country="Corée du Sud", email=" Claire@Example.fr ", phone="04 65 71 20 14",
                  domains="cinéma; éducation", partner_since="22 mai 2023", kind="Ville", active="oui")
    assert (p.name, p.country, p.email, p.phone, p.kind, p.active) == (
        "Busan", "KR", "claire@example.fr", "+33465712014", "city", True)
    assert p.domains == ["cinéma", "éducation"]
    assert p.model_dump(mode="json")["partner_since"] == "2023-05-22"


def test_partner_errors_name_each_field_in_french():
    with pytest.raises(ValidationError) as info:
        PartnerIn(name=" ", email="a@example,fr", partner_since="31/02/2020", country="Narnia")
    problems = dict(describe(info.value, "fr"))
    assert problems["name"] == "Valeur obligatoire"
    assert problems["email"] == "Adresse électronique invalide : « a@example,fr »"
    assert problems["partner_since"].startswith("Date invalide : « 31/02/2020 »")
    assert problems["country"] == "Pays inconnu : « Narnia »"
    english = dict(describe(info.value, "en"))
    assert english["email"] == "Invalid e-mail address: “a@example,fr”"
    assert "Courriel : Adresse électronique invalide" in describe_text(info.value, "fr")


def test_agreement_vocabularies_and_amounts():
    a = AgreementIn(title="Protocole", kind="Protocole d'entente", renewal="tacite", budget="25 000,00 €",
                    cofinancing_rate="0,25", partners="Busan; Shizuoka", status="en vigueur")
    assert (a.kind, a.renewal, str(a.budget), a.cofinancing_rate, a.partners, a.status) == (
        "memorandum", "tacit", "25000.00", 0.25, ["Busan", "Shizuoka"], "active")


def test_agreement_end_before_start_is_rejected():
    with pytest.raises(ValidationError) as info:
        AgreementIn(title="x", starts_on="2024", ends_on="2023-12")
    assert info.value.errors()[0]["type"] == "end_before_start"


def test_unknown_vocabulary_value_is_rejected():
    with pytest.raises(ValidationError) as info:
        AgreementIn(title="x", kind="contrat de mariage")
    assert info.value.errors()[0]["type"] == "choice_invalid"


def test_contact_needs_a_name_and_keeps_phones_with_their_kind():
    with pytest.raises(ValidationError):
        ContactIn(emails="x@example.org")
    c = ContactIn(last_name="Park", phones=[{"kind": "mobile", "number": "+82 51 555 0142"}, {"kind": "phone", "number": ""}])
    assert [p.model_dump() for p in c.phones] == [{"kind": "mobile", "number": "+82515550142"}]


def test_event_sessions_and_times():
    e = EventIn(title="Colloque", sessions=[{"title": "Atelier 1", "kind": "ATELIER", "start_time": "11h00",
                                             "speakers": "A; B\nC"}])
    s = e.sessions[0]
    assert (s.kind, s.start_time, s.speakers) == ("workshop", "11:00", ["A", "B", "C"])


def test_followup_year_only_due_date_keeps_its_precision():
    fu = FollowUpIn(title="Numériser", due_on="2025", status="fait")
    assert fu.due_on.precision == "year"
    assert fu.status == "done"
