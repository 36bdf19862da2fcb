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


def _page_rows(db: Path, base: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, error_kind, error, truncated FROM pages").fetchall()
    return {url.removeprefix(base): (kind, error, cut) for url, kind, error, cut in rows}


def _article_urls(db: Path, base: str) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {url.removeprefix(base) for (url,) in conn.execute("SELECT url FROM articles")}


def test_soft_404s_are_errors_on_their_page_not_articles(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    gone = "<html><head><title>Page not found | University of Example</title></head>"
    gone += "<body><main><h1>Sorry</h1><p>This item was moved or removed.</p></main></body></html>"
    weg = "<html><head><title>Universiteit</title></head><body><main>"
    weg += "<h1>Deze pagina bestaat niet</h1><p>Zoek op de homepage.</p></main></body></html>"
    site = NewsSite(articles=20, extra={"/news/gone/": gone, "/nieuws/weg/": weg})
    # Every unknown URL answers 200 with this page, whose words do not say "not found".
    site.not_found_page = (
        "<html><head><title>University of Example</title></head><body><main><article>"
        "<h1>Looking for something?</h1><p>On 3 May 2024 Leiden University and TNO signed "
        "a partnership; try the search box for more.</p></article></main></body></html>"
    )
    site.missing = ("/news/removed-item/",)
    start = site.serve(httpserver)
    db = tmp_path / "c.db"

    code, output = _crawl(db, start, "-v")

    assert code == 0, output
    rows = _page_rows(db, site.base)
    assert rows["/news/gone/"][:2] == (
        "soft_404",
        "soft 404: title says 'Page not found | University of Example'",
    )
    assert rows["/nieuws/weg/"][:2] == (
        "soft_404",
        "soft 404: main heading says 'Deze pagina bestaat niet'",
    )
    assert rows["/news/removed-item/"][0] == "soft_404"
    assert "a URL that does not exist" in (rows["/news/removed-item/"][1] or "")
    articles = _article_urls(db, site.base)
    assert not {"/news/gone/", "/nieuws/weg/", "/news/removed-item/"} & articles
    assert site.article_path(3) in articles
    assert "soft_404 3" in output

    # Fetched again unchanged (as a start URL, so it is fetched again), it stays a soft 404.
    site.requested.clear()
    assert _crawl(db, start, "--start-url", site.base + "/news/gone/")[0] == 0
    assert "/news/gone/" in site.requested
    rows = _page_rows(db, site.base)
    assert [rows[p][0] for p in ("/news/gone/", "/nieuws/weg/", "/news/removed-item/")] == [
        "soft_404"
    ] * 3
    assert not {"/news/gone/", "/nieuws/weg/", "/news/removed-item/"} & _article_urls(db, site.base)


def test_a_page_cut_short_by_deep_nesting_is_stored_marked_truncated(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    deep = (
        "<html><head><title>Leiden and TNO sign a partnership</title>"
        "<meta property='article:published_time' content='2024-05-03'></head><body><main>"
        "<article><h1>Leiden and TNO sign a partnership</h1>"
        "<p>Leiden University and TNO signed a partnership agreement on 3 May 2024.</p>"
        + "<div>" * 100_000
        + "<p>Text after the nesting.</p>"
        + "</div>" * 100_000
        + "</article></main></body></html>"
    )
    site = NewsSite(articles=20, extra={"/news/deep/": deep})
    start = site.serve(httpserver)
    db = tmp_path / "c.db"

    code, output = _crawl(db, start, "-v")

    assert code == 0, output
    rows = _page_rows(db, site.base)
    assert rows["/news/deep/"][0] is None
    assert "nested over 250 deep" in (rows["/news/deep/"][2] or "")
    assert rows[site.article_path(1)][2] is None
    assert "/news/deep/" in _article_urls(db, site.base)
    assert "pages cut short in parsing (stored, marked truncated): 1" in output


def test_a_sitemap_larger_than_max_body_bytes_is_read_to_the_protocols_limit(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    site = NewsSite(articles=600)
    start = site.serve(httpserver)
    config = tmp_path / "config.toml"
    # Pages are about 1 KB; the sitemap of 600 URLs about 30 KB.
    config.write_text("[crawl]\nmax_body_bytes = 20000\n")
    db = tmp_path / "c.db"

    result = CliRunner().invoke(
        cli, ["--config", str(config), "--db", str(db), "crawl", "--start-url", start, *FAST]
    )

    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        size = conn.execute(
            "SELECT size FROM page_bodies JOIN pages ON pages.id = page_id WHERE url LIKE ?",
            ("%/sitemaps/0.xml",),
        ).fetchone()[0]
    assert size > 20000
    assert set(site.sitemap_urls) <= _fetched_paths(db, site.base)
