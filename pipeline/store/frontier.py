"""The crawl frontier in the database: survives kill -9 and is shared by workers.

Every state change is committed at once, so a killed run loses at most the
fetches that were in flight (and the pages of a group commit still open, with
the leases taken in it: see ``before_write`` and ``batch_session``); their
leases expire and the next run (or another worker)
takes the URLs again. On PostgreSQL, leases use
``SELECT ... FOR UPDATE SKIP LOCKED`` so several workers never take the same URL.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Integer, Table, and_, bindparam, func, or_, select, text, update
from sqlalchemy.orm import Session

from db import models as m
from pipeline.store import sql
from pipeline.store.pages import insert_missing, source_id
from pipeline.store.savepoints import savepoint
from pipeline.store.sql import PAGES
from scraper.frontier import CrawlTask, NewURL
from scraper.urls import host_of, url_key

FRONTIER: Table = m.FrontierURL.__table__  # type: ignore[assignment]

# Sets the columns named in its parameters (built once: this runs for every page).
UPDATE_URL = update(FRONTIER).where(FRONTIER.c.id == bindparam("p_id"))

# The hosts with queued URLs, one index probe per host (a "loose index scan";
# SELECT DISTINCT would read every queued row).
HOSTS_WITH_QUEUED = text(
    """
    WITH RECURSIVE hosts(host) AS (
        SELECT min(host) FROM frontier WHERE state = 'queued'
        UNION ALL
        SELECT (SELECT min(host) FROM frontier WHERE state = 'queued' AND host > hosts.host)
        FROM hosts WHERE hosts.host IS NOT NULL
    )
    SELECT host FROM hosts WHERE host IS NOT NULL
    """
)

# Feeds, sitemaps and news indexes (a listing's first page found by a link)
# are how news is found: every run fetches them again (conditionally), like
# the start URLs. Deeper listing pages are revisited only
# when a revisited listing before them showed something new; article pages are
# fetched once and then rechecked after ``recheck_after``.
ALWAYS_REVISIT = ("feed", "sitemap", "index")
ADD_CHUNK = 1000
KNOWN_KEYS = select(FRONTIER.c.url_key).where(
    FRONTIER.c.url_key.in_(bindparam("p_keys", expanding=True))
)

# A lease's statements, built once (a crawl leases every few pages). Parameters:
# p_now, p_sources (the run's source ids: an expanding list), p_host, p_cap,
# p_ids (the candidates), p_token, p_expires.
_DUE = (
    FRONTIER.c.state == "queued",
    or_(FRONTIER.c.next_attempt_at.is_(None), FRONTIER.c.next_attempt_at <= bindparam("p_now")),
)
_OF_SOURCES = FRONTIER.c.source_id.in_(bindparam("p_sources", expanding=True))
_HOST_DUE = (
    select(FRONTIER.c.depth, FRONTIER.c.id)
    .where(*_DUE, FRONTIER.c.host == bindparam("p_host"))
    .order_by(FRONTIER.c.depth, FRONTIER.c.id)
    .limit(bindparam("p_cap", type_=Integer))
)
_EXPIRED = (
    select(FRONTIER.c.host, FRONTIER.c.depth, FRONTIER.c.id)
    .where(FRONTIER.c.state == "leased", FRONTIER.c.lease_expires_at < bindparam("p_now"))
    .order_by(FRONTIER.c.depth, FRONTIER.c.id)
    .limit(bindparam("p_cap", type_=Integer))
)
# (statement for every source, statement for the sources in p_sources)
HOST_DUE = (_HOST_DUE, _HOST_DUE.where(_OF_SOURCES))
EXPIRED_LEASES = (_EXPIRED, _EXPIRED.where(_OF_SOURCES))
# The claim re-checks that each candidate is still free (another worker may have taken it).
CLAIM = (
    update(FRONTIER)
    .where(
        FRONTIER.c.id.in_(bindparam("p_ids", expanding=True)),
        or_(
            and_(*_DUE),
            # A worker that died mid-fetch: its lease ran out, take the URL over.
            and_(FRONTIER.c.state == "leased", FRONTIER.c.lease_expires_at < bindparam("p_now")),
        ),
    )
    .values(
        state="leased", lease_owner=bindparam("p_token"), lease_expires_at=bindparam("p_expires")
    )
)
CLAIMED = (
    select(
        FRONTIER.c.id,
        FRONTIER.c.url,
        FRONTIER.c.url_key,
        FRONTIER.c.source_id,
        FRONTIER.c.kind,
        FRONTIER.c.depth,
        FRONTIER.c.attempts,
        PAGES.c.etag,
        PAGES.c.last_modified,
    )
    .outerjoin(PAGES, PAGES.c.url_key == FRONTIER.c.url_key)
    .where(
        FRONTIER.c.id.in_(bindparam("p_ids", expanding=True)),
        FRONTIER.c.lease_owner == bindparam("p_token"),
    )
    .order_by(FRONTIER.c.depth, FRONTIER.c.id)
)


def worker_name() -> str:
    """A name for this process, stored on the URLs it leases."""
    return f"{socket.gethostname()}:{os.getpid()}"


class DatabaseFrontier:
    """A ``scraper.frontier.Frontier`` backed by the ``frontier`` table."""

    def __init__(
        self,
        engine: Engine,
        *,
        lease_seconds: float = 300.0,
        owner: str | None = None,
        sources: Iterable[str] | None = None,
        exclusive: bool = False,
    ) -> None:
        self.engine = engine
        # exclusive: this run holds the database's run lock, so every lease in
        # the table belongs to a dead run and can be taken back at once.
        self.exclusive = exclusive
        self.lease_seconds = lease_seconds
        self.owner = owner or worker_name()
        self._source_ids: dict[str, int] = {}
        self._source_names: dict[int, str] = {}
        self._only_sources = set(sources) if sources is not None else None
        self._leases = 0
        # Tasks completed inside a page transaction: id -> attempts when completed.
        self._completed: dict[int, int] = {}
        # When this run began; set by seed(). Pages fetched since are not revisited.
        self.run_started = datetime.now(UTC)
        # Called before every transaction of the frontier's own: the page
        # handler's group commit (pipeline/page_handler.py) commits its open
        # batch there, or SQLite would make this write wait for that one.
        self.before_write: Callable[[], None] | None = None
        # The open group commit's session, if any (None: none open): a lease
        # joins its transaction instead of committing it first. A kill -9 then
        # loses the lease with the batch's pages, and their URLs stay queued.
        self.batch_session: Callable[[], Session | None] | None = None

    @contextmanager
    def _lease_transaction(self) -> Iterator[Session]:
        """A lease's transaction: a savepoint in the open group commit, else one of its own."""
        shared = self.batch_session() if self.batch_session is not None else None
        if shared is None:
            with self._own_session() as session, session.begin():
                yield session
            return
        with savepoint(shared, "lease"):
            yield shared

    def _own_session(self) -> Session:
        """A new session for a transaction of the frontier's own (after ``before_write``)."""
        if self.before_write is not None:
            self.before_write()
        return Session(self.engine)

    def _source_id(self, session: Session, name: str) -> int:
        if name not in self._source_ids:
            sid = source_id(session, name)
            self._source_ids[name] = sid
            self._source_names[sid] = name
        return self._source_ids[name]

    def _source_name(self, session: Session, sid: int) -> str:
        if sid not in self._source_names:
            name = session.scalar(select(m.Source.name).where(m.Source.id == sid))
            self._source_names[sid] = name or "generic"
        return self._source_names[sid]

    def add(self, urls: Iterable[NewURL], *, session: Session | None = None) -> int:
        """Queue URLs whose normalised key is new; return how many were new.

        With ``session`` the rows join that transaction (the page handler
        stores a page and its discoveries atomically); else they commit at once.
        """
        items = list(urls)
        if not items:
            return 0
        if session is not None:
            return self._add(session, items)
        with self._own_session() as own, own.begin():
            return self._add(own, items)

    def _add(self, session: Session, urls: Iterable[NewURL]) -> int:
        now = datetime.now(UTC)
        wanted: dict[str, NewURL] = {}
        for item in urls:
            wanted.setdefault(url_key(item.url), item)
        if not wanted:
            return 0
        conn = session.connection()
        keys = list(wanted)
        known: set[str] = set()
        # In chunks: a sitemap gives up to 50,000 URLs, past SQLite's bound-parameter limit.
        for start in range(0, len(keys), ADD_CHUNK):
            chunk = keys[start : start + ADD_CHUNK]
            known.update(key for (key,) in sql.rows_in(conn, KNOWN_KEYS, "p_keys", chunk))
        rows = [
            {
                "url_key": key,
                "url": item.url,
                "host": host_of(item.url),
                "source_id": self._source_id(session, item.source),
                "kind": item.kind,
                "depth": item.depth,
                "state": "queued",
                "attempts": 0,
                "discovered_at": now,
            }
            for key, item in wanted.items()
            if key not in known
        ]
        # ON CONFLICT DO NOTHING: another worker may queue the same URL right now.
        return insert_missing(session, m.FrontierURL, rows, "url_key")

    def seed(self, urls: Iterable[NewURL], *, recheck_after: timedelta | None) -> int:
        """Start a run: queue the seeds, revisit listings/feeds/sitemaps, recover leases.

        Expired leases (a killed worker) and deferred URLs that are due go back
        to the queue; articles fetched longer than ``recheck_after`` ago too.
        """
        seeds = list(urls)
        self.run_started = datetime.now(UTC)
        new = self.revisit(seeds)
        now = datetime.now(UTC)
        with self._own_session() as session, session.begin():
            session.execute(
                update(m.FrontierURL)
                .where(m.FrontierURL.kind.in_(ALWAYS_REVISIT), m.FrontierURL.state != "leased")
                .values(state="queued", attempts=0, next_attempt_at=None)
            )
            orphaned = m.FrontierURL.state == "leased"
            if not self.exclusive:
                orphaned = orphaned & (m.FrontierURL.lease_expires_at < now)
            session.execute(
                update(m.FrontierURL)
                .where(orphaned)
                .values(state="queued", lease_owner=None, lease_expires_at=None)
            )
            session.execute(
                update(m.FrontierURL)
                .where(m.FrontierURL.state == "deferred")
                .values(state="queued")
            )
            if recheck_after is not None:
                stale = select(m.Page.url_key).where(m.Page.fetched_at < now - recheck_after)
                session.execute(
                    update(m.FrontierURL)
                    .where(m.FrontierURL.state == "done", m.FrontierURL.url_key.in_(stale))
                    .values(state="queued", attempts=0)
                )
        return new

    def revisit(self, urls: Iterable[NewURL], *, session: Session | None = None) -> int:
        """Queue URLs again even when already done (start URLs, the next listing page).

        Unknown URLs are added; returns how many were new.
        """
        items = list(urls)
        if session is None:
            with self._own_session() as own, own.begin():
                return self.revisit(items, session=own)
        new = self._add(session, items)
        keys = [url_key(u.url) for u in items]
        if keys:
            # Not a page this run fetched already (a listing also found in the sitemap).
            fetched_now = select(m.Page.url_key).where(
                m.Page.url_key.in_(keys), m.Page.fetched_at >= self.run_started
            )
            session.execute(
                update(m.FrontierURL)
                .where(
                    m.FrontierURL.url_key.in_(keys),
                    m.FrontierURL.state.in_(("done", "failed")),
                    m.FrontierURL.url_key.not_in(fetched_now),
                )
                .values(state="queued", attempts=0, next_attempt_at=None)
            )
        return new

    def lease(
        self,
        limit: int,
        *,
        skip_hosts: frozenset[str] = frozenset(),
        max_per_host: int | None = None,
    ) -> list[CrawlTask]:
        """Take up to ``limit`` due URLs (shallowest first), leased to this worker.

        URLs of ``skip_hosts`` stay queued (their page budget is spent, or the
        crawl has enough of theirs leased); at most ``max_per_host`` URLs of one
        host are taken (None: up to ``limit``).

        Candidates are picked (PostgreSQL skips rows another worker's query has
        locked), then claimed by one UPDATE that re-checks they are still free,
        under a token unique to this call: only rows carrying the token are
        returned, so no URL is ever handed to two workers, on any database.
        """
        now = datetime.now(UTC)
        self._leases += 1
        token = f"{self.owner}#{self._leases}"
        claim = {
            "p_now": now,
            "p_token": token,
            "p_expires": now + timedelta(seconds=self.lease_seconds),
        }
        for _ in range(5):
            with self._lease_transaction() as session:
                candidates = self._candidates(session, now, limit, skip_hosts, max_per_host)
                if not candidates:
                    return []
                conn = session.connection()
                conn.execute(CLAIM, {**claim, "p_ids": candidates})
                tasks = self._claimed(session, token, candidates)
            if tasks:
                return tasks
            # Another worker claimed every candidate first: look again.
        return []

    def _candidates(
        self,
        session: Session,
        now: datetime,
        limit: int,
        skip_hosts: frozenset[str],
        max_per_host: int | None = None,
    ) -> list[int]:
        """Due URLs, taking turns between hosts so one big site cannot fill the batch.

        Each host's due URLs come shallowest first from the ``ix_frontier_claim``
        index; the batch takes every host's first, then every host's second,
        and so on. Per host, not one ranking of the whole frontier: a lease
        costs about the same with ten thousand URLs queued as with ten.
        """
        conn = session.connection()
        params: dict[str, Any] = {"p_now": now}
        variant = 0
        if self._only_sources is not None:
            params["p_sources"] = [self._source_id(session, name) for name in self._only_sources]
            variant = 1
        per_host: dict[str, list[tuple[int, int]]] = {}
        cap = min(limit, max_per_host) if max_per_host else limit
        for host in conn.scalars(HOSTS_WITH_QUEUED):
            if host in skip_hosts:
                continue
            rows = conn.execute(HOST_DUE[variant], {**params, "p_host": host, "p_cap": cap})
            per_host[host] = [(depth, row_id) for depth, row_id in rows]
        # A worker that died mid-fetch: its lease ran out, the URL is due again.
        expired = conn.execute(EXPIRED_LEASES[variant], {**params, "p_cap": limit})
        for host, depth, row_id in expired:
            if host in skip_hosts:
                continue
            per_host.setdefault(host, []).append((depth, row_id))
        ranked = [
            (turn, depth, row_id)
            for rows in per_host.values()
            for turn, (depth, row_id) in enumerate(sorted(rows)[:cap])
        ]
        return [row_id for _, _, row_id in sorted(ranked)[:limit]]

    def _claimed(self, session: Session, token: str, candidates: list[int]) -> list[CrawlTask]:
        """The URLs this lease call claimed, with validators for conditional requests."""
        rows = session.connection().execute(CLAIMED, {"p_ids": candidates, "p_token": token})
        return [
            CrawlTask(
                id=row.id,
                url=row.url,
                url_key=row.url_key,
                source=self._source_name(session, row.source_id),
                kind=row.kind,
                depth=row.depth,
                attempts=row.attempts,
                etag=row.etag,
                last_modified=row.last_modified,
            )
            for row in rows
        ]

    def _set(self, task: CrawlTask, *, session: Session | None = None, **values: object) -> None:
        params = {"p_id": task.id, "lease_owner": None, "lease_expires_at": None, **values}
        if session is not None:
            # The page handler's transaction: once a stored page, on the DB-API cursor.
            sql.run_one(session.connection(), UPDATE_URL, params)
            return
        with self._own_session() as own, own.begin():
            own.connection().execute(UPDATE_URL, params)

    def complete(self, task: CrawlTask, *, session: Session | None = None) -> None:
        """The URL was handled.

        With ``session`` the state changes in that transaction (the page
        handler's, so a stored page and its done URL commit together), and the
        engine's own ``complete`` call for the task afterwards writes nothing.
        """
        if session is None and self._completed.pop(task.id, None) == task.attempts:
            return
        self._set(task, session=session, state="done", last_error=None, attempts=task.attempts + 1)
        if session is not None:
            self._completed[task.id] = task.attempts

    def mark_index(self, task: CrawlTask, *, session: Session) -> None:
        """The URL is a news index: revisit it every run (see ``ALWAYS_REVISIT``)."""
        session.connection().execute(UPDATE_URL, {"p_id": task.id, "kind": "index"})

    def retry_later(self, task: CrawlTask, when: datetime, error: str) -> None:
        """Try the URL again at ``when``; a later run takes it when this one ends first."""
        self._set(
            task,
            state="deferred" if when > datetime.now(UTC) + timedelta(minutes=5) else "queued",
            next_attempt_at=when,
            last_error=error[:2000],
            attempts=task.attempts + 1,
        )

    def fail(self, task: CrawlTask, error: str) -> None:
        """The URL failed for good in this run."""
        self._set(task, state="failed", last_error=error[:2000], attempts=task.attempts + 1)

    def pending(self) -> int:
        """How many URLs of this run's sources wait for the next run.

        Queued and deferred URLs, this worker's own leases, and leases that
        ran out (their worker died). A live lease of another worker
        (PostgreSQL) is not waiting: that worker is fetching the URL now (see
        ``leased_elsewhere``).
        """
        now = datetime.now(UTC)
        waiting = or_(
            m.FrontierURL.state.in_(("queued", "deferred")),
            and_(
                m.FrontierURL.state == "leased",
                or_(
                    m.FrontierURL.lease_expires_at < now,
                    m.FrontierURL.lease_owner.startswith(f"{self.owner}#", autoescape=True),
                ),
            ),
        )
        return self._count(waiting)

    def leased_elsewhere(self) -> int:
        """How many URLs of this run's sources another worker holds a live lease on."""
        now = datetime.now(UTC)
        return self._count(
            and_(
                m.FrontierURL.state == "leased",
                m.FrontierURL.lease_expires_at >= now,
                ~m.FrontierURL.lease_owner.startswith(f"{self.owner}#", autoescape=True),
            )
        )

    def _count(self, condition: Any) -> int:
        with self._own_session() as session:
            query = select(func.count(m.FrontierURL.id)).where(condition)
            if self._only_sources is not None:
                ids = [self._source_id(session, name) for name in self._only_sources]
                query = query.where(m.FrontierURL.source_id.in_(ids))
            return int(session.scalar(query) or 0)
