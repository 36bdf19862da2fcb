"""GenericSource on overviews of unknown markup: one paragraph per item (invented pages)."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.extraction import extract_page
from scraper.generic import GenericSource
from scraper.models import Page

TITLES = (
    "University and hospital sign agreement on imaging research",
    "New chair in sustainable chemistry opens at the faculty",
    "Students win national debating contest in Utrecht",
    "Research council funds quantum network with two partners",
    "Alumni day brings three hundred graduates back to campus",
)
TEASER = "Leiden University and Erasmus MC signed a cooperation agreement on imaging research."


def overview() -> Page:
    items = "".join(
        f"<p><a href='/actueel/bericht-{i}'>{title}</a><br>{10 + i} maart 2025<br>{TEASER}</p>"
        for i, title in enumerate(TITLES)
    )
    html = (
        "<html lang='nl'><head><title>Actueel</title></head><body><main><h1>Actueel</h1>"
        f"{items}</main></body></html>"
    )
    return Page(
        url="https://www.hogeschool.example.nl/actueel",
        body=html.encode(),
        fetched_at=datetime(2025, 6, 1, tzinfo=UTC),
        headers={"content-type": "text/html; charset=utf-8"},
    )


def test_an_overview_of_one_paragraph_per_item_is_a_listing_of_its_links():
    art = GenericSource().parse(overview())
    assert art.kind == "listing"
    assert art.links == tuple(
        f"https://www.hogeschool.example.nl/actueel/bericht-{i}" for i in range(len(TITLES))
    )
    # A listing has no date of its own and no body: the teasers belong to their articles.
    assert art.published is None and art.paragraphs == ()


def test_no_agreement_is_read_from_the_teasers_of_an_overview():
    extraction = extract_page(overview(), GenericSource())
    assert extraction.agreements == ()
