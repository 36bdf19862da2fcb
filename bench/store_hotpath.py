"""How long storing one crawled page takes, without fetching or extracting it.

    .venv/bin/python bench/store_hotpath.py [--limit 300] [--rounds 3]
    .venv/bin/python bench/store_hotpath.py --site realistic        # news-site pages
    .venv/bin/python bench/store_hotpath.py --site realistic --without-triggers

Pages come from the synthetic crawl site (bench/.work/crawl/site-2000, made by
``bench/crawl/run.py``), or with ``--site realistic`` from the realistic one
(bench/.work/crawl/site-realistic-2000); they are parsed and extracted once,
outside the timed part. ``--without-triggers`` drops every trigger of the
fresh database first: the difference is what they cost (the rows they keep
are then wrong, so this is for measuring only). Then each page is stored the
way the crawl stores it (``PageHandler``: the fetch, its extraction, its
discovered URLs and the frontier row, one transaction per page) into a fresh
SQLite file, and CPU ms per page is printed.
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

SITES = {
    "light": REPO / "bench" / ".work" / "crawl" / "site-2000",
    "realistic": REPO / "bench" / ".work" / "crawl" / "site-realistic-2000",
}
BASE = "http://bench.example"


def load(site: Path, limit: int) -> list[tuple[str, bytes]]:
    """(url, body) of the first ``limit`` article and listing pages of ``site``."""
    files = sorted((site / "news").rglob("index.html"))[:limit]
    return [(f"{BASE}/{f.parent.relative_to(site).as_posix()}/", f.read_bytes()) for f in files]


class Precomputed:
    """A source whose parse and extraction were done before timing starts."""

    name = "bench"
    version = 1
    date_order = "DMY"

    def __init__(self) -> None:
        self.generic = GenericSource()

    def parse(self, page):  # noqa: ANN001, ANN201 - the Source protocol
        return self.generic.parse(page)


def run_round(
    pages: list[tuple[str, bytes]], extractions: dict[str, object], *, triggers: bool = True
) -> float:
    """Store every page into a fresh database; return CPU seconds spent storing."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(str(Path(tmp) / "bench.db"))
        upgrade(engine)
        if not triggers:
            with engine.begin() as conn:
                names = conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                ).scalars()
                for name in list(names):
                    conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
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
    parser.add_argument("--site", choices=sorted(SITES), default="light")
    parser.add_argument(
        "--without-triggers", action="store_true", help="drop the triggers (measuring only)"
    )
    args = parser.parse_args()
    site = SITES[args.site]
    if not site.is_dir():
        print(f"{site} is missing: run bench/crawl/run.py once to make it", file=sys.stderr)
        return 2
    from pipeline.extraction import extract_page
    from scraper.models import Page

    pages = load(site, args.limit)
    source = Precomputed()
    extractions = {
        url: extract_page(Page(url=url, body=body, fetched_at=datetime.now(UTC)), source)
        for url, body in pages
    }
    triggers = not args.without_triggers
    best = min(run_round(pages, extractions, triggers=triggers) for _ in range(args.rounds))
    per_page = 1000 * best / len(pages)
    what = "" if triggers else ", without triggers"
    print(
        f"store ({args.site}{what}): {len(pages)} pages, {per_page:.2f} CPU ms per page "
        f"(best of {args.rounds})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
