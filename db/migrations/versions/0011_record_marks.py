"""record marks: what the agreement records have not caught up with, kept by triggers

Revision ID: 0011
Revises: 0010

The records rebuild at the end of a crawl run or reparse used to read and
join every agreement mention. ``record_marks`` lets it rebuild only the
records a change can reach (``pipeline/records_store.py``). Triggers add a
row when

- a mention is inserted, or one of the columns the merging reads changes
  (``agreement_id``);
- a mention is deleted: the record it was in (``record_id``, read before
  the cascade removes the link);
- a party is added to or removed from a mention (``agreement_id`` and
  ``organisation_id``, whose record count may change);
- an article's publication date, translation link or page changes, or a
  page's URL key (every mention of the article);
- an organisation is renamed (every mention it is party to: the join
  reasons name it);
- an analyst's correction is added, changed or deleted: a row with all
  three columns empty, which asks for a full rebuild.

Foreign-key cascades fire these triggers too (an article deleted deletes its
mentions and their parties). The upgrade leaves one empty row, so the first
rebuild after it is a full one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The agreements columns the merging reads (pipeline/records_store.load_mentions).
_READ_COLUMNS = (
    "article_id",
    "identity_key",
    "type",
    "status",
    "date",
    "date_precision",
    "evidence",
)

_MARK = "INSERT INTO record_marks (agreement_id, record_id, organisation_id)"
_ARTICLE_MENTIONS = f"{_MARK} SELECT id, NULL, NULL FROM agreements WHERE article_id = NEW.id;"
_PAGE_MENTIONS = (
    f"{_MARK} SELECT ag.id, NULL, NULL FROM agreements AS ag "
    "JOIN articles AS art ON art.id = ag.article_id WHERE art.page_id = NEW.id;"
)
_ORG_MENTIONS = (
    f"{_MARK} SELECT agreement_id, NULL, NULL FROM agreement_parties "
    "WHERE organisation_id = NEW.id;"
)
_DELETED_MENTION = (
    f"{_MARK} SELECT NULL, record_id, NULL FROM record_mentions WHERE agreement_id = OLD.id;"
)
_FULL = f"{_MARK} VALUES (NULL, NULL, NULL);"


def _changed(columns: tuple[str, ...], sqlite: bool) -> str:
    """A WHEN condition: one of ``columns`` differs between OLD and NEW."""
    differs = "IS NOT" if sqlite else "IS DISTINCT FROM"
    return " OR ".join(f"OLD.{c} {differs} NEW.{c}" for c in columns)


def _sqlite_triggers() -> tuple[str, ...]:
    def trigger(name: str, when: str, body: str, condition: str = "") -> str:
        guard = f" WHEN {condition}" if condition else ""
        return f"CREATE TRIGGER record_marks_{name} {when}{guard} BEGIN {body} END"

    return (
        trigger(
            "agreements_ai", "AFTER INSERT ON agreements", f"{_MARK} VALUES (NEW.id, NULL, NULL);"
        ),
        trigger(
            "agreements_au",
            "AFTER UPDATE ON agreements",
            f"{_MARK} VALUES (NEW.id, NULL, NULL);",
            _changed(_READ_COLUMNS, sqlite=True),
        ),
        trigger("agreements_bd", "BEFORE DELETE ON agreements", _DELETED_MENTION),
        trigger(
            "parties_ai",
            "AFTER INSERT ON agreement_parties",
            f"{_MARK} VALUES (NEW.agreement_id, NULL, NEW.organisation_id);",
        ),
        trigger(
            "parties_ad",
            "AFTER DELETE ON agreement_parties",
            f"{_MARK} VALUES (OLD.agreement_id, NULL, OLD.organisation_id);",
        ),
        trigger(
            "parties_au",
            "AFTER UPDATE OF agreement_id, organisation_id ON agreement_parties",
            f"{_MARK} VALUES (OLD.agreement_id, NULL, OLD.organisation_id); "
            f"{_MARK} VALUES (NEW.agreement_id, NULL, NEW.organisation_id);",
            _changed(("agreement_id", "organisation_id"), sqlite=True),
        ),
        trigger(
            "articles_au",
            "AFTER UPDATE OF published, translation_of_id, page_id ON articles",
            _ARTICLE_MENTIONS,
            _changed(("published", "translation_of_id", "page_id"), sqlite=True),
        ),
        trigger(
            "pages_au",
            "AFTER UPDATE OF url_key ON pages",
            _PAGE_MENTIONS,
            _changed(("url_key",), sqlite=True),
        ),
        trigger(
            "organisations_au",
            "AFTER UPDATE OF name ON organisations",
            _ORG_MENTIONS,
            _changed(("name",), sqlite=True),
        ),
        trigger("corrections_ai", "AFTER INSERT ON record_corrections", _FULL),
        trigger("corrections_au", "AFTER UPDATE ON record_corrections", _FULL),
        trigger("corrections_ad", "AFTER DELETE ON record_corrections", _FULL),
    )


_SQLITE_TRIGGER_NAMES = tuple(
    f"record_marks_{name}"
    for name in (
        "agreements_ai",
        "agreements_au",
        "agreements_bd",
        "parties_ai",
        "parties_ad",
        "parties_au",
        "articles_au",
        "pages_au",
        "organisations_au",
        "corrections_ai",
        "corrections_au",
        "corrections_ad",
    )
)


def _pg_triggers() -> tuple[str, ...]:
    def function(name: str, body: str, returns: str = "NULL") -> str:
        return (
            f"CREATE FUNCTION record_marks_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body} RETURN {returns}; END $$"
        )

    def trigger(name: str, table: str, when: str, condition: str = "") -> str:
        guard = f" WHEN ({condition})" if condition else ""
        return (
            f"CREATE TRIGGER record_marks_{name} {when} ON {table} FOR EACH ROW{guard} "
            f"EXECUTE FUNCTION record_marks_{name}()"
        )

    parties = (
        "IF TG_OP <> 'INSERT' THEN "
        f"{_MARK} VALUES (OLD.agreement_id, NULL, OLD.organisation_id); END IF; "
        "IF TG_OP <> 'DELETE' THEN "
        f"{_MARK} VALUES (NEW.agreement_id, NULL, NEW.organisation_id); END IF;"
    )
    return (
        function("agreements_ai", f"{_MARK} VALUES (NEW.id, NULL, NULL);"),
        trigger("agreements_ai", "agreements", "AFTER INSERT"),
        function("agreements_au", f"{_MARK} VALUES (NEW.id, NULL, NULL);"),
        trigger(
            "agreements_au", "agreements", "AFTER UPDATE", _changed(_READ_COLUMNS, sqlite=False)
        ),
        # BEFORE: the cascade has not removed the mention's record link yet.
        function("agreements_bd", _DELETED_MENTION, returns="OLD"),
        trigger("agreements_bd", "agreements", "BEFORE DELETE"),
        function("parties", parties),
        trigger(
            "parties",
            "agreement_parties",
            "AFTER INSERT OR DELETE OR UPDATE OF agreement_id, organisation_id",
        ),
        function("articles_au", _ARTICLE_MENTIONS),
        trigger(
            "articles_au",
            "articles",
            "AFTER UPDATE OF published, translation_of_id, page_id",
            _changed(("published", "translation_of_id", "page_id"), sqlite=False),
        ),
        function("pages_au", _PAGE_MENTIONS),
        trigger(
            "pages_au", "pages", "AFTER UPDATE OF url_key", _changed(("url_key",), sqlite=False)
        ),
        function("organisations_au", _ORG_MENTIONS),
        trigger(
            "organisations_au",
            "organisations",
            "AFTER UPDATE OF name",
            _changed(("name",), sqlite=False),
        ),
        function("corrections", _FULL),
        trigger("corrections", "record_corrections", "AFTER INSERT OR UPDATE OR DELETE"),
    )


# PostgreSQL: (trigger, table); each trigger has a function of its name.
_PG_TRIGGER_NAMES = (
    ("record_marks_agreements_ai", "agreements"),
    ("record_marks_agreements_au", "agreements"),
    ("record_marks_agreements_bd", "agreements"),
    ("record_marks_parties", "agreement_parties"),
    ("record_marks_articles_au", "articles"),
    ("record_marks_pages_au", "pages"),
    ("record_marks_organisations_au", "organisations"),
    ("record_marks_corrections", "record_corrections"),
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "record_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_marks")),
    )
    op.execute(_FULL.rstrip(";"))  # the first rebuild after the upgrade is a full one
    for statement in _sqlite_triggers() if sqlite else _pg_triggers():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, table in _PG_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table("record_marks")
