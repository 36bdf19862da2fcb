"""The HTTP client: the only module that imports httpx.

Everything else sees ``Client`` (an opaque type), ``open_get`` (one GET,
streamed) and ``TransportFailure`` (what went wrong on the wire, as a kind).
Redirects are never followed here: ``scraper.fetch`` follows them by hand so
scope, robots and address rules are checked on every hop.
"""

from __future__ import annotations

import functools
import select
import socket
import ssl
import time
import typing
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field

import httpcore
import httpx

from scraper.errors import ErrorKind
from scraper.policy import CrawlPolicy

Client = httpx.AsyncClient

# Origins whose idle connections a run keeps open (file descriptors, one or a
# few per origin): past this many, the least recently used idle origin's
# connections are closed.
MAX_ORIGINS = 512
# Seconds an idle connection is kept for reuse: httpx's own 5 s, or for a host
# with a delay between requests ``POLITE_KEEPALIVE`` or its delay plus this margin,
# so a polite crawl (one request every DELAY seconds or later) reuses its
# connection instead of reconnecting every time. A
# server that closes an idle connection sooner is no risk: a connection the
# server has closed is seen as such and replaced before a request is sent on it.
DEFAULT_KEEPALIVE = 5.0
KEEPALIVE_MARGIN = 2.0
# A polite host's idle connection is kept at least this long: its next turn can
# come well after its delay (a crawl with more hosts than its concurrency serves at
# their delay, a loaded machine). At load 10 on two cores the 200 hosts of
# bench/crawl/many_hosts.py (delay 1 s) came around every 6-11 s: with 5 s kept,
# 20-100 % of the requests opened a new connection, whose CPU slowed the crawl
# further. An idle connection costs a socket.
POLITE_KEEPALIVE = 30.0
# An origin's connections when the limits set none (httpx's default sets 100).
MAX_SLOTS = 100
# How often (at most, in seconds) the pools look for connections idle past their
# origin's keep-alive and close them: checked when a request is sent.
SWEEP_EVERY = 1.0
# The request extension through which ``open_get`` tells the pools how long its
# origin's idle connections are worth keeping (``keep_idle``).
_KEEP_IDLE = "campusnews.keep_idle"


class TransportFailure(Exception):
    """A request failed below HTTP; ``kind`` says how (timeout, connect, network, decoding...)."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def keepalive_expiry(delays: Iterable[float]) -> float:
    """Seconds to keep an idle connection: at least 5, with a delay at least
    ``POLITE_KEEPALIVE``, and the longest delay plus a margin."""
    polite = [d for d in delays if d > 0]
    if not polite:
        return DEFAULT_KEEPALIVE
    return max(DEFAULT_KEEPALIVE, POLITE_KEEPALIVE, *(d + KEEPALIVE_MARGIN for d in polite))


def build_client(
    policy: CrawlPolicy,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    delays: Iterable[float] = (),
) -> httpx.AsyncClient:
    """One client per run: explicit timeouts and limits, our User-Agent, no auto-redirects.

    Connections are pooled per origin (``OriginPools``), ``policy.concurrency``
    at most to each; the throttle bounds requests in flight per host and overall.
    An idle connection may be kept ``keepalive_expiry`` seconds of the longest
    gap a host of the run can have: the sources' delays (``delays``, and
    ``policy.delay``) or a robots.txt ``Crawl-delay`` (at most
    ``policy.max_crawl_delay``), plus a margin. Each origin's idle connections
    are closed sooner, after ``keepalive_expiry`` of its own gap (``open_get``'s
    ``keep_idle``), so a host that is done does not hold them for the run.
    """
    if transport is None:
        limits = httpx.Limits(
            max_connections=policy.concurrency,
            max_keepalive_connections=policy.concurrency,
            keepalive_expiry=keepalive_expiry([policy.delay, policy.max_crawl_delay, *delays]),
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
    """Connections of their own for every origin (scheme, host, port), one pool each.

    One pool for all hosts keeps at most ``max_connections`` connections over
    all of them: a polite crawl of more hosts than that closed an idle
    connection of one host to open one to the next on nearly every request.
    Here a host's connection stays open between its turns. Each of an
    origin's connections is a pool of one (``connection_slot``): httpcore's
    pool walks all its connections (quadratically, for the idle count, and
    polling each idle socket) on every request and every response closed,
    about a fifth of the HTTP client's CPU with 16 connections to one origin.
    The origin picks the slot itself (``_Origin.take``: the connection freed
    last, else a new one up to ``max_connections``), as it already counts what
    is in flight. At most ``max_origins`` origins keep connections: past that,
    the least recently used origin with nothing in flight is closed. A
    connection idle longer than its origin's keep-alive (the ``keep_idle`` of
    its last request, else the limits' ``keepalive_expiry``) is closed too,
    and an origin left with none is dropped, checked at most every
    ``sweep_every`` seconds when a request is sent: httpcore closes an expired
    connection only when its own pool is used again, which for a host that is
    done is never.

    Only public API on both sides: this is an ``httpx.AsyncBaseTransport``
    (``handle_async_request``, ``aclose``), and each slot an
    ``httpcore.AsyncConnectionPool`` on ``_Backend``. The request and response
    are carried across as httpx's own transport does, and httpcore's
    exceptions become httpx's of the same name (``_HTTPX_ERRORS``).
    """

    def __init__(
        self,
        limits: httpx.Limits,
        *,
        max_origins: int = MAX_ORIGINS,
        sweep_every: float = SWEEP_EVERY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = limits
        self._max_origins = max(1, max_origins)
        self._default_keep = (
            limits.keepalive_expiry if limits.keepalive_expiry is not None else DEFAULT_KEEPALIVE
        )
        self._sweep_every = sweep_every
        self._clock = clock
        self._next_sweep = clock() + sweep_every
        # One TLS context for every slot: building one loads the CA bundle.
        self._ssl_context = httpx.create_ssl_context(trust_env=False)
        self._backend = _Backend()
        # origin -> its slots and responses in flight, least recently used first.
        self._pools: OrderedDict[tuple[bytes, bytes, int | None], _Origin] = OrderedDict()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` on its origin's pool; the response counts as in flight until closed."""
        url = request.url
        origin = (url.raw_scheme, url.raw_host, url.port)
        now = self._clock()
        if now >= self._next_sweep:
            self._next_sweep = now + self._sweep_every
            await self._close_expired(now)
        pool = self._pools.get(origin)
        if pool is None:
            await self._make_room()
            pool = self._pools[origin] = _Origin(keep=self._default_keep, clock=self._clock)
        else:
            self._pools.move_to_end(origin)
        keep = request.extensions.get(_KEEP_IDLE)
        if keep is not None:
            pool.keep = min(float(keep), self._default_keep)
        assert isinstance(request.stream, httpx.AsyncByteStream)
        sent = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        slot = pool.take(self._new_slot, self._max_slots)
        try:
            with _httpx_errors():
                response = await slot.connections.handle_async_request(sent)
        except BaseException:
            pool.release(slot)
            raise
        assert isinstance(response.stream, typing.AsyncIterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream, functools.partial(pool.release, slot)),
            extensions=response.extensions,
        )

    def _new_slot(self) -> _Slot:
        return _Slot(connection_slot(self._ssl_context, self._limits, self._backend))

    async def _close_expired(self, now: float) -> None:
        """Close the connections idle past their origin's keep-alive; drop origins left empty."""
        closing: list[_Slot] = []
        for origin, pool in list(self._pools.items()):
            closing.extend(pool.expire(now))
            if not pool.slots and not pool.in_flight:
                del self._pools[origin]
        for slot in closing:
            await slot.connections.aclose()

    def open_origins(self) -> int:
        """How many origins hold a pool (connections open or kept) right now."""
        return len(self._pools)

    async def _make_room(self) -> None:
        """Close idle origins, least recently used first, until one more fits."""
        excess = len(self._pools) + 1 - self._max_origins
        if excess <= 0:
            return
        idle = [origin for origin, pool in self._pools.items() if not pool.in_flight][:excess]
        for origin in idle:
            for slot in self._pools.pop(origin).slots:
                await slot.connections.aclose()

    async def aclose(self) -> None:
        """Close every origin's connections."""
        pools, self._pools = list(self._pools.values()), OrderedDict()
        for pool in pools:
            for slot in pool.slots:
                await slot.connections.aclose()

    @property
    def _max_slots(self) -> int:
        return self._limits.max_connections or MAX_SLOTS


def connection_slot(
    ssl_context: ssl.SSLContext, limits: httpx.Limits, backend: httpcore.AsyncNetworkBackend
) -> httpcore.AsyncConnectionPool:
    """One connection of an origin: an httpcore pool of one, kept ``limits.keepalive_expiry``."""
    return httpcore.AsyncConnectionPool(
        ssl_context=ssl_context,
        max_connections=1,
        max_keepalive_connections=1,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=backend,
    )


# httpcore's exceptions and the public httpx exceptions of the same name, which
# httpx's own transport raises for them. An exception becomes the one its most
# specific class maps to (httpcore.ReadTimeout: httpx.ReadTimeout, not
# httpx.TimeoutException); a name missing on either side fails at import.
_HTTPX_ERRORS: Mapping[type[Exception], type[httpx.TransportError]] = {
    getattr(httpcore, name): getattr(httpx, name)
    for name in (
        "TimeoutException",
        "ConnectTimeout",
        "ReadTimeout",
        "WriteTimeout",
        "PoolTimeout",
        "NetworkError",
        "ConnectError",
        "ReadError",
        "WriteError",
        "ProxyError",
        "UnsupportedProtocol",
        "ProtocolError",
        "LocalProtocolError",
        "RemoteProtocolError",
    )
}


@contextmanager
def _httpx_errors() -> Iterator[None]:
    """Raise an httpcore exception from inside as httpx's of the same name (``_HTTPX_ERRORS``).

    An exception becomes the one its most specific class maps to, raised from
    the original; any other exception goes through as it is.
    """
    try:
        yield
    except Exception as exc:
        for cls in type(exc).__mro__:
            mapped = _HTTPX_ERRORS.get(cls)
            if mapped is not None:
                raise mapped(str(exc)) from exc
        raise


class _Backend(httpcore.AsyncNetworkBackend):
    """httpcore's AnyIO backend, its streams wrapped in ``_Stream``.

    httpcore's pool asks every idle connection whether its socket is readable
    (a server that closed it) on each request sent and each response closed;
    AnyIO's stream builds a dictionary of all its attributes to find the socket
    every time, which was about 3 % of the crawl process's own CPU.
    """

    def __init__(self) -> None:
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """A TCP connection, as AnyIO's backend opens it."""
        return _Stream(
            await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """A Unix socket connection, as AnyIO's backend opens it."""
        return _Stream(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        """Sleep as AnyIO's backend does."""
        await self._backend.sleep(seconds)


class _Stream(httpcore.AsyncNetworkStream):
    """A network stream that looks its socket up once, for ``is_readable``."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self._socket: socket.socket | None = stream.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read as the wrapped stream does."""
        return await self._stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Write as the wrapped stream does."""
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        """Close the wrapped stream."""
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """The TLS stream over this one, wrapped too."""
        return _Stream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        """``is_readable`` from the socket found when the stream opened; the rest as before."""
        if info == "is_readable":
            return _readable(self._socket)
        return self._stream.get_extra_info(info)


def _readable(sock: socket.socket | None) -> bool:
    """Whether ``sock`` has something to read (for an idle connection: the server closed it).

    A socket that is gone counts as readable, as httpcore counts it: the
    connection is dropped.
    """
    fd = -1 if sock is None else sock.fileno()
    if fd < 0:
        return True
    if not hasattr(select, "poll"):  # Windows: select() on the one socket, as httpcore does
        return bool(select.select([fd], [], [], 0)[0])
    poll = select.poll()
    poll.register(fd, select.POLLIN)
    return bool(poll.poll(0))


@dataclass(eq=False)
class _Slot:
    """One connection of an origin (a pool of one) and the requests on it."""

    connections: httpcore.AsyncConnectionPool
    in_flight: int = 0
    idle_since: float = 0.0


@dataclass(eq=False)
class _Origin:
    """An origin's connections, the ones with nothing in flight, and its requests in flight."""

    # Seconds the origin's idle connections are worth keeping.
    keep: float
    clock: Callable[[], float]
    slots: list[_Slot] = field(default_factory=list)
    # The slots with nothing in flight, in the order they were freed (idle longest first).
    free: list[_Slot] = field(default_factory=list)
    in_flight: int = 0

    def take(self, new_slot: Callable[[], _Slot], max_slots: int) -> _Slot:
        """The slot for one more request: the one freed last, else a new one, else the least busy.

        The connection freed last is the one most likely still open; one past
        ``max_slots`` waits in the least busy slot for its connection (httpcore's
        queue, with the pool timeout), as it waited in one pool of them all.
        """
        if self.free:
            slot = self.free.pop()
        elif len(self.slots) < max_slots:
            slot = new_slot()
            self.slots.append(slot)
        else:
            slot = min(self.slots, key=_busy)
        slot.in_flight += 1
        self.in_flight += 1
        return slot

    def release(self, slot: _Slot) -> None:
        """One request on ``slot`` is done (its response closed, or it failed)."""
        slot.in_flight -= 1
        self.in_flight -= 1
        if not slot.in_flight:
            slot.idle_since = self.clock()
            self.free.append(slot)

    def expire(self, now: float) -> list[_Slot]:
        """Take out (to close) the free slots idle past ``keep``."""
        expired = 0
        while expired < len(self.free) and now - self.free[expired].idle_since > self.keep:
            expired += 1
        if not expired:
            return []
        gone, self.free = self.free[:expired], self.free[expired:]
        self.slots = [slot for slot in self.slots if slot not in gone]
        return gone


def _busy(slot: _Slot) -> int:
    return slot.in_flight


class _Body(httpx.AsyncByteStream):
    """An httpcore response body: its errors as httpx's, and ``done`` called once when closed."""

    def __init__(self, stream: typing.AsyncIterable[bytes], done: Callable[[], None]) -> None:
        self._stream = stream
        self._done: Callable[[], None] | None = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors():
            async for chunk in self._stream:
                yield chunk

    async def aclose(self) -> None:
        try:
            close = getattr(self._stream, "aclose", None)
            if close is not None:
                await close()
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
    client: httpx.AsyncClient,
    url: str,
    headers: Mapping[str, str],
    *,
    keep_idle: float | None = None,
) -> AsyncIterator[RawResponse]:
    """Send one GET and yield its status and headers; the body is read on demand.

    ``keep_idle``: seconds the origin's connection is worth keeping once idle
    (``keepalive_expiry`` of the host's delay); ``OriginPools`` closes it after.
    """
    extensions = {_KEEP_IDLE: keep_idle} if keep_idle is not None else None
    try:
        async with client.stream(
            "GET", url, headers=dict(headers), extensions=extensions
        ) as response:
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
