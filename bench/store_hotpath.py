"""How long storing one crawled page takes, without fetching or extracting it.

    .venv/bin/python bench/store_hotpath.py [--limit 300] [--rounds 3]

Pages come from the synthetic crawl site (bench/.work/crawl/site-2000, made by
``bench/crawl/run.py``); they are parsed and extracted once, outside the timed
part. Then each page is stored the way the crawl stores it (``PageHandler``:
the fetch, its extraction, its discovered URLs and the frontier row, one
transaction per page) into a fresh SQLite file, and CPU ms per page is printed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from db.engine import make_engine  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from pipeline import crawl, page_handler  # noqa: E402
from pipeline.store import DatabaseFrontier  # noqa: E402
from scraper.fetch import FetchResult  # noqa: E402
from scraper.frontier import NewURL  # noqa: E402
from scraper.generic import GenericSource  # noqa: E402
from scraper.policy import SourceScope  # noqa: E402

SITE = REPO / "bench" / ".work" / "crawl" / "site-2000"
BASE = "http://bench.example"


def load(limit: int) -> list[tuple[str, bytes]]:
    """(url, body) of the first ``limit`` synthetic article and listing pages."""
    files = sorted((SITE / "news").rglob("index.html"))[:limit]
    return [(f"{BASE}/{f.parent.relative_to(SITE).as_posix()}/", f.read_bytes()) for f in files]


class Precomputed:
    """A source whose parse and extraction were done before timing starts."""

    name = "bench"
    version = 1
    date_order = "DMY"

    def __init__(self) -> None:
        self.generic = GenericSource()

    def parse(self, page):  # noqa: ANN001, ANN201 - the Source protocol
        return self.generic.parse(page)


def run_round(pages: list[tuple[str, bytes]], extractions: dict[str, object]) -> float:
    """Store every page into a fresh database; return CPU seconds spent storing."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(str(Path(tmp) / "bench.db"))
        upgrade(engine)
        frontier = DatabaseFrontier(engine, exclusive=True)
        scope = SourceScope(name="bench", hosts=frozenset({"bench.example"}))
        plan = crawl.SourcePlan("bench", Precomputed(), scope, ())
        report = crawl.CrawlReport()
        handler = crawl.PageHandler(engine, frontier, [plan], report, run_id=None, max_links=500)
        frontier.add([NewURL(url, "bench", "page", 1) for url, _ in pages])
        tasks = frontier.lease(len(pages))
        by_url = {t.url: t for t in tasks}
        original = page_handler.extract_page
        page_handler.extract_page = lambda page, parser: extractions[page.url]  # type: ignore[assignment]
        try:
            started = time.process_time()
            for url, body in pages:
                task = by_url[url]
                result = FetchResult(
                    url=url,
                    final_url=url,
                    status=200,
                    headers={"content-type": "text/html; charset=utf-8"},
                    body=body,
                    fetched_at=datetime.now(UTC),
                )
                handler(task, result)
                frontier.complete(task)
            spent = time.process_time() - started
        finally:
            page_handler.extract_page = original
        engine.dispose()
        return spent


def main() -> int:
    """Print CPU ms per stored page, best of ``--rounds``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not SITE.is_dir():
        print(f"{SITE} is missing: run bench/crawl/run.py --quick once to make it", file=sys.stderr)
        return 2
    from pipeline.extraction import extract_page
    from scraper.models import Page

    pages = load(args.limit)
    source = Precomputed()
    extractions = {
        url: extract_page(Page(url=url, body=body, fetched_at=datetime.now(UTC)), source)
        for url, body in pages
    }
    best = min(run_round(pages, extractions) for _ in range(args.rounds))
    per_page = 1000 * best / len(pages)
    print(f"store: {len(pages)} pages, {per_page:.2f} CPU ms per page (best of {args.rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
