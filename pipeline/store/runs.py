"""The ``crawl_runs`` rows: a run started, finished, or found killed.

``pipeline.crawl`` starts and finishes a run's row; ``pipeline.runs`` marks
the rows of runs that died ``interrupted`` before a new run starts.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models as m
from pipeline.run_status import INTERRUPTED, RUNNING


def start_run(session: Session, names: list[str]) -> int:
    """Insert the ``crawl_runs`` row of a new run of the sources ``names``; return its id."""
    run = m.CrawlRun(started_at=datetime.now(UTC), status=RUNNING, sources=", ".join(names))
    session.add(run)
    session.flush()
    return run.id


def finish_run(session: Session, run_id: int | None, status: str, counts: dict[str, Any]) -> None:
    """Store a run's end: ``status``, its counters (columns of ``crawl_runs``) and summary."""
    run = session.get(m.CrawlRun, run_id) if run_id is not None else None
    if run is None:
        return
    run.finished_at = datetime.now(UTC)
    run.status = status
    for column, value in counts.items():
        setattr(run, column, value)


def mark_interrupted(session: Session) -> list[int]:
    """Mark every ``running`` run as ``interrupted`` (with its pages counted); return their ids."""
    runs = session.scalars(select(m.CrawlRun).where(m.CrawlRun.status == RUNNING)).all()
    for run in runs:
        run.status = INTERRUPTED
        run.finished_at = None
        run.pages_fetched = (
            session.scalar(select(func.count(m.Page.id)).where(m.Page.crawl_run_id == run.id)) or 0
        )  # count() is never NULL
    return [run.id for run in runs]
