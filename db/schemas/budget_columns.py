"""Budget tables read from a record's columns: amounts per year written as columns of an agreements or
events sheet (« Budget 2024 », « Prévu 2025 », « Montant versé 2025 », « Engagé 2025 (€) », « 2025
réalisé ») become budget lines, one per year.

Such columns reach the record as extra attributes (the import keeps every unknown column as one);
``lines_from_extra`` takes out those whose heading names a money word and a year and whose value is an
amount, and leaves everything else where it was. A heading with « versé », « payé », « réalisé »,
« dépensé » or « mandaté » is the paid amount, with « engagé » the committed one, any other money word
(budget, montant, prévu, prévisionnel, subvention, crédits, coût) the planned one. Qt-free.
"""

from __future__ import annotations

import re
from functools import lru_cache

from db.text import fold

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d|21\d\d)(?!\d)")
PAID = ("verse", "paye", "realise", "depense", "mandate", "paid", "spent", "actual")
COMMITTED = ("engage", "committed")
PLANNED = ("budget", "montant", "prevu", "previsionnel", "subvention", "credit", "cout", "planned", "amount")


BARE = ("eur", "euro", "euros", "annee", "exercice", "year", "en")


def amount_kind(text: str) -> str | None:
    """"planned", "committed" or "paid" named by a text's money word (« Versé », « Engagé »), or None."""
    words = re.findall(r"[a-z]+", fold(str(text)))

    def has(stems) -> bool:
        return any(word.startswith(stem) for word in words for stem in stems)

    if has(PAID):
        return "paid"
    if has(COMMITTED):
        return "committed"
    if has(PLANNED):
        return "planned"
    return None


def measure(heading: str, bare: str | None = None) -> tuple[int, str] | None:
    """(year, "planned" | "committed" | "paid") named by a heading, or None. ``bare``: what a heading
    that is a year alone (« 2024 », « 2024 (€) », « Exercice 2024 ») holds, in a budget table."""
    return _measure(str(heading), bare)


@lru_cache(maxsize=4096)
def _measure(heading: str, bare: str | None) -> tuple[int, str] | None:
    """``measure`` of one heading, read once: every row of a sheet asks it of the same headings."""
    text = fold(heading)
    years = _YEAR.findall(text)
    if len(years) != 1:
        return None
    found = amount_kind(text)
    if found is None and bare and all(w in BARE for w in re.findall(r"[a-z]+", text)):
        found = bare
    return (int(years[0]), found) if found else None


def lines_from_extra(extra: dict, bare: str | None = None) -> tuple[list[dict], dict]:
    """(budget lines, extra without the columns they came from); lines by year (``bare``: see ``measure``)."""
    by_year: dict[int, dict] = {}
    kept = {}
    for key, value in extra.items():
        found = _measure(key if type(key) is str else str(key), bare)
        number = None
        if found is not None and not isinstance(value, bool):
            from db.schemas.fields import parse_number  # here: most rows have no budget column

            try:
                number = parse_number(value)
            except Exception:  # not a number: the column stays an attribute
                number = None
        if found is None or number is None or number < 0:
            kept[key] = value
            continue
        year, field = found
        line = by_year.setdefault(year, {"year": year})
        if line.get(field) is not None:   # a second column of that year and measure (« proposée 2014 »,
            kept[key] = value              # « Montant déjà attribué 2014 »): kept as written, never added up
            continue
        line[field] = str(number)
    return [by_year[y] for y in sorted(by_year)], kept


def from_columns(data):
    """``model_validator(mode="before")`` of the agreement and event schemas: budget columns kept as
    extra attributes become budget lines when the record brings none of its own."""
    if not isinstance(data, dict) or data.get("budget_lines") or not isinstance(data.get("extra"), dict):
        return data
    lines, kept = lines_from_extra(data["extra"])
    if not lines:
        return data
    return {**data, "extra": kept, "budget_lines": lines}
