"""Full-text search: the ONE module with dialect-specific SQL.

SQLite: an FTS5 external-content index per searchable table over its ``search_text`` column
(text already folded by ``db.text.fold``: no case, accents or strokes, so "lodz" meets "Łódź"),
kept in sync by triggers, with a prefix index for results as you type.
Other dialects: the same folded column scanned with LIKE (correct, slower).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from sqlalchemy import Select, and_, column, or_, select
from sqlalchemy import table as sql_table
from sqlalchemy.engine import Connection

from db.text import words

SEARCHABLE = ("partners", "agreements", "contacts", "events", "followups")


def install(connection: Connection) -> None:
    """Create the indexes and triggers (SQLite only; a no-op elsewhere). Idempotent."""
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

    The rows inserted inside the block must have ids above every existing id.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    table = model.__tablename__
    first = connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar() + 1
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_ai")
    try:
        yield
        connection.exec_driver_sql(
            f"INSERT INTO {table}_fts(rowid, search_text) SELECT id, search_text FROM {table} WHERE id >= ?", (first,)
        )
    finally:
        connection.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )


def uninstall(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    for table in SEARCHABLE:
        for suffix in ("ai", "ad", "au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}_fts")


_ELISION = re.compile(r"\b(?:qu|[cdjlmnst])['’ʼ]", re.IGNORECASE)


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
    return " ".join(f'"{term}"*' for term in found)


def _fts(model):
    """The FTS5 table of a model as a lightweight SQL construct (its own name is the MATCH column)."""
    name = f"{model.__tablename__}_fts"
    return sql_table(name, column("rowid"), column("rank"), column(name))


def matching(dialect: str, model, user_text: str):
    """A WHERE clause restricting ``model`` to records matching ``user_text``; None if it has no words."""
    found = terms(user_text)
    if not found:
        return None
    if dialect == "sqlite":
        fts = _fts(model)
        return model.id.in_(select(fts.c.rowid).where(fts.c[fts.name].op("MATCH")(fts_query(user_text))))
    # Elsewhere: each word as a substring of the folded text (prefix semantics are a subset).
    return and_(*[or_(model.search_text.like(f"{t}%"), model.search_text.like(f"% {t}%")) for t in found])


def ranked(dialect: str, model, user_text: str, limit: int) -> Select | None:
    """Ids of the best ``limit`` live records for ``user_text``, best first."""
    if not terms(user_text):
        return None
    if dialect == "sqlite":
        fts = _fts(model)
        return (
            select(model.id)
            .select_from(fts)
            .join(model, model.id == fts.c.rowid)
            .where(fts.c[fts.name].op("MATCH")(fts_query(user_text)))
            .where(model.deleted_at.is_(None))
            .order_by(fts.c.rank)
            .limit(limit)
        )
    return (
        select(model.id)
        .where(matching(dialect, model, user_text), model.deleted_at.is_(None))
        .order_by(model.id)
        .limit(limit)
    )
