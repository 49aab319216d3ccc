"""Full-text search: the ONE module with dialect-specific SQL.

SQLite: an FTS5 external-content index per searchable table over its ``search_text`` column
(text already folded by ``db.text.fold``: no case, accents or strokes, so "lodz" meets "Łódź"),
kept in sync by triggers, with a prefix index for results as you type.
Other dialects: the same folded column scanned with LIKE (correct, slower).
"""

from __future__ import annotations

from sqlalchemy import Select, and_, column, or_, select, table
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


def uninstall(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    for table in SEARCHABLE:
        for suffix in ("ai", "ad", "au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}_fts")


def fts_query(user_text: str) -> str | None:
    """User text -> a safe FTS5 query: every word as a quoted prefix, all required.

    Quotes, parentheses, NEAR(, AND/OR, hyphens and apostrophes are never FTS syntax here.
    """
    terms = words(user_text)
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def _fts(model):
    """The FTS5 table of a model as a lightweight SQL construct (its own name is the MATCH column)."""
    name = f"{model.__tablename__}_fts"
    return table(name, column("rowid"), column("rank"), column(name))


def matching(dialect: str, model, user_text: str):
    """A WHERE clause restricting ``model`` to records matching ``user_text``; None if it has no words."""
    terms = words(user_text)
    if not terms:
        return None
    if dialect == "sqlite":
        fts = _fts(model)
        return model.id.in_(select(fts.c.rowid).where(fts.c[fts.name].op("MATCH")(fts_query(user_text))))
    # Elsewhere: each word as a substring of the folded text (prefix semantics are a subset).
    return and_(*[or_(model.search_text.like(f"{t}%"), model.search_text.like(f"% {t}%")) for t in terms])


def ranked(dialect: str, model, user_text: str, limit: int) -> Select | None:
    """Ids of the best ``limit`` live records for ``user_text``, best first."""
    terms = words(user_text)
    if not terms:
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
