"""Connection pools per origin (scraper.http.OriginPools) against real servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import select
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpcore
import httpx
import pytest

from scraper.errors import ErrorKind
from scraper.fetch import Fetcher
from scraper.http import (
    _HTTPX_ERRORS,
    DEFAULT_KEEPALIVE,
    KEEPALIVE_MARGIN,
    POLITE_KEEPALIVE,
    OriginPools,
    TransportFailure,
    _Backend,
    _httpx_errors,
    build_client,
    connection_slot,
    keepalive_expiry,
    open_get,
)
from scraper.policy import CrawlPolicy, SourceScope


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # The client port of every request: one port per connection the client opened.
    ports: list[int]
    # The client port of every connection the client closed.
    closed: list[int]
    robots: str = ""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive

    def do_GET(self) -> None:  # noqa: N802 - the http.server hook's name
        server = self.server
        assert isinstance(server, _Server)
        server.ports.append(self.client_address[1])
        body = f"{self.path} from {server.server_address[1]}".encode()
        if self.path == "/robots.txt":
            body = server.robots.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")  # a type the fetcher reads
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def finish(self) -> None:
        super().finish()
        server = self.server
        assert isinstance(server, _Server)
        server.closed.append(self.client_address[1])

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def servers() -> Iterator[list[_Server]]:
    """Two keep-alive HTTP servers: two origins (same host, different ports)."""
    started = []
    for _ in range(2):
        server = _Server(("127.0.0.1", 0), _Handler)
        server.ports, server.closed = [], []
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started.append(server)
    yield started
    for server in started:
        server.shutdown()
        server.server_close()


def _url(server: _Server, path: str) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


async def _get(client: httpx.AsyncClient, url: str) -> bytes:
    async with open_get(client, url, {}) as response:
        return b"".join([chunk async for chunk in response.chunks()])


def test_each_origin_keeps_its_connection_between_turns(servers: list[_Server]) -> None:
    # One connection overall (concurrency 1) used to mean one shared pool slot: taking
    # turns between two hosts closed and reopened a connection on every request.
    policy = CrawlPolicy(concurrency=1)

    async def go() -> list[bytes]:
        async with build_client(policy) as client:
            return [await _get(client, _url(servers[k % 2], f"/{k}")) for k in range(6)]

    bodies = asyncio.run(go())
    assert bodies[1] == f"/1 from {servers[1].server_address[1]}".encode()
    for server in servers:
        assert len(server.ports) == 3
        assert len(set(server.ports)) == 1, server.ports


def test_least_recently_used_idle_origin_is_closed_past_the_cap(servers: list[_Server]) -> None:
    first, second = servers

    async def go() -> list[bytes]:
        pools = OriginPools(httpx.Limits(max_connections=4), max_origins=1)
        async with httpx.AsyncClient(transport=pools) as client:
            return [
                await _get(client, _url(first, "/a")),
                await _get(client, _url(second, "/b")),
                await _get(client, _url(first, "/c")),
            ]

    bodies = asyncio.run(go())
    assert bodies[2] == f"/c from {first.server_address[1]}".encode()
    # The first origin's connection was closed when the second came: a new one for /c.
    assert len(set(first.ports)) == 2


def test_an_origin_with_a_response_in_flight_is_not_closed(servers: list[_Server]) -> None:
    first, second = servers

    async def go() -> tuple[bytes, bytes]:
        pools = OriginPools(httpx.Limits(max_connections=4), max_origins=1)
        async with httpx.AsyncClient(transport=pools) as client:
            async with open_get(client, _url(first, "/slow"), {}) as response:
                # The body of /slow is still unread while another origin needs room.
                other = await _get(client, _url(second, "/other"))
                body = b"".join([chunk async for chunk in response.chunks()])
            return body, other

    body, other = asyncio.run(go())
    assert body == f"/slow from {first.server_address[1]}".encode()
    assert other == f"/other from {second.server_address[1]}".encode()


def test_an_origin_opens_no_more_connections_than_its_limit(servers: list[_Server]) -> None:
    # Each connection is a slot of its own: two responses held open take both slots,
    # a third request waits for one (it is not sent on a third connection), and the
    # requests after them go on the connection freed last.
    server = servers[0]

    async def go() -> list[bytes]:
        pools = OriginPools(httpx.Limits(max_connections=2))
        async with httpx.AsyncClient(transport=pools) as client:
            async with (
                open_get(client, _url(server, "/one"), {}) as one,
                open_get(client, _url(server, "/two"), {}) as two,
            ):
                third = asyncio.create_task(_get(client, _url(server, "/three")))
                await asyncio.sleep(0.2)
                assert not third.done()
                bodies = [b"".join([c async for c in r.chunks()]) for r in (one, two)]
            bodies.append(await third)
            bodies += [await _get(client, _url(server, f"/after{k}")) for k in range(3)]
            return bodies

    bodies = asyncio.run(go())
    assert [b.split()[0] for b in bodies] == [
        b"/one",
        b"/two",
        b"/three",
        b"/after0",
        b"/after1",
        b"/after2",
    ]
    assert len(set(server.ports)) == 2, server.ports
    # One connection served every request after the two held ones were closed.
    assert len(set(server.ports[-3:])) == 1, server.ports


def test_a_busy_origins_spare_connection_is_closed_once_idle_past_its_keep_alive(
    servers: list[_Server],
) -> None:
    # Two requests at once open two connections; then one request at a time needs
    # only one: the other is closed after the origin's keep-alive, although the
    # origin itself never stops being busy.
    server = servers[0]

    async def go() -> list[int]:
        pools = OriginPools(httpx.Limits(keepalive_expiry=30.0), sweep_every=0.05)
        async with httpx.AsyncClient(transport=pools) as client:
            async with (
                open_get(client, _url(server, "/a"), {}, keep_idle=0.3) as a,
                open_get(client, _url(server, "/b"), {}, keep_idle=0.3) as b,
            ):
                for response in (a, b):
                    assert b"".join([c async for c in response.chunks()])
            for k in range(10):
                await asyncio.sleep(0.1)
                await _get(client, _url(server, f"/{k}"))
            deadline = time.monotonic() + 10  # the server notices the close by itself
            while not server.closed and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            return list(server.closed)  # before the client closes the one in use

    closed = asyncio.run(go())
    used, spare = server.ports[-1], set(server.ports[:2]) - {server.ports[-1]}
    assert len(spare) == 1
    assert closed == list(spare), (server.ports, closed)
    assert set(server.ports[2:]) == {used}


def test_idle_connections_outlive_the_delay_between_a_hosts_requests() -> None:
    assert keepalive_expiry([]) == DEFAULT_KEEPALIVE
    assert keepalive_expiry([0.0]) == DEFAULT_KEEPALIVE
    assert keepalive_expiry([0.0, 1.0]) == POLITE_KEEPALIVE
    assert keepalive_expiry([1.0, 8.0]) == POLITE_KEEPALIVE
    assert keepalive_expiry([1.0, 40.0]) == 40.0 + KEEPALIVE_MARGIN


def test_a_polite_hosts_late_turn_reuses_its_connection(servers: list[_Server]) -> None:
    # A delay of 1 s, but the host's next request comes 6 s later (a crawl of more
    # hosts than it serves at their delay, a loaded machine): kept for 1 + 2 s (5 s at
    # least), the idle connection was closed and the late turn opened a new one.
    server = servers[0]
    policy = CrawlPolicy(concurrency=1, delay=1.0)
    scope = SourceScope("test", frozenset({"127.0.0.1"}), allow_private=True)

    async def go() -> list[int | None]:
        async with build_client(policy) as client:
            fetcher = Fetcher(policy, client)
            first = await fetcher.fetch(_url(server, "/a"), scope=scope)
            await asyncio.sleep(6.0)
            second = await fetcher.fetch(_url(server, "/b"), scope=scope)
            return [first.status, second.status]

    assert asyncio.run(go()) == [200, 200]
    assert len(server.ports) == 3  # robots.txt, /a, /b
    assert len(set(server.ports)) == 1, server.ports


def test_a_polite_crawl_reuses_its_connection_past_httpx_s_five_seconds(
    servers: list[_Server],
) -> None:
    # A delay of 5.5 s: with httpx's 5 s expiry every request opened a new connection.
    policy = CrawlPolicy(concurrency=1, delay=5.5)

    async def go() -> None:
        async with build_client(policy) as client:
            await _get(client, _url(servers[0], "/a"))
            await asyncio.sleep(policy.delay)
            await _get(client, _url(servers[0], "/b"))

    asyncio.run(go())
    assert len(servers[0].ports) == 2
    assert len(set(servers[0].ports)) == 1, servers[0].ports


def test_a_robots_crawl_delay_longer_than_the_delay_keeps_the_connection(
    servers: list[_Server],
) -> None:
    # No configured delay, but robots.txt asks 6 s between requests: the keep-alive
    # used to follow the configured delay only (5 s), so every turn reconnected.
    server = servers[0]
    server.robots = "User-agent: *\nCrawl-delay: 6\n"
    policy = CrawlPolicy(concurrency=1, delay=0.0)
    scope = SourceScope("test", frozenset({"127.0.0.1"}), allow_private=True)

    async def go() -> list[int | None]:
        async with build_client(policy) as client:
            fetcher = Fetcher(policy, client)
            first = await fetcher.fetch(_url(server, "/a"), scope=scope)
            second = await fetcher.fetch(_url(server, "/b"), scope=scope)  # 6 s later
            return [first.status, second.status]

    assert asyncio.run(go()) == [200, 200]
    assert len(server.ports) == 3  # robots.txt, /a, /b
    assert len(set(server.ports)) == 1, server.ports


def test_an_origin_idle_past_its_keep_alive_is_closed_while_others_go_on(
    servers: list[_Server],
) -> None:
    # A host that is done (no request after its first) no longer holds its
    # connection for the rest of the run: closed once idle past its keep-alive.
    done, busy = servers

    async def go() -> int:
        pools = OriginPools(httpx.Limits(keepalive_expiry=30.0), sweep_every=0.05)
        async with httpx.AsyncClient(transport=pools) as client:
            async with open_get(client, _url(done, "/once"), {}, keep_idle=0.2) as response:
                assert b"".join([chunk async for chunk in response.chunks()])
            for k in range(6):
                await asyncio.sleep(0.1)
                await _get(client, _url(busy, f"/{k}"))
            origins = pools.open_origins()
            deadline = time.monotonic() + 10  # the server notices the close by itself
            while not done.closed and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            return origins

    assert asyncio.run(go()) == 1
    assert done.closed == done.ports, (done.ports, done.closed)
    # The busy origin kept one connection throughout, and it was open until the end.
    assert len(set(busy.ports)) == 1
    assert not set(busy.ports) & set(busy.closed[:-1])


class _Closing(_Handler):
    """Closes a connection left idle this long (a server keeping connections shorter)."""

    timeout = 0.2


def test_a_connection_the_server_closed_is_replaced_not_failed() -> None:
    server = _Server(("127.0.0.1", 0), _Closing)
    server.ports, server.closed = [], []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    policy = CrawlPolicy(concurrency=1, delay=30)

    async def go() -> list[bytes]:
        async with build_client(policy) as client:
            first = await _get(client, _url(server, "/a"))
            await asyncio.sleep(0.6)  # the server has closed the idle connection by now
            return [first, await _get(client, _url(server, "/b"))]

    try:
        bodies = asyncio.run(go())
    finally:
        server.shutdown()
        server.server_close()
    assert [b.split()[0] for b in bodies] == [b"/a", b"/b"]
    assert len(set(server.ports)) == 2, server.ports


@pytest.mark.parametrize("poll", [True, False], ids=["poll", "select (no poll, as on Windows)"])
def test_a_pooled_connection_sees_its_server_close_from_the_socket_it_kept(
    poll: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pools' connections find their socket once (scraper.http._Stream): an idle
    # connection is readable only once the server has closed it, and a closed one is
    # readable too (httpcore then drops it), as with AnyIO's own stream.
    if not poll:
        monkeypatch.delattr(select, "poll")
    accepted: list[asyncio.StreamWriter] = []

    async def go() -> list[bool]:
        server = await asyncio.start_server(lambda _r, w: accepted.append(w), "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        stream = await _Backend().connect_tcp("127.0.0.1", port)
        while not accepted:
            await asyncio.sleep(0.01)
        seen = [stream.get_extra_info("is_readable")]
        accepted[0].close()
        for _ in range(100):
            if stream.get_extra_info("is_readable"):
                break
            await asyncio.sleep(0.01)
        seen.append(stream.get_extra_info("is_readable"))
        await stream.aclose()
        seen.append(stream.get_extra_info("is_readable"))
        server.close()
        await server.wait_closed()
        return seen

    assert asyncio.run(go()) == [False, True, True]


def test_a_connection_slot_is_a_pool_of_one_on_the_kept_socket_backend() -> None:
    # Each connection of an origin is an httpcore pool of one built here (httpx's
    # transport would build one pool of many, on AnyIO's streams): the keep-alive of
    # the limits, and the backend whose streams keep their socket.
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=2, keepalive_expiry=7.5)
    backend = _Backend()
    pool = connection_slot(httpx.create_ssl_context(trust_env=False), limits, backend)
    assert isinstance(pool, httpcore.AsyncConnectionPool)
    assert (pool._max_connections, pool._max_keepalive_connections, pool._keepalive_expiry) == (
        1,
        1,
        7.5,
    )
    assert pool._network_backend is backend


def test_every_httpcore_error_has_the_httpx_error_of_its_name() -> None:
    # The pools carry httpcore's errors across as httpx's transport does: a new
    # httpcore error (save the pool's own retry signal) must be mapped here too,
    # and each maps to the httpx class of its own name, timeouts to timeouts.
    raised = {
        name
        for name in dir(httpcore)
        if isinstance(getattr(httpcore, name), type)
        and issubclass(getattr(httpcore, name), Exception)
    }
    assert {cls.__name__ for cls in _HTTPX_ERRORS} == raised - {"ConnectionNotAvailable"}
    for core, ours in _HTTPX_ERRORS.items():
        assert core.__name__ == ours.__name__
        assert issubclass(ours, httpx.TimeoutException) == issubclass(
            core, httpcore.TimeoutException
        )


def test_an_httpcore_error_is_raised_as_httpx_s_from_it_and_others_go_through() -> None:
    # The one mapping both places use (the request, the body): the most specific
    # class's namesake, raised from the original; anything else unchanged.
    with pytest.raises(httpx.ReadTimeout) as caught, _httpx_errors():
        raise httpcore.ReadTimeout("no answer in time")
    assert str(caught.value) == "no answer in time"
    assert isinstance(caught.value.__cause__, httpcore.ReadTimeout)
    with pytest.raises(httpx.RemoteProtocolError), _httpx_errors():
        raise httpcore.RemoteProtocolError("cut short")
    unrelated = LookupError("not a transport error")
    with pytest.raises(LookupError) as passed, _httpx_errors():
        raise unrelated
    assert passed.value is unrelated


def _one_shot_server(answer: bytes) -> tuple[socket.socket, threading.Thread]:
    """A server that reads one request, sends ``answer`` and closes the connection."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return listener, thread


async def _failure(url: str, policy: CrawlPolicy) -> TransportFailure:
    async with build_client(policy) as client:
        with pytest.raises(TransportFailure) as caught:
            await _get(client, url)
    return caught.value


def test_a_body_cut_short_is_a_network_failure_named_as_httpx_names_it() -> None:
    # The server promises 100 bytes, sends 9 and hangs up: httpcore's error inside the
    # body becomes httpx's RemoteProtocolError, a network failure.
    listener, thread = _one_shot_server(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\nonly nine"
    )
    port = listener.getsockname()[1]
    failure = asyncio.run(_failure(f"http://127.0.0.1:{port}/", CrawlPolicy()))
    thread.join(timeout=5)
    listener.close()
    assert failure.kind == ErrorKind.NETWORK
    assert str(failure).startswith("RemoteProtocolError: ")


def test_a_server_that_never_answers_is_a_read_timeout() -> None:
    # The request is read and nothing comes back: the read timeout, raised by
    # httpcore while waiting for the headers, is httpx's ReadTimeout.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    policy = CrawlPolicy(read_timeout=0.2, connect_timeout=1.0, fetch_deadline=5.0)
    failure = asyncio.run(_failure(f"http://127.0.0.1:{port}/", policy))
    listener.close()
    assert failure.kind == ErrorKind.TIMEOUT
    assert str(failure).startswith("ReadTimeout")


def test_a_refused_connection_is_a_connect_failure_named_as_httpx_names_it() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    failure = asyncio.run(_failure(f"http://127.0.0.1:{port}/", CrawlPolicy()))
    assert failure.kind == ErrorKind.CONNECT
    assert str(failure).startswith("ConnectError: ")


def test_a_failed_request_does_not_hold_its_origin(servers: list[_Server]) -> None:
    # A request that fails before its response is no longer in flight: with room for
    # one origin, the next origin's request closes the failed one's pool.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        refused = sock.getsockname()[1]

    async def go() -> tuple[bytes, int]:
        pools = OriginPools(httpx.Limits(max_connections=4), max_origins=1)
        async with httpx.AsyncClient(transport=pools) as client:
            with pytest.raises(TransportFailure):
                await _get(client, f"http://127.0.0.1:{refused}/")
            body = await _get(client, _url(servers[0], "/after"))
            return body, pools.open_origins()

    body, origins = asyncio.run(go())
    assert body == f"/after from {servers[0].server_address[1]}".encode()
    assert origins == 1
