"""Shared fixtures: a real SQLite database file per test, migrated to head."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db.engine import make_engine
from db.migrate import upgrade

TESTS = Path(__file__).resolve().parent


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    """The helper modules here (dbfixtures, newssite, ...) are imported by the tests,
    never collected: ``--doctest-modules`` (for the packages' doctests) would import
    them a second way, before ``pytest_plugins`` can rewrite their asserts."""
    if collection_path.parent == TESTS and collection_path.suffix == ".py":
        return not collection_path.name.startswith(("test_", "conftest"))
    return None


@pytest.fixture
def isolated_cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A private CAMPUSNEWS_HOME, and no database URL or config file from the environment."""
    monkeypatch.setenv("CAMPUSNEWS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CAMPUSNEWS_DATABASE_URL", raising=False)
    monkeypatch.delenv("CAMPUSNEWS_CONFIG", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a fresh SQLite database file (not yet created)."""
    return tmp_path / "campusnews.db"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    """An engine on a real SQLite file with the schema at head."""
    eng = make_engine(str(db_path))
    upgrade(eng)
    yield eng
    eng.dispose()
