"""Commands that write: init, crawl, reparse, demo.

What only reparse or demo needs (the reparse loop, the fixture site's server,
the read queries) is imported inside those commands: a crawl process does not
hold it while it crawls.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

import click
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db.engine import sqlite_path
from pipeline.cli.context import EXIT_LOCKED, EXIT_SOURCE_FAILED, AppContext, UserError
from pipeline.crawl import CrawlReport, SourcePlan, run_crawl
from pipeline.gctune import tune_for_long_run
from pipeline.logsetup import configure_logging
from pipeline.parse_pool import default_workers
from pipeline.plan import PlanError, demo_plan, plan_sources, reparse_parsers
from pipeline.runlock import RunLocked, run_lock
from pipeline.runs import INTERRUPTED, live_run
from pipeline.settings import Settings
from pipeline.store import forget_source

log = logging.getLogger(__name__)


def _locked(exc: RunLocked, settings: Settings) -> NoReturn:
    """Exit 75 when another run holds the lock: silently, unless that run looks stuck.

    An overlap is the normal outcome of a slow run meeting the next cron tick;
    a lock held longer than ``stuck_lock_hours`` is a run that hangs, and gets
    one loud line with the fix.
    """
    held = exc.holder.held_for()
    if held is not None and held > settings.stuck_lock_after:
        hours = held.total_seconds() / 3600
        pid = exc.holder.pid
        click.echo(
            f"campusnews: the run lock has been held for {hours:.0f} h (more than "
            f"stuck_lock_hours = {settings.stuck_lock_after.total_seconds() / 3600:g}) by process "
            f"{pid}: a stuck run? check it with 'ps -p {pid}' and stop it ('kill {pid}'); "
            f"the next run resumes where it stopped (lock: {exc.lock_path})",
            err=True,
        )
    else:
        log.info("%s; exit %s", exc, EXIT_LOCKED)
    sys.exit(EXIT_LOCKED)


def _progress_line(report: CrawlReport) -> None:
    errors = sum(report.errors.values())
    click.echo(
        f"\rfetched {report.fetched}, new {report.new}, articles {report.articles}, "
        f"errors {errors}, robots {report.robots_denied} ",
        err=True,
        nl=False,
    )


def _execute(
    ctx_obj: AppContext,
    plans: list[SourcePlan],
    settings: Settings,
    *,
    forget: str | None = None,
    show_progress: bool = False,
) -> CrawlReport:
    url = ctx_obj.database_url()
    ctx_obj.check_writable()
    try:
        with run_lock(sqlite_path(url)):
            engine = ctx_obj.open_engine()
            if forget is not None:
                with Session(engine) as session, session.begin():
                    forget_source(session, forget)
            progress = _progress_line if show_progress else None
            tune_for_long_run()
            with live_run(engine) as interrupted:
                for run_id in interrupted:
                    log.warning(
                        "run #%s was killed before it finished; 'campusnews status' shows it %s",
                        run_id,
                        INTERRUPTED,
                    )
                report = run_crawl(engine, settings, plans, progress=progress)
            if show_progress:
                click.echo("", err=True)
            return report
    except RunLocked as exc:
        _locked(exc, settings)


def _print_report(report: CrawlReport, *, always: bool) -> None:
    """The summary on a terminal (or with -v); for cron, one line per failed source only."""
    for line in report.lines():
        log.info("run %s: %s", report.run_id, line)
    if always or sys.stderr.isatty():
        for line in report.lines():
            click.echo(line, err=True)
    elif not report.ok:
        for line in report.failure_lines():
            click.echo(line, err=True)


@click.command()
@click.argument("sources", nargs=-1)
@click.option(
    "--start-url",
    "start_urls",
    multiple=True,
    metavar="URL",
    help="Crawl this site ad hoc instead of configured sources (repeatable).",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Let the sources' own hosts resolve to private/loopback addresses.",
)
@click.option(
    "--concurrency", type=click.IntRange(1), help="Requests in flight overall (default 16)."
)
@click.option("--per-host", type=click.IntRange(1), help="Requests in flight per host (default 1).")
@click.option(
    "--delay", type=click.FloatRange(0), help="Seconds between requests to a host (default 1)."
)
@click.option(
    "--max-runtime",
    type=click.FloatRange(0),
    metavar="SECONDS",
    help="Stop after this long; what is left stays queued for the next run.",
)
@click.option("--max-pages", type=click.IntRange(1), help="At most this many pages per host.")
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Page listings back only to items of this day (default: paging_max_age_days, "
    "else until a page shows only known items).",
)
@click.option(
    "--parse-workers",
    type=click.IntRange(0),
    metavar="N",
    help="Processes parsing pages beside the crawl (default: one per spare core, at most 2; "
    "0 parses in the crawl process).",
)
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also log (at INFO) to this file.",
)
@click.option(
    "--report",
    "report_kind",
    type=click.Choice(["changes"]),
    help="At the end, print the agreement records new or changed in this run "
    "(nothing when none; see 'campusnews changes').",
)
@click.pass_obj
def crawl(
    obj: AppContext,
    sources: tuple[str, ...],
    start_urls: tuple[str, ...],
    allow_private: bool,
    concurrency: int | None,
    per_host: int | None,
    delay: float | None,
    max_runtime: float | None,
    max_pages: int | None,
    since: datetime | None,
    parse_workers: int | None,
    log_file: Path | None,
    report_kind: str | None,
) -> None:
    """Crawl sources into the database, extracting as pages arrive.

    Quiet on success when not on a terminal, so cron mails only failures:
    one line per failed source, naming the fix. A source fails when its
    layout changed, its host kept failing, or every fetch it made failed
    (no DNS, connection refused, TLS, refused by the address policy,
    robots.txt unreachable). Exit 0 when the run did its job, 1 when a
    source failed, 2 on a usage or config error, 75 when another run holds
    the lock (silent, unless the lock is older than stuck_lock_hours).

    \b
    Examples:
      campusnews crawl                        # every source in the config file
      campusnews crawl leiden tudelft
      campusnews crawl --report changes       # cron: mail new and changed agreements
      campusnews crawl --start-url https://www.example.edu/news --max-runtime 600
      campusnews crawl --start-url http://127.0.0.1:8000/ --allow-private \\
          --concurrency 16 --per-host 16 --delay 0
    """
    settings = obj.settings
    verbosity = obj.verbosity
    configure_logging(verbosity, log_file or settings.log_file)
    overrides: dict[str, Any] = {
        k: v
        for k, v in {
            "concurrency": concurrency,
            "per_host": per_host,
            "delay": delay,
            "max_runtime": max_runtime,
            "max_pages_per_host": max_pages,
        }.items()
        if v is not None
    }
    settings = dataclasses.replace(
        settings, policy=dataclasses.replace(settings.policy, **overrides)
    )
    if parse_workers is not None:
        settings = dataclasses.replace(settings, parse_workers=parse_workers)
    try:
        plans = plan_sources(
            settings,
            obj.registry,
            sources,
            start_urls,
            allow_private=allow_private,
            since=since.date() if since else None,
        )
    except PlanError as exc:
        raise UserError(str(exc)) from None
    report = _execute(obj, plans, settings, show_progress=sys.stderr.isatty() and verbosity >= 0)
    _print_report(report, always=verbosity > 0)
    if report_kind == "changes" and report.run_id is not None:
        from pipeline.cli.records_views_cmd import print_run_changes

        print_run_changes(obj, report.run_id)
    if not report.ok:
        sys.exit(EXIT_SOURCE_FAILED)


@click.command()
@click.pass_obj
def init(obj: AppContext) -> None:
    """Create the database (or bring its schema up to date) and say where it is.

    \b
    Example:
      campusnews --db ~/data/news.db init
    """
    obj.open_engine()
    click.echo(f"database ready: {obj.shown_database()}", err=True)


@click.command()
@click.option(
    "--outdated",
    is_flag=True,
    help="Re-extract only pages parsed by another parser version than the current one "
    "(or never parsed). The default.",
)
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Re-extract every page, not only those parsed by an older parser version.",
)
@click.option(
    "--parse-workers",
    type=click.IntRange(0),
    metavar="N",
    help="Processes parsing pages beside the one storing them (default: one per spare core, "
    "at most 2; 0 parses in one process).",
)
@click.pass_obj
def reparse(obj: AppContext, outdated: bool, everything: bool, parse_workers: int | None) -> None:
    """Re-extract stored pages with the current parsers, with no network.

    A page is outdated when the version stored with it (pages.parser_version)
    differs from its source's current 'version': bump a source's version
    after changing its selectors, then run 'reparse --outdated'.

    \b
    Examples:
      campusnews reparse --outdated   # pages parsed by an older parser version (default)
      campusnews reparse --all        # every stored page
    """
    if outdated and everything:
        raise click.UsageError("--outdated and --all exclude each other; give one")
    from pipeline.reparse import parse_stored

    configure_logging(obj.verbosity)
    registry = obj.registry
    obj.check_writable()
    try:
        with run_lock(sqlite_path(obj.database_url())):
            engine = obj.open_engine()
            tune_for_long_run()
            report = parse_stored(
                engine,
                reparse_parsers(_stored_sources(engine), obj.settings, registry),
                registry.get("generic"),
                only_outdated=not everything,
                workers=_parse_workers(obj.settings, parse_workers),
            )
    except RunLocked as exc:
        _locked(exc, obj.settings)
    click.echo(
        f"re-extracted {report.articles} articles, {report.parse_errors} parse errors", err=True
    )
    for name, reason in sorted(report.failed_sources.items()):
        click.echo(f"source {name} failed: {reason}", err=True)
    for line in report.layout_lines():
        click.echo(line, err=True)
    if not report.ok:
        sys.exit(EXIT_SOURCE_FAILED)


def _parse_workers(settings: Settings, option: int | None) -> int:
    """--parse-workers, else the config's parse_workers, else one per spare core (at most 2)."""
    if option is not None:
        return option
    return default_workers() if settings.parse_workers is None else settings.parse_workers


def _stored_sources(engine: Engine) -> list[str]:
    from db.queries import source_names

    with engine.connect() as conn:
        return source_names(conn)


@click.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="Port for the fixture site (0 picks a free one).",
)
@click.pass_obj
def demo(obj: AppContext, port: int) -> None:
    """Serve the bundled fixture site on 127.0.0.1, crawl it, and show what was found.

    The database is ./campusnews.db unless --db says otherwise. The site gets
    a new port each time, so each demo run replaces the previous demo's pages
    (source "demo"); other sources' data is left alone.

    \b
    Examples:
      campusnews demo
      campusnews demo --db /tmp/demo.db
    """
    from pipeline.fixture_site import serve_site, site_dir

    configure_logging(obj.verbosity)
    obj.check_writable()
    site = site_dir()
    if not site.is_dir():
        raise UserError(
            f"fixture site not found at {site} (reinstall campusnews, or run from a checkout)"
        )
    settings = obj.settings
    policy = dataclasses.replace(settings.policy, delay=0.0, per_host=8, concurrency=16)
    settings = dataclasses.replace(settings, policy=policy)
    with serve_site(site, port) as (base_url, _log):
        plan = demo_plan(base_url, obj.registry)
        click.echo(
            f"serving fixtures/site at {base_url}; crawling into {obj.shown_database()}", err=True
        )
        report = _execute(obj, [plan], settings, forget=plan.name)
    for line in report.lines():
        click.echo(line)
    _print_demo_summary(obj.open_engine())
    if not report.ok:
        sys.exit(EXIT_SOURCE_FAILED)


def _print_demo_summary(engine: Engine) -> None:
    from db.queries import lifecycle_text, record_summaries, totals

    with engine.connect() as conn:
        counts = totals(conn)
        records = record_summaries(conn)
    click.echo(", ".join(f"{v} {k}" for k, v in counts.items()) + " in the database")
    click.echo("\nagreement records (one per real-world agreement, with its lifecycle):")
    for record in records:
        when = record.first_date or "undated"
        articles = f"{record.articles} article" + ("s" if record.articles != 1 else "")
        click.echo(
            f"  {when:<10}  {record.type:<15} {record.status:<9} "
            f"{' + '.join(record.parties)}  [{lifecycle_text(record)}; {articles}]"
        )


COMMANDS = [init, crawl, reparse, demo]
