"""GenericSource on news overviews in the markup of common CMSs (invented pages, full chrome).

Each overview has page chrome around it (navigation, a "most read" sidebar, a
footer), dates on every item and a teaser that states an agreement. The
generic parser must find the item links in page order, give the overview no
publication date and no body, and extract nothing from the teasers: they
belong to the articles they link to (issue 9, kind 8).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.extraction import extract_page
from scraper.generic import GenericSource
from scraper.models import Page

HOST = "https://www.hogeschool-voorbeeld.nl"
TITLES = (
    "Hogeschool en ziekenhuis tekenen samenwerkingsovereenkomst over zorgopleidingen",
    "University and regional hospital sign covenant on nursing placements",
    "Nieuw lectoraat duurzame bouw van start met drie partners uit de regio",
    "Research institute and municipality renew agreement on climate data",
    "Studenten winnen landelijke prijs voor ontwerp van een slimme fietsenstalling",
    "Two universities of applied sciences launch a joint master in data science",
)
TEASER = (
    "Hogeschool Rotterdam en het Maasstad Ziekenhuis hebben een samenwerkingsovereenkomst "
    "getekend over stageplaatsen en een gezamenlijk curriculum voor verpleegkundigen."
)
MONTHS = {2: "February", 3: "March"}
DAYS = ("2025-03-14", "2025-03-11", "2025-03-06", "2025-02-27", "2025-02-20", "2025-02-13")


def _dmy(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}-{m}-{y}"


def wordpress(i: int, title: str, day: str) -> str:
    return (
        f"<article id='post-{100 + i}' class='post-{100 + i} post type-post status-publish "
        "format-standard has-post-thumbnail hentry category-nieuws'>"
        "<header class='entry-header'><h2 class='entry-title'>"
        f"<a href='{HOST}/{day.replace('-', '/')}/bericht-{i}/' rel='bookmark'>{title}</a></h2>"
        "<div class='entry-meta'><span class='posted-on'>Geplaatst op <a href='#'>"
        f"<time class='entry-date published' datetime='{day}T09:00:00+01:00'>{_dmy(day)}</time>"
        "</a></span></div></header>"
        f"<div class='entry-summary'><p>{TEASER} […]</p></div>"
        f"<footer class='entry-footer'><a href='{HOST}/{day.replace('-', '/')}/bericht-{i}/'"
        " class='more-link'>Lees verder</a></footer></article>"
    )


def drupal_views(i: int, title: str, day: str) -> str:
    return (
        f"<div class='views-row views-row-{i + 1}'>"
        "<div class='views-field views-field-title'><span class='field-content'>"
        f"<a href='/nieuws/bericht-{i}' hreflang='nl'>{title}</a></span></div>"
        "<div class='views-field views-field-created'><span class='field-content'>"
        f"{_dmy(day)}</span></div>"
        "<div class='views-field views-field-body'><div class='field-content'>"
        f"{TEASER}</div></div></div>"
    )


def typo3_news(i: int, title: str, day: str) -> str:
    return (
        "<div class='article articletype-0' itemscope='itemscope' "
        "itemtype='http://schema.org/Article'><div class='header'><h3>"
        f"<a title='{title}' href='/actueel/nieuws/detail/bericht-{i}'>"
        f"<span itemprop='headline'>{title}</span></a></h3></div>"
        "<div class='footer'><p><span class='news-list-date'>"
        f"<time itemprop='datePublished' datetime='{day}'>{_dmy(day).replace('-', '.')}</time>"
        "</span></p></div>"
        f"<div class='teaser-text'><div itemprop='description'><p>{TEASER}</p></div></div></div>"
    )


def card_grid(i: int, title: str, day: str) -> str:
    # A headless front end: the whole card is one link, utility classes only.
    return (
        f"<li class='flex flex-col'><a class='group block rounded-lg' href='/en/news/story-{i}'>"
        "<img src='/img/card.jpg' alt=''><p class='text-sm text-gray-600'>"
        f"{int(day[8:])} {MONTHS[int(day[5:7])]} 2025</p>"
        f"<h3 class='mt-2 text-xl font-bold'>{title}</h3>"
        f"<p class='mt-1 line-clamp-3'>{TEASER}</p></a></li>"
    )


def sitefinity(i: int, title: str, day: str) -> str:
    return (
        "<li class='sf-media'><div class='sf-media-body'>"
        f"<h3><a href='/nieuws/{day[:4]}/bericht-{i}'>{title}</a></h3>"
        f"<div class='sf-metaInfo'>{_dmy(day)}</div>"
        f"<div class='sf-summary'>{TEASER}</div></div></li>"
    )


def plone_collection(i: int, title: str, day: str) -> str:
    return (
        "<article class='tileItem'><h2 class='tileHeadline'>"
        f"<a href='{HOST}/actueel/bericht-{i}' class='summary url'>{title}</a></h2>"
        f"<div class='tileBody'><span class='description'>{TEASER}</span></div>"
        f"<div class='documentByLine'>{_dmy(day)}</div></article>"
    )


STYLES = {
    "wordpress archive": (wordpress, "<div class='site-main-inner'>{}</div>", "/nieuws/"),
    "drupal view": (
        drupal_views,
        "<div class='view view-nieuws view-id-nieuws'><div class='view-content'>{}</div></div>",
        "/nieuws",
    ),
    "typo3 news list": (
        typo3_news,
        "<div class='news'><div class='news-list-view'>{}</div></div>",
        "/actueel/nieuws",
    ),  # fmt: skip
    "headless card grid": (card_grid, "<ul class='grid grid-cols-3 gap-6'>{}</ul>", "/en/latest"),
    "sitefinity list": (sitefinity, "<ul class='sf-media-list'>{}</ul>", "/over-ons/actueel"),
    "plone collection": (plone_collection, "<div class='entries'>{}</div>", "/actueel/berichten"),
}


def overview(style: str) -> Page:
    item, wrapper, path = STYLES[style]
    items = wrapper.format(
        "".join(item(i, t, d) for i, (t, d) in enumerate(zip(TITLES, DAYS, strict=True)))
    )
    most_read = "".join(
        f"<li><a href='/nieuws/populair-{n}'>Meest gelezen bericht nummer {n}</a></li>"
        for n in range(4)
    )
    html = (
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Nieuws | Hogeschool"
        "</title><meta property='og:type' content='website'></head><body>"
        "<div class='cookie-banner'><p>Deze website gebruikt cookies.</p></div>"
        "<header class='site-header'><nav class='main-nav'><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/opleidingen'>Opleidingen</a></li><li><a href='/onderzoek'>Onderzoek</a>"
        "</li></ul></nav></header>"
        "<nav class='breadcrumb'><a href='/'>Home</a> › Nieuws</nav>"
        f"<main id='main-content'><h1>Nieuws</h1><p>Het laatste nieuws van de hogeschool.</p>"
        f"{items}<nav class='pagination'><a href='{path.rstrip('/')}?page=2' rel='next'>"
        "Volgende</a></nav></main>"
        f"<aside class='sidebar'><h2>Meest gelezen</h2><ul>{most_read}</ul></aside>"
        "<footer class='site-footer'><p>© 2025 Hogeschool Voorbeeld</p></footer></body></html>"
    )
    return Page(
        url=f"{HOST}{path}",
        body=html.encode(),
        fetched_at=datetime(2025, 3, 20, tzinfo=UTC),
        headers={"content-type": "text/html; charset=utf-8"},
    )


@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_cms_news_overview_is_a_listing_of_its_item_links_in_page_order(style):
    art = GenericSource().parse(overview(style))
    assert art.kind == "listing"
    assert len(art.links) == len(TITLES)
    assert all(link.startswith(HOST) for link in art.links)
    # In page order, one link per item (not the "read more" twin, not the sidebar).
    assert [link.rstrip("/").rsplit("-", 1)[-1] for link in art.links] == [
        str(i) for i in range(len(TITLES))
    ]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_cms_news_overview_has_no_date_no_body_and_yields_no_agreement(style):
    extraction = extract_page(overview(style), GenericSource())
    art = extraction.article
    # The items' dates are theirs, not the overview's.
    assert art.published is None and art.published_source is None
    assert art.paragraphs == ()
    assert extraction.agreements == () and extraction.organisations == ()
    # The oldest item date tells the crawler how far back this page reaches. TYPO3's
    # default template puts it in <div class="footer">, removed with the page chrome.
    if style == "typo3 news list":
        assert art.oldest_listed is None
    else:
        assert art.oldest_listed is not None and art.oldest_listed.isoformat() == DAYS[-1]
