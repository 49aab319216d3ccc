"""Alembic environment: runs on the engine handed over by ``db.catalog`` (batch mode for SQLite)."""

from alembic import context

from db.models import Base

config = context.config
engine = config.attributes["engine"]


def include_object(obj, name, type_, reflected, compare_to):
    # FTS5 shadow tables belong to db.search, not to the models.
    return not (type_ == "table" and "_fts" in name)


with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
