"""The crawl engine's view of the frontier: where URLs wait to be fetched.

The engine in ``scraper.crawler`` only talks to this protocol; the pipeline
provides a database-backed implementation (``pipeline.store.frontier``) so a crawl
survives ``kill -9`` and several workers can share one frontier.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

URLKind = Literal["page", "listing", "index", "sitemap", "feed"]
"""``index``: the first page of a listing found by a link (a faculty's news
index), revisited every run like a start URL."""


@dataclass(frozen=True, slots=True)
class NewURL:
    """A URL discovered (or seeded) for a source."""

    url: str
    source: str
    kind: URLKind = "page"
    depth: int = 0


@dataclass(frozen=True, slots=True)
class CrawlTask:
    """A leased URL: fetch it, then report the outcome back to the frontier.

    ``etag`` and ``last_modified`` come from the page stored by an earlier
    fetch, for a conditional request.
    """

    id: int
    url: str
    url_key: str
    source: str
    kind: URLKind
    depth: int
    attempts: int = 0
    etag: str | None = None
    last_modified: str | None = None


class Frontier(Protocol):
    """Where the engine gets work and reports outcomes. Implementations commit as they go."""

    def add(self, urls: Iterable[NewURL]) -> int:
        """Queue URLs not seen before (by normalised key); return how many were new."""
        ...

    def lease(
        self,
        limit: int,
        *,
        skip_hosts: frozenset[str] = frozenset(),
        max_per_host: int | None = None,
    ) -> list[CrawlTask]:
        """Take up to ``limit`` URLs that are due, marking them leased to this worker.

        URLs of ``skip_hosts`` (hosts whose page budget this run has spent, or
        that have enough leased already) stay queued; at most ``max_per_host``
        URLs of one host are taken (None: no cap).
        """
        ...

    def complete(self, task: CrawlTask) -> None:
        """The URL was handled (stored, or recorded with its error)."""
        ...

    def retry_later(self, task: CrawlTask, when: datetime, error: str) -> None:
        """Give the URL back to be tried again at ``when`` (also in a later run)."""
        ...

    def fail(self, task: CrawlTask, error: str) -> None:
        """The URL failed for good in this run."""
        ...
