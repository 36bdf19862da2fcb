"""Read-only files, folders and mounts: every reading command works, writers fail in one line.

Root writes through chmod, so the folder is made read-only the strongest way
this machine allows: a read-only bind mount when running as root (``mount``
works in this container), else chmod 555 as the unprivileged user the tests
run as. ``test_chmod_as_whoever_runs_the_tests`` checks what chmod does for
the current user, root included, and that readers open the file ``mode=ro``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from crawlproc import campusnews
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from pipeline.cli import cli
from pipeline.cli.context import AppContext

READERS = [
    ["query", "articles", "--json"],
    ["sql", "SELECT count(*) AS n FROM articles", "--json"],
    ["search", "quantum", "--json"],
    ["export", "articles"],
    ["graph", "--format", "json"],
    ["status", "--json"],
]
WRITERS = [
    ["init"],
    ["db", "upgrade"],
    ["db", "optimize"],
    ["crawl", "--start-url", "http://127.0.0.1:9/", "--allow-private"],
    ["reparse", "--all"],
    ["demo"],
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A campusnews database (WAL mode, 24 articles) made by ``campusnews demo``."""
    db = tmp_path_factory.mktemp("demo") / "news.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "demo"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(params=["wal", "rollback"])
def folder_with_db(request: pytest.FixtureRequest, demo_db: Path, tmp_path: Path) -> Path:
    """A folder holding only news.db: the demo's WAL file, or a rollback-journal backup of it."""
    folder = tmp_path / "share"
    folder.mkdir()
    if request.param == "wal":
        shutil.copy(demo_db, folder / "news.db")
    else:
        made = CliRunner().invoke(
            cli, ["--db", str(demo_db), "db", "backup", str(folder / "news.db")]
        )
        assert made.exit_code == 0, made.output
    return folder


@contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """Make ``folder`` read-only for this process; yield how."""
    if os.geteuid() != 0:
        for path in folder.iterdir():
            path.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield "chmod 555 as an unprivileged user"
        finally:
            folder.chmod(0o755)
        return
    source = folder.with_name(folder.name + "-source")
    folder.rename(source)
    folder.mkdir()
    bound = subprocess.run(["mount", "--bind", str(source), str(folder)], capture_output=True)
    if bound.returncode != 0:
        pytest.fail(f"running as root but cannot bind-mount: {bound.stderr!r}")
    try:
        ro = subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True, text=True
        )
        assert ro.returncode == 0, ro.stderr
        yield "read-only bind mount"
    finally:
        # A file the code left open keeps the mount busy: detach it anyway, then fail.
        busy = subprocess.run(["umount", str(folder)], capture_output=True, text=True)
        if busy.returncode != 0:
            subprocess.run(["umount", "--lazy", str(folder)], check=True)
            pytest.fail(f"a database file stayed open after the command: {busy.stderr}")


def _invoke(db: Path, args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.output


def test_every_reading_command_reads_a_read_only_folder(
    folder_with_db: Path, tmp_path: Path
) -> None:
    db = folder_with_db / "news.db"
    with read_only_folder(folder_with_db) as how:
        with pytest.raises(OSError):
            (folder_with_db / "probe").touch()  # the folder really is read-only
        outputs = {}
        for args in READERS:
            code, output = _invoke(db, args)
            assert code == 0, (how, args, output)
            outputs[args[0]] = output
        copy = tmp_path / "copy.db"
        code, output = _invoke(db, ["db", "backup", str(copy)])
        assert code == 0, (how, output)
        assert sorted(p.name for p in folder_with_db.iterdir()) == ["news.db"]
    assert json.loads(outputs["sql"]) == [{"n": 24}]
    assert len(json.loads(outputs["query"])) == 24
    assert len(outputs["export"].splitlines()) == 24
    assert json.loads(outputs["search"])
    assert json.loads(outputs["graph"])["edges"]
    assert json.loads(outputs["status"])["runs"][0]["status"] == "ok"
    code, output = _invoke(copy, ["sql", "SELECT count(*) AS n FROM articles", "--json"])
    assert (code, json.loads(output)) == (0, [{"n": 24}])


@pytest.mark.parametrize("args", WRITERS, ids=lambda a: " ".join(a[:2]))
def test_writing_commands_on_a_read_only_folder_fail_in_one_line(
    demo_db: Path, tmp_path: Path, args: list[str]
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    shutil.copy(demo_db, folder / "news.db")
    db = folder / "news.db"
    with read_only_folder(folder) as how:
        code, output = _invoke(db, args)
    assert code == 2, (how, output)
    lines = output.strip().splitlines()
    assert len(lines) == 1, (how, output)
    assert lines[0].startswith(f"Error: cannot write the database: {db} is read-only;"), lines
    assert "campusnews db backup COPY.db" in lines[0]


def test_chmod_as_whoever_runs_the_tests(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    db = folder / "news.db"
    shutil.copy(demo_db, db)
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        # Reading commands open the file mode=ro: even root cannot write through them.
        engine = AppContext(db_option=str(db)).open_engine(read_only=True)
        try:
            with engine.connect() as conn:
                assert conn.scalar(text("SELECT count(*) FROM articles")) == 24
                with pytest.raises(OperationalError, match="readonly database"):
                    conn.execute(text("DELETE FROM articles"))
        finally:
            engine.dispose()
        for args in READERS:
            code, output = _invoke(db, args)
            assert code == 0, (args, output)
        code, output = _invoke(db, ["init"])
        if os.geteuid() == 0:
            # chmod does not stop root: SQLite writes the file, as root may.
            assert code == 0, output
        else:
            assert code == 2 and "cannot write the database" in output, output
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)


def test_commits_left_in_a_wal_beside_a_read_only_file_are_named(
    demo_db: Path, tmp_path: Path
) -> None:
    """A copy taken with a non-empty -wal (not by db backup): the reader says what it misses."""
    live = tmp_path / "live.db"
    shutil.copy(demo_db, live)
    folder = tmp_path / "share"
    folder.mkdir()
    writer = sqlite3.connect(live)
    try:
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("DELETE FROM crawl_runs")
        writer.commit()
        shutil.copy(live, folder / "news.db")
        shutil.copy(live.with_name("live.db-wal"), folder / "news.db-wal")
    finally:
        writer.close()
    with read_only_folder(folder) as how:
        sql = "SELECT count(*) AS n FROM crawl_runs"
        result = subprocess.run(
            campusnews(folder / "news.db", "sql", sql, "--json"), capture_output=True, text=True
        )
    assert result.returncode == 0, (how, result.stderr)
    assert json.loads(result.stdout) == [{"n": 1}]  # the file's own state
    assert result.stderr.count("\n") == 1
    assert "news.db-wal holds commits that are not in news.db" in result.stderr


def test_db_backup_into_a_read_only_or_missing_folder_is_one_line(
    demo_db: Path, tmp_path: Path
) -> None:
    target_folder = tmp_path / "backups"
    target_folder.mkdir()
    (target_folder / "keep.txt").write_text("x")
    with read_only_folder(target_folder) as how:
        code, output = _invoke(demo_db, ["db", "backup", str(target_folder / "copy.db")])
    assert code == 2, (how, output)
    assert output.strip().splitlines() == [
        f"Error: folder {target_folder} is read-only; name a file in a writable folder"
    ]
    code, output = _invoke(demo_db, ["db", "backup", str(tmp_path / "nope" / "copy.db")])
    assert code == 2 and "does not exist; create it first" in output
