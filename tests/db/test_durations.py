"""Notice periods typed in words: « 6 mois », « trois mois », « 90 jours » (db/schemas/durations.py)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from db.schemas import AgreementIn
from db.schemas.durations import DurationError, months


@pytest.mark.parametrize(("text", "expected"), [
    ("6 mois", 6), ("trois mois", 3), ("90 jours", 3), ("Trois Mois", 3), ("1 an", 12), ("un an", 12),
    ("deux ans", 24), ("3", 3), (3, 3), ("12 months", 12), ("six months", 6), ("365 jours", 12),
    ("préavis de 6 mois", 6), ("dix-huit mois", 18), ("  ", None), (None, None), ("60 j", 2), ("douze", 12),
])
def test_durations_in_months(text, expected):
    assert months(text) == expected


@pytest.mark.parametrize("text", ["45 jours", "six semaines", "beaucoup", "-3", "2,5 mois", "mois", True])
def test_durations_that_make_no_whole_months_are_refused(text):
    with pytest.raises(DurationError):
        months(text)


def test_the_agreement_schema_reads_a_notice_in_words_and_says_what_it_expects():
    assert AgreementIn(title="Accord", notice_months="6 mois").notice_months == 6
    assert AgreementIn(title="Accord", notice_months="trois mois").notice_months == 3
    assert AgreementIn(title="Accord", notice_months="90 jours").notice_months == 3
    with pytest.raises(ValidationError) as caught:
        AgreementIn(title="Accord", notice_months="45 jours")
    from db.schemas.messages import error_message

    text = error_message(caught.value.errors()[0])
    assert "« 45 jours »" in text and "90 jours" in text and "Nombre" not in text
