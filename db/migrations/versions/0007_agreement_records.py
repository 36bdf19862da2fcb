"""agreement records: mentions joined into real-world agreements, their lifecycle, corrections

Revision ID: 0007
Revises: 0006

Tables ``records``, ``record_mentions``, ``record_events``,
``record_corrections`` and ``record_changes`` (see db/models.py); they are
filled by ``pipeline/records_store.py`` (after a crawl run or a reparse, or
``campusnews records rebuild``), not by this migration.

Views ``agreement_records`` (one row per record with its parties and counts)
and ``agreement_events`` (one row per lifecycle step, with the record's
parties and the reporting article), in the style of 0002.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VIEWS = ("agreement_records", "agreement_events")


def _joined(column: str, from_where: str) -> str:
    """A correlated subquery joining distinct ``column`` values with '; ', sorted."""
    if op.get_bind().dialect.name == "sqlite":
        return (
            f"(SELECT group_concat(v, '; ') FROM "
            f"(SELECT DISTINCT {column} AS v FROM {from_where} ORDER BY {column}))"
        )
    return f"(SELECT string_agg(DISTINCT {column}, '; ' ORDER BY {column}) FROM {from_where})"


def _view_sql() -> dict[str, str]:
    parties = _joined(
        "o.name",
        "record_mentions AS rm JOIN agreement_parties AS p ON p.agreement_id = rm.agreement_id "
        "JOIN organisations AS o ON o.id = p.organisation_id WHERE rm.record_id = r.id",
    )
    return {
        "agreement_records": f"""
            SELECT r.id AS record_id, r.record_key, r.type, r.status, r.name,
                   {parties} AS parties,
                   r.first_date, r.last_date, r.articles,
                   (SELECT count(*) FROM record_mentions AS x
                    WHERE x.record_id = r.id) AS mentions,
                   r.reason
            FROM records AS r""",
        "agreement_events": f"""
            SELECT r.id AS record_id, e.position, e.kind, e.detail, e.date, e.date_precision,
                   r.type, r.status AS record_status, {parties} AS parties,
                   art.title AS article_title, art.url AS article_url,
                   art.published AS article_published, ag.evidence
            FROM record_events AS e
            JOIN records AS r ON r.id = e.record_id
            LEFT JOIN agreements AS ag ON ag.id = e.agreement_id
            LEFT JOIN articles AS art ON art.id = ag.article_id""",
    }


def upgrade() -> None:
    op.create_table(
        "records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_key", sa.String(length=32), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("first_date", sa.String(length=10), nullable=True),
        sa.Column("last_date", sa.String(length=10), nullable=True),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
        sa.UniqueConstraint("record_key", name=op.f("uq_records_record_key")),
    )
    op.create_index(op.f("ix_records_type"), "records", ["type"])
    op.create_index(op.f("ix_records_first_date"), "records", ["first_date"])
    op.create_table(
        "record_mentions",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_record_mentions_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_mentions_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agreement_id", name=op.f("pk_record_mentions")),
    )
    op.create_index(op.f("ix_record_mentions_record_id"), "record_mentions", ["record_id"])
    op.create_table(
        "record_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.String(length=20), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("date_precision", sa.String(length=10), nullable=True),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_record_events_agreement_id_agreements"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_events_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_events")),
        sa.UniqueConstraint("record_id", "position", name=op.f("uq_record_events_record_id")),
    )
    op.create_table(
        "record_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("article_key", sa.String(length=2048), nullable=False),
        sa.Column("identity_key", sa.String(length=64), nullable=False),
        sa.Column("other_article_key", sa.String(length=2048), nullable=True),
        sa.Column("other_identity_key", sa.String(length=64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_corrections")),
    )
    op.create_table(
        "record_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("record_key", sa.String(length=32), nullable=False),
        sa.Column("change", sa.String(length=10), nullable=False),
        sa.Column("old_status", sa.String(length=20), nullable=True),
        sa.Column("new_status", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["crawl_runs.id"],
            name=op.f("fk_record_changes_run_id_crawl_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_changes")),
    )
    op.create_index(op.f("ix_record_changes_run_id"), "record_changes", ["run_id"])
    for name, sql in _view_sql().items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.drop_index(op.f("ix_record_changes_run_id"), table_name="record_changes")
    op.drop_table("record_changes")
    op.drop_table("record_corrections")
    op.drop_table("record_events")
    op.drop_index(op.f("ix_record_mentions_record_id"), table_name="record_mentions")
    op.drop_table("record_mentions")
    op.drop_index(op.f("ix_records_first_date"), table_name="records")
    op.drop_index(op.f("ix_records_type"), table_name="records")
    op.drop_table("records")
