"""Fast path for big partner sheets: ``db.services.bulk`` executemany instead of one ORM create per row.

New partners go in by batches (same keys, search text, history rows with the batch id, search index);
rows that match a catalogue record or merge into another row of the file take the ordinary path.
"""

from __future__ import annotations

from sqlalchemy import select

from db import search
from db.identity import countries_compatible
from db.interchange.imports import Cancelled
from db.interchange.imports.fastvalidate import FastValidator
from db.interchange.imports.headings import partner_kind_of
from db.interchange.imports.relation_cells import DESCRIBED, new_partner, new_partner_fields
from db.interchange.imports.resolve import EMPTY
from db.models import Agreement, Partner
from db.schemas.records import PartnerIn
from db.services import links
from db.services.bulk import create_partners
from db.services.bulk_agreements import create_agreements
from db.text import name_key

BULK_THRESHOLD = 2000      # partner sheets
BULK_AGREEMENTS = 300      # agreement sheets and relation lists: 1,300 twinnings in 0.3 s instead of 5


def _written(writer, kind: str, rows, public_ids, done: int, total: int, progress, cancel) -> int:
    """Rows written in bulk: their outcomes and counts, their models released (memory goes back
    as the import proceeds), progress and a chance to cancel. Returns the rows done so far."""
    for row, public_id in zip(rows, public_ids, strict=True):
        # partners and agreements keep their values as written (a phone put in E.164 keeps its
        # digits): no row written here carries values "as read" for the history (see rows.as_read)
        writer.outcomes.append((row.sheet, row.row, kind, "created", public_id))
        row.model = None
    writer.count(kind, "created", len(rows))
    done += len(rows)
    if progress:
        progress(done, total)
    if cancel and cancel():
        raise Cancelled()
    return done


def bulk_candidate(session, rows) -> bool:
    return len(rows) >= BULK_THRESHOLD and all(r.kind == "partner" for r in rows)


def write_bulk(writer, rows, mode, progress, cancel, total) -> int:
    session = writer.s
    writer.plan.spent = True  # models are released as they are written: a plan serves once
    existing = set(session.scalars(select(Partner.name_key).where(Partner.deleted_at.is_(None))))
    fresh = [r for r in rows if r.status == "ok" and r.key not in existing and not r.decision]
    others = [r for r in rows if not (r.status == "ok" and r.key not in existing and not r.decision)]
    done = 0
    step = 5000
    memo: dict = {}   # what the chunks repeat (dates, domains, countries), converted once
    with search.bulk_insert(session.connection(), Partner):   # indexed once, not per chunk
        for start in range(0, len(fresh), step):
            chunk = fresh[start:start + step]
            ids = create_partners(session, [r.model for r in chunk], writer.actor, batch_id=writer.batch.id,
                                  keys=[r.key for r in chunk], memo=memo)
            done = _written(writer, "partner", chunk, ids, done, total, progress, cancel)
    for row in others:
        key = ("partner", row.key)
        if row.status == "merged" and key not in writer.by_key:
            head = links.find_partner(session, row.model.name)
            if head is not None and row.key not in existing:
                writer.by_key[key] = head
        writer.write(row, mode)
        done += 1
    return done


def _fills(head, row) -> bool:
    """A merged row gives a value its first row lacks (a domain, an extra attribute): written by the
    ordinary path, which fills it in, as for a smaller sheet."""
    if head is None or head.model is None or row.model is None:
        return False
    for name in row.model.model_fields_set:
        theirs, mine = getattr(row.model, name, None), getattr(head.model, name, None)
        if theirs in EMPTY:
            continue
        if mine in EMPTY or (isinstance(theirs, dict) and isinstance(mine, dict) and set(theirs) - set(mine)):
            return True
    return False


def bulk_agreements_candidate(rows) -> bool:
    return len(rows) >= BULK_AGREEMENTS and all(r.kind == "agreement" for r in rows)


def write_bulk_agreements(writer, rows, mode, progress, cancel, total) -> int:
    """Big agreement sheets (relation lists): every partner named is resolved once by its identity
    (name and country) against the catalogue, the missing ones created in bulk, then the new
    agreements inserted in bulk. Rows matching a catalogue agreement, rows with a decision and
    merged rows that bring other values take the ordinary path."""
    session = writer.s
    writer.plan.spent = True
    fresh = [r for r in rows if r.status == "ok" and not r.match and not r.decision]
    merged = [r for r in rows if r.status == "merged"]
    others = [r for r in rows if r.status == "ok" and (r.match or r.decision)]
    heads = {r.key: r for r in fresh}
    filling = {id(r) for r in merged if _fills(heads.get(r.key), r)}   # known before the models are released
    # 1. the partners named, by identity: (folded name, country or None)
    wanted: dict[str, dict[str | None, str]] = {}   # name key -> country -> name as written
    sides: list[list[tuple[str, str | None]]] = []  # per row, the identity of each partner named
    given: dict[tuple[str, str | None], dict | None] = {}  # what a partner to create is known to be
    for row in fresh:
        countries = row.partner_countries or [row.partner_country]
        named = []
        for i, name in enumerate(row.model.partners):
            key, country = identity = (name_key(name), countries[i] if i < len(countries) else None)
            named.append(identity)
            by_country = wanted.get(key)   # no dict made for each side of 25,000 rows: only for a new name
            if by_country is None:
                by_country = wanted[key] = {}
            if country not in by_country:
                by_country[country] = name.strip()
            if identity not in given:   # what the first row naming it says, as the ordinary path creates it
                given[identity] = new_partner_fields(row, i) or None
        sides.append(named)
    existing: dict[str, list[tuple[int, str | None, str]]] = {}
    keys = sorted(wanted)
    for start in range(0, len(keys), 500):
        query = (select(Partner.id, Partner.name_key, Partner.country, Partner.name)
                 .where(Partner.name_key.in_(keys[start:start + 500]), Partner.deleted_at.is_(None))
                 .order_by(Partner.id))
        for pid, key, country, name in session.execute(query):
            existing.setdefault(key, []).append((pid, country, name))
    resolved: dict[tuple[str, str | None], tuple[int, str]] = {}
    to_create: list[tuple[str, str | None, str]] = []
    for key, by_country in wanted.items():
        known = existing.get(key, [])
        named = [c for c in by_country if c]
        for country in named:
            same = [p for p in known if p[1] == country] or [p for p in known if countries_compatible(p[1], country)]
            if same:
                resolved[(key, country)] = (same[0][0], same[0][2])
            else:
                to_create.append((key, country, by_country[country]))
        if None in by_country:
            if known:
                resolved[(key, None)] = (known[0][0], known[0][2])
            elif not named:
                to_create.append((key, None, by_country[None]))
    if to_create:
        # each partner as PartnerIn(name=…, country=…) would validate it, the fifteen defaults once:
        # the two fields through the schema's own validators, on a copy of a validated partner
        fields = FastValidator(PartnerIn)
        template = PartnerIn(name="-")
        datas = []
        for key, country, name in to_create:
            name = " ".join(w[:1].upper() + w[1:] for w in name.split()) if name == name.lower() else name
            known = given.get((key, country)) or {}
            if partner_kind_of(name) or any(f in known for f in DESCRIBED):   # the ordinary path's rules
                datas.append(new_partner(name, country, known))
                continue
            datas.append(template.model_copy(update={"name": fields.convert("name", name),
                                                     "country": fields._field("country", country),
                                                     **({"kind": known["kind"]} if known.get("kind") else {}),
                                                     **({"extra": known["extra"]} if known.get("extra") else {})}))
        public = create_partners(session, datas, writer.actor, batch_id=writer.batch.id,
                                 keys=[k for k, _c, _n in to_create])
        ids: dict[str, int] = {}
        for start in range(0, len(public), 500):
            ids.update(session.execute(select(Partner.public_id, Partner.id)
                                       .where(Partner.public_id.in_(public[start:start + 500]))).all())
        for (key, country, _name), data, pid in zip(to_create, datas, public, strict=True):
            resolved[(key, country)] = (ids[pid], data.name)
        writer.count("partner", "created", len(to_create))
    for key, by_country in wanted.items():   # a side without country joins the named one of its name
        if None in by_country and (key, None) not in resolved:
            named = next(c for c in by_country if c)
            resolved[(key, None)] = resolved[(key, named)]
    # 2. the agreements
    done = 0
    batch = [(row, [resolved[identity] for identity in named]) for row, named in zip(fresh, sides, strict=True)]
    step = 5000
    with search.bulk_insert(session.connection(), Agreement):   # indexed once, not per chunk
        for start in range(0, len(batch), step):
            chunk = batch[start:start + step]
            public = create_agreements(session, [(r.model, p) for r, p in chunk], writer.actor,
                                       batch_id=writer.batch.id)
            for (row, _p), pid in zip(chunk, public, strict=True):
                writer.by_key[("agreement", row.key)] = pid
            done = _written(writer, "agreement", [r for r, _p in chunk], public, done, total, progress, cancel)
    # 3. merged rows: nothing new unless they bring other values; then the ordinary path
    for row in merged:
        head = writer.by_key.get(("agreement", row.key))
        if isinstance(head, str) and (id(row) in filling or any(
                getattr(p.reason, "key", "") in ("merge_conflict", "merge_added") for p in row.problems)):
            writer.by_key[("agreement", row.key)] = links.find_agreement(session, head) or session.scalar(
                select(Agreement).where(Agreement.public_id == head))
            writer.write(row, mode)
        else:
            writer.count("agreement", "merged")
            writer.outcomes.append((row.sheet, row.row, "agreement", "merged", head if isinstance(head, str) else None))
        done += 1
    for row in others:
        writer.write(row, mode)
        done += 1
    return done
