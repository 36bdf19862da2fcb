"""record listing key: each organisation's records with their newest date, kept by triggers

Revision ID: 0010
Revises: 0009

``query agreements --org X`` lists X's agreement records newest first. It
read every agreement of X (``ix_agreement_parties_sort``), looked up each
one's record and sorted them all before the limit: tens of thousands of
lookups for a large organisation (145 ms p95 at 1,000,000 articles).

``record_organisations`` holds one row per (record, organisation) for which
one of the record's mentions has the organisation as a party, with the
record's listing date ``newest`` = ``coalesce(records.last_date,
records.first_date, '')`` (the key ``db.queries.record_summaries`` orders by;
'' sorts below every date, as NULLS LAST did: a record has both dates or
neither, and never ''). With the index (organisation_id, newest, record_id)
an organisation's first page is an index range read backwards.

Triggers keep it exact, as 0009's keep ``agreement_parties.sort_key``:
a new mention or party adds the pairs it makes (duplicates ignored); a
removed or moved one prunes the pairs of its record (or of its organisation
and record) that no mention still supports, so the result does not depend
on the order in which cascades delete mentions and parties; a record's new
dates update its rows; deleting a record or an organisation cascades.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_NEWEST = "coalesce(r.last_date, r.first_date, '')"
# Whether a pair (record, organisation) still has a mention with that party.
_SUPPORTED = (
    "EXISTS (SELECT 1 FROM record_mentions AS x "
    "JOIN agreement_parties AS p ON p.agreement_id = x.agreement_id "
    "WHERE x.record_id = record_organisations.record_id "
    "AND p.organisation_id = record_organisations.organisation_id)"
)


def _add_mention(row: str) -> str:
    """Add the pairs that mention ``row`` (NEW) makes with its agreement's parties."""
    return (
        "INSERT INTO record_organisations (record_id, organisation_id, newest) "
        f"SELECT r.id, p.organisation_id, {_NEWEST} FROM agreement_parties AS p "
        f"JOIN records AS r ON r.id = {row}.record_id WHERE p.agreement_id = {row}.agreement_id "
        "ON CONFLICT DO NOTHING;"
    )


def _prune_mention(row: str) -> str:
    """Remove the pairs of mention ``row``'s (OLD) record that no mention supports any more."""
    return (
        f"DELETE FROM record_organisations WHERE record_id = {row}.record_id AND NOT {_SUPPORTED};"
    )


def _add_party(row: str) -> str:
    """Add the pairs that party ``row`` (NEW) makes with its agreement's record."""
    return (
        "INSERT INTO record_organisations (record_id, organisation_id, newest) "
        f"SELECT r.id, {row}.organisation_id, {_NEWEST} FROM record_mentions AS x "
        f"JOIN records AS r ON r.id = x.record_id WHERE x.agreement_id = {row}.agreement_id "
        "ON CONFLICT DO NOTHING;"
    )


def _prune_party(row: str) -> str:
    """Remove the pairs of party ``row``'s (OLD) organisation that no mention supports any more."""
    return (
        f"DELETE FROM record_organisations WHERE organisation_id = {row}.organisation_id "
        "AND record_id IN (SELECT x.record_id FROM record_mentions AS x "
        f"WHERE x.agreement_id = {row}.agreement_id) AND NOT {_SUPPORTED};"
    )


_SET_NEWEST = (
    "UPDATE record_organisations SET newest = coalesce(NEW.last_date, NEW.first_date, '') "
    "WHERE record_id = NEW.id;"
)

_SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER record_mentions_orgs_ai AFTER INSERT ON record_mentions BEGIN
        {_add_mention("NEW")}
    END""",
    f"""CREATE TRIGGER record_mentions_orgs_ad AFTER DELETE ON record_mentions BEGIN
        {_prune_mention("OLD")}
    END""",
    f"""CREATE TRIGGER record_mentions_orgs_au AFTER UPDATE OF record_id, agreement_id
    ON record_mentions BEGIN
        {_prune_mention("OLD")}
        {_add_mention("NEW")}
    END""",
    f"""CREATE TRIGGER agreement_parties_records_ai AFTER INSERT ON agreement_parties BEGIN
        {_add_party("NEW")}
    END""",
    f"""CREATE TRIGGER agreement_parties_records_ad AFTER DELETE ON agreement_parties BEGIN
        {_prune_party("OLD")}
    END""",
    f"""CREATE TRIGGER agreement_parties_records_au AFTER UPDATE OF organisation_id, agreement_id
    ON agreement_parties BEGIN
        {_prune_party("OLD")}
        {_add_party("NEW")}
    END""",
    f"""CREATE TRIGGER records_newest AFTER UPDATE OF first_date, last_date ON records
    WHEN coalesce(OLD.last_date, OLD.first_date, '') IS NOT coalesce(NEW.last_date, NEW.first_date, '')
    BEGIN
        {_SET_NEWEST}
    END""",
)


def _pg_link_trigger(name: str, table: str, columns: str, prune: str, add: str) -> tuple[str, str]:
    """A PostgreSQL trigger function and trigger: prune for OLD, add for NEW."""
    return (
        f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                {prune}
            END IF;
            IF TG_OP <> 'DELETE' THEN
                {add}
            END IF;
            RETURN NULL;
        END $$""",
        f"CREATE TRIGGER {name} AFTER INSERT OR DELETE OR UPDATE OF {columns} "
        f"ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
    )


_PG_TRIGGERS = (
    *_pg_link_trigger(
        "record_mentions_orgs",
        "record_mentions",
        "record_id, agreement_id",
        _prune_mention("OLD"),
        _add_mention("NEW"),
    ),
    *_pg_link_trigger(
        "agreement_parties_records",
        "agreement_parties",
        "organisation_id, agreement_id",
        _prune_party("OLD"),
        _add_party("NEW"),
    ),
    f"""CREATE FUNCTION records_newest() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {_SET_NEWEST}
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER records_newest AFTER UPDATE OF first_date, last_date ON records "
    "FOR EACH ROW WHEN (coalesce(OLD.last_date, OLD.first_date, '') "
    "IS DISTINCT FROM coalesce(NEW.last_date, NEW.first_date, '')) "
    "EXECUTE FUNCTION records_newest()",
)

_SQLITE_TRIGGER_NAMES = (
    *(f"record_mentions_orgs_{event}" for event in ("ai", "ad", "au")),
    *(f"agreement_parties_records_{event}" for event in ("ai", "ad", "au")),
    "records_newest",
)
# PostgreSQL: (trigger, table); each trigger has a function of its name.
_PG_TRIGGER_NAMES = (
    ("record_mentions_orgs", "record_mentions"),
    ("agreement_parties_records", "agreement_parties"),
    ("records_newest", "records"),
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "record_organisations",
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("newest", sa.String(length=10), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_organisations_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_record_organisations_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "record_id", "organisation_id", name=op.f("pk_record_organisations")
        ),
    )
    op.execute(
        "INSERT INTO record_organisations (record_id, organisation_id, newest) "
        f"SELECT DISTINCT r.id, p.organisation_id, {_NEWEST} FROM record_mentions AS x "
        "JOIN agreement_parties AS p ON p.agreement_id = x.agreement_id "
        "JOIN records AS r ON r.id = x.record_id"
    )
    op.create_index(
        "ix_record_organisations_newest",
        "record_organisations",
        ["organisation_id", "newest", "record_id"],
    )
    for statement in _SQLITE_TRIGGERS if sqlite else _PG_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, table in _PG_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_index("ix_record_organisations_newest", table_name="record_organisations")
    op.drop_table("record_organisations")
