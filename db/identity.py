"""When two records are the same one: the identity rules of partners, people and agreements.

One place for the rules that the import (rows of one file, rows against the catalogue), the forms
(the duplicate warning) and the look-alike finder share:

- a **partner** is its folded name *and* its country: Valencia (ES) and Valencia (VE) are two
  partners; a side whose country is unknown is compatible with any country;
- a **person** is the set of words of first and last name together, told apart by e-mail or
  organisation: the same name with other e-mails *and* another organisation is someone else;
- an **agreement** is its title, its partners and its date: three "Convention de coopération
  culturelle" with three partners are three agreements;
- an **event** is its title and its start: the 2019 and 2023 editions of a festival are two events.

Look-alike names (Busan / Pusan) are found with rapidfuzz among sorted neighbours (names sorted as
written and backwards), never by comparing every pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, repeat
from operator import and_, le, ne, sub

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

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
    job: str = ""                   # folded job title, kept only for a name given in part (a first name alone)

    @classmethod
    def of(cls, first: str | None, last: str | None, emails: Iterable[str] = (),
           organisation: str | None = None, job: str | None = None) -> PersonFacts:
        partial = not (first or "").strip() or not (last or "").strip()
        return cls(person_key(first, last), frozenset(e.strip().lower() for e in emails if e),
                   name_key(organisation or ""), name_key(job or "") if partial else "")


def same_person(a: PersonFacts, b: PersonFacts) -> bool:
    return why_other_person(a, b) is None


def why_other_person(a: PersonFacts, b: PersonFacts) -> str | None:
    """None when the two are one person: same name, and nothing that says otherwise (a shared e-mail or
    organisation confirms; other e-mails, or another organisation, with nothing shared, separate them).
    A name given in part (« Elisa », as a LinkedIn export gives it) says little: another job title is
    another person ("other_job", unless their organisations already tell them apart)."""
    if not a.key or a.key != b.key:
        return "other_person"
    if a.emails & b.emails:
        return None
    other_organisation = bool(a.organisation and b.organisation and a.organisation != b.organisation)
    if a.job and b.job and a.job != b.job:
        return "other_person" if other_organisation else "other_job"
    if a.organisation and a.organisation == b.organisation:
        return None
    return "other_person" if (a.emails and b.emails) or other_organisation else None


def other_record(kind: str, a, b) -> str | None:
    """Why two records of the same name are *not* one ("other_country", "other_person"), or None
    when they are, by the rules above. ``a`` and ``b``: anything that has the record's fields as
    attributes (a catalogue record, a form's or an import row's validated values) or a getter
    ``field name -> value``."""
    get_a, get_b = _getter(a), _getter(b)
    if kind == "partner":
        return None if countries_compatible(get_a("country"), get_b("country")) else "other_country"
    if kind == "contact":
        return why_other_person(_facts(get_a), _facts(get_b))
    if kind == "event":
        return None if dates_compatible(get_a("starts_on"), get_b("starts_on")) else "other_date"
    if kind == "session":   # the coffee break of the morning and that of the afternoon
        same = all(dates_compatible(get_a(f), get_b(f)) for f in ("date", "start_time", "end_time"))
        if not same:
            return "other_date"
        rooms = {name_key(str(r)) for r in (get_a("room"), get_b("room")) if r}
        return "other_room" if len(rooms) == 2 else None   # one talk given in two rooms at once is two sessions
    return None


def dates_compatible(a: object, b: object) -> bool:
    """Two dates of one record: equal, one of them unknown, or one a part of the other ("2019"
    and "2019-05-12"): an edition of a festival in another year is another event."""
    if not a or not b:
        return True
    x, y = (str(d.iso() if hasattr(d, "iso") else d) for d in (a, b))
    return x.startswith(y) or y.startswith(x)


def _getter(record):
    return record if callable(record) else (lambda name: getattr(record, name, None))


def _facts(get) -> PersonFacts:
    return PersonFacts.of(get("first_name"), get("last_name"), get("emails") or (), get("organisation"),
                          get("job_title"))


def agreement_key(title: str | None, partner_keys: Iterable[str], day: object = None,
                  names: list[str] | None = None) -> str:
    """An agreement: its partners, its title and its date (signature or start), as one key.
    ``names``: the partners' names, so that a title naming the two of them reads the same both
    ways round (``title_key``); when ``names`` is ``partner_keys`` itself, they are folded already."""
    partners = "|".join(sorted(k for k in partner_keys if k))
    return f"{partners}#{title_key(title, names, folded=names is partner_keys)}#{day or ''}"


def title_key(title: str | None, names: list[str] | None = None, folded: bool = False) -> str:
    """The folded title; a title that names an agreement's two partners one after the other
    ("Jumelage Cannes – Busan") is the same as the one naming them the other way round ("Jumelage
    Busan – Cannes"): a twinning listed from each city's side is one twinning."""
    key = name_key(title)
    if not names or len(names) != 2:
        return key
    a, b = (n.split("@", 1)[0] for n in names) if folded else (name_key(names[0]), name_key(names[1]))
    if not a or not b or a == b:
        return key
    for x, y in ((a, b), (b, a)):
        tail = f"{x} {y}"
        if key == tail or key.endswith(" " + tail):
            lo, hi = sorted((x, y))
            return f"{key[: len(key) - len(tail)]}{lo} {hi}"
    return key


_DIGITS = re.compile(r"\d+")
WINDOW = 4   # neighbours compared in each sorted order


def lookalike(a: str, b: str) -> bool:
    """Two keys a letter or two apart (Busan/Pusan), not two names sharing words, nor two names
    told apart by their numbers ("Atelier 1" / "Atelier 2")."""
    if a == b or not a or not b or abs(len(a) - len(b)) > MAX_EDITS:
        return False
    if Levenshtein.distance(a, b, score_cutoff=MAX_EDITS) > MAX_EDITS:
        return False
    if _DIGITS.sub("#", a) == _DIGITS.sub("#", b):
        return False
    return ratio(a, b) >= LOOKALIKE_SCORE


def lookalike_pairs(keys: Iterable[str], others: Iterable[str] | None = None) -> dict[str, list[str]]:
    """For each key, the keys (of ``others``, or of the same list) that look like it.

    Sorted neighbourhood: the names are sorted as written and written backwards, and each is
    compared with its few neighbours in both orders (Valencia/Valence meet in the first, Busan/Pusan
    in the second), so 100,000 names cost a few comparisons each, never all pairs."""
    # a dict of keys (the import's names) serves as it is: no set of 100,000 names beside it
    mine = keys if isinstance(keys, dict) and "" not in keys else {k for k in keys if k}
    pool = {k for k in (others or ()) if k} if others is not None else mine
    every = mine if pool is mine else pool.union(mine)
    distance = Levenshtein.distance
    result: dict[str, list[str]] = {}
    for backwards in (False, True):
        ranked = sorted(every, key=(lambda k: k[::-1]) if backwards else None)
        lengths = list(map(len, ranked))
        shapes = [_DIGITS.sub("#", k) for k in ranked]   # names told apart by numbers only are not look-alikes
        for offset in range(1, WINDOW + 1):
            # the neighbours close in length and not told apart by numbers only, chosen in C
            near = map(le, map(abs, map(sub, lengths, lengths[offset:])), repeat(MAX_EDITS))
            for i in compress(range(len(ranked) - offset), map(and_, near, map(ne, shapes, shapes[offset:]))):
                a, b = ranked[i], ranked[i + offset]
                if distance(a, b, score_cutoff=MAX_EDITS) > MAX_EDITS:
                    continue
                if not lookalike(a, b):
                    continue
                for x, y in ((a, b), (b, a)):
                    if x in mine and y in pool and y not in result.get(x, ()):
                        result.setdefault(x, []).append(y)
    return result
