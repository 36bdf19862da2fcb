"""The crawl engine against real HTTP servers on 127.0.0.1 and an in-memory frontier."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from scraper.crawler import Crawler, CrawlStats
from scraper.fetch import FetchResult
from scraper.frontier import CrawlTask, NewURL
from scraper.http import build_client
from scraper.policy import CrawlPolicy, SourceScope
from tests.memory_frontier import MemoryFrontier

SCOPES = {"test": SourceScope("test", frozenset({"localhost"}), allow_private=True)}
HTML = "text/html"


def fast_policy(**changes: object) -> CrawlPolicy:
    base = dict(
        delay=0.0,
        connect_timeout=1.0,
        read_timeout=1.0,
        fetch_deadline=2.0,
        backoff_base=0.01,
        shutdown_grace=0.1,
    )
    base.update(changes)
    return CrawlPolicy(**base)  # type: ignore[arg-type]


class Recorder:
    """A handler that records what it saw and queues links chosen by a function.

    Like the real handler (``pipeline.page_handler``) it queues what a page
    offers itself and counts fetch outcomes: the engine does neither.
    """

    def __init__(
        self,
        links: Callable[[CrawlTask, FetchResult], Iterable[NewURL]] | None = None,
        frontier: MemoryFrontier | None = None,
    ):
        self.seen: list[tuple[str, FetchResult]] = []
        self._links = links
        self._frontier = frontier

    def __call__(self, task: CrawlTask, result: FetchResult) -> None:
        self.seen.append((task.url, result))
        if self._links is not None and self._frontier is not None:
            self._frontier.add(self._links(task, result))

    def kinds(self) -> dict[str, str | None]:
        return {url: result.error_kind for url, result in self.seen}

    def fetched(self) -> int:
        """Readable 2xx answers."""
        return sum(1 for _, r in self.seen if r.ok and not r.not_modified)

    def errors(self) -> Counter[str]:
        """Failed outcomes by ``error_kind``."""
        return Counter(r.error_kind for _, r in self.seen if r.error_kind is not None)


def crawl(
    frontier: MemoryFrontier,
    handle: Recorder,
    policy: CrawlPolicy | None = None,
    scopes: dict[str, SourceScope] = SCOPES,
) -> CrawlStats:
    policy = policy or fast_policy()

    async def go() -> CrawlStats:
        async with build_client(policy) as client:
            crawler = Crawler(policy, client, scopes, rng=random.Random(1))
            return await crawler.run(frontier, handle)

    return asyncio.run(go())


@pytest.fixture
def site(httpserver: HTTPServer) -> HTTPServer:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


def _paths(server: HTTPServer, path: str) -> int:
    return sum(1 for request, _ in server.log if request.path == path)


def test_crawl_runs_until_the_handler_queues_nothing_more(site: HTTPServer) -> None:
    site.expect_request("/").respond_with_data("<a>", content_type=HTML)
    for i in range(3):
        site.expect_request(f"/p{i}").respond_with_data(f"page {i}", content_type=HTML)

    def links(task: CrawlTask, result: FetchResult) -> list[NewURL]:
        if task.url.endswith(f":{site.port}/"):
            return [NewURL(site.url_for(f"/p{i}"), "test", "page", 1) for i in range(3)]
        return []

    frontier = MemoryFrontier()
    frontier.seed(site.url_for("/"))
    handler = Recorder(links, frontier)
    stats = crawl(frontier, handler)
    assert handler.fetched() == 4
    assert stats.pages_per_host == {"localhost": 4}
    assert {frontier.state(u) for u, _ in handler.seen} == {"done"}
    assert _paths(site, "/robots.txt") == 1


def test_per_host_delay_holds_between_request_starts(site: HTTPServer) -> None:
    starts: list[float] = []

    def timed(request: Request) -> Response:
        starts.append(time.monotonic())
        return Response("x", content_type=HTML)

    for i in range(4):
        site.expect_request(f"/t{i}").respond_with_handler(timed)
    frontier = MemoryFrontier()
    frontier.seed(*(site.url_for(f"/t{i}") for i in range(4)))
    handler = Recorder()
    crawl(frontier, handler, fast_policy(delay=0.1, concurrency=8))
    assert handler.fetched() == 4
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert len(gaps) == 3
    assert min(gaps) >= 0.1 * 0.9


def test_robots_crawl_delay_raises_the_gap(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 0.2\n")
    starts: list[float] = []

    def timed(request: Request) -> Response:
        starts.append(time.monotonic())
        return Response("x", content_type=HTML)

    for i in range(3):
        httpserver.expect_request(f"/c{i}").respond_with_handler(timed)
    frontier = MemoryFrontier()
    frontier.seed(*(httpserver.url_for(f"/c{i}") for i in range(3)))
    crawl(frontier, Recorder(), fast_policy(delay=0.01))
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert len(gaps) == 2 and min(gaps) >= 0.2 * 0.9


def test_transient_errors_are_retried_then_succeed(site: HTTPServer) -> None:
    answers = [
        Response("", status=503),
        Response("", status=502),
        Response("ok", content_type=HTML),
    ]
    site.expect_request("/flaky").respond_with_handler(lambda request: answers.pop(0))
    frontier = MemoryFrontier()
    frontier.seed(site.url_for("/flaky"))
    handler = Recorder()
    stats = crawl(frontier, handler, fast_policy(max_attempts=3))
    assert handler.fetched() == 1 and not handler.errors() and stats.errors_by_kind == {}
    assert _paths(site, "/flaky") == 3
    assert len(handler.seen) == 1 and handler.seen[0][1].body == b"ok"
    assert frontier.state(site.url_for("/flaky")) == "done"


def test_exhausted_retries_fail_the_task_and_reach_the_handler(site: HTTPServer) -> None:
    site.expect_request("/down").respond_with_data("", status=500)
    site.expect_request("/missing").respond_with_data("", status=404)
    frontier = MemoryFrontier()
    frontier.seed(site.url_for("/down"), site.url_for("/missing"))
    handler = Recorder()
    stats = crawl(frontier, handler, fast_policy(max_attempts=2))
    assert _paths(site, "/down") == 2
    assert _paths(site, "/missing") == 1  # 404 is not retried
    assert frontier.state(site.url_for("/down")) == "failed"
    assert frontier.state(site.url_for("/missing")) == "done"
    assert handler.errors() == {"http_status": 2} and stats.errors_by_kind == {}
    assert handler.kinds() == {
        site.url_for("/down"): "http_status",
        site.url_for("/missing"): "http_status",
    }


def test_retry_after_within_cap_is_waited_for(site: HTTPServer) -> None:
    starts: list[float] = []

    def limited(request: Request) -> Response:
        starts.append(time.monotonic())
        if len(starts) == 1:
            return Response("", status=429, headers={"Retry-After": "1"})
        return Response("ok", content_type=HTML)

    site.expect_request("/limited").respond_with_handler(limited)
    frontier = MemoryFrontier()
    frontier.seed(site.url_for("/limited"))
    handler = Recorder()
    crawl(frontier, handler)
    assert handler.fetched() == 1
    assert len(starts) == 2 and starts[1] - starts[0] >= 0.9


def test_retry_after_past_cap_defers_to_a_later_run(site: HTTPServer) -> None:
    site.expect_request("/later").respond_with_data("", status=503, headers={"Retry-After": "3600"})
    frontier = MemoryFrontier()
    frontier.seed(site.url_for("/later"))
    handler = Recorder()
    stats = crawl(frontier, handler, fast_policy(retry_after_cap=60))
    assert stats.deferred == 1
    assert _paths(site, "/later") == 1
    assert handler.seen == []
    assert frontier.events == [("retry_later", site.url_for("/later"))]
    assert frontier.state(site.url_for("/later")) == "queued"


def test_circuit_breaker_pauses_a_failing_host(site: HTTPServer) -> None:
    site.expect_request("/robots.txt").respond_with_data("", status=404)
    for i in range(6):
        site.expect_request(f"/e{i}").respond_with_data("", status=500)
    frontier = MemoryFrontier()
    frontier.seed(*(site.url_for(f"/e{i}") for i in range(6)))
    handler = Recorder()
    stats = crawl(
        frontier, handler, fast_policy(breaker_threshold=3, max_attempts=1, concurrency=1)
    )
    assert stats.hosts_paused == ["localhost"]
    page_requests = sum(1 for r, _ in site.log if r.path.startswith("/e"))
    assert page_requests == 3
    assert stats.deferred == 4  # the tripping task and the three never tried
    assert [e for e, _ in frontier.events].count("retry_later") == 4


def test_robots_denied_urls_reach_the_handler(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: campusnews\nDisallow: /staff\n\nUser-agent: *\nDisallow: /\n"
    )
    httpserver.expect_request("/news").respond_with_data("n", content_type=HTML)
    frontier = MemoryFrontier()
    frontier.seed(httpserver.url_for("/staff/x"), httpserver.url_for("/news"))
    handler = Recorder()
    stats = crawl(frontier, handler)
    assert handler.errors() == {"robots": 1} and handler.fetched() == 1
    assert handler.kinds()[httpserver.url_for("/staff/x")] == "robots"
    assert frontier.state(httpserver.url_for("/staff/x")) == "done"
    assert stats.pages_per_host == {"localhost": 1}


def test_a_task_past_max_depth_is_refused_at_lease(site: HTTPServer) -> None:
    # The handler admits nothing past max_depth; a URL queued by an earlier
    # run with a larger max_depth is refused here, unfetched.
    site.expect_request("/").respond_with_data("root", content_type=HTML)
    site.expect_request("/deep").respond_with_data("deep", content_type=HTML)
    site.expect_request("/l0").respond_with_data("leaf", content_type=HTML)

    def links(task: CrawlTask, result: FetchResult) -> list[NewURL]:
        if task.depth == 0:
            deep = NewURL(site.url_for("/deep"), "test", "page", 2)
            return [deep, NewURL(site.url_for("/l0"), "test", "page", 1)]
        return []

    frontier = MemoryFrontier()
    frontier.seed(site.url_for("/"))
    handler = Recorder(links, frontier)
    stats = crawl(frontier, handler, fast_policy(max_depth=1))
    assert handler.fetched() == 2
    assert _paths(site, "/deep") == 0
    assert frontier.state(site.url_for("/deep")) == "failed"
    assert stats.errors_by_kind == {"max_depth": 1}


def test_pages_per_host_cap_leaves_the_rest_for_later(site: HTTPServer) -> None:
    for i in range(4):
        site.expect_request(f"/q{i}").respond_with_data("q", content_type=HTML)
    scopes = {"test": SourceScope("test", frozenset({"localhost"}), True, max_pages_per_host=2)}
    frontier = MemoryFrontier()
    frontier.seed(*(site.url_for(f"/q{i}") for i in range(4)))
    handler = Recorder()
    stats = crawl(frontier, handler, scopes=scopes)
    assert handler.fetched() == 2 and stats.deferred == 2
    states = sorted(frontier.state(site.url_for(f"/q{i}")) for i in range(4))
    assert states == ["done", "done", "queued", "queued"]


def test_max_runtime_stops_and_puts_unfinished_work_back(site: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.0)
        return Response("slow", content_type=HTML)

    site.expect_request("/slow").respond_with_handler(slow)
    frontier = MemoryFrontier()
    frontier.seed(site.url_for("/slow"))
    handler = Recorder()
    stats = crawl(
        frontier, handler, fast_policy(max_runtime=0.3, shutdown_grace=0.1, fetch_deadline=5)
    )
    assert handler.fetched() == 0 and stats.deferred == 1
    assert frontier.events == [("retry_later", site.url_for("/slow"))]
    assert frontier.state(site.url_for("/slow")) == "queued"


def test_handler_errors_and_unknown_sources_do_not_stop_the_crawl(site: HTTPServer) -> None:
    site.expect_request("/bad").respond_with_data("b", content_type=HTML)
    site.expect_request("/good").respond_with_data("g", content_type=HTML)

    def handle(task: CrawlTask, result: FetchResult) -> None:
        if task.url.endswith("/bad"):
            raise ValueError("broken page")

    frontier = MemoryFrontier()
    frontier.seed(site.url_for("/bad"), site.url_for("/good"))
    frontier.seed(site.url_for("/other"), source="unconfigured")
    stats = crawl(frontier, handle)  # type: ignore[arg-type]
    assert frontier.state(site.url_for("/bad")) == "failed"
    assert frontier.state(site.url_for("/good")) == "done"
    assert frontier.state(site.url_for("/other")) == "failed"
    assert stats.errors_by_kind == {"handler": 1, "no_scope": 1}


def test_two_hosts_are_crawled_concurrently(site: HTTPServer) -> None:
    # localhost and 127.0.0.1 are two hosts to the throttle, each with its
    # own delay: one host's wait does not hold up the other.
    for i in range(2):
        site.expect_request(f"/h{i}").respond_with_data("h", content_type=HTML)
    scopes = {
        "a": SourceScope("a", frozenset({"localhost"}), allow_private=True),
        "b": SourceScope("b", frozenset({"127.0.0.1"}), allow_private=True),
    }
    frontier = MemoryFrontier()
    frontier.seed(*(site.url_for(f"/h{i}") for i in range(2)), source="a")
    frontier.seed(*(f"http://127.0.0.1:{site.port}/h{i}" for i in range(2)), source="b")
    handler = Recorder()
    stats = crawl(frontier, handler, fast_policy(delay=0.5), scopes=scopes)
    assert handler.fetched() == 4
    assert stats.pages_per_host == {"localhost": 2, "127.0.0.1": 2}
    # Ordering, not speed: the second host's first page starts before the
    # first host's second page (which must wait out the 0.5 s delay).
    order = [(r.host.split(":")[0], r.path) for r, _ in site.log if r.path.startswith("/h")]
    assert order.index(("127.0.0.1", "/h0")) < order.index(("localhost", "/h1"))


class _BrokenFrontier(MemoryFrontier):
    """Leases once, then its database goes away."""

    def lease(
        self,
        limit: int,
        *,
        skip_hosts: frozenset[str] = frozenset(),
        max_per_host: int | None = None,
    ) -> list[CrawlTask]:
        if self.events or any(e.state == "leased" for e in self.entries.values()):
            raise RuntimeError("database is locked")
        return super().lease(limit, skip_hosts=skip_hosts, max_per_host=max_per_host)


def test_frontier_failure_ends_the_run_without_orphaned_fetches(site: HTTPServer) -> None:
    site.expect_request("/one").respond_with_data("1", content_type=HTML)
    site.expect_request("/two").respond_with_data("2", content_type=HTML)
    frontier = _BrokenFrontier()
    frontier.seed(site.url_for("/one"), site.url_for("/two"))
    policy = fast_policy(delay=0.3)

    async def go() -> set[asyncio.Task[object]]:
        async with build_client(policy) as client:
            crawler = Crawler(policy, client, SCOPES)
            with pytest.raises(RuntimeError, match="locked"):
                await crawler.run(frontier, Recorder())
            return asyncio.all_tasks() - {asyncio.current_task()}  # type: ignore[operator]

    assert asyncio.run(go()) == set()


def test_a_host_whose_page_budget_is_spent_is_no_longer_leased(site: HTTPServer) -> None:
    for i in range(100):
        site.expect_request(f"/b{i}").respond_with_data("b", content_type=HTML)
    scopes = {"test": SourceScope("test", frozenset({"localhost"}), True, max_pages_per_host=2)}
    frontier = MemoryFrontier()
    frontier.seed(*(site.url_for(f"/b{i}") for i in range(100)))
    policy = fast_policy()

    handler = Recorder()
    stats = crawl(frontier, handler, policy, scopes=scopes)

    assert handler.fetched() == 2 and stats.over_budget == ["localhost"]
    # Only what was leased before the budget ran out was put back; the rest never left the queue.
    assert stats.deferred <= 2 * policy.concurrency < 98
    leased = [url for event, url in frontier.events if event == "retry_later"]
    assert len(leased) == stats.deferred
    states = [frontier.state(site.url_for(f"/b{i}")) for i in range(100)]
    assert states.count("queued") == 98


def test_the_engine_keeps_no_record_of_finished_tasks(site: HTTPServer) -> None:
    # Memory must stay flat as a crawl grows: nothing per finished task is kept.
    site.expect_request("/").respond_with_data("<a>", content_type=HTML)
    for i in range(20):
        site.expect_request(f"/p{i}").respond_with_data(f"page {i}", content_type=HTML)

    def links(task: CrawlTask, result: FetchResult) -> list[NewURL]:
        if task.url.endswith(f":{site.port}/"):
            return [NewURL(site.url_for(f"/p{i}"), "test", "page", 1) for i in range(20)]
        return []

    frontier = MemoryFrontier()
    frontier.seed(site.url_for("/"))
    handler = Recorder(links, frontier)
    policy = fast_policy()

    async def go() -> Crawler:
        async with build_client(policy) as client:
            crawler = Crawler(policy, client, SCOPES, rng=random.Random(1))
            await crawler.run(frontier, handler)
            return crawler

    crawler = asyncio.run(go())
    assert handler.fetched() == 21
    assert crawler._reported == set()
