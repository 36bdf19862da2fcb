"""``campusnews sources``: list the known sources, try one on a page, draft a new one."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from pipeline.cli.context import AppContext, UserError, read_input
from pipeline.cli.output import emit, output_options, resolve_format
from pipeline.extraction import extract_page
from pipeline.settings import config_home
from pipeline.sourcegen import Sample, StubError, declared_url, fetch_sample, write_stub
from scraper.declarative import DeclarativeSource
from scraper.errors import ScraperError
from scraper.models import Page
from scraper.registry import UnknownSource

LIST_COLUMNS = ("name", "hosts", "version", "origin", "start_urls", "where")


@click.group()
def sources() -> None:
    """List, test and create sources (the parsers for each site).

    \b
    Examples:
      campusnews sources list
      campusnews sources test leiden page.html
      campusnews sources new my-uni https://news.my-uni.example/en/news
    """


@sources.command("list")
@output_options
@click.pass_obj
def list_sources(obj: AppContext, fmt: str | None) -> None:
    """Show every source: name, hosts, version, origin (builtin, user, package), start URLs.

    \b
    Examples:
      campusnews sources list
      campusnews sources list --json
    """
    registry = obj.registry
    flat = resolve_format(fmt) in ("table", "csv")
    rows = []
    for src in registry.all():
        origin = registry.origin(src.name)
        hosts, starts = list(src.hosts), list(src.start_urls)
        rows.append(
            {
                "name": src.name,
                "hosts": " ".join(hosts) if flat else hosts,
                "version": src.version,
                "origin": origin.kind,
                "start_urls": " ".join(starts) if flat else starts,
                "where": origin.where,
            }
        )
    emit(rows, LIST_COLUMNS, fmt)


@sources.command("test")
@click.argument("name")
@click.argument("file", metavar="FILE")
@click.option(
    "--url",
    help="The URL the page was served at. Default: the page's <link rel=canonical>, "
    "else its file path.",
)
@click.option(
    "--fetched-at",
    metavar="ISO-DATETIME",
    help="When the page was fetched: resolves 'yesterday' in undated pages (without it, "
    "such dates are kept unresolved, value null, rather than resolved against today).",
)
@click.pass_obj
def test_source(
    obj: AppContext, name: str, file: str, url: str | None, fetched_at: str | None
) -> None:
    """Parse FILE with source NAME and print the result as one JSON line.

    The output is exactly what 'campusnews extract' prints. Nothing is
    fetched and no database is touched. '-' reads the page from stdin. Where
    the page no longer fits the source's selectors, the generic parser reads
    what they miss (as a crawl does): the JSON lists it under "warnings", one
    line per miss goes to stderr with the selector and the count it found, and
    the exit code is 1.

    \b
    Examples:
      campusnews sources test leiden saved-page.html
      campusnews sources test eur eur-page.html --url https://www.eur.nl/en/news/some-article
      curl -s https://www.eur.nl/en/news | campusnews sources test eur - --url https://www.eur.nl/en/news
    """
    try:
        src = obj.registry.get(name)
    except UnknownSource as exc:
        raise UserError(str(exc)) from None
    body = read_input(file)
    page = Page(
        url=url or declared_url(body) or _file_url(file),
        body=body,
        fetched_at=_when(fetched_at),
        headers={"content-type": "text/html"},
    )
    try:
        # Without --fetched-at, "now" only bounds the publication date; relative dates in
        # the text are not resolved against the day the command runs.
        extraction = extract_page(page, src, fetch_time_known=fetched_at is not None)
    except ScraperError as exc:
        raise UserError(f"{file}: {exc}") from None
    click.echo(json.dumps(extraction.to_json(), ensure_ascii=False))
    for warning in extraction.article.warnings:
        click.echo(f"warning: {file}: {warning}", err=True)
    if extraction.article.layout_changed:
        sys.exit(1)


@sources.command("new")
@click.argument("name")
@click.argument("url_or_file", metavar="URL_OR_FILE")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the source. Default: $CAMPUSNEWS_HOME/sources, "
    "else ~/.config/campusnews/sources.",
)
@click.option("--url", help="With a FILE: the URL it was saved from (default: its canonical link).")
@click.option(
    "--allow-private",
    is_flag=True,
    help="Let the URL resolve to a private or loopback address (a test site on 127.0.0.1).",
)
@click.pass_obj
def new_source(
    obj: AppContext,
    name: str,
    url_or_file: str,
    directory: Path | None,
    url: str | None,
    allow_private: bool,
) -> None:
    """Draft a declarative source NAME from the site's news overview (or one article).

    Give it the URL of the news overview: it reads the overview's article
    links and next page, fetches the first article, and guesses the
    article's selectors (title, date, paragraphs) from it. NAME.toml gets
    the overview as start_urls, the host (with its port, if any) as hosts,
    and a url_pattern for the overview's path; NAME.fixture.html keeps the
    article. Pages are fetched with the crawler's address policy, size limit
    and deadline (a site on 127.0.0.1 needs --allow-private). A saved article
    FILE works too (then only the article selectors are guessed). Existing
    files are never overwritten.

    \b
    Examples:
      campusnews sources new my-uni https://news.my-uni.example/en/news
      campusnews sources new test-site http://127.0.0.1:8000/en/news/ --allow-private
      campusnews sources new my-uni saved-article.html --url https://news.my-uni.example/x
    """
    target = directory or config_home() / "sources"
    page_url: str | None
    try:
        if name in obj.registry:
            raise UserError(
                f"a source called {name!r} exists already ({obj.registry.origin(name)})"
            )
        if url_or_file.startswith(("http://", "https://")):
            sample = fetch_sample(url_or_file, obj.settings.policy, allow_private=allow_private)
            start_url = sample.listing_url or sample.article_url
        else:
            body = read_input(url_or_file)
            page_url = url or declared_url(body)
            if page_url is None:
                raise click.UsageError(
                    f"cannot tell which site {url_or_file} is from; add --url URL"
                )
            sample = Sample(article_url=page_url, article=body)
            start_url = page_url
        stub = write_stub(name, sample, start_url, target)
    except StubError as exc:
        raise UserError(str(exc)) from None
    click.echo(f"wrote {stub.toml_path}")
    click.echo(f"wrote {stub.fixture_path}")
    for line in _first_look(stub.toml_path, sample):
        click.echo(line, err=True)
    read = {d.resolve() for d in (config_home() / "sources", *obj.settings.sources_dirs)}
    if target.resolve() not in read:
        click.echo(
            f"note: campusnews does not read sources from {target}; move the files to "
            f"{config_home() / 'sources'} or set sources_dir in the config file",
            err=True,
        )
    click.echo(f"next: campusnews sources test {name} {stub.fixture_path}", err=True)


def _first_look(toml_path: Path, sample: Sample) -> list[str]:
    """How the drafted selectors read the sample pages: one line each."""
    src = DeclarativeSource.from_toml(toml_path)
    now = datetime.now(UTC)
    lines = []
    if sample.listing is not None and sample.listing_url is not None:
        page = Page(url=sample.listing_url, body=sample.listing, fetched_at=now)
        try:
            listing = src.parse(page)
        except ScraperError as exc:
            lines.append(f"check overview: {exc}")
        else:
            if listing.warnings:
                lines.append("check overview: " + "; ".join(listing.warnings))
            else:
                more = "a next page" if listing.next_page else "no next page"
                lines.append(f"check overview: {len(listing.links)} article links, {more}")
    page = Page(url=sample.article_url, body=sample.article, fetched_at=now)
    try:
        art = src.parse(page)
    except ScraperError as exc:
        return [*lines, f"check: {exc}"]
    if art.warnings:
        return [*lines, "check: " + "; ".join(art.warnings)]
    date = art.published.isoformat() if art.published else "no date"
    return [*lines, f"check: {art.title!r}, {date}, {len(art.paragraphs)} paragraphs"]


def _file_url(name: str) -> str:
    return "file:///dev/stdin" if name == "-" else Path(name).resolve().as_uri()


def _when(text: str | None) -> datetime:
    if text is None:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        message = f"not an ISO date-time: {text!r}"
        raise click.BadParameter(message, param_hint="--fetched-at") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


COMMANDS = [sources]
