"""Helpers for tests that run ``campusnews`` as a real subprocess and read its SQLite file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path


def campusnews(db: Path | str, *args: str) -> list[str]:
    """The argument list of ``campusnews --db DB ARGS...`` run with this interpreter."""
    return [sys.executable, "-m", "pipeline.cli", "--db", str(db), *args]


def crawl_args(db: Path | str, base_url: str, delay: str) -> list[str]:
    """An ad-hoc crawl of the fixture site at ``base_url``."""
    return campusnews(
        db, "crawl", "--start-url", base_url + "/", "--allow-private", "--delay", delay
    )


def scalar(db: Path, sql: str) -> int:
    """One number from the SQLite file (0 while the table does not exist yet)."""
    with sqlite3.connect(db, timeout=10) as conn:
        try:
            return int(conn.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def wait_for_pages(proc: subprocess.Popen[bytes], db: Path, pages: int) -> None:
    """Wait until the running crawl ``proc`` has stored ``pages`` page bodies."""
    deadline = time.monotonic() + 60
    while scalar(db, "SELECT count(*) FROM pages WHERE sha256 IS NOT NULL") < pages:
        assert proc.poll() is None, "the crawl ended before it was caught running"
        assert time.monotonic() < deadline, "the crawl stored nothing"
        time.sleep(0.05)
