"""How long the generic parser (``GenericSource.parse``) takes per page, and what it says.

    .venv/bin/python bench/parse_hotpath.py [--limit N] [--rounds 3]
        [--pages DIR] [--snapshot FILE | --check FILE]

Pages: every ``.html`` under the synthetic crawl site (bench/.work/crawl/site-2000,
made by ``bench/crawl/run.py``; ``--limit`` caps how many) plus every fixture
page: the gold sets' pages loaded the way ``pipeline.evaluate`` loads them, and
any other page under fixtures/site, fixtures/pages, fixtures/pages2 and
fixtures/heldout rendered the same way (the news sets, fixtures/newsdev and
fixtures/newsheldout, likewise). ``--pages DIR`` adds every ``*.html`` under DIR
as the group "pages" (for example the realistic bench site's articles). Pages
are built before timing; then ``GenericSource().parse(page)`` runs over all of them, timed with
``time.process_time``, best of ``--rounds``.

``--snapshot FILE`` writes every page's ``ParsedArticle`` (all fields, sorted
keys, dates as ISO strings) to FILE; ``--check FILE`` compares against such a
file, prints the first differences and exits 1 when any page differs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from snapshot import check_snapshot, write_snapshot  # noqa: E402

from pipeline.eval_sets import eval_sets  # noqa: E402
from pipeline.evaluate import EVAL_FETCHED_AT, gold_files, gold_page  # noqa: E402
from pipeline.fixture_site import EVAL_BASE_URL, fixtures_dir, render_fixture  # noqa: E402
from scraper.generic import GenericSource  # noqa: E402
from scraper.models import Page, ParsedArticle  # noqa: E402

SITE = REPO / "bench" / ".work" / "crawl" / "site-2000"
BASE = "http://bench.example"
# Fixed, so that relative dates in the synthetic pages resolve the same way every run.
FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
GOLD_DIRS = tuple(s.gold_dir for s in eval_sets())
FIXTURE_GLOBS = (
    "site/**/*.html",
    "pages/*.html",
    "pages2/*.html",
    "heldout/**/*.html",
    "newsdev/**/*.html",
    "newsheldout/**/*.html",
)
_ARTICLE_PATH = re.compile(r"^news/\d{4}/\d{2}/")
GROUPS = ("article", "listing", "other", "fixture", "pages")


def _synthetic_group(rel: str) -> str:
    if _ARTICLE_PATH.match(rel):
        return "article"
    if rel == "news/index.html" or rel.startswith("news/page/"):
        return "listing"
    return "other"


def synthetic_pages(limit: int | None) -> list[tuple[str, str, Page]]:
    """(key, group, page) for the synthetic site's pages, sorted by path."""
    files = sorted(SITE.rglob("*.html"))[:limit]
    pages = []
    for f in files:
        rel = f.relative_to(SITE).as_posix()
        url_path = rel[: -len("index.html")] if rel.endswith("index.html") else rel
        url = f"{BASE}/{url_path}"
        page = Page(
            url=url,
            body=f.read_bytes(),
            fetched_at=FETCHED,
            headers={"content-type": "text/html; charset=utf-8"},
        )
        pages.append((url, _synthetic_group(rel), page))
    return pages


def fixture_pages() -> list[tuple[str, str, Page]]:
    """(key, "fixture", page) for every gold page as the eval sees it, then other fixtures."""
    pages = []
    seen: set[str] = set()
    for folder in GOLD_DIRS:
        for path in gold_files(folder):
            gold = json.loads(path.read_text(encoding="utf-8"))
            seen.add(gold["page"])
            pages.append((f"gold:{folder.parent.name}/{path.name}", "fixture", gold_page(gold)))
    root = fixtures_dir()
    extra = sorted({p for pattern in FIXTURE_GLOBS for p in root.glob(pattern)})
    for path in extra:
        rel = path.relative_to(root).as_posix()
        if rel in seen:
            continue
        body = render_fixture(path.read_bytes(), EVAL_BASE_URL)
        url = f"{EVAL_BASE_URL}/{rel}"
        page = Page(
            url=url,
            body=body,
            fetched_at=EVAL_FETCHED_AT,
            headers={"content-type": "text/html; charset=utf-8"},
        )
        pages.append((f"fixture:{rel}", "fixture", page))
    return pages


def dir_pages(folder: Path) -> list[tuple[str, str, Page]]:
    """(key, "pages", page) for every ``*.html`` under ``folder``, sorted by path."""
    pages = []
    for f in sorted(folder.rglob("*.html")):
        url = f"{BASE}/{f.relative_to(folder).as_posix()}"
        page = Page(
            url=url,
            body=f.read_bytes(),
            fetched_at=FETCHED,
            headers={"content-type": "text/html; charset=utf-8"},
        )
        pages.append((f"pages:{url}", "pages", page))
    return pages


def run_round(pages: list[tuple[str, str, Page]]) -> dict[str, float]:
    """CPU seconds spent parsing, per group."""
    source = GenericSource()
    spent: dict[str, float] = {}
    for _key, group, page in pages:
        started = time.process_time()
        source.parse(page)
        spent[group] = spent.get(group, 0.0) + time.process_time() - started
    return spent


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def as_json(article: ParsedArticle) -> dict[str, Any]:
    """Every field of a parsed article as plain JSON data."""
    data = dataclasses.asdict(article)
    data["alternates"] = dict(article.alternates)
    return _plain(data)  # type: ignore[no-any-return]


def outputs(pages: list[tuple[str, str, Page]]) -> dict[str, Any]:
    """Every page's parse as stable JSON data."""
    source = GenericSource()
    return {key: as_json(source.parse(page)) for key, _group, page in pages}


def main() -> int:
    """Time the generic parser; optionally snapshot or check its output."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="synthetic pages to use")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", type=Path, help="also time every *.html under this folder")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--snapshot", type=Path, help="write every page's parse as JSON here")
    what.add_argument("--check", type=Path, help="compare every page's parse with this")
    args = parser.parse_args()
    if not SITE.is_dir():
        print(f"{SITE} is missing: run bench/crawl/run.py once to make it", file=sys.stderr)
        return 2
    if args.pages is not None and not args.pages.is_dir():
        print(f"--pages {args.pages} is not a folder", file=sys.stderr)
        return 2
    pages = synthetic_pages(args.limit) + fixture_pages()
    if args.pages is not None:
        pages += dir_pages(args.pages)
    counts = {g: sum(1 for _k, group, _p in pages if group == g) for g in GROUPS}
    rounds = [run_round(pages) for _ in range(args.rounds)]
    for group in GROUPS:
        n = counts[group]
        if not n:
            continue
        best = min(r.get(group, 0.0) for r in rounds)
        label = group if group in ("fixture", "pages") else f"synthetic {group}"
        print(
            f"parse: {n:5d} {label} pages, {1000 * best / n:.2f} CPU ms per page "
            f"(best of {args.rounds})"
        )
    synthetic = sum(counts[g] for g in ("article", "listing", "other"))
    if synthetic:
        best = min(sum(r.get(g, 0.0) for g in ("article", "listing", "other")) for r in rounds)
        print(
            f"parse: {synthetic:5d} synthetic pages in all, {1000 * best / synthetic:.2f} ms/page"
        )
    if args.snapshot:
        write_snapshot(args.snapshot, outputs(pages))
    if args.check:
        return check_snapshot(args.check, outputs(pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
