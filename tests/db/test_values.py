"""Values as offices write them: yes/no and status words, partial dates with a qualifier, more date wordings."""

import pytest
from pydantic import TypeAdapter
from pydantic_core import PydanticCustomError

from db.schemas import fields as f
from db.schemas import vocab
from db.schemas.records import _vocab


@pytest.mark.parametrize("raw,value", [
    ("oui", True), ("Oui", True), ("OUI", True), ("non", False), ("Non.", False), ("yes", True), ("No", False),
    ("VRAI", True), ("FAUX", False), ("TRUE", True), ("false", False), ("=TRUE()", True), ("=FALSE()", False),
    (True, True), (False, False), (1, True), (0.0, False),
    ("x", True), ("X", True), ("✓", True), ("✔", True), ("☑", True), ("☒", True),
    ("✗", False), ("✘", False), ("☐", False), ("-", False),
    ("Actif", True), ("active", True), ("Inactif", False), ("INACTIVE", False),
    ("Fait", True), ("done", True), ("À faire", False), ("a faire", False), ("To do", False),
    ("Payé", True), ("paid", True), ("Non payé", False), ("impayé", False), ("unpaid", False),
    ("", None), (None, None), ("  ", None),
])
def test_yes_no_words_without_a_sense(raw, value):
    assert f.normalise_bool(raw) is value


@pytest.mark.parametrize("raw,active,done", [
    ("En cours", True, False), ("ongoing", True, False), ("in progress", True, False),
    ("Terminé", False, True), ("terminée", False, True), ("Clos", False, True), ("closed", False, True),
    ("Fini", False, True), ("Ouvert", True, False),
])
def test_status_words_read_by_the_sense_of_the_flag(raw, active, done):
    assert f.normalise_bool(raw, "active") is active
    assert f.normalise_bool(raw, "done") is done
    with pytest.raises(PydanticCustomError) as info:  # refused rather than guessed
        f.normalise_bool(raw)
    assert info.value.type == "bool_invalid"


@pytest.mark.parametrize("raw,value", [("Réalisé", True), ("réalisée", True), ("En attente", False),
                                       ("completed", True), ("not done", False)])
def test_done_flag(raw, value):
    assert f.normalise_bool(raw, "done") is value
    assert TypeAdapter(f.DoneFlag).validate_python(raw) is value


def test_active_and_paid_flags():
    assert TypeAdapter(f.ActiveFlag).validate_python("en vigueur") is True
    assert TypeAdapter(f.ActiveFlag).validate_python("Expiré") is False
    assert TypeAdapter(f.PaidFlag).validate_python("Réglé") is True
    assert TypeAdapter(f.PaidFlag).validate_python("à payer") is False


@pytest.mark.parametrize("raw", ["peut-être", "?", "2", 2, "bientôt"])
def test_unknown_yes_no_is_rejected(raw):
    with pytest.raises(PydanticCustomError):
        f.normalise_bool(raw)


@pytest.mark.parametrize("heading,sense", [
    ("Payé ?", "paid"), ("Paiement reçu", "paid"), ("Fait", "done"), ("Terminé ?", "done"), ("Réalisé", "done"),
    ("Done", "done"), ("Actif", "active"), ("En cours", "active"), ("Statut", "active"), ("Nom", None), (None, None),
])
def test_flag_sense_from_heading(heading, sense):
    assert f.flag_sense(heading) == sense


def _read(vocabulary, text):
    return TypeAdapter(_vocab(vocabulary)).validate_python(text)


@pytest.mark.parametrize("text,code", [
    ("Terminé", "done"), ("Terminée", "done"), ("Clos", "done"), ("Réalisé", "done"), ("Fait", "done"),
    ("En cours", "open"), ("À faire", "open"), ("A faire", "open"), ("Annulé", "cancelled"), ("Annulée", "cancelled"),
    ("Done", "done"), ("Completed", "done"), ("Closed", "done"), ("To do", "open"), ("In progress", "open"),
    ("Open", "open"), ("Cancelled", "cancelled"), ("Canceled", "cancelled"), ("Pending", "open"),
])
def test_followup_status_words(text, code):
    assert _read(vocab.FOLLOWUP_STATUS, text) == code


@pytest.mark.parametrize("text,code", [
    ("En vigueur", "active"), ("en vigueur", "active"), ("Signé", "signed"), ("signée", "signed"),
    ("En négociation", "negotiation"), ("En cours de négociation", "negotiation"), ("Expiré", "expired"),
    ("Échu", "expired"), ("Résilié", "terminated"), ("Dénoncée", "terminated"), ("In force", "active"),
    ("Signed", "signed"), ("Expired", "expired"), ("Terminated", "terminated"), ("Draft", "draft"),
    ("Projet", "draft"), ("En projet", "draft"), ("Under negotiation", "negotiation"), ("Active", "active"),
])
def test_agreement_status_words(text, code):
    assert _read(vocab.AGREEMENT_STATUS, text) == code


@pytest.mark.parametrize("text,code", [
    ("Actif", "active"), ("actif", "active"), ("Inactif", "dormant"), ("En sommeil", "dormant"),
    ("Prospect", "prospect"), ("En prospection", "prospect"), ("Active", "active"), ("Inactive", "dormant"),
    ("Dormant", "dormant"),
])
def test_partner_status_words(text, code):
    assert _read(vocab.PARTNER_STATUS, text) == code


def test_no_synonym_names_a_code_of_another_meaning():
    for vocabulary in (vocab.FOLLOWUP_STATUS, vocab.AGREEMENT_STATUS, vocab.PARTNER_STATUS):
        for word, code in vocabulary.synonyms.items():
            assert code in vocabulary.codes
            assert word not in vocabulary.codes or word == code, (vocabulary.name, word)
