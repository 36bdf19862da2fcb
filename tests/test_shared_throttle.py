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
