"""The mistakes a user can make with changes, feed and graph --org: one line on stderr, exit 1."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import insert

from db import models as m
from db.engine import make_engine
from pipeline.cli import cli


@pytest.fixture
def empty_db(tmp_path: Path) -> str:
    """A migrated database with no crawl run and no organisation."""
    db = str(tmp_path / "campusnews.db")
    result = CliRunner().invoke(cli, ["--db", db, "init"])
    assert result.exit_code == 0, result.output
    return db


def fails(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    return result.stderr


def test_changes_before_any_run(empty_db: str) -> None:
    assert fails("--db", empty_db, "changes") == (
        "Error: no crawl run has ended yet: run 'campusnews crawl' first\n"
    )
    assert fails("--db", empty_db, "changes", "--run", "3") == "Error: no crawl run 3\n"


def test_changes_of_a_run_still_running(empty_db: str) -> None:
    engine = make_engine(empty_db)
    with engine.begin() as conn:
        conn.execute(insert(m.CrawlRun).values(id=1, started_at=datetime.now(UTC)))
    engine.dispose()
    assert fails("--db", empty_db, "changes", "--run", "1") == (
        "Error: run 1 is still running; its changes are logged when it ends\n"
    )
    assert fails("--db", empty_db, "changes") == (
        "Error: no crawl run has ended yet: run 'campusnews crawl' first\n"
    )


def test_an_empty_feed_is_still_a_feed(empty_db: str) -> None:
    result = CliRunner().invoke(cli, ["--db", empty_db, "feed"])
    assert result.exit_code == 0, result.output
    assert "<feed" in result.stdout and "<entry>" not in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["feed", "--since", "last week"], "Error: --since wants"),
        (["feed", "--authority", "example.org"], "Error: --authority must be NAME,DATE"),
        (["graph", "--org", "Nowhere University"], "Error: unknown organisation"),
        (["graph", "--format", "svg"], "Error: --org NAME and --format svg or html go together"),
        (["graph", "--org", "X", "--format", "json"], "Error: --org NAME and --format svg"),
    ],
)
def test_mistakes_are_one_line(empty_db: str, args: list[str], message: str) -> None:
    error = fails("--db", empty_db, *args)
    assert error.startswith(message)
    assert error.count("\n") == 1
