"""Stage 6 of the import, matching against the catalogue: which rows are records it already has.

Input: the resolved ``ImportPlan`` and the catalogue. Output: ``row.match`` (the existing record a
row would update, by the identity rules of ``db.identity``), look-alikes of catalogue names,
domains joined to the vocabulary, and ``plan.linked_new`` (partners and contacts that links will
create). Nothing is written; ``commit`` uses ``find_existing`` again inside its unit of work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.identity import countries_compatible, lookalike_pairs, other_record, title_key
from db.interchange.imports.budget_write import check_owners
from db.interchange.imports.reasons import Reason
from db.interchange.imports.resolve import base_key, interaction_key, row_key
from db.interchange.imports.row_plan import RowPlan
from db.models import Agreement, Contact, Event, FollowUp, Interaction, Partner
from db.services import links, records
from db.text import name_key, person_key

if TYPE_CHECKING:
    from db.interchange.imports.plan import ImportPlan


def find_by_public_id(session: Session, kind: str, row: RowPlan):
    """The live record whose public id the row carries (an edited export), or None."""
    if not row.public_id or kind not in records.SORTS:
        return None
    model = records.spec(kind).model
    return session.scalar(select(model).where(model.public_id == row.public_id, model.deleted_at.is_(None)))



def identical(kind: str, obj, row: RowPlan) -> bool:
    """The catalogue record ``obj`` (same name) is the row's record by the identity rules."""
    return other_record(kind, obj, row.model) is None



def find_existing(session: Session, kind: str, row: RowPlan):
    by_id = find_by_public_id(session, kind, row)
    if by_id is not None:
        return by_id
    model = row.model
    if model is None:
        return None
    if kind == "partner":
        return links.find_partner(session, model.name, model.country)
    if kind == "contact":
        key = person_key(model.first_name, model.last_name)
        if not key:
            return None
        cache = links.lookups(session)
        if cache is not None:   # an import writing row by row: the names in memory
            return next((c for c in cache.named("contact", key) if identical(kind, c, row)), None)
        query = select(Contact).where(Contact.name_key == key, Contact.deleted_at.is_(None)).order_by(Contact.id)
        return next((c for c in session.scalars(query) if identical(kind, c, row)), None)
    if kind == "event":
        query = select(Event).where(Event.name_key == name_key(model.title), Event.deleted_at.is_(None)).order_by(Event.id)
        return next((e for e in session.scalars(query) if other_record("event", e, model) is None), None)
    if kind == "followup":
        return links.find_followup(session, model.title)
    if kind == "agreement":
        countries = row.partner_countries or []
        names = {name_key(p) for p in model.partners}
        title = title_key(model.title, model.partners)
        day = model.signed_on or model.starts_on
        if not names:
            return None
        # only the agreements linked to a partner of every name (each is needed below): one or two,
        # not every agreement of a city twinned many times
        query = select(Agreement).where(Agreement.deleted_at.is_(None),
                                        *(Agreement.partners.any(Partner.name_key == n) for n in sorted(names)))
        for agreement in session.scalars(query):
            if title_key(agreement.title, [p.name for p in agreement.partners]) != title:
                continue
            theirs = agreement.signed_on or agreement.starts_on
            if day and theirs and str(day) != str(theirs):
                continue
            have: dict[str, list] = {}
            for partner in agreement.partners:
                have.setdefault(name_key(partner.name), []).append(partner.country)
            if all(any(countries_compatible(c, countries[i] if i < len(countries) else None)
                       for c in have.get(name_key(p), [])) for i, p in enumerate(model.partners)):
                return agreement
    if kind == "interaction":
        key = row.key or row_key(row)
        query = select(Interaction).where(Interaction.occurred_on == model.occurred_on,
                                          Interaction.deleted_at.is_(None))
        for interaction in session.scalars(query):
            if _interaction_key(interaction) == key:
                return interaction
    return None



def _interaction_key(obj: Interaction) -> str:
    contact = f"{obj.contact.first_name or ''} {obj.contact.last_name or ''}" if obj.contact is not None else None
    return interaction_key(obj.occurred_on, obj.kind, obj.partner.name if obj.partner is not None else None,
                           contact, obj.note)



def match_catalogue(catalog, plan: ImportPlan, *, linked: bool = True) -> None:
    """Mark rows whose record already exists (a decision is needed) and catalogue look-alikes;
    ``linked``: count the records links will create (``plan.linked_new``), which a preview shows."""

    with catalog.uow() as uow:
        s = uow.session
        check_owners(s, plan)   # a budget row whose agreement is nowhere: said before anything is written
        heads = [r for r in plan.all_rows() if r.status == "ok" and r.kind not in ("session", "budget")]
        keyed = {"partner": Partner, "contact": Contact, "event": Event, "followup": FollowUp}
        for kind, model in keyed.items():
            rows = [r for r in heads if r.kind == kind and r.key]
            found: dict[str, Any] = {}
            if rows and s.scalar(select(model.id).where(model.deleted_at.is_(None)).limit(1)) is None:
                for row in rows:  # nothing of this kind yet (a first import): nothing to look up
                    row.match = None
                continue
            bases = {id(r): base_key(r) for r in rows}
            keys = sorted(set(bases.values()))
            for start in range(0, len(keys), 500):
                query = (select(model).where(model.name_key.in_(keys[start:start + 500]), model.deleted_at.is_(None))
                         .order_by(model.id))
                for obj in s.scalars(query):
                    found.setdefault(obj.name_key, []).append(obj)
            for row in rows:
                same = [o for o in found.get(bases[id(row)], ()) if identical(kind, o, row)]
                if kind == "partner" and getattr(row.model, "country", None):
                    same.sort(key=lambda o: o.country != row.model.country)
                obj = find_by_public_id(s, kind, row) or (same[0] if same else None)
                row.match = {"id": obj.public_id, "name": records.spec(kind).name(obj)} if obj is not None else None
        titles = {name_key(t) for t in s.scalars(select(Agreement.title).where(Agreement.deleted_at.is_(None)))} \
            if any(r.kind == "agreement" for r in heads) else set()
        for row in heads:
            if row.kind == "agreement" and not row.public_id and name_key(row.model.title) not in titles:
                row.match = None   # no agreement of this title in the catalogue: nothing to look up
                continue
            if row.kind in ("agreement", "interaction"):
                obj = find_existing(s, row.kind, row)
                row.match = {"id": obj.public_id, "name": records.spec(row.kind).name(obj)} if obj is not None else None
        _note_domains(s, heads)
        plan.linked_new = linked_to_create(s, plan) if linked else {}
        partners = [r for r in heads if r.kind == "partner" and not r.match]
        if partners:
            names = {k: n for k, n in s.execute(select(Partner.name_key, Partner.name)
                                                  .where(Partner.deleted_at.is_(None)))}
            pairs = lookalike_pairs((base_key(r) for r in partners), names) if names else {}
            for row in partners:
                known = {name_key(x) for x in row.lookalikes}
                for key in pairs.get(base_key(row), [])[:3]:
                    if key not in known:
                        row.lookalikes.append(Reason("in_catalogue", name=names[key]))



def _note_domains(session: Session, rows: list[RowPlan]) -> None:
    """Domains as typed in the file: say which existing domain each one joins, and which new one
    looks like an existing one (a suggestion, never a merge). Noted once per distinct value."""
    from db.domains import lookalike_domain, match_domain
    from db.interchange.imports.row_plan import Problem
    from db.models import Domain
    from db.schemas.vocab import DEFAULT_DOMAINS

    names = {name_key(d): d for d in DEFAULT_DOMAINS}
    names.update({d.key: d.name for d in session.scalars(select(Domain))})
    seen: set[str] = set()
    lists: set = set()
    for row in rows:
        domains = getattr(row.model, "domains", None)
        if not domains:
            continue
        combo = tuple(domains)
        if combo in lists:
            continue   # lists repeat across rows: each is looked at once
        lists.add(combo)
        for value in combo:
            key = name_key(value)
            if not key or key in seen:
                continue
            seen.add(key)
            match = match_domain(value, names)
            if match is not None and match != key:
                row.problems.append(Problem(row.sheet, row.row, "", value, Reason(
                    "domain_matched", value=value, name=names[match]), "info"))
            elif match is None and (near := lookalike_domain(value, names)):
                row.problems.append(Problem(row.sheet, row.row, "", value, Reason(
                    "domain_lookalike", value=value, name=names[near]), "warning"))



def linked_to_create(session: Session, plan: ImportPlan, in_file: dict[str, set[str]] | None = None) -> dict[str, int]:
    """How many partners and contacts the import will create for the links of its rows: named by
    a row (an agreement's partners, a session's speakers…) but neither in the file nor the catalogue."""
    wanted = _linked_names(plan)
    result = {"partner": 0, "contact": 0}
    if not wanted["partner"] and not wanted["contact"]:
        return result   # a list of partners or people links to nothing
    if in_file is None:
        in_file = {"partner": set(), "contact": set()}
        for row in plan.all_rows():
            if row.kind in in_file and row.status in ("ok", "merged") and row.model is not None:
                in_file[row.kind].add(base_key(row))
    # partners: a name and a country (Valencia in Spain and in Venezuela are two)
    by_name: dict[str, set] = {}
    for name, country in wanted["partner"]:
        key = name_key(name)
        if key and key not in in_file["partner"]:
            by_name.setdefault(key, set()).add(country)
    known: dict[str, list] = {}
    ordered = sorted(by_name)
    for start in range(0, len(ordered), 500):
        for key, country in session.execute(select(Partner.name_key, Partner.country).where(
                Partner.name_key.in_(ordered[start:start + 500]), Partner.deleted_at.is_(None))):
            known.setdefault(key, []).append(country)
    new = 0
    for key, countries in by_name.items():
        named = {c for c in countries if c}
        missing = [c for c in named if not any(countries_compatible(k, c) for k in known.get(key, []))]
        new += len(missing) if named else (0 if key in known else 1)
    result["partner"] = new
    keys = {person_key(n, "") for n in wanted["contact"]} - in_file["contact"] - {""}
    found: set[str] = set()
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        found.update(session.scalars(select(Contact.name_key).where(
            Contact.name_key.in_(ordered[start:start + 500]), Contact.deleted_at.is_(None))))
    result["contact"] = len(keys - found)
    return result



def _linked_names(plan: ImportPlan) -> dict[str, set]:
    """(name, country) of the partners and names of the contacts the plan's rows link to."""
    partners: set[tuple[str, str | None]] = set()
    contacts: set[str] = set()
    for row in plan.all_rows():
        m = row.model
        if row.status not in ("ok", "merged") or m is None:
            continue
        def get(name, m=m):
            return getattr(m, name, None)

        if row.kind in ("agreement", "contact", "event"):
            countries = row.partner_countries or [row.partner_country]
            for i, p in enumerate(get("partners") or []):
                if not links.is_public_id(p):
                    partners.add((p, countries[i] if i < len(countries) else None))
            partners.update((p, None) for p in (get("organisers") or []) if not links.is_public_id(p))
        if row.kind in ("followup", "interaction"):
            if get("partner"):
                partners.add((get("partner"), None))
            if get("contact"):
                contacts.add(get("contact"))
        if row.kind == "session":
            contacts.update(x for x in [get("moderator"), get("rapporteur"), *(get("speakers") or [])] if x)
    return {"partner": partners, "contact": contacts}


def preload(cache: links.Lookups, rows: list[RowPlan], sessions: list[RowPlan]) -> None:
    """The catalogue's partners and contacts of every name the rows give or link to, read at once."""
    partners: set[str] = set()
    contacts: set[str] = set()
    for row in rows:
        m = row.model
        if row.kind == "partner":
            partners.add(name_key(m.name))
        elif row.kind == "contact":
            contacts.add(person_key(m.first_name, m.last_name))
            if m.organisation:
                partners.add(name_key(m.organisation))
        named = [*(getattr(m, "partners", None) or ()), *(getattr(m, "organisers", None) or ())]
        if row.kind in ("followup", "interaction"):
            named.append(m.partner)
            if m.contact and not links.is_public_id(m.contact):
                contacts.add(person_key(m.contact, ""))
        partners.update(name_key(p) for p in named if p and not links.is_public_id(p))
    for row in sessions:
        m = row.model
        contacts.update(person_key(x, "") for x in [m.moderator, m.rapporteur, *(m.speakers or [])] if x)
    cache.load("partner", partners)
    cache.load("contact", contacts)
