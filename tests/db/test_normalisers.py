"""Normalisation and rejection of values: text folding, dates, countries, e-mails, phones, booleans, amounts."""

import datetime as dt
from decimal import Decimal

import pytest
from pydantic_core import PydanticCustomError

from db.countries import country_code, country_name
from db.partial_date import PartialDate, PartialDateError, parse_partial_date
from db.schemas import fields as f
from db.text import fold, name_key, person_key


@pytest.mark.parametrize("a,b", [("Łódź Film School", "LODZ FILM SCHOOL"), ("Tromsø", "TROMSO"), ("  Busan ", "BUSAN"),
                                  ("Đà Nẵng", "da nang"), ("Saint-Étienne", "saint etienne"), ("Œuvre", "oeuvre")])
def test_name_keys_fold_case_accents_strokes_and_spaces(a, b):
    assert name_key(a) == name_key(b)


def test_lookalikes_are_not_folded_together():
    assert name_key("Busan") != name_key("Pusan")


def test_person_key_is_a_set_of_words():
    assert person_key("Élodie", "MARTIN") == person_key("MARTIN", "Elodie") == person_key("ELODIE Martin", "")


def test_fold_keeps_other_scripts():
    assert fold("부산 Hội An") == "부산 hoi an"


@pytest.mark.parametrize("text,iso,precision", [
    ("03/04/2018", "2018-04-03", "day"), ("22 mai 2023", "2023-05-22", "day"), ("1er mai 2023", "2023-05-01", "day"),
    ("mai 2019", "2019-05", "month"), ("2019", "2019", "year"), (2018, "2018", "year"), (2018.0, "2018", "year"),
    ("2022-03-10", "2022-03-10", "day"), ("2023-05", "2023-05", "month"), ("12 janvier 2020", "2020-01-12", "day"),
    ("May 22, 2023", "2023-05-22", "day"), ("22 May 2023", "2023-05-22", "day"), ("5.6.2024", "2024-06-05", "day"),
    ("18 OCTOBRE 2022", "2022-10-18", "day"), ("lundi 17 octobre 2022", "2022-10-17", "day"),
    (dt.date(2023, 5, 22), "2023-05-22", "day"), (dt.datetime(2023, 5, 22, 10, 30), "2023-05-22", "day"),
])
def test_partial_dates_are_read_day_first_with_their_precision(text, iso, precision):
    parsed = parse_partial_date(text)
    assert parsed.iso() == iso
    assert parsed.precision == precision


@pytest.mark.parametrize("text", ["31/02/2020", "bonjour", "13/13/2020", "1700", "32 mai 2020", True])
def test_impossible_dates_are_rejected(text):
    with pytest.raises(PartialDateError):
        parse_partial_date(text)


def test_partial_dates_display_as_written_and_never_invent_january_first():
    assert PartialDate(2019).display("fr") == "2019"
    assert PartialDate(2019, 5).display("fr") == "mai 2019"
    assert PartialDate(2019, 5).display("en") == "May 2019"
    assert PartialDate(2023, 5, 22).display("fr") == "22/05/2023"
    assert PartialDate(2019).first_day() == dt.date(2019, 1, 1)
    assert PartialDate(2019).last_day() == dt.date(2019, 12, 31)
    assert PartialDate(2024, 2).last_day() == dt.date(2024, 2, 29)
    assert sorted([PartialDate(2019, 5, 1), PartialDate(2019), PartialDate(2018, 12)])[0] == PartialDate(2018, 12)


@pytest.mark.parametrize("text", ["Corée du Sud", "coree du sud", "South Korea", "KR", "kr", "KOR", "Republic of Korea"])
def test_countries_from_french_english_names_and_codes(text):
    assert country_code(text) == "KR"


def test_country_names_in_both_languages():
    assert country_name("KR", "fr") == "Corée du Sud"
    assert country_name("KR", "en") == "South Korea"
    assert country_code("Royaume-Uni") == country_code("United Kingdom") == country_code("UK") == "GB"
    assert country_code("Côte d’Ivoire") == country_code("Cote d'Ivoire") == "CI"
    with pytest.raises(KeyError):
        country_code("Narnia")


def test_emails_are_trimmed_lowered_and_validated():
    assert f.normalise_email("  Claire.Vasseur@Example.FR ") == "claire.vasseur@example.fr"
    assert f.normalise_email("mailto:ji-woo.park@example.org") == "ji-woo.park@example.org"
    for bad in ["thomas.giraud@example,fr", "aminata.diallo@example", "hyun-woo.kim@@example.org", "pas une adresse"]:
        with pytest.raises(PydanticCustomError) as info:
            f.normalise_email(bad)
        assert info.value.type == "email_invalid"


@pytest.mark.parametrize("raw,e164", [
    ("04 65 71 20 14", "+33465712014"), ("0465712012", "+33465712012"), (465712012, "+33465712012"),
    ("+33 (0)4 65 71 20 14", "+33465712014"), ("04.65.71.20.15", "+33465712015"), ("+82 51 555 0142", "+82515550142"),
    ("+1 819-555-0147", "+18195550147"), ("0033 4 65 71 20 14", "+33465712014"),
])
def test_phones_to_e164_french_by_default(raw, e164):
    assert f.normalise_phone(raw) == e164


def test_bad_phone_is_rejected():
    with pytest.raises(PydanticCustomError) as info:
        f.normalise_phone("12")
    assert info.value.type == "phone_invalid"


@pytest.mark.parametrize("raw,value", [("oui", True), ("NON", False), ("Vrai", True), ("faux", False), ("x", True),
                                       (True, True), (0, False), ("", None), ("=TRUE()", True)])
def test_booleans(raw, value):
    assert f.normalise_bool(raw) is value


def test_bad_boolean_is_rejected():
    with pytest.raises(PydanticCustomError):
        f.normalise_bool("peut-être")


@pytest.mark.parametrize("raw,value", [("25 000,00 €", Decimal("25000.00")), ("25\u00a0000,00\u00a0€", Decimal("25000.00")),
                                       ("12 500,50", Decimal("12500.50")), (7800.75, Decimal("7800.75")),
                                       ("1.234,56", Decimal("1234.56")), ("1,234.56", Decimal("1234.56"))])
def test_amounts_as_french_excel_shows_them(raw, value):
    assert f.normalise_amount(raw) == value


def test_rates_accept_fractions_percent_and_decimal_commas():
    assert f.normalise_rate("0,3") == 0.3
    assert f.normalise_rate("30 %") == 0.3
    assert f.normalise_rate("30") == 0.3
    with pytest.raises(PydanticCustomError):
        f.normalise_rate("150 %")


def test_lists_split_on_separators_and_line_breaks():
    assert f.split_list("cinéma; éducation, patrimoine / numérique\nmusique") == [
        "cinéma", "éducation", "patrimoine", "numérique", "musique"]
    assert f.split_list("Cinéma;cinéma; ") == ["Cinéma"]


def test_text_is_trimmed_nfc_and_limited():
    decomposed = "Cafe\u0301"
    assert f.clean_text(f"  {decomposed}  ", 10) == "Café"
    assert f.clean_text("   ", 10) is None
    assert f.clean_text("ligne 1\r\nligne 2", 100) == "ligne 1\nligne 2"
    with pytest.raises(PydanticCustomError) as info:
        f.clean_text("x" * 11, 10)
    assert info.value.type == "too_long"
