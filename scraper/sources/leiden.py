"""Leiden University news (www.universiteitleiden.nl), written in Python.

Why not TOML: the site needs three decisions a selector cannot make.

* The URL says what a page is: ``/en/news/2024/03/slug`` and ``/nieuws/2024/03/slug``
  are articles, ``/en/news`` and ``/nieuws`` listings, anything else (study
  programmes, staff pages) is neither and comes back as ``kind="page"``.
* The lead paragraph sits in ``div.intro``, outside the text block, and must come first.
* The date is display text only ("12 March 2024", "12 maart 2024"): no
  ``<time>`` element, no metadata, so it goes through ``parse_date``.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from scraper.extract.dates.find import parse_date
from scraper.html import link_tags, resolve_href, soup
from scraper.models import Page, ParsedArticle
from scraper.registry import source
from scraper.selectors import select, select_one

_ARTICLE_PATH = re.compile(r"^/(?:en/news|nieuws)/\d{4}/\d{2}/[^/]+/?$")
_LISTING_PATH = re.compile(r"^/(?:en/news|nieuws)/?$")
# Inside the text block but not part of the story.
_BOILERPLATE = ("div.share", "aside", "figure", "div.contact")


@source(
    name="leiden",
    hosts=["www.universiteitleiden.nl"],
    start_urls=[
        "https://www.universiteitleiden.nl/en/news",
        "https://www.universiteitleiden.nl/nieuws",
    ],
    version=1,
    languages=["en", "nl"],
    date_order="DMY",
    url_pattern=r"^https?://www\.universiteitleiden\.nl/(en/news|nieuws)(/|$|\?)",
)
class Leiden:
    """Articles and listings of the Leiden University news pages (English and Dutch)."""

    def parse(self, page: Page) -> ParsedArticle:
        """Read an article, a listing's links, or mark any other page as ``kind="page"``."""
        doc = soup(page)
        path = urlsplit(page.url).path
        language = _language(doc, path)
        tags = link_tags(doc, page.url)
        canonical = tags.canonical
        if _LISTING_PATH.match(path):
            return self._listing(page, doc, tags.base, language, canonical)
        if _ARTICLE_PATH.match(path):
            return self._article(page, doc, language, canonical)
        title = doc.find("title")
        return ParsedArticle(
            url=page.url,
            title=_text(title) if isinstance(title, Tag) else None,
            language=language,
            kind="page",
            canonical_url=canonical,
        )

    def _article(
        self, page: Page, doc: BeautifulSoup, language: str | None, canonical: str | None
    ) -> ParsedArticle:
        article = select_one(doc, "article.news-article", what="leiden article")
        for css in _BOILERPLATE:
            for tag in article.select(css):
                tag.decompose()
        title = _text(select_one(article, "h1", what="leiden title"))
        published = None
        for tag in select(article, "header .meta .date", min=0, max=1, what="leiden date"):
            published = self._date(_text(tag), page)
        intro = select(article, "div.intro p", min=0, what="leiden intro")
        body = select(article, "div.text > p, div.text > ul > li", min=1, what="leiden body")
        paragraphs = tuple(t for t in (_text(tag) for tag in intro + body) if t)
        return ParsedArticle(
            url=page.url,
            title=title,
            published=published,
            published_source="text" if published else None,
            language=language,
            paragraphs=paragraphs,
            kind="article",
            canonical_url=canonical,
        )

    def _listing(
        self,
        page: Page,
        doc: BeautifulSoup,
        base: str,
        language: str | None,
        canonical: str | None,
    ) -> ParsedArticle:
        items = select(doc, "ul.news-list > li a[href]", min=1, what="leiden listing")
        links = dict.fromkeys(url for a in items if (url := resolve_href(base, str(a["href"]))))
        following = select(doc, "div.pagination a.next[href]", min=0, max=1, what="leiden next")
        title = doc.find("title")
        return ParsedArticle(
            url=page.url,
            title=_text(title) if isinstance(title, Tag) else None,
            language=language,
            kind="listing",
            links=tuple(links),
            next_page=resolve_href(base, str(following[0]["href"])) if following else None,
            canonical_url=canonical,
        )

    def _date(self, text: str, page: Page) -> date | None:
        found = parse_date(
            text, date_order="DMY", languages=("en", "nl"), reference=page.fetched_at.date()
        )
        if found is None or found.precision != "day" or found.value is None:
            return None
        return date.fromisoformat(found.value)


def _language(doc: BeautifulSoup, path: str) -> str | None:
    html = doc.find("html")
    lang = html.get("lang") if isinstance(html, Tag) else None
    if isinstance(lang, str) and lang.strip():
        return lang.strip().split("-")[0].lower()
    # Older pages lack <html lang>; the URL still says which half of the site we are on.
    if path.startswith("/en/"):
        return "en"
    return "nl" if path.startswith("/nieuws") else None


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text().split())
