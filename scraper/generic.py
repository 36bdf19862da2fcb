"""``GenericSource``: a parser that reads any news page without site-specific rules.

Steps: decode and parse the HTML; read metadata (JSON-LD, ``<meta>``) before
scripts are removed; drop page layout (navigation, sidebars, footers, cookie
banners); read the publication date from the most reliable place that has
one; decide whether the page is an article, a listing or a static page; and
collect the body paragraphs. Pure: no I/O, no clock.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from urllib.parse import urlsplit

from lxml import etree

from scraper import generic_body as body
from scraper import generic_dates as dates
from scraper import metadata
from scraper.extract.dates.vocab import MONTHS
from scraper.generic_listing import listing_signals, next_page
from scraper.generic_tree import Element, has_text, text_longer_than
from scraper.html import cut_short, document, link_tags
from scraper.models import Page, PageKind, ParsedArticle

log = logging.getLogger(__name__)

# Short, frequent words that tell English from Dutch.
# Frequent words of languages whose dates can be read but that are not extracted:
# only used to read the dates of a page that does not declare its language. Words
# shared with English or Dutch ("die", "de", "en", "in") are left out.
DATE_STOPWORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        "der und den von zu das mit sich des auf für ist im dem nicht ein eine auch es werden "
        "aus hat dass sie nach wird bei einer um sind noch wie einem über einen so zum war "
        "haben nur oder aber vor zur bis mehr durch wurde".split()
    ),
    "fr": frozenset(
        "le la les des et un une du est que qui dans pour pas au sur par plus ne se ce il "
        "avec sont cette aux été".split()
    ),
}

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to in is that for with are was on as by this be have from at an it not "
        "which their has were will they".split()
    ),
    "nl": frozenset(
        "de het een en van in is dat op te voor met zijn niet aan er ook als bij door worden "
        "wordt naar om dit nog maar wij".split()
    ),
}


# Languages whose month and weekday names the date reader knows.
DATE_LANGUAGES: frozenset[str] = frozenset(MONTHS)

_KEY_SPLIT = re.compile(r"[^\w]+")
_WORD = re.compile(r"[a-zà-ÿ]+")
_MAIN_IDS = ("main-content", "content", "main")


class GenericSource:
    """A source for any news page: metadata first, then visible-page heuristics."""

    name = "generic"
    hosts: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    version = 1
    url_pattern: str | None = None

    def __init__(
        self, *, languages: tuple[str, ...] = ("en", "nl"), date_order: str = "DMY"
    ) -> None:
        self.languages = languages
        self.date_order = date_order

    def parse(self, page: Page) -> ParsedArticle:
        """Read title, dates, language, kind, links and body paragraphs of one page."""
        tree = document(page)
        return self.parse_tree(tree, page)

    def _date_languages(self, lang: str | None) -> tuple[str, ...]:
        """The source's languages, and the page's own when the date reader knows it."""
        if lang in DATE_LANGUAGES and lang not in self.languages:
            # A page that declares its language writes its dates in it ("20. Februar 2019").
            return (*self.languages, lang)
        return self.languages

    def parse_tree(self, tree: Element, page: Page) -> ParsedArticle:
        """Like :meth:`parse` on an lxml tree (``scraper.html.document``). The tree is modified."""
        truncated = cut_short(tree)
        meta = metadata.meta_map(tree)
        objects = metadata.json_ld_objects(tree)
        tags = link_tags(tree, page.url)
        base = tags.base
        canonical, alternates = tags.declared_url, tags.alternates
        lang = metadata.language(tree, meta, page.headers.get("content-language"))
        head_next = tags.next_page
        # Links to the page itself (permalinks around a title or a date) are no teasers.
        own = dates.own_url_keys(page.url, canonical)
        # Dates are read before the body is: a page that does not say its language
        # gets it guessed from its text, for reading dates only.
        date_lang = lang or _vote_language(_sample_text(tree), {**STOPWORDS, **DATE_STOPWORDS})
        og_title = meta.get("og:title") or meta.get("twitter:title")
        title_el = next(tree.iter("title"), None)
        title_tag = "".join(title_el.itertext()) if title_el is not None else None  # type: ignore[arg-type]

        published, modified = metadata.json_ld_dates(objects, self.date_order)
        source = "json-ld" if published else None
        meta_published, meta_modified = metadata.meta_dates(meta, self.date_order)
        modified = modified or meta_modified
        if published is None and meta_published is not None:
            published, source = meta_published, "meta"
        # Page state in a script: weaker than what the page shows, read after it (below).
        script_day = (
            dates.script_date(tree, self.date_order, page.fetched_at.date())
            if published is None
            else None
        )

        # The last resort reads the whole page, before anything is removed from it.
        extensive = (
            dates.extensive_date(
                tree,
                meta,
                self.date_order,
                self._date_languages(date_lang),
                page.fetched_at.date(),
                # A day seen once, on a page that does not say it is an article, may
                # be anything (an event, a deadline): a static page has no date.
                min_count=1
                if _declares_article(objects, meta) or _story_slug(page.url) or _story_id(page.url)
                else 2,
                own=own,
            )
            if published is None
            else None
        )
        body.drop_noise(tree)
        root = _body(tree)
        # The article's own header and footer bars look like page chrome: read them first.
        # Only a page whose metadata gives no publication date needs them: metadata's
        # date is never dropped below, and the frame is a last resort (speed only).
        framed = (
            dates.framed_date(
                tree, self.date_order, self._date_languages(date_lang), page.fetched_at.date()
            )
            if published is None
            else None
        )
        # Pagination sits in a <nav>: read it before page layout is removed.
        nxt = next_page(root, head_next, base, page.url)
        body.drop_chrome(root, tokens=body.LAYOUT_TOKENS)
        area = _main_area(tree)
        h1 = _find_h1(area, tree)

        title = _choose_title(
            h1_text=metadata.clean_text(body.inline_text(h1)) if h1 is not None else None,
            og_title=og_title,
            headline=metadata.json_ld_headline(objects),
            title_tag=title_tag,
            site_name=meta.get("og:site_name"),
        )

        # The visible page, most reliable first; metadata above wins over all of it.
        latest = page.fetched_at.date()
        order, langs = self.date_order, self._date_languages(date_lang)
        time_published, time_modified = dates.time_dates(
            area, tree, order, latest, own=own, languages=langs
        )
        modified = modified or time_modified
        text_published = text_modified = text_anywhere = None
        if published is None or time_published is None or modified is None:
            # Else what the date lines would give is never read: the page's date comes
            # from its metadata, the <time> under the headline is the one shown, and
            # the modified date is known (speed only).
            text_published, text_modified, text_anywhere = dates.text_dates(
                area, h1, order, langs, latest, own=own
            )
        modified = modified or text_modified
        marked_published = marked_modified = None
        if published is None or modified is None:
            # What they would give is otherwise never read (speed only).
            marked_published, marked_modified = dates.marked_dates(
                area, order, langs, latest, own=own
            )
        modified = modified or marked_modified
        url_day = next(
            (d for u in (page.url, canonical) if u and (d := dates.url_date(u)) and d <= latest),
            None,
        )
        visible = time_published or text_published
        if (
            source in ("json-ld", "meta")
            and published is not None
            and visible is not None
            and abs((visible - published).days) == 1
        ):
            # A machine time stamp converted to another time zone moves the day by one;
            # the date the page shows under its headline is the day where it was written.
            published, source = visible, "time" if visible == time_published else "text"
        if (
            source == "json-ld"
            and meta_published is not None
            and meta_published != published
            and visible == meta_published
        ):
            # JSON-LD and <meta> disagree (one of them a later edit or a reissue): the
            # one the page shows under its headline is the page's.
            published, source = meta_published, "meta"
        if (
            source == "meta"
            and visible is not None
            and visible != published
            and metadata.only_generic_meta_date(meta, order)
        ):
            # A <meta name="date"> may be the day the page was last saved: a day the
            # page shows as its own under the headline outweighs it.
            published, source = visible, "time" if visible == time_published else "text"
        named_meta = metadata.named_meta_date(meta, order) if published is None else None
        for candidate, where in (
            (time_published, "time"),
            (text_published, "text"),
            (named_meta, "meta"),
            (script_day, "meta"),
            (marked_published, "text"),
            (url_day, "url"),
            (framed, "time"),
            (text_anywhere, "text"),
            (extensive, "text"),
        ):
            if published is None and candidate is not None:
                published, source = candidate, where
        if url_day is not None and published != url_day:
            # A CMS mints a dated URL on the day it publishes: a metadata date a day
            # off is a time-zone shift, one further off is most often a later edit.
            published, source = url_day, "url"

        skip = {u for u in (canonical, *alternates.values()) if u}
        if nxt:
            skip.add(nxt)
        listing = listing_signals(area, base, page.url, skip, date_order=order)

        container = body.find_container(tree)
        if container is None:
            container = area
        lead_paragraphs: list[str] = []
        for block in body.lead_blocks(container, h1):
            body.drop_chrome(block, tokens=body.CHROME_TOKENS)
            lead_paragraphs += body.paragraphs(block, title)
        before, after = body.body_sections(container)
        paragraphs = []
        for block in (*before, container, *after):
            body.drop_chrome(block, tokens=body.CHROME_TOKENS)
            paragraphs += body.paragraphs(block, title)
        paragraphs = body.drop_trailing_headings(paragraphs, (*before, container, *after))
        if lead_paragraphs:
            # An intro that the body repeats (a summary field and the first paragraph) counts once.
            repeated = set(paragraphs)
            paragraphs = [p for p in lead_paragraphs if p not in repeated] + paragraphs
        if published is None and not extensive:
            lead = dates.lead_date(paragraphs[:3], order, langs, latest)
            if lead is not None:
                published, source = lead, "text"
        kind = _kind(
            listing.score,
            listing.links,
            paragraphs,
            objects,
            meta,
            published,
            source,
            # A full date and a slug, a slug or a number in the page's own URL name one
            # story, not an overview.
            dated_story=dates.dated_story_url(page.url),
            story_slug=_story_slug(page.url) or _story_id(page.url),
        )

        if lang is None:
            lang = _vote_language(paragraphs or ([title] if title else []))
        return ParsedArticle(
            url=page.url,
            title=title,
            # A listing's dates belong to its items, not to the page.
            published=published if kind != "listing" else None,
            published_source=source if published and kind != "listing" else None,
            language=lang,
            paragraphs=tuple(paragraphs) if kind != "listing" else (),
            kind=kind,
            links=listing.links if kind == "listing" else (),
            next_page=nxt if kind == "listing" else None,
            canonical_url=canonical,
            modified=modified,
            alternates=alternates,
            oldest_listed=listing.oldest if kind == "listing" else None,
            truncated=truncated,
            site_name=metadata.site_name(meta, objects),
        )


def _body(tree: Element) -> Element:
    """The ``<body>`` element, else the whole tree."""
    found = next(tree.iter("body"), None)
    return found if found is not None else tree


def _main_area(tree: Element) -> Element:
    """Where the article lives: ``<main>``, a single ``<article>``, else the body."""
    main = role_main = None
    by_id: dict[str, Element] = {}
    articles: list[Element] = []
    # One pass collects every candidate the rules below consider, first of each kind.
    for el in tree.iter(etree.Element):
        if main is None and el.tag == "main":
            main = el
        if role_main is None and el.get("role") == "main":
            role_main = el
        el_id = el.get("id")
        if el_id in _MAIN_IDS and el_id not in by_id:
            by_id[el_id] = el
        if el.tag == "article" and len(articles) < 2:
            articles.append(el)
    for found in (main, role_main, *(by_id.get(name) for name in _MAIN_IDS)):
        if found is not None and text_longer_than(found, 200):
            return found
    if len(articles) == 1:
        return articles[0]
    return _body(tree)


def _find_h1(area: Element, tree: Element) -> Element | None:
    h1 = next(area.iterdescendants("h1"), None)
    if h1 is None:
        h1 = next(tree.iter("h1"), None)
    return h1 if h1 is not None and has_text(h1) else None


def _key(text: str) -> str:
    return " ".join(_KEY_SPLIT.sub(" ", text.lower()).split())


def _choose_title(
    *,
    h1_text: str | None,
    og_title: str | None,
    headline: str | None,
    title_tag: str | None,
    site_name: str | None,
) -> str | None:
    """og:title, JSON-LD headline, the h1, then ``<title>`` minus the site name.

    The visible h1 wins when it agrees with one of the others: it has the
    editor's own spelling and never a site suffix.
    """
    candidates = [
        metadata.strip_site_suffix(t, site_name)
        for t in (og_title, headline, title_tag)
        if t and t.strip()
    ]
    if h1_text:
        h1_key = _key(h1_text)
        for cand in candidates:
            key = _key(cand)
            if key and (key == h1_key or key.startswith(h1_key) or h1_key.startswith(key)):
                return h1_text
    ordered = [*candidates[:2], *([h1_text] if h1_text else []), *candidates[2:]]
    return ordered[0] if ordered else None


def _kind(
    listing_score: int,
    links: tuple[str, ...],
    paragraphs: list[str],
    objects: list[dict[str, object]],
    meta: dict[str, str],
    published: date | None,
    published_source: str | None,
    *,
    dated_story: bool = False,
    story_slug: bool = False,
) -> PageKind:
    """``listing`` for a news overview, ``page`` without a publication date, else ``article``."""
    article_score = 0
    if dated_story:
        article_score += 4
    elif story_slug:
        # The URL is a headline or an item's number: an overview's URL names a section.
        article_score += 2
    if published_source in ("json-ld", "meta"):
        # Overviews rarely declare a publication date of their own.
        article_score += 2
    elif published_source in ("time", "text"):
        article_score += 1
    if metadata.is_article_type(objects):
        article_score += 2
    if meta.get("og:type", "").lower() == "article":
        article_score += 2
    long_text = sum(len(p) for p in paragraphs if len(p) > 120)
    if long_text >= 3000:
        article_score += 4  # this much prose is an article, whatever links surround it
    elif long_text >= 1500:
        article_score += 2
    if long_text >= 1500 and long_text >= 250 * len(links):
        # Far more prose than a teaser per link: the links surround an article.
        article_score += 2
    elif long_text >= 600:
        article_score += 1
    if listing_score >= 3 and listing_score > article_score and (links or published is None):
        return "listing"
    if published is None:
        return "page"
    return "article"


def _sample_text(tree: Element, limit: int = 3000) -> list[str]:
    """The first visible text of the page, about ``limit`` characters, in pieces."""
    out: list[str] = []
    size = 0
    for el in tree.iter(etree.Element):
        if el.tag in _NOT_TEXT:
            continue
        for piece in (el.text, el.tail):
            if piece and not piece.isspace():
                out.append(piece)
                size += len(piece)
        if size >= limit:
            break
    return [" ".join(out)]


_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "head", "title", "meta"})


def _declares_article(objects: list[dict[str, object]], meta: dict[str, str]) -> bool:
    """JSON-LD or Open Graph says the page is an article."""
    return metadata.is_article_type(objects) or meta.get("og:type", "").lower() == "article"


def _story_slug(url: str) -> bool:
    """The URL ends in a headline made into a slug ("/universities-sign-a-new-covenant").

    Static pages have short names ("/about/partnerships"); a story's slug is its title.
    """
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    last = next((seg for seg in reversed(path.split("/")) if seg), "")
    words = [w for w in _SLUG_SPLIT.split(last.rsplit(".", 1)[0]) if w.isalpha()]
    return len(words) >= _SLUG_WORDS


_SLUG_SPLIT = re.compile(r"[-_+]+")
_SLUG_WORDS = 3


def _story_id(url: str) -> bool:
    """The URL names one item by its number ("/news/615163.html", "?newsid=6486285", "?p=31228").

    An overview's URL names a section, or a page of it by a small number ("?page=2").
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return bool(_ID_SEGMENT.search(parts.path) or _ID_PARAMETER.search(parts.query))


_ID_SEGMENT = re.compile(r"/\d{5,}(?:\.\w+)?$")
_ID_PARAMETER = re.compile(
    r"(?:^|&)(?:p|id|nid|newsid|news_id|articleid|article_id|storyid|story_id|postid|post_id)"
    r"=\d{4,}(?:&|$)",
    re.IGNORECASE,
)


def _vote_language(
    texts: list[str], stopwords: dict[str, frozenset[str]] = STOPWORDS
) -> str | None:
    """English or Dutch by counting frequent short words; None when neither shows."""
    words = _WORD.findall(" ".join(texts[:20]).lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in stopwords.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else None
