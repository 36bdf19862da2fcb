"""Discovery (what a page offers) and the one admission filter, with no database or network."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.page_handler import Offer, admit, next_urls, robots_sitemap_urls, sitemap_urls
from scraper.frontier import CrawlTask, NewURL, URLKind
from scraper.models import Page, ParsedArticle
from scraper.policy import CrawlPolicy, SourceScope

SCOPE = SourceScope("uni", frozenset({"news.example.org"}))
BASE = "https://news.example.org"
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def task(url: str = f"{BASE}/news", *, depth: int = 0, kind: URLKind = "listing") -> CrawlTask:
    return CrawlTask(id=1, url=url, url_key=url, source="uni", kind=kind, depth=depth)


def html_page(body: str, url: str = f"{BASE}/news") -> Page:
    return Page(url=url, body=body.encode(), fetched_at=NOW, headers={"content-type": "text/html"})


def test_admission_applies_scope_traps_depth_and_the_cap() -> None:
    urls = (
        NewURL(f"{BASE}/a", "uni", "page", 1),
        NewURL("https://elsewhere.example.com/b", "uni", "page", 1),
        NewURL(f"{BASE}/c", "uni", "page", 3),
        NewURL(f"{BASE}/x/x/x/x/x/x", "uni", "page", 1),
        NewURL(f"{BASE}/d", "uni", "page", 2),
        NewURL(f"{BASE}/e", "uni", "page", 1),
    )
    policy = CrawlPolicy(max_depth=2)
    assert [u.url for u in admit(Offer(urls, capped=False), SCOPE, policy, max_links=1)] == [
        f"{BASE}/a",
        f"{BASE}/d",
        f"{BASE}/e",
    ]
    # Capped: the first max_links of the admissible URLs.
    assert [u.url for u in admit(Offer(urls), SCOPE, policy, max_links=2)] == [
        f"{BASE}/a",
        f"{BASE}/d",
    ]


def test_a_source_s_own_max_depth_wins() -> None:
    deep = (NewURL(f"{BASE}/a", "uni", "page", 4),)
    scope = SourceScope("uni", frozenset({"news.example.org"}), max_depth=5)
    assert admit(Offer(deep), scope, CrawlPolicy(max_depth=2), max_links=10) == list(deep)
    assert admit(Offer(deep), SCOPE, CrawlPolicy(max_depth=2), max_links=10) == []


def test_a_listing_offers_items_then_its_next_page_unless_known() -> None:
    article = ParsedArticle(
        url=f"{BASE}/news",
        title=None,
        kind="listing",
        links=(f"{BASE}/n1", f"{BASE}/n2"),
        next_page=f"{BASE}/news?page=2",
    )
    page = html_page(f'<html><a href="{BASE}/about">about</a></html>')
    inner = next_urls(task(depth=1), page, article, seed=False, oldest=None)
    items, following = inner
    assert [(u.url, u.depth) for u in items.urls] == [(f"{BASE}/n1", 2), (f"{BASE}/n2", 2)]
    assert following.revisit and following.unless_known == items.urls
    assert [(u.url, u.kind, u.depth) for u in following.urls] == [
        (f"{BASE}/news?page=2", "listing", 1)
    ]
    # A start URL always pages on, and its links are followed too.
    seed = next_urls(task(), page, article, seed=True, oldest=None)
    assert seed[1].unless_known is None
    assert f"{BASE}/about" in [u.url for u in seed[2].urls]


def test_a_listing_past_the_cutoff_offers_no_next_page() -> None:
    article = ParsedArticle(
        url=f"{BASE}/news",
        title=None,
        kind="listing",
        links=(f"{BASE}/n1",),
        next_page=f"{BASE}/news?page=2",
        oldest_listed=date(2020, 1, 1),
    )
    offers = next_urls(
        task(depth=1), html_page("<html></html>"), article, seed=False, oldest=date(2024, 1, 1)
    )
    assert [u.url for o in offers for u in o.urls] == [f"{BASE}/n1"]


def test_an_article_offers_its_alternates_and_refresh_only() -> None:
    article = ParsedArticle(
        url=f"{BASE}/n1", title="t", alternates={"en": f"{BASE}/en/n1"}, links=(f"{BASE}/no",)
    )
    body = (
        f'<html><head><meta http-equiv="refresh" content="0; url={BASE}/moved"></head>'
        f'<a href="{BASE}/other">o</a></html>'
    )
    (offer,) = next_urls(
        task(f"{BASE}/n1", depth=1, kind="page"),
        html_page(body, f"{BASE}/n1"),
        article,
        seed=False,
        oldest=None,
    )
    assert [(u.url, u.depth) for u in offer.urls] == [(f"{BASE}/moved", 2), (f"{BASE}/en/n1", 2)]
    assert offer.capped


def test_sitemaps_offer_every_entry_uncapped() -> None:
    body = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{BASE}/s1</loc></url><url><loc>{BASE}/s2</loc></url></urlset>"
    )
    page = Page(url=f"{BASE}/sitemap.xml", body=body.encode(), fetched_at=NOW)
    offer, error = sitemap_urls(task(f"{BASE}/sitemap.xml", kind="sitemap"), page)
    assert error is None and not offer.capped
    assert [(u.url, u.kind, u.depth) for u in offer.urls] == [
        (f"{BASE}/s1", "page", 1),
        (f"{BASE}/s2", "page", 1),
    ]
    robots = robots_sitemap_urls("uni", [f"{BASE}/sitemap.xml"])
    assert robots.urls == (NewURL(f"{BASE}/sitemap.xml", "uni", "sitemap", 0),)
