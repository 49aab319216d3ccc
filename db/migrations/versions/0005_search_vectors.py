"""search vectors: on PostgreSQL, each searchable table keeps its tsvector in a stored generated
column with the GIN index on it (instead of an index on the expression); nothing on SQLite

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 02:05:00
"""

from alembic import op

from db import search

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in search.SEARCHABLE:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{table}_search")  # the index on the expression
    search.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    vector = search._pg_vector("search_text")
    for table in search.SEARCHABLE:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{table}_search")
        bind.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {search.VECTOR}")
        bind.exec_driver_sql(f"CREATE INDEX ix_{table}_search ON {table} USING gin (({vector}))")
