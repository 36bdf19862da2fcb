"""CPU ms a GET through campusnews' HTTP client alone, 16 in flight, against nginx.

    .venv/bin/python bench/crawl/fetch_cpu.py                       # this checkout
    PYTHONPATH=/tmp/old .venv/bin/python bench/crawl/fetch_cpu.py   # another commit's code

The fetch side of the crawl process without the fetcher's checks, the store
or parsing: ``scraper.http``'s client (a pool per origin) on uvloop, as the
crawl runs it, GETs the realistic site's first 2,000 news pages from a fresh
nginx (bench/.work/crawl/site-realistic-2000, made by run.py) and reads their
bodies; the figure is this process's CPU time (``time.process_time``) over
the GETs. Compare two trees in the same sitting, interleaved.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crawlers  # noqa: E402
import nginx  # noqa: E402
import uvloop  # noqa: E402

from scraper.http import build_client, open_get  # noqa: E402
from scraper.policy import CrawlPolicy  # noqa: E402

SITE = crawlers.WORK / "crawl" / "site-realistic-2000"
IN_FLIGHT = 16


async def _fetch_all(base_url: str, paths: list[str]) -> float:
    """CPU seconds to GET every path, ``IN_FLIGHT`` at a time, bodies read."""
    gate = asyncio.Semaphore(IN_FLIGHT)
    async with build_client(CrawlPolicy(concurrency=IN_FLIGHT, delay=0)) as client:

        async def one(path: str) -> None:
            async with gate, open_get(client, f"{base_url}/{path}", {}) as response:
                async for _ in response.chunks():
                    pass

        started = time.process_time()
        await asyncio.gather(*(one(path) for path in paths))
        return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    if not SITE.is_dir():
        print(f"  no site at {SITE}: run bench/crawl/run.py --sites realistic --sizes 2000 first")
        return 2
    news = sorted(SITE.glob("news/**/*.html"))[: args.pages]
    paths = [str(p.relative_to(SITE)) for p in news]
    with nginx.serve(SITE, crawlers.WORK / "crawl-runs" / "fetch-cpu" / "nginx") as server:
        cpu = uvloop.run(_fetch_all(server.base_url, paths))
    print(f"  {len(paths)} GETs, {1000 * cpu / len(paths):.3f} CPU ms a GET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
