"""A first crawl with default limits finds the whole site: sitemaps to the protocol's
limits, listings paged to the end, a section's news index, and nothing false stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from pipeline.cli import cli
from tests.newssite import NewsSite

# Politeness delay off for a test server; every other limit is the default.
FAST = ["--allow-private", "--delay", "0", "--per-host", "4", "--parse-workers", "0"]


def _crawl(db: Path, start: str, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["--db", str(db), "crawl", "--start-url", start, *FAST, *extra]
    )
    return result.exit_code, result.output


def _fetched_paths(db: Path, base: str) -> set[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url FROM pages WHERE sha256 IS NOT NULL").fetchall()
    return {url.removeprefix(base) for (url,) in rows}


def test_a_first_crawl_fetches_every_page_of_a_1200_url_sitemap_site(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    site = NewsSite(articles=1200)
    start = site.serve(httpserver)
    db = tmp_path / "c.db"

    code, output = _crawl(db, start)

    assert code == 0, output
    html = _fetched_paths(db, site.base) - {"/robots.txt", "/sitemap.xml"}
    html = {p for p in html if not p.startswith("/sitemaps/")}
    assert len(site.sitemap_urls) == 1200
    assert html == site.pages
    # Every listing page was read, although its items were queued by the sitemap first.
    assert {site.listing_path(k) for k in range(1, site.listings + 1)} <= html
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stored == 1200 + 15


def test_later_runs_page_a_listing_only_while_it_shows_items_not_stored_before(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    site = NewsSite(articles=100)
    start = site.serve(httpserver)
    db = tmp_path / "c.db"
    assert _crawl(db, start)[0] == 0
    site.requested.clear()

    code, output = _crawl(db, start)

    assert code == 0, output
    # The news and section indexes are read again; nothing on them is new: no paging.
    assert {"/news/", "/faculties/science/news/"} <= set(site.requested)
    assert [p for p in site.requested if "/page/" in p] == []

    site.articles = 130  # 30 new items: page 1 and half of page 2
    site.requested.clear()
    code, output = _crawl(db, start)

    assert code == 0, output
    # Page 2 shows ten new items (the sitemap had them queued, even fetched: still
    # not known before this run), so page 3 is read; it shows only known items.
    assert sorted(p for p in site.requested if p.startswith("/news/page/")) == [
        "/news/page/2/",
        "/news/page/3/",
    ]
    assert {site.article_path(i) for i in range(100, 130)} <= _fetched_paths(db, site.base)


def test_a_section_news_index_linked_from_the_home_page_is_followed_with_its_pages(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    site = NewsSite(articles=30)
    start = site.serve(httpserver)
    db = tmp_path / "c.db"

    code, output = _crawl(db, start)

    assert code == 0, output
    fetched = _fetched_paths(db, site.base)
    assert {site.section_item(i) for i in range(15)} <= fetched
    assert site.section_path(2) in fetched
    with sqlite3.connect(db) as conn:
        kind = conn.execute(
            "SELECT kind FROM pages WHERE url = ?", (site.base + site.section_path(1),)
        ).fetchone()[0]
    assert kind == "listing"
