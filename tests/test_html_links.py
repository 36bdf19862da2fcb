"""The one reader of hrefs and link tags: ``scraper.html.resolve_href`` and ``link_tags``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup
from lxml import etree

from scraper.html import (
    NOT_LINK_PREFIXES,
    LinkTags,
    document_from_text,
    link_tags,
    resolve_href,
    soup_from_text,
)

BASE = "https://www.example.org/news/index.html"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("item-1.html", "https://www.example.org/news/item-1.html"),
        ("/en/item", "https://www.example.org/en/item"),
        ("../about", "https://www.example.org/about"),
        ("//cdn.example.org/x", "https://cdn.example.org/x"),
        ("https://other.example/a?b=1", "https://other.example/a?b=1"),
        ("item.html#comments", "https://www.example.org/news/item.html"),
        ("?page=2", "https://www.example.org/news/index.html?page=2"),
        # WHATWG: tabs and newlines vanish anywhere, C0 and spaces trimmed around.
        ("  /en/\nit\tem\n ", "https://www.example.org/en/item"),
        # Tracking parameters stay: cleaning is for URLs about to be fetched.
        ("/a?utm_source=x", "https://www.example.org/a?utm_source=x"),
    ],
)
def test_resolve_href_makes_absolute_http_urls(href: str, expected: str) -> None:
    assert resolve_href(BASE, href) == expected


@pytest.mark.parametrize(
    "href",
    [
        None,
        "",
        "   ",
        "#",
        "#top",
        "javascript:void(0)",
        "JavaScript:go()",
        "mailto:press@example.org",
        "tel:+31715270000",
        "data:text/html,hi",
        "ftp://files.example.org/a",
        "http://[bad",
        "http:///no-host",
    ],
)
def test_resolve_href_refuses_what_names_no_page(href: str | None) -> None:
    assert resolve_href(BASE, href) is None


def test_not_link_prefixes_are_all_refused_in_any_case() -> None:
    for prefix in NOT_LINK_PREFIXES:
        assert resolve_href(BASE, prefix + "x") is None
        assert resolve_href(BASE, prefix.upper() + "x") is None


def test_resolve_href_without_base_takes_only_absolute_urls() -> None:
    assert resolve_href("", "/relative") is None
    assert resolve_href("", "https://a.example/x#y") == "https://a.example/x"


HEAD = """<!doctype html><html><head>
<base href="/en/">
<link rel="canonical" href="news/item-1#top">
<link rel="canonical" href="/second-canonical">
<link rel="alternate" hreflang="NL" href="/nl/nieuws/item-1">
<link rel="alternate" hreflang="nl" href="/nl/ignored-second">
<link rel="alternate" type="application/rss+xml" hreflang="en" href="feed.xml">
<link rel="alternate" type="application/atom+xml; charset=utf-8" href="https://f.example/atom">
<link rel="Next" href="?page=2">
<link rel="stylesheet" href="style.css">
<link rel="icon" href="javascript:void(0)">
<meta property="og:url" content="https://www.example.org/en/news/item-1">
<meta http-equiv="Refresh" content="5; URL='/moved'">
</head><body><noscript><meta http-equiv="refresh" content="0; url=/no-js"></noscript>
<a rel="next" href="/not-a-link-tag">next</a></body></html>"""

EXPECTED = LinkTags(
    base="https://www.example.org/en/",
    canonical="https://www.example.org/en/news/item-1",
    og_url="https://www.example.org/en/news/item-1",
    alternates={"nl": "https://www.example.org/nl/nieuws/item-1"},
    feeds=("https://www.example.org/en/feed.xml", "https://f.example/atom"),
    next_page="https://www.example.org/en/?page=2",
    meta_refresh="https://www.example.org/moved",
)


@pytest.mark.parametrize("parse", [document_from_text, soup_from_text], ids=["lxml", "bs4"])
def test_link_tags_reads_the_same_from_lxml_and_bs4_trees(
    parse: Callable[[str], etree._Element | BeautifulSoup],
) -> None:
    assert link_tags(parse(HEAD), BASE) == EXPECTED


def test_link_tags_of_a_page_without_any() -> None:
    tags = link_tags(document_from_text("<p>hello</p>"), BASE)
    assert tags == LinkTags(base=BASE)
    assert tags.declared_url is None


def test_declared_url_prefers_canonical_then_og_url() -> None:
    both = link_tags(document_from_text(HEAD), BASE)
    assert both.declared_url == "https://www.example.org/en/news/item-1"
    og_only = '<meta name="og:url" content="https://b.example/y#frag">'
    assert link_tags(document_from_text(og_only), BASE).declared_url == "https://b.example/y"


def test_relative_og_url_does_not_count() -> None:
    tags = link_tags(document_from_text('<meta property="og:url" content="/relative">'), BASE)
    assert tags.og_url is None


def test_base_href_that_names_no_page_leaves_the_page_url() -> None:
    page = '<base href="javascript:x"><link rel="canonical" href="a">'
    tags = link_tags(document_from_text(page), BASE)
    assert tags.base == BASE
    assert tags.canonical == "https://www.example.org/news/a"


def test_base_href_after_the_links_still_applies() -> None:
    page = '<link rel="canonical" href="a"><base href="https://other.example/dir/">'
    tags = link_tags(BeautifulSoup(page, "lxml"), BASE)
    assert tags.canonical == "https://other.example/dir/a"
