"""The contract every source parser fulfils.

A source knows how to read one site's pages. It never does I/O and never
reads the clock: "now" is ``page.fetched_at``. See docs/adding-a-source.md.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from scraper.models import Page, ParsedArticle


@runtime_checkable
class Source(Protocol):
    """A parser for one site (or, for ``generic``, any site).

    Attributes:
        name: unique key, stored on every page row.
        hosts: hosts this source covers; used to pick a parser for an ad-hoc URL
            and as the crawl's allow-list.
        start_urls: where a crawl of this source begins (news listing, feed, sitemap).
        version: bump when parsing changes, so ``reparse --outdated`` picks pages up.
        languages: expected page languages, most likely first (``en``, ``nl``).
        date_order: how to read ambiguous numeric dates: ``DMY`` or ``MDY``.
        url_pattern: regex: which URLs on ``hosts`` this source parses when a
            crawl is planned for an ad-hoc URL (None: all of them). Optional for
            authors: the registry sets None on a source that leaves it out.
    """

    name: str
    hosts: tuple[str, ...]
    start_urls: tuple[str, ...]
    version: int
    languages: tuple[str, ...]
    date_order: str
    url_pattern: str | None

    def parse(self, page: Page) -> ParsedArticle:
        """Turn a stored page into an article (or a listing with its links)."""
        ...
