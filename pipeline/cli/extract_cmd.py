"""Commands that read pages without a database: extract, eval."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from pipeline.cli.context import AppContext, UserError, read_input
from pipeline.evaluate import check_floors, evaluate, gold_files
from pipeline.extraction import extract_page
from scraper.models import Extraction, Page
from scraper.registry import Registry
from scraper.source import Source

FLOORS_FILE = Path(__file__).resolve().parents[2] / "fixtures" / "eval-floors.json"


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--url", help="The URL the page was served at (with a single file).")
@click.option("--source", "source_name", help="Parse with this source instead of picking by URL.")
@click.option(
    "--fetched-at",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The day the page was fetched: relative dates resolve against it when the page "
    "has no publication date (without it they are left out).",
)
@click.pass_obj
def extract(
    obj: AppContext,
    files: tuple[str, ...],
    url: str | None,
    source_name: str | None,
    fetched_at: datetime | None,
) -> None:
    """Print what the pipeline extracts from HTML files, one JSON object per line and file.

    Touches no database. '-' reads the page from stdin. The JSON shape is
    documented in docs/extract-json.md. Where a source's selectors miss, the
    generic parser reads the page: the JSON says so in "warnings" and one line
    goes to stderr. A file that cannot be read or parsed prints
    {"file": ..., "error": ...}; the other files are still read, and the exit
    code is 1 at the end.

    \b
    Examples:
      campusnews extract page.html
      campusnews extract --url https://www.tudelft.nl/en/2024/news/x page.html
      curl -s https://example.edu/news/x | campusnews extract - --url https://example.edu/news/x
    """
    if url and len(files) > 1:
        raise click.UsageError("--url goes with a single file")
    registry = obj.registry
    forced = None
    if source_name:
        forced = registry.get(source_name) if source_name in registry else None
        if forced is None:
            raise UserError(f"unknown source '{source_name}' (see 'campusnews sources list')")
    failed = 0
    for name in files:
        try:
            extraction = _extract_file(name, url, forced, registry, fetched_at)
        except Exception as exc:  # noqa: BLE001 - one bad file must not lose the others
            failed += 1
            message = str(exc) if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
            click.echo(json.dumps({"file": name, "error": message}, ensure_ascii=False))
            click.echo(f"{name}: {message}", err=True)
            continue
        for warning in extraction.article.warnings:
            click.echo(f"warning: {name}: {warning}", err=True)
        click.echo(json.dumps(extraction.to_json(), ensure_ascii=False))
    if failed:
        click.echo(f"{failed} of {len(files)} files could not be read or parsed", err=True)
        sys.exit(1)


def _extract_file(
    name: str,
    url: str | None,
    forced: Source | None,
    registry: Registry,
    fetched_at: datetime | None,
) -> Extraction:
    """Read one file argument and extract it (raises on an unreadable or unparsable file)."""
    body = read_input(name)
    page_url = url or (Path(name).resolve().as_uri() if name != "-" else "file:///dev/stdin")
    page = Page(
        url=page_url,
        body=body,
        # Without --fetched-at, "now" only bounds the publication date (never in the
        # future); relative dates in the text are not resolved against it.
        fetched_at=fetched_at.replace(tzinfo=UTC) if fetched_at else datetime.now(UTC),
        headers={"content-type": "text/html"},
    )
    source = forced or registry.for_url(page_url)
    return extract_page(page, source, fetch_time_known=fetched_at is not None)


@click.command("eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of gold JSON files (default fixtures/gold).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--details", is_flag=True, help="Also list every mismatch, page by page.")
@click.option(
    "--check",
    is_flag=True,
    help="Exit 1 when a figure is below its floor in fixtures/eval-floors.json.",
)
@click.pass_obj
def eval_command(
    obj: AppContext, gold_dir: Path | None, as_json: bool, details: bool, check: bool
) -> None:
    """Score extraction against the hand-annotated gold pages.

    Prints precision, recall and F1 for organisations, agreements (parties
    only, and strict: parties + type + date) and dates in the text, and the
    accuracy of published dates and titles.

    \b
    Examples:
      campusnews eval
      campusnews eval --details
      campusnews eval --json --check
    """
    if not gold_files(gold_dir):
        raise UserError(f"no gold files in {gold_dir or 'fixtures/gold'}")
    report = evaluate(obj.registry.for_url, gold_dir)
    figures = report.figures()
    if as_json:
        click.echo(json.dumps({"pages": report.pages, **figures}, indent=2))
    else:
        click.echo(f"{report.pages} gold pages")
        click.echo(f"{'measure':<22} {'precision':>9} {'recall':>7} {'F1/acc':>7}   tp   fp   fn")
        for row in report.rows():
            p = "" if row["precision"] is None else f"{row['precision']:.3f}"
            r = "" if row["recall"] is None else f"{row['recall']:.3f}"
            fn = "" if row["fn"] is None else row["fn"]
            click.echo(
                f"{row['measure']:<22} {p:>9} {r:>7} {row['f1']:>7.3f} {row['tp']:>4} "
                f"{row['fp']:>4} {fn:>4}"
            )
    if details:
        for line in report.problems:
            click.echo(line, err=True)
    if check and FLOORS_FILE.exists():
        below = check_floors(figures, json.loads(FLOORS_FILE.read_text()))
        for line in below:
            click.echo(f"below floor: {line}", err=True)
        if below:
            sys.exit(1)


COMMANDS = [extract, eval_command]
