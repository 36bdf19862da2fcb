"""Run every benchmark in turn (``make bench``).

    .venv/bin/python bench/run_all.py            # full runs (the crawl bench takes an hour or so)
    .venv/bin/python bench/run_all.py --quick    # smoke runs of the benches that have one

Each script runs as its own process with this interpreter; one that is
missing or fails is reported and the next one still runs. Scripts skip
the parts they cannot run (no ../shared benchmarks, no PostgreSQL, no
nginx or Scrapy) with their own message. Exit 1 when any script failed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent

# (script, arguments for a full run, arguments for --quick, or None: skipped by --quick)
SCRIPTS: tuple[tuple[str, list[str], list[str] | None], ...] = (
    ("extract.py", [], ["--limit", "50"]),
    ("query.py", [], ["--sqlite-only", "--runs", "5"]),
    ("crawl/run.py", [], ["--quick"]),
    ("crawl/profile_crawl.py", [], ["--pages", "300"]),
)
# A bench that runs longer than this is stopped, so `make bench` always ends.
TIMEOUT_SECONDS = 3 * 3600


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke runs only")
    args = parser.parse_args(argv)
    failed: list[str] = []
    for name, full, quick in SCRIPTS:
        script = BENCH / name
        print(f"\n=== bench/{name} ===", flush=True)
        if not script.is_file():
            print(f"  skipped: {script} does not exist")
            continue
        extra = quick if args.quick else full
        if extra is None:
            print("  skipped in --quick mode")
            continue
        started = time.monotonic()
        try:
            code = subprocess.run(
                [sys.executable, str(script), *extra], timeout=TIMEOUT_SECONDS
            ).returncode
        except subprocess.TimeoutExpired:
            code = -1
            print(f"  stopped after {TIMEOUT_SECONDS} s")
        print(f"  bench/{name}: exit {code} after {time.monotonic() - started:.0f} s", flush=True)
        if code != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
