"""A badly behaved site is crawled to the end: each problem recorded on its page, the rest kept."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug import Request, Response

from db import models as m
from db.engine import make_engine
from pipeline.cli import cli

ARTICLE = """<html lang="en"><head><title>{title}</title>
<meta property="article:published_time" content="2024-05-0{n}T09:00:00+02:00"></head>
<body><nav>Home News</nav><article><h1>{title}</h1>
<p>Leiden University and Delft University of Technology signed an agreement on item {n}.</p>
</article></body></html>"""


def _article(n: int) -> str:
    return ARTICLE.format(title=f"Good news item {n}", n=n)


@pytest.fixture
def threaded_server() -> Iterator[HTTPServer]:
    """A threaded server, so one slow answer does not hold up the others."""
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def hostile(threaded_server: HTTPServer) -> HTTPServer:
    httpserver = threaded_server
    links = [
        "/good/1",
        "/error500",
        "/good/2",
        "/slow",
        "/good/3",
        "/huge",
        "/good/4",
        "/broken",
        "/good/5",
        "/cp1252",
        "/pdf",
    ]
    listing = (
        "<html lang='en'><head><title>News</title></head><body><main><h1>News</h1><ul>"
        + "".join(
            f"<li><a href='{href}'>Item {href}</a> "
            "<time datetime='2024-05-01'>1 May 2024</time></li>"
            for href in links
        )
        + "</ul></main></body></html>"
    )
    httpserver.expect_request("/robots.txt").respond_with_data(
        f"User-agent: *\nAllow: /\nSitemap: {httpserver.url_for('/sitemap.xml')}\n",
        content_type="text/plain",
    )
    httpserver.expect_request("/sitemap.xml").respond_with_data(
        "<?xml version='1.0'?><urlset><url><loc>", content_type="application/xml"
    )
    httpserver.expect_request("/news/").respond_with_data(listing, content_type="text/html")
    for n in range(1, 6):
        httpserver.expect_request(f"/good/{n}").respond_with_data(
            _article(n), content_type="text/html"
        )
    httpserver.expect_request("/error500").respond_with_data("oops", status=500)

    def slow(_request: Request) -> Response:
        time.sleep(1.5)
        return Response(_article(9), content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    bomb = gzip.compress(b"<html><body>" + b"a" * (3 * 1024 * 1024) + b"</body></html>")
    httpserver.expect_request("/huge").respond_with_response(
        Response(bomb, headers={"Content-Encoding": "gzip", "Content-Type": "text/html"})
    )
    httpserver.expect_request("/broken").respond_with_data(
        "<html><head><title>Broken</title><body><article><h1>Broken <p>unclosed <div><<<>>",
        content_type="text/html",
    )
    cp1252 = (
        "<html lang='nl'><head><title>Caf\xe9 \u2013 nieuws</title></head><body><article>"
        "<h1>Caf\xe9 \u2013 nieuws</h1><p>De Universiteit Leiden en het LUMC werken samen "
        "aan een caf\xe9.</p></article></body></html>"
    ).encode("cp1252")
    httpserver.expect_request("/cp1252").respond_with_data(cp1252, content_type="text/html")
    httpserver.expect_request("/pdf").respond_with_data(
        b"%PDF-1.4 ...", content_type="application/pdf"
    )
    return httpserver


def test_hostile_site_is_crawled_to_the_end(hostile: HTTPServer, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        "[crawl]\nfetch_deadline = 0.8\nread_timeout = 0.5\nbackoff_base = 0.01\n"
        "max_attempts = 2\nmax_body_bytes = 1048576\n"
    )
    db = tmp_path / "c.db"
    result = CliRunner().invoke(
        cli,
        [
            "--config",
            str(config),
            "--db",
            str(db),
            "crawl",
            "--start-url",
            hostile.url_for("/news/"),
            "--allow-private",
            "--delay",
            "0",
        ],
    )
    assert result.exit_code == 0, result.output
    engine = make_engine(str(db))
    with Session(engine) as s:
        pages = {p.url.rsplit(":", 1)[1].split("/", 1)[1]: p for p in s.scalars(select(m.Page))}
        titles = set(s.scalars(select(m.Article.title)))
    errors = {path: page.error_kind for path, page in pages.items() if page.error_kind}
    assert errors.get("error500") == "http_status" and pages["error500"].status == 500
    assert errors.get("slow") in {"deadline", "timeout"}
    assert errors.get("huge") == "too_large"
    assert errors.get("pdf") == "unsupported_type"
    assert errors.get("sitemap.xml") == "sitemap"
    assert {f"Good news item {n}" for n in range(1, 6)} <= titles, errors
    assert "Café – nieuws" in titles, titles
    assert any(t and t.startswith("Broken") for t in titles)
    # The summary of the run says what went wrong, by kind.
    with Session(engine) as s:
        run = s.scalars(select(m.CrawlRun).order_by(m.CrawlRun.id.desc())).first()
    assert run is not None and run.summary is not None
    assert run.summary["errors"].get("http_status") == 1
    assert run.summary["errors"].get("too_large") == 1
