"""Render docs/schema.md from the models and the migrated views.

    python -m db.schema_doc > docs/schema.md

Tables, columns, keys and indexes come from ``db.models``; views and their
columns from a scratch in-memory SQLite database migrated to head, so the
document always describes what the migrations build. tests/test_schema_doc.py
fails when docs/schema.md differs from this output.
"""

from __future__ import annotations

import inspect as pyinspect
import sys

from sqlalchemy import Column, Table
from sqlalchemy import inspect as sa_inspect

from db.engine import make_engine
from db.migrate import upgrade
from db.models import Base

# What each view answers (migrations 0002 and 0007).
VIEW_PURPOSES: dict[str, str] = {
    "agreement_details": (
        "One row per agreement with its parties joined by '; ', the article it was "
        "stated in and the source."
    ),
    "agreements_by_organisation": (
        "One row per organisation and agreement it is party to, with the other parties "
        "as `partners`."
    ),
    "organisation_summary": (
        "Each organisation with its other aliases and how many articles and agreements mention it."
    ),
    "recent_articles": (
        "Articles per source, newest first, with counts of organisations and agreements."
    ),
    "source_health": (
        "Per source: when a crawl run last fetched it, the last successful fetch, the "
        "newest article (published and extracted) and pages whose last fetch failed. "
        "Timestamps are ISO-8601 UTC text."
    ),
    "agreement_records": (
        "One row per agreement record (a real-world agreement, however many articles "
        "report it): parties joined by '; ', type, current status, first and last date, "
        "how many articles and mentions, and why its mentions were joined."
    ),
    "agreement_events": (
        "One row per step in a record's life (announced, signed, extended, ended, with "
        "`detail` such as renewed or expired), with the record's parties and the article "
        "that reported it."
    ),
}

# (title, SQL, dialect or None for both). tests/test_schema_doc.py runs each one.
EXAMPLES: tuple[tuple[str, str, str | None], ...] = (
    (
        "Agreements of an organisation, named by any alias (`alias_key` is lower case, "
        "no punctuation, see scraper/keys.py)",
        """SELECT d.date, d.type, d.status, d.parties, d.article_url
FROM agreement_details AS d
WHERE d.agreement_id IN (
    SELECT p.agreement_id
    FROM agreement_parties AS p
    JOIN organisation_aliases AS al ON al.organisation_id = p.organisation_id
    WHERE al.alias_key = 'eur')
ORDER BY d.date DESC;""",
        None,
    ),
    (
        "Agreements per year and type",
        """SELECT substr(date, 1, 4) AS year, type, count(*) AS n
FROM agreements
WHERE date IS NOT NULL
GROUP BY substr(date, 1, 4), type
ORDER BY year, type;""",
        None,
    ),
    (
        "Who works with whom: partners of one organisation",
        """SELECT partners, type, date, article_url
FROM agreements_by_organisation
WHERE organisation = 'Leiden University'
ORDER BY date DESC;""",
        None,
    ),
    (
        "Most connected organisations",
        """SELECT name, aliases, agreements, articles
FROM organisation_summary
ORDER BY agreements DESC, articles DESC
LIMIT 10;""",
        None,
    ),
    (
        "Sources that may be broken",
        """SELECT source, last_successful_fetch, last_article_published, pages_with_errors
FROM source_health
WHERE pages_with_errors > 0;""",
        None,
    ),
    (
        "Full-text search on SQLite (FTS5, best first)",
        """SELECT a.title, snippet(articles_fts, -1, '[', ']', '…', 12) AS snippet
FROM articles_fts
JOIN articles AS a ON a.id = articles_fts.rowid
WHERE articles_fts MATCH 'proton therapy'
ORDER BY bm25(articles_fts)
LIMIT 10;""",
        "sqlite",
    ),
    (
        "Full-text search on PostgreSQL",
        """SELECT title, ts_rank(search_vector, q) AS rank
FROM articles, websearch_to_tsquery('simple', 'proton therapy') AS q
WHERE search_vector @@ q
ORDER BY rank DESC
LIMIT 10;""",
        "postgresql",
    ),
)

_FULL_TEXT = """\
## Full-text search

Made by migration 0002 and not part of db/models.py:

- **SQLite**: `articles_fts`, an FTS5 table over `articles(title, body_text)` with
  `content="articles"` (it stores only the index), kept in step by the triggers
  `articles_fts_ai`, `articles_fts_ad` and `articles_fts_au`. Accents are folded
  (`unicode61 remove_diacritics 2`). Datasette shows a search box for it.
- **PostgreSQL**: `articles.search_vector`, a stored generated `tsvector`
  (`to_tsvector('simple', coalesce(title, '') || ' ' || body_text)`) with the GIN
  index `ix_articles_search_vector`.

`campusnews search` and `db.queries.search` use whichever the database has.
"""


def _type(column: Column) -> str:
    kind = column.type
    text = type(kind).__name__
    length = getattr(kind, "length", None)
    if length:
        text += f"({length})"
    if getattr(kind, "timezone", False):
        text += ", UTC"
    return text


def _keys(column: Column) -> str:
    keys = []
    if column.primary_key:
        keys.append("PK")
    if column.unique:
        keys.append("unique")
    for fk in sorted(column.foreign_keys, key=lambda fk: fk.target_fullname):
        action = f" on delete {fk.ondelete.lower()}" if fk.ondelete else ""
        keys.append(f"FK → {fk.target_fullname}{action}")
    return ", ".join(keys)


def _table(table: Table, docs: dict[str, str]) -> list[str]:
    lines = [f"### {table.name}", ""]
    if docs.get(table.name):
        lines += [docs[table.name], ""]
    lines += ["| column | type | null | keys |", "|---|---|---|---|"]
    for column in table.columns:
        null = "yes" if column.nullable else "no"
        lines.append(f"| {column.name} | {_type(column)} | {null} | {_keys(column)} |")
    lines.append("")
    extras = []
    for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
        columns = [c.name for c in constraint.columns]  # type: ignore[attr-defined]  # all have them
        if type(constraint).__name__ == "UniqueConstraint" and len(columns) > 1:
            extras.append(f"- unique `{constraint.name}` ({', '.join(columns)})")
    for index in sorted(table.indexes, key=lambda i: str(i.name)):
        columns = [c.name for c in index.columns]
        unique = "unique index" if index.unique else "index"
        extras.append(f"- {unique} `{index.name}` ({', '.join(columns)})")
    if extras:
        lines += [*extras, ""]
    return lines


def render() -> str:
    """The whole of docs/schema.md."""
    docs = {
        mapper.local_table.name: pyinspect.cleandoc(mapper.class_.__doc__ or "")  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
    }
    lines = [
        "# Database schema",
        "",
        "<!-- Generated by `python -m db.schema_doc > docs/schema.md`. Do not edit:",
        "     tests/test_schema_doc.py fails when this file is out of date. -->",
        "",
        pyinspect.cleandoc(sys.modules["db.models"].__doc__ or ""),
        "",
        "Timestamps are stored in UTC. Agreement and date-mention dates are text at",
        "their own precision: `2024`, `2024-05` or `2024-05-17`.",
        "",
        "## Tables",
        "",
    ]
    for table in Base.metadata.sorted_tables:
        lines += _table(table, docs)
    lines += ["## Views", ""]
    for name, columns in _view_columns().items():
        lines += [f"### {name}", "", VIEW_PURPOSES.get(name, ""), ""]
        lines += [f"Columns: {', '.join(f'`{c}`' for c in columns)}", ""]
    lines += [_FULL_TEXT, "## Example queries", ""]
    lines += [
        'Run them with `campusnews sql "..."`, in Datasette, `sqlite3` or `psql`.',
        "",
    ]
    for title, sql, dialect in EXAMPLES:
        lines += [f"**{title}**" + (f" ({dialect} only)" if dialect else ""), ""]
        lines += ["```sql", sql, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def _view_columns() -> dict[str, list[str]]:
    """Column names of every view, from a scratch database migrated to head."""
    engine = make_engine("sqlite://")
    try:
        upgrade(engine)
        inspector = sa_inspect(engine)
        return {
            name: [column["name"] for column in inspector.get_columns(name)]
            for name in sorted(inspector.get_view_names())
        }
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.stdout.write(render())
