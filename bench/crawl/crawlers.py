"""The two crawlers under test: how to install, run and count each one.

campusnews runs as its CLI from the project venv, storing every page in a
fresh SQLite file and extracting inline (its real job). Scrapy runs the
CrawlSpider of scrapy_spider.py from its own venv, bench/.work/scrapy-venv,
created here with ``pip install scrapy`` when missing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
WORK = REPO / "bench" / ".work"
SCRAPY_VENV = WORK / "scrapy-venv"
CAMPUSNEWS = REPO / ".venv" / "bin" / "campusnews"
CONCURRENCY = 16
PER_HOST = 8


@dataclass(frozen=True)
class Outcome:
    """What a crawler says it did, from its own output (the access log is the referee)."""

    pages: int
    articles: int
    detail: str


def ensure_scrapy_venv() -> Path:
    """The Scrapy venv's bin dir; created with ``pip install scrapy py-spy`` when missing."""
    bin_dir = SCRAPY_VENV / "bin"
    if (bin_dir / "scrapy").is_file() and (bin_dir / "py-spy").is_file():
        return bin_dir
    print(f"  creating {SCRAPY_VENV} (pip install scrapy py-spy)", flush=True)
    WORK.mkdir(parents=True, exist_ok=True)
    # bench/.work is scratch space: keep its venvs and sites out of git.
    (WORK / ".gitignore").write_text("*\n")
    subprocess.run([sys.executable, "-m", "venv", str(SCRAPY_VENV)], check=True, timeout=300)
    subprocess.run(
        [str(bin_dir / "pip"), "install", "--quiet", "scrapy", "py-spy"], check=True, timeout=900
    )
    return bin_dir


def scrapy_version(bin_dir: Path) -> str:
    """The installed Scrapy version, for the report."""
    out = subprocess.run(
        [str(bin_dir / "python"), "-c", "import scrapy; print(scrapy.__version__)"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return out.stdout.strip()


def campusnews_env(work: Path) -> dict[str, str]:
    """The environment for campusnews: a private home, so no user config or database leaks in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMPUSNEWS_")}
    env["CAMPUSNEWS_HOME"] = str(work / "home")
    return env


def campusnews_cmd(base_url: str, db: Path, n_pages: int, max_runtime: float) -> list[str]:
    """The CLI crawl. --max-pages lifts the default 10,000-fetches-per-host budget,
    which a 10,000-page site plus its sitemaps and feed would otherwise hit."""
    return [
        str(CAMPUSNEWS), "--db", str(db), "crawl", "--start-url", base_url + "/",
        "--allow-private", "--concurrency", str(CONCURRENCY), "--per-host", str(PER_HOST),
        "--delay", "0", "--max-pages", str(2 * n_pages + 100),
        "--max-runtime", f"{max_runtime:.0f}",
    ]  # fmt: skip


def scrapy_cmd(
    bin_dir: Path, base_url: str, items: Path, max_runtime: float, *, stock: bool = False
) -> list[str]:
    """The CrawlSpider of scrapy_spider.py, with CLOSESPIDER_TIMEOUT as its time bound.

    ``stock``: the stock spider the bench used before (no link filter, cookies on).
    """
    cmd = [
        str(bin_dir / "scrapy"), "runspider", str(HERE / "scrapy_spider.py"),
        "-a", f"start_url={base_url}/", "-O", f"{items}:jsonlines",
        "-s", f"CLOSESPIDER_TIMEOUT={max_runtime:.0f}",
    ]  # fmt: skip
    if stock:
        cmd += ["-a", "stock=1", "-s", "COOKIES_ENABLED=True"]
    return cmd


def campusnews_outcome(db: Path) -> Outcome:
    """Pages stored with status 200, articles, organisations and agreements in the database."""
    if not db.is_file():
        return Outcome(0, 0, "no database")
    with sqlite3.connect(db) as conn:
        pages = conn.execute("select count(*) from pages where status = 200").fetchone()[0]
        articles = conn.execute("select count(*) from articles").fetchone()[0]
        orgs = conn.execute("select count(*) from organisations").fetchone()[0]
        agreements = conn.execute("select count(*) from agreements").fetchone()[0]
        summary = conn.execute("select summary from crawl_runs order by id desc limit 1").fetchone()
    robots = json.loads(summary[0]).get("robots_denied", 0) if summary and summary[0] else "?"
    return Outcome(
        pages, articles, f"{orgs} organisations, {agreements} agreements, {robots} robots-denied"
    )


def scrapy_outcome(items: Path, log: Path) -> Outcome:
    """Items written, and the robots-forbidden count from Scrapy's closing stats."""
    count = sum(1 for _ in items.open()) if items.is_file() else 0
    forbidden = "?"
    for line in log.read_text(errors="replace").splitlines():
        if "Dumping Scrapy stats" in line:
            # The closing stats leave out a count that stayed 0 (the tuned spider
            # never asks for a disallowed URL).
            forbidden = "0"
        if "'robotstxt/forbidden'" in line:
            forbidden = line.split(":")[-1].strip(" ,")
    return Outcome(count, count, f"{forbidden} robots-forbidden")
