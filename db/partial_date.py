"""Dates known to a year, a month or a day: parsed from what offices write, kept as written.

Stored as an ISO prefix ("2019", "2019-05", "2019-05-22"), which sorts correctly as text and
never invents a 1 January.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Literal

from db.text import fold

Precision = Literal["year", "month", "day"]

MONTHS = {
    # French (folded), with common abbreviations
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "mar": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
    # English
    "january": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "october": 10, "november": 11, "december": 12,
}
MONTH_NAMES = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}

MIN_YEAR, MAX_YEAR = 1800, 2200


class PartialDateError(ValueError):
    """The text is not a date this module understands."""


@functools.total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date with year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise PartialDateError(f"year {self.year} out of range")
        if self.month is None and self.day is not None:
            raise PartialDateError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise PartialDateError(f"month {self.month} out of range")
        if self.day is not None:
            dt.date(self.year, self.month, self.day)  # raises ValueError on 31/02

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Parse the stored form: "2019", "2019-05" or "2019-05-22"."""
        if cls is PartialDate:  # the same few thousand days are read again and again: remembered
            return _from_iso(text)
        return cls._parse_iso(text)

    @classmethod
    def _parse_iso(cls, text: str) -> PartialDate:
        parts = text.split("-")
        try:
            numbers = [int(p) for p in parts]
        except ValueError as exc:
            raise PartialDateError(f"not an ISO partial date: {text!r}") from exc
        if not 1 <= len(numbers) <= 3:
            raise PartialDateError(f"not an ISO partial date: {text!r}")
        return cls(*numbers)

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """Last day of the period: the end of the year or month for partial dates."""
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def as_date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.day is not None else None

    def display(self, language: str = "fr", qualifier: str | None = None) -> str:
        """As a person writes it: "22/05/2023", "mai 2019", "2018" (French) or English forms.

        With a ``qualifier`` (a code of ``QUALIFIERS``, see ``parse_qualified_date``) the date is
        shown as it was written: "vers 1995", "depuis le 22/05/2023", "fin mai 2019", "about 1995".
        """
        if qualifier:
            return qualified_display(self, qualifier, language)
        if self.day is not None:
            if language == "en":
                return f"{self.day} {MONTH_NAMES['en'][self.month - 1]} {self.year}"
            return f"{self.day:02d}/{self.month:02d}/{self.year}"
        if self.month is not None:
            return f"{MONTH_NAMES[language if language in MONTH_NAMES else 'fr'][self.month - 1]} {self.year}"
        return str(self.year)

    def __str__(self) -> str:
        return self.iso()

    def __lt__(self, other: PartialDate) -> bool:
        """Ordered as their stored form sorts: 2018-12 < 2019 < 2019-05 < 2019-05-01."""
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month or 0, self.day or 0) < (other.year, other.month or 0, other.day or 0)


_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
# a time of day after the date ("16/10/2021 09:00", "2021-10-16t09:00:00z", "May 3, 2023 2:30 pm"): the day is kept
_CLOCK = re.compile(r"(?<=\d)(?:[ t]|, ?| (?:a|at|um|as|to) )\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?"
                    r"(?: ?[ap]\.? ?m\.?| ?uhr| ?h)?(?:z|[+-]\d{2}:?\d{2})?$")
_WORDY = re.compile(r"^(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?)?([a-z]+)\.?\s+(\d{4})$")
_EN_MDY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_WEEKDAYS = re.compile(
    r"^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
)



@functools.lru_cache(maxsize=65536)
def _from_iso(text: str) -> PartialDate:
    """``PartialDate.from_iso``, remembered (a PartialDate is immutable: one instance serves every read)."""
    return PartialDate._parse_iso(text)

def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def time_of_day(text: str) -> str | None:
    """The time written after a date ("16/10/2021 09:00" -> "09:00"), None when there is none or
    when it is midnight (a date exported with its empty time)."""
    folded = re.sub(r"\s+", " ", fold(str(text)).replace(",", ", ")).strip(" ,")
    m = _CLOCK.search(folded)
    if m is None:
        return None
    clock = re.search(r"(\d{1,2})[:h](\d{2})(?::(\d{2}))?", m[0])
    if clock is None or not any(int(x) for x in clock.groups() if x):
        return None
    return m[0].lstrip(" ,t").removeprefix("a ").removeprefix("at ").removeprefix("um ").strip()


def parse_partial_date(value: object) -> PartialDate | None:
    """Read a date as offices write it; None for an empty value; PartialDateError otherwise.

    Day first ("03/04/2018", "22.05.2023", "22-05-2023" are day, month, year), French or English
    month names ("22 mai 2023", "le 1er janvier 2020", "mai 2019", "May 22, 2023", "22nd May 2023"),
    ISO and year first ("2023-05-22", "2023/05/22", "2023-05"), bare years ("2019", 2018).

    A qualifier ("vers 1995", "depuis 1991", "fin 2019"…) is read and *dropped* here: the date is
    returned. Call ``parse_qualified_date`` to keep it.
    """
    if value is None:
        return None
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, bool):
        raise PartialDateError(f"not a date: {value!r}")
    if isinstance(value, int | float):
        if float(value).is_integer() and MIN_YEAR <= int(value) <= MAX_YEAR:
            return PartialDate(int(value))
        raise PartialDateError(f"not a date: {value!r}")
    text = fold(str(value)).replace(",", ", ").strip()
    text = re.sub(r"\s+", " ", text).strip(" ,")
    if not text:
        return None
    text = _WEEKDAYS.sub("", text)
    _qualifier, text = _split_folded(text)
    text = _ON.sub("", text)
    text = _CLOCK.sub("", text)
    try:
        if m := _ISO.match(text):
            return PartialDate(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
        if m := _DMY.match(text):
            return PartialDate(_year(m[3]), int(m[2]), int(m[1]))
        if m := _YMD.match(text):
            return PartialDate(int(m[1]), int(m[2]), int(m[3]))
        if m := _MY.match(text):
            return PartialDate(int(m[2]), int(m[1]))
        if m := _YEAR.match(text):
            return PartialDate(int(m[1]))
        compact = text.replace(" , ", " ").replace(", ", " ")
        if (m := _WORDY.match(compact)) and m[2] in MONTHS:
            return PartialDate(int(m[3]), MONTHS[m[2]], int(m[1]) if m[1] else None)
        if (m := _EN_MDY.match(compact)) and m[1] in MONTHS:
            return PartialDate(int(m[3]), MONTHS[m[1]], int(m[2]))
    except (ValueError, PartialDateError) as exc:
        raise PartialDateError(f"impossible date: {value!r}") from exc
    raise PartialDateError(f"not a date: {value!r}")


# --- qualifiers: "vers 1995", "depuis 1991", "fin 2019" --------------------------------------------

# code -> (French, English) as shown before the date; the French form before a day takes "le"
QUALIFIERS: dict[str, tuple[str, str]] = {
    "since": ("depuis", "since"),
    "about": ("vers", "about"),
    "before": ("avant", "before"),
    "after": ("après", "after"),
    "until": ("jusqu'en", "until"),
    "start": ("début", "early"),
    "mid": ("mi-", "mid-"),
    "end": ("fin", "late"),
}
# folded words before a date, longest first within each qualifier
_LEADING = [
    ("since", r"depuis|des|since|a partir d[eu]|a compter d[eu]"),
    ("about", r"vers|environ|env\.?|circa|ca\.?|c\.|about|around|approx\.?|approximately|autour d[eu]|~"),
    ("before", r"avant|before|prior to|anterieurement a|anterieur a"),
    ("after", r"apres|after|posterieurement a|posterieur a"),
    ("until", r"jusqu ?'? ?(?:en|au|a)|until|till|up to"),
    ("start", r"au debut d[eu]|debut d[eu]|debut|early|beginning of|start of|the start of|the beginning of"),
    ("mid", r"au milieu d[eu]|milieu d[eu]|mi ?-|mid ?-|mid|middle of|the middle of"),
    ("end", r"a la fin d[eu]|fin d[eu]|fin|late|end of|the end of"),
]
_LEADING_RE = [(code, re.compile(rf"^(?:{words})(?:\s+|(?<=[-~'.])\s*)(?:l'\s*|l\s+)?")) for code, words in _LEADING]
_TRAILING_RE = re.compile(r"\s*(?:\(\s*)?(?:env\.?|environ|circa|ca\.?|approx\.?|\?)(?:\s*\))?$")
_ON = re.compile(r"^(?:le|on the|the|on|en|in|du)\s+")


def _split_folded(text: str) -> tuple[str | None, str]:
    """(qualifier code, rest) of folded text; (None, text) when no qualifier leads or trails."""
    for code, pattern in _LEADING_RE:
        if (m := pattern.match(text)) and text[m.end():].strip():
            return code, text[m.end():].strip()
    if (m := _TRAILING_RE.search(text)) and m.start() > 0:
        return "about", text[:m.start()].strip()
    return None, text


def split_qualifier(text: str | None) -> tuple[str | None, str]:
    """The qualifier of a date as written, and the date text without it.

    "vers 1995" -> ("about", "1995"); "depuis le 22 mai 2023" -> ("since", "le 22 mai 2023");
    "fin 2019" -> ("end", "2019"); "1995 (env.)" -> ("about", "1995"); "22/05/2023" -> (None, "22/05/2023").
    Codes are the keys of ``QUALIFIERS`` (since, about, before, after, until, start, mid, end).
    Only the words are looked at: whether the rest is a date is ``parse_partial_date``'s affair.
    """
    if text is None:
        return None, ""
    original = re.sub(r"\s+", " ", str(text)).strip()
    folded = re.sub(r"\s+", " ", fold(original)).strip()
    code, rest = _split_folded(folded)
    if code is None:
        return None, original
    # the same number of characters was cut from the folded text: give back the rest as typed
    # (folding keeps lengths for Latin letters; when it does not, the folded rest is returned)
    if len(folded) == len(original):
        start = len(folded) - len(rest) if folded.endswith(rest) else 0
        return code, original[start:start + len(rest)]
    return code, rest


def parse_qualified_date(value: object) -> tuple[PartialDate | None, str | None]:
    """A date and its qualifier: "vers 1995" -> (PartialDate(1995), "about"); "2019" -> (…, None).

    For an import that keeps the qualifier (e.g. in ``extra`` or a remark) and shows it back with
    ``PartialDate.display(language, qualifier)`` or ``qualified_display``. PartialDateError as
    ``parse_partial_date``."""
    if not isinstance(value, str):
        return parse_partial_date(value), None
    qualifier, rest = split_qualifier(value)
    return parse_partial_date(rest if qualifier else value), qualifier


def qualifier_label(code: str, language: str = "fr") -> str:
    """The word of a qualifier code: "about" -> "vers" (French), "about" (English)."""
    fr, en = QUALIFIERS[code]
    return en if language == "en" else fr


def qualified_display(date: PartialDate, qualifier: str | None, language: str = "fr") -> str:
    """ "vers 1995", "depuis le 22/05/2023", "jusqu'en mai 2019", "fin 2019", "mi-2020"; English
    "about 1995", "since 22 May 2023", "late 2019", "mid-2020"."""
    shown = date.display(language)
    if not qualifier:
        return shown
    word = qualifier_label(qualifier, language)
    if word.endswith("-"):
        return f"{word}{shown}"
    if language != "en" and date.precision == "day":
        if qualifier == "until":
            return f"jusqu'au {shown}"
        if qualifier in ("since", "about", "before", "after"):
            return f"{word} le {shown}"
    return f"{word} {shown}"
