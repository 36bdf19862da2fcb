"""frontier: an index for leasing due URLs host by host

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_frontier_claim", "frontier", ["state", "host", "depth", "id"])


def downgrade() -> None:
    op.drop_index("ix_frontier_claim", table_name="frontier")
