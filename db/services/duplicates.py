"""Possible duplicates already in the catalogue: partners and contacts entered twice (by hand, by an
older import, by two colleagues), by the identity rules the import and the forms use
(``db.identity``).

Two kinds of pairs are found:

- **same record** ("same"): same folded name, and nothing that says they are two (a partner's
  country agrees or is unknown; a person's e-mail or organisation agree or are unknown);
- **look-alike names** ("lookalike"): a letter or two apart (Busan / Pusan), found by sorted
  neighbourhood, never by comparing every pair.

Namesakes the rules tell apart (Valencia in Spain and in Venezuela) are not listed. Nothing is
changed here: the user opens both records and decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.countries import country_name
from db.identity import (
    PersonFacts,
    countries_compatible,
    lookalike_pairs,
    other_record,
    same_person,
)
from db.models import Contact, Partner

KINDS = ("partner", "contact")


@dataclass(frozen=True)
class Pair:
    """Two records that may be one: ``why`` is "same" or "lookalike"."""

    kind: str
    first_id: str
    first: str
    second_id: str
    second: str
    why: str


def _partners(session: Session) -> list[tuple]:
    """(row, label) of live partners: only the columns the rules read, not whole records."""
    rows = session.execute(select(Partner.public_id, Partner.name, Partner.name_key, Partner.country)
                           .where(Partner.deleted_at.is_(None)).order_by(Partner.id))
    return [(p, p.name + (f" ({country_name(p.country, 'fr')})" if p.country else "")) for p in rows]


def _contacts(session: Session) -> list[tuple]:
    rows = session.execute(select(Contact.public_id, Contact.first_name, Contact.last_name, Contact.name_key,
                                  Contact.emails, Contact.organisation)
                           .where(Contact.deleted_at.is_(None)).order_by(Contact.id))
    return [(c, " ".join(x for x in (c.first_name, c.last_name) if x)
             + (f" ({c.organisation})" if c.organisation else "")) for c in rows]


def _could_be_one(kind: str, a, b) -> bool:
    """Names a letter apart, and nothing else that tells them apart (a partner's country, a
    person's e-mails and organisation)."""
    if kind == "partner":
        return countries_compatible(a.country, b.country)
    facts = [PersonFacts("name", frozenset(e.lower() for e in (r.emails or ())),
                         PersonFacts.of(None, None, (), r.organisation).organisation) for r in (a, b)]
    return same_person(*facts)


def find(session: Session, kinds: tuple[str, ...] = KINDS) -> list[Pair]:
    """Pairs of live records that may be one, same records first, then look-alike names."""
    pairs: list[Pair] = []
    for kind in kinds:
        records = _partners(session) if kind == "partner" else _contacts(session)
        by_key: dict[str, list[tuple[object, str]]] = {}
        for record, label in records:
            if record.name_key:
                by_key.setdefault(record.name_key, []).append((record, label))
        for group in by_key.values():
            for i, (a, label_a) in enumerate(group):
                for b, label_b in group[i + 1:]:
                    if other_record(kind, a, b) is None:
                        pairs.append(Pair(kind, a.public_id, label_a, b.public_id, label_b, "same"))
        near = lookalike_pairs(by_key)
        seen: set[tuple[str, str]] = set()
        for key, others in near.items():
            for other in others:
                if (other, key) in seen:
                    continue
                seen.add((key, other))
                for a, label_a in by_key[key]:
                    for b, label_b in by_key[other]:
                        if _could_be_one(kind, a, b):
                            pairs.append(Pair(kind, a.public_id, label_a, b.public_id, label_b, "lookalike"))
    return sorted(pairs, key=lambda p: (p.why != "same", KINDS.index(p.kind), p.first.casefold()))
