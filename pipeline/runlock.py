"""One run at a time: a lock file beside the SQLite database.

cron users forget ``flock(1)``, so the lock lives in the application. A second,
overlapping run fails at once with ``RunLocked`` (the CLI exits 75, EX_TEMPFAIL).
PostgreSQL databases take no file lock: several workers may share them, and
the frontier's leases keep them apart.

An overlap is normal (a slow run meets the next cron tick) and is silent; a
lock held for longer than ``stuck_lock_hours`` means a run that hangs, and is
reported. So that both can be told apart and shown by ``campusnews status``,
the holder writes ``<database>.lock.json`` (pid and start time) and removes it
on release, and a refused run writes ``<database>.overlap.json``. The lock
itself is the kernel's (``flock``): a killed run releases it at once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout


@dataclass(frozen=True)
class Holder:
    """The run holding the lock: its process id and when it took the lock."""

    pid: int | None
    since: datetime | None

    def held_for(self, now: datetime | None = None) -> timedelta | None:
        """How long the lock has been held, when known."""
        if self.since is None:
            return None
        return (now or datetime.now(UTC)) - self.since


class RunLocked(Exception):
    """Another campusnews run holds the lock."""

    def __init__(self, message: str, holder: Holder, lock_path: Path) -> None:
        super().__init__(message)
        self.holder = holder
        self.lock_path = lock_path


def lock_path(database_path: Path) -> Path:
    """The lock file of a SQLite database."""
    return database_path.with_name(database_path.name + ".lock")


def holder_path(database_path: Path) -> Path:
    """The file where the lock's holder records its pid and start time."""
    return database_path.with_name(database_path.name + ".lock.json")


def overlap_path(database_path: Path) -> Path:
    """The file recording the last run refused because the lock was held."""
    return database_path.with_name(database_path.name + ".overlap.json")


def _read_json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _timestamp(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def current_holder(database_path: Path) -> Holder | None:
    """The run holding the lock now, or None when no run holds it."""
    lock = FileLock(str(lock_path(database_path)))
    if not lock_path(database_path).exists():
        return None
    try:
        lock.acquire(timeout=0)
    except Timeout:
        data = _read_json(holder_path(database_path))
        pid = data.get("pid")
        return Holder(pid if isinstance(pid, int) else None, _timestamp(data.get("since")))
    except OSError:
        return None
    lock.release()
    return None


def last_overlap(database_path: Path) -> tuple[datetime, Holder] | None:
    """When a run was last refused because another held the lock, and that holder."""
    data = _read_json(overlap_path(database_path))
    at = _timestamp(data.get("at"))
    if at is None:
        return None
    pid = data.get("holder_pid")
    holder = Holder(pid if isinstance(pid, int) else None, _timestamp(data.get("holder_since")))
    return at, holder


def _record_overlap(database_path: Path, holder: Holder) -> None:
    record = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "holder_pid": holder.pid,
        "holder_since": holder.since.isoformat(timespec="seconds") if holder.since else None,
    }
    # Best effort: a folder we cannot write must not turn an overlap into a crash.
    with suppress(OSError):
        overlap_path(database_path).write_text(json.dumps(record) + "\n", encoding="utf-8")


@contextmanager
def run_lock(database_path: Path | None) -> Iterator[None]:
    """Hold ``<database>.lock`` for the block; raise RunLocked when another run has it."""
    if database_path is None:
        yield
        return
    path = lock_path(database_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        data = _read_json(holder_path(database_path))
        pid = data.get("pid")
        holder = Holder(pid if isinstance(pid, int) else None, _timestamp(data.get("since")))
        _record_overlap(database_path, holder)
        raise RunLocked(
            f"another campusnews run is using {database_path} (lock: {path})", holder, path
        ) from None
    info = holder_path(database_path)
    try:
        record = {"pid": os.getpid(), "since": datetime.now(UTC).isoformat(timespec="seconds")}
        with suppress(OSError):
            info.write_text(json.dumps(record) + "\n", encoding="utf-8")
        yield
    finally:
        with suppress(OSError):
            info.unlink(missing_ok=True)
        lock.release()
