"""How many pages a crawl lets its parse worker have waiting before it parses one itself."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from db.engine import make_engine
from db.migrate import upgrade
from pipeline.crawl import SourcePlan, run_crawl
from pipeline.fixture_site import serve_site
from pipeline.parse_pool import DEFAULT_MAX_QUEUED, ParsePool
from pipeline.settings import Settings
from scraper.generic import GenericSource
from scraper.policy import SourceScope


def _queue_depth(db: Path, base_url: str, concurrency: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """The ``max_queued`` of the parse pool a real crawl of ``base_url`` ran with."""
    seen: list[int] = []
    enter = ParsePool.__aenter__

    async def recording_enter(pool: ParsePool) -> ParsePool:
        seen.append(pool.max_queued)
        return await enter(pool)

    monkeypatch.setattr(ParsePool, "__aenter__", recording_enter)
    engine = make_engine(str(db))
    upgrade(engine)
    policy = dataclasses.replace(
        Settings().policy, delay=0.0, concurrency=concurrency, max_pages_per_host=3
    )
    settings = dataclasses.replace(Settings(), policy=policy, parse_workers=1)
    plan = SourcePlan(
        name="site",
        parser=GenericSource(),
        scope=SourceScope(name="site", hosts=frozenset({"127.0.0.1"}), allow_private=True),
        start_urls=(base_url + "/",),
    )
    try:
        report = run_crawl(engine, settings, [plan])
    finally:
        engine.dispose()
    assert report.fetched >= 1, "the crawl fetched nothing"
    assert len(seen) == 1
    return seen[0]


def test_a_crawl_with_many_requests_in_flight_lets_its_worker_queue_as_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 64 requests in flight (a polite crawl of many hosts): 16 pages waiting for the
    # worker made the crawl process, the busier one, parse about a third itself.
    with serve_site() as (base_url, _log):
        assert _queue_depth(tmp_path / "wide.db", base_url, 64, monkeypatch) == 64
        assert _queue_depth(tmp_path / "narrow.db", base_url, 4, monkeypatch) == DEFAULT_MAX_QUEUED
