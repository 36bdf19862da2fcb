"""Declarative TOML sources and the counted selectors under them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from scraper.declarative import DeclarativeSource, SourceSpecError
from scraper.errors import LayoutChanged
from scraper.models import Page
from scraper.selectors import check_css, select, select_one

FETCHED = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)

ARTICLE = """<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Ignored title | Example University</title>
<link rel="canonical" href="/news/2024/partnership">
<link rel="alternate" hreflang="NL" href="https://uni.example/nieuws/2024/partnerschap">
<meta property="article:published_time" content="2024-02-01T10:00:00+01:00">
</head><body>
<nav><p>Menu text that is long enough to look like a paragraph, but is not one.</p></nav>
<article class="story">
  <h1>  Example University and
     Naturalis sign a partnership </h1>
  <p class="date">{date}</p>
  <time datetime="2024-03-12T09:00:00+01:00">12 March</time>
  <div class="text">
    <p>First paragraph about the <a href="/x">partnership</a>, which runs five years.</p>
    <div class="share"><p>Share this on social media</p></div>
    <p>Line one<br>line two.</p>
    <p>   </p>
    <ul><li><p>Nested paragraph in a list item.</p></li></ul>
  </div>
</article>
</body></html>
"""

LISTING = """<!DOCTYPE html>
<html lang="nl"><head><title>Nieuws</title></head><body>
<ul class="news">
  <li><a href="/nieuws/2024/a">A</a></li>
  <li><a href="https://uni.example/nieuws/2024/b#top">B</a></li>
  <li><a href="/nieuws/2024/a">A again</a></li>
  <li><a href="mailto:press@uni.example">Mail</a></li>
</ul>
<a class="next" href="?page=2">Volgende</a>
</body></html>
"""


def spec(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "name": "uni",
        "hosts": ["uni.example"],
        "start_urls": ["https://uni.example/nieuws"],
        "languages": ["en", "nl"],
        "list": {"item_links": {"css": "ul.news a"}, "next_page": {"css": "a.next"}},
        "article": {
            "title": {"css": "article h1"},
            "published": {"css": "article time", "attr": "datetime"},
            "body": {"css": "article .text p, article .text li", "exclude": ["div.share"]},
        },
    }
    for key, value in changes.items():
        if key in ("title", "published", "body", "language"):
            if value is None:
                base["article"].pop(key, None)
            else:
                base["article"][key] = value
        else:
            base[key] = value
    return base


def page(html: str, url: str = "https://uni.example/news/2024/partnership") -> Page:
    return Page(url=url, body=html.encode(), fetched_at=FETCHED)


def parse(html: str, url: str = "https://uni.example/news/2024/partnership", **changes: Any):
    return DeclarativeSource.from_dict(spec(**changes)).parse(page(html, url))


# -- selectors ---------------------------------------------------------------------------------


DOC = BeautifulSoup("<div><p>a</p><p>b</p><span>c</span></div>", "lxml")


def test_select_returns_matches_within_the_expected_count() -> None:
    assert [t.get_text() for t in select(DOC, "p", min=2, max=2)] == ["a", "b"]
    assert select(DOC, "h1", min=0) == []
    assert select_one(DOC, "span").get_text() == "c"


@pytest.mark.parametrize(
    ("css", "low", "high", "message"),
    [
        ("article h1", 1, 1, "leiden: 0 matches for 'article h1' (expected exactly 1)"),
        ("h2", 1, None, "leiden: 0 matches for 'h2' (expected at least 1)"),
        ("p", 0, 1, "leiden: 2 matches for 'p' (expected at most 1)"),
        ("p", 3, 5, "leiden: 2 matches for 'p' (expected 3 to 5)"),
    ],
)
def test_select_raises_layout_changed_with_a_clear_message(
    css: str, low: int, high: int | None, message: str
) -> None:
    with pytest.raises(LayoutChanged) as err:
        select(DOC, css, min=low, max=high, what="leiden")
    assert str(err.value) == message


def test_select_one_rejects_several_matches() -> None:
    with pytest.raises(LayoutChanged, match="2 matches for 'p'"):
        select_one(DOC, "p")


def test_check_css() -> None:
    assert check_css("article > h1.title") is None
    assert check_css("article >") is not None


# -- parsing -----------------------------------------------------------------------------------


def test_article_fields() -> None:
    art = parse(ARTICLE.format(date="12 March 2024"))
    assert art.kind == "article"
    assert art.title == "Example University and Naturalis sign a partnership"
    assert art.published == date(2024, 3, 12)
    assert art.published_source == "selector"
    assert art.language == "en"
    assert art.paragraphs == (
        "First paragraph about the partnership, which runs five years.",
        "Line one line two.",
        "Nested paragraph in a list item.",
    )
    assert art.canonical_url == "https://uni.example/news/2024/partnership"
    assert art.alternates == {"nl": "https://uni.example/nieuws/2024/partnerschap"}


@pytest.mark.parametrize(
    ("text", "formats", "expected"),
    [
        ("12 March 2024", ["%d %B %Y"], date(2024, 3, 12)),
        ("12 maart 2024", ["%d %B %Y"], date(2024, 3, 12)),  # format fails: parse_date reads Dutch
        ("03/04/2024", [], date(2024, 4, 3)),  # date_order DMY
        ("Published: March 2024", [], None),  # month precision is not a publication day
        ("no date here", [], None),
    ],
)
def test_published_from_text(text: str, formats: list[str], expected: date | None) -> None:
    published = {"css": "p.date", "format": formats, "min": 0}
    art = parse(ARTICLE.format(date=text), published=published)
    assert art.published == expected
    assert art.published_source == ("selector" if expected else None)


def test_required_date_that_cannot_be_read_is_a_layout_change() -> None:
    art = parse(ARTICLE.format(date="soon"), published={"css": "p.date", "min": 1})
    assert art.layout_changed
    assert art.warnings[0].startswith("uni published: no date in 'soon'")
    assert art.parsed_by == {"published": "generic"}
    # What the selectors still match is kept.
    assert art.title and art.paragraphs


def test_fallback_generic_fills_a_missing_field_only_when_asked() -> None:
    html = ARTICLE.format(date="").replace('<time datetime="2024-03-12T09:00:00+01:00">', "<b>")
    html = html.replace("12 March</time>", "</b>")
    without = parse(html)
    assert without.published is None
    with_fallback = parse(
        html, published={"css": "article time", "attr": "datetime", "fallback": "generic"}
    )
    assert with_fallback.published == date(2024, 2, 1)
    assert with_fallback.published_source not in (None, "selector")


def test_missing_title_is_a_layout_change_read_by_the_generic_parser() -> None:
    html = ARTICLE.format(date="").replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    art = parse(html)
    assert art.layout_changed
    assert art.warnings == (
        "uni title: 0 matches for 'article h1' (expected exactly 1); "
        "title read by the generic parser",
    )
    assert art.parsed_by == {"title": "generic"}
    assert art.title  # the generic parser found the heading the selector missed


def test_empty_body_is_a_layout_change() -> None:
    html = '<html><body><article><h1>T</h1><div class="text"><p> </p></div></article></body></html>'
    art = parse(html)
    assert art.layout_changed and art.title == "T"
    assert re.match(r"uni body: .* matched only empty elements", art.warnings[0])


def test_language_selector_and_default() -> None:
    html = ARTICLE.format(date="").replace('lang="en-GB"', "")
    assert parse(html).language is None
    lang = {"css": 'meta[name="language"]', "attr": "content", "min": 0}
    html = html.replace("<head>", '<head><meta name="language" content="nl_NL">')
    assert parse(html, language=lang).language == "nl"


def test_listing_by_start_url() -> None:
    art = parse(LISTING, "https://uni.example/nieuws/")
    assert art.kind == "listing"
    assert art.title == "Nieuws"
    assert art.links == ("https://uni.example/nieuws/2024/a", "https://uni.example/nieuws/2024/b")
    assert art.next_page == "https://uni.example/nieuws/?page=2"
    assert art.language == "nl"


def test_listing_item_dates_give_the_oldest_day_listed() -> None:
    html = LISTING.replace(">A</a>", ">A</a> <span class='d'>3 May 2024</span>").replace(
        ">B</a>", ">B</a> <span class='d'>2024-04-28</span>"
    )
    dated = {**spec()["list"], "item_dates": {"css": "ul.news span.d"}}
    art = parse(html, "https://uni.example/nieuws/", list=dated)
    assert art.oldest_listed == date(2024, 4, 28)
    assert parse(html, "https://uni.example/nieuws/").oldest_listed is None


def test_listing_by_url_pattern_or_detect_selector() -> None:
    by_pattern = {"url_pattern": r"/archive/\d+$", "item_links": {"css": "ul.news a"}}
    assert parse(LISTING, "https://uni.example/archive/2", list=by_pattern).kind == "listing"
    by_detect = {"detect": "ul.news", "item_links": {"css": "ul.news a"}}
    assert parse(LISTING, "https://uni.example/whatever", list=by_detect).kind == "listing"
    # Neither the pattern nor the detect selector: an article page.
    article = parse(ARTICLE.format(date=""), "https://uni.example/whatever", list=by_detect)
    assert article.kind == "article"


def test_listing_without_links_is_a_layout_change() -> None:
    html = LISTING.replace('class="news"', 'class="cards"')
    with pytest.raises(LayoutChanged, match=r"uni item_links: 0 matches for 'ul.news a'"):
        parse(html, "https://uni.example/nieuws")


def test_without_a_list_table_every_page_is_an_article() -> None:
    source = DeclarativeSource.from_dict({k: v for k, v in spec().items() if k != "list"})
    assert (
        source.parse(page(ARTICLE.format(date=""), "https://uni.example/nieuws")).kind == "article"
    )


def test_parse_never_reads_the_network_or_clock_beyond_the_page() -> None:
    # Same page, same result: "now" is page.fetched_at.
    html = ARTICLE.format(date="12 March 2024")
    assert parse(html) == parse(html)


# -- loading and validation --------------------------------------------------------------------


def test_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "uni.toml"
    path.write_text(
        """
name = "uni"
hosts = ["Uni.Example"]
start_urls = ["https://uni.example/nieuws"]
version = 3
languages = ["nl", "en"]
date_order = "DMY"
url_pattern = '/nieuws/'

[list]
item_links = "ul.news a"

[article]
title = { css = "article h1", min = 1, max = 1 }
published = { css = "article time", attr = "datetime", format = "%Y-%m-%d", min = 0 }
body = { css = "article .text p", min = 1, exclude = ["div.share"] }
language = { css = "html", attr = "lang" }
""",
        encoding="utf-8",
    )
    source = DeclarativeSource.from_toml(path)
    assert (source.name, source.hosts, source.version, source.languages) == (
        "uni",
        ("uni.example",),
        3,
        ("nl", "en"),
    )
    assert source.url_pattern == "/nieuws/"
    assert source.origin == str(path)
    assert source.parse(page(ARTICLE.format(date=""))).title.startswith("Example University")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": None}, "'name' is required"),
        ({"name": "Has Spaces"}, "'name' is required"),
        ({"hosts": []}, "'hosts' must not be empty"),
        ({"hosts": ["https://uni.example/"]}, "should be a bare host"),
        ({"hsots": ["x"]}, "unknown key 'hsots'; did you mean 'hosts'?"),
        ({"colour": "red"}, "unknown key 'colour' (allowed: name, hosts,"),
        ({"url_pattern": "(unclosed"}, "url_pattern: bad regular expression '(unclosed'"),
        ({"list": {"url_pattern": "[a-", "item_links": "a"}}, "list.url_pattern: bad regular"),
        ({"list": {"next_page": "a"}}, "[list] needs 'item_links'"),
        ({"date_order": "YDM"}, "'date_order' must be one of DMY, MDY, YMD"),
        ({"version": 0}, "'version' must be a whole number >= 1"),
        ({"article": None}, "an [article] table with 'title' and 'body' is required"),
        ({"title": None}, "[article] needs 'title'"),
        ({"title": {"css": "h1 >"}}, "article.title: bad CSS selector 'h1 >'"),
        ({"title": {"selector": "h1"}}, "unknown key 'selector' in [article.title]"),
        ({"title": {"css": "h1", "format": "%d"}}, "unknown key 'format' in [article.title]"),
        ({"body": {"css": "p", "min": -1}}, "article.body.min must be a whole number >= 0"),
        ({"body": {"css": "p", "min": 3, "max": 2}}, "article.body: max (2) is below min (3)"),
        ({"body": {"css": "p", "fallback": "generic"}}, "fallback applies only to optional"),
        ({"published": {"css": "time", "fallback": "llm"}}, 'fallback must be "generic"'),
        ({"body": {"css": "p", "exclude": ["div >"]}}, "article.body.exclude: bad CSS"),
    ],
)
def test_invalid_specs_are_rejected_with_a_clear_message(
    data: dict[str, Any], message: str
) -> None:
    with pytest.raises(SourceSpecError) as err:
        DeclarativeSource.from_dict(spec(**data), origin="my.toml")
    assert str(err.value).startswith("my.toml: ")
    assert message in str(err.value)


def test_invalid_toml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('name = "bad"\nhosts = [x.example]\n', encoding="utf-8")
    with pytest.raises(SourceSpecError) as err:
        DeclarativeSource.from_toml(path)
    assert str(err.value).startswith(f"{path}: invalid TOML:")
    assert "line 2" in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceSpecError, match="cannot read"):
        DeclarativeSource.from_toml(tmp_path / "nope.toml")


def test_the_worked_example_in_the_docs_loads(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "adding-a-source.md").read_text()
    toml_text = doc.split("my-uni.toml\" <<'EOF'\n", 1)[1].split("\nEOF\n", 1)[0]
    path = tmp_path / "my-uni.toml"
    path.write_text(toml_text, encoding="utf-8")
    source = DeclarativeSource.from_toml(path)
    assert source.name == "my-uni"
    assert source.listing is not None
    assert source.article.body.exclude == (".social-share", ".news-detail__contact")
