"""budget lines: the money of each year on an agreement or an event (planned, committed, paid, the
APD category, the country concerned, the co-financers); a new table, nothing else changes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 00:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('budget_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=True),
    sa.Column('category', sa.String(length=40), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('planned', sa.Integer(), nullable=True),
    sa.Column('committed', sa.Integer(), nullable=True),
    sa.Column('paid', sa.Integer(), nullable=True),
    sa.Column('cofinancers', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_budget_lines_agreement_id_agreements'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_budget_lines_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_lines'))
    )
    with op.batch_alter_table('budget_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_lines_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_budget_lines_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_budget_lines_year'), ['year'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('budget_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_budget_lines_year'))
        batch_op.drop_index(batch_op.f('ix_budget_lines_event_id'))
        batch_op.drop_index(batch_op.f('ix_budget_lines_agreement_id'))
    op.drop_table('budget_lines')
