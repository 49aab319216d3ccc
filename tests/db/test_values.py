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


# --- dates -----------------------------------------------------------------------------------------

from db.partial_date import (  # noqa: E402
    PartialDate,
    PartialDateError,
    parse_partial_date,
    parse_qualified_date,
    qualified_display,
    split_qualifier,
)


@pytest.mark.parametrize("text,iso,qualifier,shown_fr,shown_en", [
    ("depuis 1991", "1991", "since", "depuis 1991", "since 1991"),
    ("Depuis 1991", "1991", "since", "depuis 1991", "since 1991"),
    ("vers 1995", "1995", "about", "vers 1995", "about 1995"),
    ("env. 2001", "2001", "about", "vers 2001", "about 2001"),
    ("environ 2001", "2001", "about", "vers 2001", "about 2001"),
    ("circa 1990", "1990", "about", "vers 1990", "about 1990"),
    ("c. 1990", "1990", "about", "vers 1990", "about 1990"),
    ("ca. 1990", "1990", "about", "vers 1990", "about 1990"),
    ("1995 (env.)", "1995", "about", "vers 1995", "about 1995"),
    ("avant 2000", "2000", "before", "avant 2000", "before 2000"),
    ("après 2010", "2010", "after", "après 2010", "after 2010"),
    ("fin 2019", "2019", "end", "fin 2019", "late 2019"),
    ("Fin mai 2019", "2019-05", "end", "fin mai 2019", "late May 2019"),
    ("début 2020", "2020", "start", "début 2020", "early 2020"),
    ("mi-2020", "2020", "mid", "mi-2020", "mid-2020"),
    ("since 1991", "1991", "since", "depuis 1991", "since 1991"),
    ("about 1995", "1995", "about", "vers 1995", "about 1995"),
    ("end of 2019", "2019", "end", "fin 2019", "late 2019"),
    ("jusqu'en 2020", "2020", "until", "jusqu'en 2020", "until 2020"),
    ("depuis le 22 mai 2023", "2023-05-22", "since", "depuis le 22/05/2023", "since 22 May 2023"),
    ("22/05/2023", "2023-05-22", None, "22/05/2023", "22 May 2023"),
])
def test_dates_with_a_qualifier(text, iso, qualifier, shown_fr, shown_en):
    date, found = parse_qualified_date(text)
    assert (date.iso(), found) == (iso, qualifier)
    assert date.display("fr", found) == shown_fr == qualified_display(date, found, "fr")
    assert date.display("en", found) == shown_en
    assert parse_partial_date(text).iso() == iso  # the plain parser reads the date, without its qualifier


def test_split_qualifier_gives_back_the_rest_as_typed():
    assert split_qualifier("Depuis le 22 Mai 2023") == ("since", "le 22 Mai 2023")
    assert split_qualifier("1995 (env.)") == ("about", "1995")
    assert split_qualifier("Busan") == (None, "Busan")
    assert split_qualifier(None) == (None, "")


def test_a_qualifier_needs_a_date():
    with pytest.raises(PartialDateError):
        parse_qualified_date("vers Busan")
    with pytest.raises(PartialDateError):
        parse_partial_date("depuis toujours")


def test_a_qualified_date_is_not_a_day():
    with pytest.raises(PydanticCustomError) as info:
        f.normalise_date("avant le 22/05/2023")
    assert info.value.type == "date_needs_day"
    assert f.normalise_date("le 22 mai 2023").isoformat() == "2023-05-22"


@pytest.mark.parametrize("text,iso", [
    ("le 22 mai 2023", "2023-05-22"), ("22.05.2023", "2023-05-22"), ("22-05-2023", "2023-05-22"),
    ("2023/05/22", "2023-05-22"), ("2023.05.22", "2023-05-22"), ("1er janvier 2020", "2020-01-01"),
    ("Le 1er janvier 2020", "2020-01-01"), ("22nd May 2023", "2023-05-22"), ("22nd of May 2023", "2023-05-22"),
    ("on 3rd March 2021", "2021-03-03"), ("May 22nd, 2023", "2023-05-22"), ("en 2019", "2019"),
    ("mardi 23 mai 2023", "2023-05-23"),
])
def test_more_date_wordings(text, iso):
    assert parse_partial_date(text).iso() == iso


def test_year_first_with_slashes_is_checked():
    with pytest.raises(PartialDateError):
        parse_partial_date("2023/13/22")
    assert parse_partial_date("2023/05/22") == PartialDate(2023, 5, 22)
