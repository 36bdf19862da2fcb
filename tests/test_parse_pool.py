"""Parse workers: the same extractions as parsing in the crawl process, and never a lost page."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from db.engine import make_engine
from db.migrate import upgrade
from pipeline import page_handler, parse_pool
from pipeline.crawl import CrawlReport, SourcePlan, run_crawl
from pipeline.extraction import extract_page
from pipeline.fixture_site import fixtures_dir, render_fixture, serve_site
from pipeline.parse_pool import ParsePool, ParseTimeout, RemoteCrash
from pipeline.settings import Settings
from scraper.discover import html_links
from scraper.errors import LayoutChanged
from scraper.generic import GenericSource
from scraper.models import Page, ParsedArticle
from scraper.policy import SourceScope

ARTICLE = "en/news/2023/leiden-ku-leuven-joint-doctorate-linguistics/index.html"
BASE = "https://www.example.edu"


def _page(path: str = ARTICLE) -> Page:
    body = render_fixture((fixtures_dir() / "site" / path).read_bytes(), BASE)
    return Page(
        url=f"{BASE}/{path.removesuffix('index.html')}",
        body=body,
        fetched_at=datetime(2026, 11, 1, tzinfo=UTC),
        headers={"content-type": "text/html; charset=utf-8"},
    )


class RaisesLayoutChanged(GenericSource):
    """Picklable by reference (module level): the worker can rebuild it."""

    name = "layout-changes"

    def parse(self, page: Page) -> ParsedArticle:
        raise LayoutChanged("expected 1 'h1', found 0")


class Hangs(GenericSource):
    name = "hangs"

    def parse(self, page: Page) -> ParsedArticle:
        time.sleep(30)
        return super().parse(page)


class Crashes(GenericSource):
    """A bug in the generic parser itself: nothing is left to fall back on."""

    name = "generic"

    def parse(self, page: Page) -> ParsedArticle:
        raise RuntimeError("boom")


# A worker loads the extractor before it is ready: about 1 s on a quiet machine, up to 20 s
# on a loaded one. The tests wait for readiness, they do not time it.
READY_POLLS = 2400  # x 0.05 s: two minutes


async def _from_worker(pool: ParsePool, page: Page, source: GenericSource) -> object:
    """Ask until a worker takes the page (it answers None until it is ready)."""
    for _ in range(READY_POLLS):
        result = await pool.extract(page, source)
        if result is not None:
            return result
        await asyncio.sleep(0.05)
    raise AssertionError("no parse worker became ready")


def test_a_worker_extracts_exactly_what_the_crawl_process_would() -> None:
    page = _page()

    async def run() -> object:
        async with ParsePool(1, start_when_busy=0) as pool:
            result = await _from_worker(pool, page, GenericSource())
            assert pool.parsed_remotely == 1
            return result

    assert asyncio.run(run()) == extract_page(page, GenericSource())


def test_a_worker_reads_a_start_pages_links_as_the_crawl_process_would() -> None:
    home = _page("index.html")

    async def run() -> object:
        async with ParsePool(1, start_when_busy=0) as pool:
            for _ in range(READY_POLLS):
                outcome = await pool.extract_with_links(home, GenericSource())
                if outcome is not None:
                    return outcome
                await asyncio.sleep(0.05)
            raise AssertionError("no parse worker became ready")

    extraction, links = asyncio.run(run())  # type: ignore[misc]
    assert extraction == extract_page(home, GenericSource())
    expected = html_links(home.body, home.url, content_type="text/html; charset=utf-8")
    assert links == expected
    assert len(links.links) > 5


def test_a_crawl_reads_a_start_pages_links_in_the_worker_that_parsed_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parse_pool, "START_WHEN_BUSY", 0.0)
    monkeypatch.setattr(ParsePool, "__aenter__", _enter_when_workers_are_ready)
    read_here: list[str] = []

    def counted(html: bytes, base_url: str, *, content_type: str | None = None) -> object:
        read_here.append(base_url)
        return html_links(html, base_url, content_type=content_type)

    monkeypatch.setattr(page_handler, "html_links", counted)
    with serve_site() as (base_url, _log):
        report = _crawl(tmp_path / "workers.db", base_url, 1)
    assert report.summary()["articles"] > 1  # the start page's links were followed
    assert read_here == []


def test_a_worker_that_never_became_ready_is_reported_loudly(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.INFO, logger="pipeline.parse_pool")

    async def closed_while_loading() -> None:
        pool = ParsePool(1, start_when_busy=0)
        await pool.__aenter__()
        assert pool._starting is not None
        await pool._starting
        await pool.close()

    async def killed_while_loading() -> None:
        pool = ParsePool(1, start_when_busy=0)
        await pool.__aenter__()
        assert pool._starting is not None
        await pool._starting
        pool._workers[0].process.kill()
        await pool._workers[0].process.wait()
        await pool.close()

    def warnings() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]

    # A short crawl that ends while its worker loads: said at info level, no warning
    # (the crawl process parsed every page; cron stays quiet).
    asyncio.run(closed_while_loading())
    assert warnings() == []
    assert "never became ready (still loading the extractors when the crawl ended)" in caplog.text
    # Still loading after SLOW_START seconds: a warning.
    monkeypatch.setattr(parse_pool, "SLOW_START", 0.0)
    caplog.clear()
    asyncio.run(closed_while_loading())
    assert len(warnings()) == 1, warnings()
    assert "never became ready (still loading the extractors" in warnings()[0]
    # Dead before it was ready: a warning, whatever the time.
    monkeypatch.setattr(parse_pool, "SLOW_START", 3600.0)
    caplog.clear()
    asyncio.run(killed_while_loading())
    assert len(warnings()) == 1, warnings()
    assert "never became ready (it exited with status -9)" in warnings()[0]
    assert "parse workers parsed 0 pages" in caplog.text


def test_a_ready_worker_is_not_reported(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pipeline.parse_pool")

    async def run() -> None:
        async with ParsePool(1, start_when_busy=0) as pool:
            await _from_worker(pool, _page(), GenericSource())

    asyncio.run(run())
    assert "never became ready" not in caplog.text
    assert re.search(r"parse worker \d+ ready after \d+\.\d s", caplog.text)


def test_layout_changes_and_crashes_in_a_worker_come_back_as_in_the_crawl_process() -> None:
    async def run() -> None:
        async with ParsePool(1, start_when_busy=0) as pool:
            changed = await _from_worker(pool, _page(), RaisesLayoutChanged())
            assert changed == extract_page(_page(), RaisesLayoutChanged())
            assert changed.article.layout_changed  # type: ignore[attr-defined]
            assert "found 0" in changed.article.warnings[0]  # type: ignore[attr-defined]
            with pytest.raises(RemoteCrash, match="RuntimeError: boom"):
                await _from_worker(pool, _page(), Crashes())

    asyncio.run(run())


def test_a_page_a_worker_is_stuck_on_times_out_and_the_worker_is_replaced_by_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def run() -> None:
        async with ParsePool(1, start_when_busy=0) as pool:
            # The worker's first page (loading the extractors) may take seconds on a busy
            # machine: the short limit is for the page that hangs.
            await _from_worker(pool, _page(), GenericSource())
            monkeypatch.setattr(parse_pool, "PARSE_TIMEOUT", 1.0)
            with pytest.raises(ParseTimeout, match="longer than 1 s") as error:
                await pool.extract(_page(), Hangs())
            assert error.value.kind == "parse_timeout"
            await asyncio.wait_for(pool._workers[0].process.wait(), 5)
            # The stuck worker is gone: pages come back to the caller.
            assert await pool.extract(_page(), GenericSource()) is None

    asyncio.run(run())


def test_a_parser_a_worker_cannot_rebuild_is_left_to_the_caller() -> None:
    class Local(GenericSource):  # a local class cannot be pickled
        name = "local"

    async def run() -> None:
        async with ParsePool(1, start_when_busy=0) as pool:
            await _from_worker(pool, _page(), GenericSource())
            assert await pool.extract(_page(), Local()) is None

    asyncio.run(run())


def test_a_dead_worker_hands_its_pages_back() -> None:
    async def run() -> None:
        async with ParsePool(1, start_when_busy=0) as pool:
            await _from_worker(pool, _page(), GenericSource())
            pool._workers[0].process.kill()
            await pool._workers[0].process.wait()
            results = await asyncio.gather(
                *(pool.extract(_page(), GenericSource()) for _ in range(3))
            )
            assert results == [None, None, None]

    asyncio.run(run())


def _crawl(db: Path, base_url: str, workers: int, delay: float = 0.0) -> CrawlReport:
    engine = make_engine(str(db))
    upgrade(engine)
    policy = dataclasses.replace(Settings().policy, delay=delay, per_host=4)
    settings = dataclasses.replace(Settings(), policy=policy, parse_workers=workers)
    plan = SourcePlan(
        name="site",
        parser=GenericSource(),
        scope=SourceScope(name="site", hosts=frozenset({"127.0.0.1"}), allow_private=True),
        start_urls=(base_url + "/",),
    )
    try:
        return run_crawl(engine, settings, [plan])
    finally:
        engine.dispose()


def _contents(db: Path) -> dict[str, list[str]]:
    queries = {
        "articles": "SELECT url, title, published, language, body_text FROM articles",
        "organisations": "SELECT name, kind FROM organisations",
        "agreements": "SELECT a.url, g.type, g.status, g.date, g.evidence FROM agreements g "
        "JOIN articles a ON a.id = g.article_id",
        "dates": "SELECT a.url, d.position, d.text, d.value, d.precision FROM date_mentions d "
        "JOIN articles a ON a.id = d.article_id",
    }
    with sqlite3.connect(db) as conn:
        return {name: sorted(map(repr, conn.execute(sql))) for name, sql in queries.items()}


_enter = ParsePool.__aenter__


async def _enter_when_workers_are_ready(pool: ParsePool) -> ParsePool:
    """``ParsePool.__aenter__``, then wait (at most a minute) until every worker is ready."""
    await _enter(pool)

    async def ready() -> None:
        if pool._starting is not None:
            await pool._starting
        while not all(w.ready or not w.alive for w in pool._workers):
            await asyncio.sleep(0.01)

    await asyncio.wait_for(ready(), timeout=60)
    return pool


def test_a_crawl_with_parse_workers_stores_what_one_without_them_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Workers from the first page on (a crawl this small never keeps a core busy for long),
    # and the crawl starts once they are ready: a worker's start-up can outlast this small
    # crawl on a loaded machine, and then no page would reach a worker.
    monkeypatch.setattr(parse_pool, "START_WHEN_BUSY", 0.0)
    monkeypatch.setattr(ParsePool, "__aenter__", _enter_when_workers_are_ready)
    caplog.set_level(logging.INFO, logger="pipeline.parse_pool")
    with serve_site() as (base_url, _log):
        inline_report = _crawl(tmp_path / "inline.db", base_url, 0)
        assert "parse workers" not in caplog.text
        workers_report = _crawl(tmp_path / "workers.db", base_url, 2)
    parsed = re.search(r"parse workers parsed (\d+) pages", caplog.text)
    assert parsed is not None, caplog.text
    assert int(parsed.group(1)) >= 1
    assert workers_report.summary() | {"elapsed_seconds": 0} == inline_report.summary() | {
        "elapsed_seconds": 0
    }
    inline, workers = _contents(tmp_path / "inline.db"), _contents(tmp_path / "workers.db")
    assert inline["articles"], "the crawl stored nothing"
    assert workers == inline


def _spin(seconds: float) -> None:
    """Use the CPU for ``seconds``, as parsing does."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_workers_start_only_when_the_crawl_is_busy_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parse_pool, "WINDOW", 0.2)

    async def run() -> tuple[bool, bool]:
        # A low bar, so a loaded test machine still counts as busy in the fast part.
        async with ParsePool(1, start_when_busy=0.3) as pool:
            # A polite crawl: a page parsed in 10 ms every 100 ms.
            for _ in range(5):
                await asyncio.sleep(0.09)
                _spin(0.01)
                pool.parsed_here(0.01)
            polite = pool._starting is None
            # A fast crawl: parsing all the time (reported in wall time, as the crawl does).
            for _ in range(5):
                started = time.perf_counter()
                _spin(0.1)
                pool.parsed_here(time.perf_counter() - started)
            return polite, pool._starting is not None

    assert asyncio.run(run()) == (True, True)


def test_workers_start_when_parsing_takes_the_wall_time_on_a_busy_machine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parse_pool, "WINDOW", 0.2)

    async def run() -> bool:
        async with ParsePool(1) as pool:
            # Parsing took 190 ms of every 200, but other processes had the CPU:
            # this process used next to none of it.
            for _ in range(3):
                await asyncio.sleep(0.2)
                pool.parsed_here(0.19)
            return pool._starting is not None

    assert asyncio.run(run())


def test_workers_start_once_enough_urls_wait_to_be_fetched_with_no_delay() -> None:
    async def run() -> tuple[bool, bool]:
        async with ParsePool(1) as pool:
            pool.backlog(parse_pool.START_BACKLOG - 1)
            waiting = pool._starting is None
            pool.backlog(1)
            return waiting, pool._starting is not None

    assert asyncio.run(run()) == (True, True)


def test_a_crawl_counts_the_urls_it_queues_with_no_delay_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # The fixture site is small: a backlog of a few URLs stands for a sitemap's thousands.
    monkeypatch.setattr(parse_pool, "START_BACKLOG", 5)
    caplog.set_level(logging.INFO, logger="pipeline.parse_pool")
    starting = "URLs queued with no delay: starting"
    with serve_site() as (base_url, _log):
        _crawl(tmp_path / "polite.db", base_url, 1, delay=0.02)
        assert starting not in caplog.text
        _crawl(tmp_path / "fast.db", base_url, 1)
    assert starting in caplog.text


def test_a_polite_crawl_of_enough_start_hosts_starts_its_workers_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Two names for the fixture server stand for a crawl of hundreds of sites.
    monkeypatch.setattr(parse_pool, "START_BACKLOG", 2)
    caplog.set_level(logging.INFO, logger="pipeline.parse_pool")
    starting = "start hosts: starting 1 parse workers"

    def crawl(db: Path, base_url: str, hosts: tuple[str, ...]) -> None:
        engine = make_engine(str(db))
        upgrade(engine)
        policy = dataclasses.replace(Settings().policy, delay=0.02, max_pages_per_host=3)
        settings = dataclasses.replace(Settings(), policy=policy, parse_workers=1)
        port = base_url.rsplit(":", 1)[1]
        plan = SourcePlan(
            name="site",
            parser=GenericSource(),
            scope=SourceScope(name="site", hosts=frozenset(hosts), allow_private=True),
            start_urls=tuple(f"http://{host}:{port}/" for host in hosts),
        )
        try:
            run_crawl(engine, settings, [plan])
        finally:
            engine.dispose()

    with serve_site() as (base_url, _log):
        crawl(tmp_path / "one.db", base_url, ("127.0.0.1",))
        assert starting not in caplog.text
        crawl(tmp_path / "two.db", base_url, ("127.0.0.1", "localhost"))
    assert f"2 {starting}" in caplog.text
