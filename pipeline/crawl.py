"""Run a crawl: seed the frontier, fetch politely, store every page, extract as pages arrive.

The data flow (ARCHITECTURE.md has it as numbered steps):
seeds -> frontier -> engine (robots, throttle, fetch) -> ``PageHandler``
(``pipeline/page_handler.py``): store the raw page (one transaction; on
SQLite, which this run holds alone, up to ``BATCH_PAGES`` pages commit
together, each in a savepoint of its own), parse
it with its source, store the extraction, and queue the links a listing,
feed, sitemap or seed page gives. This module starts and finishes the run
and its ``crawl_runs`` row; ``pipeline/reparse.py`` re-extracts stored pages.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pipeline import store
from pipeline.event_loop import run_event_loop
from pipeline.failures import SourceTally, failure_reason
from pipeline.not_found import learn_not_found_pages
from pipeline.page_handler import BATCH_PAGES, PageHandler, SourcePlan
from pipeline.parse_pool import DEFAULT_MAX_QUEUED, ParsePool, default_workers
from pipeline.politeness import SharedThrottle
from pipeline.report import CrawlReport
from pipeline.settings import Settings
from pipeline.store import DatabaseFrontier
from scraper.crawler import Crawler, CrawlStats
from scraper.fetch import Fetcher
from scraper.frontier import NewURL
from scraper.http import build_client
from scraper.urls import host_of

# What the CLI, the tests and the benches import from here.
__all__ = [
    "CrawlReport",
    "PageHandler",
    "SourcePlan",
    "finish_run",
    "run_crawl",
    "run_event_loop",
    "seeds_for",
    "start_run",
]


def start_run(engine: Engine, names: Iterable[str]) -> int:
    """Create the crawl_runs row for a new run and return its id."""
    with Session(engine) as session, session.begin():
        return store.start_run(session, list(names))


def finish_run(engine: Engine, report: CrawlReport, status: str) -> None:
    """Store the run's summary on its crawl_runs row."""
    counts = {
        "pages_fetched": report.fetched,
        "pages_new": report.new,
        "pages_changed": report.changed,
        "pages_not_modified": report.not_modified,
        "robots_denied": report.robots_denied,
        "errors": sum(report.errors.values()) + report.parse_errors,
        "summary": report.summary(),
    }
    with Session(engine) as session, session.begin():
        store.finish_run(session, report.run_id, status, counts)


def seeds_for(plans: Sequence[SourcePlan]) -> list[NewURL]:
    """The start URLs of every source, as listing seeds at depth 0."""
    return [NewURL(url, plan.name, "listing", 0) for plan in plans for url in plan.start_urls]


def run_crawl(
    engine: Engine,
    settings: Settings,
    plans: Sequence[SourcePlan],
    *,
    progress: Callable[[CrawlReport], None] | None = None,
) -> CrawlReport:
    """Crawl the planned sources into the database and return the run's report.

    ``progress`` is called with the running report after every fetch.
    """
    report = CrawlReport()
    report.run_id = start_run(engine, [p.name for p in plans])
    started = time.monotonic()
    frontier = DatabaseFrontier(
        engine, sources=[p.name for p in plans], exclusive=engine.dialect.name == "sqlite"
    )
    frontier.seed(seeds_for(plans), recheck_after=settings.recheck_after)
    # Group commit where this run is the database's only writer (the SQLite run
    # lock); on PostgreSQL, workers sharing it commit every page on its own.
    handler = PageHandler(
        engine,
        frontier,
        plans,
        report,
        report.run_id,
        max_links=settings.policy.max_links_per_page,
        policy=settings.policy,
        progress=progress,
        batch=BATCH_PAGES if frontier.exclusive else 1,
    )
    frontier.before_write = handler.commit
    frontier.batch_session = handler.open_batch
    status = "failed"
    try:
        stats = run_event_loop(_crawl(settings, plans, frontier, handler))
        handler.commit()
        _merge_stats(report, stats, plans, handler)
        # Imported once the crawl is done: the records rebuild's modules (and
        # db.queries) are not held while pages are fetched and parsed.
        from pipeline.records_store import update_records

        update_records(engine, report.run_id)
        status = "ok" if report.ok else "source_failed"
    finally:
        # A run ending on an error (or Ctrl-C) keeps the pages it has stored.
        handler.close()
        report.elapsed = time.monotonic() - started
        report.left_in_frontier = frontier.pending()
        report.leased_elsewhere = frontier.leased_elsewhere()
        finish_run(engine, report, status)
    return report


async def _crawl(
    settings: Settings,
    plans: Sequence[SourcePlan],
    frontier: DatabaseFrontier,
    handler: PageHandler,
) -> CrawlStats:
    workers = default_workers() if settings.parse_workers is None else settings.parse_workers
    # Idle connections outlive the longest delay between a host's requests.
    delays = [settings.policy.for_scope(p.scope).delay for p in plans]
    # A worker's queue as deep as the crawl's concurrency: the crawl process, the
    # busier of the two, parses a page itself only when the worker is that far behind.
    pool = ParsePool(workers, max_queued=max(DEFAULT_MAX_QUEUED, settings.policy.concurrency))
    async with build_client(settings.policy, delays=delays) as client, pool:
        handler.pool = pool
        engine = frontier.engine
        throttle = (
            SharedThrottle(
                settings.policy.concurrency, engine, fetch_deadline=settings.policy.fetch_deadline
            )
            if engine.dialect.name == "postgresql"
            else None
        )
        fetcher = Fetcher(settings.policy, client, throttle=throttle)
        crawler = Crawler(settings.policy, fetcher, {p.name: p.scope for p in plans})
        robots = crawler.fetcher.robots
        if robots is not None:
            handler.robots_sitemaps = robots.sitemaps
        starts = [(url, plan.scope) for plan in plans for url in plan.start_urls]
        pool.start_hosts(len({host_of(url) for url, _ in starts}))
        handler.not_found_pages = await learn_not_found_pages(fetcher, starts)
        return await crawler.run(frontier, handler)


def _merge_stats(
    report: CrawlReport, stats: CrawlStats, plans: Sequence[SourcePlan], handler: PageHandler
) -> None:
    report.hosts_paused = sorted(stats.hosts_paused)
    # A page whose handler crashed: the engine alone saw it. (Its other errors
    # are tasks never fetched: no scope, or past max_depth from an older run.)
    if stats.errors_by_kind.get("handler"):
        report.errors["handler"] += stats.errors_by_kind["handler"]
    report.deferred = stats.deferred
    report.over_budget = sorted(stats.over_budget)
    report.out_of_time = stats.out_of_time
    for plan in plans:
        reason = handler.parse_failures.get(plan.name)
        paused = [h for h in report.hosts_paused if h in plan.scope.hosts]
        unreached = failure_reason(report.tallies.get(plan.name, SourceTally()))
        if unreached:
            report.failed_sources[plan.name] = unreached
        elif reason:
            report.failed_sources[plan.name] = reason
        elif paused:
            report.failed_sources[plan.name] = f"host {paused[0]} paused after repeated failures"
