"""Where campusnews spends its CPU while crawling a generated site (realistic by default).

    .venv/bin/python bench/crawl/profile_crawl.py                  # N = 2,000, latency 0
    .venv/bin/python bench/crawl/profile_crawl.py --pages 300      # quicker
    .venv/bin/python bench/crawl/profile_crawl.py --stacks FILE    # only analyse saved stacks

Runs the same CLI crawl as run.py under py-spy (a sampling profiler from
bench/.work/scrapy-venv; idle time in epoll is not sampled, so samples are
CPU), its parse worker processes included (``--subprocesses``), then prints
three views of the samples:

1. groups, per process (the crawl process, the parse workers) and in all:
   each sample goes to the innermost frame that belongs to a known group
   (HTML tree build, HTML tree queries, extraction, SQLite writes, httpx,
   asyncio, imports, other); the shares add up to 100 %;
2. top functions by inclusive share (a function counts once per sample it is on);
3. top campusnews functions by the samples whose innermost campusnews frame
   they are (own time plus the library calls they make): what to fix first.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crawlers  # noqa: E402
import nginx  # noqa: E402
import realistic_site  # noqa: E402
import synthetic_site  # noqa: E402
from measure import run_measured  # noqa: E402

REPO = str(crawlers.REPO) + "/"
WORK = crawlers.WORK / "crawl"
RUNS = crawlers.WORK / "crawl-runs"

# Innermost match wins. Library groups by path fragment; campusnews modules by their path
# (and a function name where one module does two jobs). lxml's C calls carry no frame
# of their own: they count for the campusnews function that called them.
PARSING = "HTML parsing (decode + lxml/bs4 tree build)"
PAGE = "page parsing (generic parser, links, sitemaps)"
ENTITIES = "entity extraction (organisations, agreements, dates)"
SQLITE = "SQLite writes (store, frontier, SQLAlchemy)"
URLS = "URLs (url_key, scope, trap checks)"
HTTPX = "httpx (fetch, robots)"
ASYNCIO = "asyncio (event loop, crawl engine)"
LIBRARY_GROUPS = (
    ("imports", ("<frozen importlib._bootstrap",)),
    ("HTML", ("/bs4/", "/lxml/", "/soupsieve/", "/html5lib/")),
    (SQLITE, ("/sqlalchemy/", "/sqlite3/", "/alembic/")),
    (HTTPX, ("/httpx/", "/httpcore/", "/h11/", "/anyio/", "/protego", "/ssl.py", "/socket.py")),
    (ASYNCIO, ("/asyncio/", "/selectors.py")),
)
PROJECT_GROUPS: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    (PARSING, "scraper/html.py", None),
    (PARSING, "scraper/discover.py", ("_html_root",)),
    (URLS, "scraper/urls.py", None),
    (SQLITE, "db/", None),
    (SQLITE, "pipeline/store/", None),
    (SQLITE, "pipeline/store/frontier.py", None),
    (HTTPX, "scraper/fetch.py", None),
    (HTTPX, "scraper/http.py", None),
    (HTTPX, "scraper/robots.py", None),
    (HTTPX, "scraper/throttle.py", None),
    (ASYNCIO, "scraper/crawler.py", None),
    (ENTITIES, "scraper/extract/", None),
    (PAGE, "scraper/", None),
    (PAGE, "pipeline/extraction.py", None),
)
# Frames on nearly every sample (main, click, asyncio.run, ...) say nothing about cost.
CALL_CHAIN_SHARE = 0.9


def _frame_file(frame: str) -> str:
    # py-spy raw frames read "function (path:line)" or "function (path)".
    inner = frame.rsplit(" (", 1)[-1].rstrip(")")
    return inner.rsplit(":", 1)[0] if inner[-1:].isdigit() else inner


def _is_project(path: str) -> bool:
    return path.startswith(REPO) and "/.venv/" not in path and "/bench/" not in path


def classify(frames: list[str]) -> str:
    """The group of one sample; ``frames`` run from outermost to innermost."""
    if any("_find_and_load" in f for f in frames):
        return "imports (startup)"
    for frame in reversed(frames):
        path = _frame_file(frame)
        for group, marks in LIBRARY_GROUPS:
            if any(m in path for m in marks):
                if group == "HTML":
                    # BeautifulSoup(...) feeding lxml builds the tree; other bs4 calls query it.
                    building = any(
                        f.startswith(("__init__ ", "_feed ")) and "/bs4/__init__.py" in f
                        for f in frames
                    )
                    return PARSING if building else PAGE
                return group
        if _is_project(path):
            rel, func = path[len(REPO) :], frame.split(" (", 1)[0]
            for group, prefix, funcs in PROJECT_GROUPS:
                if rel.startswith(prefix) and (funcs is None or func in funcs):
                    return group
    return "other"


def _short(frame: str) -> str:
    name, _, rest = frame.partition(" (")
    path = _frame_file(frame)
    if "site-packages/" in path:
        path = path.split("site-packages/", 1)[1]
    elif path.startswith(REPO):
        path = path[len(REPO) :]
    return f"{name} ({path})"


def analyse(stacks: Path, top: int = 25) -> None:
    """Print the three views of a py-spy raw stacks file."""
    groups: Counter[str] = Counter()
    by_process: dict[str, Counter[str]] = {}
    chain_counts: dict[str, Counter[str]] = {}
    process_totals: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    owner: Counter[str] = Counter()
    total = 0
    for line in stacks.read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [f for f in stack.split(";") if f]
        # With --subprocesses a stack starts with "process PID:cmdline" frames,
        # the parent's first: a worker's samples carry both.
        process = "crawl process"
        while frames and frames[0].startswith("process "):
            if "parse_worker" in frames[0]:
                process = "parse workers"
            frames = frames[1:]
        total += count
        group = classify(frames)
        groups[group] += count
        by_process.setdefault(process, Counter())[group] += count
        for name in {_short(f) for f in frames}:
            inclusive[name] += count
            chain_counts.setdefault(process, Counter())[name] += count
        process_totals[process] += count
        project = [f for f in frames if _is_project(_frame_file(f))]
        owner[_short(project[-1]) if project else "(no campusnews frame)"] += count
    if not total:
        print("  no samples")
        return
    print(f"  {total} samples")
    print("\n  where the CPU goes (innermost known frame), % of all samples:")
    names = sorted(by_process)
    print("    " + "".join(f"{name:>15}" for name in [*names, "all"]))
    for group, n in groups.most_common():
        shares = [100 * by_process[name][group] / total for name in names]
        cells = "".join(f"{share:>13.1f} %" for share in [*shares, 100 * n / total])
        print(f"    {cells}  {group}")
    print(f"\n  top {top} functions by inclusive share (the run's call chain left out):")
    # Frames on nearly every sample of their process (main, click, asyncio.run, ...).
    chain = {
        name
        for process, counts in chain_counts.items()
        for name, n in counts.items()
        if n >= CALL_CHAIN_SHARE * process_totals[process]
    }
    below = [(k, n) for k, n in inclusive.most_common() if k not in chain]
    for name, n in below[:top]:
        print(f"    {100 * n / total:5.1f} %  {name}")
    print(f"\n  top {top} campusnews functions (own time + the library calls they make):")
    for name, n in owner.most_common(top):
        print(f"    {100 * n / total:5.1f} %  {name}")


def record(n_pages: int, latency_ms: int, rate: int, site_kind: str = "realistic") -> Path:
    """Crawl the site (``realistic`` or ``light``) under py-spy; return the raw stacks file."""
    nginx.ensure_nginx()
    bin_dir = crawlers.ensure_scrapy_venv()
    module = realistic_site if site_kind == "realistic" else synthetic_site
    site = WORK / (f"site-{n_pages}" if site_kind == "light" else f"site-{site_kind}-{n_pages}")
    shape = module.generate(site, n_pages)
    # In this checkout's own bench/.work (WORK may be a link to another checkout's sites).
    work = RUNS / f"profile-{site_kind}-{n_pages}-{latency_ms}"
    stacks = RUNS / f"profile-{site_kind}-{n_pages}-{latency_ms}.stacks"
    # A fresh folder: a database left by an earlier run would change the work done.
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    with nginx.serve(site, work / "nginx", latency_ms=latency_ms) as server:
        module.write_port_files(site, shape, server.base_url)
        db = work / "campusnews.db"
        cmd = [
            str(bin_dir / "py-spy"), "record", "--rate", str(rate), "--format", "raw",
            "--full-filenames", "--nolineno", "--subprocesses", "--output", str(stacks), "--",
            *crawlers.campusnews_cmd(server.base_url, db, n_pages, 1800),
        ]  # fmt: skip
        measured = run_measured(
            cmd, log=work / "py-spy.log", timeout=1900, env=crawlers.campusnews_env(work), cwd=work
        )
    outcome = crawlers.campusnews_outcome(db)
    print(
        f"  profiled crawl: {outcome.pages} pages, {outcome.articles} articles in "
        f"{measured.wall:.1f} s (under py-spy, {rate} Hz); stacks in {stacks}"
    )
    return stacks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--site", choices=("realistic", "light"), default="realistic")
    parser.add_argument("--latency", type=int, default=0, help="ms per response")
    parser.add_argument("--rate", type=int, default=100, help="samples per second")
    parser.add_argument("--stacks", type=Path, help="analyse this raw stacks file, do not crawl")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    stacks = args.stacks or record(args.pages, args.latency, args.rate, args.site)
    analyse(stacks, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
