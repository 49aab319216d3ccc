"""ISO 3166-1 alpha-2 countries: recognised from the names people type, named in French or English.

Names are taken from maintained data, never from a hand-typed list of countries:

- the CLDR territory names (Babel) in French, English, German, Spanish, Italian and Portuguese;
- the ISO 3166-1 names, official and common names (pycountry) and their translations in the same
  languages (the gettext catalogues pycountry ships): "République démocratique du Congo",
  "République tchèque", "Estados Unidos de América"…;
- the former countries of ISO 3166-3 (pycountry's ``historic_countries``) whose successor is one
  country: Burma, Zaire, East Timor, Dahomey, Upper Volta…

"Korea, Republic of" is also read "Republic of Korea" and "Korea" when no other name shares it;
"Myanmar (Birmanie)" also gives "Myanmar" and "Birmanie". A small alias table holds only the
shorthands no library spells (UK, U.S.A., RDC, Ivory Coast, Swaziland, Vatican…), and the four
nations of the United Kingdom, which map to GB with the nation kept (``country_and_nation``).

The table is built once, at the first lookup (about a tenth of a second), and kept in the user's
cache folder (``pays.json``, rebuilt when pycountry, Babel or this module change), so that a new
process reads it in a few milliseconds; each lookup is then one dictionary access.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from db import cache
from db.languages import COUNTRY_NAMES as LANGUAGES
from db.languages import INTERFACE as CACHED_LANGUAGES  # named at start-up (dashboard, lists)
from db.languages import PYCOUNTRY_DOMAINS
from db.text import name_key

# codes in use that ISO 3166-1 has not assigned (CLDR names them)
USER_ASSIGNED = ("XK",)

# Everyday shorthands and former names that neither CLDR nor ISO spell this way (keys as name_key folds).
_ALIASES = {
    # Germany by its former shorthands (the Federal Republic is today's Germany)
    "rfa": "DE", "r f a": "DE", "brd": "DE", "allemagne federale": "DE", "west germany": "DE",
    # United Kingdom and United States
    "uk": "GB", "u k": "GB", "great britain": "GB", "grande bretagne": "GB", "gb": "GB", "gran bretana": "GB",
    "gran bretagna": "GB", "grossbritannien": "GB", "gra bretanha": "GB", "britain": "GB",
    "usa": "US", "u s a": "US", "u s": "US", "etats unis d amerique": "US", "etats unis": "US", "eeuu": "US",
    "ee uu": "US", "eua": "US", "united states of america": "US",
    # Congo: Kinshasa (CD) against Brazzaville (CG)
    "rdc": "CD", "r d c": "CD", "drc": "CD", "d r c": "CD", "rd congo": "CD", "r d congo": "CD", "dr congo": "CD",
    "rep dem du congo": "CD", "congo rdc": "CD", "congo rd": "CD", "republique democratique du congo": "CD",
    "democratic republic of congo": "CD", "democratic republic of the congo": "CD", "congo democratique": "CD",
    "demokratische republik kongo": "CD", "kongo kinshasa": "CD", "kongo brazzaville": "CG",
    "republique du congo": "CG", "congo brazza": "CG", "republic of the congo": "CG", "republic of congo": "CG",
    # renamed or shortened countries, former spellings
    "guinee bissao": "GW",
    "turkey": "TR", "turkiye": "TR", "turkei": "TR",
    "macedonia": "MK", "macedoine": "MK", "mazedonien": "MK", "macedonie": "MK", "macedonia do norte": "MK",
    "fyrom": "MK", "arym": "MK", "ancienne republique yougoslave de macedoine": "MK",
    "former yugoslav republic of macedonia": "MK",
    "czech republic": "CZ", "republique tcheque": "CZ", "rep tcheque": "CZ", "tchequie": "CZ", "czechia": "CZ",
    "ivory coast": "CI", "cote divoire": "CI", "elfenbeinkuste": "CI", "costa de marfil": "CI",
    "swaziland": "SZ", "suazilandia": "SZ", "swasiland": "SZ", "eswatini": "SZ",
    "burma": "MM", "birmanie": "MM", "birma": "MM", "birmania": "MM",
    "east timor": "TL", "timor oriental": "TL", "osttimor": "TL", "timor est": "TL", "timor leste": "TL",
    "vatican": "VA", "vaticano": "VA", "vatikan": "VA", "cite du vatican": "VA", "etat du vatican": "VA",
    "saint siege": "VA", "holy see": "VA", "santa sede": "VA", "santa se": "VA", "heiliger stuhl": "VA",
    "citta del vaticano": "VA", "ciudad del vaticano": "VA",
    "palestine": "PS", "palestina": "PS", "palastina": "PS", "etat de palestine": "PS",
    "territoires palestiniens": "PS", "gaza": "PS", "cisjordanie": "PS", "autorite palestinienne": "PS",
    "palestinian territories": "PS", "palestinian territory": "PS", "palestinian national authority": "PS",
    "palestinian authority": "PS", "palastinensische autonomiegebiete": "PS",
    "kosovo": "XK", "kosova": "XK", "weissrussland": "BY", "bielorussie": "BY", "bielorrusia": "BY", "bielorussia": "BY",
    "coree": "KR", "korea": "KR", "corea": "KR", "coreia": "KR",
    "hollande": "NL", "holland": "NL", "olanda": "NL", "holanda": "NL",
    "russie": "RU", "russia": "RU", "russland": "RU", "rusia": "RU", "russia federation": "RU",
    "zaire": "CD", "zaire republique du": "CD",
    "laos": "LA", "vietnam": "VN", "viet nam": "VN", "syrie": "SY", "syria": "SY", "iran": "IR", "bolivie": "BO",
    "bolivia": "BO", "venezuela": "VE", "tanzanie": "TZ", "tanzania": "TZ", "moldavie": "MD", "moldova": "MD",
    "cap vert": "CV", "cape verde": "CV", "cabo verde": "CV", "capo verde": "CV",
    "bosnie": "BA", "bosnia": "BA", "bosnien": "BA", "bosnie herzegovine": "BA",
    "emirats arabes unis": "AE", "e a u": "AE", "uae": "AE", "u a e": "AE",
    "chine populaire": "CN", "republique populaire de chine": "CN", "taiwan": "TW",
}

# The four nations of the United Kingdom: GB, with the nation kept (French name returned).
_NATIONS = {
    "Angleterre": ("angleterre", "england", "inglaterra", "inghilterra"),
    "Écosse": ("ecosse", "scotland", "schottland", "escocia", "scozia"),
    "Pays de Galles": ("pays de galles", "wales", "gales", "pais de gales", "galles", "cymru"),
    "Irlande du Nord": ("irlande du nord", "northern ireland", "nordirland", "irlanda del norte", "irlanda del nord",
                        "irlanda do norte", "ulster"),
}
# a state's form before its name: « Republic of Macedonia », « République du Mali », « Königreich Spanien »
_STATE_FORM = re.compile(r"^(?:(?:federal|islamic|democratic|people s|socialist|united|hashemite|plurinational)\s+)*"
                         r"(?:republic|kingdom|state|commonwealth|principality|grand duchy|sultanate|emirate|"
                         r"republique|royaume|etat|principaute|grand duche|republica|reino|estado|repubblica|regno|"
                         r"stato|republik|konigreich|staat|republiek|koninkrijk|rzeczpospolita)"
                         r"(?:\s+(?:federale|federal|democratique|populaire|islamique|socialiste|federativa|"
                         r"bolivariana|federale|italiana|portuguesa))*\s+(?:of the|of|de la|de l|du|des|de|d|del|"
                         r"di|da|do|dos|van|der|des)?\s*")
_ARTICLES = re.compile(r"^(?:la|le|les|l|the|el|los|las|il|lo|gli|i|o|os|a|as|die|der|das|den)\s+")
_PARENTHESES = re.compile(r"\s*\(([^()]*)\)\s*")


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    """The two-letter codes, from the cache (loading pycountry's tables takes longer than a small import)."""
    return frozenset(_cached().get("codes") or _iso_codes())


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries) | frozenset(USER_ASSIGNED)


@lru_cache(maxsize=8)
def _territories(language: str) -> dict[str, str]:
    cached = _cached().get("territories", {}).get(language) if language in CACHED_LANGUAGES else None
    if cached is not None:
        return cached
    return _cldr_territories(language)


@lru_cache(maxsize=8)
def _cldr_territories(language: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(language).territories)


CACHE_FORMAT = 2   # 2: the codes too


def _cache_key() -> str | None:
    """What the cached tables depend on; None when it cannot be known (then nothing is cached).

    The installed pycountry is told by its files' dates (reading package metadata, or importing
    pycountry, would cost more than reading the cache), Babel by its version."""
    from importlib.util import find_spec

    import babel

    try:
        spec = find_spec("pycountry")
        if spec is None or spec.origin is None:
            return None
        installed = os.stat(spec.origin).st_mtime_ns
        return f"{CACHE_FORMAT}:{installed}:{babel.__version__}:{cache.source_stamp(__file__)}:{','.join(LANGUAGES)}"
    except (OSError, ValueError, ImportError):
        return None


def _cache_path() -> Path:
    return cache.folder() / "pays.json"


@lru_cache(maxsize=1)
def _cached() -> dict:
    """The lookup table and the interface's territory names, kept in the user's cache folder."""
    return cache.kept_json(_cache_path(), _cache_key(), lambda: {
        "lookup": _build_lookup(), "codes": sorted(_iso_codes()),
        "territories": {language: _cldr_territories(language) for language in CACHED_LANGUAGES}})


@lru_cache(maxsize=2)
def _names(language: str) -> dict[str, str]:
    territories = _cldr_territories(language)   # building the table: never from the cache
    return {code: territories.get(code, code) for code in _iso_codes()}


def _spellings(name: str) -> list[str]:
    """A name and the shorter forms people write of it.

    "Myanmar (Birmanie)" -> also "Myanmar", "Birmanie"; "Korea, Republic of" -> also "Republic of Korea".
    (The head alone, "Korea", is a weaker spelling: see ``_heads``.)"""
    forms = [name]
    if "(" in name:
        outside = _PARENTHESES.sub(" ", name).strip()
        forms += [outside, *_PARENTHESES.findall(name)]
    for form in list(forms):
        if ", " in form:
            head, tail = form.split(", ", 1)
            forms.append(f"{tail} {head}")
    return [f for f in forms if f.strip()]


def _heads(name: str) -> list[str]:
    return [form.split(", ", 1)[0] for form in _spellings(name) if ", " in form]


def _successor(historic) -> str | None:
    """The one current country a former one became (ISO 3166-3 alpha-4 ends with it), else None."""
    successor = getattr(historic, "alpha_4", "")[2:]
    return successor if successor in _iso_codes() else None


def _iso_names():
    """(language, name, code, is_head) of every ISO name, in the languages of ``LANGUAGES``, current then former."""
    import gettext

    import pycountry

    for language in LANGUAGES:
        try:
            current, former = (gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language]).gettext
                               for domain in PYCOUNTRY_DOMAINS)
        except OSError:
            current = former = str  # English, or a catalogue missing: the names as ISO writes them
        for country in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                if name := getattr(country, attr, None):
                    for form in _spellings(name) + _spellings(current(name)):
                        yield form, country.alpha_2, False
                    for head in _heads(name) + _heads(current(name)):
                        yield head, country.alpha_2, True
        for country in pycountry.historic_countries:
            if code := _successor(country):
                for form in _spellings(country.name) + _spellings(former(country.name)):
                    yield form, code, False
                for head in _heads(country.name) + _heads(former(country.name)):
                    yield head, code, True


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    return _cached()["lookup"]


def _build_lookup() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    for alias, code in _ALIASES.items():  # explicit decisions first: they settle the ambiguous names
        table[alias] = code
    for language in LANGUAGES:  # the names CLDR gives, whole, in every language: « Nizozemsko » is the
        for code, name in _names(language).items():   # Netherlands before « Svatý Martin (Nizozemsko) »'s part
            table.setdefault(name_key(name), code)
    for language in LANGUAGES:  # then their shorter forms, an abbreviation (« fr. ») left out
        for code, name in _names(language).items():
            for form in _spellings(name)[1:]:
                if len(key := name_key(form)) >= 4:
                    table.setdefault(key, code)
    heads: dict[str, set[str]] = {}
    for form, code, is_head in _iso_names():
        if is_head:
            heads.setdefault(name_key(form), set()).add(code)
        else:
            table.setdefault(name_key(form), code)
    for key, codes in heads.items():  # "Korea" is both Koreas: a head shared by two countries is left out
        if len(codes) == 1:
            table.setdefault(key, next(iter(codes)))
    for country in pycountry.countries:
        table.setdefault(name_key(country.alpha_3), country.alpha_2)
    table.pop("", None)
    return table


@lru_cache(maxsize=1)
def _nations() -> dict[str, str]:
    return {spelling: nation for nation, spellings in _NATIONS.items() for spelling in spellings}


_ISLANDS = re.compile(r"^(?:iles?|islas?|islands?|inseln?|ilhas?|isole) ")


def _candidates(text: str) -> list[str]:
    """Keys to try for a typed value: as typed, without a leading article, then the parts of a
    parenthesis ("Congo (RDC)": "RDC" before "Congo")."""
    key = name_key(text)
    keys = [key, _ARTICLES.sub("", key)]
    bare = _STATE_FORM.sub("", key)
    if bare and bare != key:
        keys.append(bare)
    if "(" in text:
        keys += [name_key(inside) for inside in _PARENTHESES.findall(text)]
        keys.append(name_key(_PARENTHESES.sub(" ", text)))
    if "/" in text:   # « Israël/Territoires palestiniens »: the first country named
        keys.append(name_key(text.split("/", 1)[0]))
    keys.append(_ISLANDS.sub("", key))   # « Îles Fidji »: Fiji, as CLDR names it
    return keys


def country_and_nation(value: str | None) -> tuple[str, str | None] | None:
    """Code and nation of a country as people write it; None if empty; KeyError if unknown.

    "Écosse", "Scotland", "Schottland" -> ("GB", "Écosse"); "Royaume-Uni" -> ("GB", None);
    "Congo-Kinshasa", "RDC" -> ("CD", None). The nation (one of the four nations of the United
    Kingdom, in French) is what the code alone loses: the caller keeps it, e.g. in ``extra``.
    """
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if len(text) == 2 and text.upper() in _codes():
        return text.upper(), None
    table, nations = _lookup(), _nations()
    for key in _candidates(text):
        if key in nations:
            return "GB", nations[key]
        if key in table:
            return table[key], None
    raise KeyError(text)


def country_code(value: str | None) -> str | None:
    """"Corée du Sud", "South Korea", "kr", "KOR", "Südkorea" -> "KR"; None if empty; KeyError if unknown.

    The four nations of the United Kingdom give "GB" (``country_and_nation`` also returns the nation)."""
    found = country_and_nation(value)
    return None if found is None else found[0]


def country_name(code: str | None, language: str = "fr") -> str:
    """Localised name of a code ("KR" -> "Corée du Sud"); the code itself if unknown."""
    if not code:
        return ""
    code = code.upper()
    if len(code) != 2 or not code.isalpha():
        return code
    # CLDR alone (no pycountry to load: the dashboard names a few countries at start-up)
    return _territories(language if language in CACHED_LANGUAGES else "fr").get(code, code)


def all_countries(language: str = "fr") -> list[tuple[str, str]]:
    """(code, localised name) for every country, sorted by folded name."""
    names = _names(language)
    return sorted(names.items(), key=lambda item: name_key(item[1]))
