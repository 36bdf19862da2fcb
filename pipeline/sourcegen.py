"""Write a starting point for a new declarative source: ``campusnews sources new``.

From one saved article page we guess selectors (the ``<h1>``, a ``<time>`` or
metadata date, the paragraphs of ``<article>`` or ``<main>``), write them as a
commented TOML file, and keep the page beside it as ``NAME.fixture.html`` so
``campusnews sources test NAME NAME.fixture.html`` works at once. The guesses
are a draft: the person adding the source checks them (docs/adding-a-source.md).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from scraper.declarative import DeclarativeSource
from scraper.html import decode_html, soup_from_text
from scraper.http import TransportFailure, build_client, open_get
from scraper.policy import CrawlPolicy

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


def declared_url(body: bytes) -> str | None:
    """The URL a saved page says it lives at: ``<link rel=canonical>``, else ``og:url``."""
    doc = soup_from_text(decode_html(body, None)[0])
    link = doc.select_one("link[rel=canonical][href]")
    if link is not None and str(link["href"]).startswith(("http://", "https://")):
        return str(link["href"]).strip()
    meta = doc.select_one('meta[property="og:url"][content]')
    if meta is not None and str(meta["content"]).startswith(("http://", "https://")):
        return str(meta["content"]).strip()
    return None


def guess_spec(name: str, body: bytes, url: str) -> dict[str, Any]:
    """A declarative spec for the site of ``url``, with selectors guessed from ``body``."""
    doc = soup_from_text(decode_html(body, None)[0])
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        raise StubError(f"cannot tell the site's host from {url!r}")
    html = doc.find("html")
    lang = html.get("lang") if isinstance(html, Tag) else None
    language = str(lang).split("-")[0].lower() if lang else "en"
    article: dict[str, Any] = {"title": _guess_title(doc)}
    published = _guess_published(doc)
    if published is not None:
        article["published"] = published
    article["body"] = {"css": _guess_body(doc), "min": 1}
    return {
        "name": name,
        "hosts": [host],
        "start_urls": [urljoin(url, "/")],
        "version": 1,
        "languages": [language] if language == "en" else [language, "en"],
        "date_order": "DMY",
        "article": article,
    }


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
        f"hosts = {_list(spec['hosts'])}",
        "# Where a crawl starts: put the news overview (or feed) here.",
        f"start_urls = {_list(spec['start_urls'])}",
        "# Bump when you change selectors, so 'reparse --outdated' picks pages up again.",
        f"version = {spec['version']}",
        f"languages = {_list(spec['languages'])}",
        '# How to read 03/04/2024: "DMY" (Europe) or "MDY" (US).',
        f"date_order = {_q(spec['date_order'])}",
        "",
        "# Uncomment once you know the overview's markup:",
        "# [list]",
        "# url_pattern = '/news/?(\\?.*)?$'",
        '# item_links = { css = "ul.news-list a", min = 1 }',
        '# next_page = { css = "a[rel=next]", min = 0, max = 1 }',
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


def write_stub(name: str, body: bytes, url: str, directory: Path) -> Stub:
    """Write ``NAME.toml`` and ``NAME.fixture.html`` into ``directory``; never overwrite."""
    if not NAME_PATTERN.fullmatch(name):
        raise StubError(f"bad source name {name!r}: use lower-case letters, digits, '-' or '_'")
    toml_path = directory / f"{name}.toml"
    fixture_path = directory / f"{name}.fixture.html"
    for path in (toml_path, fixture_path, directory / f"{name}.py"):
        if path.exists():
            raise StubError(f"{path} already exists; not overwriting it")
    spec = guess_spec(name, body, url)
    text = render_toml(spec, page_url=url)
    # The stub must load: a guess that breaks the file is a bug here, not the user's.
    DeclarativeSource.from_dict(tomllib.loads(text), origin=str(toml_path))
    directory.mkdir(parents=True, exist_ok=True)
    toml_path.write_text(text, encoding="utf-8")
    fixture_path.write_bytes(body)
    return Stub(toml_path=toml_path, fixture_path=fixture_path, spec=spec)


def fetch_once(url: str, policy: CrawlPolicy) -> tuple[str, bytes]:
    """GET ``url`` (following redirects) with the project's User-Agent: ``(final URL, body)``.

    For a person drafting a source, once: it is not a crawl, so there is no
    robots check or throttling here.
    """
    return asyncio.run(_fetch(url, policy))


async def _fetch(url: str, policy: CrawlPolicy) -> tuple[str, bytes]:
    async with build_client(policy) as client:
        for _ in range(policy.max_redirects + 1):
            try:
                async with open_get(client, url, {"Accept": "text/html"}) as response:
                    location = response.headers.get("location")
                    if response.status in (301, 302, 303, 307, 308) and location:
                        url = urljoin(url, location)
                        continue
                    if response.status != 200:
                        raise StubError(f"{url}: HTTP {response.status}")
                    body = bytearray()
                    async for chunk in response.chunks():
                        body += chunk
                        if len(body) > policy.max_body_bytes:
                            raise StubError(
                                f"{url}: page larger than {policy.max_body_bytes} bytes"
                            )
                    return url, bytes(body)
            except TransportFailure as exc:
                raise StubError(f"{url}: {exc.kind}: {exc}") from exc
    raise StubError(f"{url}: more than {policy.max_redirects} redirects")


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


def _table(values: Mapping[str, Any]) -> str:
    parts = [f"{key} = {_q(v) if isinstance(v, str) else v}" for key, v in values.items()]
    return "{ " + ", ".join(parts) + " }"
