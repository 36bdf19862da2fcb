"""``campusnews status``: recent runs, each source's health and the run lock (reads only).

Apart from the writing commands so that it starts without the crawler, the
extractors and the ORM.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import click

from db.engine import sqlite_path
from db.queries import recent_runs, source_activity
from pipeline.cli.context import AppContext
from pipeline.run_status import INTERRUPTED
from pipeline.runlock import current_holder, last_overlap
from pipeline.source_health import failing_sources


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_obj
def status(obj: AppContext, as_json: bool) -> None:
    """Show recent crawl runs and, per source, the last success and the last new article.

    A run that was killed shows as 'interrupted' (end unknown) once the next
    run has started. A source whose runs fail is shown FAILING, since the first
    run of the streak.

    \b
    Example:
      campusnews status
    """
    engine = obj.open_engine(read_only=True)
    with engine.connect() as conn:
        runs = recent_runs(conn)
        per_source = source_activity(conn)
        failing = failing_sources(conn)
    data: dict[str, Any] = {
        "runs": [
            {
                "id": r.id,
                "started_at": _iso(r.started_at),
                "finished_at": _iso(r.finished_at),
                "status": r.status,
                "sources": r.sources,
                "pages_fetched": r.pages_fetched,
                "summary": r.summary,
            }
            for r in runs
        ],
        "sources": [
            {
                "source": src.source,
                "last_success": _iso(src.last_success),
                "last_new_page": _iso(src.last_new_page),
                "newest_article": src.newest_article.isoformat() if src.newest_article else None,
                "pages_with_errors": src.pages_with_errors,
                "failing_since": _iso(failing[src.source].since) if src.source in failing else None,
                "failing_runs": failing[src.source].runs if src.source in failing else 0,
                "failing_reason": failing[src.source].reason if src.source in failing else None,
            }
            for src in per_source
        ],
        "lock": _lock_state(obj),
    }
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    click.echo("recent runs:")
    for run in data["runs"]:
        click.echo(_run_line(run))
    for line in _lock_lines(data["lock"]):
        click.echo(line)
    click.echo("sources:")
    for src in data["sources"]:
        if src["failing_since"]:
            click.echo(
                f"  {src['source']:<20} FAILING since {src['failing_since']} "
                f"({src['failing_runs']} runs): {src['failing_reason']}"
            )
        click.echo(
            f"  {src['source']:<20} last success {src['last_success'] or 'never'}, "
            f"last new page {src['last_new_page'] or 'never'}, "
            f"newest article {src['newest_article'] or 'none'}, "
            f"pages with errors {src['pages_with_errors']}"
        )


def _lock_state(obj: AppContext) -> dict[str, object]:
    """The run lock as ``status`` shows it: who holds it and since when, the last overlap."""
    path = sqlite_path(obj.database_url())
    state: dict[str, object] = {
        "held_by_pid": None,
        "held_since": None,
        "stuck": False,
        "last_overlap": None,
    }
    if path is None:
        return state
    holder = current_holder(path)
    if holder is not None:
        held = holder.held_for()
        state["held_by_pid"] = holder.pid
        state["held_since"] = _iso(holder.since)
        state["stuck"] = held is not None and held > obj.settings.stuck_lock_after
    overlap = last_overlap(path)
    if overlap is not None:
        state["last_overlap"] = _iso(overlap[0])
    return state


def _lock_lines(lock: dict[str, object]) -> list[str]:
    lines = []
    if lock["held_since"] or lock["held_by_pid"]:
        pid = lock["held_by_pid"]
        if lock["stuck"]:
            lines.append(
                f"run lock: STUCK, held by process {pid} since {lock['held_since']}; "
                f"check it with 'ps -p {pid}' and stop it if it hangs"
            )
        else:
            lines.append(
                f"run lock: held by process {pid} since {lock['held_since']} (a run is busy)"
            )
    if lock["last_overlap"]:
        lines.append(
            f"last overlap: {lock['last_overlap']} (a run found the lock held and exited 75)"
        )
    return lines


def _run_line(run: dict) -> str:
    """One run in ``status``: an interrupted run has no summary and no known end."""
    head = f"  #{run['id']} {run['started_at']} {run['status']:<13} "
    if run["status"] == INTERRUPTED:
        return (
            f"{head}end unknown (killed), {run['pages_fetched']} pages fetched before it stopped"
            f"  [{run['sources']}]"
        )
    summary = run["summary"] or {}
    return (
        f"{head}fetched {summary.get('fetched', 0)}, new {summary.get('new', 0)}, "
        f"errors {sum((summary.get('errors') or {}).values())}  [{run['sources']}]"
    )


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return str(value)


COMMANDS = [status]
