"""Read queries behind ``changes``, ``feed`` and ``graph --org``: runs, their changes, names.

The records themselves come from ``db.queries.record_summaries`` and
``records_changed``; this module says which runs to ask about and when they
happened, and how an organisation is called.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import Connection, func, select

from db import tables as m
from db.queries import organisation_id


@dataclass(frozen=True)
class Run:
    """A crawl run: its id, status, and when it ended (else started)."""

    id: int
    status: str
    at: datetime


def _run(row: object) -> Run:
    at = row.finished_at or row.started_at  # type: ignore[attr-defined]
    return Run(id=row.id, status=row.status, at=at)  # type: ignore[attr-defined]


def get_run(conn: Connection, run_id: int) -> Run | None:
    """The run with this id, or None."""
    run = m.CrawlRun
    row = conn.execute(
        select(run.id, run.status, run.started_at, run.finished_at).where(run.id == run_id)
    ).first()
    return _run(row) if row else None


def last_run(conn: Connection) -> Run | None:
    """The newest run that is not still running (its changes are logged when it ends)."""
    run = m.CrawlRun
    row = conn.execute(
        select(run.id, run.status, run.started_at, run.finished_at)
        .where(run.status != "running")
        .order_by(run.id.desc())
        .limit(1)
    ).first()
    return _run(row) if row else None


def runs_with_changes(conn: Connection, *, since: date | None = None) -> list[Run]:
    """Runs that logged a new or changed record, oldest first; ``since``: ended on or after it."""
    run, change = m.CrawlRun, m.RecordChange
    at = func.coalesce(run.finished_at, run.started_at)
    query = (
        select(run.id, run.status, run.started_at, run.finished_at)
        .where(run.id.in_(select(change.run_id)))
        .order_by(run.id)
    )
    if since is not None:
        query = query.where(at >= datetime.combine(since, time.min, tzinfo=UTC))
    return [_run(row) for row in conn.execute(query)]


def organisation_names(conn: Connection, name: str) -> tuple[str, tuple[str, ...]]:
    """The canonical name and the aliases of the organisation called (or known as) ``name``.

    Raises ``db.queries.UnknownOrganisation`` (with close matches) when none is.
    """
    oid = organisation_id(conn, name)
    canonical = conn.execute(select(m.Organisation.name).where(m.Organisation.id == oid)).scalar()
    aliases = conn.execute(
        select(m.OrganisationAlias.alias)
        .where(m.OrganisationAlias.organisation_id == oid)
        .order_by(m.OrganisationAlias.alias)
    ).scalars()
    return str(canonical), tuple(a for a in aliases if a != canonical)
