"""Search by relevance ranks the newest ``RELEVANCE_POOL`` matches and keeps the best.

With at most that many matches it is the full ranking (every match scored);
with more, it is the best of the latest stored ones, with the same scores. The
default order ("recent") does not depend on the pool. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, Engine, insert, select

from db import fulltext, queries
from db import models as m

# Fixtures database_url, migrated_engine, filled_engine: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)

WHEN = datetime(2025, 1, 1, tzinfo=UTC)


def _add_articles(conn: Connection) -> None:
    """Twelve articles about photonics, stored oldest first, scoring differently."""
    source = conn.execute(select(m.Source.id)).scalars().first()
    for n in range(12):
        url = f"https://photonics.example/{n}"
        page = conn.execute(
            insert(m.Page)
            .values(url_key=url, url=url, source_id=source, fetched_at=WHEN)
            .returning(m.Page.id)
        ).scalar_one()
        # Older articles say it more often (a better match), some in their title.
        body = " ".join(["photonics chips"] * (12 - n) + ["lab news"] * (n + 3))
        conn.execute(
            insert(m.Article).values(
                page_id=page,
                source_id=source,
                url=url,
                title="Photonics lab" if n % 4 == 0 else "Lab news",
                body_text=body,
                extracted_at=WHEN,
            )
        )


def test_relevance_is_the_best_of_the_newest_pool(
    filled_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    with filled_engine.begin() as conn:
        _add_articles(conn)
        everything = queries.search(conn, "photonics", limit=100, order="relevance")
        recent = queries.search(conn, "photonics", limit=100)
        assert len(everything) == 12
        monkeypatch.setattr(fulltext, "RELEVANCE_POOL", 12)
        assert queries.search(conn, "photonics", limit=100, order="relevance") == everything
        monkeypatch.setattr(fulltext, "RELEVANCE_POOL", 5)
        pooled = queries.search(conn, "photonics", limit=100, order="relevance")
        pooled_page = queries.search(conn, "photonics", limit=3, order="relevance")
        assert queries.search(conn, "photonics", limit=100) == recent
    newest = {row["id"] for row in recent[:5]}
    # The newest five matches, in the full ranking's order and with its scores.
    assert pooled == [row for row in everything if row["id"] in newest]
    assert pooled_page == pooled[:3]
    assert [row["id"] for row in pooled] != [row["id"] for row in everything[:5]], (
        "the data set's best matches are not its newest"
    )


def test_the_cli_warns_when_relevance_ranked_only_the_pool(
    filled_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    with filled_engine.begin() as conn:
        _add_articles(conn)
        assert queries.relevance_pool_overflows(conn, "photonics") is None
    args = ["--db", database_url, "search", "photonics", "--order", "relevance", "--json"]
    whole = CliRunner().invoke(cli, args)
    assert whole.exit_code == 0, whole.output
    assert "ranked the latest" not in whole.stderr
    monkeypatch.setattr(fulltext, "RELEVANCE_POOL", 5)
    with filled_engine.connect() as conn:
        assert queries.relevance_pool_overflows(conn, "photonics") == 5
        assert queries.relevance_pool_overflows(conn, "nosuchword") is None
    capped = CliRunner().invoke(cli, args)
    assert capped.exit_code == 0, capped.output
    assert "more than 5 articles match: --order relevance ranked the latest 5" in capped.stderr
    assert len(json.loads(capped.stdout)) == 5
    recent = CliRunner().invoke(cli, args[:4] + ["--json"])
    assert "ranked the latest" not in recent.stderr
