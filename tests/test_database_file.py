"""The .db file alone is the database: writers checkpoint on exit; db backup copies a live one."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

from click.testing import CliRunner
from crawlproc import campusnews, crawl_args, scalar, wait_for_pages

from pipeline.cli import cli
from pipeline.fixture_site import serve_site

TABLES = ("pages", "page_bodies", "articles", "organisations", "agreements", "crawl_runs")


def _alone(db: Path, folder: Path) -> Path:
    """Copy the .db file alone (no -wal, no -shm) into ``folder``, as `cp` would."""
    folder.mkdir()
    return Path(shutil.copy(db, folder / db.name))


def _assert_complete(db: Path, copy: Path) -> None:
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the WAL still holds commits"
    for table in TABLES:
        assert scalar(copy, f"SELECT count(*) FROM {table}") == scalar(
            db, f"SELECT count(*) FROM {table}"
        ), table


def test_after_a_crawl_the_db_file_alone_has_every_article(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serve_site() as (base_url, _log):
        done = subprocess.run(
            crawl_args(db, base_url, "0"), capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 0, done.stderr
    copy = _alone(db, tmp_path / "copy")
    assert scalar(copy, "SELECT count(*) FROM articles") == 24
    _assert_complete(db, copy)
    # reparse writes too, and leaves a complete file as well.
    reparse = subprocess.run(campusnews(db, "reparse", "--all"), capture_output=True, text=True)
    assert reparse.returncode == 0, reparse.stderr
    _assert_complete(db, _alone(db, tmp_path / "after-reparse"))


def test_after_demo_the_db_file_alone_has_every_article(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "demo"])
    assert result.exit_code == 0, result.output
    copy = _alone(db, tmp_path / "copy")
    assert scalar(copy, "SELECT count(*) FROM articles") == 24
    _assert_complete(db, copy)


def test_db_backup_during_a_crawl_is_a_consistent_self_contained_copy(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    backup = tmp_path / "backups" / "copy.db"
    backup.parent.mkdir()
    with serve_site(latency=0.05) as (base_url, _log):
        crawl = subprocess.Popen(crawl_args(db, base_url, "0.3"), stderr=subprocess.PIPE)
        try:
            wait_for_pages(crawl, db, 3)
            made = subprocess.run(
                campusnews(db, "db", "backup", str(backup)), capture_output=True, text=True
            )
            crawl_was_running = crawl.poll() is None
        finally:
            crawl.communicate(timeout=120)  # waits, and closes the pipe
    assert made.returncode == 0, made.stderr
    assert crawl_was_running, "the crawl ended before the backup; slow the server down"
    assert crawl.returncode == 0
    assert f"to {backup}" in made.stderr
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # A rollback-journal file: nothing beside it is needed to read it.
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in backup.parent.iterdir()) == ["copy.db"]
    stored = scalar(backup, "SELECT count(*) FROM pages WHERE sha256 IS NOT NULL")
    assert 3 <= stored <= scalar(db, "SELECT count(*) FROM pages WHERE sha256 IS NOT NULL")
    # Every stored article in the copy has its page and its body: one snapshot.
    assert scalar(
        backup,
        "SELECT count(*) FROM articles AS a JOIN pages AS p ON p.id = a.page_id "
        "JOIN page_bodies AS b ON b.page_id = p.id",
    ) == scalar(backup, "SELECT count(*) FROM articles")
    # The copy is a campusnews database that the reading commands open.
    listed = CliRunner().invoke(cli, ["--db", str(backup), "query", "articles", "--json"])
    assert listed.exit_code == 0, listed.output
    assert listed.output.count('"title"') == scalar(backup, "SELECT count(*) FROM articles")


def test_db_backup_refuses_to_overwrite_and_names_pg_dump_for_postgresql(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    assert CliRunner().invoke(cli, ["--db", str(db), "init"]).exit_code == 0
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"keep me")
    result = CliRunner().invoke(cli, ["--db", str(db), "db", "backup", str(taken)])
    assert result.exit_code == 2
    assert "exists; name another file or pass --force" in result.output
    assert taken.read_bytes() == b"keep me"
    forced = CliRunner().invoke(cli, ["--db", str(db), "db", "backup", str(taken), "--force"])
    assert forced.exit_code == 0, forced.output
    assert scalar(taken, "SELECT count(*) FROM alembic_version") == 1
    itself = CliRunner().invoke(cli, ["--db", str(db), "db", "backup", str(db), "--force"])
    assert itself.exit_code == 2 and "is the database itself" in itself.output
    pg = CliRunner().invoke(
        cli, ["--db", "postgresql+psycopg://u:p@127.0.0.1:1/news", "db", "backup", "x.db"]
    )
    assert pg.exit_code == 2
    assert pg.output.strip().splitlines() == [
        "Error: db backup copies a SQLite file; for PostgreSQL use pg_dump "
        "(pg_dump --format=custom --file=campusnews.dump DATABASE_URL)"
    ]


def test_init_upgrade_and_optimize_leave_a_complete_file(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    for i, args in enumerate((["init"], ["db", "upgrade"], ["db", "optimize"])):
        result = CliRunner().invoke(cli, ["--db", str(db), *args])
        assert result.exit_code == 0, result.output
        copy = _alone(db, tmp_path / f"copy{i}")
        assert scalar(copy, "SELECT count(*) FROM alembic_version") == 1, args
        _assert_complete(db, copy)
