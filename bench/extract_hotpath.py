"""How long entity extraction (``scraper.extract.extract``) takes per article, and what it says.

    .venv/bin/python bench/extract_hotpath.py [--limit N] [--rounds 3]
        [--pages DIR] [--snapshot FILE | --check FILE]

Pages: every ``index.html`` under the synthetic crawl site
(bench/.work/crawl/site-2000/news, made by ``bench/crawl/run.py``) plus every
page of every eval set (gold, newsdev, heldout, newsheldout; loaded the way
``pipeline.evaluate`` loads them), each set timed as its own group. ``--pages
DIR`` adds every ``*.html`` under DIR as the group "pages" (for example the
article pages of the realistic bench site, ``bench/crawl/realistic_site.py``).
Each page is parsed once with the generic source, outside the timed part; then
``extract()`` runs over all articles, timed with ``time.process_time``, best of
``--rounds``. ``--gc workers`` first sets the garbage collector as the parse
workers and ``campusnews extract FILE...`` run it (``pipeline.gctune``); the
default keeps CPython's settings, as earlier figures were measured.

``--snapshot FILE`` writes every page's ``Extraction.to_json()`` to FILE;
``--check FILE`` compares against such a file, prints the first differences
and exits 1 when any page differs (a held-out page's key names its set, so it
is counted, never shown).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from snapshot import check_snapshot, write_snapshot  # noqa: E402

from pipeline.eval_sets import eval_sets  # noqa: E402
from pipeline.evaluate import gold_page  # noqa: E402
from pipeline.gctune import tune_for_long_run  # noqa: E402
from scraper.extract import extract  # noqa: E402
from scraper.generic import GenericSource  # noqa: E402
from scraper.models import Page, ParsedArticle  # noqa: E402

SITE = REPO / "bench" / ".work" / "crawl" / "site-2000"
BASE = "http://bench.example"
# Fixed, so that relative dates in the synthetic pages resolve the same way every run.
FETCHED = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Case:
    """One parsed page, ready for ``extract``."""

    key: str
    group: str
    article: ParsedArticle
    reference: date
    date_order: str


def synthetic_pages(limit: int | None) -> list[tuple[str, Page]]:
    """(key, page) for the synthetic site's pages, sorted by path."""
    files = sorted((SITE / "news").rglob("index.html"))[:limit]
    pages = []
    for f in files:
        url = f"{BASE}/{f.parent.relative_to(SITE).as_posix()}/"
        pages.append((url, Page(url=url, body=f.read_bytes(), fetched_at=FETCHED)))
    return pages


def dir_pages(folder: Path) -> list[tuple[str, Page]]:
    """(key, page) for every ``*.html`` under ``folder``, sorted by path."""
    pages = []
    for f in sorted(folder.rglob("*.html")):
        url = f"{BASE}/{f.relative_to(folder).as_posix()}"
        pages.append((f"pages:{url}", Page(url=url, body=f.read_bytes(), fetched_at=FETCHED)))
    return pages


def set_pages() -> dict[str, list[tuple[str, Page]]]:
    """Every eval set's pages as (key, page), as the eval sees them, by set name."""
    groups = {}
    for eval_set in eval_sets():
        pages = []
        for path in eval_set.files:
            gold = json.loads(path.read_text(encoding="utf-8"))
            # A held-out page's key names its set, so that --check only counts it, never shows it.
            prefix = f"heldout-{eval_set.name}" if eval_set.held_out else "gold"
            pages.append((f"{prefix}:{gold['page']}", gold_page(gold)))
        groups[eval_set.name] = pages
    return groups


def parse_all(groups: dict[str, list[tuple[str, Page]]]) -> list[Case]:
    """Parse every page with the generic source (as ``pipeline.extraction`` does)."""
    source = GenericSource()
    cases = []
    for group, pages in groups.items():
        for key, page in pages:
            article = source.parse(page)
            reference = article.published or page.fetched_at.date()
            cases.append(Case(key, group, article, reference, source.date_order))
    return cases


def run_round(cases: list[Case]) -> dict[str, float]:
    """CPU seconds spent extracting, per group."""
    spent: dict[str, float] = {}
    for case in cases:
        started = time.process_time()
        extract(case.article, reference=case.reference, date_order=case.date_order)
        spent[case.group] = spent.get(case.group, 0.0) + time.process_time() - started
    return spent


def outputs(cases: list[Case]) -> dict[str, Any]:
    """Every page's extraction as stable JSON data."""
    return {
        c.key: extract(c.article, reference=c.reference, date_order=c.date_order).to_json()
        for c in cases
    }


def main() -> int:
    """Time extraction; optionally snapshot or check its output."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="synthetic pages to use")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", type=Path, help="also time every *.html under this folder")
    parser.add_argument(
        "--gc",
        choices=("default", "workers"),
        default="default",
        help="garbage-collector settings: CPython's, or as the parse workers run (gctune)",
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--snapshot", type=Path, help="write every page's extraction JSON here")
    what.add_argument("--check", type=Path, help="compare every page's extraction with this")
    args = parser.parse_args()
    if not (SITE / "news").is_dir():
        print(f"{SITE / 'news'} is missing: run bench/crawl/run.py to make it", file=sys.stderr)
        return 2
    if args.pages is not None and not args.pages.is_dir():
        print(f"--pages {args.pages} is not a folder", file=sys.stderr)
        return 2
    groups = {"synthetic": synthetic_pages(args.limit), **set_pages()}
    if args.pages is not None:
        groups["pages"] = dir_pages(args.pages)
    cases = parse_all(groups)
    counts = {g: sum(1 for c in cases if c.group == g) for g in groups}
    if args.gc == "workers":
        tune_for_long_run()
    rounds = [run_round(cases) for _ in range(args.rounds)]
    for group, n in counts.items():
        best = min(r.get(group, 0.0) for r in rounds)
        print(
            f"extract: {n} {group} articles, {1000 * best / max(n, 1):.2f} CPU ms per article "
            f"(best of {args.rounds}, gc {args.gc})"
        )
    sets = [g for g in groups if g not in ("synthetic", "pages")]
    n_sets = sum(counts[g] for g in sets)
    best = min(sum(r.get(g, 0.0) for g in sets) for r in rounds)
    per = 1000 * best / max(n_sets, 1)
    print(f"extract: {n_sets} articles of all eval sets, {per:.2f} CPU ms per article")
    if args.snapshot:
        write_snapshot(args.snapshot, outputs(cases))
    if args.check:
        return check_snapshot(args.check, outputs(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
