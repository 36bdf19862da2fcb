"""query indexes: organisation counts kept by triggers, a sort key on agreement parties

Revision ID: 0009
Revises: 0008

Two questions did work proportional to the whole database on every call
(bench/query.py, 1,000,000 articles): "organisations, most agreements first"
counted the link rows of every organisation, and "the newest agreements of an
organisation" joined and sorted all of that organisation's agreements before
taking the first page.

``organisation_counts`` holds, per organisation, how many articles mention it
and how many agreements it is party to. Triggers on ``organisations`` (a row
for each new organisation), ``article_organisations`` and
``agreement_parties`` (plus or minus one per link row, cascades included) keep
it exact; the index on (agreements, articles) hands out the top of the list
without counting anything. A later count (agreement records, say) gets its
own column and the same pair of triggers on its link table:
``_sqlite_count_triggers`` / ``_pg_count_trigger`` take the table and column.

``agreement_parties.sort_key`` is the agreement's listing date,
``coalesce(agreements.date, articles.published, '')``: the key
``db.queries.agreements`` orders by. With the index (organisation_id,
sort_key, agreement_id) an organisation's first page is an index range scan.
Triggers keep it right when a party is added, an agreement's date or article
changes, or an article's publication date changes. '' (no date at all) sorts
below every date, as NULLS LAST did.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# (link table, counter column): each link row adds one to its organisation's counter.
COUNTED = (("article_organisations", "articles"), ("agreement_parties", "agreements"))

_SORT_KEY = (
    "coalesce(ag.date, {published}, '') FROM agreements AS ag "
    "JOIN articles AS art ON art.id = ag.article_id"
)


def _sqlite_count_triggers(table: str, column: str) -> tuple[str, ...]:
    """Triggers keeping ``organisation_counts.<column>`` equal to the rows of ``table``."""
    plus = (
        f"UPDATE organisation_counts SET {column} = {column} + 1 "
        "WHERE organisation_id = NEW.organisation_id;"
    )
    minus = (
        f"UPDATE organisation_counts SET {column} = {column} - 1 "
        "WHERE organisation_id = OLD.organisation_id;"
    )
    return (
        f"CREATE TRIGGER {table}_count_ai AFTER INSERT ON {table} BEGIN {plus} END",
        f"CREATE TRIGGER {table}_count_ad AFTER DELETE ON {table} BEGIN {minus} END",
        f"CREATE TRIGGER {table}_count_au AFTER UPDATE OF organisation_id ON {table} "
        f"WHEN OLD.organisation_id IS NOT NEW.organisation_id BEGIN {minus} {plus} END",
    )


def _pg_count_trigger(table: str, column: str) -> tuple[str, ...]:
    """A PostgreSQL trigger function and trigger doing what ``_sqlite_count_triggers`` does."""
    return (
        f"""CREATE FUNCTION {table}_count() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                UPDATE organisation_counts SET {column} = {column} - 1
                WHERE organisation_id = OLD.organisation_id;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                UPDATE organisation_counts SET {column} = {column} + 1
                WHERE organisation_id = NEW.organisation_id;
            END IF;
            RETURN NULL;
        END $$""",
        f"CREATE TRIGGER {table}_count AFTER INSERT OR DELETE OR UPDATE OF organisation_id "
        f"ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_count()",
    )


_SQLITE_TRIGGERS = (
    """CREATE TRIGGER organisation_counts_ai AFTER INSERT ON organisations BEGIN
        INSERT INTO organisation_counts (organisation_id) VALUES (NEW.id);
    END""",
    *_sqlite_count_triggers(*COUNTED[0]),
    *_sqlite_count_triggers(*COUNTED[1]),
    f"""CREATE TRIGGER agreement_parties_sort_key AFTER INSERT ON agreement_parties BEGIN
        UPDATE agreement_parties SET sort_key = (
            SELECT {_SORT_KEY.format(published="art.published")} WHERE ag.id = NEW.agreement_id)
        WHERE agreement_id = NEW.agreement_id AND organisation_id = NEW.organisation_id;
    END""",
    """CREATE TRIGGER agreements_sort_key AFTER UPDATE OF date, article_id ON agreements
    WHEN OLD.date IS NOT NEW.date OR OLD.article_id IS NOT NEW.article_id BEGIN
        UPDATE agreement_parties SET sort_key = coalesce(
            NEW.date, (SELECT art.published FROM articles AS art WHERE art.id = NEW.article_id), '')
        WHERE agreement_id = NEW.id;
    END""",
    """CREATE TRIGGER articles_sort_key AFTER UPDATE OF published ON articles
    WHEN OLD.published IS NOT NEW.published BEGIN
        UPDATE agreement_parties SET sort_key = coalesce(NEW.published, '')
        WHERE agreement_id IN (
            SELECT id FROM agreements WHERE article_id = NEW.id AND date IS NULL);
    END""",
)

_PG_PUBLISHED = "CAST(art.published AS VARCHAR)"
_PG_TRIGGERS = (
    """CREATE FUNCTION organisation_counts_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO organisation_counts (organisation_id) VALUES (NEW.id);
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER organisation_counts_row AFTER INSERT ON organisations "
    "FOR EACH ROW EXECUTE FUNCTION organisation_counts_row()",
    *_pg_count_trigger(*COUNTED[0]),
    *_pg_count_trigger(*COUNTED[1]),
    f"""CREATE FUNCTION agreement_parties_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.sort_key := (SELECT {_SORT_KEY.format(published=_PG_PUBLISHED)}
                         WHERE ag.id = NEW.agreement_id);
        RETURN NEW;
    END $$""",
    "CREATE TRIGGER agreement_parties_sort_key BEFORE INSERT OR UPDATE OF agreement_id "
    "ON agreement_parties FOR EACH ROW EXECUTE FUNCTION agreement_parties_sort_key()",
    f"""CREATE FUNCTION agreements_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE agreement_parties SET sort_key = coalesce(
            NEW.date, (SELECT {_PG_PUBLISHED} FROM articles AS art WHERE art.id = NEW.article_id),
            '')
        WHERE agreement_id = NEW.id;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER agreements_sort_key AFTER UPDATE OF date, article_id ON agreements "
    "FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date "
    "OR OLD.article_id IS DISTINCT FROM NEW.article_id) "
    "EXECUTE FUNCTION agreements_sort_key()",
    """CREATE FUNCTION articles_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE agreement_parties SET sort_key = coalesce(CAST(NEW.published AS VARCHAR), '')
        WHERE agreement_id IN (
            SELECT id FROM agreements WHERE article_id = NEW.id AND date IS NULL);
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER articles_sort_key AFTER UPDATE OF published ON articles "
    "FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published) "
    "EXECUTE FUNCTION articles_sort_key()",
)

_SQLITE_TRIGGER_NAMES = (
    "organisation_counts_ai",
    *(f"{table}_count_{event}" for table, _ in COUNTED for event in ("ai", "ad", "au")),
    "agreement_parties_sort_key",
    "agreements_sort_key",
    "articles_sort_key",
)
# PostgreSQL: (trigger, table, function); each trigger has a function of its name.
_PG_TRIGGER_NAMES = (
    ("organisation_counts_row", "organisations"),
    *((f"{table}_count", table) for table, _ in COUNTED),
    ("agreement_parties_sort_key", "agreement_parties"),
    ("agreements_sort_key", "agreements"),
    ("articles_sort_key", "articles"),
)


# The records column is not kept by triggers: records are rebuilt as a whole at
# the end of a run (pipeline/records_store.py), which then runs this statement.
RECOUNT_RECORDS = (
    "UPDATE organisation_counts SET records = ("
    "SELECT count(DISTINCT rm.record_id) FROM record_mentions AS rm "
    "JOIN agreement_parties AS p ON p.agreement_id = rm.agreement_id "
    "WHERE p.organisation_id = organisation_counts.organisation_id)"
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "organisation_counts",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), server_default="0", nullable=False),
        sa.Column("agreements", sa.Integer(), server_default="0", nullable=False),
        sa.Column("records", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_organisation_counts_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_organisation_counts")),
    )
    counts = ", ".join(
        f"(SELECT count(*) FROM {table} AS x WHERE x.organisation_id = o.id)"
        for table, _ in COUNTED
    )
    op.execute(
        "INSERT INTO organisation_counts (organisation_id, articles, agreements) "
        f"SELECT o.id, {counts} FROM organisations AS o"
    )
    op.execute(RECOUNT_RECORDS)
    op.create_index(
        "ix_organisation_counts_rank", "organisation_counts", ["records", "agreements", "articles"]
    )
    op.add_column(
        "agreement_parties",
        sa.Column("sort_key", sa.String(length=10), server_default="", nullable=False),
    )
    published = "art.published" if sqlite else _PG_PUBLISHED
    op.execute(
        "UPDATE agreement_parties SET sort_key = ("
        f"SELECT {_SORT_KEY.format(published=published)} "
        "WHERE ag.id = agreement_parties.agreement_id)"
    )
    op.create_index(
        "ix_agreement_parties_sort",
        "agreement_parties",
        ["organisation_id", "sort_key", "agreement_id"],
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
    op.drop_index("ix_agreement_parties_sort", table_name="agreement_parties")
    op.drop_column("agreement_parties", "sort_key")
    op.drop_index("ix_organisation_counts_rank", table_name="organisation_counts")
    op.drop_table("organisation_counts")
