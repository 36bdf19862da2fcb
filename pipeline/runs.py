"""Runs that never finished: a killed crawl leaves its ``crawl_runs`` row ``running``.

The next run that knows no other run is alive marks such rows ``interrupted``,
with ``finished_at`` left NULL (when a killed run ended is unknown) and
``pages_fetched`` set to the pages whose last fetch was that run's (a
lower bound: a page it fetched twice counts once).

Knowing that no other run is alive: on SQLite the caller holds the run lock
file (``pipeline/runlock.py``). On PostgreSQL, where several workers share a
database, every live run holds a shared session advisory lock for its whole
life; a starting run that gets the same key exclusively knows every
``running`` row is dead. A killed worker's connection closes, and its lock
goes with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from pipeline import store
from pipeline.run_status import INTERRUPTED, RUNNING

__all__ = ["INTERRUPTED", "RUNNING", "live_run", "mark_interrupted"]

# An arbitrary, fixed key, distinct from the migration lock's.
_LIVE_RUN_KEY = 0x63616E72


def mark_interrupted(engine: Engine) -> list[int]:
    """Mark every ``running`` run as ``interrupted`` and return their ids.

    Call it only when no other run can be alive (see ``live_run``).
    """
    with Session(engine) as session, session.begin():
        return store.mark_interrupted(session)


@contextmanager
def live_run(engine: Engine) -> Iterator[list[int]]:
    """Mark runs that died as interrupted, then hold this run's place for the block.

    Yields the ids of the runs marked. On SQLite the caller must hold the
    run lock file; on PostgreSQL this takes the advisory locks itself.
    """
    if engine.dialect.name != "postgresql":
        yield mark_interrupted(engine)
        return
    key = {"key": _LIVE_RUN_KEY}
    with engine.connect() as conn:
        marked: list[int] = []
        if conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), key):
            try:
                marked = mark_interrupted(engine)
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), key)
        conn.execute(text("SELECT pg_advisory_lock_shared(:key)"), key)
        # Session-level locks outlive the transaction; an open one would hold
        # back VACUUM for the whole run.
        conn.commit()
        try:
            yield marked
        finally:
            conn.execute(text("SELECT pg_advisory_unlock_shared(:key)"), key)
            conn.commit()
