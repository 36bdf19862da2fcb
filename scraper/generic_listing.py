"""Recognise news overview pages and read their article links and pagination.

Works on a tree from which page layout (navigation, sidebars, footers) has
already been removed, so the remaining repeated links are the items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from lxml import etree

from scraper.extract.dates.find import parse_day
from scraper.generic_dates import DATE_CLASS
from scraper.generic_tree import Element, class_matches, classes, rels, text
from scraper.html import resolve_href

# URL paths of news overviews (/news/, /nieuws/, /news/page/2/, ?page=3).
LISTING_PATH = re.compile(
    r"/(?:news|nieuws|nieuwsberichten|newsroom|press|pers|persberichten|berichten|"
    r"actueel|archive|archief|blog|stories|verhalen)/?(?:index\.\w+)?$"
    # "?p=2" pages an overview; "?p=31228" is a WordPress post's number.
    r"|/page/\d+/?$|[?&](?:page|pagina)=\d+|[?&]p=\d{1,3}(?!\d)",
    re.IGNORECASE,
)

NEXT_TEXTS: frozenset[str] = frozenset(
    {
        "next", "next page", "volgende", "volgende pagina", "›", "»", "next ›", "next »",
        "volgende ›", "volgende »", ">", ">>", "older posts", "older", "oudere berichten",
        "more news", "meer nieuws", "load more", "meer laden", "→", "next →",
    }
)  # fmt: skip

# A listing's second and later pages (/news/page/2/, ?page=3): not an index's first page.
PAGED_URL = re.compile(r"/page/\d+/?$|[?&](?:page|pagina|p)=\d+", re.IGNORECASE)

# class/id tokens of a repeated news item (card, teaser, list entry).
ITEM_TOKENS: frozenset[str] = frozenset(
    {"item", "teaser", "card", "entry", "result", "post", "story", "newsitem", "listitem", "tile"}
)

LIST_CLASS = re.compile(
    r"(?:news|nieuws|article|post|item)[-_]?(?:list|overview|overzicht|archive|grid|index)"
    r"|(?:list|overview|overzicht|archive)[-_]?(?:news|nieuws|articles)",
    re.IGNORECASE,
)

_NEXT_PREFIXES = ("next page", "volgende pagina")
_NEXT_FIRST = frozenset(label[0] for label in NEXT_TEXTS)
_PAGINATION_CLASS = re.compile("pag", re.IGNORECASE)
# Compiled once: XPath tests run in C instead of Python loops over descendants.
_HAS_LINK = etree.XPath("boolean(descendant::a[@href])")
_WITH_CLASS = etree.XPath("descendant::*[@class]")
_CLASS_SPLIT = re.compile(r"[\s_-]+")

_ASSET = re.compile(r"\.(?:jpe?g|png|gif|svg|webp|pdf|docx?|xlsx?|pptx?|zip|mp[34])$", re.I)


@dataclass(frozen=True, slots=True)
class ListingSignals:
    """What the page looks like as an overview: its item links, how sure we are, item dates."""

    links: tuple[str, ...]
    score: int
    oldest: date | None = None


def _same_host(url: str, host: str) -> bool:
    try:
        other = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return other == host or other.removeprefix("www.") == host.removeprefix("www.")


def _clean_links(anchors: list[Element], base: str, page_url: str, skip: set[str]) -> list[str]:
    host = (urlsplit(page_url).hostname or "").lower()
    seen: set[str] = set()
    out: list[str] = []
    for a in anchors:
        url = resolve_href(base, a.get("href"))
        if url is None or not _same_host(url, host) or _ASSET.search(urlsplit(url).path):
            continue
        if url.rstrip("/") == page_url.rstrip("/") or url in skip or url in seen:
            continue
        if LISTING_PATH.search(url):
            continue  # another overview page (pagination, category), not an item
        seen.add(url)
        out.append(url)
    return out


def _linked_anchor(heading: Element) -> Element | None:
    """The link in a heading, or the link around it."""
    inside = next((a for a in heading.iterdescendants("a") if a.get("href") is not None), None)
    if inside is not None:
        return inside
    return next((a for a in heading.iterancestors("a") if a.get("href") is not None), None)


def _has_link(tag: Element) -> bool:
    return bool(_HAS_LINK(tag))


def _title_anchor(item: Element) -> Element | None:
    for heading in item.iterdescendants("h2", "h3", "h4", "h5"):
        a = _linked_anchor(heading)
        if a is not None:
            return a
    texts = [(a, len(text(a))) for a in item.iterdescendants("a") if a.get("href") is not None]
    anchors = [(a, n) for a, n in texts if n >= 10]
    if anchors:
        return max(anchors, key=lambda pair: pair[1])[0]
    if item.tag == "a" and item.get("href"):
        return item
    return None


def _item_elements(area: Element) -> list[Element]:
    articles = [a for a in area.iterdescendants("article") if _has_link(a)]
    if len(articles) >= 3:
        return articles
    items: list[Element] = []
    for tag in area.iterdescendants("li", "div", "a", "section"):
        tokens = {c.lower() for c in _CLASS_SPLIT.split(" ".join(classes(tag))) if c}
        if tokens & ITEM_TOKENS and (tag.tag == "a" or _has_link(tag)):
            # Nested item markup (li.item > div.card) counts once, as the outer element.
            if not (items and any(p is items[-1] for p in tag.iterancestors())):
                items.append(tag)
    # Two teasers with item markup already make a list (the last page of an archive).
    if len(items) >= 2:
        return items
    return []


def _repeated_items(area: Element) -> list[Element]:
    """Items of unknown markup: the largest run of sibling elements, each with its own link.

    A news overview repeats one shape per article (``li``, ``div``, ``tr``,
    ``dt``...), whatever its classes say. An item counts when its title link
    carries much of its text (a teaser, not prose with a link in it).
    """
    best: list[Element] = []
    for parent in area.iter(etree.Element):
        if len(parent) < _MIN_ITEMS:
            continue
        groups: dict[str, list[Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in _ITEM_TAGS:
                groups.setdefault(child.tag, []).append(child)
        for children in groups.values():
            if len(children) < _MIN_ITEMS or len(children) <= len(best):
                continue
            linked = [c for c in children if _teaser_anchor(c) is not None]
            if len(linked) >= _MIN_ITEMS and len(linked) >= 0.6 * len(children):
                best = linked
    return best


def _heading_item(heading: Element, anchor: Element, area: Element) -> Element:
    """The block of one teaser found by its linked heading: where its date is read.

    The card the link wraps, else the largest block around the heading (up to
    four levels) that holds no other heading.
    """
    if anchor is not heading and heading in anchor.iterdescendants():
        return anchor
    item = heading
    for _ in range(4):
        parent = item.getparent()
        if parent is None or parent is area:
            break
        if sum(1 for _ in zip(range(2), parent.iterdescendants(*_HEADINGS), strict=False)) > 1:
            break
        item = parent
    return item


_HEADINGS = ("h2", "h3", "h4")


def _partner_length(item: Element) -> int:
    """Text length of the element after an item when it is of another kind (``dt`` + ``dd``)."""
    after = item.getnext()
    if after is None or not isinstance(after.tag, str) or after.tag == item.tag:
        return 0
    return len(text(after))


_MIN_ITEMS = 3
_ITEM_TAGS = frozenset({"li", "div", "tr", "dt", "article", "section", "p"})


def _teaser_anchor(item: Element) -> Element | None:
    """The item's title link, when the item reads as a teaser.

    That is: the link sits in a heading, or the item is short, or the link is
    much of its text.
    """
    anchor = _title_anchor(item)
    if anchor is None:
        # A short title is still the title when it is the item's only link.
        linked = [a for a in item.iterdescendants("a") if a.get("href") is not None]
        anchor = linked[0] if len(linked) == 1 else None
    if anchor is None:
        return None
    if next(anchor.iterancestors("h2", "h3", "h4", "h5"), None) is not None:
        return anchor
    length = len(text(item))
    return anchor if length < 300 or len(text(anchor)) >= 0.3 * length else None


def item_date(item: Element, date_order: str = "DMY") -> date | None:
    """The day a teaser shows: its ``<time>``, an element classed as a date, a short date line."""
    for el in item.iterdescendants("time"):
        day = parse_day(str(el.get("datetime") or text(el)), date_order=date_order)
        if day is not None:
            return day
    for el in item.iterdescendants():
        if isinstance(el.tag, str) and class_matches(el, DATE_CLASS):
            day = parse_day(text(el), date_order=date_order)
            if day is not None:
                return day
    for el in item.iter(etree.Element):
        if el.tag == "a" or len(el):
            continue  # a leaf outside the title link: "12.03.2024", "3 May 2024"
        line = text(el)
        if 6 <= len(line) <= 40 and _DIGIT.search(line):
            day = parse_day(line, date_order=date_order)
            if day is not None:
                return day
    return None


_DIGIT = re.compile(r"\d")


def listing_signals(
    area: Element, base: str, page_url: str, skip: set[str], *, date_order: str = "DMY"
) -> ListingSignals:
    """Item links of an overview page, a score (higher: more listing-like), the oldest item date.

    ``area`` is the main content area with page layout removed; ``skip`` are
    URLs that are never items (the canonical URL, alternates, next page).
    """
    items = _item_elements(area)
    if items:
        anchors = [a for item in items if (a := _title_anchor(item)) is not None]
    else:
        anchors = []
        for h in area.iterdescendants("h2", "h3", "h4"):
            a = _linked_anchor(h)
            if a is not None:
                anchors.append(a)
                items.append(_heading_item(h, a, area))
    links = _clean_links(anchors, base, page_url, skip)
    if len(links) < _MIN_ITEMS:
        repeated = _repeated_items(area)
        found = _clean_links([a for i in repeated if (a := _teaser_anchor(i)) is not None],
                             base, page_url, skip)  # fmt: skip
        # Without item markup, the run must be most of the page: a related-news
        # list beside an article's prose is not an overview.
        covered = sum(len(text(i)) + _partner_length(i) for i in repeated)
        if len(found) > len(links) and covered >= 0.5 * len(text(area)):
            items, links = repeated, found
    score = 0
    if len(links) >= 6:
        score += 3
    elif len(links) >= 3:
        score += 2
    if sum(1 for _ in area.iterdescendants("article")) >= 3:
        score += 1
    if LISTING_PATH.search(page_url):
        score += 2
    # An overview container ("news-list", "newsoverview") marks a listing even when empty.
    if any(class_matches(tag, LIST_CLASS) for tag in _WITH_CLASS(area)):  # type: ignore[arg-type, union-attr]  # elements
        score += 1
    days = [day for item in items if (day := item_date(item, date_order)) is not None]
    return ListingSignals(links=tuple(links), score=score, oldest=min(days, default=None))


def next_page(tree: Element, head_next: str | None, base: str, page_url: str) -> str | None:
    """The pagination link: ``rel=next``, else a "Next"/"Volgende"/"›" link."""
    if head_next:
        return resolve_href(base, head_next)
    host = (urlsplit(page_url).hostname or "").lower()
    for a in tree.iter("a"):
        href = a.get("href")
        if href is None:
            continue
        raw_label = a.get("aria-label") or a.get("title")
        label = str(raw_label).strip().lower() if raw_label else ""
        # The link text last: reading it is the costly test, and most links fail all of them.
        # Each test first looks whether the attribute it reads is there at all.
        if (
            (a.get("rel") is not None and "next" in rels(a))
            or (label and (label in NEXT_TEXTS or label.startswith(_NEXT_PREFIXES)))
            or (_next_class(a) and _in_pagination(a))
            or _reads_next(a)
        ):
            url = resolve_href(base, href)
            if url and _same_host(url, host) and url.rstrip("/") != page_url.rstrip("/"):
                return url
    return None


def _next_class(a: Element) -> bool:
    """A class token (split on space, "_" and "-") is "next", in any case."""
    value = a.get("class")
    # Most links have no class mentioning "next": skip splitting theirs.
    if not value or "next" not in value.lower():
        return False
    return "next" in {c.lower() for c in _CLASS_SPLIT.split(" ".join(value.split())) if c}


def _reads_next(a: Element) -> bool:
    """The link text, whitespace collapsed, is a "next" label."""
    if not len(a):
        # No children: the text is the element's own string, or nothing at all
        # inside a <template> or ruby; a label that cannot match needs no more.
        own = a.text.strip() if a.text else ""
        # The first character rules out nearly every link without splitting its text.
        if not own or own[0].lower()[0] not in _NEXT_FIRST:
            return False
        if " ".join(own.lower().split()) not in NEXT_TEXTS:
            return False
    return " ".join(text(a).lower().split()) in NEXT_TEXTS


def _in_pagination(a: Element) -> bool:
    """Inside an element whose class mentions pagination ("pager", "pagination")."""
    return any(class_matches(p, _PAGINATION_CLASS) for p in a.iterancestors())
