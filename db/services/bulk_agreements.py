"""Bulk creation of agreements whose partners are already known (a relation list of 25,000 rows):
one multi-row INSERT per table instead of one ORM object per row.

The agreements get what ``records.create`` gives them: the same folded search text, partner
links in order, domains, a history row each (with the import batch), and the search index.
"""

from __future__ import annotations

from operator import attrgetter

from db import search
from db.identities import IdAllocator
from db.models import Agreement, BudgetLine, Change, agreement_domains, agreement_partners
from db.models.base import new_public_ids
from db.models.types import utcnow
from db.schemas import vocab
from db.schemas.records import AgreementIn
from db.services import links
from db.services.bulk import CHANGE_COLUMNS, Binder, Identity, _folded_parts, insert_tuples

BATCH = 2000
FIELDS = ("title", "kind", "status", "signed_on", "signed_at", "starts_on", "ends_on", "duration_years", "renewal",
          "notice_months", "signatories", "summary", "budget", "cofinancing_rate", "notes")


COLUMNS = ["public_id", "created_at", "updated_at", "created_by", "updated_by", "version", "search_text", "extra",
           "funders", *FIELDS]


def create_agreements(session, rows: list[tuple[AgreementIn, list[tuple[int, str]]]], actor: str | None, *,
                      batch_id: int | None = None, identities: list[Identity] | None = None) -> list[str]:
    """Insert agreements in the caller's transaction; ``rows``: (data, [(partner id, partner name)]).
    ``identities``: per row, the public id, stamps, authors and version to keep (a restore, see
    ``db.services.bulk.create_partners``). Returns their public ids, in order."""
    table = Agreement.__table__
    now = utcnow()
    public: list[str] = []
    domain_ids: dict[str, int] = {}
    folded: dict[str, str] = {}   # names, kinds, places: folded once (they repeat across rows)
    labels: dict[str | None, str] = {}
    bind = Binder.of(session, table, COLUMNS)
    change_stamp = Binder.of(session, Change.__table__, CHANGE_COLUMNS)("at", now)
    stamp, no_extra, no_funders = bind("created_at", now), bind("extra", {}), bind("funders", [])
    allocator = IdAllocator(session.connection(), table.name)
    read_fields = attrgetter(*FIELDS)
    converted = [i for i, f in enumerate(FIELDS) if bind.processors[f] is not None]  # dates, amounts
    at = bind.processors["created_at"] or (lambda value: value)   # kept stamps: each its own, no memo
    with search.bulk_insert(session.connection(), Agreement):
        for start in range(0, len(rows), BATCH):
            chunk = rows[start:start + BATCH]
            kept = identities[start:start + BATCH] if identities is not None else None
            ids = [i[0] for i in kept] if kept else new_public_ids(len(chunk))
            values = []
            for index, ((data, partners), pid) in enumerate(zip(chunk, ids, strict=True)):
                domains = [d.name for d in _domains(session, data.domains, domain_ids)] if data.domains else []
                label = labels.get(data.kind)
                if label is None:
                    label = labels[data.kind] = vocab.AGREEMENT_KIND.label(data.kind)
                parts = (data.title, *(name for _id, name in partners), label, *domains, data.signed_at,
                         data.summary, data.signatories, data.notes)
                text = " ".join(_folded_parts(folded, parts, by_word=True).split())   # fold(" ".join(parts))
                fields = read_fields(data)
                if converted:
                    fields = list(fields)
                    for i in converted:
                        if fields[i] is not None:
                            fields[i] = bind(FIELDS[i], fields[i])
                if kept:   # a restore: the record's own stamps, authors and version
                    _pid, created, updated, created_by, updated_by, version = kept[index]
                    made = (at(created), at(updated), created_by, updated_by, version)
                else:
                    made = (stamp, stamp, actor, actor, 1)
                values.append((pid, *made, text, bind("extra", data.extra) if data.extra else no_extra,
                               bind("funders", list(data.funders)) if data.funders else no_funders, *fields))
            # ids handed out first (SQLite: above every existing one, as search.bulk_insert needs;
            # the server: from its sequence), then one executemany or COPY of bound values
            new_ids = [allocator.allocate() for _ in values]
            insert_tuples(session, table, ["id", *COLUMNS], [(i, *v) for i, v in zip(new_ids, values, strict=True)],
                          bound=True)
            link_rows, domain_rows, budget_rows = [], [], []
            for agreement_id, (data, partners) in zip(new_ids, chunk, strict=True):
                budget_rows += [(agreement_id, position, b.year, b.label, b.category, b.country, b.planned,
                                 b.committed, b.paid, list(b.cofinancers)) for position, b in enumerate(data.budget_lines)]
                seen = set()
                for position, (partner_id, _name) in enumerate(partners):
                    if partner_id not in seen:
                        seen.add(partner_id)
                        link_rows.append((agreement_id, partner_id, position))
                for domain in _domains(session, data.domains, domain_ids) if data.domains else ():
                    domain_rows.append((agreement_id, domain.id))
            insert_tuples(session, agreement_partners, ["agreement_id", "partner_id", "position"], link_rows)
            insert_tuples(session, agreement_domains, ["agreement_id", "domain_id"], list(dict.fromkeys(domain_rows)))
            insert_tuples(session, BudgetLine.__table__, ["agreement_id", "position", "year", "label", "category",
                                                          "country", "planned", "committed", "paid", "cofinancers"],
                          budget_rows)
            insert_tuples(session, Change.__table__, CHANGE_COLUMNS,
                          [(change_stamp, actor, "agreement", pid, "create", batch_id) for pid in ids], bound=True)
            public.extend(ids)
    return public


def _domains(session, names: list[str], memo: dict[str, int]):
    from db.models import Domain

    result = []
    for name in names:
        if name not in memo:
            memo[name] = links.domains(session, [name])[0].id
        result.append(session.get(Domain, memo[name]))
    return result
