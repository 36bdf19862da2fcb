"""Search newest first on PostgreSQL: the probe, the walk of the newest and the index agree.

``db.fulltext`` reads PostgreSQL's "recent" order two ways: when enough of
the newest ``PG_PROBE_ROWS`` articles match, it walks the newest
``PG_RECENT_WINDOW`` articles by id and takes older matches from the index
only if the window held too few; otherwise it asks the index. The limits are
made small here so that each way, and the step from the window to the
index, is taken on a few dozen articles; every result must be the newest
matching articles, in id order, as a recomputation from the bodies says.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from dbfixtures import insert_articles, postgres_server_url, postgres_url  # noqa: F401
from sqlalchemy import Engine

from db import fulltext, queries
from db.engine import make_engine
from db.migrate import upgrade

pytestmark = pytest.mark.postgres

NOW = datetime(2026, 1, 1, tzinfo=UTC)
ARTICLES = 60


def _words(article: int) -> list[str]:
    """The test words of ``article`` (1 is the oldest, ARTICLES the newest)."""
    words = []
    if article % 3 == 0:
        words.append("everywhere")  # common among the newest and throughout
    if article > ARTICLES - 5 or article in (4, 17, 30):
        words.append("burst")  # common among the newest, rare before: the window runs out
    if article in (12, 41):
        words.append("seldom")  # rare: the index
    if article % 3 == 0 and article % 2 == 0:
        words.append("quantum computing")
    return words


def _columns(article: int) -> dict[str, object]:
    """Article ``article``'s title and body, with its test words."""
    body = f"Article number {article} says little. " + " and ".join(_words(article))
    return {"title": f"Item {article}", "body_text": body}


@pytest.fixture
def engine(postgres_url: str) -> Iterator[Engine]:  # noqa: F811
    engine = make_engine(postgres_url)
    upgrade(engine)
    with engine.begin() as conn:
        insert_articles(conn, ARTICLES, NOW, _columns)
    yield engine
    engine.dispose()


@pytest.mark.parametrize(
    "terms, word",
    [
        ("everywhere", "everywhere"),
        ("burst", "burst"),
        ("seldom", "seldom"),
        ('"quantum computing"', "quantum computing"),
        ("absent", "absent"),
    ],
)
def test_recent_search_is_the_newest_matches_whichever_way_it_reads(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, terms: str, word: str
) -> None:
    monkeypatch.setattr(fulltext, "PG_PROBE_ROWS", 10)
    monkeypatch.setattr(fulltext, "PG_PROBE_HITS", 2)
    monkeypatch.setattr(fulltext, "PG_RECENT_WINDOW", 15)
    matching = [i for i in range(ARTICLES, 0, -1) if word in _words(i)]
    with engine.connect() as conn:
        for limit in (1, 3, 5, 20, 100):
            found = [row["id"] for row in queries.search(conn, terms, limit=limit)]
            assert found == matching[:limit], (terms, limit)


def test_the_small_limits_do_take_each_way(engine: Engine) -> None:
    # What the test above relies on, with its limits: "burst" is common among the
    # newest 10 and has fewer than 20 matches among the newest 15; "seldom" is rare.
    newest = range(ARTICLES, ARTICLES - 10, -1)
    window = range(ARTICLES, ARTICLES - 15, -1)
    assert sum("burst" in _words(i) for i in newest) >= 2
    assert 0 < sum("burst" in _words(i) for i in window) < 20
    assert sum("burst" in _words(i) for i in range(1, ARTICLES - 14)) > 0
    assert sum("seldom" in _words(i) for i in newest) < 2
    assert sum("everywhere" in _words(i) for i in newest) >= 2
