"""Per-host politeness across crawl workers that share one PostgreSQL database.

Each worker's ``Throttle`` keeps its own requests apart; ``SharedThrottle``
also reserves a start time in the ``host_slots`` table, so two workers on
two machines still send at most one request per host per delay.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import Engine, text

from scraper.throttle import Throttle

# One statement takes the next free start time for the host and moves the
# slot on by the delay; the row lock serialises workers. It returns how long
# this worker must wait, by the database's clock (the workers' clocks may differ).
_RESERVE = text(
    """
    INSERT INTO host_slots (host, next_start)
    VALUES (:host, clock_timestamp() + make_interval(secs => :delay))
    ON CONFLICT (host) DO UPDATE
        SET next_start = GREATEST(host_slots.next_start, clock_timestamp())
                         + make_interval(secs => :delay)
    RETURNING EXTRACT(EPOCH FROM (next_start - make_interval(secs => :delay)
                                  - clock_timestamp()))
    """
)


class SharedThrottle(Throttle):
    """A ``Throttle`` whose per-host delay also holds across workers (PostgreSQL only)."""

    def __init__(self, concurrency: int, engine: Engine) -> None:
        super().__init__(concurrency)
        self.engine = engine

    def _reserve(self, host: str, delay: float) -> float:
        with self.engine.begin() as conn:
            wait = conn.execute(_RESERVE, {"host": host, "delay": delay}).scalar_one()
        return max(0.0, float(wait))

    @asynccontextmanager
    async def slot(self, host: str, *, delay: float, per_host: int = 1) -> AsyncIterator[None]:
        """Wait for this worker's turn, then for the host's turn among all workers."""
        async with super().slot(host, delay=delay, per_host=per_host):
            if delay > 0:
                wait = await asyncio.to_thread(self._reserve, host, delay)
                if wait > 0:
                    await asyncio.sleep(wait)
            yield
