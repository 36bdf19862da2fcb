"""Run the whole extraction on every real page in ../shared/benchmarks and count crashes.

    .venv/bin/python bench/crash_sweep.py [--shared PATH] [--source NAME] [--limit N]
        [--url-template URL]

Each page goes through ``pipeline.extraction.extract_page`` as a crawl would
send it (the page's own URL where the benchmark names one, else a made-up
one), with the generic parser or, with ``--source``, a built-in source (whose
selectors miss on these pages: the fallback path). A crash is any exception;
the target is 0. Prints the count, then each crash with its page and the last
frame of its traceback. Exits 1 when anything crashed.

The benchmark pages are evaluation data outside the repository: when the
folder is missing, or holds no page, this says so and exits 2.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import traceback
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.extraction import extract_page  # noqa: E402
from scraper.models import Page  # noqa: E402
from scraper.registry import load_registry  # noqa: E402

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)


def benchmark_pages(shared: Path) -> list[tuple[Path, str]]:
    """Every HTML file of the three benchmark sets, with the URL it was served at."""
    urls: dict[str, str] = {}
    for manifest in shared.glob("*/manifest.jsonl"):
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            entry = json.loads(line)
            path = (manifest.parent / entry.get("html", "")).resolve()
            if entry.get("url"):
                urls[str(path)] = entry["url"]
    pages = []
    for path in sorted(shared.glob("*/html/**/*.htm*")):
        if path.is_file():
            url = urls.get(str(path.resolve()), f"https://bench.example/{path.stem}")
            pages.append((path, url))
    return pages


def read(path: Path) -> bytes:
    """A page's bytes, gunzipped when stored compressed."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def main() -> int:
    """Sweep every page, print the crash count and each crash."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "benchmarks")
    parser.add_argument("--source", default="generic", help="parser to use (default generic)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument(
        "--url-template",
        help="serve every page at this URL instead of its own, {n} its number (e.g. "
        "https://www.universiteitleiden.nl/en/news/2025/05/page-{n}, where a source "
        "decides by the URL what a page is)",
    )
    args = parser.parse_args()
    if not args.shared.is_dir():
        print(f"no benchmark pages at {args.shared} (pass --shared PATH): nothing swept")
        return 2
    source = load_registry().get(args.source)
    pages = benchmark_pages(args.shared)
    if not pages:
        # A sweep of nothing is no "0 crashes": say so and fail (the usual slip is
        # --shared pointing at ../shared instead of ../shared/benchmarks).
        print(f"no benchmark pages under {args.shared} (pass --shared PATH/benchmarks)")
        return 2
    if args.limit:
        pages = pages[: args.limit]
    crashes: list[tuple[Path, str]] = []
    kinds: Counter[str] = Counter()
    started = time.perf_counter()
    for n, (path, url) in enumerate(pages):
        if args.url_template:
            url = args.url_template.format(n=n)
        page = Page(url=url, body=read(path), fetched_at=FETCHED, headers={})
        try:
            extraction = extract_page(page, source)
        except Exception as exc:  # noqa: BLE001 - counting them is the point
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            where = f"{Path(frame.filename).name}:{frame.lineno} ({frame.name})"
            crashes.append((path, f"{type(exc).__name__}: {exc} at {where}"))
            continue
        kinds[extraction.article.kind] += 1
    elapsed = time.perf_counter() - started
    print(
        f"{len(pages)} pages with the {args.source} parser in {elapsed:.0f} s: "
        f"{len(crashes)} crashes; kinds {dict(kinds)}"
    )
    for path, message in crashes:
        print(f"  {path.relative_to(args.shared)}: {message}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
