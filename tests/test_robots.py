"""robots.txt rules (RFC 9309) through the real fetcher against a server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
import socket

import pytest
from pytest_httpserver import HTTPServer

from scraper.fetch import Fetcher
from scraper.http import build_client
from scraper.policy import CrawlPolicy, SourceScope
from scraper.robots import RobotsCache, parse_robots

SCOPE = SourceScope("test", frozenset({"localhost"}), allow_private=True)


def fast_policy(**changes: object) -> CrawlPolicy:
    base = dict(delay=0.0, connect_timeout=1.0, read_timeout=1.0, fetch_deadline=2.0)
    base.update(changes)
    return CrawlPolicy(**base)  # type: ignore[arg-type]


def ask(
    urls: list[str], *, policy: CrawlPolicy | None = None, scope: SourceScope = SCOPE
) -> tuple[list[bool], RobotsCache]:
    """Whether each URL is allowed, checked concurrently through one cache."""
    policy = policy or fast_policy()

    async def go() -> tuple[list[bool], RobotsCache]:
        async with build_client(policy) as client:
            robots = Fetcher(policy, client).robots
            assert robots is not None
            answers = await asyncio.gather(*(robots.allowed(u, scope) for u in urls))
            return list(answers), robots

    return asyncio.run(go())


def _robots_requests(server: HTTPServer) -> int:
    return sum(1 for request, _ in server.log if request.path == "/robots.txt")


def test_our_group_is_used_and_fetched_once(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /\n\nUser-agent: campusnews\nDisallow: /intranet\nAllow: /\n",
        content_type="text/plain",
    )
    urls = [httpserver.url_for(p) for p in ("/news/1", "/intranet/x", "/news/2", "/")]
    answers, _ = ask(urls)
    assert answers == [True, False, True, True]
    assert _robots_requests(httpserver) == 1


def test_star_group_applies_when_we_are_not_named(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\n"
    )
    answers, _ = ask([httpserver.url_for("/search?q=x"), httpserver.url_for("/news")])
    assert answers == [False, True]


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_4xx_means_allow_all(httpserver: HTTPServer, status: int) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("Disallow: /", status=status)
    answers, _ = ask([httpserver.url_for("/anything")])
    assert answers == [True]


@pytest.mark.parametrize("status", [500, 503, 429])
def test_5xx_and_429_mean_disallow_all_for_the_run(httpserver: HTTPServer, status: int) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=status)
    answers, _ = ask([httpserver.url_for("/a"), httpserver.url_for("/b")])
    assert answers == [False, False]
    assert _robots_requests(httpserver) == 1


def test_unreachable_host_means_disallow_all() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    scope = SourceScope("test", frozenset({"127.0.0.1"}), allow_private=True)
    answers, _ = ask([f"http://127.0.0.1:{port}/news"], scope=scope)
    assert answers == [False]


def test_redirects_are_followed_up_to_the_limit(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "", status=301, headers={"Location": "/r1"}
    )
    httpserver.expect_request("/r1").respond_with_data("", status=302, headers={"Location": "/r2"})
    httpserver.expect_request("/r2").respond_with_data("User-agent: *\nDisallow: /x\n")
    answers, _ = ask([httpserver.url_for("/x"), httpserver.url_for("/y")])
    assert answers == [False, True]


def test_too_many_redirects_means_unavailable(httpserver: HTTPServer) -> None:
    for i in range(8):
        path = "/robots.txt" if i == 0 else f"/r{i}"
        httpserver.expect_request(path).respond_with_data(
            "", status=302, headers={"Location": f"/r{i + 1}"}
        )
    answers, _ = ask([httpserver.url_for("/x")], policy=fast_policy(robots_max_redirects=5))
    assert answers == [True]
    assert sum(1 for r, _ in httpserver.log if r.path.startswith("/r")) == 6


def test_crawl_delay_is_capped_and_logged(
    httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nCrawl-delay: 120\n"
        "Sitemap: https://example.org/sitemap.xml\nSitemap: https://example.org/news.xml\n"
    )
    with caplog.at_level(logging.INFO, logger="scraper.robots"):
        _, robots = ask([httpserver.url_for("/")], policy=fast_policy(max_crawl_delay=30))
    host = f"localhost:{httpserver.port}"
    assert robots.crawl_delay(host) == 30.0
    assert robots.crawl_delay(httpserver.url_for("/any")) == 30.0
    assert "capped" in caplog.text
    assert robots.sitemaps(host) == (
        "https://example.org/sitemap.xml",
        "https://example.org/news.xml",
    )
    assert robots.crawl_delay("unknown.example") is None


def test_bom_and_bad_bytes_are_tolerated(httpserver: HTTPServer) -> None:
    body = b"\xef\xbb\xbfUser-agent: *\nDisallow: /caf\xff\nDisallow: /private\n"
    httpserver.expect_request("/robots.txt").respond_with_data(body)
    answers, _ = ask([httpserver.url_for("/private/x"), httpserver.url_for("/news")])
    assert answers == [False, True]


def test_only_the_first_500_kib_is_read(httpserver: HTTPServer) -> None:
    filler = ("# " + "x" * 98 + "\n") * 6000  # about 600 KB of comments
    body = "User-agent: *\nDisallow: /early\n" + filler + "Disallow: /late\n"
    httpserver.expect_request("/robots.txt").respond_with_data(body)
    answers, _ = ask([httpserver.url_for("/early"), httpserver.url_for("/late")])
    assert answers == [False, True]


def test_parse_robots_without_delay() -> None:
    rules = parse_robots(b"User-agent: *\nDisallow: /a\n", max_crawl_delay=30)
    assert rules.crawl_delay is None and rules.sitemaps == ()
    assert not rules.allows("https://example.org/a/b")
    assert rules.allows("https://example.org/b")


def test_robots_redirect_obeys_address_rules(httpserver: HTTPServer) -> None:
    # robots.txt on a trusted host redirects to a host that may not be private.
    httpserver.expect_request("/robots.txt").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/elsewhere.txt")}
    )
    httpserver.expect_request("/elsewhere.txt").respond_with_data("User-agent: *\nAllow: /\n")
    scope = SourceScope("test", frozenset({"127.0.0.1"}), allow_private=False)
    policy = fast_policy(allow_private_hosts=frozenset({"127.0.0.1"}))
    answers, _ = ask([f"http://127.0.0.1:{httpserver.port}/news"], policy=policy, scope=scope)
    assert answers == [False]
    assert not [r for r, _ in httpserver.log if r.path == "/elsewhere.txt"]
