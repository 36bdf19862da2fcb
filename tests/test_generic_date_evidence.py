"""GenericSource: publication-date evidence that blog themes and old templates leave (invented
pages): hAtom's ``updated`` class on the post date, a date after an HTML comment, and a URL
that names an item by number."""

from __future__ import annotations

import json
from datetime import date

from generic_pages import read_generic

URL = "https://blog.example.ac.nl/2-teams-share-a-telescope/"
BODY = (
    "<p>Two research teams will share the observatory's new telescope from next spring, "
    "splitting its nights between galaxy surveys and the study of comets.</p>"
    "<p>The faculty pays for the dome and the cameras; both teams train their students on "
    "the instrument before the first observing season opens.</p>"
)


def page(byline: str, head: str = "", url: str = URL):
    html = (
        f"<html lang='en'><head><title>Two teams share a telescope</title>{head}</head><body>"
        "<div class='post'><h1 class='entry-title'>Two teams share a telescope</h1>"
        f"<p class='entry-meta'>{byline}</p><div class='entry-content'>{BODY}</div></div>"
        "</body></html>"
    )
    return read_generic(url, html)


# -- hAtom: "updated" beside a date class is the post date a theme shows -------------------


def test_a_date_class_with_the_hatom_updated_class_is_the_post_date():
    art = page(
        "<span class='entry-meta-date updated'><a href='/?m=202504'>14 April 2025</a></span>"
    )
    assert (art.published, art.modified) == (date(2025, 4, 14), None)


def test_entry_date_published_updated_is_the_post_date():
    art = page(
        "<time class='entry-date published updated' datetime='2025-03-02'>2 March 2025</time>"
    )
    assert art.published == date(2025, 3, 2)


def test_a_bare_updated_time_stays_the_modified_date():
    art = page(
        "<time class='entry-date published' datetime='2025-03-02'>2 March 2025</time>"
        "<time class='updated' datetime='2025-05-19'>19 May 2025</time>"
    )
    assert (art.published, art.modified) == (date(2025, 3, 2), date(2025, 5, 19))


def test_an_updated_date_class_with_a_last_updated_label_stays_modified():
    art = page(
        "<time class='entry-date published' datetime='2025-03-02'>2 March 2025</time>"
        "<span class='post-date updated'>Last updated: 19 May 2025</span>"
    )
    assert (art.published, art.modified) == (date(2025, 3, 2), date(2025, 5, 19))


def test_a_modified_date_class_with_updated_stays_modified():
    art = page(
        "<span class='modified-date updated'>19 May 2025</span>"
        "<time class='entry-date published' datetime='2025-03-02'>2 March 2025</time>"
    )
    assert (art.published, art.modified) == (date(2025, 3, 2), date(2025, 5, 19))


# -- a date shown after an HTML comment ----------------------------------------------------

OG_ARTICLE = "<meta property='og:type' content='article'>"


def test_a_date_after_a_comment_is_read():
    byline = (
        "<span>Jo Writer | </span><!-- <a href='mailto:jo@example.org'>mail</a> | -->"
        " 2025-04-03 16:52:59 <img src='/share.png' alt=''>"
    )
    assert page(byline, head=OG_ARTICLE).published == date(2025, 4, 3)


def test_a_date_inside_a_comment_is_not_read():
    byline = "<span>Jo Writer</span><!-- 2025-04-03 16:52:59 -->"
    assert page(byline, head=OG_ARTICLE).published is None


# -- a URL naming an item by number is a story: a date seen once counts ---------------------

ITEM_URL = "https://news.example.ac.nl/view.php?id=48213"
STATIC_URL = "https://news.example.ac.nl/contact"
SIDEBAR = "<div class='sidebar'><p>Filed 3 April 2025</p></div>"


def _sidebar_page(url: str):
    html = (
        "<html lang='en'><head><title>Two teams share a telescope</title></head><body>"
        f"<main><h1>Two teams share a telescope</h1>{BODY}</main>{SIDEBAR}</body></html>"
    )
    return read_generic(url, html)


def test_a_date_seen_once_counts_on_an_item_numbered_url():
    assert _sidebar_page(ITEM_URL).published == date(2025, 4, 3)


def test_a_date_seen_once_does_not_count_on_a_static_page():
    assert _sidebar_page(STATIC_URL).published is None


# -- a headless CMS's page state: "createdAt" when it names no publication time ------------


def _state_page(state: dict[str, object]) -> str:
    return "<script id='__STATE__' type='application/json'>" + json.dumps(state) + "</script>"


def test_a_creation_time_in_the_page_state_is_read_when_no_publication_time_is():
    state = {
        "document": {
            "createdAt": "2025-02-11T09:14:00+01:00",
            "blocks": [
                {"createdAt": "2025-02-11T09:20:00+01:00", "text": "Two teams share a telescope"}
            ],
        }
    }
    assert page("", head=_state_page(state)).published == date(2025, 2, 11)


def test_a_publication_time_in_the_page_state_wins_over_its_creation_time():
    state = {"createdAt": "2025-01-20T08:00:00Z", "publishedAt": "2025-02-11T09:14:00Z"}
    assert page("", head=_state_page(state)).published == date(2025, 2, 11)


def test_creation_times_of_several_days_give_no_date():
    state = {
        "items": [{"createdAt": "2025-02-11T09:14:00Z"}, {"createdAt": "2025-01-03T10:00:00Z"}]
    }
    assert page("", head=_state_page(state)).published is None


# -- a lead paragraph that opens with a place and a date in brackets -----------------------


def _lead_page(lead: str):
    html = (
        "<html lang='en'><head><title>Two teams share a telescope</title></head><body>"
        f"<main><h1>Two teams share a telescope</h1><p>{lead}</p>{BODY}</main></body></html>"
    )
    return read_generic("https://news.example.ac.nl/item/2-teams-share-a-telescope", html)


def test_a_lead_opening_with_a_place_and_a_bracketed_date_gives_the_date():
    lead = (
        "Groningen, (12.03.2025). The observatory's board agreed to share the new telescope "
        "between the two teams from next spring."
    )
    assert _lead_page(lead).published == date(2025, 3, 12)


def test_a_bracketed_date_later_in_the_lead_is_not_the_date():
    lead = (
        "The observatory's board met on (12.03.2025) and agreed to share the new telescope "
        "between the two teams from next spring."
    )
    assert _lead_page(lead).published is None
