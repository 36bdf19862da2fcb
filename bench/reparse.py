"""Reparse at speed: ``campusnews reparse --all`` over N stored realistic articles.

    .venv/bin/python bench/reparse.py                    # N = 20,000; workers 0 and default
    .venv/bin/python bench/reparse.py --pages 2000 --workers default
    .venv/bin/python bench/reparse.py --pages 2000 --workers default --profile
    .venv/bin/python bench/reparse.py --pages 2000 --workers default --code /tmp/old --again

The database is built once per N in bench/.work/reparse-N/base.db (reused):
N article pages of bench/crawl/realistic_site.py, stored the way a crawl
stores them (``PageHandler``, one transaction a page) but with extraction
left out, so building it costs no extraction. Each run copies it and times
``campusnews --db COPY reparse --all [--parse-workers W]`` as a child
process (measure.py: wall, CPU of the process and its workers, peak RSS of
the group). pages/s = pages re-extracted / wall time, start-up included.

``--again`` reparses the copy a second time and times that too: a reparse of
pages extracted before (the usual one) writes only what changed. ``--code
DIR`` runs campusnews from another source tree (``git archive COMMIT | tar -x
-C DIR``) with this venv's Python, for a before/after in one sitting.

``--profile`` runs each reparse under py-spy instead (the parse workers
included; bench/crawl/profile_crawl.py's py-spy and its three views of the
samples): figures under a profiler are not speed figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench" / "crawl"))

import crawlers  # noqa: E402
import profile_crawl  # noqa: E402
import realistic_site  # noqa: E402
from measure import Measured, run_measured  # noqa: E402

WORK = REPO / "bench" / ".work"
CAMPUSNEWS = REPO / ".venv" / "bin" / "campusnews"
BASE = "http://news.example.test"
TARGET = 150.0


def build(db: Path, n_pages: int) -> None:
    """Store ``n_pages`` realistic articles in a fresh database, unparsed (a ParseError each)."""
    from db.engine import make_engine
    from db.migrate import upgrade
    from pipeline import crawl, page_handler
    from pipeline.store import DatabaseFrontier
    from scraper.errors import ParseError
    from scraper.fetch import FetchResult
    from scraper.frontier import NewURL
    from scraper.generic import GenericSource
    from scraper.policy import SourceScope

    db.parent.mkdir(parents=True, exist_ok=True)
    db.unlink(missing_ok=True)
    engine = make_engine(str(db))
    upgrade(engine)
    frontier = DatabaseFrontier(engine, exclusive=True)
    scope = SourceScope(name="news.example.test", hosts=frozenset({"news.example.test"}))
    plan = crawl.SourcePlan("news.example.test", GenericSource(), scope, ())
    handler = crawl.PageHandler(
        engine, frontier, [plan], crawl.CrawlReport(), run_id=None, max_links=0
    )

    def unparsed(page: object, parser: object) -> object:
        raise ParseError("bench: stored without extraction; reparse reads it")

    original = page_handler.extract_page
    page_handler.extract_page = unparsed  # type: ignore[assignment]
    try:
        batch = 500
        for start in range(0, n_pages, batch):
            indexes = range(start, min(n_pages, start + batch))
            urls = {i: BASE + realistic_site.article_meta(i).path for i in indexes}
            frontier.add([NewURL(url, plan.name, "page", 1) for url in urls.values()])
            by_url = {t.url: t for t in frontier.lease(len(urls))}
            for i, url in urls.items():
                task = by_url[url]
                result = FetchResult(
                    url=url,
                    final_url=url,
                    status=200,
                    headers={"content-type": "text/html; charset=utf-8"},
                    body=realistic_site.article_html(i).encode(),
                    fetched_at=datetime.now(UTC),
                )
                handler(task, result)
                frontier.complete(task)
            print(f"\r  stored {start + len(urls)}/{n_pages}", end="", flush=True)
        print()
    finally:
        page_handler.extract_page = original
    engine.dispose()


def _run(
    args: argparse.Namespace, work: Path, copy: Path, workers: str, label: str
) -> tuple[str, float, int, int, Measured, float]:
    """One timed ``reparse --all`` of ``copy``; its row."""
    cmd = [str(CAMPUSNEWS), "--db", str(copy), "reparse", "--all"]
    if workers != "default":
        cmd += ["--parse-workers", workers]
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMPUSNEWS_")}
    env["CAMPUSNEWS_HOME"] = str(work / "home")
    if args.code is not None:
        cmd = [str(CAMPUSNEWS.with_name("python")), "-m", "pipeline.cli", *cmd[1:]]
        env["PYTHONPATH"] = str(args.code)
    stacks = work / f"reparse-{label}.stacks"
    if args.profile:
        py_spy = crawlers.ensure_scrapy_venv() / "py-spy"
        cmd = [
            str(py_spy), "record", "--rate", str(args.rate), "--format", "raw",
            "--full-filenames", "--nolineno", "--subprocesses", "--output", str(stacks),
            "--", *cmd,
        ]  # fmt: skip
    load = os.getloadavg()[0]
    measured = run_measured(
        cmd, log=work / f"reparse-{label}.log", timeout=7200, env=env, cwd=args.code
    )
    with sqlite3.connect(copy) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
        agreements = conn.execute("select count(*) from agreements").fetchone()[0]
    rate = articles / measured.wall if measured.wall else 0.0
    print(
        f"  workers {label}: {articles} articles in {measured.wall:.1f} s, {rate:.1f} pages/s "
        f"(exit {measured.returncode})",
        flush=True,
    )
    if args.profile:
        profile_crawl.analyse(stacks)
    return (label, load, articles, agreements, measured, rate)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument(
        "--workers", default="0,default", help="comma-separated: a number, or default"
    )
    parser.add_argument(
        "--profile", action="store_true", help="run under py-spy and print where the CPU goes"
    )
    parser.add_argument("--rate", type=int, default=100, help="py-spy samples per second")
    parser.add_argument("--again", action="store_true", help="time a second reparse too")
    parser.add_argument("--code", type=Path, help="run campusnews from this source tree")
    args = parser.parse_args(argv)
    work = WORK / f"reparse-{args.pages}"
    base = work / "base.db"
    marker = work / ".built"
    stamp = f"{realistic_site.SITE_VERSION} {args.pages}"
    if not (base.is_file() and marker.is_file() and marker.read_text() == stamp):
        print(f"  building {base} ({args.pages} stored articles, no extraction)", flush=True)
        build(base, args.pages)
        marker.write_text(stamp)
    rows = []
    for workers in [w for w in args.workers.split(",") if w]:
        copy = work / "run.db"
        shutil.copyfile(base, copy)
        for attempt in ("first", "again") if args.again else ("first",):
            label = workers if attempt == "first" else f"{workers}+again"
            rows.append(_run(args, work, copy, workers, label))
    print(
        f"\n{'workers':>8} {'load':>5} {'articles':>8} {'agreements':>10} {'wall s':>7} "
        f"{'pages/s':>8} {'CPU s':>7} {'CPU ms/p':>8} {'main':>6} {'workers':>7} {'RSS MB':>7} "
        f"{'procs':>5}"
    )
    for workers, load, articles, agreements, m, rate in rows:
        # CPU ms a page of the reparse process and of its parse workers (measure.py reads
        # each process's CPU every poll; the first one started is the reparse process).
        main_cpu = m.process_cpu[0] if m.process_cpu else m.cpu
        main_ms = 1000 * main_cpu / max(articles, 1)
        workers_ms = 1000 * sum(m.process_cpu[1:]) / max(articles, 1)
        print(
            f"{workers:>8} {load:>5.1f} {articles:>8} {agreements:>10} {m.wall:>7.1f} {rate:>8.1f} "
            f"{m.cpu:>7.1f} {1000 * m.cpu / max(articles, 1):>8.1f} {main_ms:>6.1f} "
            f"{workers_ms:>7.1f} {m.peak_rss_mb:>7.0f} {m.processes:>5}"
        )
    if args.code is not None:
        print(f"\ncampusnews code: {args.code}")
    print(f"\ntarget: >= {TARGET:.0f} pages/s with the parse workers on 2 cores")
    return 0 if all(m.returncode == 0 for *_, m, _ in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
