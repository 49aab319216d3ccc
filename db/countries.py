"""ISO 3166-1 alpha-2 countries: recognised from French or English names or codes, named in either.

Names come from the CLDR (Babel) and the ISO standard (pycountry), never from a hand-typed list.
"""

from __future__ import annotations

from functools import lru_cache

from db.text import name_key

# Everyday names that neither CLDR nor ISO spell this way.
_ALIASES = {"uk": "GB", "angleterre": "GB", "england": "GB", "usa": "US", "etats unis d amerique": "US",
            "coree": "KR", "hollande": "NL", "holland": "NL", "cote divoire": "CI"}


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries)


@lru_cache(maxsize=2)
def _territories(language: str) -> dict[str, str]:
    from babel import Locale

    return Locale.parse(language).territories


@lru_cache(maxsize=2)
def _names(language: str) -> dict[str, str]:
    territories = _territories(language)
    return {code: territories.get(code, code) for code in _codes()}


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if name := getattr(country, attr, None):
                table.setdefault(name_key(name), country.alpha_2)
                if ", " in name:  # "Korea, Republic of" is also written "Republic of Korea"
                    head, tail = name.split(", ", 1)
                    table.setdefault(name_key(f"{tail} {head}"), country.alpha_2)
        table.setdefault(name_key(country.alpha_3), country.alpha_2)
    for language in ("en", "fr"):
        for code, name in _names(language).items():
            table[name_key(name)] = code
    for alias, code in _ALIASES.items():
        table.setdefault(alias, code)
    return table


def country_code(value: str | None) -> str | None:
    """"Corée du Sud", "South Korea", "kr", "KOR" -> "KR"; None if empty; KeyError if unknown."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if len(text) == 2 and text.upper() in _codes():
        return text.upper()
    key = name_key(text)
    if key in _lookup():
        return _lookup()[key]
    raise KeyError(text)


def country_name(code: str | None, language: str = "fr") -> str:
    """Localised name of a code ("KR" -> "Corée du Sud"); the code itself if unknown."""
    if not code:
        return ""
    code = code.upper()
    if len(code) != 2 or not code.isalpha():
        return code
    # CLDR alone (no pycountry to load: the dashboard names a few countries at start-up)
    return _territories(language if language in ("fr", "en") else "fr").get(code, code)


def all_countries(language: str = "fr") -> list[tuple[str, str]]:
    """(code, localised name) for every country, sorted by folded name."""
    names = _names(language)
    return sorted(names.items(), key=lambda item: name_key(item[1]))
