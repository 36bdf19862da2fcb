"""Per-host politeness across crawl workers that share one PostgreSQL database.

Each worker's ``Throttle`` keeps its own requests apart; ``SharedThrottle``
also takes the host's turn in the ``host_slots`` table, so two workers on two
machines still send one request at a time per host, ``delay`` apart.

A turn is taken by moving the host's ``next_start`` from the past to "busy"
(now + deadline + delay) in one statement; when the request ends the worker
sets ``next_start`` to now + delay. The gap is therefore measured from the end
of one request to the start of the next, whatever the workers' event loops
were doing in between, and a worker that dies mid-request blocks the host for
at most one fetch deadline. The statements live in ``pipeline.store.host_slots``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import Engine

from pipeline.store import end_turn, take_turn
from scraper.throttle import Throttle


class SharedThrottle(Throttle):
    """A ``Throttle`` whose per-host turns also hold across workers (PostgreSQL only)."""

    def __init__(self, concurrency: int, engine: Engine, *, fetch_deadline: float) -> None:
        super().__init__(concurrency)
        self.engine = engine
        self.fetch_deadline = fetch_deadline

    def _take_turn(self, host: str, delay: float) -> float:
        """0 when this worker now has the host's turn, else seconds to wait (DB clock)."""
        with self.engine.begin() as conn:
            wait = take_turn(conn, host, self.fetch_deadline + delay)
        return 0.0 if wait is None else max(0.01, wait)

    def _end_turn(self, host: str, delay: float) -> None:
        with self.engine.begin() as conn:
            end_turn(conn, host, delay)

    @asynccontextmanager
    async def slot(self, host: str, *, delay: float, per_host: int = 1) -> AsyncIterator[None]:
        """Wait for this worker's turn, then for the host's turn among all workers.

        The gap between turns is ``delay`` or the host's robots.txt
        ``Crawl-delay`` (``set_crawl_delay``), whichever is larger.
        """
        async with super().slot(host, delay=delay, per_host=per_host):
            gap = self.gap(host, delay)
            if gap <= 0:
                yield
                return
            while (wait := await asyncio.to_thread(self._take_turn, host, gap)) > 0:
                # Poll at least once per gap: the current holder usually
                # ends its turn long before its "busy" mark runs out.
                await asyncio.sleep(min(wait, gap))
            try:
                yield
            finally:
                await asyncio.to_thread(self._end_turn, host, gap)
