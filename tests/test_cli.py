"""The CLI's contract: help with examples, clear one-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.runlock import run_lock

# Every test runs with its own CAMPUSNEWS_HOME and no database URL or config from the
# environment (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated_cli_env")


def _all_commands() -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []

    def walk(prefix: str, group: click.Group) -> None:
        # list_commands/get_command: the top group loads its commands lazily.
        ctx = click.Context(group)
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            assert command is not None, name
            path = f"{prefix} {name}".strip()
            out.append((path, command))
            if isinstance(command, click.Group):
                walk(path, command)

    walk("", cli)
    return out


@pytest.mark.parametrize(
    ("path", "command"), _all_commands(), ids=lambda v: str(v) if isinstance(v, str) else ""
)
def test_every_command_has_help_with_an_example(path: str, command: click.Command) -> None:
    result = CliRunner().invoke(cli, [*path.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert command.help, f"{path} has no help text"
    assert "Example" in result.output, f"'campusnews {path} --help' shows no example"


def test_expected_commands_exist() -> None:
    names = {p for p, _ in _all_commands()}
    assert {
        "init",
        "crawl",
        "reparse",
        "extract",
        "query",
        "sources",
        "demo",
        "status",
        "eval",
    } <= names


def test_init_creates_the_database(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "init"])
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_crawl_without_sources_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "crawl"])
    assert result.exit_code == 2
    assert "no sources to crawl" in result.output
    assert "Traceback" not in result.output


def test_unknown_source_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "crawl", "no-such-uni"])
    assert result.exit_code == 2
    assert "unknown source 'no-such-uni'" in result.output


def test_bad_config_is_one_line(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[crawl]\ndelay = 'fast'\n")
    result = CliRunner().invoke(
        cli, ["--config", str(cfg), "--db", str(tmp_path / "x.db"), "crawl"]
    )
    assert result.exit_code == 2
    assert "'delay' must be a non-negative number" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_bad_start_url_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "x.db"), "crawl", "--start-url", "ftp://example.org/"]
    )
    assert result.exit_code == 2
    assert "http(s) URL" in result.output


def test_bad_option_value_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["crawl", "--concurrency", "0"])
    assert result.exit_code == 2


def test_overlapping_run_exits_75(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with run_lock(db):
        result = CliRunner().invoke(
            cli, ["--db", str(db), "crawl", "--start-url", "http://127.0.0.1:9/", "--allow-private"]
        )
    # An overlap is the normal outcome of a slow run meeting the next cron tick: silent.
    assert result.exit_code == 75
    assert result.output == ""


def test_unreadable_database_url_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", "nosuchdriver://x/y", "init"])
    assert result.exit_code == 2
    assert "cannot use the database nosuchdriver://x/y: not a database URL" in result.output


PAGE = b"""<html lang="en"><head><title>Two universities sign | Example University</title>
<meta property="article:published_time" content="2024-03-12T09:00:00+01:00"></head>
<body><article><h1>Two universities sign</h1>
<p>Leiden University and Delft University of Technology (TU Delft) signed a collaboration
agreement on 12 March 2024.</p></article></body></html>"""


def test_extract_prints_one_json_line_per_file(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(PAGE)
    result = CliRunner().invoke(cli, ["extract", str(page), str(page)])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    data = json.loads(lines[0])
    assert set(data) >= {
        "url",
        "title",
        "published",
        "published_source",
        "language",
        "text",
        "organisations",
        "agreements",
        "dates",
    }
    assert data["title"] == "Two universities sign"
    assert data["published"] == "2024-03-12"


def test_extract_reads_stdin_with_url() -> None:
    result = CliRunner().invoke(
        cli, ["extract", "-", "--url", "https://news.example.edu/a"], input=PAGE
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["url"] == "https://news.example.edu/a"


def test_extract_url_needs_a_single_file(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(PAGE)
    result = CliRunner().invoke(cli, ["extract", str(page), str(page), "--url", "https://x.org/"])
    assert result.exit_code == 2


def test_extract_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.html")])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_extract_goes_on_past_a_file_it_cannot_read(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(PAGE)
    missing = tmp_path / "nope.html"
    result = CliRunner().invoke(cli, ["extract", str(missing), str(page)])
    assert result.exit_code == 1
    first, second = result.stdout.strip().splitlines()
    assert json.loads(first) == {"file": str(missing), "error": f"no such file: {missing}"}
    assert json.loads(second)["title"] == "Two universities sign"
    assert "1 of 2 files could not be read or parsed" in result.stderr


def test_extract_with_a_source_whose_selectors_miss_warns_and_reads_the_page(
    tmp_path: Path,
) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(PAGE)
    url = "https://www.eur.nl/en/news/two-universities-sign"
    result = CliRunner().invoke(cli, ["extract", str(page), "--url", url])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["layout_changed"] is True and data["warnings"]
    assert data["title"] == "Two universities sign"
    assert {o["name"] for o in data["organisations"]} >= {"Leiden University"}
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings and all("eur title" in w or "eur body" in w for w in warnings)
    assert "internal error" not in result.stderr


def test_extract_leaves_relative_dates_unresolved_without_a_reference(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(
        b"<html><body><article><h1>Deal</h1><p>Leiden University and TU Delft signed an "
        b"agreement yesterday.</p></article></body></html>"
    )
    plain = json.loads(CliRunner().invoke(cli, ["extract", str(page)]).stdout)
    assert plain["published"] is None
    # Kept with its text, never resolved against the day extract runs.
    assert plain["dates"] == [{"text": "yesterday", "value": None, "precision": "day"}]
    assert plain["agreements"] and plain["agreements"][0]["date"] is None
    dated = CliRunner().invoke(cli, ["extract", str(page), "--fetched-at", "2015-03-04"])
    assert [d["value"] for d in json.loads(dated.stdout)["dates"]] == ["2015-03-03"]


def test_status_without_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "status"])
    assert result.exit_code == 2
    assert "no database" in result.output


def test_pending_migration_takes_a_backup_first(tmp_path: Path) -> None:
    from db.engine import make_engine
    from db.migrate import current_revision, upgrade

    db = tmp_path / "old.db"
    engine = make_engine(str(db))
    upgrade(engine, "0001")
    engine.dispose()
    result = CliRunner().invoke(cli, ["--db", str(db), "init"])
    assert result.exit_code == 0, result.output
    backup = tmp_path / "old.db.bak-0001"
    assert backup.exists()
    old = make_engine(str(backup))
    assert current_revision(old) == "0001"
    new = make_engine(str(db))
    assert current_revision(new) != "0001"


def test_a_string_for_start_urls_is_refused_not_split(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[sources.a]\nparser = "generic"\nstart_urls = "https://a.example/"\n')
    db = tmp_path / "x.db"
    result = CliRunner().invoke(cli, ["--config", str(cfg), "--db", str(db), "crawl"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: {cfg}: [sources.a]: 'start_urls' must be a list of strings, "
        "e.g. start_urls = [\"https://www.example.edu/news\"], not a string ('https://a.example/')"
    ]
    assert not db.exists()  # nothing queued: the run never started


def test_a_misspelt_key_gets_did_you_mean(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[crawl]\nconcurency = 4\n")
    result = CliRunner().invoke(
        cli, ["--config", str(cfg), "--db", str(tmp_path / "x.db"), "crawl"]
    )
    assert result.exit_code == 2
    assert "unknown key 'concurency'; did you mean 'concurrency'?" in result.output
    assert len(result.output.strip().splitlines()) == 1
