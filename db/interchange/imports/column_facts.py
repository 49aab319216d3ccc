"""What a table's columns say beyond each one's field: the column of the file's own identifiers
(which keeps namesakes apart), a programme's days named without a date, the one country a partner list's cities are in, and the country its
phone numbers are written for."""

from __future__ import annotations

import re
from collections import Counter
from contextlib import suppress

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


_THOUSANDS = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DECIMAL_COMMA = re.compile(r",\d{1,2}$|,\d{4,}$")
AMOUNT_TARGETS = frozenset({"budget", "cost", "amount", "planned", "committed", "paid", "attendance"})


def thousands_commas(values: list) -> bool:
    """Whether a column of amounts writes its commas between thousands (« 53,130 », « 1,000 »,
    « 81,499 » beside « 500 »): at least three amounts with a comma, every one of them grouped by
    three, and none whose comma can only be a decimal one (« 47,81 », « 2 500,00 »)."""
    grouped = 0
    for value in values:
        if not isinstance(value, str) or "," not in value:
            continue
        text = value.strip().replace("€", "").replace("$", "").replace("\u00a0", "").replace(" ", "")
        if _THOUSANDS.match(text):
            grouped += 1
        elif _DECIMAL_COMMA.search(text) or "," in text:
            return False
    return grouped >= 3


def settle_columns(table, sheet_name: str, headers: list, below) -> None:
    """What a table's columns say of all its rows, read from the values under them: detection reads it
    from the columns it chose, the plan again from those the user named (``--map``). The way dates
    are written (``date_order.settle``), amounts' commas, the one country of the partners' cities
    and their phones, and grants named by the sheet (« subventions_2014 », « zuwendungen_2013 »)."""
    from db.interchange.imports.date_order import settle

    settle(table.columns, below, V.DATE_LIKE | {"start_time", "end_time", "time"})
    settle_amounts(table.columns, below)
    if table.kind == "partner" and table.default_country is None:
        table.default_country = country_of_cities(table.columns, below)
        table.phone_region = table.phone_region or table.local_phones()
    elif table.kind == "agreement" and table.default_kind is None and table.layout != "relation" \
            and V.says_grants([sheet_name, *headers]):
        table.default_kind = "grant"


def settle_amounts(columns: list, below) -> None:
    """Each amount column's way of writing its commas (``Column.thousands``)."""
    for column in columns:
        if column.target in AMOUNT_TARGETS:
            column.thousands = thousands_commas([v[column.index] for _n, v in below if column.index < len(v)])


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


PHONE_SAMPLE = 25   # numbers tried in every region: enough to tell the country, quick (about 0.6 s)


def phone_region(columns: list[Column], below) -> str | None:
    """The country (ISO code) a sheet's phone numbers are written for, when most of them are not
    French numbers and have no country code: the region in which most of a sample are valid, and
    clearly more than in any other calling code (« 07810 313423 », « 7881298532 » from a number
    cell: Great Britain). None when French numbers dominate, or when two countries read them as
    well (a guess is not made)."""
    phones = [c.index for c in columns if c.target in ("phone", "mobile")]
    if not phones:
        return None
    import phonenumbers
    from pydantic_core import PydanticCustomError

    from db.schemas.fields import normalise_phone

    sample: list[str] = []
    french = 0
    for _number, values in below:
        for index in phones:
            value = values[index] if index < len(values) else None
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            text = str(value).strip() if isinstance(value, str | int) else ""
            if not any(ch.isdigit() for ch in text) or text.startswith(("+", "00")):
                continue
            with suppress(PydanticCustomError):
                french += normalise_phone(value) is not None
            sample.append(text)
        if len(sample) >= PHONE_SAMPLE:
            break
    if len(sample) < 3 or french * 2 >= len(sample):
        return None
    by_code: Counter = Counter()
    for region in phonenumbers.SUPPORTED_REGIONS:
        valid = 0
        for text in sample:
            try:
                valid += phonenumbers.is_valid_number(phonenumbers.parse(text, region))
            except phonenumbers.NumberParseException:
                continue
        code = phonenumbers.country_code_for_region(region)
        by_code[code] = max(by_code[code], valid)   # regions sharing a calling code give the same numbers
    (code, best), *rest = [*by_code.most_common(2), (None, 0)]
    if best * 2 < len(sample) or best <= french or best <= rest[0][1]:
        return None
    return phonenumbers.region_code_for_country_code(code)


_DAY_NUMBER = ("day", "jour", "tag", "dia", "giorno", "dag", "dzien", "j")


def named_days(columns: list[Column], below) -> int | None:
    """A programme's date column that names its days without a date (« Thursday », « Day 2 »,
    « J1 »): those days keep apart the same talk given on two days at the same hour (as the days
    above a grid do). None when its values are dates, or mixed."""
    from db.interchange.imports.grid import WEEKDAYS

    column = next((c for c in columns if c.target == "date"), None)
    if column is None:
        return None
    values = [str(vals[column.index]).strip() for _n, vals in below
              if column.index < len(vals) and vals[column.index] is not None and str(vals[column.index]).strip()]

    def named(text: str) -> bool:
        words = name_key(text).split()
        return bool(words) and (words[0] in WEEKDAYS or (len(words) <= 2 and words[0].rstrip("0123456789") in
                                                         _DAY_NUMBER and any(w[-1].isdigit() for w in words)))

    return column.index if len(values) >= 3 and all(named(v) for v in values) else None
