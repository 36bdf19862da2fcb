"""GenericSource: which class names make a block page chrome (invented pages)."""

from __future__ import annotations

from datetime import date

import pytest
from generic_pages import read_generic

URL = "https://www.example-university.nl/en/news/faculty-and-hospital-sign-agreement"
INTRO = (
    "The faculty of medicine and the regional hospital will train residents together, "
    "under an agreement the two boards signed on Monday."
)
BODY = (
    "<p>The agreement covers shared placements, a joint curriculum and a common board that "
    "meets twice a year to review the programme and its funding.</p>"
    "<p>The first residents start in September, the hospital said, and the faculty expects "
    "forty places a year once the programme runs at full size.</p>"
)
TEASER = (
    "A research institute and a municipality renewed their agreement on climate data, which "
    "runs for another five years and adds two partners from the province, with new funding "
    "for the data platform, a shared team of analysts and a yearly public report on heat, "
    "drought and flooding in the region."
)


def parse(inner: str):
    """The page with ``inner`` under its headline in <main>."""
    return _page(f"<h1>Faculty and hospital sign agreement</h1>{inner}")


def test_a_drupal_intro_field_is_text_though_its_label_is_hidden():
    # Drupal 7 names every field's storage type and label display in its classes.
    art = parse(
        "<article class='node node-article'>"
        "<div class='field field-name-field-intro-text field-type-text-long field-label-hidden'>"
        f"<p>{INTRO}</p></div>"
        "<div class='field field-name-body field-type-text-with-summary field-label-hidden'>"
        f"{BODY}</div></article>"
    )
    assert art.paragraphs[0] == INTRO
    assert len(art.paragraphs) == 3


@pytest.mark.parametrize(
    "wrapper",
    [
        "<div class='paragraph paragraph--type--text paragraph--view-mode--default'>{}</div>",
        "<div class='rounded overflow-hidden'>{}</div>",
        "<div class='col hidden-xs'>{}</div>",
        "<div class='hidden md:block'>{}</div>",
    ],
)
def test_a_block_whose_classes_only_mention_type_label_or_hidden_is_text(wrapper):
    extra = "<p>" + INTRO + "</p>"
    art = parse(f"<div class='article-body'>{BODY}{wrapper.format(extra)}</div>")
    assert art.paragraphs[-1] == INTRO


@pytest.mark.parametrize("cls", ["hidden", "visually-hidden", "d-none", "is-hidden"])
def test_a_block_hidden_by_its_class_is_not_text(cls):
    art = parse(f"<div class='article-body'>{BODY}<p class='{cls}'>{INTRO}</p></div>")
    assert INTRO not in art.paragraphs and len(art.paragraphs) == 2


def test_related_articles_are_chrome_however_much_prose_their_teasers_hold():
    related = "".join(
        f"<article class='node node--type-article node--view-mode-teaser'>"
        f"<h3><a href='/en/news/story-{i}'>Story {i}</a></h3><p>{TEASER}</p></article>"
        for i in range(3)
    )
    art = parse(
        f"<div class='article-body'>{BODY}</div>"
        f"<div class='field field--name-field-related-articles'>{related}</div>"
    )
    assert TEASER not in art.paragraphs and len(art.paragraphs) == 2


# -- the intro set apart from the body -------------------------------------------------


def _page(inner: str):
    """The page with ``inner`` as the whole of <main>."""
    html = (
        "<html lang='en'><head><title>Faculty and hospital sign agreement</title></head><body>"
        f"<header><nav><a href='/'>Home</a></nav></header><main>{inner}</main>"
        "<footer><p>© 2025 Example University</p></footer></body></html>"
    )
    return read_generic(URL, html)


def test_an_intro_marked_as_such_under_the_title_in_the_article_header_is_read_first():
    # The intro is a <div>, not a <p>, in a header beside the body.
    art = _page(
        "<article><header class='article-header'><h1>Faculty and hospital sign agreement</h1>"
        f"<div class='article__intro'><div class='summary'>{INTRO}</div></div></header>"
        f"<div class='article-body'>{BODY}</div></article>"
    )
    assert art.paragraphs[0] == INTRO and len(art.paragraphs) == 3


def test_an_intro_in_a_header_beside_the_article_element_is_read_first():
    art = _page(
        "<header class='wrapper'><h1>Faculty and hospital sign agreement</h1>"
        f"<div class='post-teaser'><p>{INTRO}</p></div></header>"
        f"<article class='wrapper'>{BODY}</article>"
    )
    assert art.paragraphs[0] == INTRO and len(art.paragraphs) == 3


def test_a_marked_intro_several_levels_above_the_body_is_read_first():
    art = _page(
        "<div class='article'><div class='row'><div class='col'>"
        f"<p class='lead'>{INTRO}</p></div></div>"
        "<div class='row'><div class='col'>"
        f"<div class='article-body'>{BODY}</div></div></div></div>"
    )
    assert art.paragraphs[0] == INTRO and len(art.paragraphs) == 3


def test_an_unmarked_block_several_levels_above_the_body_is_not_an_intro():
    art = _page(
        "<div class='article'><div class='row'><div class='col'>"
        f"<p>{INTRO}</p></div></div>"
        "<div class='row'><div class='col'>"
        f"<div class='article-body'>{BODY}</div></div></div></div>"
    )
    assert INTRO not in art.paragraphs and len(art.paragraphs) == 2


def test_an_intro_that_the_body_repeats_counts_once():
    first = BODY.split("</p>")[0].removeprefix("<p>")
    art = _page(
        f"<article><h1>Faculty and hospital sign agreement</h1><div class='intro'>{first}</div>"
        f"<div class='article-body'>{BODY}</div></article>"
    )
    assert art.paragraphs.count(first) == 1 and len(art.paragraphs) == 2


# -- asides: a factbox belongs to the story, a sidebar does not ---------------------------

FACTBOX = (
    "<aside class='factbox'><h3>The programme</h3><p>Since 2019 the faculty has also had a "
    "framework agreement with the university of applied sciences in the city, which covers "
    "nursing placements and a joint minor in clinical data.</p></aside>"
)


def test_a_factbox_aside_inside_the_article_is_part_of_its_text():
    art = _page(
        f"<article><h1>Faculty and hospital sign agreement</h1>"
        f"<div class='article-body'>{BODY}{FACTBOX}</div></article>"
    )
    assert any(p.startswith("Since 2019 the faculty") for p in art.paragraphs)


@pytest.mark.parametrize(
    "aside",
    [
        # Related stories: mostly links.
        "<aside><h3>More news</h3><ul>"
        + "".join(
            f"<li><a href='/n/{i}'>Another story about campus life {i}</a></li>" for i in range(5)
        )
        + "</ul></aside>",
        # Its class says chrome, however much prose it holds.
        FACTBOX.replace("factbox", "related-content"),
        FACTBOX.replace("factbox", "paywall"),
    ],
)
def test_an_aside_of_other_stories_or_offers_inside_the_article_is_not_text(aside):
    art = _page(
        f"<article><h1>Faculty and hospital sign agreement</h1>"
        f"<div class='article-body'>{BODY}{aside}</div></article>"
    )
    assert len(art.paragraphs) == 2


FACTS = (
    "<aside class='facts-panel'><h3>In brief</h3><dl><dt>Partners</dt>"
    "<dd>the faculty, the regional hospital</dd><dt>First signed</dt><dd>March 2019</dd>"
    "<dt>Renewed</dt><dd>4 May 2025</dd></dl></aside>"
)


@pytest.mark.parametrize(
    "frame",
    [
        # A body container without an <article> around it.
        "<div class='rich-text'><h1>Faculty and hospital sign agreement</h1>{}</div>",
        # A short factbox inside the article.
        "<article><h1>Faculty and hospital sign agreement</h1>"
        "<div class='article-body'>{}</div></article>",
    ],
)
def test_a_short_factbox_among_the_story_paragraphs_is_part_of_its_text(frame):
    first, second = BODY.split("</p>", 1)
    art = _page(frame.format(f"{first}</p>{FACTS}{second}"))
    assert "First signed: March 2019" in art.paragraphs
    assert art.paragraphs[-1].startswith("The first residents start in September")


@pytest.mark.parametrize(
    "facts",
    [
        "<aside class='facts-panel'><h3>Key facts</h3><dl><dt>Set up</dt><dd>2021</dd>"
        "<dt>Runs</dt><dd>2025–2030</dd></dl></aside>",
        "<aside class='kader'><dl><dt>Opgericht</dt><dd>2021</dd><dt>Looptijd</dt>"
        "<dd>2025–2030</dd><dt>Zetel</dt><dd>Delft</dd></dl></aside>",
    ],
)
def test_a_factbox_of_few_words_among_the_story_paragraphs_is_part_of_its_text(facts):
    first, second = BODY.split("</p>", 1)
    art = _page(
        "<article><h1>Faculty and hospital sign agreement</h1>"
        f"<div class='article-body'>{first}</p>{facts}{second}</div></article>"
    )
    assert any(p.endswith(": 2025–2030") for p in art.paragraphs)


def test_a_short_aside_of_one_linked_term_is_not_text():
    first, second = BODY.split("</p>", 1)
    facts = (
        "<aside class='facts-panel'><dl><dt>Contact</dt><dd><a href='/press'>Press office</a>"
        "</dd><dt>More</dt><dd><a href='/news'>All news</a></dd></dl></aside>"
    )
    art = _page(
        "<article><h1>Faculty and hospital sign agreement</h1>"
        f"<div class='article-body'>{first}</p>{facts}{second}</div></article>"
    )
    assert not any("Press office" in p for p in art.paragraphs)


def test_a_factbox_date_near_the_title_is_not_the_page_publication_date():
    # A day off the metadata's date, right under the title: a date line there would win.
    first, second = BODY.split("</p>", 1)
    html = (
        "<html lang='en'><head><title>Faculty and hospital sign agreement</title>"
        "<meta property='article:published_time' content='2025-05-05T10:00:00+02:00'></head>"
        "<body><main><div class='rich-text'><h1>Faculty and hospital sign agreement</h1>"
        f"{first}</p>{FACTS}{second}</div></main></body></html>"
    )
    art = read_generic(URL, html)
    assert "Renewed: 4 May 2025" in art.paragraphs
    assert art.published == date(2025, 5, 5)


def test_an_aside_after_a_layout_column_is_not_text_however_short():
    art = _page(
        f"<div class='rich-text'><h1>Faculty and hospital sign agreement</h1>{BODY}</div>"
        f"<div class='column'><p>Contact the press office</p></div>{FACTS}"
    )
    assert not any("March 2019" in p for p in art.paragraphs)


def test_an_aside_outside_the_article_is_not_text_however_much_prose_it_holds():
    art = _page(
        f"<article><h1>Faculty and hospital sign agreement</h1>"
        f"<div class='article-body'>{BODY}</div></article>{FACTBOX}"
    )
    assert len(art.paragraphs) == 2


# -- a body cut into sections ------------------------------------------------------------

SECTIONS = (
    "The programme starts with twenty residents and grows to forty within three years, "
    "the hospital said, with a shared skills lab on the faculty's campus.",
    "Both boards will review the agreement after five years; the province pays for the lab "
    "and the first cohort's supervision, and the faculty for the teaching staff.",
)


def test_a_body_cut_into_sections_of_one_shape_is_read_whole_and_in_order():
    sections = "".join(
        f"<div class='wrap'><section class='article-section' id='s{i}'><p>{text}</p>"
        f"<p>{INTRO}</p></section></div>"
        for i, text in enumerate(SECTIONS)
    )
    art = _page(
        "<article><h1>Faculty and hospital sign agreement</h1>"
        f"<div class='wrap'><div class='article-body'>{BODY}</div></div>{sections}</article>"
    )
    assert art.paragraphs[:2] == tuple(
        p.removeprefix("<p>") for p in BODY.removesuffix("</p>").split("</p>")
    )
    assert art.paragraphs[2] == SECTIONS[0] and art.paragraphs[4] == SECTIONS[1]


def test_blocks_of_the_body_s_shape_that_are_mostly_links_are_not_sections():
    cards = "".join(
        f"<div class='article-body'><a href='/n/{i}'>{SECTIONS[0]}</a></div>" for i in range(3)
    )
    art = _page(
        "<article><h1>Faculty and hospital sign agreement</h1>"
        f"<div class='article-body'>{BODY}</div>{cards}</article>"
    )
    assert len(art.paragraphs) == 2
