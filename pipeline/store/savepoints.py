"""A savepoint inside an open transaction: one write that can fail alone.

The crawl's group commit (``pipeline/page_handler.py``) stores each page, and the
frontier (``pipeline/store/frontier.py``) takes each lease, in a savepoint of the
batch's transaction, so that one failed write rolls back alone. Plain SQL: the
ORM's ``begin_nested`` bookkeeping is not needed (pages are stored through Core
statements) and costs more; the statements go straight to the DB-API cursor.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from pipeline.store import sql


@contextmanager
def savepoint(session: Session, name: str) -> Iterator[Session]:
    """Run the block in SAVEPOINT ``name`` of ``session``'s open transaction; on an
    exception roll back to it, release it and re-raise."""
    conn = session.connection()
    sql.run_text(conn, f"SAVEPOINT {name}")
    try:
        yield session
    except BaseException:
        sql.run_text(conn, f"ROLLBACK TO SAVEPOINT {name}")
        sql.run_text(conn, f"RELEASE SAVEPOINT {name}")
        raise
    sql.run_text(conn, f"RELEASE SAVEPOINT {name}")
