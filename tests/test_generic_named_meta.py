"""GenericSource: publication dates in ``<meta>`` tags with site-specific names, and in a
framework's page state in a script (invented pages)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from generic_pages import read_generic

URL = "https://www.hogeschool.example.nl/nieuws/lectoraat-start-samenwerking-met-ziekenhuis"
BODY = (
    "<p>Het lectoraat en het ziekenhuis gaan samenwerken aan onderzoek naar zorg op afstand, "
    "met gedeelde promovendi en een gezamenlijk opleidingsprogramma voor verpleegkundigen.</p>"
    "<p>De eerste projecten starten na de zomer; de provincie en het fonds dragen bij aan de "
    "kosten van de proeftuinen in de regio.</p>"
)


def parse(head: str = "", header: str = "", scripts: str = ""):
    html = (
        f"<html lang='nl'><head><title>Lectoraat start samenwerking</title>{head}</head>"
        "<body><main><article><h1>Lectoraat start samenwerking met ziekenhuis</h1>"
        f"{header}<div class='tekst'>{BODY}</div></article></main>{scripts}</body></html>"
    )
    return read_generic(URL, html, datetime(2025, 7, 1, tzinfo=UTC))


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


def _next_data(*days: str) -> str:
    state = {"props": {"pageProps": {"items": [{"publishedDate": d} for d in days]}}}
    return f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"


def test_a_next_data_publication_date_is_the_page_date():
    art = parse(scripts=_next_data("2025-06-03T09:00:00+02:00"))
    assert (art.published, art.published_source) == (date(2025, 6, 3), "meta")


def test_a_state_blob_in_a_javascript_string_counts_too():
    state = json.dumps(json.dumps({"article": {"datePublished": "2025-06-03T09:00:00Z"}}))
    art = parse(scripts=f"<script>window.__INITIAL_STATE__ = JSON.parse({state});</script>")
    assert art.published == date(2025, 6, 3)


def test_a_state_with_several_publication_days_names_none():
    # Related stories (or an overview) in the state: no day is the page's.
    art = parse(scripts=_next_data("2025-06-03T09:00:00Z", "2025-05-20T09:00:00Z"))
    assert art.published is None


def test_a_state_modified_date_is_not_read():
    art = parse(scripts='<script>var page = {"updatedAt": "2025-06-20T10:00:00Z"};</script>')
    assert art.published is None


def test_the_date_under_the_headline_outweighs_the_state():
    art = parse(
        scripts=_next_data("2025-05-20T09:00:00Z"), header="<p class='datum'>3 juni 2025</p>"
    )
    assert art.published == date(2025, 6, 3)


def test_a_state_date_after_the_fetch_is_not_read():
    art = parse(scripts=_next_data("2026-01-03T09:00:00Z"))
    assert art.published is None
