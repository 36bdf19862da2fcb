"""Group commit: a SQLite crawl stores pages in batches and loses nothing it reported.

A batch's pages are invisible to other connections and uncounted until it
commits (when full, before a frontier write of its own, at the end of the
run); a crawl killed with SIGKILL mid-batch has stored every page it counted,
and the next run fetches the rest.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from db.engine import make_engine
from db.migrate import upgrade
from pipeline.crawl import CrawlReport, PageHandler, SourcePlan
from pipeline.fixture_site import serve_site
from pipeline.store import DatabaseFrontier
from scraper.fetch import FetchResult
from scraper.frontier import CrawlTask, NewURL
from scraper.generic import GenericSource
from scraper.policy import SourceScope

BASE = "http://news.example.test"


def _stored(db: Path) -> int:
    """Pages with a body, as another connection (another process) sees them."""
    with sqlite3.connect(db, timeout=10) as conn:
        try:
            return int(
                conn.execute("SELECT count(*) FROM pages WHERE sha256 IS NOT NULL").fetchone()[0]
            )
        except sqlite3.OperationalError:
            return 0


def _article(i: int) -> bytes:
    words = " ".join(f"word{i}x{k}" for k in range(120))
    return (
        f"<html><head><title>News {i}</title></head><body><article><h1>News {i}</h1>"
        f"<time datetime='2026-01-{1 + i % 28:02d}'>day</time><p>{words}</p></article>"
        "</body></html>"
    ).encode()


def _handler(db: Path, batch: int) -> tuple[PageHandler, DatabaseFrontier, list[CrawlTask]]:
    engine = make_engine(str(db))
    upgrade(engine)
    frontier = DatabaseFrontier(engine, exclusive=True)
    scope = SourceScope(name="news", hosts=frozenset({"news.example.test"}))
    plan = SourcePlan("news", GenericSource(), scope, ())
    handler = PageHandler(
        engine,
        frontier,
        [plan],
        CrawlReport(),
        run_id=None,
        max_links=0,
        batch=batch,
        batch_seconds=3600,  # commits by size here, however slow the machine
    )
    frontier.before_write = handler.commit
    frontier.add([NewURL(f"{BASE}/news/{i}/", "news", "page", 1) for i in range(5)])
    tasks = sorted(frontier.lease(5), key=lambda t: t.url)
    return handler, frontier, tasks


def _fetched(task: CrawlTask, i: int) -> FetchResult:
    return FetchResult(
        url=task.url,
        final_url=task.url,
        status=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=_article(i),
        fetched_at=datetime.now(UTC),
    )


def test_a_batch_is_stored_and_counted_when_it_commits(tmp_path: Path) -> None:
    db = tmp_path / "batch.db"
    handler, _frontier, tasks = _handler(db, batch=3)
    for i, task in enumerate(tasks[:2]):
        handler(task, _fetched(task, i))
    # Two pages in the open batch: not committed, so not counted as stored.
    assert _stored(db) == 0
    assert handler.report.new == 0
    handler(tasks[2], _fetched(tasks[2], 2))
    # The third fills the batch: all three commit, and only now count.
    assert _stored(db) == 3
    assert handler.report.new == 3
    handler(tasks[3], _fetched(tasks[3], 3))
    assert (_stored(db), handler.report.new) == (3, 3)
    handler.commit()
    assert (_stored(db), handler.report.new) == (4, 4)
    handler.engine.dispose()


def test_a_frontier_write_commits_the_open_batch_first(tmp_path: Path) -> None:
    db = tmp_path / "frontier.db"
    handler, frontier, tasks = _handler(db, batch=50)
    handler(tasks[0], _fetched(tasks[0], 0))
    assert _stored(db) == 0
    # The frontier writes on a connection of its own: SQLite would make it wait
    # for the batch's write lock, so the batch commits first.
    frontier.fail(tasks[1], "gone")
    assert _stored(db) == 1
    assert handler.report.new == 1
    with sqlite3.connect(db) as conn:
        states = dict(conn.execute("SELECT url, state FROM frontier").fetchall())
    assert states[tasks[0].url] == "done" and states[tasks[1].url] == "failed"
    handler.engine.dispose()


def test_a_lease_joins_the_open_batch_and_commits_with_it(tmp_path: Path) -> None:
    db = tmp_path / "lease.db"
    handler, frontier, tasks = _handler(db, batch=50)
    frontier.batch_session = handler.open_batch
    frontier.add([NewURL(f"{BASE}/more/{i}/", "news", "page", 1) for i in range(3)])
    handler(tasks[0], _fetched(tasks[0], 0))
    leased = frontier.lease(2)
    assert len(leased) == 2
    # The lease is in the batch's transaction: neither it nor the page is committed.
    assert (_stored(db), handler.report.new) == (0, 0)
    with sqlite3.connect(db) as conn:
        states = dict(conn.execute("SELECT url, state FROM frontier").fetchall())
    assert {states[t.url] for t in leased} == {"queued"}
    handler.commit()
    with sqlite3.connect(db) as conn:
        states = dict(conn.execute("SELECT url, state FROM frontier").fetchall())
    assert {states[t.url] for t in leased} == {"leased"}
    assert states[tasks[0].url] == "done"
    assert (_stored(db), handler.report.new) == (1, 1)
    handler.engine.dispose()


def test_a_page_that_fails_to_store_is_rolled_back_alone(tmp_path: Path) -> None:
    db = tmp_path / "savepoint.db"
    handler, _frontier, tasks = _handler(db, batch=50)
    handler(tasks[0], _fetched(tasks[0], 0))
    # A run id with no crawl_runs row: the page's row breaks a foreign key.
    handler.run_id = 999
    with pytest.raises(IntegrityError):
        handler(tasks[1], _fetched(tasks[1], 1))
    handler.run_id = None
    handler(tasks[2], _fetched(tasks[2], 2))
    handler.commit()
    with sqlite3.connect(db) as conn:
        urls = {u for (u,) in conn.execute("SELECT url FROM pages")}
    assert urls == {tasks[0].url, tasks[2].url}
    assert handler.report.new == 2
    handler.engine.dispose()


def test_one_page_a_transaction_without_a_batch(tmp_path: Path) -> None:
    db = tmp_path / "single.db"
    handler, _frontier, tasks = _handler(db, batch=1)
    handler(tasks[0], _fetched(tasks[0], 0))
    assert (_stored(db), handler.report.new) == (1, 1)
    handler.engine.dispose()


# Runs one crawl of the fixture site in a child process that kills itself
# (SIGKILL: no cleanup, no commit) once it has fetched KILL_AT pages, has counted
# some as stored, and some page it stored is not committed yet (an open batch),
# after writing down what the run had counted as stored until then. The first
# batch is given the time to commit on its timer (leases join the open batch, so
# on a fast machine nothing else commits it before the kill).
CHILD = """
import dataclasses, os, signal, sqlite3, sys, time
from db.engine import make_engine
from db.migrate import upgrade
from pipeline.crawl import SourcePlan, run_crawl
from pipeline.page_handler import BATCH_SECONDS
from pipeline.settings import Settings
from scraper.generic import GenericSource
from scraper.policy import SourceScope

db, base_url, kill_at, counted = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
settings = Settings()
settings = dataclasses.replace(
    settings, parse_workers=0, policy=dataclasses.replace(settings.policy, delay=0)
)
engine = make_engine(db)
upgrade(engine)
scope = SourceScope(name="site", hosts=frozenset({"127.0.0.1"}), allow_private=True)
plan = SourcePlan("site", GenericSource(), scope, (base_url + "/",))

def committed():
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM pages WHERE sha256 IS NOT NULL").fetchone()[0]

def progress(report):
    # Called as a fetched page is about to be stored: the ones before it are stored.
    if report.fetched == 2:
        time.sleep(BATCH_SECONDS + 0.2)  # the open batch's timer commits it next
    if report.fetched >= kill_at and report.new > 0 and committed() < report.fetched - 1:
        with open(counted, "w") as out:
            out.write(f"{report.new} {report.articles}")
        os.kill(os.getpid(), signal.SIGKILL)

run_crawl(engine, settings, [plan], progress=progress)
"""


def _crawl(db: Path, base_url: str, *, kill_at: int = 10**9, counted: Path | None = None) -> int:
    """Run CHILD on ``db``; its exit status (-9 when it killed itself)."""
    args = [str(db), base_url, str(kill_at), str(counted or db.with_suffix(".counted"))]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode in (0, -9), done.stderr
    return done.returncode


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db, timeout=10) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_kill_9_mid_batch_loses_nothing_counted_and_the_next_run_resumes(tmp_path: Path) -> None:
    clean, killed, counted = tmp_path / "clean.db", tmp_path / "killed.db", tmp_path / "counted"
    with serve_site() as (base_url, _log):
        assert _crawl(clean, base_url) == 0
        total = _stored(clean)
        assert _crawl(killed, base_url, kill_at=3, counted=counted) == -9
        new, articles = map(int, counted.read_text().split())
        # Everything the run had counted as stored is stored, articles included
        # (the pages of the open batch were not counted).
        assert _stored(killed) >= new > 0
        assert _count(killed, "SELECT count(*) FROM articles") >= articles
        assert _stored(killed) < total, "nothing was left to resume"
        # The same crawl again: it takes the killed run's leases back.
        assert _crawl(killed, base_url) == 0
    for table in ("pages", "articles", "agreements", "organisations", "date_mentions"):
        sql = f"SELECT count(*) FROM {table}"
        assert _count(killed, sql) == _count(clean, sql), table
    stored = "SELECT count(*) FROM pages WHERE sha256 IS NOT NULL"
    assert _count(killed, stored) == _count(clean, stored) == total
    not_done = "SELECT count(*) FROM frontier WHERE state != 'done'"
    assert _count(killed, not_done) == _count(clean, not_done)
