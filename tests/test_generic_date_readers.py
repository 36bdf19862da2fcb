"""GenericSource: the visible-date readers a page's metadata leaves nothing to do are not run,
and a page that still needs one reads it as before (invented pages).

A page whose metadata gives its publication date skips the article frame's date
element; one whose ``<time>`` and modified date are known too skips the date
lines and the date classes. These tests hold each condition at its edge: one
fact missing, and the reader's answer is read again.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from generic_pages import read_generic

from scraper import generic_dates
from scraper.html import document
from scraper.models import Page

URL = "https://news.univ.example/stories/two-faculties-open-a-joint-water-lab"
FETCHED = datetime(2025, 9, 1, tzinfo=UTC)
BODY = (
    "<p>The faculties of engineering and biology open a joint laboratory for water research "
    "this autumn, with shared equipment and a common programme for doctoral students.</p>"
    "<p>The first projects study river deltas and drinking water; the region and a national "
    "fund pay for the building and the first four years of its staff.</p>"
)


def _json_ld(**fields: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def parse(head: str = "", header: str = "", footer: str = ""):
    html = (
        f"<html lang='en'><head><title>Joint water lab</title>{head}</head><body>"
        "<nav><a href='/'>Home</a></nav>"
        "<div class='story'><div class='story-head'><h1>Two faculties open a joint water lab</h1>"
        f"{header}</div><div class='story-text'>{BODY}</div>"
        f"<div class='story-foot'>{footer}</div></div>"
        "<footer><p>University of Example</p></footer></body></html>"
    )
    return read_generic(URL, html, FETCHED)


def _count_calls(monkeypatch: pytest.MonkeyPatch, name: str) -> list[object]:
    """Record each call of ``generic_dates.<name>`` (the reader still runs)."""
    calls: list[object] = []
    reader = getattr(generic_dates, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return reader(*args, **kwargs)

    monkeypatch.setattr(generic_dates, name, counted)
    return calls


def test_metadata_date_wins_and_the_frame_is_not_read(monkeypatch):
    framed = _count_calls(monkeypatch, "framed_date")
    art = parse(
        _json_ld(datePublished="2025-08-20T10:00:00+02:00"),
        footer="<span class='date'>14 August 2025</span>",
    )
    assert (art.published, art.published_source) == (date(2025, 8, 20), "json-ld")
    assert framed == []


def test_without_a_metadata_date_the_frame_gives_it(monkeypatch):
    framed = _count_calls(monkeypatch, "framed_date")
    art = parse(footer="<span class='date'>14 August 2025</span>")
    assert art.published == date(2025, 8, 14)
    assert len(framed) == 1


def test_everything_known_skips_the_date_lines(monkeypatch):
    lines = _count_calls(monkeypatch, "text_dates")
    classes = _count_calls(monkeypatch, "marked_dates")
    art = parse(
        _json_ld(datePublished="2025-08-20T10:00:00+02:00", dateModified="2025-08-25"),
        header="<time datetime='2025-08-20'>20 August 2025</time><p>Updated on 22 August 2025</p>",
    )
    assert (art.published, art.modified) == (date(2025, 8, 20), date(2025, 8, 25))
    assert lines == [] and classes == []


def test_an_unknown_modified_date_is_still_read_from_an_updated_line():
    art = parse(
        _json_ld(datePublished="2025-08-20T10:00:00+02:00"),
        header="<time datetime='2025-08-20'>20 August 2025</time><p>Updated on 22 August 2025</p>",
    )
    assert (art.published, art.modified) == (date(2025, 8, 20), date(2025, 8, 22))


def test_an_unknown_modified_date_is_still_read_from_a_date_class():
    art = parse(
        _json_ld(datePublished="2025-08-20T10:00:00+02:00"),
        header="<time datetime='2025-08-20'>20 August 2025</time>"
        "<span class='last-modified-date'>23.08.2025</span>",
    )
    assert (art.published, art.modified) == (date(2025, 8, 20), date(2025, 8, 23))


def test_without_a_time_element_the_date_line_under_the_headline_still_counts():
    # JSON-LD a day off (a time zone): the day the page shows under its headline wins.
    art = parse(
        _json_ld(datePublished="2025-08-20T23:30:00+00:00", dateModified="2025-08-25"),
        header="<p>21 August 2025</p>",
    )
    assert (art.published, art.published_source) == (date(2025, 8, 21), "text")


def test_a_date_outside_the_headlines_frame_is_not_framed_on_a_tree_nobody_walked():
    # framed_date on a fresh tree: no proxy of its elements is held by anyone, so each walk
    # makes new ones (and CPython reuses a freed one's address for the next). The
    # sidebar's date shares only <body> with the headline: it is no date of the story.
    html = (
        "<html lang='en'><body><div class='page'><div class='story'><div class='story-head'>"
        "<h1>Two faculties open a joint water lab</h1></div>"
        f"<div class='story-text'>{BODY}</div></div></div>"
        "<aside class='sidebar'><div><div><span class='date'>3 March 2025</span></div></div>"
        "</aside></body></html>"
    )
    tree = document(Page(url=URL, body=html.encode(), fetched_at=FETCHED))
    assert generic_dates.framed_date(tree, "DMY", ("en",), FETCHED.date()) is None
    inside = html.replace("</h1>", "</h1><span class='date'>3 March 2025</span>")
    tree = document(Page(url=URL, body=inside.encode(), fetched_at=FETCHED))
    assert generic_dates.framed_date(tree, "DMY", ("en",), FETCHED.date()) == date(2025, 3, 3)
