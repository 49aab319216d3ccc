"""personal data and invitations: a contact's postal address, no-contact flag (objection), anonymisation date and
last retention review; an event participant's invitation date, answer, presence and signed sessions
(existing participants were present: the attendance list they came from)

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-07 00:40:00
"""

import sqlalchemy as sa
from alembic import op

import db.models.types
from db import search

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('address', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('no_contact', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('anonymised_at', db.models.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('retention_kept_on', sa.Date(), nullable=True))
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('invited_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('response', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('attended', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('sessions', sa.JSON(), server_default='[]', nullable=False))
    # SQLite's batch mode made the contacts table anew: its full-text triggers went with the old one
    search.install(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.drop_column('sessions')
        batch_op.drop_column('attended')
        batch_op.drop_column('response')
        batch_op.drop_column('invited_on')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_column('retention_kept_on')
        batch_op.drop_column('anonymised_at')
        batch_op.drop_column('no_contact')
        batch_op.drop_column('address')
    search.install(op.get_bind())
