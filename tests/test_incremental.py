"""Incremental news crawling: a second run pages only as far as there is news."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug import Request, Response

from db import models as m
from db.engine import make_engine
from pipeline.cli import cli

PER_PAGE = 6


class NewsSite:
    """A news listing of PER_PAGE items a page, newest first, that can publish more."""

    def __init__(self, server: HTTPServer, items: int) -> None:
        self.server = server
        self.items = list(range(items, 0, -1))
        self.requests: list[str] = []
        server.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
        server.expect_request("/news").respond_with_handler(self.listing)
        for n in range(1, 30):
            server.expect_request(f"/news/item-{n}").respond_with_handler(self.article)

    def publish(self) -> None:
        self.items.insert(0, self.items[0] + 1)

    def _answer(self, request: Request, body: str) -> Response:
        self.requests.append(request.full_path.rstrip("?"))
        etag = '"' + hashlib.sha1(body.encode()).hexdigest() + '"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, content_type="text/html", headers={"ETag": etag})

    def listing(self, request: Request) -> Response:
        page = int(request.args.get("page", "1"))
        shown = self.items[(page - 1) * PER_PAGE : page * PER_PAGE]
        items = "".join(
            f"<li class='news-item'><a href='/news/item-{n}'>News item {n}</a> "
            f"<time datetime='2024-05-{n:02d}'>{n} May 2024</time><p>Teaser {n}.</p></li>"
            for n in shown
        )
        more = page * PER_PAGE < len(self.items)
        nxt = f"<a rel='next' href='/news?page={page + 1}'>Next</a>" if more else ""
        body = (
            "<html lang='en'><head><title>News</title></head><body><main><h1>News</h1>"
            f"<ul class='news-list'>{items}</ul>{nxt}</main></body></html>"
        )
        return self._answer(request, body)

    def article(self, request: Request) -> Response:
        n = int(request.path.rsplit("-", 1)[1])
        body = (
            f"<html lang='en'><head><title>News item {n}</title>"
            f"<meta property='article:published_time' content='2024-05-{n:02d}'></head>"
            f"<body><article><h1>News item {n}</h1><p>Leiden University and TNO signed "
            f"agreement number {n}.</p></article></body></html>"
        )
        return self._answer(request, body)


@pytest.fixture
def site(httpserver: HTTPServer) -> Iterator[NewsSite]:
    yield NewsSite(httpserver, items=16)


def _crawl(db: Path, start: str, *extra: str) -> None:
    result = CliRunner().invoke(
        cli,
        ["--db", str(db), "crawl", "--start-url", start, "--allow-private", "--delay", "0", *extra],
    )
    assert result.exit_code == 0, result.output


def test_first_run_pages_back_only_to_the_cutoff_date(site: NewsSite, tmp_path: Path) -> None:
    # Page 1 lists items of 16-11 May, page 2 of 10-5 May: it reaches past
    # 8 May, so page 3 (4-1 May) is not asked for.
    _crawl(tmp_path / "news.db", site.server.url_for("/news"), "--since", "2024-05-08")
    assert "/news?page=2" in site.requests
    assert "/news?page=3" not in site.requests
    assert "/news/item-5" in site.requests
    assert "/news/item-4" not in site.requests


def test_second_run_stops_paging_at_known_news(site: NewsSite, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    start = site.server.url_for("/news")
    _crawl(db, start)
    assert {"/news?page=2", "/news?page=3"} <= set(site.requests)
    first_articles = {r for r in site.requests if r.startswith("/news/item-")}
    assert len(first_articles) == 16

    site.publish()
    site.requests.clear()
    _crawl(db, start)
    # Page 1 shows the new item and pushes one known item to page 2, which now
    # shows only known items: paging stops there; page 3 is not asked for.
    assert "/news/item-17" in site.requests
    assert "/news?page=2" in site.requests
    assert "/news?page=3" not in site.requests
    assert not [r for r in site.requests if r.startswith("/news/item-") and r != "/news/item-17"]
    engine = make_engine(str(db))
    with Session(engine) as s:
        assert s.scalar(select(func.count(m.Article.id))) == 17


def test_unchanged_site_costs_one_conditional_request(site: NewsSite, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    start = site.server.url_for("/news")
    _crawl(db, start)
    site.requests.clear()
    _crawl(db, start)
    assert site.requests == ["/news"]
