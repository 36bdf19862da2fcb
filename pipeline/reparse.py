"""Re-extract stored pages with no network (``campusnews reparse``).

Each stored page is parsed again by its source's parser (or the fallback)
and stored in one transaction, in id order, the way the crawl stores a page
(``pipeline.page_handler.extract_and_store``); then the agreement records
are rebuilt. With parse workers the parsing runs in a ``ParsePool`` while
this process loads and stores.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db.queries import stored_page, stored_pages
from pipeline.event_loop import run_event_loop
from pipeline.page_handler import (
    ParserCrashed,
    SoftNotFound,
    content_kind,
    extract_and_store,
    extract_here,
)
from pipeline.parse_pool import ParsePool, RemoteCrash
from pipeline.records_store import update_records
from pipeline.report import CrawlReport
from scraper.errors import ParseError
from scraper.models import Extraction, Page
from scraper.source import Source

log = logging.getLogger(__name__)


def parse_stored(
    engine: Engine,
    resolve: dict[str, Source] | None,
    fallback: Source,
    *,
    only_outdated: bool,
    workers: int = 0,
) -> CrawlReport:
    """Re-extract stored pages with no network (``campusnews reparse``).

    Pages are stored in id order, one transaction each, as before; with
    ``workers`` the parsing and extraction run in that many parse worker
    processes (``ParsePool``) while this process loads and stores, and parses
    itself whenever every worker has its queue full.
    """
    report = CrawlReport()
    with engine.connect() as conn:
        rows = stored_pages(conn)
    todo: list[tuple[int, str, Source]] = []
    for page_id, source_name, version, parsed_at in rows:
        parser = (resolve or {}).get(source_name, fallback)
        if only_outdated and parsed_at is not None and version == parser.version:
            continue
        todo.append((page_id, source_name, parser))
    if workers > 0 and todo:
        run_event_loop(_parse_stored_pooled(engine, todo, workers, report))
        update_records(engine, None)
        return report
    for page_id, source_name, parser in todo:
        with Session(engine) as session, session.begin():
            page = stored_page(session.connection(), page_id)
            if page is None or content_kind(page, "page") != "html":
                continue
            _store_reparsed(session, report, page_id, source_name, page, parser, None)
    update_records(engine, None)
    return report


# Pages loaded ahead of the one being stored, per worker: enough to keep every
# worker's queue (``ParsePool.max_queued``) full while this process stores.
REPARSE_AHEAD = 24


async def _parse_stored_pooled(
    engine: Engine, todo: list[tuple[int, str, Source]], workers: int, report: CrawlReport
) -> None:
    """``parse_stored`` with parse workers: extract ahead in the pool, store in id order."""
    window: deque[tuple[int, str, Source, Page | None, asyncio.Task[Any] | None]] = deque()
    items = iter(todo)
    async with ParsePool(workers, start_when_busy=0.0) as pool:

        def fill() -> None:
            while len(window) < REPARSE_AHEAD * workers:
                item = next(items, None)
                if item is None:
                    return
                page_id, source_name, parser = item
                with Session(engine) as session:
                    page = stored_page(session.connection(), page_id)
                if page is None or content_kind(page, "page") != "html":
                    window.append((page_id, source_name, parser, None, None))
                    continue
                job = asyncio.ensure_future(_extract_remote(pool, page, parser))
                window.append((page_id, source_name, parser, page, job))

        fill()
        while window:
            page_id, source_name, parser, page, job = window.popleft()
            fill()
            if page is None or job is None:
                continue
            extracted = await job
            if extracted is None:
                extracted = extract_here(page, parser)
            with Session(engine) as session, session.begin():
                _store_reparsed(session, report, page_id, source_name, page, parser, extracted)


async def _extract_remote(
    pool: ParsePool, page: Page, parser: Source
) -> Extraction | ParseError | None:
    """The page's extraction from a worker, its ParseError, or None: parse it here."""
    try:
        return await pool.extract(page, parser)
    except ParseError as exc:
        return exc
    except RemoteCrash as exc:
        log.error("parser %s crashed on %s: %s", parser.name, page.url, exc)
        return ParserCrashed(str(exc))


def _store_reparsed(
    session: Session,
    report: CrawlReport,
    page_id: int,
    source_name: str,
    page: Page,
    parser: Source,
    extracted: Extraction | ParseError | None,
) -> None:
    """Store one re-extracted page and count it in ``report``."""
    try:
        extraction, article_id = extract_and_store(
            session, page_id, page, parser, extracted=extracted
        )
    except SoftNotFound:
        return
    except ParseError as exc:
        report.parse_errors += 1
        report.failed_sources.setdefault(source_name, f"{type(exc).__name__}: {exc}")
        return
    if extraction.article.layout_changed:
        report.layout_changed[source_name] += 1
    if article_id is not None:
        report.articles += 1
