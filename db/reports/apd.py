"""The worksheet of the yearly APD declaration (e-APD): what the office paid in a calendar year, by
country and by category, each amount traced to the budget lines it adds up.

The rules (docs/apd.md says where they come from):

- a line counts for the year it is written for, with its **paid** amount (the declaration is of
  disbursements); planned or committed money not paid is listed apart, never declared;
- its category must be one of the declaration's (``vocab.BUDGET_CATEGORY``, « Hors APD » excluded);
- its country (its own, or its partners' when they are all of one country) must be on the OECD DAC
  list of ODA recipients of that year (``resources/data/oda_recipients_*.json``); awareness, foreign
  students, refugees, service costs and multilateral contributions may be declared without a
  country (« non ventilé »), as may those spent in France;
- everything else is listed with the reason it was left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from db.faults import WordedError
from db.reports.money import ZERO, MoneyLine, lines_of_year, total
from db.resources import data_dir
from db.service_messages import ServiceMessage

CATEGORIES = ("cooperation", "ngo_grant", "awareness", "refugees", "students", "admin_costs", "multilateral")
WITHOUT_COUNTRY = frozenset({"awareness", "refugees", "students", "admin_costs", "multilateral"})
UNALLOCATED = ""  # the country key of amounts declared without a country


class OdaListError(WordedError, ValueError):
    """The ODA recipients file cannot be read (a French sentence that knows its English)."""


@dataclass(frozen=True)
class OdaList:
    title: str
    source: str
    years: tuple[int, ...]
    countries: frozenset[str]
    path: str
    note: str = ""

    def covers(self, year: int) -> bool:
        return year in self.years


def load_oda_list(year: int, path: str | Path | None = None) -> OdaList:
    """The list for ``year``: the file given, else the shipped file covering that year, else the latest
    shipped (``covers`` then says it does not cover the year)."""
    if path is None:
        files = sorted(data_dir().glob("oda_recipients_*.json"))
        if not files:
            raise OdaListError(ServiceMessage("oda_missing"))
        lists = [load_oda_list(year, f) for f in files]
        covering = [x for x in lists if x.covers(year)]
        return (covering or sorted(lists, key=lambda x: max(x.years)))[-1]
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        countries = frozenset(str(c).upper() for c in data["countries"])
        years = tuple(int(y) for y in data.get("years") or ())
    except (OSError, ValueError, KeyError, TypeError):
        raise OdaListError(ServiceMessage("oda_unreadable", path=path)) from None
    return OdaList(str(data.get("title") or ""), str(data.get("source") or ""), years, countries, str(path),
                   str(data.get("note") or ""))


@dataclass(frozen=True)
class Declared:
    """A line kept: declared under ``country`` (``UNALLOCATED`` when none) and ``category``."""

    line: MoneyLine
    country: str
    amount: Decimal


@dataclass(frozen=True)
class Left:
    """A line of the year left out, with the reason (a code; ``REASONS`` words it)."""

    line: MoneyLine
    reason: str


REASONS = {
    "not_oda": ("Hors APD (catégorie)", "Not ODA (category)"),
    "no_category": ("Catégorie non renseignée", "No category"),
    "not_paid": ("Rien de versé cette année (prévu ou engagé seulement)", "Nothing paid this year (planned or committed only)"),
    "no_country": ("Pays non renseigné (obligatoire pour cette catégorie)", "No country (required for this category)"),
    "not_eligible": ("Pays absent de la liste des bénéficiaires de l'APD", "Country not on the list of ODA recipients"),
}


@dataclass(frozen=True)
class ApdWorksheet:
    year: int
    oda: OdaList
    declared: list[Declared]
    left_out: list[Left]
    cells: dict[tuple[str, str], Decimal] = field(default_factory=dict)  # (country, category) -> euros

    @property
    def countries(self) -> list[str]:
        """Country codes with an amount (the unallocated row last)."""
        codes = sorted({c for c, _ in self.cells if c != UNALLOCATED})
        return codes + ([UNALLOCATED] if any(c == UNALLOCATED for c, _ in self.cells) else [])

    @property
    def categories(self) -> list[str]:
        return [c for c in CATEGORIES if any(cat == c for _, cat in self.cells)]

    def country_total(self, country: str) -> Decimal:
        return total(v for (c, _), v in self.cells.items() if c == country)

    def category_total(self, category: str) -> Decimal:
        return total(v for (_, cat), v in self.cells.items() if cat == category)

    @property
    def grand_total(self) -> Decimal:
        return total(self.cells.values())

    def lines_of(self, country: str, category: str) -> list[Declared]:
        """The trace of one cell: the lines whose paid amounts make it."""
        return [d for d in self.declared if d.country == country and d.line.category == category]


def _decide(line: MoneyLine, oda: OdaList) -> tuple[str | None, str]:
    """(country key, "") when the line is declared, (None, reason) when it is left out."""
    if line.category == "not_oda":
        return None, "not_oda"
    if line.category not in CATEGORIES:
        return None, "no_category"
    if not line.paid or line.paid <= ZERO:
        return None, "not_paid"
    country = (line.country or "").upper()
    if not country or country == "FR":
        if line.category in WITHOUT_COUNTRY:
            return UNALLOCATED, ""
        return None, "no_country"
    if country not in oda.countries:
        return None, "not_eligible"
    return country, ""


def apd_worksheet(session: Session, year: int, oda_list: str | Path | None = None) -> ApdWorksheet:
    """The worksheet of ``year`` from the live budget lines of that year."""
    oda = load_oda_list(year, oda_list)
    declared: list[Declared] = []
    left: list[Left] = []
    cells: dict[tuple[str, str], Decimal] = {}
    for line in lines_of_year(session, year):
        country, reason = _decide(line, oda)
        if country is None:
            left.append(Left(line, reason))
            continue
        declared.append(Declared(line, country, line.paid))
        cells[country, line.category] = cells.get((country, line.category), ZERO) + line.paid
    return ApdWorksheet(year, oda, declared, left, cells)


def reason_text(code: str, language: str = "fr") -> str:
    fr, en = REASONS.get(code, (code, code))
    return en if language == "en" else fr
