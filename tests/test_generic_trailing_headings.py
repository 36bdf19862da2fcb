"""GenericSource: a heading left at the end of the text, its box removed as chrome, is dropped.

Invented pages.
"""

from __future__ import annotations

from generic_pages import read_generic

URL = "https://www.example-university.nl/en/news/faculty-and-hospital-sign-agreement"
TITLE = "Faculty and hospital sign agreement"
PARAGRAPHS = [
    "The faculty of medicine and the regional hospital will train residents together, under "
    "an agreement the two boards signed on Monday after two years of talks about placements.",
    "The first residents start in September, the hospital said, and the faculty expects forty "
    "places a year once the programme runs at full size, with room for more after 2028.",
]
RELATED = (
    "<ul><li><a href='/news/a'>Another agreement</a></li>"
    "<li><a href='/news/b'>A third agreement</a></li></ul>"
)


def parse(article: str):
    html = (
        f"<html lang='en'><head><title>{TITLE}</title></head><body><main><article>"
        f"<h1>{TITLE}</h1>{article}</article></main></body></html>"
    )
    return read_generic(URL, html)


STORY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_headings_of_removed_boxes_at_the_end_are_dropped():
    art = parse(
        f"{STORY}<h2>Related stories</h2>{RELATED}"
        f"<div class='share'><h3>Share this page</h3><a href='/x'>X</a></div><h3>Documents</h3>"
    )
    assert list(art.paragraphs) == PARAGRAPHS


def test_a_heading_with_text_after_it_stays():
    art = parse(f"<p>{PARAGRAPHS[0]}</p><h2>Placements</h2><p>{PARAGRAPHS[1]}</p>")
    assert list(art.paragraphs) == [PARAGRAPHS[0], "Placements", PARAGRAPHS[1]]
