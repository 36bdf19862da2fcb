"""campusnews against a stock Scrapy CrawlSpider on generated university news sites.

    .venv/bin/python bench/crawl/run.py            # N = 2,000 and 10,000; latency 0 and 50 ms
    .venv/bin/python bench/crawl/run.py --quick    # N = 300, latency 0: a smoke run
    .venv/bin/python bench/crawl/run.py --sizes 2000 --latencies 0 --crawlers campusnews
    .venv/bin/python bench/crawl/run.py --sizes 2000 --latencies 0 --crawlers campusnews \
        --code /tmp/old    # another commit: git archive COMMIT | tar -x -C /tmp/old

For each (N, latency) and each crawler: a fresh nginx (127.0.0.1, free port,
own access log) serves the generated site (bench/.work/crawl/site-N, reused),
the crawler runs as a child process, and the table gives pages per second
(distinct site pages fetched with 200 / wall time of the whole process,
startup included) beside coverage (those pages / the N pages of the site),
CPU ms per page (user + system of the process) and peak RSS. The access log
is the referee: a row under 100 % coverage, or one that fetched a
robots.txt-Disallowed URL, is marked not a valid speed figure.
Needs root for the one-time ``apt-get install nginx-light`` and PyPI for the
Scrapy venv; what cannot be set up is skipped with a message.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crawlers  # noqa: E402
import nginx  # noqa: E402
import realistic_site  # noqa: E402
import synthetic_site  # noqa: E402
from measure import Measured, run_measured  # noqa: E402

WORK = crawlers.WORK / "crawl"
RUNS = crawlers.WORK / "crawl-runs"
# The generated sites: "realistic" (the headline: heavy chrome, long bilingual
# articles, realistic_site.py) and "light" (the older lighter pages, synthetic_site.py).
SITES = {"realistic": realistic_site, "light": synthetic_site}
# campusnews without parse workers: one process, as a crawl with a polite delay runs.
ONE_PROCESS = "campusnews-1proc"
# The stock CrawlSpider (no link filter, cookies on): the peer the bench used before.
SCRAPY_STOCK = "scrapy-stock"
# A crawl slower than this is stopped (and flagged): every run is bounded.
MAX_RUNTIME = 1800.0
# Coverage a crawler must reach for its speed to count: a crawler that skips
# pages is faster for it, so anything under every page is no speed figure.
COMPLETE = 1.0


@dataclass(frozen=True)
class Row:
    site: str
    crawler: str
    n_pages: int
    latency_ms: int
    fetched: int
    requests: int
    disallowed: int
    measured: Measured
    own_count: str

    @property
    def pages_per_s(self) -> float:
        return self.fetched / self.measured.wall if self.measured.wall else 0.0

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.measured.cpu / self.fetched if self.fetched else float("nan")

    @property
    def coverage(self) -> float:
        """Pages fetched / pages on the site."""
        return self.fetched / self.n_pages if self.n_pages else 0.0

    @property
    def verdict(self) -> str:
        """``yes``, or why the row is not a valid speed figure."""
        if self.coverage < COMPLETE:
            return f"NOT VALID: coverage {100 * self.coverage:.1f} % < 100 %"
        if self.disallowed:
            return "NOT VALID: fetched Disallowed URLs"
        if self.measured.timed_out:
            return "NOT VALID: timed out"
        if self.measured.returncode:
            return f"NOT VALID: exit {self.measured.returncode}"
        return "yes"

    @property
    def valid(self) -> bool:
        return (
            self.fetched >= COMPLETE * self.n_pages
            and self.disallowed == 0
            and not self.measured.timed_out
            and self.measured.returncode == 0
        )


def run_one(
    site_kind: str,
    crawler: str,
    n_pages: int,
    latency_ms: int,
    site: Path,
    shape: synthetic_site.SiteShape | realistic_site.SiteShape,
    scrapy_bin: Path | None,
    code: Path | None = None,
) -> Row:
    """One crawler over one served site; returns its row.

    ``code``: run campusnews from this source tree (another commit's checkout)
    with the project venv's Python, instead of the venv's own ``campusnews``.
    """
    module = SITES[site_kind]
    # In this checkout's own bench/.work (WORK may be a link to another checkout's sites).
    work = RUNS / f"run-{site_kind}-{crawler}-{n_pages}-{latency_ms}"
    # Others may share the machine: the 1-minute load before the run says how quiet it was.
    load = os.getloadavg()[0]
    # A fresh folder per run: a database left by an earlier run would change the work done.
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    with nginx.serve(site, work / "nginx", latency_ms=latency_ms) as server:
        module.write_port_files(site, shape, server.base_url)
        log = work / "crawler.log"
        if crawler.startswith("campusnews"):
            db = work / "campusnews.db"
            cmd = crawlers.campusnews_cmd(server.base_url, db, n_pages, MAX_RUNTIME)
            if crawler == ONE_PROCESS:
                cmd += ["--parse-workers", "0"]
            # -v: the log says how many pages the parse workers parsed (the detail line).
            cmd += ["-v"]
            env = crawlers.campusnews_env(work)
            if code is not None:
                cmd = [str(crawlers.CAMPUSNEWS.with_name("python")), "-m", "pipeline.cli", *cmd[1:]]
                env["PYTHONPATH"] = str(code)
            measured = run_measured(
                cmd, log=log, timeout=MAX_RUNTIME + 60, env=env, cwd=code or work
            )
            outcome = crawlers.campusnews_outcome(db)
        else:
            assert scrapy_bin is not None
            items = work / "items.jsonl"
            cmd = crawlers.scrapy_cmd(
                scrapy_bin, server.base_url, items, MAX_RUNTIME, stock=crawler == SCRAPY_STOCK
            )
            measured = run_measured(cmd, log=log, timeout=MAX_RUNTIME + 60, cwd=work)
            outcome = crawlers.scrapy_outcome(items, log)
    hits = nginx.read_access_log(
        server.access_log, set(module.html_paths(shape)), module.DISALLOWED
    )
    other = ", ".join(f"{k} {v}" for k, v in sorted(hits.other_ok.items()))
    errors = {s: n for s, n in hits.by_status.items() if s != 200}
    own = (
        f"own count {outcome.pages} pages/{outcome.articles} articles, {outcome.detail}; "
        f"other 200s: {other or 'none'}; non-200: {errors or 'none'}; repeats {hits.repeats}; "
        f"load before {load:.1f}; peak RSS per process "
        + " + ".join(f"{mb:.0f}" for mb in measured.process_peaks_mb)
        + " MB; CPU s per process, in start order "
        + " + ".join(f"{s:.1f}" for s in measured.process_cpu)
        + _worker_pages(log)
    )
    return Row(
        site_kind,
        crawler,
        n_pages,
        latency_ms,
        len(hits.html_ok),
        hits.requests,
        hits.disallowed,
        measured,
        own,
    )


def print_table(rows: list[Row]) -> None:
    """The results, one line per run, then campusnews/Scrapy ratios against the targets."""
    head = (
        f"{'site':<9} {'crawler':<16} {'N':>6} {'lat ms':>6} {'fetched':>8} {'cover %':>7} "
        f"{'reqs':>6} "
        f"{'disallow':>8} {'wall s':>7} {'pages/s':>8} {'CPU s':>7} {'CPU ms/p':>8} "
        f"{'RSS MB':>7} {'PSS MB':>7} {'procs':>5}  valid speed figure"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        m = r.measured
        print(
            f"{r.site:<9} {r.crawler:<16} {r.n_pages:>6} {r.latency_ms:>6} {r.fetched:>8} "
            f"{100 * r.coverage:>7.1f} {r.requests:>6} "
            f"{r.disallowed:>8} {m.wall:>7.1f} {r.pages_per_s:>8.1f} {m.cpu:>7.1f} "
            f"{r.cpu_ms_per_page:>8.1f} {m.peak_rss_mb:>7.0f} {m.peak_pss_mb:>7.0f} "
            f"{m.processes:>5}  {r.verdict}"
        )
    print()
    for r in rows:
        extra = " TIMED OUT" if r.measured.timed_out else ""
        extra += f" exit {r.measured.returncode}" if r.measured.returncode else ""
        print(f"  {r.site} {r.crawler} N={r.n_pages} lat={r.latency_ms}:{extra} {r.own_count}")
    pairs = {(r.site, r.n_pages, r.latency_ms): {} for r in rows}
    for r in rows:
        pairs[(r.site, r.n_pages, r.latency_ms)][r.crawler] = r
    print("\ncampusnews / Scrapy (targets, issue 13: pages/s >= 2x, peak RSS of the group <= 1x):")
    for (site, n, lat), both in pairs.items():
        for variant in ("campusnews", ONE_PROCESS):
            if variant not in both or "scrapy" not in both:
                continue
            c, s = both[variant], both["scrapy"]
            if not (c.valid and s.valid):
                print(
                    f"  {site:<9} {variant:<16} N={n:<6} lat={lat:<3} no valid comparison "
                    f"(campusnews: {c.verdict}; scrapy: {s.verdict})"
                )
                continue
            speed = c.pages_per_s / s.pages_per_s if s.pages_per_s else float("nan")
            rss = c.measured.peak_rss_mb / s.measured.peak_rss_mb
            pss = c.measured.peak_pss_mb / s.measured.peak_pss_mb if s.measured.peak_pss_mb else 0
            speed_ok = "met" if speed >= 2 else "MISSED"
            rss_ok = "met" if rss <= 1.0 else "MISSED"
            print(
                f"  {site:<9} {variant:<16} N={n:<6} lat={lat:<3} "
                f"pages/s x{speed:.2f} ({speed_ok}), "
                f"peak RSS x{rss:.2f} ({rss_ok}), peak PSS x{pss:.2f}"
            )
    growth = {}
    for r in rows:
        growth.setdefault((r.site, r.crawler, r.latency_ms), {})[r.n_pages] = r.measured.peak_rss_mb
    for (site, crawler, lat), by_n in sorted(growth.items()):
        if len(by_n) > 1:
            lo, hi = min(by_n), max(by_n)
            print(
                f"  {site} {crawler} lat={lat}: peak RSS {by_n[lo]:.0f} MB at N={lo} -> "
                f"{by_n[hi]:.0f} MB at N={hi} (x{by_n[hi] / by_n[lo]:.2f})"
            )


def code_version() -> str:
    """The checkout the campusnews rows ran on: commit, and whether the tree had local changes."""
    try:
        head = subprocess.run(
            ["git", "-C", str(crawlers.REPO), "log", "-1", "--format=%h %ci"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(crawlers.REPO), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown (no git)"
    return f"{head}{' + uncommitted changes' if dirty else ''}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="N=300, latency 0 only")
    parser.add_argument(
        "--sites",
        default="realistic,light",
        help="comma-separated: realistic (the headline), light (the older lighter pages)",
    )
    parser.add_argument("--sizes", default="2000,20000", help="comma-separated N values")
    parser.add_argument("--latencies", default="0,50", help="comma-separated latencies in ms")
    parser.add_argument(
        "--crawlers",
        default=f"campusnews,{ONE_PROCESS},scrapy",
        help=f"any of campusnews, {ONE_PROCESS} (--parse-workers 0), scrapy, {SCRAPY_STOCK}",
    )
    parser.add_argument(
        "--code",
        type=Path,
        metavar="DIR",
        help="run campusnews from this source tree (e.g. `git archive COMMIT | tar -x -C DIR`)",
    )
    args = parser.parse_args(argv)
    sizes = [300] if args.quick else [int(x) for x in args.sizes.split(",")]
    latencies = [0] if args.quick else [int(x) for x in args.latencies.split(",")]
    chosen = [c for c in args.crawlers.split(",") if c]
    try:
        nginx.ensure_nginx()
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        print(f"  ! crawl bench skipped: nginx is not available ({exc})")
        return 0
    scrapy_bin = None
    if any(c.startswith("scrapy") for c in chosen):
        try:
            scrapy_bin = crawlers.ensure_scrapy_venv()
            print(f"  Scrapy {crawlers.scrapy_version(scrapy_bin)} from {scrapy_bin.parent}")
        except (OSError, subprocess.SubprocessError) as exc:
            print(f"  ! Scrapy could not be installed ({exc}): its rows are skipped")
            chosen = [c for c in chosen if not c.startswith("scrapy")]
    if not crawlers.CAMPUSNEWS.is_file():
        print(f"  ! {crawlers.CAMPUSNEWS} is missing (make install): campusnews rows are skipped")
        chosen = [c for c in chosen if not c.startswith("campusnews")]
    print(f"  campusnews code: {args.code or code_version()}")
    rows: list[Row] = []
    sites = [k for k in args.sites.split(",") if k]
    unknown = [k for k in sites if k not in SITES]
    if unknown:
        print(f"  ! unknown site {', '.join(unknown)}: choose from {', '.join(SITES)}")
        return 2
    for site_kind in sites:
        for n in sizes:
            # The light site keeps its old folder: bench/*_hotpath.py read site-2000.
            site = WORK / (f"site-{n}" if site_kind == "light" else f"site-{site_kind}-{n}")
            print(f"  generating {site_kind} site of {n} pages in {site} (reused)", flush=True)
            shape = SITES[site_kind].generate(site, n)
            for lat in latencies:
                for crawler in chosen:
                    print(f"  running {crawler} on {site_kind} N={n} latency={lat} ms", flush=True)
                    row = run_one(site_kind, crawler, n, lat, site, shape, scrapy_bin, args.code)
                    rows.append(row)
                    print(
                        f"    {row.fetched}/{n} pages ({100 * row.coverage:.1f} % coverage) "
                        f"in {row.measured.wall:.1f} s, "
                        f"{row.pages_per_s:.1f} pages/s, {row.measured.peak_rss_mb:.0f} MB",
                        flush=True,
                    )
    print()
    print_table(rows)
    return 0 if all(r.valid for r in rows) else 1


def _worker_pages(log: Path) -> str:
    """How many pages the parse workers parsed, as campusnews' log says (-v); "" if it does not."""
    text = log.read_text(errors="replace") if log.is_file() else ""
    found = re.findall(r"parse workers parsed (\d+) pages", text)
    return f"; the parse workers parsed {found[-1]} pages" if found else ""


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\n  interrupted: servers and crawlers stopped")
        sys.exit(130)
