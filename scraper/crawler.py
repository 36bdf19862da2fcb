"""The async crawl engine: lease from the frontier, fetch politely, hand results on.

1. Lease due tasks from the ``Frontier`` (a buffer of ``2 * concurrency``; with
   a delay between requests to a host, at least ``per_host + 1`` per known
   host, and a host with that many buffered is left out of the next lease, so
   each host has one task waiting for its turn and the buffer is spread over
   every host instead of piling up behind a few). The buffer is refilled once
   half of it is free; with a delay also every half delay while any room is
   free, so a host's next task is leased before its waiting one has had its turn.
2. Per task: skip hosts paused by the circuit breaker or over their page
   budget (put back for a later run), refuse tasks past ``max_depth`` (URLs
   queued by an earlier run with a larger ``max_depth``: the handler admits
   none deeper than it).
3. ``Fetcher.fetch`` applies scope, address, robots and throttle rules on
   every hop. Retryable failures (connection, timeouts, 408/429/5xx) are
   retried here, in the same run, after exponential backoff with jitter or
   ``Retry-After``; a ``Retry-After`` beyond the cap defers the URL to a later run.
4. The final result, good or bad, goes to ``handle``: it stores the page,
   counts its outcome and queues the URLs the page offers (in the page's own
   transaction, through its one admission filter: ``pipeline/page_handler.py``).
   The engine queues nothing itself.
5. The task is completed (any answer, including 404 and robots refusals) or
   failed (retryable trouble that outlived its attempts).
6. The run ends when nothing is due and nothing is in flight, or at
   ``max_runtime``: leasing stops, in-flight tasks get ``shutdown_grace``,
   then are cancelled and put back in the frontier.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from scraper import http
from scraper.discover import SITEMAP_MAX_BYTES
from scraper.errors import ErrorKind
from scraper.fetch import Fetcher, FetchResult
from scraper.frontier import CrawlTask, Frontier
from scraper.policy import CrawlPolicy, SourceScope
from scraper.urls import host_of

log = logging.getLogger(__name__)

# The most tasks a run keeps leased (a polite crawl of many hosts keeps one
# waiting per host): a lease is a transaction, a task a few hundred bytes.
MAX_BUFFER = 2048

Handler = Callable[[CrawlTask, FetchResult], Awaitable[None] | None]
"""Stores one fetch outcome and queues what it discovered (returns an awaitable
when it hands parsing to another process). Sees errors too: check
``result.ok`` / ``result.not_modified`` / ``result.error_kind``."""


@dataclass
class CrawlStats:
    """What only the engine knows about a run: the work it put back or refused, and why.

    It counts no fetch outcomes: every result goes to the handler, which
    counts them in the run's one report (``pipeline.report.CrawlReport``,
    into which ``pipeline.crawl`` merges these). ``errors_by_kind`` holds the
    tasks that never reached the handler, or whose handler failed: no scope,
    past ``max_depth``, an internal error, a handler error.
    """

    errors_by_kind: dict[str, int] = field(default_factory=dict)
    hosts_paused: list[str] = field(default_factory=list)
    deferred: int = 0
    elapsed: float = 0.0
    pages_per_host: dict[str, int] = field(default_factory=dict)
    # Why the run left work for the next one: hosts whose page budget ran
    # out, and whether max_runtime ended it.
    over_budget: list[str] = field(default_factory=list)
    out_of_time: bool = False

    def count_error(self, kind: str) -> None:
        """Add one error of ``kind``."""
        self.errors_by_kind[kind] = self.errors_by_kind.get(kind, 0) + 1


async def _wait_for(event: asyncio.Event, until: float | None) -> None:
    """Wait for ``event``, or until the monotonic time ``until`` (None: no limit)."""
    if until is None:
        await event.wait()
        return
    remaining = until - time.monotonic()
    if remaining <= 0:
        return
    try:
        async with asyncio.timeout(remaining):
            await event.wait()
    except TimeoutError:
        pass


class Crawler:
    """Runs one crawl over a frontier with one policy and the sources' scopes.

    One ``Crawler`` per run: paused hosts, page budgets and the robots cache
    live as long as it does.
    """

    def __init__(
        self,
        policy: CrawlPolicy,
        client_or_fetcher: http.Client | Fetcher,
        scopes: Mapping[str, SourceScope],
        *,
        rng: random.Random | None = None,
    ) -> None:
        self.policy = policy
        if isinstance(client_or_fetcher, Fetcher):
            self.fetcher = client_or_fetcher
        else:
            self.fetcher = Fetcher(policy, client_or_fetcher)
        self.scopes = dict(scopes)
        self._rng = rng or random.Random()
        self._failures: Counter[str] = Counter()
        self._paused: set[str] = set()
        self._stopping = False
        self._budget: Counter[str] = Counter()
        self._reported: set[int] = set()

    async def run(self, frontier: Frontier, handle: Handler) -> CrawlStats:
        """Crawl until the frontier has nothing due and nothing is in flight, or time is up."""
        stats = CrawlStats()
        started = time.monotonic()
        deadline = started + self.policy.max_runtime if self.policy.max_runtime else None
        buffer = self._buffer_size()
        # With a delay, a host needs per_host in flight and one waiting: a lease
        # that took all 100 links of the first home page would starve the others.
        # (Only when every scope has a delay: a scope without one leases as before.)
        policies = [self.policy.for_scope(s) for s in self.scopes.values()] or [self.policy]
        polite_cap = (
            max(p.per_host + 1 for p in policies) if all(p.delay > 0 for p in policies) else None
        )
        # A polite crawl also leases every half delay when there is room: a host's
        # next task must be leased before its waiting one has had its turn, or the
        # host idles until enough tasks of all hosts finished to refill half the buffer.
        lease_every = min(p.delay for p in policies) / 2 if polite_cap is not None else None
        last_lease = -float("inf")
        inflight: dict[asyncio.Task[None], CrawlTask] = {}
        # Finished jobs, in the order they finished: waking up for one does not walk
        # every job in flight (asyncio.wait would, twice, on every wake-up).
        finished: deque[asyncio.Task[None]] = deque()
        wake = asyncio.Event()

        def on_done(job: asyncio.Task[None]) -> None:
            finished.append(job)
            wake.set()

        # Leased tasks per host, and the hosts that have as many as a polite crawl
        # can use (per_host in flight, one waiting for its turn): leave them out.
        buffered: Counter[str] = Counter()
        full: set[str] = set()
        try:
            while deadline is None or time.monotonic() < deadline:
                room = buffer - len(inflight)
                now = time.monotonic()
                # Refill in batches: a lease is a database transaction.
                leasing = (
                    room >= max(1, buffer // 2)
                    or not inflight
                    or (lease_every is not None and room > 0 and now - last_lease >= lease_every)
                )
                if leasing:
                    last_lease = now
                    # Hosts whose page budget is spent are left queued for the next
                    # run: leasing their URLs only to put them back costs a
                    # transaction each (40,000 of them after a 50,000-URL sitemap).
                    spent = frozenset(stats.over_budget).union(full)
                    for task in frontier.lease(room, skip_hosts=spent, max_per_host=polite_cap):
                        job = asyncio.create_task(self._process(task, frontier, handle, stats))
                        job.add_done_callback(on_done)
                        inflight[job] = task
                        self._buffered(task, buffered, full, +1)
                if not inflight:
                    break
                if not finished:
                    wake.clear()
                    wait_until = deadline
                    if lease_every is not None and len(inflight) < buffer:
                        next_lease = last_lease + lease_every
                        wait_until = (
                            next_lease if wait_until is None else min(wait_until, next_lease)
                        )
                    await _wait_for(wake, wait_until)
                while finished:
                    job = finished.popleft()
                    task = inflight.pop(job)
                    self._buffered(task, buffered, full, -1)
                    self._finish(job, task, frontier, stats)
                    # Done with: the set holds only tasks in flight (flat memory as N grows).
                    self._reported.discard(task.id)
        except BaseException:
            # The frontier failed or the run was cancelled: stop our fetches too.
            # Their leases stay with the frontier, which expires them.
            for job in inflight:
                job.remove_done_callback(on_done)
                job.cancel()
            await asyncio.gather(*inflight, return_exceptions=True)
            raise
        for job in inflight:
            job.remove_done_callback(on_done)
        if deadline is not None and time.monotonic() >= deadline:
            stats.out_of_time = True
        if inflight:
            log.info("max_runtime reached; %d fetches in flight", len(inflight))
            await self._stop(inflight, frontier, stats)
        stats.elapsed = time.monotonic() - started
        stats.pages_per_host = {host: n for host, n in self._budget.items() if n}
        log.info(
            "crawl done: pages per host %s, engine errors %s, paused %s",
            stats.pages_per_host,
            stats.errors_by_kind,
            stats.hosts_paused,
        )
        return stats

    def _buffer_size(self) -> int:
        """Tasks to keep leased: ``2 * concurrency``; for polite scopes also enough to
        give every host they list ``per_host`` in flight and one waiting its turn."""
        size = 2 * self.policy.concurrency
        polite = 0
        for scope in self.scopes.values():
            policy = self.policy.for_scope(scope)
            if policy.delay > 0:
                polite += len(scope.hosts) * (policy.per_host + 1)
        return max(1, size, min(polite, MAX_BUFFER))

    def _buffered(self, task: CrawlTask, buffered: Counter[str], full: set[str], step: int) -> None:
        """Count a task leased (``step`` 1) or finished (-1) for its host; track full hosts."""
        host = host_of(task.url)
        buffered[host] += step
        scope = self.scopes.get(task.source)
        policy = self.policy.for_scope(scope) if scope is not None else self.policy
        # Without a delay a host's extra tasks wait only for a free slot: no cap.
        if policy.delay > 0 and buffered[host] >= policy.per_host + 1:
            full.add(host)
        else:
            full.discard(host)
        if buffered[host] <= 0:
            del buffered[host]

    async def _stop(
        self, inflight: dict[asyncio.Task[None], CrawlTask], frontier: Frontier, stats: CrawlStats
    ) -> None:
        # Requests still waiting for a politeness slot give up at once (they go
        # back to the frontier); only requests already under way get the grace.
        self._stopping = True
        self.fetcher.throttle.close_all()
        done, pending = await asyncio.wait(inflight, timeout=self.policy.shutdown_grace)
        for job in done:
            self._finish(job, inflight[job], frontier, stats)
        for job in pending:
            job.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for job in pending:
            task = inflight[job]
            if task.id not in self._reported:
                self._requeue(frontier, task, stats, "stopped at max_runtime", delay=0.0)

    def _finish(
        self, job: asyncio.Task[None], task: CrawlTask, frontier: Frontier, stats: CrawlStats
    ) -> None:
        """Collect a finished job; a bug in one task must not end the crawl."""
        if job.cancelled():
            return
        exc = job.exception()
        if exc is not None and task.id not in self._reported:
            log.error("crawling %s failed", task.url, exc_info=exc)
            stats.count_error("internal")
            self._report(frontier.fail, task, f"internal error: {exc!r}")

    def _report(self, call: Callable[..., None], task: CrawlTask, *args: object) -> None:
        self._reported.add(task.id)
        call(task, *args)

    def _requeue(
        self,
        frontier: Frontier,
        task: CrawlTask,
        stats: CrawlStats,
        reason: str,
        *,
        delay: float | None = None,
    ) -> None:
        """Put a task back for a later run (due ``requeue_after`` ahead unless ``delay``)."""
        seconds = self.policy.requeue_after if delay is None else delay
        when = datetime.now(UTC) + timedelta(seconds=seconds)
        stats.deferred += 1
        self._report(frontier.retry_later, task, when, reason)

    async def _process(
        self, task: CrawlTask, frontier: Frontier, handle: Handler, stats: CrawlStats
    ) -> None:
        # A task id can come back in the same run (re-queued, due again).
        self._reported.discard(task.id)
        scope = self.scopes.get(task.source)
        if scope is None:
            stats.count_error("no_scope")
            self._report(frontier.fail, task, f"no scope configured for source {task.source!r}")
            return
        policy = self.policy.for_scope(scope)
        host = host_of(task.url)
        if host in self._paused:
            self._requeue(frontier, task, stats, f"host {host} paused by circuit breaker")
            return
        if task.depth > policy.max_depth:
            stats.count_error("max_depth")
            self._report(frontier.fail, task, f"depth {task.depth} > max_depth {policy.max_depth}")
            return
        if self._budget[host] >= policy.max_pages_per_host:
            if host not in stats.over_budget:
                stats.over_budget.append(host)
            self._requeue(frontier, task, stats, f"max_pages_per_host reached for {host}")
            return
        self._budget[host] += 1
        result = await self._fetch_with_retries(task, scope, policy, host, frontier, stats)
        if result is None:
            return
        if result.error_kind in (ErrorKind.ROBOTS, ErrorKind.ROBOTS_UNREACHABLE, ErrorKind.BLOCKED):
            # No request was made for the page itself: it uses no page budget.
            self._budget[host] -= 1
        try:
            outcome = handle(task, result)
            if inspect.isawaitable(outcome):
                await outcome
        except Exception as exc:  # noqa: BLE001 - one bad page must not end the run
            log.exception("handler failed for %s", task.url)
            stats.count_error("handler")
            self._report(frontier.fail, task, f"handler: {exc!r}")
            return
        if result.retryable:
            self._report(frontier.fail, task, f"{result.error_kind}: {result.error}")
        else:
            self._report(frontier.complete, task)

    async def _fetch_with_retries(
        self,
        task: CrawlTask,
        scope: SourceScope,
        policy: CrawlPolicy,
        host: str,
        frontier: Frontier,
        stats: CrawlStats,
    ) -> FetchResult | None:
        """The final result after retries, or None when the task was put back instead."""
        attempt = 0
        while True:
            attempt += 1
            result = await self.fetcher.fetch(
                task.url,
                scope=scope,
                etag=task.etag,
                last_modified=task.last_modified,
                max_bytes=max(SITEMAP_MAX_BYTES, policy.max_body_bytes)
                if task.kind == "sitemap"
                else None,
            )
            if result.error_kind == ErrorKind.PAUSED:
                if self._stopping:
                    # Out of time, not a failing host: due again as soon as the next run starts.
                    self._requeue(frontier, task, stats, "stopped at max_runtime", delay=0.0)
                else:
                    self._requeue(frontier, task, stats, f"host {host} paused by circuit breaker")
                return None
            if not result.retryable:
                if result.status is not None:
                    self._failures[host] = 0
                return result
            self._failures[host] += 1
            if self._failures[host] >= policy.breaker_threshold and host not in self._paused:
                self._paused.add(host)
                stats.hosts_paused.append(host)
                # Requests already waiting for this host's turn are refused too.
                self.fetcher.throttle.close(host)
                log.warning(
                    "pausing %s for this run after %d consecutive failures (last: %s)",
                    host,
                    self._failures[host],
                    result.error,
                )
            if host in self._paused:
                self._requeue(frontier, task, stats, f"host {host} paused: {result.error}")
                return None
            wait = policy.backoff_base * 2 ** (attempt - 1) * (0.5 + self._rng.random())
            if result.retry_after is not None:
                if result.retry_after > policy.retry_after_cap:
                    log.info(
                        "%s asks to retry after %.0f s: deferred", task.url, result.retry_after
                    )
                    self._requeue(
                        frontier, task, stats, "Retry-After past cap", delay=result.retry_after
                    )
                    return None
                # Retry-After speaks for the whole server, not just this URL.
                self.fetcher.throttle.defer(host, result.retry_after)
                wait = max(wait, result.retry_after)
            if attempt >= policy.max_attempts:
                return result
            log.debug("retrying %s in %.2f s after %s", task.url, wait, result.error_kind)
            await asyncio.sleep(wait)
            if host in self._paused:
                self._requeue(frontier, task, stats, f"host {host} paused by circuit breaker")
                return None
