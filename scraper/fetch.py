"""One polite, bounded fetch of one URL: ``Fetcher.fetch`` never raises for network trouble.

For every hop (the URL and each redirect target) the fetcher checks, in
order: scheme and length, scope (the source's hosts), the resolved addresses
(``scraper.addresses``), and robots.txt (``scraper.robots``, loaded through
this same fetcher); then it waits for a politeness slot (``scraper.throttle``)
and sends one GET under a hard deadline, reading at most ``max_body_bytes``
of decoded body. Anything that goes wrong comes back as ``error_kind``.
Retries are the crawl engine's job (``scraper.crawler``), not this module's.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urldefrag, urljoin

from scraper import http
from scraper.addresses import Resolver, check_address, check_scheme, system_resolve
from scraper.errors import BlockedURL, ErrorKind
from scraper.models import KEPT_HEADERS, FetchResult
from scraper.policy import CrawlPolicy, SourceScope
from scraper.robots import RobotsCache
from scraper.throttle import HostClosed, Throttle

log = logging.getLogger(__name__)

# Bodies of these media types are read for parsing; anything else (PDF,
# images, office files) is recorded with its status but not downloaded.
# A missing Content-Type is read too: parsers sniff, and sitemaps are often untyped.
READABLE_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "application/rss+xml",
    "application/atom+xml",
    "text/xml",
    "application/xml",
    "application/x-gzip",  # .xml.gz sitemaps, kept compressed
    "application/gzip",
)
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
# Seconds a host's resolved addresses are reused for the address check.
RESOLVE_TTL = 60.0


class CachedResolver:
    """A resolver that asks the wrapped one once per host and port every ``ttl`` seconds.

    The address check runs before every request: without a cache, a crawl of
    200 hosts at one request a second each asks the system resolver (a thread
    and, with no local cache, a DNS query) 200 times a second for the same few
    names. Failures are not cached: the next request asks again.
    """

    def __init__(
        self,
        resolve: Resolver,
        *,
        ttl: float = RESOLVE_TTL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._resolve = resolve
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[tuple[str, int], tuple[float, list[str]]] = {}

    async def __call__(self, host: str, port: int) -> list[str]:
        """The addresses of ``host``, from the cache while they are fresh."""
        key = (host, port)
        hit = self._cache.get(key)
        now = self._clock()
        if hit is not None and hit[0] > now:
            return list(hit[1])
        addresses = await self._resolve(host, port)
        self._cache[key] = (now + self._ttl, list(addresses))
        return addresses


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP-date), or None.

    >>> parse_retry_after("120", datetime(2026, 1, 1, tzinfo=UTC))
    120.0
    >>> parse_retry_after("Thu, 01 Jan 2026 00:01:00 GMT", datetime(2026, 1, 1, tzinfo=UTC))
    60.0
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


@dataclass
class _Hop:
    """One request's outcome, before redirect handling."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error_kind: ErrorKind | None = None
    error: str | None = None


class Fetcher:
    """Fetches URLs under one ``CrawlPolicy``; shares robots cache and throttle across calls.

    ``obey_robots=False`` is for tools that fetch a single page a person asked
    for; the crawl always obeys robots.txt.
    """

    def __init__(
        self,
        policy: CrawlPolicy,
        client: http.Client,
        *,
        throttle: Throttle | None = None,
        obey_robots: bool = True,
        resolve: Resolver = system_resolve,
    ) -> None:
        self.policy = policy
        self.client = client
        self.throttle = throttle or Throttle(policy.concurrency)
        self.robots: RobotsCache | None = (
            RobotsCache(self._fetch_robots, max_crawl_delay=policy.max_crawl_delay)
            if obey_robots
            else None
        )
        self._resolve: Resolver = CachedResolver(resolve)

    async def fetch(
        self,
        url: str,
        *,
        scope: SourceScope,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """Fetch ``url`` for the source ``scope``; conditional when validators are given.

        ``max_bytes`` replaces the policy's ``max_body_bytes`` (a sitemap may hold 50 MiB).
        """
        conditional = {}
        # Stored validators came from response headers; a non-ASCII one is
        # corrupt and cannot be sent, so the request is simply unconditional.
        if etag and etag.isascii():
            conditional["If-None-Match"] = etag
        if last_modified and last_modified.isascii():
            conditional["If-Modified-Since"] = last_modified
        return await self._fetch(
            url,
            scope,
            conditional=conditional,
            max_redirects=self.policy.max_redirects,
            max_bytes=self.policy.max_body_bytes if max_bytes is None else max_bytes,
            robots_file=False,
        )

    async def _fetch_robots(self, url: str, scope: SourceScope) -> FetchResult:
        # robots.txt may redirect to another host (www., https): RFC 9309 says
        # follow it, so scope is not checked; addresses and throttle still are.
        return await self._fetch(
            url,
            scope,
            conditional={},
            max_redirects=self.policy.robots_max_redirects,
            max_bytes=self.policy.robots_max_bytes,
            robots_file=True,
        )

    async def _fetch(
        self,
        url: str,
        scope: SourceScope,
        *,
        conditional: dict[str, str],
        max_redirects: int,
        max_bytes: int,
        robots_file: bool,
    ) -> FetchResult:
        current = url
        redirects: list[str] = []
        # Loops are judged on exact URLs, not url_key: servers that bounce
        # /a -> /a;jsessionid=... (setting a cookie) differ only in what
        # url_key strips, and the second hop then works.
        seen = {urldefrag(url).url}
        headers = conditional
        while True:
            refusal = await self._refusal(current, scope, robots_file=robots_file)
            if refusal is not None:
                kind, message = refusal
                return self._result(url, current, _Hop(error_kind=kind, error=message), redirects)
            hop = await self._request(current, scope, headers, max_bytes, robots_file=robots_file)
            location = hop.headers.get("location")
            if hop.error_kind is None and hop.status in REDIRECT_STATUSES and not location:
                hop.error_kind, hop.error = (
                    ErrorKind.HTTP_STATUS,
                    f"HTTP {hop.status} without Location",
                )
            if hop.error_kind is not None or hop.status not in REDIRECT_STATUSES or not location:
                return self._result(url, current, hop, redirects)
            target = urljoin(current, location.strip())
            if len(redirects) >= max_redirects:
                hop.error_kind, hop.error = (
                    ErrorKind.TOO_MANY_REDIRECTS,
                    f"more than {max_redirects}",
                )
                return self._result(url, current, hop, redirects)
            key = urldefrag(target).url
            if key in seen:
                hop.error_kind, hop.error = ErrorKind.REDIRECT_LOOP, f"{current} -> {target}"
                return self._result(url, current, hop, redirects)
            seen.add(key)
            redirects.append(target)
            current = target
            # Validators belong to the URL they were stored for, not its redirect target.
            headers = {}

    async def _refusal(
        self, url: str, scope: SourceScope, *, robots_file: bool
    ) -> tuple[ErrorKind, str] | None:
        """Why ``url`` must not be requested, as (error_kind, message), or None."""
        try:
            host, _port = check_scheme(url)
        except BlockedURL as exc:
            return ErrorKind.BLOCKED, str(exc)
        if len(url) > self.policy.max_url_length:
            return ErrorKind.BLOCKED, f"URL longer than {self.policy.max_url_length} characters"
        if not robots_file and not scope.covers(url):
            return ErrorKind.BLOCKED, f"{host} is outside the scope of {scope.name}"
        try:
            await check_address(
                url, private_ok=self.policy.private_ok(url, scope), resolve=self._resolve
            )
        except BlockedURL as exc:
            return ErrorKind.BLOCKED, str(exc)
        except OSError as exc:
            # EAI_AGAIN is a resolver hiccup worth retrying; NXDOMAIN is not.
            kind = (
                ErrorKind.CONNECT
                if getattr(exc, "errno", None) == socket.EAI_AGAIN
                else ErrorKind.DNS
            )
            return kind, f"cannot resolve {host}: {exc}"
        if robots_file or self.robots is None:
            return None
        rules = await self.robots.rules(url, scope)
        if rules.crawl_delay:
            self.throttle.set_crawl_delay(host, rules.crawl_delay)
        if not rules.allows(url):
            if rules.unreachable:
                return ErrorKind.ROBOTS_UNREACHABLE, rules.reason
            return ErrorKind.ROBOTS, rules.reason or "disallowed by robots.txt"
        return None

    async def _request(
        self,
        url: str,
        scope: SourceScope,
        headers: dict[str, str],
        max_bytes: int,
        *,
        robots_file: bool,
    ) -> _Hop:
        policy = self.policy.for_scope(scope)
        host, _port = check_scheme(url)
        hop = _Hop()
        try:
            async with self.throttle.slot(host, delay=policy.delay, per_host=policy.per_host):
                # The host's idle connection is worth keeping until its next turn.
                keep = http.keepalive_expiry([self.throttle.gap(host, policy.delay)])
                await self._send(
                    url, headers, max_bytes, policy.fetch_deadline, hop, robots_file, keep
                )
        except HostClosed:
            hop.error_kind, hop.error = (
                ErrorKind.PAUSED,
                f"requests to {host} are paused for this run",
            )
        return hop

    async def _send(
        self,
        url: str,
        headers: dict[str, str],
        max_bytes: int,
        deadline: float,
        hop: _Hop,
        robots_file: bool,
        keep_idle: float,
    ) -> None:
        """One GET under the hard deadline; fills in ``hop``."""
        try:
            # One hard deadline over connect, headers and body: per-phase
            # timeouts alone let a server drip a byte a second forever.
            async with asyncio.timeout(deadline):
                async with http.open_get(
                    self.client, url, headers, keep_idle=keep_idle
                ) as response:
                    hop.status = response.status
                    hop.headers = {k: v for k, v in response.headers.items() if k in KEPT_HEADERS}
                    if not _wants_body(hop, response.headers, robots_file=robots_file):
                        return
                    declared = response.headers.get("content-length", "")
                    encoded = response.headers.get("content-encoding", "identity")
                    # Content-Length counts encoded bytes: only trust it uncompressed.
                    if (
                        not robots_file
                        and encoded.strip().lower() == "identity"
                        and declared.isdigit()
                        and int(declared) > max_bytes
                    ):
                        hop.error_kind = ErrorKind.TOO_LARGE
                        hop.error = f"Content-Length {declared} > {max_bytes}"
                        return
                    hop.body = await _read_limited(
                        response, max_bytes, truncate=robots_file, hop=hop
                    )
        except TimeoutError:
            hop.body = b""
            hop.error_kind, hop.error = ErrorKind.DEADLINE, f"not done within {deadline} s"
        except http.TransportFailure as exc:
            hop.body = b""
            hop.error_kind, hop.error = exc.kind, str(exc)

    def _result(self, url: str, final_url: str, hop: _Hop, redirects: list[str]) -> FetchResult:
        now = datetime.now(UTC)
        if hop.error_kind is not None:
            log.debug("fetch %s: %s (%s)", final_url, hop.error_kind, hop.error)
        return FetchResult(
            url=url,
            final_url=final_url,
            status=hop.status,
            headers=hop.headers,
            body=hop.body if hop.error_kind is None else b"",
            fetched_at=now,
            not_modified=hop.status == 304 and hop.error_kind is None,
            error_kind=hop.error_kind,
            error=hop.error,
            redirects=tuple(redirects),
            retry_after=parse_retry_after(hop.headers.get("retry-after"), now),
        )


def _wants_body(hop: _Hop, headers: dict[str, str], *, robots_file: bool) -> bool:
    """Decide from status and type whether to read the body; sets the hop's error if not."""
    status = hop.status or 0
    if status == 304 or status in REDIRECT_STATUSES:
        return False
    if not 200 <= status < 300:
        hop.error_kind, hop.error = ErrorKind.HTTP_STATUS, f"HTTP {status}"
        return False
    if robots_file:
        # robots.txt is often served as text/html or octet-stream; read it anyway.
        return True
    media = headers.get("content-type", "").split(";")[0].strip().lower()
    if media and media not in READABLE_TYPES:
        hop.error_kind, hop.error = ErrorKind.UNSUPPORTED_TYPE, f"content-type {media}"
        return False
    return True


async def _read_limited(
    response: http.RawResponse, max_bytes: int, *, truncate: bool, hop: _Hop
) -> bytes:
    """Read decoded chunks up to ``max_bytes``; stop early so a gzip bomb never inflates."""
    parts: list[bytes] = []
    size = 0
    async for chunk in response.chunks():
        parts.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            if truncate:
                return b"".join(parts)[:max_bytes]
            hop.error_kind, hop.error = ErrorKind.TOO_LARGE, f"decoded body over {max_bytes} bytes"
            return b""
    return b"".join(parts)
