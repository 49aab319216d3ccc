"""When two records are the same one: the identity rules of partners, people and agreements.

One place for the rules that the import (rows of one file, rows against the catalogue), the forms
(the duplicate warning) and the look-alike finder share:

- a **partner** is its folded name *and* its country: Valencia (ES) and Valencia (VE) are two
  partners; a side whose country is unknown is compatible with any country;
- a **person** is the set of words of first and last name together, told apart by e-mail or
  organisation: the same name with other e-mails *and* another organisation is someone else;
- an **agreement** is its title, its partners and its date: three "Convention de coopération
  culturelle" with three partners are three agreements.

Look-alike names (Busan / Pusan) are found with rapidfuzz inside blocks of names sharing a prefix or
a suffix, never by comparing every pair.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from db.text import name_key, person_key

LOOKALIKE_SCORE = 80.0   # rapidfuzz ratio (0-100) above which two names look alike
MAX_EDITS = 2            # ... and no more than this many letters apart


def partner_key(name: str | None, country: str | None = None) -> str:
    """The identity of a partner: folded name, then its country code when known."""
    key = name_key(name)
    return f"{key}@{country.upper()}" if key and country else key


def countries_compatible(a: str | None, b: str | None) -> bool:
    """Two partners of the same name are one when their countries agree or one is unknown."""
    return not a or not b or a.upper() == b.upper()


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What tells two people of the same name apart."""

    key: str                        # person_key(first, last)
    emails: frozenset[str] = frozenset()
    organisation: str = ""          # folded

    @classmethod
    def of(cls, first: str | None, last: str | None, emails: Iterable[str] = (),
           organisation: str | None = None) -> PersonFacts:
        return cls(person_key(first, last), frozenset(e.strip().lower() for e in emails if e),
                   name_key(organisation or ""))


def same_person(a: PersonFacts, b: PersonFacts) -> bool:
    """Same name, and nothing that says otherwise: a shared e-mail or organisation confirms; other
    e-mails, or another organisation, with nothing shared, separate them."""
    if not a.key or a.key != b.key:
        return False
    if a.emails & b.emails:
        return True
    if a.organisation and a.organisation == b.organisation:
        return True
    if a.emails and b.emails:
        return False
    return not (a.organisation and b.organisation)


def agreement_key(title: str | None, partner_keys: Iterable[str], day: object = None) -> str:
    """An agreement: its partners, its title and its date (signature or start), as one key."""
    partners = "|".join(sorted(k for k in partner_keys if k))
    return f"{partners}#{name_key(title)}#{day or ''}"


def lookalike(a: str, b: str) -> bool:
    """Two keys a letter or two apart (Busan/Pusan), not two names sharing words."""
    if a == b or not a or not b:
        return False
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.fuzz import ratio

    return ratio(a, b) >= LOOKALIKE_SCORE and Levenshtein.distance(a, b, score_cutoff=MAX_EDITS) <= MAX_EDITS


def _blocks(key: str) -> tuple[str, ...]:
    compact = key.replace(" ", "")
    return (f"<{compact[:3]}", f">{compact[-3:]}", f"={len(compact)}{compact[::2][:3]}")


def lookalike_pairs(keys: Iterable[str], others: Iterable[str] | None = None) -> dict[str, list[str]]:
    """For each key, the keys (of ``others``, or of the same list) that look like it.

    Names are compared only inside blocks of names sharing their first three letters, their last
    three, or their length and a sampling of letters, so a list of 100,000 names costs a few
    comparisons per name. A block larger than 2,000 names (a common prefix) is compared with
    rapidfuzz's vectorised ``cdist``.
    """
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    mine = sorted(set(k for k in keys if k))
    pool = mine if others is None else sorted(set(k for k in others if k))
    blocks: dict[str, list[str]] = {}
    for key in pool:
        for block in _blocks(key):
            blocks.setdefault(block, []).append(key)
    result: dict[str, list[str]] = {}
    for key in mine:
        seen: set[str] = set()
        for block in _blocks(key):
            candidates = blocks.get(block, ())
            if len(candidates) < 2 and others is None:
                continue
            for other, _score, _i in process.extract(key, candidates, scorer=Levenshtein.distance,
                                                     score_cutoff=MAX_EDITS, limit=8):
                if other != key and other not in seen and lookalike(key, other):
                    seen.add(other)
                    result.setdefault(key, []).append(other)
    return result
