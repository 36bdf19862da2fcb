"""The collector settings a crawl runs with."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from pipeline.gctune import THRESHOLDS, tune_for_long_run


@pytest.fixture
def restored_gc() -> Iterator[None]:
    before = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*before)


def test_tuning_freezes_what_is_alive_and_collects_less_often(restored_gc: None) -> None:
    kept = [object() for _ in range(10)]
    tune_for_long_run()
    assert gc.get_threshold() == THRESHOLDS
    assert gc.get_freeze_count() > len(kept)
    # Cycles made afterwards are still collected.
    cycle: list[object] = []
    cycle.append(cycle)
    del cycle
    assert gc.collect() >= 1
