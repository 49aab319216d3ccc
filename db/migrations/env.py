"""Alembic environment: runs on the engine handed over by ``db.catalog`` (batch mode for SQLite)."""

from alembic import context

from db.migrations.env_filter import include_object
from db.models import Base

config = context.config
engine = config.attributes["engine"]


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
