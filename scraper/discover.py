"""Finding URLs to crawl: links in HTML, sitemaps, feeds and robots.txt.

Everything here takes bytes or text and returns dataclasses; nothing fetches.
The caller fetches (through robots, throttle and the fetcher), then hands the
body over. Scope is the caller's job too: URLs come back absolute and cleaned
(``scraper.urls.clean_url``) but for any host, to be filtered with
``filter_scope`` or ``scraper.urls.in_scope``.

XML goes through ``scraper.xmlsafe``: no entity expansion, no network, no DTD
loading, gzip inflated with a cap. Broken input gives what could be read and
an ``error``; these functions never raise on bad input.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html import unescape
from urllib.parse import urljoin

from lxml import etree

from scraper.html import FEED_TYPES, body_text, document_from_text, link_tags, resolve_href
from scraper.urls import clean_url, host_of, in_scope, url_key
from scraper.xmlsafe import local_name, maybe_gunzip, parse_xml, text_of

logger = logging.getLogger(__name__)

__all__ = [
    "FEED_TYPES",
    "SITEMAP_MAX_BYTES",
    "SITEMAP_MAX_ENTRIES",
    "Feed",
    "FeedEntry",
    "HtmlLinks",
    "Sitemap",
    "SitemapEntry",
    "filter_scope",
    "html_links",
    "parse_feed",
    "parse_sitemap",
    "robots_sitemaps",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# The sitemaps.org limits: a sitemap holds at most 50,000 URLs and 50 MiB
# uncompressed, an index at most 50,000 sitemaps.
SITEMAP_MAX_BYTES = DEFAULT_MAX_BYTES
SITEMAP_MAX_ENTRIES = 50_000
_TAG = re.compile(r"<[^>]*>")
_YEAR_OR_MONTH = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


@dataclass(frozen=True, slots=True)
class HtmlLinks:
    """What an HTML page points to. All URLs absolute, cleaned, http(s) only.

    ``links`` are ``<a href>`` and ``<area href>`` targets, deduplicated by
    ``url_key``, in document order; ``nofollow`` lists those marked
    ``rel=nofollow`` (kept in ``links``: for us nofollow says nothing about
    whether a page is news). ``alternates`` maps hreflang codes (lower-case) to
    URLs. ``base_url`` is what relative links were resolved against.
    """

    base_url: str
    links: list[str] = field(default_factory=list)
    nofollow: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    canonical: str | None = None
    og_url: str | None = None
    alternates: dict[str, str] = field(default_factory=dict)
    meta_refresh: str | None = None
    next_page: str | None = None


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    """One ``<url>`` of a sitemap. ``lastmod`` is timezone-aware (UTC when unstated)."""

    loc: str
    lastmod: datetime | None = None


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap: page URLs, or (for a sitemap index) child sitemap URLs."""

    urls: list[SitemapEntry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One RSS item or Atom entry. ``published`` is timezone-aware (UTC when unstated)."""

    link: str
    title: str | None = None
    published: datetime | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed RSS 2.0, RSS 1.0 or Atom feed."""

    entries: list[FeedEntry] = field(default_factory=list)
    title: str | None = None
    error: str | None = None


# -- HTML -------------------------------------------------------------------


def html_links(html: str | bytes, base_url: str, *, content_type: str | None = None) -> HtmlLinks:
    """Collect the links, feeds, canonical, alternates, refresh and next page of a page.

    Bytes are decoded by ``scraper.html`` (BOM, the ``content_type`` header's
    charset, ``<meta>`` charset, a guess, windows-1252). The link tags are
    read by ``scraper.html.link_tags``, hrefs resolved by
    ``scraper.html.resolve_href``, against ``<base href>`` when present (itself
    resolved against ``base_url``), as browsers do, even when it names another
    host. ``next_page`` is the first ``<link rel=next>``, else the first
    ``<a rel=next>``. Never raises on broken HTML: an unparseable page gives an
    empty result.
    """
    root = _html_root(html, content_type)
    if root is None:
        return HtmlLinks(base_url=base_url)
    tags = link_tags(root, base_url)
    base = tags.base
    links: dict[str, str] = {}
    nofollow: dict[str, str] = {}
    next_page = None
    for element in root.iter("a", "area"):
        url = _fetchable(base, element.get("href"))
        if url is None:
            continue
        rel = set((element.get("rel") or "").lower().split())
        if "next" in rel:
            next_page = next_page or url
        links.setdefault(url_key(url), url)
        if "nofollow" in rel:
            nofollow.setdefault(url_key(url), url)
    feeds: dict[str, str] = {}
    for feed in tags.feeds:
        if cleaned := _fetchable(None, feed):
            feeds.setdefault(url_key(cleaned), cleaned)
    alternates = {
        lang: cleaned for lang, url in tags.alternates.items() if (cleaned := _fetchable(None, url))
    }
    return HtmlLinks(
        base_url=base,
        links=list(links.values()),
        nofollow=list(nofollow.values()),
        feeds=list(feeds.values()),
        canonical=_fetchable(None, tags.canonical),
        og_url=_fetchable(None, tags.og_url),
        alternates=alternates,
        meta_refresh=_fetchable(None, tags.meta_refresh),
        next_page=_fetchable(None, tags.next_page) or next_page,
    )


# Cheap test before parsing a whole page for its refresh: the attribute must be there.
_MAY_REFRESH = re.compile(rb"http-equiv\s*=\s*[\"']?\s*refresh")


def meta_refresh(html: bytes, base_url: str, *, content_type: str | None = None) -> str | None:
    """The URL a ``<meta http-equiv=refresh>`` sends to, resolved, or None.

    The same answer as ``html_links(...).meta_refresh``, but a page without the
    attribute (almost every page) costs one byte scan instead of a parse.
    """
    if b"\x00" not in html:
        lowered = html.lower()
        # A substring search first: the regex alone costs four times as much.
        if b"refresh" not in lowered or not _MAY_REFRESH.search(lowered):
            return None
    return html_links(html, base_url, content_type=content_type).meta_refresh


def _html_root(html: str | bytes, content_type: str | None) -> etree._Element | None:
    text = body_text(html, content_type) if isinstance(html, bytes) else html
    if not text.strip():
        return None
    return document_from_text(text)


def _fetchable(base: str | None, href: str | None) -> str | None:
    """``href`` resolved against ``base`` and cleaned for fetching, or None.

    ``scraper.html.resolve_href`` then ``clean_url``; without a ``base`` only
    an absolute URL counts.
    """
    url = resolve_href(base or "", href)
    return clean_url(url) if url and host_of(url) else None


# -- sitemaps ---------------------------------------------------------------


def parse_sitemap(body: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Sitemap:
    """Read an XML sitemap, sitemap index, plain-text sitemap or a feed used as sitemap.

    Gzip bodies are inflated up to ``max_bytes``; a bigger one (a gzip bomb)
    gives an empty result with an error. Never raises.
    """
    data, error = maybe_gunzip(body, max_bytes=max_bytes)
    if error:
        return Sitemap(error=error)
    if not data.strip():
        return Sitemap(error="empty document")
    if not _looks_like_xml(data):
        return _text_sitemap(data)
    doc = parse_xml(data)
    if doc.root is None:
        return Sitemap(error=doc.error)
    kind = local_name(doc.root)
    if kind in ("rss", "rdf", "feed"):
        feed = _feed_from_root(doc.root, None)
        entries = [SitemapEntry(e.link, e.published) for e in feed.entries]
        return Sitemap(urls=entries, error=doc.error or feed.error)
    if kind == "sitemapindex":
        children = [_child(node, "loc") for node in _elements(doc.root, "sitemap")]
        return Sitemap(
            sitemaps=[u for u in (_fetchable(None, c) for c in children) if u], error=doc.error
        )
    if kind != "urlset":
        return Sitemap(error=f"not a sitemap: root element <{kind}>")
    entries = []
    for node in _elements(doc.root, "url"):
        loc = _fetchable(None, _child(node, "loc"))
        if loc:
            entries.append(SitemapEntry(loc, _iso_datetime(_child(node, "lastmod"))))
    return Sitemap(urls=entries, error=doc.error)


def _looks_like_xml(data: bytes) -> bool:
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") or data.startswith((b"\xff\xfe", b"\xfe\xff"))


def _text_sitemap(data: bytes) -> Sitemap:
    """One URL per line (sitemaps.org "text file" format)."""
    urls, bad = [], 0
    for line in data.decode("utf-8", "replace").splitlines():
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        url = _fetchable(None, line)
        if url:
            urls.append(SitemapEntry(url))
        else:
            bad += 1
    error = f"{bad} lines are not http(s) URLs" if bad else None
    return Sitemap(urls=urls, error=error)


def robots_sitemaps(robots_txt: str) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt (case-insensitive), in order, once each."""
    found: dict[str, str] = {}
    for line in robots_txt.lstrip("\ufeff").splitlines():
        name, sep, value = line.partition(":")
        if not sep or name.strip().lower() != "sitemap":
            continue
        # A comment needs whitespace before '#': a '#' inside a URL is a fragment.
        value = re.split(r"\s#", value, maxsplit=1)[0].strip()
        url = _fetchable(None, value)
        if url:
            found.setdefault(url, url)
    return list(found)


def filter_scope(urls: Iterable[str], hosts: Iterable[str]) -> list[str]:
    """The URLs that are ``in_scope`` for ``hosts``, order kept."""
    allowed = (hosts,) if isinstance(hosts, str) else tuple(hosts)
    return [url for url in urls if in_scope(url, allowed)]


# -- feeds ------------------------------------------------------------------


def parse_feed(
    body: bytes, *, base_url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Feed:
    """Read the entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. Never raises.

    Relative links (Atom ``xml:base``, or sloppy RSS) resolve against
    ``base_url``, the feed's own URL; without it they are dropped.
    """
    data, error = maybe_gunzip(body, max_bytes=max_bytes)
    if error:
        return Feed(error=error)
    doc = parse_xml(data)
    if doc.root is None:
        return Feed(error=doc.error)
    feed = _feed_from_root(doc.root, base_url)
    return Feed(entries=feed.entries, title=feed.title, error=doc.error or feed.error)


def _feed_from_root(root: etree._Element, base_url: str | None) -> Feed:
    kind = local_name(root)
    if kind == "feed":
        items, entry_tag = _elements(root, "entry"), "entry"
    elif kind in ("rss", "rdf"):
        items, entry_tag = _elements(root, "item"), "item"
    else:
        return Feed(error=f"not a feed: root element <{kind}>")
    title_node = (
        _first(root, "title") if kind == "feed" else _first(_first(root, "channel"), "title")
    )
    entries = []
    for item in items:
        link = _atom_link(item, base_url) if entry_tag == "entry" else _rss_link(item, base_url)
        if link is None:
            continue
        title = _plain(text_of(_first(item, "title"))) or None
        entries.append(FeedEntry(link, title, _entry_date(item)))
    return Feed(entries=entries, title=text_of(title_node) or None)


def _plain(text: str) -> str:
    """Feed titles often carry escaped HTML (``<b>``, ``&amp;eacute;``): keep the text."""
    if "<" in text or "&" in text:
        text = unescape(_TAG.sub("", text))
    return " ".join(text.split())


def _rss_link(item: etree._Element, base_url: str | None) -> str | None:
    # An item may carry an <atom:link href> beside (or instead of) <link>text</link>.
    for node in _elements(item, "link", deep=False):
        link = _fetchable(base_url, text_of(node) or node.get("href", ""))
        if link:
            return link
    # RSS allows an item without <link>; its guid is then the permalink unless
    # isPermaLink="false".
    guid = _first(item, "guid")
    if guid is not None and (guid.get("isPermaLink") or "true").strip().lower() != "false":
        return _fetchable(base_url, text_of(guid))
    return None


def _atom_link(entry: etree._Element, base_url: str | None) -> str | None:
    candidates = []
    for link in _elements(entry, "link", deep=False):
        rel = (link.get("rel") or "alternate").strip().lower()
        if rel == "alternate" and link.get("href"):
            html_first = (link.get("type") or "text/html").lower() != "text/html"
            candidates.append((html_first, link))
    if not candidates:
        return None
    link = min(candidates, key=lambda pair: pair[0])[1]
    # xml:base on the entry or its ancestors comes before the feed URL.
    base = _xml_base(link, base_url)
    return _fetchable(base, link.get("href", ""))


def _xml_base(element: etree._Element, base_url: str | None) -> str | None:
    bases = [
        node.get("{http://www.w3.org/XML/1998/namespace}base")
        for node in [element, *element.iterancestors()]
    ]
    base = base_url
    for value in reversed([b for b in bases if b]):
        base = urljoin(base, value) if base else value
    return base


def _entry_date(item: etree._Element) -> datetime | None:
    for name in ("pubdate", "published", "date", "issued", "updated", "modified"):
        text = _child(item, name)
        if text:
            return _rfc822_datetime(text) or _iso_datetime(text)
    return None


# -- small shared readers ---------------------------------------------------


def _elements(root: etree._Element, name: str, *, deep: bool = True) -> list[etree._Element]:
    nodes = root.iter() if deep else iter(root)
    return [node for node in nodes if local_name(node) == name]


def _first(parent: etree._Element | None, name: str) -> etree._Element | None:
    if parent is None:
        return None
    return next((node for node in parent if local_name(node) == name), None)


def _child(parent: etree._Element, name: str) -> str:
    return text_of(_first(parent, name))


def _iso_datetime(text: str) -> datetime | None:
    """W3C datetime (sitemaps, Atom, dc:date): ``YYYY`` to full timestamps."""
    text = text.strip()
    if not text:
        return None
    partial = _YEAR_OR_MONTH.match(text)
    try:
        if partial:
            value = datetime(int(partial.group(1)), int(partial.group(2) or 1), 1)
        else:
            value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _rfc822_datetime(text: str) -> datetime | None:
    """RSS ``pubDate`` (RFC 822 with four-digit years in practice)."""
    try:
        value = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
