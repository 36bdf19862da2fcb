"""``SharedThrottle``: per-host turns held across crawl workers on one PostgreSQL database."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from dbfixtures import postgres_server_url, postgres_url  # noqa: F401
from sqlalchemy import Engine

from db.engine import make_engine
from db.migrate import upgrade
from pipeline.politeness import SharedThrottle


@pytest.fixture
def pg_engine(postgres_url: str) -> Iterator[Engine]:  # noqa: F811
    engine = make_engine(postgres_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.mark.postgres
def test_two_workers_wait_the_delay_after_the_last_request_ended(pg_engine: Engine) -> None:
    # Two workers (two throttles on one database) take turns at one host. Each
    # request holds its turn 0.2 s (a slow answer); the delay is 0.1 s. Counted
    # from starts alone the next could begin 0.1 s after the last began, while the
    # server still answers it; counted from the end, starts are >= 0.3 s apart.
    delay, hold = 0.1, 0.2
    spans: list[tuple[float, float]] = []

    async def visit(throttle: SharedThrottle) -> None:
        async with throttle.slot("a.example", delay=delay):
            started = time.monotonic()
            await asyncio.sleep(hold)
            spans.append((started, time.monotonic()))

    async def scenario() -> None:
        workers = [SharedThrottle(4, pg_engine, fetch_deadline=30.0) for _ in range(2)]
        await asyncio.gather(*(visit(workers[k % 2]) for k in range(4)))

    asyncio.run(scenario())
    spans.sort()
    assert len(spans) == 4
    for (_, ended), (next_start, _) in zip(spans, spans[1:], strict=False):
        # The database clock and this one differ by the statement's round trip at most.
        assert next_start - ended >= delay * 0.9


@pytest.mark.postgres
def test_a_robots_crawl_delay_holds_across_workers_when_no_delay_is_configured(
    pg_engine: Engine,
) -> None:
    # No configured delay, but the host's robots.txt asks 0.3 s (each worker read it
    # and set it): the turns among workers used to follow the configured delay
    # alone, so with none two workers sent requests to the host at once.
    crawl_delay, hold = 0.3, 0.05
    spans: list[tuple[float, float]] = []

    async def visit(throttle: SharedThrottle) -> None:
        async with throttle.slot("b.example", delay=0.0):
            started = time.monotonic()
            await asyncio.sleep(hold)
            spans.append((started, time.monotonic()))

    async def scenario() -> None:
        workers = [SharedThrottle(4, pg_engine, fetch_deadline=30.0) for _ in range(2)]
        for worker in workers:
            worker.set_crawl_delay("b.example", crawl_delay)
        await asyncio.gather(*(visit(workers[k % 2]) for k in range(4)))

    asyncio.run(scenario())
    spans.sort()
    assert len(spans) == 4
    for (_, ended), (next_start, _) in zip(spans, spans[1:], strict=False):
        assert next_start - ended >= crawl_delay * 0.9
