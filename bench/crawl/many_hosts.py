"""Many hosts, politely: how close a polite crawl of 200 sites comes to its ceiling.

    .venv/bin/python bench/crawl/many_hosts.py                 # 200 hosts, delay 1 s, 50 ms, 64
    .venv/bin/python bench/crawl/many_hosts.py --hosts 50 --runtime 20
    .venv/bin/python bench/crawl/many_hosts.py --profile   # under py-spy, then where the CPU goes
    .venv/bin/python bench/crawl/many_hosts.py --http-only 4000 --concurrency 16   # HTTP layer only
    .venv/bin/python bench/crawl/many_hosts.py --code /tmp/old   # another commit's source tree

One nginx (one worker) listens on 127.0.0.2 ... 127.0.0.(hosts+1), the same
port on each: every address is a host of its own to the crawler. Each host
serves the same small site (a home page linking ``--pages`` short articles),
and every response is delayed ``--latency`` ms inside nginx (``echo_sleep``,
as in run.py). campusnews crawls all hosts in one run, as a user crawling
many sites does: ``--start-url`` per host, ``--delay`` between requests to a
host, ``--per-host 1``, ``--concurrency`` overall, for ``--runtime`` seconds.

The ceiling is min(concurrency / latency, hosts / (delay + latency)) requests
per second: concurrency bounds requests in flight, and a host takes one
request per delay + latency at best. The achieved rate is the requests nginx
logged with their start (log time less ``$request_time``) inside the steady
window (from ``--warmup`` seconds after the first request, or one second after
the last home page if that is later, to the last request), over its length.
A window under ``MIN_WINDOW`` (5 s) gives no rate and no CPU figure (a machine
too busy to get past the home pages). The politeness check: for every host,
the smallest gap between two request starts; the worst host's must never be
under the delay.

The CPU figures do not depend on the machine's load as the rate does: CPU ms a
request in the steady window, of the crawl process and of the parse workers
(their ``/proc`` CPU sampled every 0.25 s). A host's gap past delay + latency
is how late its next request came after its turn was due.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crawlers  # noqa: E402
import nginx  # noqa: E402
import profile_crawl  # noqa: E402
from measure import run_measured  # noqa: E402

WORK = crawlers.WORK / "many-hosts"
TARGET = 0.9
# nginx's $msec has millisecond resolution: gaps within this of the delay are equal to it.
CLOCK_SLACK = 0.002
# A gap this far past delay + latency means the host had no request waiting for its turn.
LATE = 0.2
# A steady window shorter than this (a machine too busy to get past the home pages in
# the run) gives no rate or CPU figure: a few requests over a second or none are noise.
MIN_WINDOW = 5.0


def write_site(root: Path, pages: int) -> None:
    """A home page linking ``pages`` short articles, and a robots.txt that allows all."""
    shutil.rmtree(root, ignore_errors=True)
    (root / "news").mkdir(parents=True)
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    links = "".join(f'<li><a href="/news/{k}/">News item {k}</a></li>' for k in range(pages))
    (root / "index.html").write_text(
        f"<!DOCTYPE html><html lang='en'><head><title>Home</title></head><body><h1>News</h1>"
        f"<ul>{links}</ul></body></html>"
    )
    for k in range(pages):
        page = root / "news" / str(k)
        page.mkdir()
        text = " ".join(
            f"Researchers of the faculty met on day {d} to discuss the programme of item {k}."
            for d in range(12)
        )
        (page / "index.html").write_text(
            f"<!DOCTYPE html><html lang='en'><head><title>News item {k}</title></head><body>"
            f"<article><h1>News item {k}</h1><time datetime='2026-11-{1 + k % 28:02d}'>"
            f"{1 + k % 28} November 2026</time><p>{text}</p></article>"
            '<p><a href="/">Home</a></p></body></html>'
        )


def _config(work: Path, root: Path, port: int, hosts: list[str], latency_ms: int) -> str:
    listens = "".join(f"    listen {h}:{port};\n" for h in hosts)
    temp = work / "temp"
    return f"""
load_module {nginx.ECHO_MODULE};
daemon off;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 4096; }}
http {{
  types {{ text/html html; text/plain txt; }}
  default_type application/octet-stream;
  log_format hosts '$msec $request_time $server_addr $status $connection_requests "$request_uri"';
  access_log {work}/access.log hosts buffer=256k flush=1s;
  keepalive_requests 100000;
  keepalive_timeout 60s;
  client_body_temp_path {temp}; proxy_temp_path {temp}; fastcgi_temp_path {temp};
  uwsgi_temp_path {temp}; scgi_temp_path {temp};
  server {{
{listens}    root {root};
    absolute_redirect off;
    location / {{ echo_sleep {latency_ms / 1000:.3f}; echo_exec @files; }}
    location @files {{ try_files $uri $uri/index.html =404; }}
  }}
}}
"""


def _wait_listening(host: str, port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + nginx.STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"nginx exited with {server.returncode}; see {WORK / 'nginx'}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nginx did not listen on {host}:{port}")


class CpuSampler(threading.Thread):
    """Samples the CPU seconds of the crawl's processes every ``period`` seconds.

    The crawl process is the one whose command line names ``marker`` (its
    database); the others are its process group (the parse workers), py-spy
    left out. A process that exits keeps the CPU it was last seen with.
    """

    def __init__(self, marker: str, period: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.marker, self.period = marker, period
        # (wall clock, crawl process CPU s, other processes' CPU s)
        self.samples: list[tuple[float, float, float]] = []
        self._halt = threading.Event()
        self._tick = os.sysconf("SC_CLK_TCK")

    def run(self) -> None:
        """Sample until ``stop``."""
        last: dict[int, tuple[bool, float]] = {}
        group = None
        while not self._halt.wait(self.period):
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    stat = (entry / "stat").read_text()
                    fields = stat[stat.rindex(")") + 2 :].split()
                    cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                except (OSError, ValueError):
                    continue
                if "py-spy" in cmdline:
                    continue
                pid = int(entry.name)
                # Once the crawl process, always: as a zombie its cmdline is empty.
                main = (self.marker in cmdline and " crawl " in cmdline) or last.get(
                    pid, (False, 0.0)
                )[0]
                if main:
                    group = int(fields[2])
                if main or (group is not None and int(fields[2]) == group):
                    cpu = (int(fields[11]) + int(fields[12])) / self._tick
                    last[pid] = (main, cpu)
            crawl = sum(cpu for main, cpu in last.values() if main)
            others = sum(cpu for main, cpu in last.values() if not main)
            self.samples.append((time.time(), crawl, others))

    def stop(self) -> None:
        """End sampling and wait for the thread."""
        self._halt.set()
        self.join()

    def between(self, lo: float, hi: float) -> tuple[float, float]:
        """CPU seconds (crawl process, others) used between wall-clock times lo and hi."""

        def at(when: float) -> tuple[float, float]:
            before = [s for s in self.samples if s[0] <= when]
            after = [s for s in self.samples if s[0] >= when]
            if not before or not after:
                edge = (after or before)[0 if after else -1]
                return edge[1], edge[2]
            (t0, a0, b0), (t1, a1, b1) = before[-1], after[0]
            f = (when - t0) / (t1 - t0) if t1 > t0 else 0.0
            return a0 + f * (a1 - a0), b0 + f * (b1 - b0)

        (a_lo, b_lo), (a_hi, b_hi) = at(lo), at(hi)
        return a_hi - a_lo, b_hi - b_lo


@dataclass
class Analysis:
    """What nginx's log says about a run."""

    requests: int = 0
    rate: float = 0.0  # requests/s in the steady window
    lo: float = 0.0  # the steady window, wall clock
    hi: float = 0.0
    inside: int = 0  # requests in the steady window
    worst_gap: float = float("inf")
    worst_host: str = "-"
    # A host's gaps between request starts inside the window (seconds).
    gaps: list[float] = field(default_factory=list)
    # Requests in the steady window that opened a connection (the first on it).
    connects: int = 0

    @property
    def window(self) -> float:
        """The steady window's length in seconds."""
        return max(self.hi - self.lo, 0.0)


def analyse(access_log: Path, warmup: float) -> Analysis:
    """Rate in the steady window, every host's gaps, the worst host's smallest gap."""
    starts: dict[str, list[float]] = defaultdict(list)
    homes: list[float] = []
    firsts: list[float] = []
    for line in access_log.read_text(errors="replace").splitlines():
        parts = line.split(" ", 5)
        if len(parts) < 6:
            continue
        start = float(parts[0]) - float(parts[1])
        starts[parts[2]].append(start)
        if parts[4] == "1":
            firsts.append(start)
        if parts[5] == '"/"':
            homes.append(start)
    every = sorted(t for times in starts.values() for t in times)
    out = Analysis(requests=len(every))
    if len(every) < 2:
        return out
    # Steady: past the warm-up and past the last home page (whose links are queued in one
    # burst; a loaded machine takes longer than the warm-up over the 200 of them).
    out.lo, out.hi = max(every[0] + warmup, max(homes, default=0.0) + 1.0), every[-1]
    for host, times in starts.items():
        times.sort()
        for a, b in zip(times, times[1:], strict=False):
            if b - a < out.worst_gap:
                out.worst_gap, out.worst_host = b - a, host
            if out.lo <= a and b <= out.hi:
                out.gaps.append(b - a)
    if out.hi > out.lo:
        out.inside = sum(1 for t in every if out.lo <= t <= out.hi)
        out.connects = sum(1 for t in firsts if out.lo <= t <= out.hi)
        out.rate = out.inside / out.window
    return out


def http_only(
    urls: list[str], requests: int, concurrency: int, code: Path | None = None
) -> tuple[float, float]:
    """Fetch ``requests`` URLs taking turns over ``urls`` with scraper.http alone (no
    crawler, no store), ``concurrency`` at once; (CPU seconds, wall seconds) of this process.

    ``code``: import scraper.http from this source tree instead of this checkout's.
    """
    import asyncio

    sys.path.insert(0, str(code or crawlers.REPO))
    from scraper.http import build_client, open_get
    from scraper.policy import CrawlPolicy

    async def go() -> None:
        turn = iter(range(requests))
        async with build_client(CrawlPolicy(concurrency=64)) as client:

            async def worker() -> None:
                for k in turn:
                    async with open_get(client, urls[k % len(urls)], {}) as response:
                        async for _ in response.chunks():
                            pass

            await asyncio.gather(*(worker() for _ in range(concurrency)))

    cpu, wall = time.process_time(), time.monotonic()
    asyncio.run(go())
    return time.process_time() - cpu, time.monotonic() - wall


def _http_only(args: argparse.Namespace, hosts: list[str], port: int, work: Path) -> int:
    server = subprocess.Popen(
        [nginx.NGINX, "-c", str(work / "nginx.conf"), "-p", str(work)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_listening(hosts[0], port, server)
        urls = [f"http://{host}:{port}/news/{k % args.pages}/" for k, host in enumerate(hosts)]
        cpu, wall = http_only(urls, args.http_only, args.concurrency, args.code)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(
        f"  HTTP only: {args.http_only} requests over {args.hosts} hosts, {args.concurrency} at "
        f"once, in {wall:.1f} s ({args.http_only / wall:.0f} requests/s, each host every "
        f"{args.hosts * wall / args.http_only:.2f} s): {1000 * cpu / args.http_only:.2f} CPU ms "
        f"a request"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, default=200)
    parser.add_argument("--delay", type=float, default=1.0, help="seconds between requests")
    parser.add_argument("--latency", type=int, default=50, help="ms per response")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--runtime", type=float, default=40.0, help="seconds of crawling")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds left out at the start")
    parser.add_argument("--pages", type=int, default=100, help="articles per host")
    parser.add_argument("--parse-workers", type=int, help="passed on (default: the crawler's)")
    parser.add_argument(
        "--http-only",
        type=int,
        metavar="N",
        help="no crawl: fetch N pages taking turns over the hosts with scraper.http alone "
        "(--concurrency at once) and print the HTTP layer's CPU per request",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="run the crawl under py-spy (slower) and print where its CPU goes",
    )
    parser.add_argument(
        "--code",
        type=Path,
        metavar="DIR",
        help="run campusnews from this source tree (e.g. `git archive COMMIT | tar -x -C DIR`)",
    )
    args = parser.parse_args(argv)
    if not 1 <= args.hosts <= 250:
        print("  ! --hosts must be 1..250 (127.0.0.2 to 127.0.0.251)", file=sys.stderr)
        return 2
    try:
        nginx.ensure_nginx()
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        print(f"  ! many-hosts bench skipped: nginx is not available ({exc})")
        return 0
    hosts = [f"127.0.0.{k}" for k in range(2, args.hosts + 2)]
    shutil.rmtree(WORK, ignore_errors=True)
    root, work = WORK / "site", WORK / "nginx"
    (work / "temp").mkdir(parents=True)
    write_site(root, args.pages)
    port = nginx.free_port()
    (work / "nginx.conf").write_text(_config(work, root, port, hosts, args.latency))
    load = os.getloadavg()
    print(f"  load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", flush=True)
    cmd = [str(crawlers.CAMPUSNEWS), "--db", str(WORK / "campusnews.db"), "crawl"]
    env = crawlers.campusnews_env(WORK)
    if args.code is not None:
        # The project venv's Python on the other tree's modules, as run.py's --code.
        cmd[:1] = [str(crawlers.CAMPUSNEWS.with_name("python")), "-m", "pipeline.cli"]
        env["PYTHONPATH"] = str(args.code)
    for host in hosts:
        cmd += ["--start-url", f"http://{host}:{port}/"]
    cmd += [
        "--allow-private", "--concurrency", str(args.concurrency), "--per-host", "1",
        "--delay", str(args.delay), "--max-runtime", f"{args.runtime:.0f}",
        "--max-pages", str(args.pages + 10), "--log-file", str(WORK / "crawl-info.log"),
    ]  # fmt: skip
    if args.parse_workers is not None:
        cmd += ["--parse-workers", str(args.parse_workers)]
    if args.http_only:
        return _http_only(args, hosts, port, work)
    stacks = crawlers.WORK / "many-hosts-profile.stacks"  # outlives the next run
    if args.profile:
        spy = crawlers.ensure_scrapy_venv() / "py-spy"
        cmd = [
            str(spy), "record", "--rate", "100", "--format", "raw", "--full-filenames",
            "--nolineno", "--subprocesses", "--output", str(stacks), "--", *cmd,
        ]  # fmt: skip
    server_log = (work / "stderr.log").open("wb")
    server = subprocess.Popen(
        [nginx.NGINX, "-c", str(work / "nginx.conf"), "-p", str(work)],
        stdout=server_log,
        stderr=subprocess.STDOUT,
    )
    sampler = CpuSampler(str(WORK / "campusnews.db"))
    try:
        _wait_listening(hosts[0], port, server)
        sampler.start()
        measured = run_measured(
            cmd,
            log=WORK / "crawler.log",
            timeout=args.runtime + 120,
            env=env,
            cwd=args.code or WORK,
        )
    finally:
        if sampler.is_alive():
            sampler.stop()
        server.terminate()
        server.wait(timeout=10)
        server_log.close()
    found = analyse(work / "access.log", args.warmup)
    crawl_cpu, other_cpu = sampler.between(found.lo, found.hi)
    latency = args.latency / 1000
    ceiling = min(
        args.concurrency / latency if latency else float("inf"),
        args.hosts / (args.delay + latency),
    )
    share = found.rate / ceiling if ceiling else 0.0
    per_request = 1000 * measured.cpu / max(found.requests, 1)
    print(
        f"  {args.hosts} hosts, delay {args.delay:g} s, latency {args.latency} ms, concurrency "
        f"{args.concurrency}: {found.requests} requests in {measured.wall:.1f} s (exit "
        f"{measured.returncode}, CPU {measured.cpu:.1f} s = {per_request:.1f} ms a request, "
        f"peak RSS {measured.peak_rss_mb:.0f} MB, {measured.processes} processes:"
        f" {'the parse worker ran' if measured.processes > 1 else 'no parse worker'})"
    )
    if sampler.samples:
        # The whole run, start-up and home pages included: at a high load the steady
        # window may never come, and the start URLs' links are read before it.
        whole_crawl, whole_other = sampler.samples[-1][1], sampler.samples[-1][2]
        print(
            f"  whole run: {1000 * whole_crawl / max(found.requests, 1):.2f} CPU ms a request "
            f"in the crawl process ({whole_crawl:.1f} s), "
            f"{1000 * whole_other / max(found.requests, 1):.2f} in the rest of its group"
        )
    if found.window < MIN_WINDOW:
        print(
            f"  steady window {found.window:.1f} s (under {MIN_WINDOW:g} s: no rate or CPU "
            "figure; a longer --runtime, or a quieter machine)"
        )
    else:
        print(
            f"  steady window {found.window:.1f} s: {found.rate:.1f} requests/s of a ceiling of "
            f"{ceiling:.1f} = {100 * share:.1f} % (target >= {100 * TARGET:.0f} %: "
            f"{'met' if share >= TARGET else 'MISSED'})"
        )
        print(
            f"  CPU in the steady window: {1000 * crawl_cpu / max(found.inside, 1):.2f} ms a "
            f"request in the crawl process ({100 * crawl_cpu / found.window:.0f} % of a core), "
            f"{1000 * other_cpu / max(found.inside, 1):.2f} in the parse workers"
        )
        print(
            f"  connections opened in the steady window: {found.connects} for {found.inside} "
            f"requests ({100 * found.connects / max(found.inside, 1):.1f} %)"
        )
    if found.gaps:
        # Past delay + latency, a host waited for nothing the politeness rules ask for.
        lost = sorted(g - args.delay - latency for g in found.gaps)
        late = sum(1 for x in lost if x > LATE) / len(lost)
        print(
            f"  a host's gap past delay + latency: median {1000 * lost[len(lost) // 2]:.0f} ms, "
            f"mean {1000 * sum(lost) / len(lost):.0f} ms, {100 * late:.1f} % of gaps over "
            f"{1000 * LATE:.0f} ms late"
        )
    parsed = (
        [
            line.rsplit("parsed ", 1)[1]
            for line in (WORK / "crawl-info.log").read_text(errors="replace").splitlines()
            if "parse workers parsed" in line
        ]
        if (WORK / "crawl-info.log").exists()
        else []
    )
    if parsed:
        print(f"  the parse workers parsed {parsed[-1]} (the crawl process the rest)")
    polite = found.worst_gap + CLOCK_SLACK >= args.delay
    print(
        f"  worst host's smallest gap between two requests: {found.worst_gap:.3f} s "
        f"({found.worst_host}; must be >= {args.delay:g} s: {'met' if polite else 'VIOLATED'})"
    )
    if args.profile:
        print(f"  (under py-spy: the rate is not a figure) stacks in {stacks}")
        profile_crawl.analyse(stacks)
    return 0 if polite and measured.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
