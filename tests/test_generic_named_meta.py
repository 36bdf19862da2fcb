"""GenericSource: publication dates in ``<meta>`` tags with site-specific names (invented pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from scraper.generic import GenericSource
from scraper.models import Page

URL = "https://www.hogeschool.example.nl/nieuws/lectoraat-start-samenwerking-met-ziekenhuis"
BODY = (
    "<p>Het lectoraat en het ziekenhuis gaan samenwerken aan onderzoek naar zorg op afstand, "
    "met gedeelde promovendi en een gezamenlijk opleidingsprogramma voor verpleegkundigen.</p>"
    "<p>De eerste projecten starten na de zomer; de provincie en het fonds dragen bij aan de "
    "kosten van de proeftuinen in de regio.</p>"
)


def parse(head: str, header: str = ""):
    html = (
        f"<html lang='nl'><head><title>Lectoraat start samenwerking</title>{head}</head>"
        "<body><main><article><h1>Lectoraat start samenwerking met ziekenhuis</h1>"
        f"{header}<div class='tekst'>{BODY}</div></article></main></body></html>"
    )
    page = Page(
        url=URL,
        body=html.encode(),
        fetched_at=datetime(2025, 7, 1, tzinfo=UTC),
        headers={"content-type": "text/html; charset=utf-8"},
    )
    return GenericSource().parse(page)


def test_a_meta_tag_named_after_publishing_gives_the_date():
    art = parse("<meta name='nieuws:publicatiedatum' content='03-06-2025'>")
    assert (art.published, art.published_source) == (date(2025, 6, 3), "meta")


def test_other_spellings_of_a_publication_name_count_too():
    art = parse("<meta property='article.publishDate' content='2025-06-03T09:00:00+02:00'>")
    assert (art.published, art.published_source) == (date(2025, 6, 3), "meta")
    art = parse("<meta name='cms-pubdate' content='3 juni 2025'>")
    assert (art.published, art.published_source) == (date(2025, 6, 3), "meta")


def test_a_change_or_expiry_date_is_never_the_publication_date():
    head = (
        "<meta name='nieuws:publicatie-wijzigingsdatum' content='20-06-2025'>"
        "<meta name='publication-expiry' content='01-01-2026'>"
    )
    assert parse(head).published is None


def test_a_date_shown_under_the_headline_wins_over_a_named_meta_tag():
    art = parse(
        "<meta name='nieuws:publicatiedatum' content='04-06-2025'>",
        header="<p class='datum'>ma 3 jun 2025</p>",
    )
    assert art.published == date(2025, 6, 3)
