"""Which sources are failing, and since which run: read from the stored run summaries.

A source fails a run when the run's summary lists it under ``failed_sources``;
it is failing since the first run of its current streak of failed runs (runs
that did not crawl it do not break the streak; one that crawled it without
failing does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from db.queries import finished_runs


@dataclass(frozen=True)
class FailingSource:
    """A source's current streak of failed runs."""

    since: datetime
    runs: int
    reason: str


def failing_sources(conn: Connection, *, history: int = 1000) -> dict[str, FailingSource]:
    """The failing sources by name, judged from the last ``history`` finished runs."""
    rows = finished_runs(conn, limit=history)
    failing: dict[str, FailingSource] = {}
    settled: set[str] = set()
    for started_at, sources, summary in rows:
        failed = (summary or {}).get("failed_sources") or {}
        for name in (n.strip() for n in (sources or "").split(",")):
            if not name or name in settled:
                continue
            if name not in failed:
                settled.add(name)
                continue
            latest = failing.get(name)
            reason = latest.reason if latest else str(failed[name])
            failing[name] = FailingSource(started_at, (latest.runs if latest else 0) + 1, reason)
    return failing
