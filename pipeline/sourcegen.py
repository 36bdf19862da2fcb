"""Write a starting point for a new declarative source: ``campusnews sources new``.

Given the site's news overview (a listing), we read it with the generic
parser, take its first article, and guess selectors from both: the
overview's article links and next page, and the article's ``<h1>``, date
and paragraphs. Given one article instead, only the ``[article]`` part is
guessed. The draft is a commented TOML file; the sample article is kept
beside it as ``NAME.fixture.html`` so ``campusnews sources test NAME
NAME.fixture.html`` works at once. The draft's ``start_urls`` is the URL as
given (path kept), ``hosts`` carries the port when the URL has one, and
``url_pattern`` limits the source to the news path, so it does not claim
every later ad-hoc crawl of the same host. Pages are fetched through the
crawler's own ``Fetcher`` (address policy, size limit, deadline), and the
canonical URL is read by ``scraper.metadata``. The guesses are a draft: the
person adding the source checks them (docs/adding-a-source.md).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from scraper.addresses import NON_PUBLIC
from scraper.declarative import DeclarativeSource
from scraper.errors import ErrorKind
from scraper.fetch import Fetcher
from scraper.generic import GenericSource
from scraper.html import body_text, document_from_text, link_tags, soup_from_text
from scraper.http import build_client
from scraper.models import Page
from scraper.policy import CrawlPolicy, SourceScope

log = logging.getLogger(__name__)

NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*")
# Containers tried for the body, most specific first.
_BODY_CONTAINERS = ("article", "main", "[role=main]", "#content", "body")
# Metadata that carries a publication date, in the order sites tend to fill it.
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="dcterms.date"]',
    'meta[itemprop="datePublished"]',
)
# A paragraph shorter than this is usually a caption, a byline or a button.
_MIN_PARAGRAPH = 40


class StubError(Exception):
    """The stub cannot be written: bad name, file exists, page unreadable."""


@dataclass(frozen=True, slots=True)
class Stub:
    """What ``sources new`` wrote."""

    toml_path: Path
    fixture_path: Path
    spec: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Sample:
    """The pages a draft is guessed from: one article, and the overview it was found on."""

    article_url: str
    article: bytes
    listing_url: str | None = None
    listing: bytes | None = None


def declared_url(body: bytes) -> str | None:
    """The URL a saved page says it lives at: ``<link rel=canonical>``, else ``og:url``."""
    return link_tags(document_from_text(body_text(body, None)), "").declared_url


def read_as_generic(url: str, body: bytes) -> tuple[str, tuple[str, ...]]:
    """How the generic parser reads a page: ``(kind, article links)``."""
    page = Page(url=url, body=body, fetched_at=datetime.now(UTC), headers={})
    parsed = GenericSource().parse(page)
    return parsed.kind, parsed.links


def host_entry(url: str) -> str:
    """The ``hosts`` entry for ``url``: its host, with the port when the URL names one."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


def news_prefix(url: str, *, listing: bool) -> str:
    """The URL prefix the source's pages share: the overview's path, or an article's section.

    >>> news_prefix("http://127.0.0.1:8000/en/news/", listing=True)
    'http://127.0.0.1:8000/en/news'
    >>> news_prefix("https://www.x.example/en/news/2025/06/some-story", listing=False)
    'https://www.x.example/en/news'
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    if not listing:
        # An article's folder, without trailing year/month folders: /en/news/2025/x -> /en/news
        segments = [seg for seg in path.split("/") if seg][:-1]
        while segments and segments[-1].isdigit():
            segments.pop()
        path = "/" + "/".join(segments)
    return f"{parts.scheme}://{parts.netloc.lower()}{path.rstrip('/')}"


def scope_pattern(prefix: str) -> str:
    """A ``url_pattern`` for every URL under ``prefix`` (the prefix itself, then / ? or #)."""
    return "^" + re.escape(prefix) + r"(?:[/?#]|$)"


def guess_spec(name: str, sample: Sample, start_url: str) -> dict[str, Any]:
    """A declarative spec for the site of ``start_url``, with selectors guessed from ``sample``."""
    if not urlsplit(start_url).hostname:
        raise StubError(f"cannot tell the site's host from {start_url!r}")
    doc = soup_from_text(body_text(sample.article, None))
    html = doc.find("html")
    lang = html.get("lang") if isinstance(html, Tag) else None
    language = str(lang).split("-")[0].lower() if lang else "en"
    article: dict[str, Any] = {"title": _guess_title(doc)}
    published = _guess_published(doc)
    if published is not None:
        article["published"] = published
    article["body"] = {"css": _guess_body(doc), "min": 1}
    spec: dict[str, Any] = {
        "name": name,
        "hosts": [host_entry(start_url)],
        "start_urls": [start_url],
        "version": 1,
        "languages": [language] if language == "en" else [language, "en"],
        "date_order": "DMY",
        "url_pattern": scope_pattern(news_prefix(start_url, listing=sample.listing is not None)),
        "article": article,
    }
    if sample.listing is not None and sample.listing_url is not None:
        listing = _guess_listing(sample.listing, sample.listing_url, sample.article_url)
        if listing is not None:
            spec["list"] = listing
    return spec


def render_toml(spec: Mapping[str, Any], *, page_url: str) -> str:
    """The spec as a commented TOML file (read back by ``DeclarativeSource.from_toml``)."""
    art = spec["article"]
    lines = [
        f"# Source {spec['name']!r}, drafted by 'campusnews sources new' from",
        f"#   {page_url}",
        "# Check every selector against a few pages, then run",
        f"#   campusnews sources test {spec['name']} {spec['name']}.fixture.html",
        "# Every key is explained in docs/adding-a-source.md.",
        "",
        f"name = {_q(spec['name'])}",
        "# host:port limits the source to that server (a test site on 127.0.0.1:8000).",
        f"hosts = {_list(spec['hosts'])}",
        "# Where a crawl starts: the news overview (or a feed).",
        f"start_urls = {_list(spec['start_urls'])}",
        "# The URLs this source parses; others on the same host go to the generic parser.",
        f"url_pattern = {_literal(spec['url_pattern'])}",
        "# Bump when you change selectors, so 'reparse --outdated' picks pages up again.",
        f"version = {spec['version']}",
        f"languages = {_list(spec['languages'])}",
        '# How to read 03/04/2024: "DMY" (Europe) or "MDY" (US).',
        f"date_order = {_q(spec['date_order'])}",
        "",
        "# Crawl it (a site on a private or loopback address needs --allow-private):",
        f"#   campusnews crawl {spec['name']}"
        + (" --allow-private" if _private_host(spec["hosts"][0]) else ""),
        "# After changing selectors, bump version and re-extract the stored pages:",
        "#   campusnews reparse --outdated",
        "",
    ]
    listing = spec.get("list")
    if listing is None:
        lines += [
            "# Uncomment once you know the overview's markup:",
            "# [list]",
            "# url_pattern = '/news/?(\\?.*)?$'",
            '# item_links = { css = "ul.news-list a", min = 1 }',
            '# next_page = { css = "a[rel=next]", min = 0, max = 1 }',
        ]
    else:
        lines += [
            "# The overview: a page is one when 'detect' matches; its article links and next page.",
            "[list]",
            f"detect = {_q(listing['detect'])}",
            f"item_links = {_table(listing['item_links'])}",
        ]
        if "next_page" in listing:
            lines.append(f"next_page = {_table(listing['next_page'])}")
        else:
            lines.append('# next_page = { css = "a[rel=next]", min = 0, max = 1 }')
    lines += [
        "",
        "[article]",
        f"title = {_table(art['title'])}",
    ]
    if "published" in art:
        lines.append(f"published = {_table(art['published'])}")
    else:
        lines.append("# No date found on the page; point this at the element that shows it:")
        lines.append('# published = { css = "time", attr = "datetime", min = 0 }')
    lines += [
        '# One paragraph per match; add exclude = ["..."] to drop share bars and the like.',
        f"body = {_table(art['body'])}",
        "",
    ]
    return "\n".join(lines)


def write_stub(name: str, sample: Sample, start_url: str, directory: Path) -> Stub:
    """Write ``NAME.toml`` and ``NAME.fixture.html`` into ``directory``; never overwrite."""
    if not NAME_PATTERN.fullmatch(name):
        raise StubError(f"bad source name {name!r}: use lower-case letters, digits, '-' or '_'")
    toml_path = directory / f"{name}.toml"
    fixture_path = directory / f"{name}.fixture.html"
    for path in (toml_path, fixture_path, directory / f"{name}.py"):
        if path.exists():
            raise StubError(f"{path} already exists; not overwriting it")
    spec = guess_spec(name, sample, start_url)
    text = render_toml(spec, page_url=sample.article_url)
    # The stub must load: a guess that breaks the file is a bug here, not the user's.
    DeclarativeSource.from_dict(tomllib.loads(text), origin=str(toml_path))
    directory.mkdir(parents=True, exist_ok=True)
    toml_path.write_text(text, encoding="utf-8")
    fixture_path.write_bytes(sample.article)
    return Stub(toml_path=toml_path, fixture_path=fixture_path, spec=spec)


def fetch_sample(url: str, policy: CrawlPolicy, *, allow_private: bool = False) -> Sample:
    """Fetch ``url``; when it is a news overview, fetch its first article too.

    Fetched through the crawler's ``Fetcher``: the address policy (private and
    loopback addresses only with ``allow_private``), the size limit and the
    deadline apply; robots.txt does not (a person fetches one or two pages).
    """
    return asyncio.run(_fetch_sample(url, policy, allow_private))


async def _fetch_sample(url: str, policy: CrawlPolicy, allow_private: bool) -> Sample:
    scope = SourceScope(
        name="sources-new",
        hosts=frozenset({urlsplit(url).hostname or ""}),
        allow_private=allow_private,
    )
    async with build_client(policy) as client:
        fetcher = Fetcher(policy, client, obey_robots=False)
        final_url, body = await _get(fetcher, url, scope)
        kind, links = read_as_generic(final_url, body)
        if kind != "listing" or not links:
            return Sample(article_url=final_url, article=body)
        prefix = news_prefix(final_url, listing=True)
        first = next((link for link in links if link.startswith(prefix)), links[0])
        article_url, article = await _get(fetcher, first, scope)
        return Sample(article_url=article_url, article=article, listing_url=final_url, listing=body)


async def _get(fetcher: Fetcher, url: str, scope: SourceScope) -> tuple[str, bytes]:
    result = await fetcher.fetch(url, scope=scope)
    if result.error_kind == ErrorKind.BLOCKED and NON_PUBLIC in (result.error or ""):
        raise StubError(
            f"{url}: {result.error}; to draft from a local test site add --allow-private"
        )
    if result.error_kind == ErrorKind.BLOCKED:
        raise StubError(f"{url}: {result.error}")
    if not result.ok:
        raise StubError(f"{url}: {result.error_kind}: {result.error}")
    if not result.body:
        raise StubError(f"{url}: HTTP {result.status} with an empty body")
    return result.final_url, result.body


def _guess_listing(body: bytes, url: str, article_url: str) -> dict[str, Any] | None:
    """``[list]`` selectors for an overview: the links to articles, and the next page."""
    kind, links = read_as_generic(url, body)
    wanted = set(links)
    if not wanted:
        return None
    doc = soup_from_text(body_text(body, None))

    def target(anchor: Tag) -> str | None:
        href = str(anchor.get("href") or "").strip()
        return urldefrag(urljoin(url, href))[0] if href else None

    anchors = [a for a in doc.select("a[href]") if target(a) in wanted]
    candidates: set[str] = set()
    for anchor in anchors:
        own = [c for c in anchor.get("class") or []][:1]
        for parent in list(anchor.parents)[:4]:
            for cls in (parent.get("class") or [])[:2]:
                base = f"{parent.name}.{cls}"
                candidates.add(f"{base} a")
                if own:
                    candidates.add(f"{base} a.{own[0]}")
    best: tuple[int, int, int, str] | None = None
    for css in candidates:
        found = {target(a) for a in doc.select(css)}
        hits, misses = len(found & wanted), len(found - wanted)
        key = (misses, -hits, len(css), css)
        if hits and (best is None or key < best):
            best = key
    if best is None:
        return None
    css = best[3]
    listing: dict[str, Any] = {
        "detect": css.rsplit(" ", 1)[0],
        "item_links": {"css": css, "min": 1},
    }
    nxt = doc.select_one("a[rel=next][href]")
    if nxt is not None:
        listing["next_page"] = {"css": "a[rel=next]", "min": 0, "max": 1}
    return listing


def _private_host(entry: str) -> bool:
    host = entry.rsplit(":", 1)[0] if entry.count(":") == 1 else entry
    return host in ("localhost", "::1") or host.startswith(("127.", "10.", "192.168."))


def _guess_title(doc: BeautifulSoup) -> dict[str, Any]:
    for container in ("article", "main"):
        if len(doc.select(f"{container} h1")) == 1:
            return {"css": f"{container} h1", "min": 1, "max": 1}
    if len(doc.select("h1")) == 1:
        return {"css": "h1", "min": 1, "max": 1}
    # No single <h1>: the og:title is the next most reliable title.
    if doc.select_one('meta[property="og:title"][content]') is not None:
        return {"css": 'meta[property="og:title"]', "attr": "content", "min": 1, "max": 1}
    return {"css": "h1", "min": 1, "max": 1}


def _guess_published(doc: BeautifulSoup) -> dict[str, Any] | None:
    for container in ("article", "main", "body"):
        found = doc.select(f"{container} time[datetime]")
        if found:
            return _counted({"css": f"{container} time[datetime]", "attr": "datetime"}, found)
    for css in _DATE_META:
        if doc.select_one(f"{css}[content]") is not None:
            return {"css": css, "attr": "content", "min": 0, "max": 1}
    # Many CMSs print the date as text in an element whose class says "date".
    for container in ("article", "main"):
        for tag in doc.select(f"{container} [class*=date]"):
            text = " ".join(tag.get_text().split())
            classes = [c for c in tag.get("class") or [] if "date" in c]
            if classes and 0 < len(text) <= 40 and any(ch.isdigit() for ch in text):
                css = f"{container} {tag.name}.{classes[0]}"
                return _counted({"css": css}, doc.select(css))
    return None


def _counted(field: dict[str, Any], found: list[Tag]) -> dict[str, Any]:
    # Expect exactly what the sample page has: one date, or several (a listing's teasers).
    return {**field, "min": 0, "max": 1} if len(found) == 1 else {**field, "min": 0}


def _guess_body(doc: BeautifulSoup) -> str:
    for container in _BODY_CONTAINERS:
        found = doc.select(f"{container} p")
        long = [p for p in found if len(" ".join(p.get_text().split())) >= _MIN_PARAGRAPH]
        if long:
            return f"{container} p"
    return "p"


def _q(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes.
    return json.dumps(value, ensure_ascii=False)


def _list(values: list[str]) -> str:
    return "[" + ", ".join(_q(v) for v in values) + "]"


def _literal(value: str) -> str:
    # A TOML literal string keeps regex backslashes as they are.
    return f"'{value}'" if "'" not in value else _q(value)


def _table(values: Mapping[str, Any]) -> str:
    parts = [f"{key} = {_q(v) if isinstance(v, str) else v}" for key, v in values.items()]
    return "{ " + ", ".join(parts) + " }"
