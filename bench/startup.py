"""Start-up time of the command line, beside ``python -c pass`` and ``sqlite-utils``.

Runs each command many times in a fresh process and prints the median wall
time and the median CPU time (user + system of the child: less sensitive to
other work on a shared machine than wall time), plus the load average before
the runs. The targets of issue 11 are wall times: ``--version`` and ``--help``
within 0.15 s, a ``query`` on the demo database within 0.35 s.

    .venv/bin/python bench/startup.py               # 15 runs of each
    .venv/bin/python bench/startup.py --runs 31

The demo database is made once in bench/.work/startup-demo.db. sqlite-utils is
a bench-only comparison, not a dependency: install it in the venv by hand
(``.venv/bin/pip install sqlite-utils``); without it that row says so.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WORK = ROOT / "bench" / ".work"


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``command`` over ``runs`` runs (after one warm-up)."""
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
    walls, cpus = [], []
    for _ in range(runs):
        cpu = _child_cpu()
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
        walls.append(time.perf_counter() - start)
        cpus.append(_child_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def demo_database() -> Path:
    """The demo database the query runs on, made once."""
    db = WORK / "startup-demo.db"
    if not db.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(BIN / "campusnews"), "demo", "--db", str(db)],
            capture_output=True,
            check=True,
            cwd=ROOT,
        )
    return db


def main() -> None:
    """Print one row per command: median wall and CPU time, and the target where there is one."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    args = parser.parse_args()
    campusnews = str(BIN / "campusnews")
    db = str(demo_database())
    rows: list[tuple[str, list[str] | None, str]] = [
        ("python -c pass", [sys.executable, "-c", "pass"], ""),
        ("campusnews --version", [campusnews, "--version"], "0.15"),
        ("campusnews --help", [campusnews, "--help"], "0.15"),
        (
            "campusnews query agreements --db DEMO --limit 5 --json",
            [campusnews, "query", "agreements", "--db", db, "--limit", "5", "--json"],
            "0.35",
        ),
        (
            "campusnews sql 'SELECT count(*) FROM articles' --db DEMO",
            [campusnews, "sql", "SELECT count(*) FROM articles", "--db", db],
            "",
        ),
        ("campusnews search quantum --db DEMO", [campusnews, "search", "quantum", "--db", db], ""),
        ("campusnews status --db DEMO", [campusnews, "status", "--db", db], ""),
    ]
    sqlite_utils = shutil.which("sqlite-utils", path=str(BIN)) or shutil.which("sqlite-utils")
    rows.append(
        ("sqlite-utils --version", [sqlite_utils, "--version"] if sqlite_utils else None, "")
    )
    load = os.getloadavg()
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {os.cpu_count()} CPUs")
    print(f"{args.runs} runs each; medians\n")
    print(f"{'command':<58} {'wall s':>7} {'cpu s':>7} {'target':>7}")
    for name, command, target in rows:
        if command is None:
            print(f"{name:<58} {'not installed (.venv/bin/pip install sqlite-utils)':>23}")
            continue
        wall, cpu = measure(command, args.runs)
        print(f"{name:<58} {wall:7.3f} {cpu:7.3f} {target:>7}")


if __name__ == "__main__":
    main()
