"""views for common questions, full-text search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:50:00

Views answer the questions people ask in Datasette or psql without joins:
agreement_details, agreements_by_organisation, organisation_summary,
recent_articles, source_health. Their SQL differs per dialect only in how
names are joined into one '; ' string and how timestamps become ISO text.

Full-text search: on SQLite an FTS5 external-content table ``articles_fts``
kept in sync by triggers on ``articles``; on PostgreSQL a stored generated
column ``articles.search_vector`` with the GIN index ``ix_articles_search_vector``.
Both are made by hand here and are not in db/models.py
(tests/test_migrations.py ignores them when checking drift).

No extra B-tree indexes: with 0001's indexes every named query in
db/queries.py already plans as index lookups (bench/query.py prints the
plans). A covering index agreement_parties(organisation_id, agreement_id)
was measured and gained under 10%, not worth a second index to maintain.

Note for later migrations: a batch ``alter_table`` on ``articles`` under
SQLite recreates the table and drops the three ``articles_fts_*`` triggers;
such a migration must create them again (see ``_sqlite_fts_triggers``).
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

VIEWS = (
    "agreement_details",
    "agreements_by_organisation",
    "organisation_summary",
    "recent_articles",
    "source_health",
)

# PostgreSQL keeps the search document as a stored generated column: ts_rank
# then reads it instead of re-parsing every matching body (about 10x faster
# on 100,000 articles, bench/query.py).
_PG_FTS = (
    "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', coalesce(title, '') || ' ' || body_text)) STORED",
    "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
)


def _joined(column: str, from_where: str) -> str:
    """A correlated subquery joining ``column`` values with '; ', sorted."""
    if op.get_bind().dialect.name == "sqlite":
        # group_concat has no ORDER BY before SQLite 3.44; an ordered subquery
        # gives the same result on older versions.
        return (
            f"(SELECT group_concat(v, '; ') FROM "
            f"(SELECT {column} AS v FROM {from_where} ORDER BY {column}))"
        )
    return f"(SELECT string_agg({column}, '; ' ORDER BY {column}) FROM {from_where})"


def _iso(expression: str) -> str:
    """A timestamp as ISO-8601 UTC text with Z, the same on both dialects."""
    if op.get_bind().dialect.name == "sqlite":
        # The schema stores UTC; SQLite keeps it as zone-less text.
        return f"strftime('%Y-%m-%dT%H:%M:%SZ', {expression})"
    return f"""to_char({expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"""


def _view_sql() -> dict[str, str]:
    parties = _joined(
        "o.name",
        "agreement_parties AS p JOIN organisations AS o ON o.id = p.organisation_id "
        "WHERE p.agreement_id = ag.id",
    )
    partners = _joined(
        "o2.name",
        "agreement_parties AS p2 JOIN organisations AS o2 ON o2.id = p2.organisation_id "
        "WHERE p2.agreement_id = ag.id AND p2.organisation_id <> o.id",
    )
    aliases = _joined(
        "al.alias",
        "organisation_aliases AS al WHERE al.organisation_id = o.id AND al.alias <> o.name",
    )
    # A crawl run counts for a source when it fetched one of its pages; pages
    # keep the run of their latest fetch. 304 Not Modified is a success.
    last_run = _iso(
        "(SELECT max(r.finished_at) FROM crawl_runs AS r WHERE r.id IN "
        "(SELECT pg.crawl_run_id FROM pages AS pg WHERE pg.source_id = s.id))"
    )
    last_fetch = _iso(
        "(SELECT max(pg.fetched_at) FROM pages AS pg WHERE pg.source_id = s.id "
        "AND pg.error_kind IS NULL AND pg.status BETWEEN 200 AND 399)"
    )
    last_extracted = _iso(
        "(SELECT max(a.extracted_at) FROM articles AS a WHERE a.source_id = s.id)"
    )
    return {
        "agreement_details": f"""
            SELECT ag.id AS agreement_id, ag.type, ag.status, ag.date, ag.date_precision,
                   {parties} AS parties,
                   art.title AS article_title, art.url AS article_url,
                   art.published AS article_published, s.name AS source,
                   ag.evidence, ag.confidence
            FROM agreements AS ag
            JOIN articles AS art ON art.id = ag.article_id
            JOIN sources AS s ON s.id = art.source_id""",
        "agreements_by_organisation": f"""
            SELECT o.id AS organisation_id, o.name AS organisation,
                   ag.id AS agreement_id, ag.type, ag.status, ag.date,
                   {partners} AS partners, art.url AS article_url
            FROM agreement_parties AS p
            JOIN organisations AS o ON o.id = p.organisation_id
            JOIN agreements AS ag ON ag.id = p.agreement_id
            JOIN articles AS art ON art.id = ag.article_id""",
        "organisation_summary": f"""
            SELECT o.id, o.name, o.kind, {aliases} AS aliases,
                   (SELECT count(*) FROM article_organisations AS x
                    WHERE x.organisation_id = o.id) AS articles,
                   (SELECT count(*) FROM agreement_parties AS x
                    WHERE x.organisation_id = o.id) AS agreements
            FROM organisations AS o""",
        "recent_articles": """
            SELECT s.name AS source, a.published, a.title, a.url, a.language,
                   (SELECT count(*) FROM article_organisations AS x
                    WHERE x.article_id = a.id) AS organisations,
                   (SELECT count(*) FROM agreements AS x
                    WHERE x.article_id = a.id) AS agreements,
                   a.id AS article_id
            FROM articles AS a
            JOIN sources AS s ON s.id = a.source_id
            ORDER BY s.name, a.published DESC NULLS LAST, a.id DESC""",
        "source_health": f"""
            SELECT s.id AS source_id, s.name AS source,
                   {last_run} AS last_run_finished,
                   {last_fetch} AS last_successful_fetch,
                   (SELECT max(a.published) FROM articles AS a
                    WHERE a.source_id = s.id) AS last_article_published,
                   {last_extracted} AS last_article_extracted,
                   (SELECT count(*) FROM pages AS pg
                    WHERE pg.source_id = s.id
                      AND (pg.error_kind IS NOT NULL OR pg.status >= 400)) AS pages_with_errors
            FROM sources AS s""",
    }


def _sqlite_fts_triggers() -> tuple[str, ...]:
    """The triggers that keep ``articles_fts`` in step with ``articles``."""
    return (
        """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, body_text)
            VALUES (new.id, new.title, new.body_text);
        END""",
        """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body_text)
            VALUES ('delete', old.id, old.title, old.body_text);
        END""",
        """CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body_text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body_text)
            VALUES ('delete', old.id, old.title, old.body_text);
            INSERT INTO articles_fts(rowid, title, body_text)
            VALUES (new.id, new.title, new.body_text);
        END""",
    )


def upgrade() -> None:
    for name, sql in _view_sql().items():
        op.execute(f"CREATE VIEW {name} AS {sql}")
    if op.get_bind().dialect.name == "sqlite":
        # remove_diacritics 2 folds accents everywhere ("Université" = "universite").
        # content="articles" in double quotes is the form Datasette looks for to
        # offer a search box on the articles table.
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body_text, "
            'content="articles", content_rowid="id", '
            "tokenize='unicode61 remove_diacritics 2')"
        )
        for trigger in _sqlite_fts_triggers():
            op.execute(trigger)
        # Index the articles stored before this migration.
        op.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    else:
        for statement in _PG_FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_articles_search_vector")
        op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS search_vector")
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
