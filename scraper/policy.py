"""How politely and how far a crawl goes: one frozen object, built once per run.

``CrawlPolicy`` holds the global limits; ``SourceScope`` says which hosts one
source may touch and may override a few per-source limits. Nothing here reads
the environment: ``pipeline.settings`` builds these from the config file.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

PRODUCT_TOKEN = "campusnews"
"""Our robots.txt product token: the name sites use in ``User-agent:`` lines."""

VERSION = "0.1"
DEFAULT_CONTACT = "https://github.com/campusnews/campusnews"


def user_agent(contact_url: str) -> str:
    """The User-Agent header: product token, version and a contact URL for site owners.

    >>> user_agent("https://example.org/about")
    'campusnews/0.1 (+https://example.org/about)'
    """
    return f"{PRODUCT_TOKEN}/{VERSION} (+{contact_url})"


DEFAULT_USER_AGENT = user_agent(DEFAULT_CONTACT)


@dataclass(frozen=True)
class CrawlPolicy:
    """Global crawl limits. Times are seconds, sizes bytes.

    Attributes:
        user_agent: sent on every request; build it with ``user_agent(contact_url)``.
        concurrency: requests in flight at once, over all hosts.
        per_host: requests in flight at once to one host.
        delay: minimum time between request starts to one host, and from the
            end of one request to the start of the next (robots
            ``Crawl-delay`` raises it, never lowers it).
        max_crawl_delay: cap on a robots ``Crawl-delay``.
        connect_timeout / read_timeout: per-phase timeouts of one request.
        fetch_deadline: hard limit on one request (connect, headers and body),
            so a server dripping bytes cannot hold a worker.
        max_body_bytes: limit on the decoded body.
        max_redirects: redirects followed by hand, each hop re-checked.
        max_attempts: attempts per URL in one run for retryable failures.
        backoff_base: first retry waits about this long, doubling each time.
        retry_after_cap: a longer ``Retry-After`` defers the URL to a later run.
        breaker_threshold: consecutive failures that pause a host for the run.
        max_depth: links deeper than this from a start URL are not queued.
        max_pages_per_host: fetches per host in one run.
        max_links_per_page: URLs taken from one HTML page (sitemaps and feeds are
            read to the sitemap protocol's limits, ``scraper.discover.SITEMAP_MAX_*``).
        max_url_length: longer URLs are refused.
        robots_max_bytes: robots.txt is read up to this size (RFC 9309 asks for 500 KiB).
        max_runtime: stop leasing after this many seconds (None: no limit).
        allow_private_hosts: hosts that may resolve to private addresses in any scope.
        requeue_after: tasks this run will not fetch (paused host, page cap) are
            put back in the frontier due this far ahead, so this run does not
            lease them again.
        shutdown_grace: at ``max_runtime``, in-flight fetches get this long to end.
        robots_max_redirects: redirects followed for robots.txt (RFC 9309: at least 5).
    """

    user_agent: str = DEFAULT_USER_AGENT
    concurrency: int = 16
    per_host: int = 1
    delay: float = 1.0
    max_crawl_delay: float = 30.0
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    fetch_deadline: float = 60.0
    max_body_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 10
    max_attempts: int = 3
    backoff_base: float = 1.0
    retry_after_cap: float = 300.0
    breaker_threshold: int = 5
    max_depth: int = 10
    max_pages_per_host: int = 10000
    max_links_per_page: int = 500
    max_url_length: int = 2048
    robots_max_bytes: int = 500 * 1024
    max_runtime: float | None = None
    allow_private_hosts: frozenset[str] = frozenset()
    requeue_after: float = 900.0
    shutdown_grace: float = 5.0
    robots_max_redirects: int = 5

    def for_scope(self, scope: SourceScope) -> CrawlPolicy:
        """This policy with the scope's per-source overrides applied."""
        changes = {
            name: getattr(scope, name) for name in OVERRIDABLE if getattr(scope, name) is not None
        }
        return dataclasses.replace(self, **changes) if changes else self

    def private_ok(self, url: str, scope: SourceScope) -> bool:
        """May ``url``'s host resolve to a loopback/private address under this scope?"""
        # Imported here: settings build a CrawlPolicy for every command, and
        # scraper.urls loads w3lib (0.1 s), which only crawling commands need.
        from scraper.urls import host_of

        if host_of(url) in self.allow_private_hosts:
            return True
        return scope.allow_private and scope.covers(url)


@dataclass(frozen=True)
class SourceScope:
    """The hosts one source may fetch from, and its per-source limits (None: global).

    ``allow_private`` lets the scope's own hosts resolve to private addresses
    (an intranet site, or a test server on 127.0.0.1); other hosts never may.
    Hosts are compared lower-case, IDNA, without port; ``*.example.org`` matches subdomains.
    """

    name: str
    hosts: frozenset[str] = field(default_factory=frozenset)
    allow_private: bool = False
    # Per-source limits: each field below is a CrawlPolicy field of the same
    # name, and becomes a [sources.NAME] config key (see OVERRIDABLE).
    delay: float | None = None
    per_host: int | None = None
    max_pages_per_host: int | None = None
    max_depth: int | None = None

    def __post_init__(self) -> None:
        # Config may give hosts in any case or as a list; normalise once here.
        object.__setattr__(self, "hosts", frozenset(h.lower() for h in self.hosts))

    def covers(self, url: str) -> bool:
        """Is ``url`` http(s) on one of this source's hosts (``*.example.org`` patterns too)?"""
        from scraper.urls import in_scope

        return in_scope(url, self.hosts)


_SCOPE_ONLY = ("name", "hosts", "allow_private")
OVERRIDABLE: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(SourceScope) if f.name not in _SCOPE_ONLY
)
"""The per-source limits: ``SourceScope``'s own limit fields, each a ``CrawlPolicy`` field.

The one list of them: ``pipeline.settings`` accepts exactly these as
``[sources.NAME]`` keys, and :meth:`CrawlPolicy.for_scope` applies them.
"""
