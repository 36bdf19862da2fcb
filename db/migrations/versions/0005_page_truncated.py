"""pages.truncated: why the last parse of a page was cut short

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("pages", sa.Column("truncated", sa.Text(), nullable=True))


def downgrade() -> None:
    # A plain ALTER TABLE (SQLite 3.35+ too): a batch copy of pages would
    # break the views built on it.
    op.drop_column("pages", "truncated")
