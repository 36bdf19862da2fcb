"""The command line never surprises (issue 11): options anywhere, one line per mistake.

Global options before or after the command, one exit code per outcome, a
one-line error for every failure a user can cause (real files, a real
read-only file and folder, a real PostgreSQL server), masked passwords,
checked filter values, and commands that load lazily.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from pipeline.cli import COMMAND_MODULES, COMMANDS, cli, load_command, main
from pipeline.crawl import CrawlReport
from pipeline.runlock import holder_path, run_lock
from pipeline.store import DatabaseFrontier
from scraper.frontier import NewURL

ROOT = Path(__file__).resolve().parent.parent
# postgres_server_url, postgres_url, migrated_engine: fresh real databases.
pytest_plugins = ("dbfixtures",)


# Every test runs with its own CAMPUSNEWS_HOME and no database URL or config from the
# environment (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated_cli_env")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database, made with --db AFTER the command (issue 11, friction 1)."""
    db = tmp_path_factory.mktemp("demo") / "x.db"
    result = CliRunner().invoke(cli, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert db.is_file()
    return db


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args))


def one_line_error(result: click.testing.Result, code: int = 2) -> str:
    """The single stderr line of a failed command (CliRunner mixes stderr into output)."""
    assert result.exit_code == code, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "internal error" not in lines[0] and "Traceback" not in result.output
    return lines[0]


# --- global options before or after the command ------------------------------------------


def test_demo_takes_db_after_the_command(demo_db: Path) -> None:
    result = run("query", "agreements", "--db", str(demo_db), "--json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) > 0


def test_the_db_given_after_the_command_wins(demo_db: Path, tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "absent.db"), "query", "articles", "--db", str(demo_db))
    assert result.exit_code == 0, result.output
    before = run("--db", str(demo_db), "query", "articles", "--db", str(tmp_path / "absent.db"))
    assert "no database at" in one_line_error(before)


def test_db_after_a_sub_command_of_a_group(demo_db: Path) -> None:
    result = run("db", "path", "--db", str(demo_db))
    assert result.output.strip() == f"sqlite:///{demo_db}"


def test_config_after_the_command(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[crawl]\nconcurency = 3\n", encoding="utf-8")
    line = one_line_error(run("crawl", "--config", str(config)))
    assert "did you mean 'concurrency'" in line


def test_verbose_and_quiet_after_the_command(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    # -v after the command is the crawl's: the summary is printed even off a terminal.
    loud = run("crawl", "--db", db, "--start-url", "http://127.0.0.1:9/", "--allow-private", "-v")
    assert loud.exit_code == 1
    assert "fetched 1 pages" in loud.output or "fetched 0 pages" in loud.output
    # -q after the command wins over -v before it: only the failure line.
    quiet = run("-v", "crawl", "--db", db, "--start-url", "http://127.0.0.1:9/",
                "--allow-private", "-q")  # fmt: skip
    assert quiet.exit_code == 1
    assert "fetched" not in quiet.output
    assert quiet.output.startswith("source 127.0.0.1 failed:"), quiet.output


# --- one line and exit 2 for every failure a user can cause ------------------------------


def test_status_on_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database\n" * 100, encoding="utf-8")
    line = one_line_error(run("status", "--db", str(bogus)))
    assert line == (
        f"Error: {bogus} is not a SQLite database (SQLite says: file is not a database); "
        "name another file with --db"
    )


def test_query_on_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"\x00" * 4096)
    line = one_line_error(run("query", "articles", "--db", str(bogus)))
    assert "is not a SQLite database" in line


@pytest.mark.parametrize("command", [["status"], ["query", "agreements"], ["init"]])
def test_a_folder_as_the_database(tmp_path: Path, command: list[str]) -> None:
    line = one_line_error(run(*command, "--db", str(tmp_path)))
    assert line == f"Error: {tmp_path} is a folder, not a database file; name a file with --db"


def test_config_file_that_is_not_utf8(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_bytes(b'database_url = "caf\xe9.db"\n')
    line = one_line_error(run("--config", str(config), "status"))
    assert line == (
        f"Error: {config}: not UTF-8 text (byte 0xe9 at offset 19); save the config file as UTF-8"
    )


def test_config_that_is_a_folder(tmp_path: Path) -> None:
    line = one_line_error(run("--config", str(tmp_path), "status"))
    assert line == f"Error: {tmp_path} is a folder; --config wants a TOML file"


@contextmanager
def immutable(path: Path) -> Iterator[str]:
    """Make ``path`` unwritable for this process, root included; yield how.

    chmod does not stop root, so as root the file or folder gets the
    immutable attribute (chattr +i), which the kernel enforces for root too.
    """
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield "chmod as an unprivileged user"
        finally:
            path.chmod(mode)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"running as root but chattr +i fails here: {done.stderr.strip()}")
    try:
        yield "chattr +i as root"
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_crawl_on_a_read_only_database_file(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    shutil.copy(demo_db, db)
    with immutable(db) as how:
        result = run("crawl", "--db", str(db), "--start-url", "http://127.0.0.1:9/",
                     "--allow-private")  # fmt: skip
    line = one_line_error(result)
    assert line.startswith(f"Error: cannot write the database: {db} is read-only;"), (how, line)


def test_crawl_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    db = folder / "new.db"
    with immutable(folder) as how:
        result = run("crawl", "--db", str(db), "--start-url", "http://127.0.0.1:9/",
                     "--allow-private")  # fmt: skip
    line = one_line_error(result)
    assert line.startswith(f"Error: cannot write the database: folder {folder} is read-only"), (
        how,
        line,
    )
    assert not db.exists()


def _with(url: str, **parts: str) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)


@pytest.mark.postgres
def test_postgres_with_a_wrong_password(postgres_server_url: str) -> None:
    url = _with(postgres_server_url, password="not-the-password")
    line = one_line_error(run("status", "--db", url))
    assert "password authentication failed" in line
    assert "check the user and password in the URL" in line
    assert "not-the-password" not in line and ":***@" in line


@pytest.mark.postgres
def test_postgres_with_a_missing_database(postgres_server_url: str) -> None:
    url = _with(postgres_server_url, database="campusnews_no_such_database")
    line = one_line_error(run("query", "agreements", "--db", url))
    assert "database 'campusnews_no_such_database' does not exist" in line
    assert "createdb campusnews_no_such_database" in line
    password = make_url(postgres_server_url).password
    assert not password or f":{password}@" not in line


@pytest.mark.postgres
def test_postgres_scheme_is_accepted_and_passwords_are_masked(postgres_url: str) -> None:
    parsed = make_url(postgres_url)
    plain = f"postgres://{parsed.username}:{parsed.password}@{parsed.host}:{parsed.port}"
    plain += f"/{parsed.database}"
    init = run("init", "--db", plain)
    assert init.exit_code == 0, init.output
    assert init.output.strip() == (
        f"database ready: postgresql+psycopg://{parsed.username}:***@{parsed.host}:"
        f"{parsed.port}/{parsed.database}"
    )
    status = run("status", "--db", plain, "--json")
    assert status.exit_code == 0, status.output
    shown = run("db", "path", "--db", plain.replace("postgres://", "postgresql://", 1))
    assert shown.output.strip().startswith(f"postgresql+psycopg://{parsed.username}:***@")
    assert f":{parsed.password}@" not in init.output + shown.output


def test_db_path_masks_the_password() -> None:
    result = run("db", "path", "--db", "postgresql://reader:s3cret@db.example.org/news")
    assert result.output.strip() == "postgresql+psycopg://reader:***@db.example.org/news"


def test_an_unknown_database_kind_is_one_line() -> None:
    line = one_line_error(run("status", "--db", "mysql://u:pw@host/db"))
    assert "not a database URL campusnews knows" in line
    assert "pw@" not in line


# --- exit codes: a test per code ---------------------------------------------------------


def test_exit_0_done(demo_db: Path) -> None:
    assert run("status", "--db", str(demo_db)).exit_code == 0


def test_exit_1_a_source_failed(tmp_path: Path) -> None:
    result = run("crawl", "--db", str(tmp_path / "x.db"), "--start-url", "http://127.0.0.1:9/",
                 "--allow-private")  # fmt: skip
    assert result.exit_code == 1
    assert result.output.startswith("source 127.0.0.1 failed: every fetch failed"), result.output


@pytest.mark.parametrize(
    "command",
    [["query", "articles"], ["query", "agreements"], ["crawl", "--start-url", "http://x.org/"]],
)
def test_exit_2_a_bad_since_everywhere(demo_db: Path, command: list[str]) -> None:
    result = run(*command, "--since", "last-week", "--db", str(demo_db))
    assert result.exit_code == 2, result.output
    assert "last-week" in result.output and "Traceback" not in result.output


def test_exit_70_a_bug(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    @click.command("crash-for-test")
    def crash() -> None:
        raise RuntimeError("a bug at postgresql://u:hunter2@h/db")

    monkeypatch.setitem(cli.commands, "crash-for-test", crash)
    monkeypatch.delenv("CAMPUSNEWS_DEBUG", raising=False)
    monkeypatch.setattr(sys, "argv", ["campusnews", "crash-for-test"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 70
    err = capsys.readouterr().err
    assert err.startswith("campusnews: internal error: RuntimeError: a bug at")
    assert "hunter2" not in err and len(err.strip().splitlines()) == 1


def _crawl_locked(db: Path) -> click.testing.Result:
    return run("crawl", "--db", str(db), "--start-url", "http://127.0.0.1:9/", "--allow-private")


def test_exit_75_is_silent_for_an_overlap_and_status_records_it(
    demo_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    shutil.copy(demo_db, db)
    with run_lock(db):
        result = _crawl_locked(db)
        assert (result.exit_code, result.output) == (75, "")
        status = run("status", "--db", str(db), "--json")
    lock = json.loads(status.output)["lock"]
    assert lock["held_by_pid"] == os.getpid() and lock["stuck"] is False
    assert lock["last_overlap"] is not None
    text = run("status", "--db", str(db)).output
    assert "last overlap: " in text and "STUCK" not in text


def test_exit_75_is_loud_when_the_lock_is_stuck(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    shutil.copy(demo_db, db)
    long_ago = (datetime.now(UTC) - timedelta(hours=30)).isoformat(timespec="seconds")
    with run_lock(db):
        holder_path(db).write_text(json.dumps({"pid": 4242, "since": long_ago}))
        result = _crawl_locked(db)
        status = run("status", "--db", str(db))
    assert result.exit_code == 75
    line = one_line_error(result, 75)
    assert line.startswith("campusnews: the run lock has been held for 30 h")
    assert "ps -p 4242" in line and "kill 4242" in line
    assert "run lock: STUCK, held by process 4242" in status.output


def test_the_stuck_age_is_configurable(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    shutil.copy(demo_db, db)
    config = tmp_path / "c.toml"
    config.write_text("stuck_lock_hours = 48\n", encoding="utf-8")
    long_ago = (datetime.now(UTC) - timedelta(hours=30)).isoformat(timespec="seconds")
    with run_lock(db):
        holder_path(db).write_text(json.dumps({"pid": 4242, "since": long_ago}))
        result = run("crawl", "--config", str(config), "--db", str(db), "--start-url",
                     "http://127.0.0.1:9/", "--allow-private")  # fmt: skip
    assert (result.exit_code, result.output) == (75, "")


# --- filters check their values ----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["agreements", "--type", "foo"], "Error: --type 'foo': no such agreement type; known: "),
        (["agreements", "--type", "MoU"], "did you mean 'mou'?"),
        (["agreements", "--status", "sigend"], "did you mean 'signed' or 'ended'?"),
        (["articles", "--source", "nosuch"], "no such source in this database; known: demo"),
        (["articles", "--source", "dem"], "did you mean 'demo'?"),
    ],
)
def test_filters_check_their_values(demo_db: Path, args: list[str], expected: str) -> None:
    line = one_line_error(run("query", *args, "--db", str(demo_db)))
    assert expected in line


# --- wording -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "verb"),
    [
        ("DROP TABLE agreements", "DROP TABLE"),
        ("drop table no_such_table", "DROP TABLE"),
        ("VACUUM INTO '/tmp/campusnews-copy.db'", "VACUUM"),
        ("/* tidy up */\n-- now\nDELETE FROM agreements", "DELETE"),
        ("CREATE TEMP TABLE t (x)", "CREATE TEMP TABLE"),
    ],
)
def test_the_sql_guard_names_the_statement(demo_db: Path, statement: str, verb: str) -> None:
    line = one_line_error(run("sql", statement, "--db", str(demo_db)))
    assert line.startswith(f"Error: read-only: {verb} is not allowed"), line


def test_status_never_prints_none(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    shutil.copy(demo_db, db)
    import sqlite3

    with sqlite3.connect(db) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(sources)")]
        values = {"name": "quiet-source"}
        conn.execute(
            f"INSERT INTO sources ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
            list(values.values()),
        )
    assert "name" in columns
    result = run("status", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "None" not in result.output
    assert "quiet-source         last success never" in result.output


# --- extract refuses what is not HTML ----------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "an ELF executable, not HTML"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document, not HTML"),
        (b"abc\x00def<p>" * 10, "binary data (NUL bytes), not HTML"),
        (b"just some words, no markup at all\n", "plain text without a single tag, not HTML"),
    ],
)
def test_extract_refuses_what_is_not_html(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "thing.html"
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["extract", str(bad)])
    line = one_line_error(result)
    assert line == f"Error: {bad}: {reason}; extract reads HTML pages and RSS/Atom feeds"


def test_extract_on_a_folder_says_so(tmp_path: Path) -> None:
    line = one_line_error(CliRunner().invoke(cli, ["extract", str(tmp_path)]))
    assert line == f"Error: {tmp_path}: a folder; give the HTML files in it ({tmp_path}/*.html)"


def test_extract_reads_an_rss_feed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>')
    assert CliRunner().invoke(cli, ["extract", str(feed)]).exit_code == 0


def test_extract_goes_on_past_files_that_are_not_html(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><h1>Title</h1><p>Text.</p></body></html>")
    result = CliRunner().invoke(cli, ["extract", "/bin/ls", str(tmp_path), str(page)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0] == {
        "file": "/bin/ls",
        "error": "an ELF executable, not HTML; extract reads HTML pages and RSS/Atom feeds",
    }
    assert lines[1]["file"] == str(tmp_path) and "a folder" in lines[1]["error"]
    assert lines[2]["title"] == "Title"
    assert "2 of 3 files could not be read or parsed" in result.stderr


# --- fast start: lazy commands -----------------------------------------------------------

HEAVY = ("sqlalchemy", "httpx", "scraper.crawler", "scraper.extract")


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_nothing_heavy(flag: str) -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pipeline.cli", flag],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    imported = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "click" in imported  # the parse is right: it sees what was imported
    heavy = sorted(m for m in imported if m.split(".")[0] in HEAVY or m.startswith(HEAVY))
    assert heavy == [], heavy
    assert "Usage:" in done.stdout or "version" in done.stdout


def _imported(args: list[str]) -> set[str]:
    """The modules ``python -m pipeline.cli ARGS`` imports (it must succeed)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pipeline.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


# What a read command leaves alone: the ORM and the models (db/queries.py reads
# through the Core tables of db/tables.py), Alembic (the schema check is one
# SELECT), the network, the crawler, the extractors, the writers.
NOT_FOR_READING = (
    "sqlalchemy.orm",
    "db.models",
    "alembic",
    "httpx",
    "scraper.crawler",
    "scraper.extract",
    "pipeline.store",
    "pipeline.records_store",
)


@pytest.mark.parametrize(
    "args",
    [
        ["query", "agreements", "--limit", "5", "--json"],
        ["query", "articles", "--json"],
        ["query", "organisations", "--json"],
        ["search", "quantum", "--json"],
        ["sql", "SELECT count(*) FROM articles", "--json"],
        ["export", "articles", "--format", "jsonl"],
        ["graph"],
        ["records", "corrections"],
        ["feed"],
        ["status"],
    ],
    ids=lambda args: " ".join(args[:2]),
)
def test_read_commands_on_sqlite_load_no_orm_and_no_crawler(
    args: list[str], engine: Engine, db_path: Path
) -> None:
    imported = _imported([*args, "--db", str(db_path)])
    assert "sqlalchemy" in imported, "the parse is right: it sees what was imported"
    loaded = sorted(
        m for m in imported if any(m == n or m.startswith(n + ".") for n in NOT_FOR_READING)
    )
    assert loaded == [], loaded


def test_the_lazy_command_table_matches_the_modules() -> None:
    import importlib

    modules = {}
    for module_name in COMMAND_MODULES:
        for command in importlib.import_module(f"pipeline.cli.{module_name}").COMMANDS:
            modules[command.name] = (module_name, command)
    assert sorted(COMMANDS) == sorted(modules), "add new commands to pipeline.cli.COMMANDS"
    for name, (module_name, _attribute, short_help) in COMMANDS.items():
        command = load_command(name)
        assert command is modules[name][1]
        assert module_name == modules[name][0]
        assert short_help == command.get_short_help_str(limit=1000), name


def test_every_command_takes_the_global_options() -> None:
    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        commands = [command]
        if isinstance(command, click.Group):
            commands += list(command.commands.values())
        for each in commands:
            names = {opt for param in each.params for opt in getattr(param, "opts", [])}
            assert {"--db", "--config", "-v", "-q"} <= names, each.name


# --- quiet logs --------------------------------------------------------------------------


def test_alembic_lines_stay_out_of_the_log_file(tmp_path: Path) -> None:
    log = tmp_path / "crawl.log"
    result = run("crawl", "--db", str(tmp_path / "new.db"), "--log-file", str(log),
                 "--start-url", "http://127.0.0.1:9/", "--allow-private")  # fmt: skip
    assert result.exit_code == 1, result.output
    text = log.read_text(encoding="utf-8")
    assert "run " in text  # the run's own INFO lines are there
    assert "alembic" not in text and "setup plugin" not in text


# --- crawl report wording ------------------------------------------------------------------


def test_a_layout_failure_does_not_say_errors_none() -> None:
    report = CrawlReport(fetched=3, layout_changed=Counter({"tudelft": 2}))
    lines = report.lines()
    assert not any("errors: none" in line for line in lines), lines
    assert lines[-1].startswith("source tudelft: layout changed, 2 pages read by")
    assert "fetch errors: none" in CrawlReport(fetched=3).lines()[1]


def test_urls_another_worker_fetches_are_not_left_for_the_next_run(
    migrated_engine: Engine,
) -> None:
    urls = [NewURL(f"https://news.example.edu/item/{i}", "uni", "page", 1) for i in range(5)]
    DatabaseFrontier(migrated_engine).add(urls)
    other = DatabaseFrontier(migrated_engine, owner="other", lease_seconds=600)
    assert len(other.lease(2)) == 2
    me = DatabaseFrontier(migrated_engine, owner="me")
    assert len(me.lease(1)) == 1
    # 2 queued + my own lease wait for the next run; the other worker's 2 do not.
    assert (me.pending(), me.leased_elsewhere()) == (3, 2)
    lines = CrawlReport(left_in_frontier=3, leased_elsewhere=2).lines()
    assert "3 URLs left in the frontier for the next run" in lines
    assert "2 URLs being fetched by another worker" in lines


def test_status_on_an_empty_database_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    line = one_line_error(run("status", "--db", str(empty)))
    assert line == (
        f"Error: {empty} has no campusnews tables yet; run 'campusnews init' (or a crawl) first"
    )
