"""GenericSource on small hand-written pages: one rule per test."""

from __future__ import annotations

import codecs
from datetime import UTC, date, datetime

import pytest

from pipeline.extraction import extract_page
from scraper.generic import GenericSource
from scraper.models import Page
from scraper.source import Source

URL = "https://news.example.ac.nl/en/news/2024/universities-sign-agreement"
BODY_TEXT = (
    "<p>The two universities signed a cooperation agreement on research data, which covers "
    "shared infrastructure, joint appointments and a common training programme for staff.</p>"
    "<p>Both boards expect the first joint projects to start within a year, with funding from "
    "the national research council and the province.</p>"
)
MAIN_BODY = f"<body><main><div class='article-body'>{BODY_TEXT}</div></main></body>"
LEAD = "Leiden and Delft deepen their alliance in quantum research, the boards announced today."
FIRST = "First paragraph of the body text, long enough to count as prose in every way."
SOUP_1 = "The faculty and the medical centre agreed to work together on imaging research."
SOUP_2 = "The agreement covers equipment, staff and a new shared laboratory in the city centre."


def parse(
    html: str | bytes, url: str = URL, content_type: str | None = "text/html; charset=utf-8", **kw
):
    body = html.encode() if isinstance(html, str) else html
    headers = {"content-type": content_type} if content_type else {}
    page = Page(url=url, body=body, fetched_at=datetime(2025, 6, 1, tzinfo=UTC), headers=headers)
    return GenericSource(**kw).parse(page)


def article(head: str = "", before: str = "", after: str = "", lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head>'
        f"<title>Universities sign agreement | Example University</title>{head}</head>"
        f"<body><header><nav><a href='/'>Home</a><a href='/news'>News</a></nav></header>"
        f"<main><article><h1>Universities sign agreement</h1>{before}"
        f"<div class='article-body'>{BODY_TEXT}</div>{after}</article></main>"
        "<footer><p>© 2025 Example University, Leiden. All rights reserved.</p></footer>"
        "</body></html>"
    )


def test_implements_the_source_protocol():
    source = GenericSource()
    assert isinstance(source, Source)
    assert (source.name, source.hosts, source.start_urls, source.version) == ("generic", (), (), 1)
    assert source.languages == ("en", "nl") and source.date_order == "DMY"
    custom = GenericSource(languages=("nl",), date_order="MDY")
    assert custom.languages == ("nl",) and custom.date_order == "MDY"


# -- published date: where it comes from ------------------------------------------------


def test_json_ld_news_article():
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        '"datePublished":"2024-03-12T09:00:00+01:00","dateModified":"2024-04-01"}</script>'
    )
    art = parse(article(head=ld, before="<p class='date'>Published on 1 January 2020</p>"))
    assert (art.published, art.published_source) == (date(2024, 3, 12), "json-ld")
    assert art.modified == date(2024, 4, 1)


def test_json_ld_graph_and_list_forms():
    graph = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"WebSite","name":"x"},'
        '{"@type":["Article"],"datePublished":"2023-11-05"}]}</script>'
    )
    assert parse(article(head=graph)).published == date(2023, 11, 5)
    listed = (
        '<script type="application/ld+json">'
        '[{"@type":"BlogPosting","datePublished":"2023-02-01",}]</script>'
    )
    assert parse(article(head=listed)).published == date(2023, 2, 1)


def test_json_ld_article_beats_webpage():
    ld = (
        '<script type="application/ld+json">{"@graph":['
        '{"@type":"WebPage","datePublished":"2020-01-01"},'
        '{"@type":"NewsArticle","datePublished":"2024-05-06"}]}</script>'
    )
    assert parse(article(head=ld)).published == date(2024, 5, 6)


def test_broken_json_ld_is_ignored():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>'
    meta = '<meta property="article:published_time" content="2024-02-02T10:00:00Z">'
    art = parse(article(head=ld + meta))
    assert (art.published, art.published_source) == (date(2024, 2, 2), "meta")


@pytest.mark.parametrize(
    "tag",
    [
        '<meta property="article:published_time" content="2024-03-12T09:00:00+01:00">',
        '<meta name="date" content="2024-03-12">',
        '<meta name="DC.date.issued" content="2024-03-12">',
        '<meta name="citation_publication_date" content="2024/03/12">',
        '<meta name="parsely-pub-date" content="2024-03-12T08:00:00Z">',
        '<meta name="sailthru.date" content="2024-03-12 08:00:00">',
    ],
)
def test_meta_published(tag):
    art = parse(article(head=tag))
    assert (art.published, art.published_source) == (date(2024, 3, 12), "meta")


def test_meta_modified_is_not_published():
    head = '<meta property="article:modified_time" content="2024-09-09T10:00:00Z">'
    art = parse(article(head=head))
    assert art.published is None and art.modified == date(2024, 9, 9)
    assert art.kind == "page"


def test_time_element_in_article():
    art = parse(
        article(before='<p class="meta"><time datetime="2024-10-08">8 October 2024</time></p>')
    )
    assert (art.published, art.published_source) == (date(2024, 10, 8), "time")
    assert all("8 October 2024" not in p for p in art.paragraphs)


def test_time_in_sidebar_is_not_the_article_date():
    sidebar = (
        "<aside class='related'><h2>Related news</h2><ul>"
        "<li><time datetime='2023-01-01'>1 Jan</time> <a href='/en/news/old'>Old news item</a>"
        "</li></ul></aside>"
    )
    html = article().replace("</main>", sidebar + "</main>")
    art = parse(html)
    assert art.published is None


def test_time_marked_updated_fills_modified_only():
    before = (
        "<p class='date'><time datetime='2024-03-12' itemprop='datePublished'>"
        "12 March 2024</time></p>"
        "<p class='last-updated'>Last updated: <time datetime='2024-06-30'>30 June 2024</time></p>"
    )
    art = parse(article(before=before))
    assert (art.published, art.modified) == (date(2024, 3, 12), date(2024, 6, 30))


def test_decoy_last_updated_text_before_published():
    before = "<p>Last updated on 30 June 2024</p><p>Published on 12 March 2024</p>"
    art = parse(article(before=before))
    assert (art.published, art.published_source) == (date(2024, 3, 12), "text")
    assert art.modified == date(2024, 6, 30)


def test_only_modified_date_gives_no_published():
    art = parse(article(after="<p>Laatst gewijzigd: 17-03-2025</p>", lang="nl"))
    assert art.published is None and art.modified == date(2025, 3, 17)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<p>Published on 12 March 2024</p>", date(2024, 3, 12)),
        ("<p>Gepubliceerd op 3 februari 2025</p>", date(2025, 2, 3)),
        ("<div class='info'>Posted March 5, 2024 by Editor</div>", date(2024, 3, 5)),
        ("<span>14-03-2025</span>", date(2025, 3, 14)),
    ],
)
def test_visible_date_line_near_title(line, expected):
    art = parse(article(before=line))
    assert (art.published, art.published_source) == (expected, "text")


def test_mdy_date_order_for_a_numeric_date_line():
    art = parse(article(before="<span>03/04/2025</span>"), date_order="MDY")
    assert art.published == date(2025, 3, 4)


def test_date_in_url():
    art = parse(article(), url="https://news.example.ac.nl/2024/03/12/universities-sign")
    assert (art.published, art.published_source) == (date(2024, 3, 12), "url")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/2024/03/12/universities-sign", date(2024, 3, 12)),
        ("/news/2024-03-12-universities-sign", date(2024, 3, 12)),
        ("/press/2024/20240312-universities-sign.html", date(2024, 3, 12)),
        ("/news/20240312/universities-sign", date(2024, 3, 12)),
        ("/blog/2024/3/5/universities-sign", date(2024, 3, 5)),
        ("/blog/2024/10/3-questions-for-the-rector/", None),  # a slug, not the 3rd
        ("/news/2024/universities-sign", None),  # a year alone is no publication day
    ],
)
def test_full_date_in_url_path(path, expected):
    art = parse(article(), url=f"https://news.example.ac.nl{path}")
    assert art.published == expected


def test_url_date_wins_over_a_metadata_date_that_differs():
    # A time stamp converted to UTC falls on the next day; the URL has the local day.
    head = '<meta property="article:published_time" content="2024-03-13T02:30:00Z">'
    art = parse(article(head=head), url="https://news.example.ac.nl/2024/03/12/universities-sign")
    assert (art.published, art.published_source) == (date(2024, 3, 12), "url")
    # When they agree, the metadata stays the source.
    head = '<meta property="article:published_time" content="2024-03-12T10:00:00+01:00">'
    art = parse(article(head=head), url="https://news.example.ac.nl/2024/03/12/universities-sign")
    assert (art.published, art.published_source) == (date(2024, 3, 12), "meta")


def test_url_date_is_never_a_last_updated_date():
    head = '<meta property="article:modified_time" content="2024-03-20T10:00:00Z">'
    art = parse(article(head=head), url="https://news.example.ac.nl/2024/03/12/universities-sign")
    assert art.published == date(2024, 3, 12) and art.modified == date(2024, 3, 20)


def test_no_date_is_a_static_page():
    art = parse(article(), url="https://news.example.ac.nl/en/about/partnerships")
    assert art.published is None and art.published_source is None
    assert art.kind == "page"


def test_dates_in_footer_are_not_the_articles():
    html = article().replace("© 2025", "Updated 1 May 2025 · Published 1 April 2025 ©")
    art = parse(html)
    assert art.published is None


# -- title ------------------------------------------------------------------------------


def test_title_prefers_h1_when_it_agrees_with_og_title():
    head = '<meta property="og:title" content="Universities sign agreement | Example University">'
    assert parse(article(head=head)).title == "Universities sign agreement"


def test_title_from_og_title_when_h1_is_a_site_logo():
    html = (
        '<html><head><meta property="og:title" content="Joint degree in water management">'
        "<title>Joint degree in water management - TU Delft</title></head><body>"
        f"<h1>TU Delft</h1><main><div class='article-body'>{BODY_TEXT}</div></main></body></html>"
    )
    assert parse(html).title == "Joint degree in water management"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Alliance renewed | Leiden University", "Alliance renewed"),
        ("Alliance renewed - TU Delft", "Alliance renewed"),
        ("Alliance renewed", "Alliance renewed"),
    ],
)
def test_title_tag_without_site_suffix(title, expected):
    html = f"<html><head><title>{title}</title></head>{MAIN_BODY}</html>"
    assert parse(html).title == expected


def test_json_ld_headline_when_no_og_title():
    ld = (
        '<script type="application/ld+json">'
        '{"@type":"NewsArticle","headline":"Consortium starts"}</script>'
    )
    html = f"<html><head>{ld}<title>Home</title></head>{MAIN_BODY}</html>"
    assert parse(html).title == "Consortium starts"


# -- language, canonical, alternates ----------------------------------------------------


def test_language_from_html_lang():
    assert parse(article(lang="nl-NL")).language == "nl"


def test_language_from_og_locale_and_header():
    html = article().replace(' lang="en"', "")
    assert (
        parse(html.replace("<head>", '<head><meta property="og:locale" content="nl_NL">')).language
        == "nl"
    )
    page = Page(
        url=URL,
        body=html.encode(),
        fetched_at=datetime(2025, 1, 1, tzinfo=UTC),
        headers={"content-type": "text/html", "content-language": "nl"},
    )
    assert GenericSource().parse(page).language == "nl"


def test_language_by_stopword_vote():
    dutch = (
        "<html><body><main><div class='article-body'><p>De universiteit en het ziekenhuis "
        "hebben een overeenkomst getekend voor de samenwerking op het gebied van onderzoek "
        "en onderwijs. Het is "
        "de eerste keer dat zij dit doen.</p></div></main></body></html>"
    )
    assert parse(dutch).language == "nl"
    english = article().replace(' lang="en"', "")
    assert parse(english).language == "en"


def test_canonical_and_alternates():
    head = (
        '<base href="https://news.example.ac.nl/en/">'
        '<link rel="canonical" href="news/2024/universities-sign-agreement">'
        '<link rel="alternate" hreflang="nl" href="/nl/nieuws/universiteiten-tekenen">'
        '<link rel="alternate" hreflang="en" '
        'href="https://news.example.ac.nl/en/news/2024/universities-sign-agreement">'
    )
    art = parse(article(head=head))
    assert (
        art.canonical_url == "https://news.example.ac.nl/en/news/2024/universities-sign-agreement"
    )
    assert art.alternates == {
        "nl": "https://news.example.ac.nl/nl/nieuws/universiteiten-tekenen",
        "en": "https://news.example.ac.nl/en/news/2024/universities-sign-agreement",
    }


def test_canonical_from_og_url():
    art = parse(article(head='<meta property="og:url" content="https://example.org/a">'))
    assert art.canonical_url == "https://example.org/a"


# -- main text --------------------------------------------------------------------------


def test_paragraphs_are_the_body_without_chrome():
    cookie = (
        "<div class='cookie-banner'><p>This website uses cookies to improve your experience.</p>"
        "<button>Accept</button></div>"
    )
    breadcrumb = "<div class='breadcrumbs'><a href='/'>Home</a> / <a href='/news'>News</a></div>"
    share = "<div class='share-buttons'><a href='https://x.com/share'>Share on X</a></div>"
    html = article(
        before="<figure><img src='a.jpg'><figcaption>Photo: Jan Jansen</figcaption></figure>",
        after=share + "<p class='editorial'>Mail the editorial team</p>",
    ).replace("<body>", "<body>" + cookie + breadcrumb)
    art = parse(html)
    assert art.paragraphs == (
        "The two universities signed a cooperation agreement on research data, which covers "
        "shared infrastructure, joint appointments and a common training programme for staff.",
        "Both boards expect the first joint projects to start within a year, with funding from "
        "the national research council and the province.",
    )
    assert art.title == "Universities sign agreement"


def test_lead_headings_lists_and_quotes_are_kept_in_order():
    body = (
        f"<div class='intro'><p>{LEAD}</p></div>"
        f"<div class='article-body'><p>{FIRST}</p>"
        "<h2>What changes</h2><ul><li>Joint appointments</li>"
        "<li>A shared <a href='/lab'>lab</a></li></ul>"
        "<blockquote><p>‘We are stronger together,’ says the rector.</p></blockquote>"
        "<p>Photo: University Press</p><p>Last   paragraph\u00a0with   odd   spacing.</p></div>"
    )
    html = f"<html><body><main><article><h1>Alliance</h1>{body}</article></main></body></html>"
    art = parse(html)
    assert art.paragraphs == (
        LEAD,
        FIRST,
        "What changes",
        "Joint appointments",
        "A shared lab",
        "‘We are stronger together,’ says the rector.",
        "Last paragraph with odd spacing.",
    )
    assert "Alliance" not in art.paragraphs


def test_inline_markup_does_not_add_spaces():
    inline = "<p>The <b>LUMC</b>'s board and <a href='/x'>TU&nbsp;Delft</a>, together.</p>"
    html = MAIN_BODY.replace("<div class='article-body'>", "<div class='article-body'>" + inline)
    assert parse(html).paragraphs[0] == "The LUMC's board and TU Delft, together."


def test_div_soup_text_density_fallback():
    nav = "".join(f"<div><a href='/s{i}'>Section {i}</a></div>" for i in range(20))
    content = f"<div><div>{SOUP_1}<br><br>{SOUP_2}</div></div>"
    html = (
        f"<html><body><div>{nav}</div><div>{content}</div>"
        "<div>Contact | Privacy</div></body></html>"
    )
    art = parse(html)
    assert art.paragraphs == (SOUP_1, SOUP_2)


def test_hidden_elements_are_not_text():
    html = article(
        after="<div style='display: none'><p>Hidden teaser text that should never appear.</p></div>"
    )
    assert all("Hidden" not in p for p in parse(html).paragraphs)


# -- listings ---------------------------------------------------------------------------


def listing_page(base: str = "") -> str:
    items = "".join(
        f"<article class='news-item'><time datetime='2024-0{i}-10'>10-0{i}-2024</time>"
        f"<h2><a href='{base}/en/news/2024/item-{i}'>"
        f"News item number {i} about cooperation</a></h2>"
        f"<p>Teaser text for item {i}.</p></article>"
        for i in range(1, 8)
    )
    return (
        "<html lang='en'><head><title>News | Example University</title></head><body>"
        "<nav><a href='/en/about'>About us and our long history</a></nav>"
        f"<main><h1>News</h1>{items}"
        "<nav class='pagination'><a href='/en/news/page/2' rel='next'>Next</a></nav></main>"
        "<footer><a href='/en/privacy'>Privacy statement of the university</a></footer>"
        "</body></html>"
    )


def test_listing_detection_links_and_next_page():
    art = parse(listing_page(), url="https://news.example.ac.nl/en/news/")
    assert art.kind == "listing"
    assert art.links == tuple(
        f"https://news.example.ac.nl/en/news/2024/item-{i}" for i in range(1, 8)
    )
    assert art.next_page == "https://news.example.ac.nl/en/news/page/2"
    assert art.paragraphs == ()
    assert art.oldest_listed == date(2024, 1, 10)


def test_listing_item_dates_from_date_text_when_there_is_no_time_element():
    html = listing_page()
    for i in range(1, 8):
        html = html.replace(
            f"<time datetime='2024-0{i}-10'>10-0{i}-2024</time>",
            f"<span class='news-date'>{i + 2} March 2023</span>",
        )
    art = parse(html, url="https://news.example.ac.nl/en/news/")
    assert art.kind == "listing"
    assert art.oldest_listed == date(2023, 3, 3)
    undated = parse(html.replace("March", "Mar ch"), url="https://news.example.ac.nl/en/news/")
    assert undated.oldest_listed is None


def test_listing_links_resolve_against_base_and_keep_same_host():
    html = listing_page().replace("<head>", "<head><base href='https://news.example.ac.nl/sub/'>")
    html = html.replace("href='/en/news/2024/item-1'", "href='news/item-rel'")
    html = html.replace("href='/en/news/2024/item-2'", "href='https://elsewhere.example.com/x'")
    art = parse(html, url="https://news.example.ac.nl/en/news/")
    assert art.links[0] == "https://news.example.ac.nl/sub/news/item-rel"
    assert all("elsewhere" not in link for link in art.links)
    assert len(art.links) == 6


def test_next_page_from_link_text_and_head():
    html = listing_page().replace(
        "<a href='/en/news/page/2' rel='next'>Next</a>", "<a href='?page=3'>Volgende</a>"
    )
    art = parse(html, url="https://news.example.ac.nl/en/news/?page=2")
    assert art.next_page == "https://news.example.ac.nl/en/news/?page=3"
    html = listing_page().replace("<head>", "<head><link rel='next' href='/en/news/page/9'>")
    assert (
        parse(html, url="https://news.example.ac.nl/en/news/").next_page
        == "https://news.example.ac.nl/en/news/page/9"
    )


def test_article_with_related_items_is_not_a_listing():
    related = "".join(
        f"<li class='item'><a href='/en/news/2024/other-{i}'>Another news story number {i}</a></li>"
        for i in range(6)
    )
    html = article(
        head='<meta property="og:type" content="article">',
        before="<time datetime='2024-03-12'>12 March 2024</time>",
        after=f"<section class='related-news'><h2>Related</h2><ul>{related}</ul></section>",
    )
    art = parse(html)
    assert art.kind == "article"
    assert art.links == () and art.next_page is None


def _short_story_with_teasers() -> str:
    teasers = "".join(
        f"<article class='news-item'><h2><a href='/en/news/{61230 + i}.html'>"
        f"Another news story number {i}</a></h2></article>"
        for i in range(4)
    )
    return article(before="<time datetime='2024-03-12'>12 March 2024</time>", after=teasers)


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.org/en/news/61229.html",
        "https://news.example.org/news.php?newsid=61229",
        "https://news.example.org/?p=61229",
    ],
)
def test_a_url_naming_an_item_by_number_is_a_story_not_an_overview(url):
    art = parse(_short_story_with_teasers(), url=url)
    assert (art.kind, art.published) == ("article", date(2024, 3, 12))


@pytest.mark.parametrize(
    "url", ["https://news.example.org/en/news/", "https://news.example.org/en/news/?p=2"]
)
def test_the_same_page_at_an_overview_url_is_a_listing(url):
    assert parse(_short_story_with_teasers(), url=url).kind == "listing"


# -- encodings and broken pages ---------------------------------------------------------

DUTCH_BODY = (
    "<p>De universiteit en het ziekenhuis werken samen aan coöperatief onderzoek "
    "naar café’s en € 5 miljoen.</p>"
)
DUTCH_PAGE = f"<html><body><main><div class='article-body'>{DUTCH_BODY}</div></main></body></html>"
DUTCH_META = DUTCH_PAGE.replace("<html>", "<html><head><meta charset='windows-1252'></head>")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (codecs.BOM_UTF8 + DUTCH_PAGE.encode(), None),
        (DUTCH_PAGE.encode("cp1252"), "text/html; charset=windows-1252"),
        (DUTCH_META.encode("cp1252"), "text/html"),
        (DUTCH_PAGE.encode("cp1252"), None),
    ],
    ids=["bom", "header", "meta", "cp1252-undeclared"],
)
def test_charsets(body, content_type):
    art = parse(body, content_type=content_type)
    assert art.paragraphs[0].endswith("coöperatief onderzoek naar café’s en € 5 miljoen.")


@pytest.mark.parametrize(
    "html",
    [
        b"",
        b"not html at all",
        b"<html><head><title>Only a title</title>",
        b"<html><body><h1>Unclosed <p>paragraph <div><article><time datetime='garbage'>x</time>",
        b"<script type='application/ld+json'>{{{</script><meta name='date' content='99-99-9999'>",
        b"<html><body>" + b"<div>" * 500 + b"deep" + b"</div>" * 10,
        b"<a href='http://[::1'>bad url</a><link rel=canonical href='http://[bad'>",
        bytes(range(256)),
    ],
)
def test_broken_html_never_raises(html):
    art = parse(html, content_type=None)
    assert art.kind in ("article", "listing", "page")


# -- later rules: comments, link lists, leads under the title, class-marked dates ----------


def test_reader_comments_are_not_body_text_even_when_long():
    comment = "<p>" + "I completely disagree with this decision and here is why. " * 12 + "</p>"
    html = article(after=f"<div id='comments'><h2>Comments</h2>{comment}</div>")
    art = parse(html)
    assert all("disagree" not in p for p in art.paragraphs)
    assert len(art.paragraphs) == 2


def test_lists_of_links_inside_the_container_are_dropped():
    popular = "".join(
        f"<li><a href='/en/news/p{i}'>Most read story number {i}</a></li>" for i in range(5)
    )
    html = article(after=f"<div><h3>Most read</h3><ul>{popular}</ul></div>").replace(
        "<div class='article-body'>",
        "<div class='article-body'><p><a href='/x'>Read the full report here</a></p>",
    )
    art = parse(html)
    assert not any("Most read story" in p or "full report" in p for p in art.paragraphs)


def test_lead_paragraph_inside_the_title_block_is_kept():
    html = (
        "<html><body><main><div class='news-header'><h1>Two new partners join the alliance</h1>"
        "<p class='news-header__teaser'>Two technical universities joined the European "
        "alliance this "
        "month, bringing the number of members to eight across as many countries.</p></div>"
        f"<div class='article-body'>{BODY_TEXT}</div></main></body></html>"
    )
    art = parse(html)
    assert art.paragraphs[0].startswith("Two technical universities joined the European alliance")
    assert len(art.paragraphs) == 3


def test_date_from_an_element_whose_class_says_date():
    html = article(
        after="<div class='post-meta'><span class='entry-date'>March 5, 2024</span></div>"
    )
    html = html.replace("<article>", "<article><div class='x'></div>")
    art = parse(html, url="https://news.example.ac.nl/en/about/some-page")
    assert art.published == date(2024, 3, 5)


def test_date_from_a_drupal_submitted_byline():
    byline = (
        "<div class='submitted'>Submitted by the editorial office on 5 March 2024 - 18:55</div>"
    )
    html = article(after=byline).replace("<article>", "<article><div class='x'></div>")
    art = parse(html, url="https://news.example.ac.nl/en/about/some-page")
    assert art.published == date(2024, 3, 5)


def test_one_line_with_updated_and_published_dates():
    art = parse(
        article(before="<p>Last updated: 10 February 2025 | Published on 4 February 2025</p>")
    )
    assert (art.published, art.modified, art.published_source) == (
        date(2025, 2, 4),
        date(2025, 2, 10),
        "text",
    )


def test_dates_of_linked_items_near_the_title_are_not_the_page_date():
    items = "<ul><li><a href='/en/news/a'>Older story</a> <span>12 March 2024</span></li></ul>"
    art = parse(article(before=items), url="https://news.example.ac.nl/en/about/x")
    assert art.published is None


def test_german_dates_when_the_source_opts_in():
    html = article(before="<p class='meta'>Samstag, 14. März 2015</p>")
    assert parse(html).published is None
    assert parse(html, languages=("en", "nl", "de")).published == date(2015, 3, 14)


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("de", "Veröffentlicht am 3. Februar 2021", date(2021, 2, 3)),
        ("fr", "Publié le 1er juin 2022", date(2022, 6, 1)),
        ("fr", "mercredi 9 mars 2022", date(2022, 3, 9)),
    ],
)
def test_dates_in_the_language_the_page_declares(lang, line, expected):
    art = parse(article(before=f"<p class='meta'>{line}</p>", lang=lang))
    assert art.published == expected


def test_date_in_the_articles_own_footer_bar():
    # The bar is called "footer" but sits inside the article, beside the headline.
    bar = "<div class='footer'><p><time datetime='2024-11-05'>5 Nov 2024</time></p></div>"
    assert parse(article(before=bar)).published == date(2024, 11, 5)
    box = "<aside class='post-info'><span class='entry-date'>05.11.2024</span></aside>"
    assert parse(article(after=box)).published == date(2024, 11, 5)


def test_dates_in_the_page_footer_or_a_teaser_are_not_framed():
    html = article().replace("<footer>", "<footer><time datetime='2024-11-05'>5 Nov 2024</time>")
    assert parse(html).published is None
    teaser = (
        "<div class='footer'><ul><li><a href='/en/news/other'>Other story</a>"
        "<time datetime='2024-10-01'>1 Oct 2024</time></li></ul></div>"
    )
    assert parse(article(after=teaser)).published is None
    updated = "<div class='footer'><span class='date'>Last updated 5 Nov 2024</span></div>"
    assert parse(article(before=updated)).published is None


def test_long_article_with_many_links_around_it_is_an_article():
    related = "".join(
        f"<article><h2><a href='/en/news/2024/r{i}'>Related story {i} with a long title</a>"
        "</h2></article>"
        for i in range(8)
    )
    prose = "".join(
        f"<p>Part {i}. {'Long prose sentence about the agreement and its partners. ' * 6}</p>"
        for i in range(8)
    )
    html = (
        "<html><body><main><h1>A long report</h1><time datetime='2024-05-05'>5 May 2024</time>"
        f"<div class='article-body'>{prose}</div>{related}</main></body></html>"
    )
    art = parse(html, url="https://news.example.ac.nl/en/news/2024/a-long-report")
    assert art.kind == "article"
    assert len(art.paragraphs) == 8


def test_empty_news_overview_is_a_listing():
    html = (
        "<html lang='nl'><body><main><h1>Nieuws</h1><ul class='news-list'></ul></main>"
        "</body></html>"
    )
    art = parse(html, url="https://news.example.ac.nl/nl/nieuws/")
    assert art.kind == "listing" and art.links == () and art.published is None


def test_a_date_after_the_fetch_is_not_the_publication_date():
    # The page was fetched on 1 June 2025 (see parse()); an event date after it is not "published".
    art = parse(article(before="<p class='date'>12 September 2025</p>"))
    assert art.published is None
    art = parse(article(before="<p class='date'>12 March 2025</p>"))
    assert art.published == date(2025, 3, 12)


def test_body_written_with_line_breaks_in_a_themed_container():
    text = "<br>".join(
        f"Line {i} of a blog post written without paragraph tags at all." for i in range(8)
    )
    html = (
        "<html><body><div class='sidebar-left'><p>Short sidebar text.</p></div>"
        f"<div class='td-post-content'><br>{text}<br><br>The end of the post.</div></body></html>"
    )
    art = parse(html, url="https://blog.example.org/2024/05/06/post")
    assert art.paragraphs[0].startswith("Line 0 of a blog post")
    assert art.paragraphs[-1] == "The end of the post."
    assert all("sidebar" not in p for p in art.paragraphs)


def test_wrapper_named_after_its_sidebar_keeps_a_short_article():
    html = (
        "<html><body><div class='post-wrap has-sidebar'><article>"
        "<section itemprop='articleBody'><p>A short interview with the rector about the "
        "new alliance, recorded last spring in the university library.</p></section>"
        "</article></div></body></html>"
    )
    art = parse(html)
    assert art.paragraphs == (
        "A short interview with the rector about the new alliance, recorded last spring in "
        "the university library.",
    )


# -- the lxml tree reads text the way BeautifulSoup did ---------------------------------

TREE_SNIPPETS = (
    "<div>a<!-- note -->b <span>c</span>\n\n<em> d </em></div>",
    "<div><p>one</p>\n   \n<p>two<br>\n<br>three</p>\t</div>",
    "<div><pre>  keep\n  this  </pre>  \n  <textarea> \n </textarea></div>",
    "<div><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> ji &amp; more&nbsp;text</div>",
    "<div>x<script>var a = 1;</script>y<style>p {}</style>z<template><p>t</p></template></div>",
    "<div><p>unclosed <b>bold <i>italic</p> tail</div><div>next</div>",
)


def _bs_strings(tag) -> list[str]:
    from bs4 import NavigableString
    from bs4.element import PreformattedString

    return [
        str(c)
        for c in tag.children
        if isinstance(c, NavigableString) and not isinstance(c, PreformattedString)
    ]


@pytest.mark.parametrize("snippet", TREE_SNIPPETS)
def test_tree_text_matches_beautifulsoup(snippet):
    from lxml import etree

    from scraper.generic_tree import child_nodes, text, text_length
    from scraper.html import document_from_text, soup_from_text

    html = f"<html><body>{snippet}</body></html>"
    tags = soup_from_text(html).body.find_all(True)
    elements = list(document_from_text(html).find("body").iter(etree.Element))[1:]
    assert [t.name for t in tags] == [e.tag for e in elements]
    for tag, el in zip(tags, elements, strict=True):
        assert text(el) == tag.get_text(" ", strip=True), tag.name
        assert text_length(el) == len(" ".join(tag.get_text(" ", strip=True).split()))
        assert [c for c in child_nodes(el) if isinstance(c, str)] == _bs_strings(tag), tag.name


def test_a_removed_element_leaves_a_word_boundary():
    from scraper.generic_tree import drop, text
    from scraper.html import document_from_text

    root = document_from_text("<html><body><p>Leiden<span hidden>x</span>Delft</p></body></html>")
    p = root.find(".//p")
    drop(p.find("span"))
    assert text(p) == "Leiden Delft"
    assert p.find("span") is None


def test_a_double_line_break_separated_by_a_newline_ends_a_paragraph():
    html = (
        "<html><body><main><div class='article-body'>"
        f"{FIRST}<br>\n    <br>{SOUP_1} {SOUP_2}</div></main></body></html>"
    )
    assert parse(html).paragraphs == (FIRST, f"{SOUP_1} {SOUP_2}")


def test_a_comment_between_words_keeps_them_apart_in_a_date_line():
    html = article(before="<p class='date'>Published<!-- cms -->12 March 2025</p>")
    art = parse(html)
    assert (art.published, art.published_source) == (date(2025, 3, 12), "text")


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("14 October 2024", True),
        ("14 oktober 2024 · Afdeling Communicatie", True),
        ("Monday 14 October 2024, 09:30", True),
        ("14 October 2024: the consortium meets for the first time in Utrecht", False),
        ("On 14 October 2024 the consortium met for the first time.", False),
    ],
)
def test_a_byline_or_dateline_block_is_not_body_text(line, dropped):
    html = article().replace(
        "<div class='article-body'>", f"<div class='article-body'><p>{line}</p>"
    )
    art = parse(html)
    assert art.paragraphs[-2].startswith("The two universities")
    assert (line not in art.paragraphs) == dropped


def test_control_characters_after_a_dropped_element_do_not_crash():
    # lxml keeps the control character when parsing but refuses to set it again.
    art = parse(b'<html><head></head><body><br class="date">\x1f</br>')
    assert art.paragraphs == ()


TEASER = (
    "Two hospitals and a university of applied sciences signed a covenant on training "
    "nurses together, with shared placements and a common curriculum from next year."
)


def _overview(items: str) -> str:
    return (
        "<html lang='en'><head><title>Updates</title></head><body><header><nav>"
        "<a href='/'>Home</a></nav></header><main><h1>Latest updates</h1>"
        f"{items}</main><footer><p>Example Institute</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "item",
    [
        # Plain <div>s without a class, a date line and a teaser in each.
        "<div><div><a href='/updates/item-{i}'>Update number {i} for the readers</a></div>"
        "<div>0{i}.03.2024</div><div>{t}</div></div>",
        # A table of press releases.
        "<tr><td>0{i}-03-2024</td><td><a href='/media/release-{i}.html'>"
        "Press release number {i} on the covenant</a></td></tr>",
        # A definition list: title link in <dt>, teaser in <dd>.
        "<dt><a href='/meldungen/meldung-{i}'>Announcement {i} with its headline</a></dt>"
        "<dd>{t}</dd>",
        # A bare list without classes.
        "<li><a href='/s/story-{i}'>Story {i} headline in a plain list</a>"
        " <small>{i} May 2024</small></li>",
    ],
)
def test_overview_of_unknown_markup_is_a_listing(item):
    body = "".join(item.format(i=i, t=TEASER) for i in range(1, 7))
    wrapper = {"<tr": "<table>{}</table>", "<dt": "<dl>{}</dl>", "<li": "<ul>{}</ul>"}
    body = wrapper.get(item[:3], "<div>{}</div>").format(body)
    page = Page(
        url="https://unknown.example.org/overview",
        body=_overview(body).encode(),
        fetched_at=datetime(2025, 1, 1, tzinfo=UTC),
        headers={"content-type": "text/html"},
    )
    extraction = extract_page(page, GenericSource())
    art = extraction.article
    assert art.kind == "listing" and art.published is None and art.paragraphs == ()
    assert len(art.links) == 6 and art.links[0].startswith("https://unknown.example.org/")
    # In page order.
    assert [link.removesuffix(".html")[-1] for link in art.links] == list("123456")
    assert extraction.agreements == () and extraction.organisations == ()


def test_a_plain_list_of_related_links_beside_prose_is_not_an_overview():
    prose = "".join(f"<p>{TEASER} Paragraph {i} goes on about the plans.</p>" for i in range(6))
    related = (
        "<ul>"
        + "".join(
            f"<li><a href='/s/other-{i}'>Other story {i} on the same theme</a></li>"
            for i in range(6)
        )
        + "</ul>"
    )
    html = article(after=f"<div class='text'>{prose}</div>{related}")
    art = parse(html, url="https://news.example.ac.nl/2024/05/02/covenant")
    assert art.kind == "article" and art.links == ()


def test_last_resort_date_seen_twice_on_a_page_without_other_evidence():
    # The date sits only in a comment-style block and a sidebar: no metadata, no frame.
    side = "<div class='widget'><p>Posted 3 May 2024, 10:15</p></div>"
    html = article(after="<p>3 May 2024</p>").replace("<footer>", f"{side}<footer>")
    art = parse(html, url="https://blog.example.org/some-story")
    assert art.published == date(2024, 5, 3)


def test_last_resort_needs_two_sightings_unless_the_page_says_it_is_an_article():
    html = article().replace("<footer>", "<div class='widget'><p>3 May 2024</p></div><footer>")
    assert parse(html, url="https://example.org/about").published is None
    head = '<meta property="og:type" content="article">'
    html = article(head=head).replace(
        "<footer>", "<div class='widget'><p>3 May 2024</p></div><footer>"
    )
    assert parse(html, url="https://example.org/story").published == date(2024, 5, 3)


def test_last_resort_never_takes_a_last_updated_date():
    notes = "<div class='widget'><p>Last updated 3 May 2024</p><p>Updated: 3 May 2024</p></div>"
    html = article(head='<meta property="og:type" content="article">').replace(
        "<footer>", f"{notes}<footer>"
    )
    assert parse(html, url="https://example.org/story").published is None


def test_last_resort_trusts_one_sighting_on_a_url_that_is_a_headline():
    html = article().replace("<footer>", "<div class='widget'><p>3 May 2024</p></div><footer>")
    story = "https://blog.example.org/universities-sign-a-new-research-covenant"
    assert parse(html, url=story).published == date(2024, 5, 3)
    assert parse(html, url="https://blog.example.org/about/partnerships").published is None


def test_day_first_date_in_url_path():
    art = parse(article(), url="https://news.example.org/meldungen/29-10-2021")
    assert art.published == date(2021, 10, 29)


def test_a_dated_url_is_a_story_not_an_overview():
    items = "".join(
        f"<article><h2><a href='/2024/05/0{i}/other-{i}'>Other story {i} on the site</a></h2>"
        "</article>"
        for i in range(1, 7)
    )
    html = article(after=items)
    art = parse(html, url="https://blog.example.org/2024/05/07/universities-sign")
    assert art.kind == "article" and art.published == date(2024, 5, 7)


def test_dates_of_a_page_without_a_declared_language_are_read_in_its_guessed_language():
    text = (
        "<p>Die Universität und das Klinikum haben einen Vertrag über die Zusammenarbeit in "
        "der Forschung unterzeichnet, der auch für die Lehre gilt und mit dem Jahr beginnt.</p>"
    )
    html = (
        "<html><body><main><h1>Vertrag unterzeichnet</h1><p class='meta'>Dienstag, 6. Mai 2014"
        f"</p>{text * 3}</main></body></html>"
    )
    assert parse(html, url="https://example.de/vertrag").published == date(2014, 5, 6)


def test_a_day_archive_url_stays_an_overview():
    items = "".join(
        f"<article><h2><a href='/2024/05/07/story-{i}'>Story {i} of the day on the site</a></h2>"
        "</article>"
        for i in range(1, 7)
    )
    html = f"<html><body><main><h1>7 May 2024</h1>{items}</main></body></html>"
    art = parse(html, url="https://blog.example.org/2024/05/07/")
    assert art.kind == "listing" and art.published is None and len(art.links) == 6


def test_a_url_that_is_a_headline_weighs_against_an_overview():
    related = "".join(
        f"<li class='item'><a href='/s/other-story-number-{i}'>Other story {i} here</a></li>"
        for i in range(6)
    )
    html = article(before="<p class='date'>3 May 2024</p>", after=f"<ul>{related}</ul>")
    url = "https://news.example.org/articles/two-hospitals-sign-a-training-covenant"
    assert parse(html, url=url).kind == "article"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "(18.01.2024) The two universities signed a covenant on shared research data.",
            date(2024, 1, 18),
        ),
        (
            "NIJMEGEN, 18 January 2024 – The two universities signed a covenant today.",
            date(2024, 1, 18),
        ),
        ("The two universities signed a covenant on 18 January 2024 in Nijmegen.", None),
        ("Last updated: 18 January 2024. The two universities signed a covenant today.", None),
    ],
)
def test_date_a_lead_paragraph_opens_with(lead, expected):
    html = (
        "<html><body><main><h1>Covenant signed</h1><div class='article-body'>"
        f"<p>{lead}</p>{BODY_TEXT}</div></main></body></html>"
    )
    assert parse(html, url="https://example.org/covenant").published == expected


def test_visible_date_wins_over_a_time_stamp_one_day_off():
    # 22:30 in New York is the next day in UTC: the page shows the day it was written.
    head = '<meta property="article:published_time" content="2024-03-13T03:30:00Z">'
    art = parse(article(head=head, before="<time datetime='2024-03-12'>12 March 2024</time>"))
    assert (art.published, art.published_source) == (date(2024, 3, 12), "time")
    # Further apart, the metadata stays: the visible date may be an event.
    head = '<meta property="article:published_time" content="2024-03-20T10:00:00Z">'
    art = parse(article(head=head, before="<time datetime='2024-03-12'>12 March 2024</time>"))
    assert (art.published, art.published_source) == (date(2024, 3, 20), "meta")


def test_when_json_ld_and_meta_disagree_the_day_the_page_shows_decides():
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-03-08T10:00:00Z"}</script>'
    )
    head = ld + '<meta property="article:published_time" content="2024-03-12T09:00:00Z">'
    shown = "<time datetime='2024-03-12'>12 March 2024</time>"
    art = parse(article(head=head, before=shown))
    assert (art.published, art.published_source) == (date(2024, 3, 12), "meta")
    # Without a day on the page, or with a third one, JSON-LD stays.
    assert parse(article(head=head)).published == date(2024, 3, 8)
    other = "<time datetime='2024-03-20'>20 March 2024</time>"
    assert parse(article(head=head, before=other)).published == date(2024, 3, 8)


def test_a_quoted_post_s_date_is_not_the_page_s():
    # An embedded post in a <blockquote> carries its own date, a day before the article's.
    head = '<meta property="article:published_time" content="2024-03-13T11:00:00Z">'
    quote = (
        "<blockquote class='twitter-tweet'><p>The boards signed today.</p>"
        "<p>— A Reporter (@reporter) <a href='https://x.example/status/1'>March 12, 2024</a></p>"
        "</blockquote>"
    )
    art = parse(article(head=head, after=quote))
    assert (art.published, art.published_source) == (date(2024, 3, 13), "meta")


def test_rdfa_date_created_and_publication_date_meta():
    span = "<span property='schema:dateCreated' content='2022-01-28T12:45:46+00:00'></span>"
    assert parse(article(before=span)).published == date(2022, 1, 28)
    modified = "<span property='schema:dateModified' content='2022-02-03T10:00:00+00:00'></span>"
    assert parse(article(before=modified)).published is None
    head = '<meta name="publication_date" content="2022-02-08T14:00:00">'
    assert parse(article(head=head)).published == date(2022, 2, 8)


def test_last_resort_sees_a_label_in_the_element_before_the_date():
    info = "<ul class='info'><li><span>Datum:</span> 26 January 2022</li></ul>"
    html = article().replace("<footer>", f"<div class='widget'>{info}</div><footer>")
    assert parse(html, url="https://example.org/pm/220126_pm").published == date(2022, 1, 26)


def test_last_resort_reads_data_date_attributes_and_cjk_date_lines():
    stamp = "<span class='stamp' data-date-time='2023-11-02 20:06:13'>8:06</span>"
    html = article(before=stamp).replace("<footer>", f"<div class='bar'>{stamp}</div><footer>")
    assert parse(html, url="https://example.org/news/123").published == date(2023, 11, 2)
    line = "<span class='info'>2020年07月12日</span>"
    html = article(after=line).replace("<footer>", f"<div class='bar'>{line}</div><footer>")
    assert parse(html, url="https://example.org/e/52743e").published == date(2020, 7, 12)


def test_last_resort_sees_a_modified_label_in_a_sibling_element():
    notes = "<p class='x'><b>Last updated</b> <span>3 May 2024</span></p>"
    html = article(head='<meta property="og:type" content="article">').replace(
        "<footer>", f"<div class='widget'>{notes}{notes}</div><footer>"
    )
    assert parse(html, url="https://example.org/story").published is None


@pytest.mark.parametrize(
    ("lang", "modified_line", "published_line"),
    [
        ("fr", "Mis à jour le 30 juin 2024", "Publié le 12 mars 2024"),
        ("de", "Aktualisiert am 30.06.2024", "Veröffentlicht am 12.03.2024"),
        ("de", "Zuletzt geändert: 30.06.2024", "Erschienen am 12.03.2024"),
        # Spanish and Italian month names are not in scraper.extract.dates' vocabulary yet.
        ("es", "Actualizado el 30/06/2024", "Publicado el 12/03/2024"),
        ("it", "Aggiornato il 30.06.2024", "Pubblicato il 12.03.2024"),
        ("pt", "Atualizado em 30/06/2024", "Publicado em 12/03/2024"),
    ],
)
def test_published_and_modified_labels_in_other_languages(lang, modified_line, published_line):
    before = f"<p>{modified_line}</p><p>{published_line}</p>"
    art = parse(article(before=before, lang=lang))
    assert (art.published, art.published_source) == (date(2024, 3, 12), "text")
    assert art.modified == date(2024, 6, 30)


@pytest.mark.parametrize(
    ("lang", "line"),
    [("de", "Aktualisiert: 17.03.2025"), ("fr", "Modifié le 17/03/2025")],
)
def test_a_foreign_last_updated_line_is_never_published(lang, line):
    art = parse(article(after=f"<p>{line}</p>", lang=lang))
    assert art.published is None and art.modified == date(2025, 3, 17)


def test_a_foreign_published_label_beats_a_bare_date_line_nearer_the_title():
    before = "<p>05.01.2021</p><p>Erschienen am: 01.11.2023</p>"
    art = parse(article(before=before, lang="de"))
    assert (art.published, art.published_source) == (date(2023, 11, 1), "text")


def test_a_word_that_starts_like_a_label_is_no_label():
    # "publiek" (Dutch: public) is no "publié": the bare date line under the title wins.
    before = "<p>05.01.2021</p><p>Open voor publiek: 01.11.2023</p>"
    art = parse(article(before=before, lang="nl"))
    assert art.published == date(2021, 1, 5)


@pytest.mark.parametrize(
    ("lang", "time_el", "expected"),
    [
        # The page shows one day and stamps another: the shown day is the page's.
        (
            "fr",
            "<time datetime='2024-03-19T10:00:00Z'>Publié le 12 mars 2024</time>",
            (2024, 3, 12),
        ),
        ("en", "<time datetime='2024-03-19'>12 March 2024</time>", (2024, 3, 12)),
        # Nothing but a clock time shown: the datetime stands.
        ("fr", "<time datetime='2024-03-19T10:00:00Z'>10h00</time>", (2024, 3, 19)),
    ],
)
def test_a_time_element_counts_with_the_day_it_shows(lang, time_el, expected):
    art = parse(article(before=f"<p>{time_el}</p>", lang=lang))
    assert (art.published, art.published_source) == (date(*expected), "time")


@pytest.mark.parametrize("name", ["date", "DC.date", "dcterms.date"])
def test_a_day_shown_under_the_title_outweighs_a_generic_meta_date(name):
    head = f"<meta name='{name}' content='2024-06-30'>"
    art = parse(article(head=head, before="<p>Published on 12 March 2024</p>"))
    assert (art.published, art.published_source) == (date(2024, 3, 12), "text")


def test_a_named_meta_publication_date_still_outweighs_the_page_text():
    head = (
        "<meta property='article:published_time' content='2024-06-30'>"
        "<meta name='date' content='2024-06-30'>"
    )
    art = parse(article(head=head, before="<p>12 March 2024</p>"))
    assert (art.published, art.published_source) == (date(2024, 6, 30), "meta")


def test_a_generic_meta_date_stands_when_the_page_shows_no_day():
    art = parse(article(head="<meta name='date' content='2024-06-30'>"))
    assert (art.published, art.published_source) == (date(2024, 6, 30), "meta")


def test_a_last_updated_line_never_outweighs_a_generic_meta_date():
    head = "<meta name='date' content='2024-03-12'>"
    art = parse(article(head=head, before="<p>Aktualisiert am 30.06.2024</p>", lang="de"))
    assert (art.published, art.published_source) == (date(2024, 3, 12), "meta")


def test_a_date_followed_by_an_updated_label_is_the_modified_date():
    meta = "<meta property='article:published_time' content='2025-03-04T12:30:00+00:00'>"
    for shown in ("March 5, 2025 (updated)", "5 maart 2025 – bijgewerkt", "5.3.2025, aktualisiert"):
        art = parse(article(head=meta, before=f"<p><span class='date'>{shown}</span></p>"))
        assert (art.published, art.published_source) == (date(2025, 3, 4), "meta"), shown
        assert art.modified == date(2025, 3, 5), shown


def test_an_updated_label_before_a_later_date_leaves_the_first_date_published():
    art = parse(article(before="<p>4 February 2025 | Updated 10 February 2025</p>"))
    assert (art.published, art.modified) == (date(2025, 2, 4), date(2025, 2, 10))


def test_day_first_date_without_separators_in_url_path():
    url = "https://news.example.org/aktuelles/08112021-fachtag-zur-forschung"
    assert parse(article(), url=url).published == date(2021, 11, 8)
    # Neither a valid day-first nor a year-first date: no date.
    assert parse(article(), url="https://news.example.org/p/12345678-slug").published is None


def test_json_ld_with_two_objects_in_one_block():
    block = (
        '<script type="application/ld+json">{"@type":"Organization","name":"Example"}\n'
        '{"@type":"NewsArticle","datePublished":"2024-03-12T10:00:00+01:00"}</script>'
    )
    art = parse(article(head=block))
    assert (art.published, art.published_source) == (date(2024, 3, 12), "json-ld")


def test_json_ld_kinds_of_news_article_and_how_to_date_the_page():
    for kind in ("ReportageNewsArticle", "OpinionNewsArticle", "HowTo"):
        block = (
            f'<script type="application/ld+json">{{"@type":"{kind}",'
            '"datePublished":"2024-03-12T10:00:00Z"}</script>'
        )
        art = parse(article(head=block))
        assert (art.published, art.published_source) == (date(2024, 3, 12), "json-ld"), kind
