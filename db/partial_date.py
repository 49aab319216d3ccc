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

    def display(self, language: str = "fr") -> str:
        """As a person writes it: "22/05/2023", "mai 2019", "2018" (French) or English forms."""
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


_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
_WORDY = re.compile(r"^(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+)?([a-z]+)\.?\s+(\d{4})$")
_EN_MDY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_WEEKDAYS = re.compile(
    r"^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def parse_partial_date(value: object) -> PartialDate | None:
    """Read a date as offices write it; None for an empty value; PartialDateError otherwise.

    Day first ("03/04/2018" is 3 April), French or English month names ("22 mai 2023",
    "mai 2019", "May 22, 2023"), ISO ("2023-05-22", "2023-05"), bare years ("2019", 2018).
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
    try:
        if m := _ISO.match(text):
            return PartialDate(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
        if m := _DMY.match(text):
            return PartialDate(_year(m[3]), int(m[2]), int(m[1]))
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
