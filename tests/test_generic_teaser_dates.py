"""GenericSource: dates in teasers of other stories are not the page's date (invented pages)."""

from __future__ import annotations

from datetime import date

from generic_pages import read_generic

URL = "https://news.example.ac.nl/en/news/universities-open-a-shared-laboratory"
BODY = (
    "<p>The two universities opened a shared laboratory for materials research, which brings "
    "together staff, equipment and a training programme for doctoral candidates.</p>"
    "<p>The boards expect the first joint projects to start within a year, with funding from "
    "the national research council and the province.</p>"
)


def parse(html: str, url: str = URL):
    return read_generic(url, html)


def page(header: str = "", after: str = "", below: str = "") -> str:
    """An article; ``below`` goes after ``<main>``, outside the headline's frame."""
    return (
        "<html lang='en'><head><title>Universities open a shared laboratory</title></head>"
        "<body><main><div class='story'><h1>Universities open a shared laboratory</h1>"
        f"{header}<div class='story-body'>{BODY}</div>{after}</div></main>{below}</body></html>"
    )


def card(day: str, shown: str, title: str, href: str) -> str:
    return (
        f"<div class='card'><a href='{href}'><p>{title}</p></a>"
        f"<div class='card-info'><span>By the press office</span>"
        f"<time datetime='{day}'>{shown}</time></div></div>"
    )


CARDS = (
    "<section class='related'>"
    + card("2025-04-20", "20 April 2025", "Rector opens the new academic year", "/en/news/rector")
    + card("2025-04-11", "11 April 2025", "New chair in sustainable chemistry", "/en/news/chair")
    + "</section>"
)


def test_a_date_in_a_card_of_another_story_is_not_the_page_date():
    assert parse(page(below=CARDS)).published is None


def test_the_page_date_wins_over_cards_before_it():
    html = page(header=CARDS + "<p class='byline'>3 May 2025</p>")
    assert parse(html).published == date(2025, 5, 3)


def test_one_block_of_its_kind_beside_the_date_is_the_pages_own():
    # An info bar with a long link and the date, of which the page has only one: no teaser run.
    info = (
        "<div class='infobar'><a href='/en/research/materials-science-and-engineering'>"
        "Materials science and engineering research</a> <time datetime='2025-05-03'>3 May 2025"
        "</time></div>"
    )
    assert parse(page(after=info)).published == date(2025, 5, 3)


def test_a_permalink_around_the_date_is_the_page_itself():
    # A blog theme links the post's date to the post: that is no teaser of another page.
    own = (
        f"<div class='entry-meta'><span class='posted-on'>Posted on <a href='{URL}/' "
        "rel='bookmark'><time class='entry-date published' datetime='2025-05-03'>3 May 2025"
        "</time></a></span></div>"
    )
    assert parse(page(header=own)).published == date(2025, 5, 3)


def test_a_byline_or_section_link_beside_the_date_is_no_headline():
    byline = (
        "<div class='meta'><a href='/en/authors/jane-doe-science-editor'>Jane Doe, Science "
        "Editor at Large</a> <a href='/en/news'>All the latest university news here</a> "
        "<span class='date'>3 May 2025</span></div>"
    )
    assert parse(page(header=byline)).published == date(2025, 5, 3)


def test_a_list_item_without_a_link_keeps_its_date():
    # The page's date sits in an item of a small list whose other items link elsewhere.
    listing = (
        "<ul class='facts'><li>Published: <time datetime='2025-05-03'>3 May 2025</time></li>"
        "<li><a href='/en/news/earlier-story-on-the-same-lab'>Earlier story on the same lab</a>"
        "</li></ul>"
    )
    assert parse(page(header=listing)).published == date(2025, 5, 3)


def test_date_published_wins_over_date_created_marked_before_it():
    # A CMS marks the draft's creation day first and the publication day further down.
    header = (
        "<div class='meta'><time itemprop='dateCreated' datetime='2025-04-28'>28 April 2025"
        "</time></div><p class='pub'><time itemprop='datePublished' datetime='2025-05-03'>"
        "3 May 2025</time></p>"
    )
    assert parse(page(header=header)).published == date(2025, 5, 3)
