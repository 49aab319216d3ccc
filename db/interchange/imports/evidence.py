"""Stage 3a of the import, evidence: what each column's values are, before any heading is read.

A sample of a column's values (the rows under a candidate heading row) is recognised value by
value: e-mails, web addresses, phones, dates and years, numbers, yes/no, identifiers and codes,
civilities, and, among the texts, countries in any language with their ISO-2 / ISO-3 codes
(``db.countries``: CLDR and ISO names), cities (``db.cities``: GeoNames), people's names with
their titles and honorifics (``nameparser``'s titles), and long texts. A column's *nature* is
what most of its values are (``column_nature``); the decision (``vocabulary.assign``,
``layout.detect``) reads it: a field never takes a column whose values contradict it, a column
that no heading names takes the field its values say (``fields_by_values``), and the agreement
of headings and values is the confidence that is shown.

Cities are only looked up when a decision needs them (``place_share``): the index takes a moment
to load and most sheets are decided without it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from db import cache
from db.interchange.imports.headings import WORD_SETS, partner_kind_of
from db.text import name_key

_DATE_TEXT = re.compile(r"^\s*(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(\s|t|$)",
                        re.IGNORECASE)
_DECIMAL = re.compile(r"^[+-]?\d{1,3}[.,]\d{4,}$")
_CODE_TEXT = re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9._/\-]*$")
_ADDRESS = re.compile(r"[^\s@<>]+@[^\s@<>]+\.[A-Za-z]{2,}")
_PHONE_TEXT = re.compile(r"^[+(]?[\d\s().\-/]{6,}$")
_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_AMOUNT = re.compile(r"^[-+]?\s*[$€£¥]?\s*\d{1,3}([ ,.\u00a0\u202f]?\d{3})*([.,]\d{1,2})?\s*(€|eur|euros?|usd|\$|chf|£)?$",
                     re.IGNORECASE)
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]*)*\.?$")
PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "le", "la", "bin", "al", "el",
             "dos", "das", "do", "y", "e", "ter", "ten", "zu", "af", "mac", "st"}
LONG_TEXT = 100   # characters: a biography, an abstract, minutes


def _words(key: str) -> set[str]:
    return WORD_SETS[key]


def _nameparser_titles() -> dict:
    from nameparser.config import CONSTANTS

    return {"titles": sorted(t for t in {name_key(t) for t in CONSTANTS.titles} if t)}


def _titles_key() -> str | None:
    """nameparser's version (importing nameparser costs half a second: its titles are kept)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{version('nameparser')}:{cache.source_stamp(__file__)}"
    except PackageNotFoundError:
        return None


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles and honorifics that may precede a person's name ("Dr.", "Prof.", "Sir", "Hon.")."""
    try:
        titles = cache.kept_json(cache.folder() / "titres.json", _titles_key(), _nameparser_titles)["titles"]
    except ImportError:   # the evidence is weaker, never wrong
        titles = []
    return frozenset(titles) | frozenset(_words("civilities"))


def value_nature(value) -> str | None:
    """"date", "number", "code", "email", "phone", "bool", "civility", "url" or "text" (None for an
    empty cell). Years are numbers here; ``year_share`` tells them apart."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, dt.date | dt.datetime):
        return "date"
    if isinstance(value, int | float):
        return "number"
    text = str(value).strip()
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1].strip()   # a value written as a text formula (our CSV phones) is its text
    if not text:
        return None
    if "@" in text and _ADDRESS.search(text):
        return "email"
    if _DATE_TEXT.match(text):
        return "date"
    if len(text) <= 12 and name_key(text) in _words("civilities"):
        return "civility"
    if _URL.match(text):
        return "url"
    if _DECIMAL.match(text):
        return "number"   # « 44.96548843 », a latitude: a decimal, not a phone of ten digits
    if _PHONE_TEXT.match(text) and sum(ch.isdigit() for ch in text) >= 8:
        return "phone"
    if text.isdigit():   # a number of 7 digits or more, or with a leading zero, identifies
        return "code" if (text[0] == "0" and len(text) > 1) or len(text) >= 7 else "number"
    if _CODE_TEXT.match(text) and not text.isalpha():
        return "code"
    if _AMOUNT.match(text) and any(ch.isdigit() for ch in text):
        return "number"
    if len(text) <= 8 and name_key(text) in _words("yes_no"):
        return "bool"
    return "text"


def is_country(text: str) -> bool:
    from db.countries import country_code

    if len(text) > 60:
        return False
    try:
        return country_code(text) is not None
    except KeyError:
        return False


def is_person(text: str) -> bool:
    """A person's name as lists write them: two to five words with capitals ("Anne Martin", "MARTIN
    Anne", "Martin, Anne", "Dr. A.K. Abdul Momen"), no digit, no word of an organisation."""
    if any(ch.isdigit() for ch in text) or "@" in text or len(text) > 60:
        return False
    words = text.replace(",", " ").split()
    titles = _titles()
    while words and name_key(words[0]) in titles:
        words.pop(0)
    if not 2 <= len(words) <= 5:
        return False
    organisation = _words("organisation_words")
    for word in words:
        if not _NAME_WORD.match(word):
            return False
        key = name_key(word)
        if key in organisation:
            return False
        if not (word[0].isupper() or key in PARTICLES):
            return False
    return partner_kind_of(text) is None   # « Samariterverein Aadorf »: a word of it says an association


def is_organisation(text: str) -> bool:
    """An organisation's name: a word of its name says what it is ("Technische Universität Wien",
    "Musée des Beaux-Arts", "Kulturverein e.V."), never a person's name."""
    if len(text) > 120 or "@" in text or is_person(text):
        return False
    if partner_kind_of(text):
        return True
    return bool(set(name_key(text).split()) & _words("organisation_words"))


def column_nature(values: list) -> str | None:
    """The nature of most of a column's sample values (None when it has fewer than two).

    Texts are told further when most of them agree: "country", "person", "organisation" or
    "long_text"."""
    counts: dict[str, int] = {}
    texts = []
    for value in values:
        nature = value_nature(value)
        if nature:
            counts[nature] = counts.get(nature, 0) + 1
            if nature in ("text", "code"):
                texts.append(str(value).strip())
    total = sum(counts.values())
    if total < 2:
        return None
    nature, count = max(counts.items(), key=lambda item: item[1])
    if nature == "code" and texts and sum(1 for t in texts if is_country(t)) * 10 >= total * 7:
        return "country" if _codes_are_countries(texts) else "code"   # "FRA", "DEU": texts anyway
    if count * 10 < total * 7:
        return "mixed"
    if nature == "number" and year_share(values) >= 0.7:
        return "year"
    if nature != "text":
        return nature
    if sum(1 for t in texts if is_country(t)) * 10 >= total * 7:
        return "country" if _codes_are_countries(texts) else "code"
    if sum(1 for t in texts if len(t) >= LONG_TEXT) * 2 >= total:
        return "long_text"
    if sum(1 for t in texts if is_person(t)) * 10 >= total * 7:
        return "person"
    if sum(1 for t in texts if is_organisation(t)) * 10 >= total * 7:
        return "organisation"
    return "text"


def _codes_are_countries(texts: list[str]) -> bool:
    """Two-letter codes are a country's only when (nearly) all the column's codes are: Italian
    provinces (TO, CN, AL… and VB), Brazilian states or US states are codes that partly look like
    countries' (Tonga, China, Albania), never all of them."""
    codes = {t.upper() for t in texts if len(t) == 2 and t.isalpha()}
    return len(codes) < 3 or sum(1 for c in codes if not is_country(c)) * 20 <= len(codes)


def place_share(values: list, people_too: bool = False) -> float:
    """The share of a column's texts that are cities (0 when it holds fewer than two texts); names
    that also look like people's (« Santa Cruz ») count only with ``people_too``."""
    from db.cities import is_city

    texts = [str(v).strip() for v in values if isinstance(v, str) and v.strip()]
    if len(texts) < 2:
        return 0.0
    return sum(1 for t in texts if is_city(t) and (people_too or not is_person(t))) / len(texts)


def role_share(values: list) -> float:
    """The share of a column's texts that name a role (« Co-Founder & CEO, Clovyr », « Director of
    Research »): a word of nameparser's titles other than a civility. People's lists have them."""
    texts = [str(v) for v in values if isinstance(v, str) and v.strip()]
    if len(texts) < 3:
        return 0.0
    roles = _titles() - frozenset(_words("civilities")) - {"the", "of", "and"}
    return sum(1 for t in texts if any(w in roles for w in name_key(t).split())) / len(texts)


def year_share(values: list) -> float:
    """The share of a column's values that are years (1800-2099), written as numbers or texts."""
    filled = [v for v in values if v is not None and str(v).strip() and str(v).strip() != "0"]   # 0: year unknown
    if not filled:
        return 0.0
    years = 0
    for v in filled:
        if isinstance(v, int | float) and not isinstance(v, bool) and float(v).is_integer():
            years += bool(_YEAR.match(str(int(v))))
        elif isinstance(v, str):
            years += bool(_YEAR.match(v.strip()))
    return years / len(filled)


def distinct_share(values: list) -> float:
    filled = [str(v).strip() for v in values if v is not None and str(v).strip()]
    return len(set(filled)) / len(filled) if filled else 0.0


# What a column's values say it is when no heading says anything: nature -> field, per kind.
BY_VALUES = {
    "partner": {"email": "email", "phone": "phone", "url": "website", "country": "country", "organisation": "name"},
    "contact": {"email": "emails", "phone": "phone", "country": "country", "person": "full_name",
                "civility": "civility", "organisation": "organisation"},
    "agreement": {"country": "partner_country"},
    "event": {"country": "extra"},
    "session": {"person": "speakers"},
    "followup": {"person": "owner"},
    "interaction": {"person": "contact"},
}


def _filled(value) -> bool:
    return value is not None and bool(str(value).strip())


def name_halves(samples: dict[int, list], natures: dict[int, str]) -> dict[int, str] | None:
    """Two neighbouring columns of single words that make people's names side by side (« Jiří » |
    « Rosický »): {first column: "first_name", second: "last_name"} (the other way round when the
    first is written in capitals, « ROSICKÝ » | « Jiří »), else None. Places are not names."""
    from db.cities import is_city

    for i in sorted(samples):
        j = i + 1
        if natures.get(i) != "text" or natures.get(j) != "text" or j not in samples:
            continue
        pairs = [(str(a).strip(), str(b).strip()) for a, b in zip(samples[i], samples[j], strict=False)
                 if _filled(a) and _filled(b)]
        if len(pairs) < 3:
            continue
        people = sum(1 for a, b in pairs if len(a.split()) <= 2 and is_person(f"{a} {b}"))
        places = sum(1 for a, _b in pairs if is_city(a))
        if people * 10 >= len(pairs) * 8 and places * 2 < len(pairs):
            capitals = sum(1 for a, _b in pairs if a.isupper())
            return {i: "last_name", j: "first_name"} if capitals * 2 > len(pairs) else {i: "first_name", j: "last_name"}
    return None
