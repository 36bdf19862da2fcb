"""pages: which parser read each part, and a mark for a source whose layout changed

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


# Plain ADD/DROP COLUMN (SQLite has both): a batch rebuild of "pages" would break the
# views that read it.
def upgrade() -> None:
    op.add_column(
        "pages",
        sa.Column("layout_changed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("pages", sa.Column("parsed_by", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("pages", "parsed_by")
    op.drop_column("pages", "layout_changed")
