"""Store each fetched page in one transaction, parse it, and queue the URLs it offers.

Three steps per page, each with one home:

1. Discovery (``next_urls``, ``sitemap_urls``, ``feed_urls``) is pure: it
   reads a page (and its parsed article) and returns the URLs the page
   offers, grouped as ``Offer``\\ s. It queues nothing.
2. Admission (``admit``) is the one filter every discovered URL
   passes before it is queued: the source's hosts, the URL traps, the
   source's ``max_depth``, and for links read from an HTML page at most
   ``max_links_per_page`` per offer.
3. Queueing adds the admitted URLs to the frontier in the page's own
   transaction (a listing's next page is revisited instead).

A page's counts go into a report of its own and are added to the run's
``CrawlReport`` once its transaction has committed: a transaction retried
after a conflict is counted once.

Group commit (``batch`` > 1, a SQLite crawl holding the run lock): a
transaction then holds up to ``batch`` pages, each in a SAVEPOINT of its own
(a page that fails to store rolls back alone), and is committed when it is
full, ``BATCH_SECONDS`` after it was opened, before the frontier writes on
its own connection (``DatabaseFrontier.before_write``), and when the run
ends. The frontier's leases join the open batch instead
(``DatabaseFrontier.batch_session``): they came once every few pages and
forced a commit each time. A kill -9 loses the open batch only: its pages
were never counted as stored, and their URLs, leased in the frontier (or
still queued, when the lease was in the batch), are fetched again by the
next run.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from pipeline.extraction import extract_page
from pipeline.failures import SourceTally
from pipeline.parse_pool import ParsePool, RemoteCrash
from pipeline.report import CrawlReport
from pipeline.store import (
    DatabaseFrontier,
    duplicate_of,
    link_translations,
    mark_layout_changed,
    record_parse_error,
    save_extraction,
    save_fetch,
    stored_before,
)
from pipeline.store.pages import body_sha256
from pipeline.store.savepoints import savepoint
from scraper.discover import (
    SITEMAP_MAX_BYTES,
    SITEMAP_MAX_ENTRIES,
    HtmlLinks,
    html_links,
    meta_refresh,
    parse_feed,
    parse_sitemap,
)
from scraper.errors import ErrorKind, ParseError
from scraper.frontier import CrawlTask, NewURL
from scraper.generic_listing import PAGED_URL
from scraper.models import Extraction, FetchResult, Page, ParsedArticle
from scraper.policy import CrawlPolicy, SourceScope
from scraper.soft404 import not_found_reason
from scraper.source import Source
from scraper.urls import host_of, in_scope, trap_reason, url_key

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
STORE_ATTEMPTS = 3
# Group commit: pages a transaction holds at most, and how long it stays open at most.
BATCH_PAGES = 64
BATCH_SECONDS = 0.5
XML_MARKERS = {
    b"<urlset": "sitemap",
    b"<sitemapindex": "sitemap",
    b"<rss": "feed",
    b"<feed": "feed",
}


@dataclass(frozen=True)
class SourcePlan:
    """One source in a run: its parser, its scope and where it starts."""

    name: str
    parser: Source
    scope: SourceScope
    start_urls: tuple[str, ...]
    # Listings are paged back no further than items of this day (None: no cutoff).
    oldest: date | None = None


@dataclass(frozen=True)
class Offer:
    """Some URLs a page offers the frontier, admitted together.

    ``capped``: links read from a page, of which at most ``max_links_per_page``
    are taken; a sitemap's or feed's entries are not capped (every one of
    them is wanted). ``revisit``: a listing's next page, queued again even
    when it is known. ``unless_known``: follow only when at least one of
    these URLs (as admitted) has no page stored before this run (None: always).
    """

    urls: tuple[NewURL, ...]
    capped: bool = True
    revisit: bool = False
    unless_known: tuple[NewURL, ...] | None = None


def next_urls(
    task: CrawlTask,
    page: Page,
    article: ParsedArticle,
    *,
    seed: bool,
    oldest: date | None,
    links: HtmlLinks | None = None,
) -> list[Offer]:
    """The URLs a parsed HTML page offers, in the order they are queued.

    A listing offers its items, and its next page unless paging should stop
    there. Incremental paging: a listing page whose items were all fetched
    and stored before this run means everything older is known too (items
    merely queued, by a sitemap say, are not known); one that reaches past
    ``oldest``, that everything older is unwanted. A start URL (``seed``)
    always shows its next page. The next page keeps the listing's depth:
    paging is bounded by these rules and the page budget, not by ``max_depth``.

    Links are followed from the start URLs only (a listing start URL too: a
    home page's teasers are not all it links to, its sections' news indexes
    are found there); deeper pages can still redirect by refresh, and every
    page offers its language alternates. ``links``: the start URL's links as
    ``html_links`` read them already (in the parse worker); None: read them here.
    """
    source, depth = task.source, task.depth + 1
    offers: list[Offer] = []
    if article.kind == "listing":
        items = tuple(NewURL(u, source, "page", depth) for u in article.links)
        offers.append(Offer(items))
        too_old = (
            oldest is not None
            and article.oldest_listed is not None
            and article.oldest_listed < oldest
        )
        if article.next_page and not too_old:
            following = (NewURL(article.next_page, source, "listing", task.depth),)
            offers.append(Offer(following, revisit=True, unless_known=None if seed else items))
        if not seed:
            return offers
    urls: list[NewURL] = []
    content_type = page.headers.get("content-type")
    if seed:
        if links is None:
            links = html_links(page.body, page.url, content_type=content_type)
        urls += [NewURL(u, source, "feed", depth) for u in links.feeds]
        urls += [NewURL(u, source, "page", depth) for u in links.links]
        refresh = links.meta_refresh
    else:
        refresh = meta_refresh(page.body, page.url, content_type=content_type)
    if refresh:
        urls.append(NewURL(refresh, source, "page", depth))
    urls += [NewURL(u, source, "page", depth) for u in article.alternates.values()]
    offers.append(Offer(tuple(urls)))
    return offers


def sitemap_urls(task: CrawlTask, page: Page) -> tuple[Offer, str | None]:
    """A sitemap's child sitemaps and pages, and the error that cut its reading short.

    The protocol's limits, not ``max_links_per_page``: a sitemap is a list of
    the site's pages, and every one of them is wanted.
    """
    sitemap = parse_sitemap(page.body, max_bytes=SITEMAP_MAX_BYTES)
    children = sitemap.sitemaps[:SITEMAP_MAX_ENTRIES]
    entries = sitemap.urls[:SITEMAP_MAX_ENTRIES]
    urls = [NewURL(u, task.source, "sitemap", task.depth) for u in children]
    urls += [NewURL(e.loc, task.source, "page", task.depth + 1) for e in entries]
    return Offer(tuple(urls), capped=False), sitemap.error


def feed_urls(task: CrawlTask, page: Page) -> tuple[Offer, str | None]:
    """A feed's entries (every one, like a sitemap's) and the error reading it, if any."""
    feed = parse_feed(page.body, base_url=page.url)
    urls = tuple(NewURL(e.link, task.source, "page", task.depth + 1) for e in feed.entries)
    return Offer(urls, capped=False), feed.error


def robots_sitemap_urls(source: str, sitemaps: Sequence[str]) -> Offer:
    """The Sitemap lines of an origin's robots.txt, as sitemaps at depth 0."""
    return Offer(tuple(NewURL(u, source, "sitemap", 0) for u in sitemaps))


def admit(offer: Offer, scope: SourceScope, policy: CrawlPolicy, *, max_links: int) -> list[NewURL]:
    """The one admission filter: the URLs of ``offer`` that may be queued.

    In the source's hosts, no URL trap, within the source's ``max_depth``;
    of a ``capped`` offer at most ``max_links`` (``max_links_per_page``).
    """
    limit = policy.for_scope(scope).max_depth
    kept = [
        u
        for u in offer.urls
        if u.depth <= limit and in_scope(u.url, scope.hosts) and trap_reason(u.url) is None
    ]
    return kept[:max_links] if offer.capped else kept


class PageHandler:
    """Stores each fetched URL and queues what it offers; returns nothing to the engine.

    Each page is one transaction: the raw page row, and for new or changed
    HTML the article and its entities, and the URLs it offers. Parsing
    problems are recorded on the page's row and never stop the crawl.
    """

    def __init__(
        self,
        engine: Engine,
        frontier: DatabaseFrontier,
        plans: Sequence[SourcePlan],
        report: CrawlReport,
        run_id: int | None,
        *,
        max_links: int,
        policy: CrawlPolicy | None = None,
        progress: Callable[[CrawlReport], None] | None = None,
        pool: ParsePool | None = None,
        batch: int = 1,
        batch_seconds: float = BATCH_SECONDS,
    ) -> None:
        self.engine = engine
        # Pages to a transaction (1: each page commits on its own; see the module
        # docstring), and the seconds a batch stays open at most.
        self.batch = max(1, batch)
        self.batch_seconds = batch_seconds
        self._open: Session | None = None
        self._opened_at = 0.0
        self._uncommitted: list[CrawlReport] = []
        self._timer: asyncio.TimerHandle | None = None
        self._timer_failed: BaseException | None = None
        self.pool = pool
        self.progress = progress
        self.frontier = frontier
        self.plans = {p.name: p for p in plans}
        self.report = report
        self.run_id = run_id
        self.max_links = max_links
        self.policy = policy or CrawlPolicy()
        # A source whose pages the parsers could not read at all (a crash): the reason.
        self.parse_failures: dict[str, str] = {}
        # Set by the run once the engine exists: the robots.txt Sitemap lines
        # of an origin whose robots.txt was read.
        self.robots_sitemaps: Callable[[str], tuple[str, ...]] | None = None
        self._origins_seen: set[str] = set()
        self.start_keys = {p.name: frozenset(url_key(u) for u in p.start_urls) for p in plans}
        # Sources fetched with no delay: the URLs they queue tell the parse pool to start.
        self._no_delay = {p.name for p in plans if self.policy.for_scope(p.scope).delay <= 0}
        # Per host, the SHA-256 of its answer to a URL that cannot exist (set by the run).
        self.not_found_pages: dict[str, str] = {}

    def __call__(self, task: CrawlTask, result: FetchResult) -> Awaitable[None] | None:
        plan = self.plans[task.source]
        if self.pool is not None and self.pool.size:
            page = self._page_to_parse(task, result)
            if page is not None:
                return self._parse_then_store(task, plan, result, page)
        self._store_with_retries(task, plan, result, None)
        return None

    def admit(self, plan: SourcePlan, offer: Offer) -> list[NewURL]:
        """The URLs of ``offer`` that may be queued for ``plan``'s source (see ``admit``)."""
        return admit(offer, plan.scope, self.policy, max_links=self.max_links)

    def _queue(self, session: Session, plan: SourcePlan, offers: Sequence[Offer]) -> None:
        """Queue the admitted URLs of each offer in the page's own transaction."""
        for offer in offers:
            if offer.unless_known is not None:
                known = {url_key(u.url) for u in self.admit(plan, Offer(offer.unless_known))}
                if not known - stored_before(session, known, self.frontier.run_started):
                    continue
            admitted = self.admit(plan, offer)
            if offer.revisit:
                queued = self.frontier.revisit(admitted, session=session)
            else:
                queued = self.frontier.add(admitted, session=session)
            if queued and self.pool is not None and plan.name in self._no_delay:
                self.pool.backlog(queued)

    def _page_to_parse(self, task: CrawlTask, result: FetchResult) -> Page | None:
        """The page, when it is HTML whose content differs from what is stored."""
        if not result.readable or not result.body:
            return None
        page = result.page()
        if content_kind(page, task.kind) != "html":
            return None
        key = url_key(result.page_url)
        if self._open is not None:
            # The open batch's connection: no checkout, and it sees the batch's pages.
            stored = body_sha256(self._open.connection(), key)
        else:
            with self.engine.connect() as conn:
                stored = body_sha256(conn, key)
        return None if stored == result.sha256 else page

    async def _parse_then_store(
        self,
        task: CrawlTask,
        plan: SourcePlan,
        result: FetchResult,
        page: Page,
    ) -> None:
        assert self.pool is not None
        extracted: Extraction | ParseError | None
        links: HtmlLinks | None = None
        try:
            if self._is_start(task, plan):
                # Its links are followed: the worker reads them from the page it parses.
                outcome = await self.pool.extract_with_links(page, plan.parser)
                extracted, links = outcome if outcome is not None else (None, None)
            else:
                extracted = await self.pool.extract(page, plan.parser)
        except ParseError as exc:
            extracted = exc
        except RemoteCrash as exc:
            log.error("parser %s crashed on %s: %s", plan.parser.name, page.url, exc)
            extracted = ParserCrashed(str(exc))
        if extracted is None:
            started = time.perf_counter()
            extracted = extract_here(page, plan.parser)
            self.pool.parsed_here(time.perf_counter() - started)
        self._store_with_retries(task, plan, result, extracted, links=links)

    def _store_with_retries(
        self,
        task: CrawlTask,
        plan: SourcePlan,
        result: FetchResult,
        extracted: Extraction | ParseError | None,
        *,
        links: HtmlLinks | None = None,
    ) -> None:
        self._count(task.source, result)
        if self.progress is not None:
            self.progress(self.report)
        for attempt in range(1, STORE_ATTEMPTS + 1):
            counts = CrawlReport()
            try:
                with self._page_transaction() as session:
                    self._store(session, task, plan, result, extracted, counts, links=links)
            except (IntegrityError, OperationalError) as exc:
                # Another worker stored the same row first, or SQLite stayed
                # busy: store the page again (this attempt's counts are dropped).
                if attempt == STORE_ATTEMPTS:
                    raise
                log.info("storing %s again after %s", result.page_url, type(exc).__name__)
                continue
            if self.batch == 1:
                self._committed([counts])
                return
            self._uncommitted.append(counts)
            if (
                len(self._uncommitted) >= self.batch
                or time.monotonic() - self._opened_at >= self.batch_seconds
            ):
                self.commit()
            return

    @contextmanager
    def _page_transaction(self) -> Iterator[Session]:
        """A page's own transaction, or with ``batch`` > 1 its savepoint in the open batch."""
        if self.batch == 1:
            with Session(self.engine) as session, session.begin():
                yield session
            return
        session = self._open if self._open is not None else self._open_batch()
        with savepoint(session, "page"):
            yield session

    def _open_batch(self) -> Session:
        session = Session(self.engine)
        session.begin()
        if self.engine.dialect.name == "sqlite":
            # pysqlite begins a transaction only before a data change, not before
            # a SAVEPOINT: without this BEGIN, releasing each page's savepoint
            # would commit it.
            session.connection().exec_driver_sql("BEGIN")
        self._open, self._opened_at = session, time.monotonic()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return session  # no event loop: commits come by size and from the caller
        self._timer = loop.call_later(self.batch_seconds, self._commit_on_time)
        return session

    def open_batch(self) -> Session | None:
        """The open group commit's session (None: none open), which a frontier lease may join."""
        return self._open

    def _commit_on_time(self) -> None:
        self._timer = None
        try:
            self.commit()
        except Exception as exc:  # noqa: BLE001 - raised again by the run's last commit
            log.exception("committing stored pages failed")
            self._timer_failed = exc

    def commit(self) -> None:
        """Commit the open batch of stored pages; only then do their counts join the run's.

        Nothing to do without an open batch (``batch`` 1 commits every page).
        Raises what the commit raised (the batch's pages are then not stored,
        and their URLs stay leased for the next run), or what a commit on the
        batch's timer raised before.
        """
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        session, self._open = self._open, None
        pending, self._uncommitted = self._uncommitted, []
        if session is not None:
            with session:
                session.commit()
            self._committed(pending)
        if self._timer_failed is not None:
            failed, self._timer_failed = self._timer_failed, None
            raise failed

    def close(self) -> None:
        """Commit what is still open; log a failure (a run ending on an error raises its own)."""
        try:
            self.commit()
        except Exception:  # noqa: BLE001 - the run's own error is the one to raise
            log.exception("committing the last stored pages failed")

    def _committed(self, pages: Sequence[CrawlReport]) -> None:
        """The pages' transaction has committed: only now do their counts join the run's."""
        for counts in pages:
            for name, reason in counts.failed_sources.items():
                self.parse_failures.setdefault(name, reason)
            self.report.add(counts)

    def _store(
        self,
        session: Session,
        task: CrawlTask,
        plan: SourcePlan,
        result: FetchResult,
        extracted: Extraction | ParseError | None,
        counts: CrawlReport,
        *,
        links: HtmlLinks | None = None,
    ) -> None:
        """One page in its transaction (or savepoint): the fetch, and new content's extraction.

        ``links``: a start URL's links, read by the parse worker with ``extracted``.
        """
        outcome, page_id = save_fetch(
            session, result, kind=task.kind, source=plan.name, run_id=self.run_id
        )
        if not result.retryable:
            # Done in the page's own transaction: a stored page is never fetched again.
            self.frontier.complete(task, session=session)
        if outcome in ("new", "changed"):
            counts.tallies.setdefault(plan.name, SourceTally()).stored += 1
        if outcome == "new":
            counts.new += 1
        elif outcome == "changed":
            counts.changed += 1
        elif outcome == "unchanged":
            counts.unchanged += 1
        if outcome == "unchanged" and page_id is not None:
            # The fetch cleared the row's error; a soft 404 stays one.
            page = result.page()
            if content_kind(page, task.kind) == "html":
                self._soft_404(session, page, page_id, counts, seed=self._is_start(task, plan))
        if outcome not in ("new", "changed") or page_id is None:
            return
        self._process(session, task, plan, result.page(), page_id, extracted, counts, links)

    def _count(self, source: str, result: FetchResult) -> None:
        """Count the fetch's outcome (once, before storing: a retried store is not a refetch)."""
        self.report.tallies.setdefault(source, SourceTally()).count(result)
        if result.error_kind == ErrorKind.ROBOTS:
            self.report.robots_denied += 1
            return
        if result.error_kind == ErrorKind.BLOCKED:
            self.report.policy_blocked += 1
            return
        if result.error_kind is not None:
            self.report.errors[result.error_kind] += 1
            return
        if result.not_modified:
            self.report.not_modified += 1
        self.report.fetched += 1

    def _process(
        self,
        session: Session,
        task: CrawlTask,
        plan: SourcePlan,
        page: Page,
        page_id: int,
        extracted: Extraction | ParseError | None,
        counts: CrawlReport,
        links: HtmlLinks | None,
    ) -> None:
        self._queue_robots_sitemaps(session, plan, page.url)
        kind = content_kind(page, task.kind)
        if kind in ("sitemap", "feed"):
            offer, error = sitemap_urls(task, page) if kind == "sitemap" else feed_urls(task, page)
            if error:
                record_parse_error(
                    session, page_id, kind=kind, message=error, parser=kind, version=1
                )
            self._queue(session, plan, [offer])
            return
        if kind == "html":
            self._process_html(session, task, plan, page, page_id, extracted, counts, links)

    def _process_html(
        self,
        session: Session,
        task: CrawlTask,
        plan: SourcePlan,
        page: Page,
        page_id: int,
        extracted: Extraction | ParseError | None,
        counts: CrawlReport,
        links: HtmlLinks | None,
    ) -> None:
        seed = self._is_start(task, plan)
        if self._soft_404(session, page, page_id, counts, seed=seed):
            return
        try:
            extraction, article_id = extract_and_store(
                session, page_id, page, plan.parser, extracted=extracted, soft_404_checked=True
            )
        except SoftNotFound:
            counts.errors[SoftNotFound.kind] += 1
            return
        except ParseError as exc:
            counts.parse_errors += 1
            counts.failed_sources.setdefault(plan.name, f"{type(exc).__name__}: {exc}")
            return
        article = extraction.article
        if article.layout_changed:
            counts.layout_changed[plan.name] += 1
        if article_id is not None:
            counts.articles += 1
        if article.truncated:
            counts.truncated += 1
        if (
            article.kind == "listing"
            and task.kind == "page"
            and task.depth == 1
            and not PAGED_URL.search(task.url)
        ):
            # A news index linked from a start URL (a faculty's news): new
            # items appear there, so it is read again every run.
            self.frontier.mark_index(task, session=session)
        offers = next_urls(task, page, article, seed=seed, oldest=plan.oldest, links=links)
        self._queue(session, plan, offers)

    def _soft_404(
        self, session: Session, page: Page, page_id: int, counts: CrawlReport, *, seed: bool
    ) -> bool:
        """Record the page as a soft 404 if it is one; say whether it was."""
        reason = not_found_reason(page.body)
        if reason is not None:
            reason = f"soft 404: {reason}"
        else:
            known = self.not_found_pages.get(host_of(page.url))
            # A start URL never is: a catch-all site may answer with its home page.
            if not known or seed or hashlib.sha256(page.body).hexdigest() != known:
                return False
            reason = "soft 404: the same page the site gives for a URL that does not exist"
        record_soft_404(session, page_id, reason)
        counts.errors[SoftNotFound.kind] += 1
        return True

    def _is_start(self, task: CrawlTask, plan: SourcePlan) -> bool:
        """Is the task one of the source's start URLs?"""
        return task.depth == 0 and url_key(task.url) in self.start_keys.get(plan.name, ())

    def _queue_robots_sitemaps(self, session: Session, plan: SourcePlan, url: str) -> None:
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        if self.robots_sitemaps is None or origin in self._origins_seen:
            return
        self._origins_seen.add(origin)
        offer = robots_sitemap_urls(plan.name, self.robots_sitemaps(url))
        self._queue(session, plan, [offer])


def extract_here(page: Page, parser: Source) -> Extraction | ParseError:
    """``extract_page`` in this process; a failure is returned, a crash as ``ParserCrashed``."""
    try:
        return extract_page(page, parser)
    except ParseError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one bad page must not end a crawl
        log.exception("parser %s crashed on %s", parser.name, page.url)
        return ParserCrashed(f"{type(exc).__name__}: {exc}")


def content_kind(page: Page, task_kind: str) -> str:
    if page.content_type in HTML_TYPES:
        return "html"
    if page.body[:2] == b"\x1f\x8b":
        return "sitemap"
    head = page.body[:4096].lower()
    for marker, kind in XML_MARKERS.items():
        if marker in head:
            return kind
    if task_kind in ("sitemap", "feed"):
        return task_kind
    return "html" if b"<html" in head else "other"


class ParserCrashed(ParseError):
    """A parser raised something other than a ParseError: a bug, reported like one."""

    kind = "parse_crash"


class SoftNotFound(ParseError):
    """A 200 page that says it does not exist: recorded as an error, stored as no article."""

    kind = "soft_404"


def record_soft_404(session: Session, page_id: int, reason: str) -> None:
    """Mark the page's row as a soft 404 (its body stays, no article is made)."""
    record_parse_error(
        session, page_id, kind=SoftNotFound.kind, message=reason, parser="soft404", version=1
    )


def extract_and_store(
    session: Session,
    page_id: int,
    page: Page,
    parser: Source,
    *,
    extracted: Extraction | ParseError | None = None,
    soft_404_checked: bool = False,
) -> tuple[Extraction, int | None]:
    """Parse one stored page, extract what it says and upsert it; return the article id.

    ``extracted`` is the outcome of ``extract_page`` when it already ran (in a
    parse worker): an extraction, or the ParseError it raised. A duplicate
    (canonical URL or same content as another page) and a listing store no
    article (None). A page whose title or main heading says it does not
    exist is recorded as a soft 404 and raised as ``SoftNotFound``. A parser
    failure is recorded on the page's row and raised as ``ParseError`` (a
    crash as ``ParserCrashed``). ``soft_404_checked``: the caller has just
    found that the page does not say so (the check is not made twice).
    """
    reason = None if soft_404_checked else not_found_reason(page.body)
    if reason is not None:
        record_soft_404(session, page_id, f"soft 404: {reason}")
        raise SoftNotFound(reason)
    try:
        if isinstance(extracted, ParseError):
            raise extracted
        extraction = extracted if extracted is not None else extract_page(page, parser)
    except ParseError as exc:
        _record_failure(session, page_id, parser, exc)
        raise
    except Exception as exc:  # noqa: BLE001 - one bad page must not end a crawl
        log.exception("parser %s crashed on %s", parser.name, page.url)
        crash = ParserCrashed(f"{type(exc).__name__}: {exc}")
        _record_failure(session, page_id, parser, crash)
        raise crash from exc
    article = extraction.article
    canonical = url_key(article.canonical_url) if article.canonical_url else None
    if duplicate_of(session, page_id, article, canonical) is not None:
        if article.layout_changed:
            mark_layout_changed(session, page_id, article.parsed_by)
        return extraction, None
    article_id = save_extraction(
        session,
        page_id,
        extraction,
        parser=parser.name,
        version=parser.version,
        canonical_key=canonical,
        now=datetime.now(UTC),
    )
    if article_id is not None:
        link_translations(session, article_id, article.language, article.alternates.values())
    return extraction, article_id


def _record_failure(session: Session, page_id: int, parser: Source, exc: ParseError) -> None:
    record_parse_error(
        session,
        page_id,
        kind=exc.kind,
        message=str(exc),
        parser=parser.name,
        version=parser.version,
    )
