"""GenericSource: a story nested in the site's header, menu or footer is still read.

A tag left open in a site's header (``<header>``, a menu's ``<li>``) makes the HTML
parser nest the rest of the page inside it; some sites put a layout role on the
wrapper of their whole page. Invented pages.
"""

from __future__ import annotations

import pytest
from generic_pages import read_generic

URL = "https://www.example-university.nl/en/news/faculty-and-hospital-sign-agreement"
TITLE = "Faculty and hospital sign agreement"
PARAGRAPHS = [
    "The faculty of medicine and the regional hospital will train residents together, under "
    "an agreement the two boards signed on Monday after two years of talks about placements.",
    "The agreement covers shared placements, a joint curriculum and a common board that meets "
    "twice a year to review the programme, its funding and the experience of the residents.",
    "The first residents start in September, the hospital said, and the faculty expects forty "
    "places a year once the programme runs at full size, with room for more after 2028.",
    "Both boards called the agreement a first step: a second one, on shared research into "
    "rural health care, is planned for next year and would add the province as a partner.",
    "The residents will spend their first year at the hospital and their second at clinics "
    "across the region, where the faculty will station teachers to supervise their work.",
    "Students and staff can ask questions about the programme at an open meeting in the main "
    "hall of the faculty on the first Wednesday of next month, the faculty announced.",
]
STORY = f"<article><h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
MENU = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"


def parse(body: str):
    html = (
        f"<html lang='en'><head><title>{TITLE}</title></head><body>{body}"
        "<footer><p>© 2025 Example University</p></footer></body></html>"
    )
    return read_generic(URL, html)


@pytest.mark.parametrize(
    "body",
    [
        # The header is never closed: the story is inside it.
        f"<header class='site-header'>{MENU}{STORY}",
        # A menu item is never closed: the story is inside the <nav>.
        f"<nav><ul><li><a href='/'>Home</a><li><a href='/news'>News</a>{STORY}</ul></nav>",
        # The wrapper of the whole page says it is a banner.
        f"<div role='banner'>{MENU}<div class='content'>{STORY}</div></div>",
    ],
)
def test_a_story_inside_the_site_header_or_menu_is_read(body):
    art = parse(body)
    assert list(art.paragraphs) == PARAGRAPHS
    assert "Home" not in art.text  # the menu inside it is still removed


def test_a_header_with_a_headline_and_little_text_is_still_chrome():
    # The site's own header: a logo headline and a slogan, the story after it.
    art = parse(
        "<header><h1>Example University</h1><p>Knowledge for a better world.</p></header>"
        f"<main>{STORY}</main>"
    )
    assert list(art.paragraphs) == PARAGRAPHS


def test_a_sidebar_of_teasers_is_still_chrome():
    # Teasers in <article> elements, with much text, in a sidebar by its role: no headline.
    teasers = "".join(
        f"<article><h3>Teaser {i}</h3><p>{p}</p></article>" for i, p in enumerate(PARAGRAPHS)
    )
    art = parse(f"<main>{STORY}</main><div role='complementary'>{teasers * 2}</div>")
    assert list(art.paragraphs) == PARAGRAPHS
