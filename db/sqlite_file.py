"""The SQLite file as the whole database: checkpoint, consistent copy, write access.

In WAL mode the newest commits sit in ``<db>-wal`` until a checkpoint moves
them into the file. Writing commands call ``checkpoint`` before they exit, so
the ``.db`` file alone is complete; ``backup`` copies a database while a crawl
writes to it; ``write_problem`` says why a file cannot be written before a
command tries.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)


def checkpoint(engine: Engine) -> bool:
    """Move every committed page from the WAL into the database file and empty the WAL.

    Returns False (and logs a warning) when a reader still using old pages
    kept part of the WAL, or the checkpoint failed: the commits are safe in
    the WAL and the next writer checkpoints them. Not SQLite: True.
    """
    if engine.dialect.name != "sqlite":
        return True
    try:
        with engine.connect() as conn:
            busy, _log_pages, _moved = conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).one()
    except OperationalError as exc:
        # Everything is committed already; the next writer checkpoints.
        log.warning("WAL checkpoint of %s failed: %s", engine.url.database, exc.orig)
        return False
    if busy:
        log.warning("WAL checkpoint of %s incomplete: a reader is still busy", engine.url.database)
    return not busy


def backup(engine: Engine, target: Path) -> Path:
    """Write a consistent copy of the SQLite database to ``target`` (``VACUUM INTO``).

    It reads one snapshot, so it may run while a crawl writes, and works on a
    read-only connection. The copy is written beside ``target`` under a
    temporary name and renamed, so ``target`` never holds half a copy.
    """
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM INTO :target"), {"target": str(partial)})
        partial.replace(target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return target


def write_problem(path: Path) -> str | None:
    """Why campusnews cannot write the database file at ``path``, or None when it can.

    SQLite writes ``<db>-wal`` and ``<db>-shm`` beside the file, so the folder
    must be writable too. ``os.access`` answers for this user and also sees a
    read-only mount (root included).
    """
    if path.exists():
        if not os.access(path, os.W_OK):
            return f"{path} is read-only"
        folder = path.parent
    else:
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"folder {folder} is read-only (SQLite writes {path.name}-wal and -shm beside it)"
    return None
