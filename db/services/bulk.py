"""Bulk creation for large volumes (imports, generated catalogues): one executemany per table.

Rows arrive as validated ``XxxIn``; the records get the same keys, folded search text, domains,
history rows and search index entries as ``records.create`` gives them, without building one ORM
object per row. On SQLite the rows go straight through the driver's ``executemany``; on
PostgreSQL through ``COPY … FROM STDIN`` (``copy_rows``), the server's own bulk path, several
times faster than INSERTs and without a parameter dict per row. Either way each value is first
converted by its column type's bind processor, as the ORM would store it (``Binder``).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import repeat
from operator import is_not, itemgetter

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db import search
from db.countries import country_name
from db.identities import IdAllocator
from db.models import Change, Partner, partner_domains
from db.models.base import new_public_ids
from db.models.types import utcnow
from db.schemas.records import PartnerIn
from db.services import links
from db.text import fold, name_key

BATCH = 5000


def _converters(table, columns, dialect):
    """Per column: the type's bind processor (None when values pass through unchanged)."""
    return [table.c[name].type._cached_bind_processor(dialect) for name in columns]


def executemany(session: Session, table, rows: list[dict]) -> None:
    """INSERT many rows given as dicts; on SQLite straight through the driver, values converted by
    each column type's own bind processor (stored exactly as the ORM stores them)."""
    if not rows:
        return
    columns = list(rows[0])
    insert_tuples(session, table, columns, [tuple(row[c] for c in columns) for row in rows])


class Binder:
    """Column values as the driver stores them, for rows built in bulk: each distinct value is
    converted once by its column type (a date, a flag, an empty ``{}`` repeat across rows)."""

    def __init__(self, table, columns: list[str], dialect):
        self.active = dialect.name in ("sqlite", "postgresql")  # elsewhere SQLAlchemy converts them
        processors = _converters(table, columns, dialect) if self.active else [None] * len(columns)
        self.columns = columns
        self.processors = dict(zip(columns, processors, strict=True))
        self.memo: dict[str, dict] = {c: {} for c in columns}

    @classmethod
    def of(cls, session: Session, table, columns: list[str]) -> Binder:
        return cls(table, columns, session.connection().dialect)

    def rows(self, rows: list[tuple]) -> list[tuple]:
        """Rows of Python values (in ``columns`` order) as the driver stores them."""
        todo = [(i, c) for i, c in enumerate(self.columns) if self.processors[c] is not None]
        if not todo:
            return rows
        converted = []
        for row in rows:
            row = list(row)
            for i, column in todo:
                row[i] = self(column, row[i])
            converted.append(tuple(row))
        return converted

    def __call__(self, column: str, value):
        process = self.processors[column]
        if process is None or value is None:
            return value
        memo = self.memo[column]
        key = value if type(value) not in (dict, list) else (repr(value) if not value else None)
        if key is None:
            return process(value)
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = process(value)
        return hit


def insert_tuples(session: Session, table, columns: list[str], rows: list[tuple], *, bound: bool = False) -> None:
    """INSERT many rows given as tuples in ``columns`` order (Python values, not yet converted;
    ``bound``: values already as the driver stores them, see ``Binder``)."""
    insert_rows(session.connection(), table, columns, rows, bound=bound)


def insert_rows(connection, table, columns: list[str], rows: list[tuple], *, bound: bool = False) -> None:
    """``insert_tuples`` on a Connection (a catalogue copy writes through one, outside any session)."""
    if not rows:
        return
    dialect = connection.dialect
    if dialect.name not in ("sqlite", "postgresql"):
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    if not bound:
        rows = Binder(table, columns, dialect).rows(rows)
    columns, rows = _without_empty_columns(table, columns, rows)
    if dialect.name == "postgresql":
        copy_rows(connection, table.name, columns, rows)
        return
    names = ", ".join(dialect.identifier_preparer.quote(c) for c in columns)
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(columns))})", rows)


def _without_empty_columns(table, columns: list[str], rows: list[tuple]) -> tuple[list[str], list[tuple]]:
    """The columns empty in every row left out of the statement (they get their NULL all the same;
    not those with a server default): a relation list fills 10 of an agreement's 25 columns, and
    each value bound costs as much as a short row's others."""
    if len(rows) < 64:
        return columns, rows
    # a filled column is told by its first values; only an empty one is read to the end (in C)
    keep = [i for i, name in enumerate(columns) if table.c[name].server_default is not None
            or any(map(is_not, map(itemgetter(i), rows), repeat(None)))]
    if len(keep) == len(columns):
        return columns, rows
    if len(keep) == 1:
        return [columns[keep[0]]], [(row[keep[0]],) for row in rows]
    return [columns[i] for i in keep], list(map(itemgetter(*keep), rows))


def copy_rows(connection, table_name: str, columns: list[str], rows: list[tuple]) -> None:
    """PostgreSQL: ``COPY table (columns) FROM STDIN`` of rows already bound (``Binder``), in the
    connection's transaction. The statement goes to the driver directly: SQLAlchemy's cursor
    events do not see it (``bench/bench_postgres.py`` records it by wrapping this function)."""
    names = ", ".join(connection.dialect.identifier_preparer.quote(c) for c in columns)
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        with cursor.copy(f"COPY {table_name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()


PARTNER_COLUMNS = ["id", "public_id", "created_at", "updated_at", "created_by", "updated_by", "version", "search_text",
                   "extra", "name", "name_key", "kind", "country", "city", "website", "email", "phone", "status",
                   "active", "partner_since", "referent", "description", "notes"]
Identity = tuple  # (public_id, created_at, updated_at, created_by, updated_by, version), see create_partners
CHANGE_COLUMNS = ["at", "actor", "kind", "record_id", "action", "batch_id"]


def _folded_parts(memo: dict[str, str], parts, *, by_word: bool = False) -> str:
    """``fold(" ".join(parts), collapse=False)``, part by part (folding is per character), values
    that repeat across rows (country names, domains, cities, officers) folded once.

    ``by_word``: a part not seen before is folded word by word (its spaces collapsed, as the caller
    will collapse them): a title is new on each row ("Jumelage Lyon – Pécs"), its words are not."""
    out = []
    for part in parts:
        if not part:
            continue
        if part.isascii():
            out.append(part.lower())
            continue
        hit = memo.get(part)
        if hit is None:
            if by_word and " " in part:
                out.append(_folded_parts(memo, part.split()))
                continue
            hit = fold(part, collapse=False)
            if len(memo) < 50_000:
                memo[part] = hit
        out.append(hit)
    return " ".join(out)


def create_partners(session: Session, rows: Iterable[PartnerIn], actor: str | None, *,
                    batch_id: int | None = None, keys: list[str] | None = None,
                    identities: list[Identity] | None = None, memo: dict | None = None) -> list[str]:
    """Insert many partners in the caller's transaction (the caller commits); returns their public ids.

    ``keys``: the partners' ``name_key``s when the caller has them already (an import plan does).
    ``identities``: per row, the public id, stamps, authors and version to keep (a restore); the
    history rows still say who wrote them and when. ``memo``: one dict the caller gives each of
    its calls when it writes by chunks in one transaction: the values the chunks repeat (domains,
    countries, dates, words of the search text) are looked up and converted once, not per chunk."""
    allocator = IdAllocator(session.connection(), Partner.__tablename__)
    now = utcnow()
    memo = memo if memo is not None else {}
    domain_ids: dict[str, int] = memo.setdefault("domain_ids", {})
    domain_sets: dict[tuple[str, ...], tuple[list[int], str]] = memo.setdefault("domain_sets", {})
    domain_names: dict[int, str] = memo.setdefault("domain_names", {})
    country_names: dict[str | None, str] = memo.setdefault("country_names", {})
    public_ids: list[str] = []
    partners: list[tuple] = []
    domain_links: list[tuple] = []
    changes: list[tuple] = []

    bind = Binder.of(session, Partner.__table__, PARTNER_COLUMNS)
    bound = bind.active
    stamp = bind("created_at", now)
    no_extra = bind("extra", {})
    flags = {value: bind("active", value) for value in (True, False, None)}
    dates: dict = memo.setdefault("dates", {})  # partner_since -> bound value
    change_stamp = Binder.of(session, Change.__table__, CHANGE_COLUMNS)("at", now)

    def flush() -> None:
        insert_tuples(session, Partner.__table__, PARTNER_COLUMNS, partners, bound=bound)
        insert_tuples(session, partner_domains, ["partner_id", "domain_id"], domain_links)
        insert_tuples(session, Change.__table__, CHANGE_COLUMNS, changes, bound=bound)
        partners.clear()
        domain_links.clear()
        changes.clear()

    ids: list[str] = []
    folded: dict[str, str] = memo.setdefault("folded", {})
    with search.bulk_insert(session.connection(), Partner):
        for index, data in enumerate(rows):
            if not ids:
                ids = new_public_ids(BATCH)
            pid = ids.pop()
            domain_text = ""
            next_id = allocator.allocate()
            if data.domains:
                combo = tuple(data.domains)
                known = domain_sets.get(combo)
                if known is None:  # the ids of this list of domains, each once (lists repeat across rows)
                    wanted: list[int] = []
                    shown: list[str] = []
                    for name in combo:
                        key = name_key(name)
                        if key and key not in domain_ids:
                            domain = links.domains(session, [name])[0]   # matched to the vocabulary
                            domain_ids[key] = domain.id
                            domain_names[domain.id] = domain.name
                        if key and domain_ids[key] not in wanted:
                            wanted.append(domain_ids[key])
                            shown.append(domain_names[domain_ids[key]])
                    known = domain_sets[combo] = (wanted, " ".join(shown))
                domain_links.extend([(next_id, d) for d in known[0]])
                domain_text = known[1]
            names = country_names.get(data.country)
            if names is None:
                names = country_names[data.country] = f"{country_name(data.country, 'fr')} {country_name(data.country, 'en')}"
            text = _folded_parts(folded, (data.name, data.city, data.country, names, domain_text,
                                          data.referent, data.email, data.description, data.notes))
            key = keys[index] if keys is not None else name_key(data.name)
            since = dates.get(data.partner_since, dates)
            if since is dates:
                since = dates[data.partner_since] = bind("partner_since", data.partner_since)
            made = (stamp, stamp, actor, actor, 1)
            if identities is not None:
                pid, created, updated, created_by, updated_by, version = identities[index]
                made = (bind("created_at", created), bind("updated_at", updated), created_by, updated_by, version)
            partners.append((
                next_id, pid, *made, text,
                bind("extra", data.extra) if data.extra else no_extra, data.name, key,
                data.kind, data.country, data.city, data.website, data.email, data.phone, data.status,
                flags[data.active], since, data.referent, data.description, data.notes,
            ))
            changes.append((change_stamp, actor, "partner", pid, "create", batch_id))
            public_ids.append(pid)
            if len(partners) >= BATCH:
                flush()
        flush()
    return public_ids
