"""What a table's columns say beyond each one's field: the column of the file's own identifiers
(which keeps namesakes apart) and the one country a partner list's cities are in."""

from __future__ import annotations

from collections import Counter

from db.interchange.imports import evidence as E
from db.interchange.imports import vocabulary as V
from db.interchange.imports.table import Column
from db.text import name_key

FILE_NUMBER_ENDINGS = ("nummer", "number", "numero", "nr", "ref", "reference", "code")
ID_WORDS = {"id", "uuid", "identifier", "identifiant", "identificador", "identificativo", "kennung", "orcid", "doi"}


def identifier(columns: list[Column], below, natures: dict[int, str]) -> int | None:
    """The column that identifies each row in the file's own terms: an id or code column, or web
    addresses (profile pages), whose values all differ in the sample (the most distinct wins)."""
    best: tuple[float, int] | None = None
    for c in columns:
        if c.target not in ("extra", "website") or V.is_public_id_header(c.header):
            continue
        words = set(name_key(c.header).split())
        filed = natures.get(c.index) == "code" and any(w.endswith(FILE_NUMBER_ENDINGS) for w in words)
        if not (natures.get(c.index) == "url" or words & ID_WORDS or "identifi" in name_key(c.header) or filed):
            continue   # a reference or a number may be the row's place in the sheet, not its identity
            #            (« DOSSIERNUMMER » over « SBA-000019 »: a file number is the row's identity)
        values = [vals[c.index] for _n, vals in below if c.index < len(vals) and vals[c.index] is not None]
        if len(values) < 5 or any(not isinstance(v, str | int) for v in values):
            continue   # formulas never computed, numbers read as floats: nothing to tell rows apart by
        share = E.distinct_share(values)
        if share >= 0.8 and (best is None or share > best[0]):
            best = (share, c.index)
    return best[1] if best else None


def country_of_cities(columns: list[Column], below) -> str | None:
    """The one country a partner sheet's cities are in, when no column gives the country: at least
    five of its cities known, nearly all of them (80 %) having a city of that name in one country
    (a directory of French museums: France). None when they are spread or unknown."""
    city = next((c for c in columns if c.target == "city"), None)
    if city is None or any(c.target in ("country", "partner_country") for c in columns):
        return None
    from db.cities import city_countries

    tally: Counter = Counter()
    known = 0
    for _number, values in below:
        value = values[city.index] if city.index < len(values) else None
        found = city_countries(value) if isinstance(value, str) else []
        if found:
            known += 1
            tally.update(set(found))
    if known < 5:
        return None
    country, count = tally.most_common(1)[0]
    return country if count * 10 >= known * 8 else None
