"""The HTTP client: the only module that imports httpx.

Everything else sees ``Client`` (an opaque type), ``open_get`` (one GET,
streamed) and ``TransportFailure`` (what went wrong on the wire, as a kind).
Redirects are never followed here: ``scraper.fetch`` follows them by hand so
scope, robots and address rules are checked on every hop.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx

from scraper.errors import ErrorKind
from scraper.policy import CrawlPolicy

Client = httpx.AsyncClient

# Origins whose idle connections a run keeps open (file descriptors, one or a
# few per origin): past this many, the least recently used idle origin's
# connections are closed.
MAX_ORIGINS = 512
# Seconds an idle connection is kept for reuse: httpx's own 5 s, or a host's
# delay between requests plus this margin, so a polite crawl (one request every
# DELAY seconds) reuses its connection instead of reconnecting every time. A
# server that closes an idle connection sooner is no risk: a connection the
# server has closed is seen as such and replaced before a request is sent on it.
DEFAULT_KEEPALIVE = 5.0
KEEPALIVE_MARGIN = 2.0


class TransportFailure(Exception):
    """A request failed below HTTP; ``kind`` says how (timeout, connect, network, decoding...)."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def keepalive_expiry(delays: Iterable[float]) -> float:
    """Seconds to keep an idle connection: at least 5, and the longest delay plus a margin."""
    return max([DEFAULT_KEEPALIVE, *(d + KEEPALIVE_MARGIN for d in delays if d > 0)])


def build_client(
    policy: CrawlPolicy,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    delays: Iterable[float] = (),
) -> httpx.AsyncClient:
    """One client per run: explicit timeouts and limits, our User-Agent, no auto-redirects.

    Connections are pooled per origin (``OriginPools``), ``policy.concurrency``
    at most to each; the throttle bounds requests in flight per host and overall.
    An idle connection is kept ``keepalive_expiry`` seconds: the sources' delays
    (``delays``, and ``policy.delay``) plus a margin, 5 at least.
    """
    if transport is None:
        limits = httpx.Limits(
            max_connections=policy.concurrency,
            max_keepalive_connections=policy.concurrency,
            keepalive_expiry=keepalive_expiry([policy.delay, *delays]),
        )
        transport = OriginPools(limits)
    return httpx.AsyncClient(
        headers={"User-Agent": policy.user_agent},
        follow_redirects=False,
        timeout=httpx.Timeout(
            connect=policy.connect_timeout,
            read=policy.read_timeout,
            write=policy.read_timeout,
            pool=policy.fetch_deadline,
        ),
        transport=transport,
        # Proxies and .netrc from the environment would change where requests
        # go behind the address checks' back; config enters only via settings.
        trust_env=False,
    )


class OriginPools(httpx.AsyncBaseTransport):
    """A connection pool of its own for every origin (scheme, host, port).

    One pool for all hosts keeps at most ``max_connections`` connections over
    all of them: a polite crawl of more hosts than that closed an idle
    connection of one host to open one to the next on nearly every request,
    and httpcore's pool walks all its connections (quadratically, for the idle
    count) on every request and every response closed. Here a host's
    connection stays open between its turns, and each pool holds only its own
    host's few connections. At most ``max_origins`` origins keep connections:
    past that, the least recently used origin with nothing in flight is closed.
    """

    def __init__(self, limits: httpx.Limits, *, max_origins: int = MAX_ORIGINS) -> None:
        self._limits = limits
        self._max_origins = max(1, max_origins)
        # One TLS context for every pool: building one loads the CA bundle.
        self._ssl_context = httpx.create_ssl_context(trust_env=False)
        # origin -> (its transport, responses in flight), least recently used first.
        self._pools: OrderedDict[tuple[bytes, bytes, int | None], _Pool] = OrderedDict()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` on its origin's pool; the response counts as in flight until closed."""
        url = request.url
        origin = (url.raw_scheme, url.raw_host, url.port)
        pool = self._pools.get(origin)
        if pool is None:
            await self._make_room()
            pool = self._pools[origin] = _Pool(
                httpx.AsyncHTTPTransport(
                    verify=self._ssl_context, limits=self._limits, trust_env=False
                )
            )
        else:
            self._pools.move_to_end(origin)
        pool.in_flight += 1
        try:
            response = await pool.transport.handle_async_request(request)
        except BaseException:
            pool.in_flight -= 1
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Counted(response.stream, pool.release)
        return response

    async def _make_room(self) -> None:
        """Close idle origins, least recently used first, until one more fits."""
        excess = len(self._pools) + 1 - self._max_origins
        if excess <= 0:
            return
        idle = [origin for origin, pool in self._pools.items() if not pool.in_flight][:excess]
        for origin in idle:
            await self._pools.pop(origin).transport.aclose()

    async def aclose(self) -> None:
        """Close every origin's connections."""
        pools, self._pools = list(self._pools.values()), OrderedDict()
        for pool in pools:
            await pool.transport.aclose()


@dataclass
class _Pool:
    transport: httpx.AsyncHTTPTransport
    in_flight: int = 0

    def release(self) -> None:
        self.in_flight -= 1


class _Counted(httpx.AsyncByteStream):
    """A response body that calls ``done`` once when it is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, done: Callable[[], None]) -> None:
        self._stream = stream
        self._done: Callable[[], None] | None = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if self._done is not None:
                self._done()
                self._done = None


@dataclass
class RawResponse:
    """Status and headers of a streamed response; read the body with ``chunks()``."""

    status: int
    headers: dict[str, str]
    _response: httpx.Response

    async def chunks(self) -> AsyncIterator[bytes]:
        """The body, decoded of Content-Encoding (gzip, deflate, br when installed)."""
        try:
            async for chunk in self._response.aiter_bytes():
                yield chunk
        except httpx.HTTPError as exc:
            raise _failure(exc) from exc


@asynccontextmanager
async def open_get(
    client: httpx.AsyncClient, url: str, headers: Mapping[str, str]
) -> AsyncIterator[RawResponse]:
    """Send one GET and yield its status and headers; the body is read on demand."""
    try:
        async with client.stream("GET", url, headers=dict(headers)) as response:
            # Repeated headers (rare for the ones we keep) are joined, as HTTP allows.
            merged: dict[str, str] = {}
            for name, value in response.headers.multi_items():
                name = name.lower()
                merged[name] = f"{merged[name]}, {value}" if name in merged else value
            yield RawResponse(response.status_code, merged, response)
    except httpx.HTTPError as exc:
        raise _failure(exc) from exc
    except httpx.InvalidURL as exc:
        raise TransportFailure(ErrorKind.INVALID_URL, str(exc)) from exc


def _failure(exc: httpx.HTTPError) -> TransportFailure:
    if isinstance(exc, httpx.TimeoutException):
        kind = ErrorKind.TIMEOUT
    elif isinstance(exc, httpx.ConnectError):
        kind = ErrorKind.CONNECT
    elif isinstance(exc, httpx.DecodingError):
        kind = ErrorKind.DECODING
    elif isinstance(exc, httpx.UnsupportedProtocol):
        kind = ErrorKind.BLOCKED
    else:
        kind = ErrorKind.NETWORK
    return TransportFailure(
        kind, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    )
