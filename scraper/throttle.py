"""Per-host politeness: how many requests at once, and how far apart they start.

Every request the crawler sends (pages, redirect hops, robots.txt) goes
through ``Throttle.slot(host)``. Inside a slot at most ``per_host`` requests to
that host are in flight and consecutive starts are at least the host's delay
apart; over all hosts at most ``concurrency`` are in flight. With a delay, the
next request also waits the delay after the previous one ended: a request may
reach the server later than it took its slot (a new connection, a busy event
loop), and counting from its end keeps the server's view of the gap at least
the delay too. Waiting is ``asyncio.sleep``, never polling.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


class HostClosed(Exception):
    """The host was closed (circuit breaker) while a request waited for its turn."""


@dataclass
class _Host:
    slots: asyncio.Semaphore
    next_start: float = 0.0
    crawl_delay: float = 0.0
    in_flight: int = field(default=0)
    closed: bool = False


class Throttle:
    """Politeness gate shared by every request of a run."""

    def __init__(self, concurrency: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._global = asyncio.Semaphore(max(1, concurrency))
        self._hosts: dict[str, _Host] = {}
        self._clock = clock

    def _host(self, host: str, per_host: int) -> _Host:
        state = self._hosts.get(host)
        if state is None:
            # The first request to a host fixes its parallelism for the run.
            state = self._hosts[host] = _Host(asyncio.Semaphore(max(1, per_host)))
        return state

    def set_crawl_delay(self, host: str, seconds: float) -> None:
        """Raise the host's minimum gap (robots ``Crawl-delay``); the larger delay wins."""
        state = self._host(host, 1)
        state.crawl_delay = max(state.crawl_delay, seconds)

    def gap(self, host: str, delay: float) -> float:
        """Seconds between two starts of requests to ``host``: ``delay`` or its Crawl-delay."""
        state = self._hosts.get(host)
        return max(delay, state.crawl_delay) if state else delay

    def defer(self, host: str, seconds: float) -> None:
        """Start no request to ``host`` for ``seconds`` (e.g. after ``Retry-After``)."""
        state = self._host(host, 1)
        state.next_start = max(state.next_start, self._clock() + seconds)

    def close(self, host: str) -> None:
        """Refuse further requests to ``host``: waiting and future slots raise ``HostClosed``."""
        self._host(host, 1).closed = True

    def close_all(self) -> None:
        """Refuse every further request (the run is out of time); requests under way go on."""
        for state in self._hosts.values():
            state.closed = True

    def in_flight(self, host: str) -> int:
        """Requests to ``host`` inside a slot right now."""
        state = self._hosts.get(host)
        return state.in_flight if state else 0

    @asynccontextmanager
    async def slot(self, host: str, *, delay: float, per_host: int = 1) -> AsyncIterator[None]:
        """Wait for a turn to send one request to ``host``; hold it while the request runs."""
        state = self._host(host, per_host)
        async with state.slots:
            while True:
                if state.closed:
                    raise HostClosed(host)
                wait = state.next_start - self._clock()
                if wait > 0:
                    await asyncio.sleep(wait)
                    continue
                await self._global.acquire()
                # Waiting for a global slot may have let another request to
                # this host start (per_host > 1) or a defer() arrive: re-check.
                if self._clock() >= state.next_start and not state.closed:
                    break
                self._global.release()
            gap = self.gap(host, delay)
            try:
                state.next_start = self._clock() + gap
                state.in_flight += 1
                yield
            finally:
                state.in_flight -= 1
                if gap > 0:
                    state.next_start = max(state.next_start, self._clock() + gap)
                self._global.release()
