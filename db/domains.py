"""Matching a domain as people type it ("cinéma", "Film", "heritage") to the office's vocabulary.

A typed domain is the existing one when, folded (case, accents, punctuation), it is the same, a
known synonym in French or English, its singular or plural, or the first words of exactly one
existing domain ("cinéma" → "Cinéma et audiovisuel"). Anything else is a new domain of the
vocabulary; a look-alike ("Patrimoiine") is only suggested, never merged.
"""

from __future__ import annotations

from collections.abc import Iterable

from db.text import name_key

# folded synonym -> folded name of a default domain (db.schemas.vocab.DEFAULT_DOMAINS)
SYNONYMS = {
    "cinema et audiovisuel": ("cinema", "film", "films", "audiovisuel", "audiovisual", "cinema audiovisuel",
                              "cinema and audiovisual", "film and audiovisual", "cinema and film", "movies",
                              "septieme art", "cinema audiovisual", "film audiovisuel"),
    "gastronomie": ("gastronomy", "cuisine", "culinary", "food", "arts culinaires", "culinary arts", "gastronomique"),
    "patrimoine": ("heritage", "patrimoine culturel", "cultural heritage", "patrimony", "monuments"),
    "livre et lecture": ("livre", "livres", "lecture", "books", "book", "reading", "books and reading",
                         "litterature", "literature", "edition", "publishing"),
    "residences d artistes": ("residences", "residence", "residence d artistes", "artist residencies",
                              "artist residency", "residencies", "residences artistiques"),
    "industries creatives": ("creative industries", "industries culturelles et creatives", "icc",
                             "industries culturelles", "cultural and creative industries", "creative industry"),
    "numerique": ("digital", "numeric", "nouveaux medias", "new media", "digital arts", "arts numeriques"),
    "education et jeunesse": ("education", "jeunesse", "youth", "education and youth", "scolaire"),
    "enseignement superieur": ("higher education", "universite", "universites", "university", "universities",
                               "recherche", "research"),
    "tourisme": ("tourism",),
    "musique": ("music", "musiques actuelles"),
    "spectacle vivant": ("performing arts", "theatre", "danse", "dance", "arts de la scene", "spectacle",
                         "cirque", "arts vivants"),
    "arts visuels": ("visual arts", "arts plastiques", "fine arts", "beaux arts", "art contemporain",
                     "contemporary art", "photographie", "photography"),
    "sport": ("sports",),
    "developpement economique": ("economic development", "economie", "economy", "economique",
                                 "developpement economique et commercial"),
    "appui institutionnel": ("institutional support", "cooperation institutionnelle", "gouvernance",
                             "governance", "cooperation decentralisee"),
    "francophonie": ("french language", "langue francaise", "francophone"),
}
_TO_DEFAULT = {syn: target for target, syns in SYNONYMS.items() for syn in syns}


def _singular(key: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith(("s", "x")) else w for w in key.split())


def match_domain(name: str, existing: Iterable[str]) -> str | None:
    """The folded key of the existing domain this typed name is, or None (a new domain).

    ``existing`` holds folded keys of the vocabulary (the catalogue's domains and the defaults)."""
    key = name_key(name)
    keys = set(existing)
    if not key:
        return None
    if key in keys:
        return key
    target = _TO_DEFAULT.get(key) or _TO_DEFAULT.get(_singular(key))
    if target and target in keys:
        return target
    single = {_singular(k): k for k in keys}
    if _singular(key) in single:
        return single[_singular(key)]
    starts = [k for k in keys if k.startswith(key + " ") and len(key) >= 4]
    if len(starts) == 1:
        return starts[0]
    return None


def lookalike_domain(name: str, existing: Iterable[str]) -> str | None:
    """An existing key a letter or two from the typed name (a suggestion, never a merge)."""
    from db.identity import lookalike

    key = name_key(name)
    return next((k for k in existing if lookalike(key, k)), None)


def equivalent_keys(key: str) -> list[str]:
    """The folded keys a typed domain stands for (itself, its singular, its default domain)."""
    result = [key, _singular(key)]
    target = _TO_DEFAULT.get(key) or _TO_DEFAULT.get(_singular(key))
    if target:
        result.append(target)
    return list(dict.fromkeys(result))
