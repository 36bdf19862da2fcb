"""Re-extract stored pages with no network (``campusnews reparse``).

Each stored page is parsed again by its source's parser (or the fallback)
and stored in id order, the way the crawl stores a page
(``pipeline.page_handler.extract_and_store``), a batch of pages to a
transaction; then the agreement records are rebuilt. With parse workers the
parsing runs in a ``ParsePool`` while this process loads, stores and parses
what the workers have no room for.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db.queries import stored_pages
from pipeline.event_loop import run_event_loop
from pipeline.page_handler import (
    ParserCrashed,
    SoftNotFound,
    content_kind,
    extract_and_store,
    extract_here,
)
from pipeline.parse_pool import Job, ParsePool, RemoteCrash
from pipeline.records_store import update_records
from pipeline.report import CrawlReport
from pipeline.store.pages import stored_bodies
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

    Pages are loaded ``REPARSE_BATCH`` at a time with one query and stored in
    id order, ``REPARSE_BATCH`` to a transaction; with ``workers`` the parsing
    and extraction run in that many parse worker processes (``ParsePool``)
    while this process loads and stores, and parses the pages no worker has
    room for.
    """
    report = CrawlReport()
    with engine.connect() as conn:
        rows = stored_pages(conn)
    todo: list[Todo] = []
    for page_id, source_name, version, parsed_at in rows:
        parser = (resolve or {}).get(source_name, fallback)
        if only_outdated and parsed_at is not None and version == parser.version:
            continue
        todo.append((page_id, source_name, parser))
    if workers > 0 and todo:
        run_event_loop(_parse_stored_pooled(engine, todo, workers, report))
        update_records(engine, None)
        return report
    for start in range(0, len(todo), REPARSE_BATCH):
        loaded = _load(engine, todo[start : start + REPARSE_BATCH])
        with Session(engine) as session, session.begin():
            for item in loaded:
                page_id, source_name, parser, page = item
                if page is not None:
                    _store_reparsed(session, report, page_id, source_name, page, parser, None)
    update_records(engine, None)
    return report


# (page id, source name, parser) of a page to parse again.
Todo = tuple[int, str, Source]
# Pages loaded with one query and stored in one transaction.
REPARSE_BATCH = 50


def _load(engine: Engine, todo: Sequence[Todo]) -> list[tuple[int, str, Source, Page | None]]:
    """``todo`` with each stored page, None for a page with no body or no HTML."""
    with engine.connect() as conn:
        pages = stored_bodies(conn, [page_id for page_id, _, _ in todo])
    loaded: list[tuple[int, str, Source, Page | None]] = []
    for page_id, source_name, parser in todo:
        page = pages.get(page_id)
        if page is not None and content_kind(page, "page") != "html":
            page = None
        loaded.append((page_id, source_name, parser, page))
    return loaded


@dataclass
class _Pending:
    """A page in the pooled reparse's window: sent to a worker, parsed here, or neither yet."""

    page_id: int
    source_name: str
    parser: Source
    page: Page | None
    job: Job | None = None
    extracted: Extraction | ParseError | None = None
    done: bool = False


async def _parse_stored_pooled(
    engine: Engine, todo: list[Todo], workers: int, report: CrawlReport
) -> None:
    """``parse_stored`` with parse workers: both cores busy, pages stored in id order.

    A window of loaded pages runs ahead of the one to store next. The workers
    are kept full from its front; this process stores the front's pages once
    they are parsed, and while the front's page is still with a worker it
    parses the window's last page nobody has taken (so the two never wait for
    each other while there is work).
    """
    window: deque[_Pending] = deque()
    chunks = (todo[i : i + REPARSE_BATCH] for i in range(0, len(todo), REPARSE_BATCH))
    async with ParsePool(workers, start_when_busy=0.0) as pool:
        ahead = pool.max_queued * workers + 2 * REPARSE_BATCH

        def fill() -> None:
            while len(window) < ahead:
                chunk = next(chunks, None)
                if chunk is None:
                    return
                for page_id, source_name, parser, page in _load(engine, chunk):
                    window.append(_Pending(page_id, source_name, parser, page, done=page is None))

        def dispatch() -> None:
            for item in window:
                if not pool.room():
                    return
                if item.done or item.job is not None:
                    continue
                assert item.page is not None
                item.job = pool.submit(item.page, item.parser)
                if item.job is None:
                    return

        def steal() -> bool:
            for item in reversed(window):
                if item.done or item.job is not None:
                    continue
                assert item.page is not None
                item.extracted, item.done = extract_here(item.page, item.parser), True
                return True
            return False

        fill()
        batch: _Batch | None = None
        try:
            while window:
                dispatch()
                head = window[0]
                if not head.done and head.job is not None:
                    if not head.job.done() and steal():
                        # Let the event loop read the workers' answers.
                        await asyncio.sleep(0)
                        continue
                    head.extracted, head.done = await _collected(pool, head), True
                elif not head.done:
                    assert head.page is not None
                    head.extracted, head.done = extract_here(head.page, head.parser), True
                item = window.popleft()
                fill()
                # Stored as soon as it is parsed (the batch's transaction stays open),
                # so the event loop runs between two pages and the workers' pipes
                # are kept full: storing 50 pages in one go starved them.
                batch = batch or _Batch(Session(engine))
                batch.store(report, item)
                if batch.pages >= REPARSE_BATCH or not window:
                    batch.commit()
                    batch = None
                await asyncio.sleep(0)
        finally:
            if batch is not None:
                batch.session.close()


class _Batch:
    """``REPARSE_BATCH`` stored pages in one open transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.session.begin()
        self.pages = 0

    def store(self, report: CrawlReport, item: _Pending) -> None:
        """Store one parsed page in the open transaction."""
        self.pages += 1
        if item.page is not None:
            _store_reparsed(
                self.session,
                report,
                item.page_id,
                item.source_name,
                item.page,
                item.parser,
                item.extracted,
            )

    def commit(self) -> None:
        """Commit the batch's pages and close its session."""
        with self.session:
            self.session.commit()


async def _collected(pool: ParsePool, item: _Pending) -> Extraction | ParseError:
    """The extraction of a page sent to a worker (parsed here when the worker could not)."""
    assert item.job is not None and item.page is not None
    try:
        extracted = await pool.result(item.job)
    except ParseError as exc:
        return exc
    except RemoteCrash as exc:
        log.error("parser %s crashed on %s: %s", item.parser.name, item.page.url, exc)
        return ParserCrashed(str(exc))
    return extracted if extracted is not None else extract_here(item.page, item.parser)


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
