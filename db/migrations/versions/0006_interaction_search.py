"""interaction search: journals of exchanges join the full-text index (their kind, people, note and
the names of their partner and contact); existing interactions get their folded text

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 21:30:00
"""

from alembic import op

from db import search

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sqlalchemy.orm import Session, joinedload

    from db.models import Contact, Interaction, Partner
    from db.services.specs import SPECS

    bind = op.get_bind()
    spec = SPECS["interaction"]
    # only the columns this revision knows: the models may have grown since (0008 adds contact columns)
    names = (joinedload(Interaction.partner).load_only(Partner.name),
             joinedload(Interaction.contact).load_only(Contact.first_name, Contact.last_name))
    with Session(bind=bind) as session:  # the folded text is made in Python, as the services make it
        # read whole before writing: no statement of this revision is left open under the next ones
        # (SQLite refuses to drop a table while one is: 0008 rebuilds `contacts`)
        changed = [(text, interaction.id) for interaction in session.query(Interaction).options(*names).all()
                   if (text := spec.search_text(interaction)) != interaction.search_text]
    for text, interaction_id in changed:
        bind.exec_driver_sql("UPDATE interactions SET search_text = %s WHERE id = %s"
                             if bind.dialect.name == "postgresql" else
                             "UPDATE interactions SET search_text = ? WHERE id = ?", (text, interaction_id))
    search.install(bind)  # idempotent: adds what the interactions lack (index, triggers or stored vector)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("DROP INDEX IF EXISTS ix_interactions_search")
        bind.exec_driver_sql(f"ALTER TABLE interactions DROP COLUMN IF EXISTS {search.VECTOR}")
    elif bind.dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS interactions_{suffix}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS interactions_fts")
