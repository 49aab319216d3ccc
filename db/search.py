"""Full-text search: the ONE module with dialect-specific full-text SQL.

Both engines search the same ``search_text`` column, text already folded in Python by
``db.text.fold`` (no case, accents or strokes, so "lodz" meets "Łódź"): the folding is the same on
both engines because it is done before the text reaches either. Every query word is a required
word prefix; hyphens, apostrophes and French elisions separate words ("bassam" finds
"Grand-Bassam", "d'ivoire" finds "Côte d'Ivoire").

SQLite: an FTS5 external-content index per searchable table, kept in sync by triggers, with a
prefix index for results as you type.

Both engines: an abbreviation finds its full form ("st louis" finds Saint-Louis, ``ABBREVIATIONS``),
and results come in the same order (``_order``: shortest matching text first, then the oldest).

PostgreSQL: a stored generated column ``search_vector``, ``to_tsvector('simple', …)`` of that
folded column, with a GIN index, queried with prefix terms (``'bass':*``) and ranked with
``ts_rank``. Stored rather than an index on the expression: ranking, and the re-check of prefix
matches, would otherwise parse the text of every matching row again at each search (five to
nine times slower at 100,000 records). The models do not map the column (the server fills it). Chosen over ``pg_trgm`` because it has
the very semantics of the SQLite index (words, word prefixes, ranking) and needs no extension
(``unaccent``, ``pg_trgm`` must be installed by a superuser, which a city's IT department may
refuse); ``unaccent`` is not needed since the text is folded already. The ``simple``
configuration neither stems nor drops stop words, like FTS5. Its parser keeps e-mail addresses,
host names, paths and numbers such as "1.2" whole, so those separators are turned into spaces
first (``translate``) and "busan" finds "contact@busan.go.kr" as it does on SQLite.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator

from sqlalchemy import Select, String, bindparam, column, func, literal_column, select
from sqlalchemy import table as sql_table
from sqlalchemy.engine import Connection

from db.text import words

SEARCHABLE = ("partners", "agreements", "contacts", "events", "followups", "interactions")


VECTOR = "search_vector"  # PostgreSQL's stored tsvector column (not in the models)


def install(connection: Connection) -> None:
    """Create the indexes (and triggers on SQLite, the stored vectors on PostgreSQL). Idempotent."""
    if connection.dialect.name == "postgresql":
        for table in SEARCHABLE:
            connection.exec_driver_sql(
                f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {VECTOR} tsvector "
                f"GENERATED ALWAYS AS ({_pg_vector('search_text')}) STORED"
            )
            connection.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_{table}_search ON {table} USING gin ({VECTOR})")
        return
    if connection.dialect.name != "sqlite":
        return
    for table in SEARCHABLE:
        fts = f"{table}_fts"
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(search_text, content='{table}', "
            f"content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        connection.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        connection.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END"
        )
        connection.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_au AFTER UPDATE OF search_text ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
            f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        connection.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


@contextlib.contextmanager
def bulk_insert(connection: Connection, model) -> Iterator[None]:
    """Around a bulk insert of new rows: index them in one statement instead of one trigger per row.

    The rows inserted inside the block must have ids above every existing id. Blocks nest: an inner
    block of the same table (a caller writing by chunks around ``create_agreements``) does nothing,
    the outer one indexes every row once.
    """
    table = model.__tablename__
    flag = ("bulk_insert", table)
    if connection.dialect.name != "sqlite" or connection.info.get(flag):
        yield
        return
    connection.info[flag] = True
    first = connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar() + 1
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_ai")
    try:
        yield
        connection.exec_driver_sql(
            f"INSERT INTO {table}_fts(rowid, search_text) SELECT id, search_text FROM {table} WHERE id >= ?", (first,)
        )
    finally:
        connection.info.pop(flag, None)
        connection.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )


def uninstall(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        for table in SEARCHABLE:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{table}_search")
        return
    if connection.dialect.name != "sqlite":
        return
    for table in SEARCHABLE:
        for suffix in ("ai", "ad", "au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}_fts")


_ELISION = re.compile(r"\b(?:qu|[cdjlmnst])['’ʼ]", re.IGNORECASE)

# Abbreviations people type for words of names: each finds its full form, and the full word typed
# whole finds the abbreviation written in a record ("st louis" finds Saint-Louis, "saint" finds
# "St-Louis"). Folded, like every term.
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mont", "cie": "compagnie", "stes": "saintes",
                 "sts": "saints", "bd": "boulevard"}
_FULL = {full: short for short, full in ABBREVIATIONS.items()}


def alternatives(term: str) -> list[tuple[str, bool]]:
    """(word, as a prefix) pairs any of which a record's word must match for this query term."""
    if term in ABBREVIATIONS:
        return [(term, True), (ABBREVIATIONS[term], True)]
    if term in _FULL:
        return [(term, True), (_FULL[term], False)]
    return [(term, True)]


def terms(user_text: str) -> list[str]:
    """Folded words of a query, French elisions dropped ("l'accord" searches "accord")."""
    return words(_ELISION.sub(" ", user_text or ""))


def fts_query(user_text: str) -> str | None:
    """User text -> a safe FTS5 query: every word as a quoted prefix, all required.

    Quotes, parentheses, NEAR(, AND/OR, hyphens and apostrophes are never FTS syntax here.
    """
    found = terms(user_text)
    if not found:
        return None
    groups = []
    for term in found:
        words_ = [f'"{word}"*' if prefix else f'"{word}"' for word, prefix in alternatives(term)]
        groups.append(words_[0] if len(words_) == 1 else f"({' OR '.join(words_)})")
    return " AND ".join(groups)  # FTS5 joins a parenthesised group to the next only with an explicit AND


# Separators that PostgreSQL's parser would keep inside one token (e-mail, host, path, version).
_PG_SEPARATORS = "-@./:\\~«»“”„‹›…·•"


def _pg_vector(column_sql: str) -> str:
    """The expression of the stored ``search_vector`` column."""
    blanks = " " * len(_PG_SEPARATORS)
    return f"to_tsvector('simple'::regconfig, translate({column_sql}, '{_PG_SEPARATORS}', '{blanks}'))"


def pg_query(user_text: str) -> str | None:
    """User text -> a safe ``to_tsquery`` text: every word a quoted prefix, all required."""
    found = terms(user_text)
    if not found:
        return None
    groups = []
    for term in found:
        words_ = [f"'{word}':*" if prefix else f"'{word}'" for word, prefix in alternatives(term)]
        groups.append(words_[0] if len(words_) == 1 else f"({' | '.join(words_)})")
    return " & ".join(groups)


def _pg_match(model, user_text: str):
    vector = literal_column(f"{model.__tablename__}.{VECTOR}")
    query = func.to_tsquery(literal_column("'simple'::regconfig"), pg_query(user_text))
    return vector, query


def _fts(model):
    """The FTS5 table of a model as a lightweight SQL construct (its own name is the MATCH column)."""
    name = f"{model.__tablename__}_fts"
    return sql_table(name, column("rowid"), column("rank"), column(name))


def matching(dialect: str, model, user_text: str):
    """A WHERE clause restricting ``model`` to records matching ``user_text``; None if it has no words."""
    if not terms(user_text):
        return None
    if dialect == "sqlite":
        fts = _fts(model)
        return model.id.in_(select(fts.c.rowid).where(fts.c[fts.name].op("MATCH")(fts_query(user_text))))
    vector, query = _pg_match(model, user_text)
    return vector.op("@@")(query)


def _order(model) -> tuple:
    """The ranking, the same on both engines: the record whose text is shortest (mostly the words
    searched for) first, then the oldest. The engines' own scores (FTS5's bm25, ``ts_rank``) weigh
    words differently and put the same records in different orders."""
    return func.length(model.search_text), model.id


def ranked(dialect: str, model, user_text: str, limit: int) -> Select | None:
    """Ids of the best ``limit`` live records for ``user_text``, best first."""
    if not terms(user_text):
        return None
    return ranked_template(dialect, model, limit).params(match=match_text(dialect, user_text))


def match_text(dialect: str, user_text: str) -> str:
    """The engine's query for ``user_text`` (FTS5's MATCH text, or PostgreSQL's tsquery text)."""
    return fts_query(user_text) if dialect == "sqlite" else pg_query(user_text)


@functools.cache
def ranked_template(dialect: str, model, limit: int) -> Select:
    """``ranked``'s statement with its query text left as the bound parameter ``match``
    (``match_text``): built once, for search as you type."""
    match = bindparam("match", type_=String)
    if dialect == "sqlite":
        fts = _fts(model)
        return (
            select(model.id)
            .select_from(fts)
            .join(model, model.id == fts.c.rowid)
            .where(fts.c[fts.name].op("MATCH")(match))
            .where(model.deleted_at.is_(None))
            .order_by(*_order(model))
            .limit(limit)
        )
    vector = literal_column(f"{model.__tablename__}.{VECTOR}")
    query = func.to_tsquery(literal_column("'simple'::regconfig"), match)
    return (
        select(model.id)
        .where(vector.op("@@")(query), model.deleted_at.is_(None))
        .order_by(*_order(model))
        .limit(limit)
    )
