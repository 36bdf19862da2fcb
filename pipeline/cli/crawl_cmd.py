"""Commands that write: init, crawl, reparse, demo, status."""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db import models as m
from db.engine import sqlite_path
from pipeline.cli.context import EXIT_LOCKED, EXIT_SOURCE_FAILED, AppContext, UserError
from pipeline.crawl import CrawlReport, SourcePlan, parse_stored, run_crawl
from pipeline.fixture_site import serve_site, site_dir
from pipeline.gctune import tune_for_long_run
from pipeline.logsetup import configure_logging
from pipeline.runlock import RunLocked, run_lock
from pipeline.runs import INTERRUPTED, live_run
from pipeline.settings import Settings, SourceConfig
from pipeline.source_health import failing_sources
from pipeline.store import forget_source
from scraper.policy import SourceScope
from scraper.registry import Registry, RegistryError
from scraper.source import Source

log = logging.getLogger(__name__)


def _verbosity(verbose: int, quiet: bool) -> int:
    return -1 if quiet else verbose


def plan_sources(
    settings: Settings,
    registry: Registry,
    names: tuple[str, ...],
    start_urls: tuple[str, ...],
    *,
    allow_private: bool,
    since: date | None = None,
) -> list[SourcePlan]:
    """Turn configured sources (or an ad-hoc --start-url) into crawl plans.

    ``since`` (else a source's or the global ``paging_max_age_days``) is the
    oldest day a listing is paged back to.
    """
    if start_urls:
        configs = [_adhoc_source(start_urls, registry)]
    else:
        configured = {n: c for n, c in settings.sources.items() if c.enabled}
        if names:
            unknown = [n for n in names if n not in settings.sources and n not in registry]
            if unknown:
                known = ", ".join(sorted(set(settings.sources) | set(registry.names())))
                raise UserError(f"unknown source '{unknown[0]}' (known: {known})")
            configs = [settings.sources.get(n) or SourceConfig(name=n, parser=n) for n in names]
        elif configured:
            configs = list(configured.values())
        else:
            raise UserError(
                "no sources to crawl: name one (see 'campusnews sources list'), "
                "add [sources.NAME] to the config file, or pass --start-url URL"
            )
    plans = []
    for config in configs:
        try:
            parser = registry.get(config.parser)
        except RegistryError as exc:
            raise UserError(f"source {config.name}: {exc}") from None
        start = config.start_urls or tuple(parser.start_urls)
        if not start:
            raise UserError(f"source {config.name} has no start_urls; add them to its config")
        hosts = (
            config.hosts
            or tuple(parser.hosts)
            or tuple(sorted({urlsplit(u).hostname or "" for u in start}))
        )
        scope = SourceScope(
            name=config.name,
            hosts=frozenset(h.lower() for h in hosts),
            allow_private=allow_private or config.allow_private,
            **{k: v for k, v in config.overrides.items()},
        )
        days = config.paging_max_age_days or settings.paging_max_age_days
        oldest = since or (date.today() - timedelta(days=days) if days else None)
        plans.append(
            SourcePlan(
                name=config.name, parser=parser, scope=scope, start_urls=start, oldest=oldest
            )
        )
    return plans


def _adhoc_source(start_urls: tuple[str, ...], registry: Registry) -> SourceConfig:
    for url in start_urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UserError(f"--start-url must be an http(s) URL, not {url!r}")
    parser = registry.for_url(start_urls[0])
    host = urlsplit(start_urls[0]).hostname or "adhoc"
    name = parser.name if parser.name != "generic" else host
    return SourceConfig(
        name=name,
        parser=parser.name,
        start_urls=start_urls,
        hosts=tuple(sorted({urlsplit(u).hostname or "" for u in start_urls})),
    )


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
        click.echo(f"campusnews: {exc}", err=True)
        sys.exit(EXIT_LOCKED)


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
@click.option("-v", "--verbose", count=True, help="More output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
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
    verbose: int,
    quiet: bool,
) -> None:
    """Crawl sources into the database, extracting as pages arrive.

    Quiet on success when not on a terminal, so cron mails only failures:
    one line per failed source, naming the fix. A source fails when its
    layout changed, its host kept failing, or every fetch it made failed
    (no DNS, connection refused, TLS, refused by the address policy,
    robots.txt unreachable). Exit 0 when the run did its job, 1 when a
    source failed, 2 on a usage error, 75 when another run holds the lock.

    \b
    Examples:
      campusnews crawl                        # every source in the config file
      campusnews crawl leiden tudelft
      campusnews crawl --start-url https://www.example.edu/news --max-runtime 600
      campusnews crawl --start-url http://127.0.0.1:8000/ --allow-private \\
          --concurrency 16 --per-host 16 --delay 0
    """
    settings = obj.settings
    configure_logging(_verbosity(verbose, quiet), log_file or settings.log_file)
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
    plans = plan_sources(
        settings,
        obj.registry,
        sources,
        start_urls,
        allow_private=allow_private,
        since=since.date() if since else None,
    )
    report = _execute(obj, plans, settings, show_progress=sys.stderr.isatty() and not quiet)
    _print_report(report, always=verbose > 0)
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
    click.echo(f"database ready: {obj.settings.database}", err=True)


@click.command()
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Re-extract every page, not only those parsed by an older parser version.",
)
@click.pass_obj
def reparse(obj: AppContext, everything: bool) -> None:
    """Re-extract stored pages with the current parsers, with no network.

    \b
    Examples:
      campusnews reparse          # pages parsed by an older parser version
      campusnews reparse --all    # every stored page
    """
    configure_logging(0)
    registry = obj.registry
    obj.check_writable()
    try:
        with run_lock(sqlite_path(obj.database_url())):
            engine = obj.open_engine()
            tune_for_long_run()
            report = parse_stored(
                engine,
                _parser_map(engine, obj, registry),
                registry.get("generic"),
                only_outdated=not everything,
            )
    except RunLocked as exc:
        click.echo(f"campusnews: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    click.echo(
        f"re-extracted {report.articles} articles, {report.parse_errors} parse errors", err=True
    )
    for name, reason in sorted(report.failed_sources.items()):
        click.echo(f"source {name} failed: {reason}", err=True)
    for line in report.layout_lines():
        click.echo(line, err=True)
    if not report.ok:
        sys.exit(EXIT_SOURCE_FAILED)


def _parser_map(engine: Engine, obj: AppContext, registry: Registry) -> dict[str, Source]:
    """Which parser reads each stored source's pages (config 'parser', else same name)."""
    with Session(engine) as session:
        names = session.scalars(select(m.Source.name)).all()
    out: dict[str, Source] = {}
    for name in names:
        config = obj.settings.sources.get(name)
        parser_name = config.parser if config else name
        out[name] = (
            registry.get(parser_name) if parser_name in registry else registry.get("generic")
        )
    return out


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
      campusnews --db /tmp/demo.db demo
    """
    configure_logging(0)
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
        host = urlsplit(base_url).hostname or "127.0.0.1"
        plan = SourcePlan(
            name="demo",
            parser=obj.registry.get("generic"),
            scope=SourceScope(name="demo", hosts=frozenset({host}), allow_private=True),
            start_urls=(base_url + "/",),
        )
        click.echo(
            f"serving fixtures/site at {base_url}; crawling into {settings.database}", err=True
        )
        report = _execute(obj, [plan], settings, forget=plan.name)
    for line in report.lines():
        click.echo(line)
    _print_demo_summary(obj.open_engine())
    if not report.ok:
        sys.exit(EXIT_SOURCE_FAILED)


def _print_demo_summary(engine: Engine) -> None:
    with Session(engine) as session:
        counts = {
            "articles": session.scalar(select(func.count(m.Article.id))),
            "organisations": session.scalar(select(func.count(m.Organisation.id))),
            "agreements": session.scalar(select(func.count(m.Agreement.id))),
        }
        click.echo(", ".join(f"{v} {k}" for k, v in counts.items()) + " in the database")
        rows = session.execute(
            select(m.Agreement, m.Article.published)
            .join(m.Article, m.Article.id == m.Agreement.article_id)
            .order_by(m.Article.published.desc(), m.Agreement.id)
        ).all()
        click.echo("\nagreements found (the same agreement in several articles is shown once):")
        lines: dict[str, int] = {}
        for agreement, published in rows:
            parties = session.scalars(
                select(m.Organisation.name)
                .join(m.AgreementParty, m.AgreementParty.organisation_id == m.Organisation.id)
                .where(m.AgreementParty.agreement_id == agreement.id)
                .order_by(m.Organisation.name)
            ).all()
            when = agreement.date or (published.isoformat() if published else "undated")
            line = f"  {when:<10}  {agreement.type:<15} {agreement.status:<8} {' + '.join(parties)}"
            lines[line] = lines.get(line, 0) + 1
        for line, articles in lines.items():
            click.echo(line + (f"  ({articles} articles)" if articles > 1 else ""))


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
    with Session(engine) as session:
        runs = session.scalars(select(m.CrawlRun).order_by(m.CrawlRun.id.desc()).limit(5)).all()
        per_source = session.execute(
            select(
                m.Source.name,
                func.max(m.Page.fetched_at).filter(m.Page.error_kind.is_(None)),
                func.max(m.Page.changed_at),
                func.max(m.Article.published),
                func.count(m.Page.id).filter(m.Page.error_kind.is_not(None)),
            )
            .join(m.Page, m.Page.source_id == m.Source.id, isouter=True)
            .join(m.Article, m.Article.page_id == m.Page.id, isouter=True)
            .group_by(m.Source.name)
            .order_by(m.Source.name)
        ).all()
        failing = failing_sources(session)
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
                "source": name,
                "last_success": _iso(ok),
                "last_new_page": _iso(new),
                "newest_article": pub.isoformat() if pub else None,
                "pages_with_errors": errors,
                "failing_since": _iso(failing[name].since) if name in failing else None,
                "failing_runs": failing[name].runs if name in failing else 0,
                "failing_reason": failing[name].reason if name in failing else None,
            }
            for name, ok, new, pub, errors in per_source
        ],
    }
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    click.echo("recent runs:")
    for run in data["runs"]:
        click.echo(_run_line(run))
    click.echo("sources:")
    for src in data["sources"]:
        if src["failing_since"]:
            click.echo(
                f"  {src['source']:<20} FAILING since {src['failing_since']} "
                f"({src['failing_runs']} runs): {src['failing_reason']}"
            )
        click.echo(
            f"  {src['source']:<20} last success {src['last_success']}, "
            f"last new page {src['last_new_page']}, newest article {src['newest_article']}, "
            f"pages with errors {src['pages_with_errors']}"
        )


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


COMMANDS = [init, crawl, reparse, demo, status]
