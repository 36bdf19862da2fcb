"""One run at a time: a lock file beside the SQLite database.

cron users forget ``flock(1)``, so the lock lives in the application. A second,
overlapping run fails at once with ``RunLocked`` (the CLI exits 75, EX_TEMPFAIL).
PostgreSQL databases take no file lock: several workers may share them, and
the frontier's leases keep them apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout


class RunLocked(Exception):
    """Another campusnews run holds the lock."""


@contextmanager
def run_lock(database_path: Path | None) -> Iterator[None]:
    """Hold ``<database>.lock`` for the block; raise RunLocked when another run has it."""
    if database_path is None:
        yield
        return
    lock_path = database_path.with_name(database_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise RunLocked(
            f"another campusnews run is using {database_path} (lock: {lock_path})"
        ) from None
    try:
        yield
    finally:
        lock.release()
