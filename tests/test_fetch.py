"""Fetcher rules against real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from scraper.errors import ErrorKind
from scraper.fetch import CachedResolver, Fetcher, FetchResult, parse_retry_after
from scraper.http import build_client
from scraper.policy import CrawlPolicy, SourceScope

SCOPE = SourceScope("test", frozenset({"localhost"}), allow_private=True)
HTML = "text/html; charset=utf-8"


def fast_policy(**changes: object) -> CrawlPolicy:
    base = dict(
        delay=0.0,
        connect_timeout=1.0,
        read_timeout=1.0,
        fetch_deadline=2.0,
        backoff_base=0.01,
    )
    base.update(changes)
    return CrawlPolicy(**base)  # type: ignore[arg-type]


def fetch(
    url: str, *, policy: CrawlPolicy | None = None, scope: SourceScope = SCOPE, **kwargs: object
) -> FetchResult:
    async def go() -> FetchResult:
        async with build_client(policy or fast_policy()) as client:
            fetcher = Fetcher(policy or fast_policy(), client)
            return await fetcher.fetch(url, scope=scope, **kwargs)  # type: ignore[arg-type]

    return asyncio.run(go())


@pytest.fixture
def site(httpserver: HTTPServer) -> HTTPServer:
    """The test server with robots.txt absent (404: everything allowed)."""
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


def test_html_page_is_fetched_with_our_user_agent(site: HTTPServer) -> None:
    site.expect_request("/news").respond_with_data(
        "<p>hello</p>", content_type=HTML, headers={"ETag": '"v1"', "X-Other": "dropped"}
    )
    policy = fast_policy(user_agent="campusnews/0.1 (+https://example.org/contact)")
    result = fetch(site.url_for("/news"), policy=policy)
    assert result.ok and result.status == 200
    assert result.body == b"<p>hello</p>"
    assert result.headers["etag"] == '"v1"'
    assert result.headers["content-type"] == HTML
    assert "x-other" not in result.headers
    assert "date" in result.headers  # kept, so the store can keep it with the body
    assert result.fetched_at.tzinfo is UTC
    request = [r for r, _ in site.log if r.path == "/news"][0]
    assert request.headers["User-Agent"] == "campusnews/0.1 (+https://example.org/contact)"


def test_conditional_request_gives_not_modified(site: HTTPServer) -> None:
    site.expect_request("/news", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    result = fetch(
        site.url_for("/news"), etag='"v1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT"
    )
    assert result.not_modified and result.ok
    assert result.body == b""
    request = [r for r, _ in site.log if r.path == "/news"][0]
    assert request.headers["If-Modified-Since"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_pdf_is_recorded_but_not_read(site: HTTPServer) -> None:
    site.expect_request("/report.pdf").respond_with_data(
        b"%PDF-1.7" * 100, content_type="application/pdf"
    )
    result = fetch(site.url_for("/report.pdf"))
    assert result.error_kind == "unsupported_type"
    assert result.status == 200 and result.body == b""


@pytest.mark.parametrize(
    "content_type", ["application/rss+xml", "application/atom+xml", "text/xml", "application/gzip"]
)
def test_feeds_and_sitemaps_are_read(site: HTTPServer, content_type: str) -> None:
    site.expect_request("/feed").respond_with_data(b"<rss/>", content_type=content_type)
    assert fetch(site.url_for("/feed")).body == b"<rss/>"


def test_declared_length_over_limit_is_refused_unread(site: HTTPServer) -> None:
    site.expect_request("/big").respond_with_data(b"x" * 5000, content_type=HTML)
    result = fetch(site.url_for("/big"), policy=fast_policy(max_body_bytes=1000))
    assert result.error_kind == "too_large"
    assert "Content-Length" in (result.error or "")
    assert result.body == b""


def test_gzip_bomb_stops_at_decoded_limit(site: HTTPServer) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)
    assert len(bomb) < 100_000
    site.expect_request("/bomb").respond_with_data(
        bomb, content_type=HTML, headers={"Content-Encoding": "gzip"}
    )
    result = fetch(site.url_for("/bomb"), policy=fast_policy(max_body_bytes=200_000))
    assert result.error_kind == "too_large"
    assert "decoded" in (result.error or "")


def test_gzip_body_is_decoded(site: HTTPServer) -> None:
    site.expect_request("/z").respond_with_data(
        gzip.compress(b"<p>small</p>"), content_type=HTML, headers={"Content-Encoding": "gzip"}
    )
    assert fetch(site.url_for("/z")).body == b"<p>small</p>"


def test_redirects_are_followed_and_recorded(site: HTTPServer) -> None:
    site.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/mid"})
    site.expect_request("/mid").respond_with_data(
        "", status=302, headers={"Location": site.url_for("/new")}
    )
    site.expect_request("/new").respond_with_data("<p>new</p>", content_type=HTML)
    result = fetch(site.url_for("/old"))
    assert result.ok and result.body == b"<p>new</p>"
    assert result.url == site.url_for("/old")
    assert result.final_url == site.url_for("/new")
    assert result.redirects == (site.url_for("/mid"), site.url_for("/new"))


def test_redirect_loop_is_detected(site: HTTPServer) -> None:
    site.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    site.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    assert fetch(site.url_for("/a")).error_kind == "redirect_loop"


def test_session_redirect_is_not_mistaken_for_a_loop(site: HTTPServer) -> None:
    # url_key strips the session id, so both URLs share a key; they still differ.
    site.expect_request("/s").respond_with_data(
        "", status=302, headers={"Location": "/s;jsessionid=ABC123"}
    )
    site.expect_request("/s;jsessionid=ABC123").respond_with_data("<p>s</p>", content_type=HTML)
    result = fetch(site.url_for("/s"))
    assert result.ok and result.body == b"<p>s</p>"


def test_too_many_redirects(site: HTTPServer) -> None:
    for i in range(5):
        site.expect_request(f"/r{i}").respond_with_data(
            "", status=302, headers={"Location": f"/r{i + 1}"}
        )
    result = fetch(site.url_for("/r0"), policy=fast_policy(max_redirects=2))
    assert result.error_kind == "too_many_redirects"
    assert len(result.redirects) == 2


def test_redirect_out_of_scope_is_blocked(site: HTTPServer) -> None:
    site.expect_request("/away").respond_with_data(
        "", status=302, headers={"Location": "http://elsewhere.example/"}
    )
    result = fetch(site.url_for("/away"))
    assert result.error_kind is ErrorKind.BLOCKED
    assert result.error_kind == "blocked"  # the stored value is the plain string
    assert "outside the scope" in (result.error or "")
    assert result.final_url == "http://elsewhere.example/"


def test_redirect_to_private_address_of_another_host_is_refused(site: HTTPServer) -> None:
    # 127.0.0.1 is trusted by policy; localhost is in scope but may not be private.
    site.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": site.url_for("/inside")}
    )
    site.expect_request("/inside").respond_with_data("secret", content_type=HTML)
    scope = SourceScope("test", frozenset({"127.0.0.1", "localhost"}), allow_private=False)
    policy = fast_policy(allow_private_hosts=frozenset({"127.0.0.1"}))
    result = fetch(f"http://127.0.0.1:{site.port}/go", policy=policy, scope=scope)
    assert result.error_kind == "blocked"
    assert "non-public address" in (result.error or "")
    assert not [r for r, _ in site.log if r.path == "/inside"]


def test_private_address_refused_without_allow_private(site: HTTPServer) -> None:
    site.expect_request("/x").respond_with_data("x", content_type=HTML)
    scope = SourceScope("test", frozenset({"localhost"}), allow_private=False)
    result = fetch(site.url_for("/x"), scope=scope)
    assert result.error_kind == "blocked"
    assert not site.log


@pytest.mark.parametrize(
    "url",
    [
        "ftp://localhost/file",
        "file:///etc/passwd",
        "http:///nohost",
        "http://[::1/broken",
        "http://localhost:99999/",
        "http://" + "a" * 70 + ".example/",
    ],
)
def test_malformed_and_non_http_urls_are_blocked_not_raised(url: str) -> None:
    assert fetch(url).error_kind == "blocked"


def test_redirect_to_file_scheme_is_blocked(site: HTTPServer) -> None:
    site.expect_request("/f").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"}
    )
    assert fetch(site.url_for("/f")).error_kind == "blocked"


def test_overlong_url_is_blocked(site: HTTPServer) -> None:
    result = fetch(site.url_for("/" + "a" * 300), policy=fast_policy(max_url_length=200))
    assert result.error_kind == "blocked"


def test_http_errors_and_retry_after(site: HTTPServer) -> None:
    site.expect_request("/gone").respond_with_data("nope", status=404, content_type=HTML)
    site.expect_request("/busy").respond_with_data("", status=503, headers={"Retry-After": "7"})
    gone = fetch(site.url_for("/gone"))
    assert gone.error_kind == "http_status" and gone.status == 404
    assert not gone.retryable and gone.body == b""
    busy = fetch(site.url_for("/busy"))
    assert busy.status == 503 and busy.retryable
    assert busy.retry_after == 7.0


def test_robots_disallow_is_reported(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private\n", content_type="text/plain"
    )
    httpserver.expect_request("/private/page").respond_with_data("x", content_type=HTML)
    result = fetch(httpserver.url_for("/private/page"))
    assert result.error_kind == "robots"
    assert not [r for r, _ in httpserver.log if r.path == "/private/page"]


def test_redirect_into_robots_disallowed_path_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /no\n")
    httpserver.expect_request("/yes").respond_with_data("", status=302, headers={"Location": "/no"})
    httpserver.expect_request("/no").respond_with_data("x", content_type=HTML)
    result = fetch(httpserver.url_for("/yes"))
    assert result.error_kind == "robots"
    assert not [r for r, _ in httpserver.log if r.path == "/no"]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_refused_connection_is_a_retryable_connect_error() -> None:
    scope = SourceScope("test", frozenset({"127.0.0.1"}), allow_private=True)
    port = _closed_port()

    async def go() -> FetchResult:
        policy = fast_policy()
        async with build_client(policy) as client:
            return await Fetcher(policy, client, obey_robots=False).fetch(
                f"http://127.0.0.1:{port}/", scope=scope
            )

    result = asyncio.run(go())
    assert result.error_kind == "connect"
    assert result.retryable and result.status is None


@pytest.fixture
def dripping_server() -> Iterator[int]:
    """A server that sends headers, then one body byte every 0.1 s for ever (well, 10 s)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
                for _ in range(100):
                    if stop.is_set():
                        break
                    try:
                        conn.sendall(b"x")
                    except OSError:
                        break
                    time.sleep(0.1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join(timeout=5)
    listener.close()


def test_dripping_server_hits_the_fetch_deadline(dripping_server: int) -> None:
    scope = SourceScope("test", frozenset({"127.0.0.1"}), allow_private=True)
    # The read timeout (1 s) never fires: a byte arrives every 0.1 s.
    policy = fast_policy(fetch_deadline=0.5, read_timeout=1.0)

    async def go() -> FetchResult:
        async with build_client(policy) as client:
            return await Fetcher(policy, client, obey_robots=False).fetch(
                f"http://127.0.0.1:{dripping_server}/", scope=scope
            )

    result = asyncio.run(go())
    assert result.error_kind == "deadline"
    assert result.body == b""


def test_parse_retry_after_forms() -> None:
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    assert parse_retry_after("30", now) == 30.0
    assert parse_retry_after("Sun, 01 Mar 2026 12:02:00 GMT", now) == 120.0
    assert parse_retry_after("Sun, 01 Mar 2026 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_handler_can_see_werkzeug_request_for_delay_checks(site: HTTPServer) -> None:
    # The User-Agent product token is what robots.txt groups match on.
    def handler(request: Request) -> Response:
        return Response(request.headers.get("User-Agent", ""), content_type="text/html")

    site.expect_request("/ua").respond_with_handler(handler)
    assert fetch(site.url_for("/ua")).body.startswith(b"campusnews/0.1 (+")


def test_error_kinds_keep_their_stored_values() -> None:
    # pages.error_kind and the run summaries hold these strings: renaming one
    # would orphan stored rows.
    assert sorted(ErrorKind) == sorted(
        [
            "timeout", "connect", "network", "dns", "deadline", "too_large", "blocked",
            "robots", "robots_unreachable", "http_status", "redirect_loop",
            "too_many_redirects", "unsupported_type", "decoding", "invalid_url", "paused",
        ]
    )  # fmt: skip
    assert json.dumps({ErrorKind.ROBOTS: 1}) == '{"robots": 1}'


def test_the_address_check_asks_the_resolver_once_per_host(site: HTTPServer) -> None:
    # A public answer for "localhost" passes the address check; the request itself still
    # goes to the test server (httpx resolves on its own to connect).
    asked: list[str] = []

    async def resolve(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["132.229.1.1"]

    site.expect_request("/a").respond_with_data("<p>a</p>", content_type=HTML)
    site.expect_request("/b").respond_with_data("<p>b</p>", content_type=HTML)
    scope = SourceScope("test", frozenset({"localhost"}))

    async def go() -> list[FetchResult]:
        async with build_client(fast_policy()) as client:
            fetcher = Fetcher(fast_policy(), client, resolve=resolve)
            return [await fetcher.fetch(site.url_for(p), scope=scope) for p in ("/a", "/b")]

    results = asyncio.run(go())
    assert [r.body for r in results] == [b"<p>a</p>", b"<p>b</p>"]
    # robots.txt, /a and /b: one lookup.
    assert asked == ["localhost"]


def test_cached_resolver_asks_again_after_its_ttl_and_after_a_failure() -> None:
    answers: list[list[str] | OSError] = [OSError("resolver down"), ["132.229.1.1"], ["1.1.1.1"]]

    async def resolve(host: str, port: int) -> list[str]:
        answer = answers.pop(0)
        if isinstance(answer, OSError):
            raise answer
        return answer

    now = [0.0]
    cached = CachedResolver(resolve, ttl=60.0, clock=lambda: now[0])

    async def go() -> list[list[str]]:
        with pytest.raises(OSError):
            await cached("news.example", 443)
        first = await cached("news.example", 443)
        now[0] = 59.0
        same = await cached("news.example", 443)
        now[0] = 61.0
        return [first, same, await cached("news.example", 443)]

    assert asyncio.run(go()) == [["132.229.1.1"], ["132.229.1.1"], ["1.1.1.1"]]
    assert answers == []
