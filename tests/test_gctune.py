"""The collector settings a crawl runs with."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.gctune import THRESHOLDS, tune_for_long_run, tuned_for_long_run


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


def test_a_tuned_block_collects_less_often_and_puts_the_settings_back(restored_gc: None) -> None:
    gc.set_threshold(700, 10, 10)
    with tuned_for_long_run():
        assert gc.get_threshold() == THRESHOLDS
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_extracting_several_files_leaves_the_callers_collector_as_it_was(
    restored_gc: None, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Pact</title></head><body><article><h1>Pact</h1>"
        "<p>Leiden University and Delft University of Technology signed an agreement.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    gc.set_threshold(700, 10, 10)
    result = CliRunner().invoke(cli, ["extract", str(page), str(page)])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 2
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0
