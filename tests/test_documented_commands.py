"""Commands the docs show that once failed as written: ``search -word``, ``reparse --outdated``,
``export articles`` with its text.

tests/test_docs.py runs every documented example; these tests pin what each one means.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import Engine

from db.fulltext import search_terms
from pipeline.cli import cli

# Fixtures database_url, migrated_engine, filled_engine, shared_filled_engine: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)


# Every test runs with its own CAMPUSNEWS_HOME and no database URL or config from the
# environment (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated_cli_env")


@pytest.fixture
def db(shared_filled_engine: Engine) -> str:
    return shared_filled_engine.url.render_as_string(hide_password=False)


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", db, *args])


def titles(result: Result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [row["title"] for row in csv.DictReader(io.StringIO(result.stdout))]


# -- search -word ----------------------------------------------------------------------


def test_a_dash_word_argument_excludes_it(db: str) -> None:
    both = titles(run(db, "search", "Rotterdam", "--csv"))
    assert "Leiden and Rotterdam join forces on medical data science" in both
    assert "Delft and Rotterdam plan a joint master programme" in both
    # As the search --help example types it: a bare -word, options after it.
    without = titles(run(db, "search", "Rotterdam", "-Leiden", "--csv"))
    assert without == ["Delft and Rotterdam plan a joint master programme"]
    # A -word typed first excludes as well, and options may come between terms.
    first = titles(run(db, "search", "-Leiden", "--limit", "5", "Rotterdam", "--csv"))
    assert first == without


def test_the_search_options_still_work_beside_dash_words(db: str) -> None:
    result = run(db, "search", "Rotterdam", "-Leiden", "-t")
    assert result.exit_code == 0, result.output
    assert result.stdout.split()[:3] == ["id", "source", "published"]
    assert run(db, "search", "Rotterdam", "--limit", "1", "--json").exit_code == 0
    unknown = run(db, "search", "Rotterdam", "--bogus")
    assert unknown.exit_code == 2
    assert "No such option '--bogus'" in unknown.output


FTS5_NOT = '"consortium" NOT "termination"'
WEBSEARCH_NOT = '"consortium" -"termination"'


@pytest.mark.parametrize(
    ("typed", "sqlite", "postgresql"),
    [
        (
            "consortium -termination",
            '"consortium" NOT "termination"',
            '"consortium" -"termination"',
        ),
        (
            "-termination consortium",
            '"consortium" NOT "termination"',
            '"consortium" -"termination"',
        ),
        ("-termination", "", ""),
    ],
)
def test_search_terms_keep_a_leading_exclusion(typed: str, sqlite: str, postgresql: str) -> None:
    assert search_terms(typed, "sqlite") == sqlite
    assert search_terms(typed, "postgresql") == postgresql


# -- export articles: the text --------------------------------------------------------------


def test_export_articles_carries_the_text_in_csv_and_json(db: str) -> None:
    rows = list(
        csv.DictReader(io.StringIO(run(db, "export", "articles", "--format", "csv").stdout))
    )
    by_title = {row["title"]: row for row in rows}
    text = by_title["TU Delft joins proton therapy research consortium"]["text"]
    assert text.startswith("TU Delft, HollandPTC, the LUMC and Erasmus MC formed a consortium")
    lines = run(db, "export", "articles").stdout.splitlines()
    assert all("text" in json.loads(line) for line in lines)
    assert len(lines) == len(rows) == 6


def test_export_articles_no_text_leaves_it_out(db: str) -> None:
    header = run(db, "export", "articles", "--format", "csv", "--no-text").stdout.splitlines()[0]
    assert header.split(",")[-1] == "agreements"
    line = run(db, "export", "articles", "--no-text").stdout.splitlines()[0]
    assert "text" not in json.loads(line)


# -- reparse --outdated -------------------------------------------------------------------


def test_reparse_outdated_picks_up_pages_of_an_older_parser_version(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    assert CliRunner().invoke(cli, ["--db", str(path), "demo"]).exit_code == 0
    nothing = run(str(path), "reparse", "--outdated")
    assert nothing.exit_code == 0, nothing.output
    assert "re-extracted 0 articles" in nothing.stderr
    # As if the demo source's version had been bumped since these pages were parsed.
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE pages SET parser_version = parser_version - 1 WHERE id IN "
            "(SELECT page_id FROM articles ORDER BY id LIMIT 3)"
        )
    three = run(str(path), "reparse", "--outdated")
    assert three.exit_code == 0, three.output
    assert "re-extracted 3 articles" in three.stderr
    assert "re-extracted 0 articles" in run(str(path), "reparse").stderr
    both = run(str(path), "reparse", "--outdated", "--all")
    assert both.exit_code == 2
    assert "--outdated and --all exclude each other" in both.output
