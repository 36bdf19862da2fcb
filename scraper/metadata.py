"""Page metadata from the ``<head>``: JSON-LD, ``<meta>`` tags, title, language.

Pure functions over a parsed lxml tree (``scraper.html.document``). The
generic parser combines these with what it reads from the visible page
(``scraper.generic``). URLs the head declares (canonical, alternates, base)
are read by ``scraper.html.link_tags``, the one reader of link tags.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from scraper.extract.dates.find import parse_day
from scraper.generic_tree import Element

log = logging.getLogger(__name__)

# JSON-LD types whose datePublished is the page's own date. WebPage comes
# last: many CMSs put a site-wide WebPage next to the NewsArticle.
ARTICLE_TYPES: tuple[str, ...] = (
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNews",
    # schema.org's kinds of NewsArticle and Article
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "SatiricalArticle",
    "AdvertiserContentArticle",
    "ScholarlyArticle",
    "Report",
    "TechArticle",
    "PressRelease",
    "LiveBlogPosting",
    "Blog",
    "SocialMediaPosting",
    "WebPage",
    "ItemPage",
    "AboutPage",
    # Works that are a page's own content without being articles: their datePublished
    # dates the page, but they do not make it an article.
    "HowTo",
    "Recipe",
)

PUBLISHED_META: tuple[str, ...] = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "publicationdate",
    "published_time",
    "date",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "citation_publication_date",
    "citation_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "originalpublicationdate",
)

MODIFIED_META: tuple[str, ...] = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
    "datemodified",
)

_LD_JSON_TYPE = re.compile(r"ld\+json", re.IGNORECASE)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_DECODER = json.JSONDecoder(strict=False)
_BETWEEN_VALUES = re.compile(r"[\s,;]*")
_LANGUAGE_SPLIT = re.compile(r"[-_,;\s]")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")

_SITE_SUFFIX = re.compile(r"\s+(?:[|–—·•»:]|-|::)\s+[^|–—·•»]{1,60}$")


def json_ld_objects(tree: Element) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, flattened out of lists and ``@graph``."""
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if not _LD_JSON_TYPE.search(script.get("type") or ""):
            continue
        data = _load_json(script.text or "")
        if data is not None:
            found.extend(_flatten(data))
    return found


def _load_json(raw: str) -> Any:
    raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip()
    if not raw:
        return None
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        pass
    # Hand-written JSON-LD often has trailing commas; try once without them.
    raw = _TRAILING_COMMA.sub(r"\1", raw)
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        pass
    # Several objects one after the other in one block ("{...} {...}", "{...},{...}"):
    # read them as a list, as far as they are readable.
    found: list[Any] = []
    at = 0
    while at < len(raw):
        try:
            value, at = _DECODER.raw_decode(raw, at)
        except ValueError:
            break
        found.append(value)
        at = _BETWEEN_VALUES.match(raw, at).end()  # type: ignore[union-attr]  # always matches
    if not found:
        log.debug("unreadable JSON-LD block skipped")
    return found or None


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and "@type" in main:
            yield from _flatten(main)


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return [str(v).rsplit("/", 1)[-1] for v in values]


def article_objects(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """JSON-LD objects describing the page itself, most specific type first."""
    ranked = []
    for obj in objects:
        types = _types(obj)
        ranks = [ARTICLE_TYPES.index(t) for t in types if t in ARTICLE_TYPES]
        if ranks:
            ranked.append((min(ranks), obj))
    ranked.sort(key=lambda pair: pair[0])
    return [obj for _, obj in ranked]


def is_article_type(objects: list[dict[str, Any]]) -> bool:
    """True when JSON-LD declares an article-like type (not just a WebPage)."""
    return any(
        t in ARTICLE_TYPES[: ARTICLE_TYPES.index("WebPage")] for o in objects for t in _types(o)
    )


def _day(value: Any, date_order: str) -> date | None:
    return parse_day(value, date_order=date_order) if isinstance(value, str) else None


def json_ld_dates(
    objects: list[dict[str, Any]], date_order: str
) -> tuple[date | None, date | None]:
    """``(datePublished, dateModified)`` of the page's own JSON-LD object."""
    published = modified = None
    for obj in article_objects(objects):
        published = published or _day(obj.get("datePublished"), date_order)
        modified = modified or _day(obj.get("dateModified"), date_order)
        if published is None and "dateCreated" in obj:
            published = _day(obj.get("dateCreated"), date_order)
    return published, modified


def json_ld_headline(objects: list[dict[str, Any]]) -> str | None:
    """The ``headline`` (or ``name``) of the page's own article object."""
    for obj in article_objects(objects):
        for key in ("headline", "name"):
            value = obj.get(key)
            if isinstance(value, str) and value.strip():
                return clean_text(value)
    return None


def site_name(meta: dict[str, str], objects: list[dict[str, Any]]) -> str | None:
    """The name the site gives itself: ``og:site_name``, else the name of the publisher
    of the page's own JSON-LD article object."""
    named = meta.get("og:site_name")
    if named and named.strip():
        return clean_text(named)
    for obj in article_objects(objects):
        publisher = obj.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        name = publisher.get("name") if isinstance(publisher, dict) else None
        if isinstance(name, str) and name.strip():
            return clean_text(name)
    return None


def meta_map(tree: Element) -> dict[str, str]:
    """``<meta>`` name/property/itemprop/http-equiv -> content, lower-case keys, first wins."""
    out: dict[str, str] = {}
    for tag in tree.iter("meta"):
        content = tag.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = tag.get(attr)
            if key is not None and key.strip():
                out.setdefault(key.strip().lower(), content.strip())
    return out


def meta_dates(meta: dict[str, str], date_order: str) -> tuple[date | None, date | None]:
    """``(published, modified)`` from ``<meta>`` tags."""
    published = next((d for key in PUBLISHED_META if (d := _day(meta.get(key), date_order))), None)
    modified = next((d for key in MODIFIED_META if (d := _day(meta.get(key), date_order))), None)
    return published, modified


# Names that say only "a date": some CMSs fill them with the day a page was
# created or last saved, not the day it was published.
GENERIC_DATE_META: frozenset[str] = frozenset({"date", "dcterms.date", "dc.date", "citation_date"})


def only_generic_meta_date(meta: dict[str, str], date_order: str) -> bool:
    """Whether the published day of :func:`meta_dates` comes from a generic name only."""
    return not any(
        _day(meta.get(key), date_order) for key in PUBLISHED_META if key not in GENERIC_DATE_META
    )


def named_meta_date(meta: dict[str, str], date_order: str) -> date | None:
    """A day in a ``<meta>`` tag a site named after publishing, in no list.

    ("nieuws:publicatiedatum", "article.publishDate", "cXenseParse:recs:publishtime"),
    never one about a change, an expiry or the publisher. Weaker evidence than
    the well-known names of :func:`meta_dates`: the generic parser reads it
    after the dates the page shows under its headline.
    """
    return next(
        (
            d
            for key, value in meta.items()
            if _PUBLISHED_KEY.search(key)
            and not _NOT_PUBLISHED_KEY.search(key)
            and (d := _day(value, date_order))
        ),
        None,
    )


# Site-specific names of a publication date, and names that say a date is something else.
_PUBLISHED_KEY = re.compile(r"publi|pubdate|pub[_.:-]?(?:date|time)|issued|posted", re.IGNORECASE)
_NOT_PUBLISHED_KEY = re.compile(
    r"modif|updat|edit|expir|valid|avail|revis|wijzig|first|embargo|publisher", re.IGNORECASE
)


def clean_text(text: str) -> str:
    """Collapse whitespace (including non-breaking spaces) and trim."""
    return " ".join(text.split())


def strip_site_suffix(title: str, site_name: str | None = None) -> str:
    """``"Title | Leiden University"`` -> ``"Title"``."""
    title = clean_text(title)
    if site_name:
        for sep in (" | ", " - ", " – ", " — ", " · ", " :: ", " : "):
            if title.endswith(sep + site_name):
                return title[: -len(sep + site_name)].strip()
            if title.startswith(site_name + sep):
                return title[len(site_name + sep) :].strip()
    if " | " in title:
        return title.split(" | ")[0].strip()
    match = _SITE_SUFFIX.search(title)
    if match and match.start() >= 10:
        return title[: match.start()].strip()
    return title


def language(tree: Element, meta: dict[str, str], header: str | None) -> str | None:
    """The page language as a two-letter code: ``<html lang>``, og:locale, content-language."""
    html = next(tree.iter("html"), None)
    candidates = [
        html.get("lang") if html is not None else None,
        html.get("xml:lang") if html is not None else None,
        meta.get("og:locale"),
        meta.get("content-language"),
        meta.get("language"),
        meta.get("dc.language"),
        header,
    ]
    for value in candidates:
        if isinstance(value, str):
            code = _LANGUAGE_SPLIT.split(value.strip().lower())[0]
            if _LANGUAGE_CODE.fullmatch(code):
                return code
    return None
