"""Cron-readiness: a crawl killed with SIGKILL resumes with nothing lost or duplicated."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pipeline.fixture_site import serve_site


def _crawl_args(db: Path, base_url: str, delay: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "pipeline.cli",
        "--db",
        str(db),
        "crawl",
        "--start-url",
        base_url + "/",
        "--allow-private",
        "--delay",
        delay,
    ]


def _scalar(db: Path, sql: str) -> int:
    with sqlite3.connect(db, timeout=10) as conn:
        try:
            return int(conn.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def test_kill_9_then_rerun_finishes_the_crawl(tmp_path: Path) -> None:
    killed_db = tmp_path / "killed.db"
    clean_db = tmp_path / "clean.db"
    with serve_site() as (base_url, _log):
        # A reference crawl, uninterrupted.
        done = subprocess.run(
            _crawl_args(clean_db, base_url, "0"), capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        # The same crawl, slowed down and killed once a few pages are stored.
        proc = subprocess.Popen(_crawl_args(killed_db, base_url, "0.3"), stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while _scalar(killed_db, "SELECT count(*) FROM pages WHERE sha256 IS NOT NULL") < 4:
            assert proc.poll() is None, "the crawl ended before it could be killed"
            assert time.monotonic() < deadline, "the crawl stored nothing"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=10)  # waits, and closes the pipe
        stored_before = _scalar(killed_db, "SELECT count(*) FROM pages WHERE sha256 IS NOT NULL")
        total = _scalar(clean_db, "SELECT count(*) FROM pages WHERE sha256 IS NOT NULL")
        assert stored_before < total, "nothing was left to resume"
        # The lock died with the process; the rerun takes the killed run's leases back.
        rerun = subprocess.run(
            _crawl_args(killed_db, base_url, "0"), capture_output=True, text=True, timeout=120
        )
        assert rerun.returncode == 0, rerun.stderr
    for table in ("pages", "articles", "agreements", "organisations", "date_mentions"):
        assert _scalar(killed_db, f"SELECT count(*) FROM {table}") == _scalar(
            clean_db, f"SELECT count(*) FROM {table}"
        ), table
    assert _scalar(killed_db, "SELECT count(*) FROM frontier WHERE state != 'done'") == _scalar(
        clean_db, "SELECT count(*) FROM frontier WHERE state != 'done'"
    )


def test_max_runtime_leaves_the_rest_for_the_next_run(tmp_path: Path) -> None:
    db = tmp_path / "bounded.db"
    with serve_site() as (base_url, _log):
        bounded = subprocess.run(
            [*_crawl_args(db, base_url, "0.25"), "--max-runtime", "1", "-v"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert bounded.returncode == 0, bounded.stderr
        assert "stopped early (max_runtime was reached)" in bounded.stderr
        assert "URLs wait for the next run" in bounded.stderr
        stored = _scalar(db, "SELECT count(*) FROM pages WHERE sha256 IS NOT NULL")
        assert 0 < stored < 20
        rest = subprocess.run(
            _crawl_args(db, base_url, "0"), capture_output=True, text=True, timeout=120
        )
        assert rest.returncode == 0, rest.stderr
    assert _scalar(db, "SELECT count(*) FROM pages WHERE sha256 IS NOT NULL") > stored
    assert _scalar(db, "SELECT count(*) FROM frontier WHERE state IN ('queued', 'leased')") == 0
