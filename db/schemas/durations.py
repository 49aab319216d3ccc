"""Durations as offices write them: « 6 mois », « trois mois », « 90 jours », « un an », "3 months".

A notice period is kept in whole months (``notice_months``): a number alone is months; days count
by 30 (« 90 jours » is 3 months, « 365 jours » 12) and must make whole months; years by 12; weeks
are refused (they make no whole number of months). Numbers are digits or words in French or English,
one to a hundred and twenty.
"""

from __future__ import annotations

import re
from decimal import Decimal

from db.text import fold

_UNITS = {"fr": ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                 "treize", "quatorze", "quinze", "seize"],
          "en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen"]}
WORDS: dict[str, int] = {"une": 1, "a": 1, "an": 1, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
                         "vingt-quatre": 24, "trente": 30, "trente-six": 36, "quarante-huit": 48, "soixante": 60,
                         "quatre-vingt-dix": 90, "cent-vingt": 120, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                         "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36, "forty-eight": 48,
                         "sixty": 60, "ninety": 90, "hundred-and-twenty": 120, "half": 0}
for _words in _UNITS.values():
    WORDS.update({w: i for i, w in enumerate(_words, start=1)})

MONTHS = {"mois": 1, "month": 1, "months": 1, "m": 1}
YEARS = {"an": 12, "ans": 12, "annee": 12, "annees": 12, "year": 12, "years": 12}
DAYS = {"jour": 1, "jours": 1, "j": 1, "day": 1, "days": 1}
WEEKS = {"semaine": 7, "semaines": 7, "week": 7, "weeks": 7}
_SHAPE = re.compile(r"^(?:de |d')?(?P<number>[0-9]+(?:[.,]5)?|[a-z]+(?:[ -][a-z]+)*?)\s*(?P<unit>[a-z]+)?\.?$")


class DurationError(ValueError):
    """Not a duration that makes whole months."""


def months(value: object) -> int | None:
    """The number of whole months a written duration makes; None when empty; DurationError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise DurationError(str(value))
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
        if number < 0 or number != number.to_integral_value():
            raise DurationError(str(value))
        return int(number)
    text = fold(str(value)).replace("\u2019", "'").strip()
    text = re.sub(r"^(preavis|notice)( de| of)?\s*:?\s*", "", text)
    match = _SHAPE.match(text)
    if match is None:
        raise DurationError(str(value))
    number_text, unit = match["number"], match["unit"] or "mois"
    if number_text.replace(",", ".").replace(".", "", 1).isdigit():
        number = Decimal(number_text.replace(",", "."))
    elif number_text.replace(" ", "-") in WORDS:
        number = Decimal(WORDS[number_text.replace(" ", "-")])
    else:
        raise DurationError(str(value))
    if unit in MONTHS:
        total = number
    elif unit in YEARS:
        total = number * 12
    elif unit in DAYS:
        if number in (365, 366):
            return 12
        if number % 30:
            raise DurationError(str(value))
        total = number / 30
    else:  # weeks and anything else: no whole number of months
        raise DurationError(str(value))
    if total < 0 or total != total.to_integral_value():
        raise DurationError(str(value))
    return int(total)
