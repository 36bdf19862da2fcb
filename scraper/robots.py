"""robots.txt per RFC 9309, fetched once per origin per run and cached.

Status rules (RFC 9309 section 2.3.1):

* 2xx: parse the file (first ``robots_max_bytes``, utf-8-sig, bad bytes ignored);
* 3xx: followed by the fetcher, up to ``robots_max_redirects`` hops;
* 4xx: "unavailable", everything is allowed; except 429, which says the
  server is overloaded and is treated like 5xx (as Google does);
* 5xx, network errors, refused addresses: "unreachable", nothing on the
  origin is fetched for the rest of the run.

Rules are matched for our product token ``campusnews`` (protego falls back to ``*``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from scraper.errors import ErrorKind
from scraper.models import FetchResult
from scraper.policy import PRODUCT_TOKEN, SourceScope

log = logging.getLogger(__name__)

RobotsFetch = Callable[[str, SourceScope], Awaitable[FetchResult]]
"""Fetches a robots.txt URL under the fetcher's rules (addresses, throttle, redirects)."""


@dataclass(frozen=True)
class RobotsRules:
    """What one origin's robots.txt says; ``parser`` is None when allow/deny is blanket."""

    allow_all: bool = False
    parser: Protego | None = None
    crawl_delay: float | None = None
    sitemaps: tuple[str, ...] = ()
    reason: str = ""
    # robots.txt could not be read (5xx, network, refused address): everything
    # is disallowed, but as a failure of the site, not as its wish.
    unreachable: bool = False

    def allows(self, url: str) -> bool:
        """May our product token fetch ``url``?"""
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, PRODUCT_TOKEN))


def origin_of(url: str) -> str:
    """``scheme://host[:port]``, lower-case: the unit robots.txt applies to."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def parse_robots(body: bytes, *, max_crawl_delay: float, origin: str = "") -> RobotsRules:
    """Rules from a robots.txt body; ``Crawl-delay`` is capped at ``max_crawl_delay``."""
    text = body.decode("utf-8-sig", errors="ignore")
    parser = Protego.parse(text)
    delay = parser.crawl_delay(PRODUCT_TOKEN)
    if delay is not None:
        delay = float(delay)
        if delay > max_crawl_delay:
            log.info(
                "robots.txt of %s asks Crawl-delay %.0f s; capped at %.0f s",
                origin,
                delay,
                max_crawl_delay,
            )
            delay = max_crawl_delay
    return RobotsRules(parser=parser, crawl_delay=delay, sitemaps=tuple(parser.sitemaps))


class RobotsCache:
    """robots.txt rules per origin, loaded on first use and kept for the run."""

    def __init__(self, fetch: RobotsFetch, *, max_crawl_delay: float = 30.0) -> None:
        self._fetch = fetch
        self._max_crawl_delay = max_crawl_delay
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def rules(self, url: str, scope: SourceScope) -> RobotsRules:
        """The rules for ``url``'s origin, fetching robots.txt the first time."""
        origin = origin_of(url)
        if origin in self._rules:
            return self._rules[origin]
        # One fetch per origin even when many tasks for it start together.
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:
            if origin not in self._rules:
                self._rules[origin] = await self._load(origin, scope)
        return self._rules[origin]

    async def allowed(self, url: str, scope: SourceScope) -> bool:
        """May ``url`` be fetched? Loads the origin's robots.txt if needed."""
        return (await self.rules(url, scope)).allows(url)

    def crawl_delay(self, host: str) -> float | None:
        """The capped ``Crawl-delay`` for a loaded origin (a URL, or ``host[:port]``)."""
        rules = self._loaded(host)
        return rules.crawl_delay if rules else None

    def sitemaps(self, host: str) -> tuple[str, ...]:
        """The ``Sitemap:`` URLs of a loaded origin (a URL, or ``host[:port]``)."""
        rules = self._loaded(host)
        return rules.sitemaps if rules else ()

    def _loaded(self, host: str) -> RobotsRules | None:
        if "://" in host:
            return self._rules.get(origin_of(host))
        for scheme in ("https", "http"):
            rules = self._rules.get(f"{scheme}://{host.lower()}")
            if rules is not None:
                return rules
        return None

    async def _load(self, origin: str, scope: SourceScope) -> RobotsRules:
        result = await self._fetch(f"{origin}/robots.txt", scope)
        status = result.status
        if result.error_kind in (None, ErrorKind.TOO_LARGE) and status is not None and status < 300:
            return parse_robots(result.body, max_crawl_delay=self._max_crawl_delay, origin=origin)
        if result.error_kind in (ErrorKind.TOO_MANY_REDIRECTS, ErrorKind.REDIRECT_LOOP) or (
            status is not None and 400 <= status < 500 and status != 429
        ):
            log.debug("robots.txt of %s unavailable (%s): allow all", origin, status)
            return RobotsRules(allow_all=True, reason=f"unavailable: {status}")
        reason = result.error or f"status {status}"
        # Info, not a warning: the run's summary counts every URL it kept from
        # being fetched, and a source that fetched nothing fails the run.
        log.info("robots.txt of %s unreachable (%s): skipping the origin this run", origin, reason)
        reason = f"robots.txt of {origin} unreachable: {reason}"
        return RobotsRules(allow_all=False, reason=reason, unreachable=True)
