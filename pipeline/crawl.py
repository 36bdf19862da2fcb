"""Run a crawl: seed the frontier, fetch politely, store every page, extract as pages arrive.

The data flow (ARCHITECTURE.md has it as numbered steps):
seeds -> frontier -> engine (robots, throttle, fetch) -> ``PageHandler``:
store the raw page (one transaction), parse it with its source, store the
extraction, and queue the links a listing, feed, sitemap or seed page gives.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import logging
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import Engine, bindparam, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from db import models as m
from pipeline.extraction import extract_page
from pipeline.failures import SourceTally, failure_reason
from pipeline.frontier import DatabaseFrontier
from pipeline.not_found import learn_not_found_pages
from pipeline.parse_pool import ParsePool, RemoteCrash, default_workers
from pipeline.politeness import SharedThrottle
from pipeline.records_store import rebuild_records
from pipeline.settings import Settings
from pipeline.store import (
    FetchRecord,
    duplicate_of,
    load_page,
    mark_layout_changed,
    record_parse_error,
    save_extraction,
    save_fetch,
    stored_before,
)
from scraper.crawler import Crawler, CrawlStats
from scraper.discover import (
    SITEMAP_MAX_BYTES,
    SITEMAP_MAX_ENTRIES,
    html_links,
    meta_refresh,
    parse_feed,
    parse_sitemap,
)
from scraper.errors import ParseError
from scraper.fetch import Fetcher, FetchResult
from scraper.frontier import CrawlTask, NewURL
from scraper.generic_listing import PAGED_URL
from scraper.http import build_client
from scraper.models import Extraction, Page, ParsedArticle
from scraper.policy import SourceScope
from scraper.soft404 import not_found_reason
from scraper.source import Source
from scraper.urls import host_of, in_scope, trap_reason, url_key

log = logging.getLogger(__name__)
T = TypeVar("T")

HTML_TYPES = ("text/html", "application/xhtml+xml")
STORE_ATTEMPTS = 3
STORED_SHA = select(m.Page.sha256).where(m.Page.url_key == bindparam("p_key"))
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


@dataclass
class CrawlReport:
    """What a run did, stored in crawl_runs and printed at its end."""

    run_id: int | None = None
    fetched: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    not_modified: int = 0
    robots_denied: int = 0
    policy_blocked: int = 0
    articles: int = 0
    truncated: int = 0
    parse_errors: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    hosts_paused: list[str] = field(default_factory=list)
    deferred: int = 0
    failed_sources: dict[str, str] = field(default_factory=dict)
    # Pages of a source whose selectors missed, read by the generic parser instead.
    layout_changed: Counter[str] = field(default_factory=Counter)
    elapsed: float = 0.0
    left_in_frontier: int = 0
    # URLs another worker (PostgreSQL) held a live lease on when this run ended.
    leased_elsewhere: int = 0
    over_budget: list[str] = field(default_factory=list)
    out_of_time: bool = False
    tallies: dict[str, SourceTally] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no source failed and every source's selectors still matched."""
        return not self.failed_sources and not self.layout_changed

    def summary(self) -> dict[str, object]:
        """The report as plain JSON-able data."""
        return {
            "fetched": self.fetched,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "not_modified": self.not_modified,
            "robots_denied": self.robots_denied,
            "policy_blocked": self.policy_blocked,
            "articles": self.articles,
            "truncated": self.truncated,
            "parse_errors": self.parse_errors,
            "errors": dict(self.errors),
            "hosts_paused": self.hosts_paused,
            "deferred": self.deferred,
            "failed_sources": self.failed_sources,
            "layout_changed": dict(self.layout_changed),
            "left_in_frontier": self.left_in_frontier,
            "leased_elsewhere": self.leased_elsewhere,
            "over_budget": self.over_budget,
            "out_of_time": self.out_of_time,
            "elapsed_seconds": round(self.elapsed, 2),
        }

    def lines(self) -> list[str]:
        """A short human summary."""
        errors = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items()))
        # "errors: none" beside a failure line below would contradict it.
        error_part = f", fetch errors: {errors}" if errors else ""
        if not errors and self.ok:
            error_part = ", fetch errors: none"
        out = [
            f"fetched {self.fetched} pages in {self.elapsed:.1f}s: {self.new} new, "
            f"{self.changed} changed, {self.unchanged} unchanged, {self.not_modified} not modified",
            f"articles stored {self.articles}, skipped by robots.txt {self.robots_denied}, "
            f"refused by the address policy {self.policy_blocked}{error_part}",
        ]
        if self.truncated:
            out.append(f"pages cut short in parsing (stored, marked truncated): {self.truncated}")
        if self.hosts_paused:
            out.append(f"hosts paused after repeated failures: {', '.join(self.hosts_paused)}")
        stops = []
        if self.out_of_time:
            stops.append("max_runtime was reached")
        if self.over_budget:
            stops.append(f"max_pages_per_host was reached for {', '.join(self.over_budget)}")
        if stops and self.left_in_frontier:
            out.append(
                f"stopped early ({'; '.join(stops)}): "
                f"{self.left_in_frontier} URLs wait for the next run"
            )
        elif self.left_in_frontier:
            out.append(f"{self.left_in_frontier} URLs left in the frontier for the next run")
        if self.leased_elsewhere:
            out.append(f"{self.leased_elsewhere} URLs being fetched by another worker")
        return out + self.failure_lines()

    def failure_lines(self) -> list[str]:
        """One line per failed source, with the fix, and per source whose layout
        changed: what cron mails."""
        return [
            f"source {name} failed: {reason}"
            for name, reason in sorted(self.failed_sources.items())
        ] + self.layout_lines()

    def layout_lines(self) -> list[str]:
        """One line per source whose selectors missed: nothing was lost, but fix it."""
        return [
            f"source {name}: layout changed, {count} page{'s' if count != 1 else ''} read by "
            f"the generic parser (see pages.layout_changed; fix its selectors and check them "
            f"with 'campusnews sources test')"
            for name, count in sorted(self.layout_changed.items())
        ]


class PageHandler:
    """Stores each fetched URL and returns nothing: it queues discoveries itself.

    Each page is one transaction: the raw page row, and for new or changed
    HTML the article and its entities. Parsing problems are recorded on the
    page's row and never stop the crawl.
    """

    def __init__(
        self,
        engine: Engine,
        frontier: DatabaseFrontier,
        plans: Sequence[SourcePlan],
        report: CrawlReport,
        run_id: int,
        *,
        max_links: int,
        progress: Callable[[CrawlReport], None] | None = None,
        pool: ParsePool | None = None,
    ) -> None:
        self.engine = engine
        self.pool = pool
        self.progress = progress
        self.frontier = frontier
        self.plans = {p.name: p for p in plans}
        self.report = report
        self.run_id = run_id
        self.max_links = max_links
        # A source whose pages the parsers could not read at all (a crash): the reason.
        self.parse_failures: dict[str, str] = {}
        # Set by the run once the engine exists: the robots.txt Sitemap lines
        # of an origin whose robots.txt was read.
        self.robots_sitemaps: Callable[[str], tuple[str, ...]] | None = None
        self._origins_seen: set[str] = set()
        self.start_keys = {p.name: frozenset(url_key(u) for u in p.start_urls) for p in plans}
        # Per host, the SHA-256 of its answer to a URL that cannot exist (set by the run).
        self.not_found_pages: dict[str, str] = {}

    def __call__(
        self, task: CrawlTask, result: FetchResult
    ) -> Iterable[NewURL] | Awaitable[Iterable[NewURL]]:
        plan = self.plans[task.source]
        readable = result.error_kind is None and not result.not_modified
        record = FetchRecord(
            url_key=url_key(result.final_url or task.url),
            url=result.final_url or task.url,
            fetched_at=result.fetched_at,
            status=result.status,
            headers=result.headers,
            body=result.body if readable else None,
            sha256=hashlib.sha256(result.body).hexdigest() if readable else None,
            not_modified=result.not_modified,
            error_kind=result.error_kind,
            error=result.error,
            kind=task.kind,
        )
        if self.pool is not None and self.pool.size:
            page = self._page_to_parse(task, record)
            if page is not None:
                return self._parse_then_store(task, plan, record, result, page)
        return self._store_with_retries(task, plan, record, result, None)

    def _page_to_parse(self, task: CrawlTask, record: FetchRecord) -> Page | None:
        """The page, when it is HTML whose content differs from what is stored."""
        if not record.body:
            return None
        page = _page_of(record)
        if _content_kind(page, task.kind) != "html":
            return None
        with self.engine.connect() as conn:
            stored = conn.scalar(STORED_SHA, {"p_key": record.url_key})
        return None if stored == record.sha256 else page

    async def _parse_then_store(
        self,
        task: CrawlTask,
        plan: SourcePlan,
        record: FetchRecord,
        result: FetchResult,
        page: Page,
    ) -> list[NewURL]:
        assert self.pool is not None
        extracted: Extraction | ParseError | None
        try:
            extracted = await self.pool.extract(page, plan.parser)
        except ParseError as exc:
            extracted = exc
        except RemoteCrash as exc:
            log.error("parser %s crashed on %s: %s", plan.parser.name, page.url, exc)
            extracted = ParserCrashed(str(exc))
        if extracted is None:
            started = time.perf_counter()
            extracted = _extract_here(page, plan.parser)
            self.pool.parsed_here(time.perf_counter() - started)
        return self._store_with_retries(task, plan, record, result, extracted)

    def _store_with_retries(
        self,
        task: CrawlTask,
        plan: SourcePlan,
        record: FetchRecord,
        result: FetchResult,
        extracted: Extraction | ParseError | None,
    ) -> list[NewURL]:
        self._count(task.source, result)
        if self.progress is not None:
            self.progress(self.report)
        for attempt in range(1, STORE_ATTEMPTS + 1):
            before = copy.deepcopy(self.report.__dict__), dict(self.parse_failures)
            try:
                return self._store(task, plan, record, result, extracted)
            except (IntegrityError, OperationalError) as exc:
                # Another worker stored the same row first, or SQLite stayed
                # busy: undo this attempt's counting and store the page again.
                self.report.__dict__.update(before[0])
                self.parse_failures = before[1]
                if attempt == STORE_ATTEMPTS:
                    raise
                log.info("storing %s again after %s", record.url, type(exc).__name__)
        return []

    def _store(
        self,
        task: CrawlTask,
        plan: SourcePlan,
        record: FetchRecord,
        result: FetchResult,
        extracted: Extraction | ParseError | None,
    ) -> list[NewURL]:
        """One page, one transaction: the fetch, and for new content its extraction."""
        with Session(self.engine) as session, session.begin():
            outcome, page_id = save_fetch(session, record, source=plan.name, run_id=self.run_id)
            if not result.retryable:
                # Done in the page's own transaction: a stored page is never fetched again.
                self.frontier.complete(task, session=session)
            if outcome in ("new", "changed"):
                self.report.tallies.setdefault(plan.name, SourceTally()).stored += 1
            if outcome == "new":
                self.report.new += 1
            elif outcome == "changed":
                self.report.changed += 1
            elif outcome == "unchanged":
                self.report.unchanged += 1
            if outcome == "unchanged" and page_id is not None:
                # The fetch cleared the row's error; a soft 404 stays one.
                page = _page_of(record)
                if _content_kind(page, task.kind) == "html":
                    self._soft_404(session, page, page_id, seed=self._is_start(task, plan))
            if outcome not in ("new", "changed") or page_id is None:
                return []
            page = _page_of(record)
            return self._process(session, task, plan, page, page_id, extracted)

    def _count(self, source: str, result: FetchResult) -> None:
        self.report.tallies.setdefault(source, SourceTally()).count(result)
        if result.error_kind == "robots":
            self.report.robots_denied += 1
            return
        if result.error_kind == "blocked":
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
    ) -> list[NewURL]:
        self._queue_robots_sitemaps(session, plan, page.url)
        kind = _content_kind(page, task.kind)
        if kind == "sitemap":
            sitemap = parse_sitemap(page.body, max_bytes=SITEMAP_MAX_BYTES)
            # The protocol's limits, not max_links_per_page: a sitemap is a
            # list of the site's pages, and every one of them is wanted.
            children = sitemap.sitemaps[:SITEMAP_MAX_ENTRIES]
            entries = sitemap.urls[:SITEMAP_MAX_ENTRIES]
            urls = [NewURL(u, plan.name, "sitemap", task.depth) for u in children]
            urls += [NewURL(e.loc, plan.name, "page", task.depth + 1) for e in entries]
            if sitemap.error:
                record_parse_error(
                    session,
                    page_id,
                    kind="sitemap",
                    message=sitemap.error,
                    parser="sitemap",
                    version=1,
                )
            return self._queue(session, plan, urls, capped=False)
        if kind == "feed":
            feed = parse_feed(page.body, base_url=page.url)
            if feed.error:
                record_parse_error(
                    session, page_id, kind="feed", message=feed.error, parser="feed", version=1
                )
            links = [NewURL(e.link, plan.name, "page", task.depth + 1) for e in feed.entries]
            return self._queue(session, plan, links, capped=False)
        if kind != "html":
            return []
        return self._process_html(session, task, plan, page, page_id, extracted)

    def _process_html(
        self,
        session: Session,
        task: CrawlTask,
        plan: SourcePlan,
        page: Page,
        page_id: int,
        extracted: Extraction | ParseError | None,
    ) -> list[NewURL]:
        seed = self._is_start(task, plan)
        if self._soft_404(session, page, page_id, seed=seed):
            return []
        try:
            extraction, article_id = extract_and_store(
                session, page_id, page, plan.parser, extracted=extracted
            )
        except SoftNotFound:
            self.report.errors[SoftNotFound.kind] += 1
            return []
        except ParseError as exc:
            self.report.parse_errors += 1
            self.parse_failures.setdefault(plan.name, f"{type(exc).__name__}: {exc}")
            return []
        article = extraction.article
        if article.layout_changed:
            self.report.layout_changed[plan.name] += 1
        if article_id is not None:
            self.report.articles += 1
        if article.truncated:
            self.report.truncated += 1
        depth = task.depth + 1
        urls: list[NewURL] = []
        if article.kind == "listing":
            self._follow_listing(session, task, plan, article, seed=seed)
            if not seed:
                return []
        content_type = page.headers.get("content-type")
        # Links are followed from the start URLs only (a listing start URL too:
        # a home page's teasers are not all it links to, its sections' news
        # indexes are found there); deeper pages can still redirect by refresh.
        if seed:
            links = html_links(page.body, page.url, content_type=content_type)
            urls += [NewURL(u, plan.name, "feed", depth) for u in links.feeds]
            urls += [NewURL(u, plan.name, "page", depth) for u in links.links]
            refresh = links.meta_refresh
        else:
            refresh = meta_refresh(page.body, page.url, content_type=content_type)
        if refresh:
            urls.append(NewURL(refresh, plan.name, "page", depth))
        urls += [NewURL(u, plan.name, "page", depth) for u in article.alternates.values()]
        return self._queue(session, plan, urls)

    def _soft_404(self, session: Session, page: Page, page_id: int, *, seed: bool) -> bool:
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
        self.report.errors[SoftNotFound.kind] += 1
        return True

    def _is_start(self, task: CrawlTask, plan: SourcePlan) -> bool:
        """Is the task one of the source's start URLs?"""
        return task.depth == 0 and url_key(task.url) in self.start_keys.get(plan.name, ())

    def _follow_listing(
        self,
        session: Session,
        task: CrawlTask,
        plan: SourcePlan,
        article: ParsedArticle,
        *,
        seed: bool,
    ) -> None:
        """Queue a listing's items, and its next page unless paging should stop here.

        Incremental paging: a listing page whose items were all fetched and
        stored before this run means everything older is known too (items
        merely queued, by a sitemap say, are not known); one that reaches past
        the cutoff date, that everything older is unwanted. A start URL always
        shows its next page. The next page keeps the listing's depth: paging
        is bounded by these rules and the page budget, not by ``max_depth``.
        """
        items = [NewURL(u, plan.name, "page", task.depth + 1) for u in article.links]
        self._add(session, plan, items)
        if task.kind == "page" and task.depth == 1 and not PAGED_URL.search(task.url):
            # A news index linked from a start URL (a faculty's news): new
            # items appear there, so it is read again every run.
            self.frontier.mark_index(task, session=session)
        if not article.next_page:
            return
        admitted = {url_key(u.url) for u in self._admissible(plan, items)}
        unknown = admitted - stored_before(session, admitted, self.frontier.run_started)
        too_old = (
            plan.oldest is not None
            and article.oldest_listed is not None
            and article.oldest_listed < plan.oldest
        )
        if (unknown or seed) and not too_old:
            following = [NewURL(article.next_page, plan.name, "listing", task.depth)]
            self.frontier.revisit(self._admissible(plan, following), session=session)

    def _queue_robots_sitemaps(self, session: Session, plan: SourcePlan, url: str) -> None:
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        if self.robots_sitemaps is None or origin in self._origins_seen:
            return
        self._origins_seen.add(origin)
        sitemaps = self.robots_sitemaps(url)
        self._add(session, plan, [NewURL(u, plan.name, "sitemap", 0) for u in sitemaps])

    def _queue(
        self, session: Session, plan: SourcePlan, urls: list[NewURL], *, capped: bool = True
    ) -> list[NewURL]:
        self._add(session, plan, urls, capped=capped)
        return []

    def _admissible(
        self, plan: SourcePlan, urls: list[NewURL], *, capped: bool = True
    ) -> list[NewURL]:
        """The in-scope, trap-free URLs; from an HTML page (``capped``) at most ``max_links``."""
        kept = [u for u in urls if in_scope(u.url, plan.scope.hosts) and trap_reason(u.url) is None]
        return kept[: self.max_links] if capped else kept

    def _add(
        self, session: Session, plan: SourcePlan, urls: list[NewURL], *, capped: bool = True
    ) -> int:
        """Queue admissible URLs in the page's own transaction; return how many were new."""
        return self.frontier.add(self._admissible(plan, urls, capped=capped), session=session)


def _extract_here(page: Page, parser: Source) -> Extraction | ParseError:
    """``extract_page`` in this process; a failure is returned, a crash as ``ParserCrashed``."""
    try:
        return extract_page(page, parser)
    except ParseError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one bad page must not end a crawl
        log.exception("parser %s crashed on %s", parser.name, page.url)
        return ParserCrashed(f"{type(exc).__name__}: {exc}")


def _page_of(record: FetchRecord) -> Page:
    """The page a parser sees for a stored fetch."""
    return Page(
        url=record.url,
        body=record.body or b"",
        fetched_at=record.fetched_at,
        status=record.status or 200,
        headers=dict(record.headers or {}),
    )


def _content_kind(page: Page, task_kind: str) -> str:
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


def link_translations(
    session: Session, article_id: int, language: str | None, alternates: Iterable[str]
) -> None:
    """Link nl/en variants of one announcement (hreflang): the non-English points at the English."""
    keys = [url_key(u) for u in alternates]
    if not keys:
        return
    others = (
        session.execute(
            select(m.Article)
            .join(m.Page, m.Page.id == m.Article.page_id)
            .where(m.Page.url_key.in_(keys), m.Article.id != article_id)
        )
        .scalars()
        .all()
    )
    this = session.get(m.Article, article_id)
    if this is None:
        return
    for other in others:
        if (language or "") != "en" and other.language == "en":
            this.translation_of_id = other.id
        elif language == "en" and (other.language or "") != "en":
            other.translation_of_id = this.id


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
) -> tuple[Extraction, int | None]:
    """Parse one stored page, extract what it says and upsert it; return the article id.

    ``extracted`` is the outcome of ``extract_page`` when it already ran (in a
    parse worker): an extraction, or the ParseError it raised. A duplicate
    (canonical URL or same content as another page) and a listing store no
    article (None). A page whose title or main heading says it does not
    exist is recorded as a soft 404 and raised as ``SoftNotFound``. A parser
    failure is recorded on the page's row and raised as ``ParseError`` (a
    crash as ``ParserCrashed``).
    """
    reason = not_found_reason(page.body)
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


def start_run(engine: Engine, names: Iterable[str]) -> int:
    """Create the crawl_runs row for a new run and return its id."""
    with Session(engine) as session, session.begin():
        run = m.CrawlRun(started_at=datetime.now(UTC), status="running", sources=", ".join(names))
        session.add(run)
        session.flush()
        return run.id


def finish_run(engine: Engine, report: CrawlReport, status: str) -> None:
    """Store the run's summary on its crawl_runs row."""
    with Session(engine) as session, session.begin():
        run = session.get(m.CrawlRun, report.run_id)
        if run is None:
            return
        run.finished_at = datetime.now(UTC)
        run.status = status
        run.pages_fetched = report.fetched
        run.pages_new = report.new
        run.pages_changed = report.changed
        run.pages_not_modified = report.not_modified
        run.robots_denied = report.robots_denied
        run.errors = sum(report.errors.values()) + report.parse_errors
        run.summary = report.summary()


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
    handler = PageHandler(
        engine,
        frontier,
        plans,
        report,
        report.run_id,
        max_links=settings.policy.max_links_per_page,
        progress=progress,
    )
    status = "failed"
    try:
        stats = run_event_loop(_crawl(settings, plans, frontier, handler))
        _merge_stats(report, stats, plans, handler)
        update_records(engine, report.run_id)
        status = "ok" if report.ok else "source_failed"
    finally:
        report.elapsed = time.monotonic() - started
        report.left_in_frontier = frontier.pending()
        report.leased_elsewhere = frontier.leased_elsewhere()
        finish_run(engine, report, status)
    return report


def run_event_loop(main: Coroutine[Any, Any, T]) -> T:
    """Run ``main`` on uvloop where it is installed (Linux, macOS), else on asyncio's own loop.

    uvloop's event loop and transports are written in C: about a tenth less
    CPU per page for the crawl process, which is what limits a fast crawl.
    """
    try:
        import uvloop
    except ImportError:
        return asyncio.run(main)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(main)


async def _crawl(
    settings: Settings,
    plans: Sequence[SourcePlan],
    frontier: DatabaseFrontier,
    handler: PageHandler,
) -> CrawlStats:
    workers = default_workers() if settings.parse_workers is None else settings.parse_workers
    async with build_client(settings.policy) as client, ParsePool(workers) as pool:
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
        handler.not_found_pages = await learn_not_found_pages(fetcher, starts)
        return await crawler.run(frontier, handler)


def _merge_stats(
    report: CrawlReport, stats: CrawlStats, plans: Sequence[SourcePlan], handler: PageHandler
) -> None:
    report.hosts_paused = sorted(stats.hosts_paused)
    # Errors the engine saw that never reached the handler (e.g. a handler crash).
    for kind in ("handler", "stopped"):
        if stats.errors_by_kind.get(kind):
            report.errors[kind] += stats.errors_by_kind[kind]
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
    with Session(engine) as session:
        rows = session.execute(
            select(m.Page.id, m.Source.name, m.Page.parser_version, m.Page.parsed_at)
            .join(m.Source, m.Source.id == m.Page.source_id)
            .join(m.PageBody, m.PageBody.page_id == m.Page.id)
            .order_by(m.Page.id)
        ).all()
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
            page = load_page(session, page_id)
            if page is None or _content_kind(page, "page") != "html":
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
                    page = load_page(session, page_id)
                if page is None or _content_kind(page, "page") != "html":
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
                extracted = _extract_here(page, parser)
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


def update_records(engine: Engine, run_id: int | None) -> None:
    """Rebuild the agreement records from the stored mentions (end of a run or a reparse).

    A crawl run's rebuild logs its new and changed records under ``run_id``
    (the run's digest); a reparse's does not.
    """
    for attempt in range(1, _REBUILD_ATTEMPTS + 1):
        try:
            with Session(engine) as session, session.begin():
                rebuild_records(session, run_id=run_id)
            return
        except (OperationalError, IntegrityError) as exc:
            # Another worker's page deleted a mention under us (a foreign key), or
            # PostgreSQL broke a deadlock with it: read the mentions again.
            if attempt == _REBUILD_ATTEMPTS:
                raise
            log.info("rebuilding agreement records again (%s)", type(exc.orig).__name__)


# A rebuild reads every mention while other workers may store pages: retried this often.
_REBUILD_ATTEMPTS = 3
