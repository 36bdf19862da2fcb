"""What changed in a run, as text or an Atom feed, and pictures of an organisation's agreements.

``changes`` prints a run's digest, ``feed`` writes the Atom feed, and
``graph --org NAME --format svg|html`` (drawn by ``draw_pictures``) an
organisation's neighbourhood and timeline. ``crawl --report changes`` calls
``print_run_changes`` when its run ends. Everything opens the database
read-only and renders through ``pipeline.digest``, ``pipeline.atom_feed``
and ``pipeline.pictures``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING

import click

from db import queries
from db.run_changes import get_run, last_run, organisation_names, runs_with_changes
from pipeline.atom_feed import DEFAULT_AUTHORITY, FeedEntry, atom_feed
from pipeline.cli.context import AppContext, UserError
from pipeline.cli.query_cmd import read_database
from pipeline.digest import digest

if TYPE_CHECKING:
    from sqlalchemy import Connection


def run_digest(conn: Connection, run_id: int | None) -> str:
    """The digest of run ``run_id`` (None: the last run that ended); ``""`` when nothing changed."""
    run = last_run(conn) if run_id is None else get_run(conn, run_id)
    if run is None:
        if run_id is None:
            raise UserError("no crawl run has ended yet: run 'campusnews crawl' first")
        newest = last_run(conn)
        hint = f" (the last one is {newest.id})" if newest else ""
        raise UserError(f"no crawl run {run_id}{hint}")
    if run.status == "running":
        raise UserError(f"run {run.id} is still running; its changes are logged when it ends")
    return digest(queries.records_changed(conn, run.id), run_id=run.id)


def print_run_changes(app: AppContext, run_id: int | None) -> None:
    """Print a run's digest on stdout: nothing at all when no record is new or changed."""
    text = read_database(app, lambda conn: run_digest(conn, run_id))
    if text:
        click.echo(text, nl=False)


@click.command(
    help="""Print the agreement records that were new or changed status in a crawl run.

One line per record: what changed, the parties, type and status, dates and
the number of articles. Prints nothing when nothing changed, so a cron job
that runs it (or 'crawl --report changes') mails only when there is news.

\b
Examples:
  campusnews changes                 # the last run
  campusnews changes --run 1
"""
)
@click.option(
    "--run",
    "run_id",
    type=click.IntRange(min=1),
    metavar="N",
    help="The crawl run (see 'campusnews status'); default: the last one that ended.",
)
@click.pass_obj
def changes(app: AppContext, run_id: int | None) -> None:
    print_run_changes(app, run_id)


def feed_entries(conn: Connection, since: str | None) -> list[FeedEntry]:
    """Every record change logged by the runs (since a date), dated by its run's end."""
    day = queries.parse_since(since)[0] if since else None
    return [
        FeedEntry(record, run.at)
        for run in runs_with_changes(conn, since=day)
        for record in queries.records_changed(conn, run.id)
    ]


@click.command(
    help="""Write an Atom feed of agreement records that were new or changed status.

One entry per record, with its parties, type, status, dates, lifecycle and
links to its articles; a record that changes again keeps its entry id, so a
feed reader updates it instead of adding another. Serve the file with any
web server and subscribe to it. The file is replaced in one step, so a
reader never fetches half of it.

\b
Examples:
  campusnews feed -o agreements.atom
  campusnews feed -o agreements.atom --since 2026-01 \\
      --self-url https://example.org/agreements.atom --authority example.org,2026
"""
)
@click.option(
    "-o",
    "--output",
    type=click.File("wb", atomic=True),
    default="-",
    help="File to write (default: stdout).",
)
@click.option(
    "--since",
    metavar="DATE",
    help="Only changes logged by runs that ended on or after this date: 2026, 2026-05 or "
    "2026-05-01 (default: every run).",
)
@click.option(
    "--authority",
    default=DEFAULT_AUTHORITY,
    show_default=True,
    metavar="NAME,DATE",
    help="The tag: URI authority of the entry ids (RFC 4151): a domain or e-mail address "
    "you held, and a date you held it on.",
)
@click.option("--self-url", metavar="URL", help="Where the feed will be served (rel=self link).")
@click.pass_obj
def feed(
    app: AppContext,
    output: IO[bytes],
    since: str | None,
    authority: str,
    self_url: str | None,
) -> None:
    if "," not in authority or authority.startswith(",") or authority.endswith(","):
        raise UserError(f"--authority must be NAME,DATE (e.g. example.org,2026), not {authority!r}")
    entries = read_database(app, lambda conn: feed_entries(conn, since))
    output.write(atom_feed(entries, now=datetime.now(UTC), authority=authority, self_url=self_url))


def draw_pictures(app: AppContext, org: str, fmt: str, output: IO[str]) -> None:
    """Write an organisation's neighbourhood and timeline as SVG or as one HTML page."""

    def load(conn: Connection) -> tuple[str, tuple[str, ...], list]:
        name, aliases = organisation_names(conn, org)
        return name, aliases, queries.record_summaries(conn, org=name)

    name, aliases, records = read_database(app, load)
    from pipeline.pictures import pictures_html, pictures_svg

    draw = pictures_svg if fmt == "svg" else pictures_html
    output.write(draw(name, records, aliases))


COMMANDS = [changes, feed]
