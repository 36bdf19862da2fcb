"""A killed run is marked 'interrupted' (end unknown) by the next run, and status says so."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from crawlproc import crawl_args
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from db import models as m
from db.engine import make_engine
from db.migrate import upgrade
from pipeline.cli import cli
from pipeline.fixture_site import serve_site
from pipeline.runs import live_run

# Fixtures postgres_url, postgres_server_url: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)


def _status(db: str) -> dict:
    result = CliRunner().invoke(cli, ["--db", db, "status", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _stored_pages(engine: Engine) -> int:
    try:
        with engine.connect() as conn:
            return conn.scalar(text("SELECT count(*) FROM pages WHERE sha256 IS NOT NULL")) or 0
    except (OperationalError, ProgrammingError):
        return 0  # the crawl has not created its tables yet


def _kill_a_running_crawl(db: str, base_url: str) -> None:
    """Start a slow crawl, see it 'running' in status, and kill -9 it mid-crawl."""
    proc = subprocess.Popen(crawl_args(db, base_url, "0.3"), stderr=subprocess.PIPE)
    engine = make_engine(db)
    try:
        deadline = time.monotonic() + 60
        while _stored_pages(engine) < 3:
            assert proc.poll() is None, "the crawl ended before it could be killed"
            assert time.monotonic() < deadline, "the crawl stored nothing"
            time.sleep(0.05)
        # While it runs, status shows it running, and a reader marks nothing.
        assert _status(db)["runs"][0]["status"] == "running"
    finally:
        engine.dispose()
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=10)  # waits, and closes the pipe
    # Nobody marked it yet: only the next run, finding the lock free, does.
    assert _status(db)["runs"][0]["status"] == "running"


def _check_marked(db: str) -> None:
    runs = _status(db)["runs"]
    assert [r["status"] for r in runs] == ["ok", "interrupted"]
    rerun, killed = runs
    assert killed["finished_at"] is None and killed["summary"] is None
    assert killed["pages_fetched"] >= 3
    assert rerun["finished_at"] is not None
    text = CliRunner().invoke(cli, ["--db", db, "status"]).output
    line = next(x for x in text.splitlines() if x.startswith(f"  #{killed['id']} "))
    assert "interrupted" in line and "end unknown (killed)" in line
    assert f"{killed['pages_fetched']} pages fetched before it stopped" in line


def test_kill_9_then_a_new_run_marks_the_killed_run_interrupted(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with serve_site(latency=0.05) as (base_url, _log):
        _kill_a_running_crawl(str(db), base_url)
        rerun = subprocess.run(
            crawl_args(db, base_url, "0"), capture_output=True, text=True, timeout=120
        )
        assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.splitlines() == [
        "WARNING run #1 was killed before it finished; 'campusnews status' shows it interrupted"
    ]
    _check_marked(str(db))


@pytest.mark.postgres
def test_kill_9_then_a_new_worker_marks_it_interrupted_on_postgres(postgres_url: str) -> None:
    with serve_site(latency=0.05) as (base_url, _log):
        _kill_a_running_crawl(postgres_url, base_url)
        rerun = subprocess.run(
            crawl_args(postgres_url, base_url, "0"), capture_output=True, text=True, timeout=120
        )
        assert rerun.returncode == 0, rerun.stderr
    _check_marked(postgres_url)


@pytest.mark.postgres
def test_a_live_worker_on_postgres_is_never_marked(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    upgrade(engine)
    try:
        with live_run(engine):  # a worker that is alive, in this process
            with Session(engine) as session, session.begin():
                session.add(m.CrawlRun(started_at=datetime.now(UTC), status="running", sources="x"))
            # Another worker starts and ends meanwhile: the live run stays running.
            with serve_site() as (base_url, _log):
                done = subprocess.run(
                    crawl_args(postgres_url, base_url, "0"),
                    capture_output=True,
                    text=True,
                    timeout=120,
                )
            assert done.returncode == 0, done.stderr
            with Session(engine) as session:
                assert session.scalars(select(m.CrawlRun.status).order_by(m.CrawlRun.id)).all() == [
                    "running",
                    "ok",
                ]
        # The live worker is gone without finishing its run: the next one marks it.
        with live_run(engine) as marked:
            assert marked == [1]
    finally:
        engine.dispose()
