"""A source that could not be crawled at all fails the run loudly, with the fix in one line."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from pipeline.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def _campusnews(db: Path, *args: str, config: Path | None = None) -> subprocess.CompletedProcess:
    """The CLI in a real process, as cron starts it: stderr is not a terminal."""
    head = ["--db", str(db)] + (["--config", str(config)] if config else [])
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *head, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def _in_process(db: Path, *args: str, config: Path | None = None) -> subprocess.CompletedProcess:
    """The CLI in this process (faster), for runs that no test server in this process
    answers: its log lines would land in the captured stderr."""
    head = ["--db", str(db)] + (["--config", str(config)] if config else [])
    result = CliRunner().invoke(cli, [*head, *args])
    if not isinstance(result.exception, SystemExit | None):
        raise result.exception
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _status(db: Path) -> dict:
    result = _in_process(db, "status", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_host_that_does_not_resolve_fails_the_run(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    result = _campusnews(db, "crawl", "--start-url", "https://nonexistent.invalid/news")

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("source nonexistent.invalid failed: every fetch failed: ")
    assert "cannot resolve nonexistent.invalid" in lines[0]
    assert lines[0].endswith("(check the host name in start_urls)")
    assert "Traceback" not in result.stderr


def test_a_configured_source_whose_host_refuses_connections_fails_and_status_says_since_when(
    tmp_path: Path,
) -> None:
    db = tmp_path / "c.db"
    port = _closed_port()
    config = tmp_path / "config.toml"
    config.write_text(
        f'[sources.my-faculty]\nparser = "generic"\n'
        f'start_urls = ["http://127.0.0.1:{port}/news/"]\nallow_private = true\n'
    )
    runs = [_in_process(db, "crawl", config=config) for _ in range(2)]

    for result in runs:
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("source my-faculty failed: every fetch failed: robots.txt of ")
        assert f"127.0.0.1:{port} unreachable: ConnectError" in lines[0]
        assert lines[0].endswith("(is the site up? check the host and port in start_urls)")
    status = _status(db)
    summary = status["runs"][0]["summary"]
    # Refused connections are errors, not "skipped by robots.txt".
    assert summary["robots_denied"] == 0
    assert summary["errors"] == {"robots_unreachable": 1}
    source = next(s for s in status["sources"] if s["source"] == "my-faculty")
    first_run = status["runs"][-1]
    assert source["failing_since"] == first_run["started_at"]
    assert source["failing_runs"] == 2
    text = _in_process(db, "status").stdout
    assert f"my-faculty           FAILING since {first_run['started_at']} (2 runs)" in text


def test_a_private_host_without_allow_private_fails_with_the_flag_to_use(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/").respond_with_data("<html><body>hi</body></html>")
    db = tmp_path / "c.db"

    result = _campusnews(
        db, "crawl", "--start-url", httpserver.url_for("/").replace("localhost", "127.0.0.1")
    )

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "source 127.0.0.1 failed: every fetch was refused: 127.0.0.1 is a non-public address "
        "(allow it with --allow-private or allow_private = true)"
    ]
    summary = _status(db)["runs"][0]["summary"]
    assert summary["policy_blocked"] == 1 and summary["robots_denied"] == 0
    assert len(httpserver.log) == 0  # nothing was requested


def test_a_source_that_recovers_is_no_longer_failing(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    db = tmp_path / "c.db"
    url = httpserver.url_for("/").replace("localhost", "127.0.0.1")
    assert _campusnews(db, "crawl", "--start-url", url).returncode == 1
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/").respond_with_data(
        "<html><body><h1>Home</h1></body></html>", content_type="text/html"
    )

    result = _campusnews(db, "crawl", "--start-url", url, "--allow-private", "--delay", "0")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    source = next(s for s in _status(db)["sources"] if s["source"] == "127.0.0.1")
    assert source["failing_since"] is None


def test_a_tls_failure_fails_the_run_and_names_the_scheme(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    # A plain-HTTP server asked for https: the TLS handshake fails.
    url = httpserver.url_for("/").replace("http://localhost", "https://127.0.0.1")
    db = tmp_path / "c.db"

    result = _campusnews(db, "crawl", "--start-url", url, "--allow-private")

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("source 127.0.0.1 failed: every fetch failed: ")
    assert lines[0].endswith(
        "(TLS failed: check http/https in start_urls and the site's certificate)"
    )


def test_a_run_stopped_by_the_page_budget_says_how_many_urls_wait(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    from tests.newssite import NewsSite

    site = NewsSite(articles=60)
    start = site.serve(httpserver)
    db = tmp_path / "c.db"
    args = ["crawl", "--start-url", start, "--allow-private", "--delay", "0", "--max-pages", "20"]

    result = _campusnews(db, *args, "-v")

    assert result.returncode == 0, result.stderr
    waiting = [line for line in result.stderr.splitlines() if line.startswith("stopped early")]
    assert len(waiting) == 1, result.stderr
    assert waiting[0].startswith("stopped early (max_pages_per_host was reached for localhost): ")
    count = int(waiting[0].split(": ")[1].split()[0])
    with sqlite3.connect(db) as conn:
        queued = conn.execute(
            "SELECT count(*) FROM frontier WHERE state IN ('queued', 'deferred')"
        ).fetchone()[0]
    assert count == queued > 40  # 60 articles, 20 fetches
    summary = _status(db)["runs"][0]["summary"]
    assert summary["over_budget"] == ["localhost"] and summary["left_in_frontier"] == count


def test_a_host_name_resolving_to_a_private_address_names_the_flag_too(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    port = _closed_port()  # nothing is requested: the address rule refuses first

    result = _in_process(db, "crawl", "--start-url", f"http://localhost:{port}/news/")

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    refused = "every fetch was refused: localhost resolves to non-public address "
    assert lines[0].startswith(f"source localhost failed: {refused}")
    assert lines[0].endswith("(allow it with --allow-private or allow_private = true)")


def test_a_start_url_that_answers_404_fails_the_run(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/old-news/").respond_with_data("gone", status=404)
    db = tmp_path / "c.db"
    url = httpserver.url_for("/old-news/")

    result = _campusnews(db, "crawl", "--start-url", url, "--allow-private", "--delay", "0")

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"source localhost failed: every fetch failed: HTTP 404 for {url} (check start_urls)"
    ]
