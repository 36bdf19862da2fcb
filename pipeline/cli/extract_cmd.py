"""Commands that read pages without a database: extract, eval."""

from __future__ import annotations

import contextlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from pipeline.cli.context import AppContext, UserError, read_input
from pipeline.eval_sets import (
    DIGESTS_FILE,
    FLOORS_FILE,
    EvalSet,
    below_floors,
    changed_held_out,
    eval_sets,
    kinds_table,
    pin_digests,
    read_json,
    run_sets,
    table,
)
from pipeline.evaluate import missing_pages
from pipeline.extraction import extract_page
from pipeline.fixture_site import fixtures_dir
from pipeline.gctune import tuned_for_long_run
from scraper.models import Extraction, Page
from scraper.registry import Registry
from scraper.source import Source

# Magic numbers of files people hand to extract by mistake.
_BINARY_MAGIC = {
    b"\x7fELF": "an ELF executable",
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip file",
    b"SQLite format 3\x00": "a SQLite database",
}
_SNIFF_BYTES = 8192
_INPUT_CACHE: dict[str, bytes] = {}


def not_html(body: bytes) -> str | None:
    """Why ``body`` is not an HTML page or an XML feed, or None when it may be one.

    Looks at the first 8 KiB: a known binary signature, NUL bytes (text in
    UTF-16 aside), or no ``<`` at all.
    """
    head = body[:_SNIFF_BYTES]
    for magic, kind in _BINARY_MAGIC.items():
        if head.startswith(magic):
            return f"{kind}, not HTML"
    if not head.strip():
        return "empty, not HTML"
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if b"\x00" in head and not utf16:
        return "binary data (NUL bytes), not HTML"
    if b"<" not in head and not utf16:
        return "plain text without a single tag, not HTML"
    return None


def read_page_file(name: str) -> bytes:
    """The bytes of a page argument, refusing a folder and what is not HTML (UserError).

    Standard input is read once and kept, so checking it first costs nothing.
    """
    if name in _INPUT_CACHE:
        return _INPUT_CACHE[name]
    if name != "-" and Path(name).is_dir():
        raise UserError(f"a folder; give the HTML files in it ({name.rstrip('/')}/*.html)")
    body = read_input(name)
    reason = not_html(body)
    if reason:
        raise UserError(f"{reason}; extract reads HTML pages and RSS/Atom feeds")
    _INPUT_CACHE[name] = body
    return body


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--url", help="The URL the page was served at (with a single file).")
@click.option("--source", "source_name", help="Parse with this source instead of picking by URL.")
@click.option(
    "--fetched-at",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The day the page was fetched: relative dates resolve against it when the page "
    "has no publication date (without it they are kept unresolved, value null).",
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
    goes to stderr. Only HTML (or an RSS/Atom feed) is read: a binary file,
    a PDF or a text without a single tag is refused. With one file, a file
    that is missing, a folder, or not HTML is one line on stderr and exit 2.
    With several, such a file prints {"file": ..., "error": ...} and a line
    on stderr, the other files are still read, and the exit code is 1 at
    the end.

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
    if len(files) == 1:
        # One file: a file that cannot be read is a usage error (exit 2), like any
        # other wrong argument; a parser crash is still reported below.
        try:
            read_page_file(files[0])
        except UserError as exc:
            named = exc.message.startswith("no such file")
            shown = exc.message if named else f"{files[0]}: {exc.message}"
            raise UserError(shown) from None
    # Many pages in one process: collect garbage as the parse workers do (with
    # CPython's defaults a young collection every 700 allocations costs about a
    # tenth of extraction).
    with tuned_for_long_run() if len(files) > 1 else contextlib.nullcontext():
        failed = _extract_files(files, url, forced, registry, fetched_at)
    if failed:
        click.echo(f"{failed} of {len(files)} files could not be read or parsed", err=True)
        sys.exit(1)


def _extract_files(
    files: tuple[str, ...],
    url: str | None,
    forced: Source | None,
    registry: Registry,
    fetched_at: datetime | None,
) -> int:
    """Print each file's extraction (or its error) as one JSON line; the number that failed."""
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
    return failed


def _extract_file(
    name: str,
    url: str | None,
    forced: Source | None,
    registry: Registry,
    fetched_at: datetime | None,
) -> Extraction:
    """Read one file argument and extract it (raises on an unreadable or unparsable file)."""
    body = read_page_file(name)
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
    "--set",
    "set_names",
    multiple=True,
    help="Score only this set (repeatable): gold, newsdev, heldout, newsheldout.",
)
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Score one folder of gold JSON files instead of the project's sets.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--details", is_flag=True, help="Also list every mismatch, page by page.")
@click.option(
    "--kinds",
    is_flag=True,
    help="Also count the mistakes by kind, per set (naming no page: safe for held-out sets).",
)
@click.option(
    "--check",
    is_flag=True,
    help="Exit 1 when a figure is below its set's floor in fixtures/eval-floors.json.",
)
@click.option(
    "--accept-heldout-change",
    is_flag=True,
    help="Run although a held-out set changed, and pin its new digest "
    "(fixtures/eval-digests.json). Say why in the commit.",
)
@click.pass_obj
def eval_command(
    obj: AppContext,
    set_names: tuple[str, ...],
    gold_dir: Path | None,
    as_json: bool,
    details: bool,
    kinds: bool,
    check: bool,
    accept_heldout_change: bool,
) -> None:
    """Score extraction against the hand-annotated gold sets, side by side.

    Prints F1 for organisations, agreements (parties only, and strict:
    parties + type + date) and dates in the text, and the accuracy of
    published dates and titles, for every set: the tuned sets (gold, newsdev),
    the held-out sets (heldout, newsheldout; marked *), both pooled, and the
    gap between them. A held-out set is pinned by a digest: when its pages or
    annotations changed, the eval refuses to run (exit 2) until the change is
    accepted with --accept-heldout-change. The sets are in fixtures/ of a
    campusnews checkout; an installed package has only --gold.

    \b
    Examples:
      campusnews eval
      campusnews eval --set newsdev --details
      campusnews eval --kinds
      campusnews eval --json --check
      campusnews eval --gold my-annotations/
    """
    if gold_dir is not None:
        sets: tuple[EvalSet, ...] = (EvalSet(gold_dir.name, gold_dir, False, "--gold"),)
        if not sets[0].files:
            raise UserError(f"no gold files in {gold_dir}")
        missing = missing_pages(gold_dir)
        if missing:
            raise UserError(
                f"{len(missing)} gold file(s) name a page that does not exist, first "
                f'{missing[0]}; a gold file\'s "page" is read relative to {fixtures_dir()}, '
                "or give an absolute path"
            )
    else:
        known = {s.name: s for s in eval_sets()}
        unknown = [n for n in set_names if n not in known]
        if unknown:
            raise UserError(f"unknown set {unknown[0]!r}; known: {', '.join(known)}")
        sets = tuple(known[n] for n in set_names) if set_names else tuple(known.values())
        changed = changed_held_out(sets, read_json(DIGESTS_FILE))
        if changed and not accept_heldout_change:
            raise UserError(
                f"{changed[0]}: held-out pages are not to be tuned on; if the change is a fix "
                "to an annotation, run again with --accept-heldout-change and say why in the "
                "commit"
            )
        if changed:
            pin_digests(sets)
            for line in changed:
                click.echo(f"accepted: {line}; new digest pinned in {DIGESTS_FILE.name}", err=True)
    reports = run_sets(obj.registry.for_url, sets)
    if not reports:
        raise UserError(
            "no gold files in any set: the sets are in fixtures/ of a campusnews checkout"
        )
    if as_json:
        out: dict[str, dict] = {
            name: {"pages": r.pages, **r.figures()} for name, r in reports.items()
        }
        if kinds:
            for name, r in reports.items():
                out[name]["kinds"] = dict(sorted(r.kinds.items()))
        click.echo(json.dumps(out, indent=2))
    else:
        _echo_rows(table(sets, reports))
        click.echo("* held out: written without sight of the extractor; gap = tuned - held out")
        if kinds:
            click.echo()
            _echo_rows(kinds_table(reports))
    if details:
        for name, report in reports.items():
            for line in report.problems:
                click.echo(f"[{name}] {line}", err=True)
    if check:
        below = below_floors(reports, read_json(FLOORS_FILE))
        for line in below:
            click.echo(f"below floor: {line}", err=True)
        if below:
            sys.exit(1)


def _echo_rows(rows: list[list[str]]) -> None:
    """Print a table: the first column left-aligned, the others right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        click.echo("  ".join(cells).rstrip())


COMMANDS = [extract, eval_command]
