"""Another application's database is refused before anything is written: one line, exit 2."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, text

from db.migrate import known_revisions
from pipeline.cli import cli

# Fixtures postgres_url, postgres_server_url: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)

COMMANDS = [
    ["init"],
    ["db", "upgrade"],
    ["crawl", "--start-url", "http://127.0.0.1:9/", "--allow-private"],
    ["reparse", "--all"],
    ["demo"],
    ["db", "optimize"],
    ["query", "articles"],
    ["sql", "SELECT 1"],
    ["search", "quantum"],
    ["export", "articles"],
    ["graph"],
    ["status"],
    ["db", "backup", "copy.db"],
]


def _foreign(path: Path, *, alembic_revision: str | None = None) -> None:
    """An inventory app's SQLite file; it even has a table called ``articles``."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE articles (sku TEXT PRIMARY KEY, price REAL)")
        conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
        if alembic_revision:
            conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            conn.execute("INSERT INTO alembic_version VALUES (?)", (alembic_revision,))
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_foreign_sqlite_database_is_refused_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "inventory.db"
    _foreign(db)
    before = _digest(db)
    result = CliRunner().invoke(cli, ["--db", str(db), *command])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f"Error: {db} is not a campusnews database: it has tables (articles, customers) but "
        "no campusnews schema revision; nothing was changed; choose another file with --db"
    ]
    assert _digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inventory.db"]


def test_another_alembic_applications_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    _foreign(db, alembic_revision="ae1027a6acf")
    before = _digest(db)
    for command in (["init"], ["crawl", "--start-url", "http://127.0.0.1:9/"], ["status"]):
        result = CliRunner().invoke(cli, ["--db", str(db), *command])
        assert result.exit_code == 2, result.output
        assert "its schema revision 'ae1027a6acf' is not a campusnews revision" in result.output
    assert _digest(db) == before


def test_known_revisions_are_the_scripts_revisions(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from db.engine import make_engine
    from db.migrate import alembic_config

    engine = make_engine(str(tmp_path / "x.db"))
    scripts = ScriptDirectory.from_config(alembic_config(engine))
    assert known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_an_empty_file_and_a_campusnews_database_are_accepted(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    assert CliRunner().invoke(cli, ["--db", str(empty), "init"]).exit_code == 0
    again = CliRunner().invoke(cli, ["--db", str(empty), "init"])
    assert again.exit_code == 0, again.output


@pytest.mark.postgres
def test_a_foreign_postgresql_database_is_refused_untouched(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE customers (id serial PRIMARY KEY, name text)"))
        for command in (["init"], ["crawl", "--start-url", "http://127.0.0.1:9/"], ["status"]):
            result = CliRunner().invoke(cli, ["--db", postgres_url, *command])
            assert result.exit_code == 2, result.output
            assert "but no campusnews schema revision" in result.output
            assert len(result.output.strip().splitlines()) == 1
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == ["customers"]
    finally:
        engine.dispose()
