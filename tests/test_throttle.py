"""Per-host politeness gate: concurrency per host and globally, gaps between starts."""

from __future__ import annotations

import asyncio
import time

import pytest

from scraper.throttle import HostClosed, Throttle


async def _visit(
    throttle: Throttle,
    host: str,
    log: list[tuple[str, float]],
    active: dict[str, int],
    peaks: dict[str, int],
    *,
    delay: float = 0.0,
    per_host: int = 1,
    hold: float = 0.02,
) -> None:
    async with throttle.slot(host, delay=delay, per_host=per_host):
        log.append((host, time.monotonic()))
        active[host] = active.get(host, 0) + 1
        active["*"] = active.get("*", 0) + 1
        peaks[host] = max(peaks.get(host, 0), active[host])
        peaks["*"] = max(peaks.get("*", 0), active["*"])
        await asyncio.sleep(hold)
        active[host] -= 1
        active["*"] -= 1


def run_visits(
    hosts: list[str], *, concurrency: int = 16, **kwargs: float
) -> tuple[list[tuple[str, float]], dict[str, int]]:
    log: list[tuple[str, float]] = []
    peaks: dict[str, int] = {}

    async def go() -> None:
        throttle = Throttle(concurrency)
        active: dict[str, int] = {}
        await asyncio.gather(*(_visit(throttle, h, log, active, peaks, **kwargs) for h in hosts))

    asyncio.run(go())
    return log, peaks


def _gaps(log: list[tuple[str, float]], host: str) -> list[float]:
    starts = [t for h, t in log if h == host]
    return [b - a for a, b in zip(starts, starts[1:], strict=False)]


def test_one_request_at_a_time_per_host_with_delay_between_starts() -> None:
    log, peaks = run_visits(["a"] * 4, delay=0.05)
    assert peaks["a"] == 1
    assert min(_gaps(log, "a")) >= 0.05 * 0.9


def test_per_host_parallelism_is_bounded() -> None:
    _, peaks = run_visits(["a"] * 6, per_host=2, hold=0.05)
    assert peaks["a"] == 2


def test_starts_stay_apart_even_with_several_slots_per_host() -> None:
    log, _ = run_visits(["a"] * 4, per_host=3, delay=0.05, hold=0.1)
    assert min(_gaps(log, "a")) >= 0.05 * 0.9


def test_hosts_run_side_by_side_up_to_global_concurrency() -> None:
    _, peaks = run_visits(["a", "b", "c", "d"] * 2, concurrency=3, hold=0.05)
    assert peaks["*"] == 3
    _, peaks = run_visits(["a", "b", "c", "d"], concurrency=16, hold=0.05)
    assert peaks["*"] == 4


def test_crawl_delay_wins_when_larger_and_defer_pushes_the_next_start() -> None:
    async def go() -> tuple[list[float], float]:
        throttle = Throttle(4)
        throttle.set_crawl_delay("a", 0.1)
        throttle.set_crawl_delay("a", 0.01)  # lowering is ignored
        starts = []
        for _ in range(2):
            async with throttle.slot("a", delay=0.0):
                starts.append(time.monotonic())
        throttle.defer("a", 0.2)
        deferred_from = time.monotonic()
        async with throttle.slot("a", delay=0.0):
            starts.append(time.monotonic())
        return starts, deferred_from

    starts, deferred_from = asyncio.run(go())
    assert starts[1] - starts[0] >= 0.1 * 0.9
    assert starts[2] - deferred_from >= 0.2 * 0.9


def test_closed_host_refuses_waiting_and_new_requests() -> None:
    async def go() -> list[str]:
        throttle = Throttle(4)
        outcomes = []

        async def one(i: int) -> None:
            try:
                async with throttle.slot("a", delay=0.05):
                    outcomes.append(f"ran {i}")
                    throttle.close("a")
            except HostClosed:
                outcomes.append(f"refused {i}")

        await asyncio.gather(*(one(i) for i in range(3)))
        return outcomes

    assert asyncio.run(go()) == ["ran 0", "refused 1", "refused 2"]


@pytest.mark.parametrize("per_host", [0, 1])
def test_zero_values_are_treated_as_one(per_host: int) -> None:
    _, peaks = run_visits(["a"] * 3, per_host=per_host, concurrency=0)
    assert peaks["a"] == 1


def test_close_all_turns_away_waiting_requests() -> None:
    throttle = Throttle(4)
    entered: list[str] = []

    async def request() -> str:
        try:
            async with throttle.slot("a.example", delay=0.2):
                entered.append("a.example")
                return "sent"
        except HostClosed:
            return "refused"

    async def scenario() -> tuple[str, str]:
        first = asyncio.create_task(request())
        await asyncio.sleep(0.01)
        waiting = asyncio.create_task(request())
        await asyncio.sleep(0.01)
        throttle.close_all()
        return await first, await waiting

    assert asyncio.run(scenario()) == ("sent", "refused")
    assert entered == ["a.example"]


def test_with_a_delay_the_next_request_waits_the_delay_after_the_last_one_ended() -> None:
    # Each request holds its slot 0.1 s (a slow answer); the delay is 0.05 s. Counted
    # from the start alone the next could begin at 0.05 s, before the server saw the
    # first finish; counted from the end too, starts are at least 0.15 s apart.
    log, _ = run_visits(["a"] * 3, delay=0.05, hold=0.1)
    assert min(_gaps(log, "a")) >= (0.1 + 0.05) * 0.95
