"""date_mentions.value nullable: relative dates with no day to resolve them against

Revision ID: 0008
Revises: 0007

A relative date ("yesterday", "op 3 juni") on a page with neither a publication
date nor a fetch time is kept with its text and precision and no value, never
resolved against the day the extraction ran. On SQLite the column change is a
batch rebuild of ``date_mentions``; no view reads that table (0002's views read
agreements, articles, organisations, pages and sources), so none is dropped. A
later migration that adds a view over ``date_mentions`` must drop and recreate
it around such a rebuild. The downgrade deletes the unresolved rows: the old
schema cannot hold them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("date_mentions", schema=None) as batch_op:
        batch_op.alter_column("value", existing_type=sa.String(length=10), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM date_mentions WHERE value IS NULL")
    with op.batch_alter_table("date_mentions", schema=None) as batch_op:
        batch_op.alter_column("value", existing_type=sa.String(length=10), nullable=False)
