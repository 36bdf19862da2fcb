"""Sources written as data: a TOML file of CSS selectors becomes a :class:`Source`.

A site whose pages have a stable layout needs no Python. The file names the
site and says, for each field, which elements hold it and how many to expect
(see docs/adding-a-source.md for every key)::

    name = "my-uni"
    hosts = ["www.my-uni.example"]
    start_urls = ["https://www.my-uni.example/news"]

    [list]
    item_links = { css = "ul.news a" }

    [article]
    title = { css = "article h1" }
    published = { css = "article time", attr = "datetime", min = 0 }
    body = { css = "article .text p" }

Counts turn a redesign into :class:`~scraper.errors.LayoutChanged`, never an
empty article. The whole file is checked when loaded, so mistakes surface at
``campusnews sources list`` rather than halfway through a crawl.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from scraper.errors import LayoutChanged
from scraper.html import link_tags, resolve_href
from scraper.html import soup as make_soup
from scraper.models import Page, ParsedArticle
from scraper.selectors import check_css, expected, select

T = TypeVar("T")

DATE_ORDERS = ("DMY", "MDY", "YMD")
FALLBACKS = ("generic",)

_TOP_KEYS = (
    "name",
    "hosts",
    "start_urls",
    "version",
    "languages",
    "date_order",
    "url_pattern",
    "list",
    "article",
)
_LIST_KEYS = ("item_links", "item_dates", "next_page", "url_pattern", "detect")
_ARTICLE_KEYS = ("title", "published", "body", "language")
_FIELD_KEYS = ("css", "min", "max", "attr", "fallback")
# Keys only some fields understand.
_EXTRA_FIELD_KEYS: Mapping[str, tuple[str, ...]] = {
    "published": ("format",),
    "item_dates": ("format",),
    "body": ("exclude",),
}
# (min, max) when the file does not say.
_DEFAULT_COUNTS: Mapping[str, tuple[int, int | None]] = {
    "title": (1, 1),
    "published": (0, None),
    "body": (1, None),
    "language": (0, 1),
    "item_links": (1, None),
    "item_dates": (0, None),
    "next_page": (0, None),
}
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


class SourceSpecError(ValueError):
    """A declarative source file is invalid; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """How to find one field: a CSS selector, the expected count and what to read."""

    css: str
    min: int = 0
    max: int | None = None
    attr: str | None = None
    formats: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    fallback: str | None = None


# Without a [article] language entry, the page's own <html lang> is used.
_HTML_LANG = FieldSpec(css="html", attr="lang", min=0, max=1)


@dataclass(frozen=True, slots=True)
class ListingSpec:
    """How to recognise a listing page and read its article links."""

    item_links: FieldSpec
    next_page: FieldSpec | None = None
    url_pattern: str | None = None
    detect: str | None = None
    item_dates: FieldSpec | None = None


@dataclass(frozen=True, slots=True)
class ArticleSpec:
    """The selectors of an article page."""

    title: FieldSpec
    body: FieldSpec
    published: FieldSpec | None = None
    language: FieldSpec = _HTML_LANG


@dataclass(frozen=True, slots=True)
class DeclarativeSource:
    """A :class:`~scraper.source.Source` driven by a TOML spec of CSS selectors."""

    name: str
    hosts: tuple[str, ...]
    start_urls: tuple[str, ...]
    article: ArticleSpec
    version: int = 1
    languages: tuple[str, ...] = ("en",)
    date_order: str = "DMY"
    url_pattern: str | None = None
    listing: ListingSpec | None = None
    origin: str = field(default="<dict>", compare=False)

    @classmethod
    def from_toml(cls, path: Path) -> DeclarativeSource:
        """Load and check a ``.toml`` source file; errors raise :class:`SourceSpecError`."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise SourceSpecError(f"{path}: cannot read: {exc.strerror or exc}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SourceSpecError(f"{path}: invalid TOML: {exc}") from exc
        return cls.from_dict(data, origin=str(path))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, origin: str = "<dict>") -> DeclarativeSource:
        """Build a source from an already-parsed spec (same keys as the TOML file)."""
        return _Checker(origin).source(data)

    def parse(self, page: Page) -> ParsedArticle:
        """Read an article, or a listing's links, from ``page`` using the spec's selectors."""
        return _Parse(self, page).run()

    def is_listing(self, url: str, doc: BeautifulSoup | None = None) -> bool:
        """Whether ``url`` is a listing page: by ``[list] url_pattern``, ``detect`` or start URL."""
        if self.listing is None:
            return False
        spec = self.listing
        if spec.url_pattern is None and spec.detect is None:
            return _bare(url) in {_bare(u) for u in self.start_urls}
        if spec.url_pattern is not None and re.search(spec.url_pattern, url):
            return True
        return spec.detect is not None and doc is not None and bool(select(doc, spec.detect, min=0))


class _Parse:
    """One parse of one page; holds the tree and the generic result, computed at most once."""

    def __init__(self, src: DeclarativeSource, page: Page) -> None:
        self.src = src
        self.page = page
        self.doc = make_soup(page)
        self.tags = link_tags(self.doc, page.url)
        # get_text() would glue the lines around a <br> into one word.
        for br in self.doc.find_all("br"):
            br.replace_with("\n")
        self._generic: ParsedArticle | None = None
        self.misses: list[str] = []
        self.parsed_by: dict[str, str] = {}

    def run(self) -> ParsedArticle:
        canonical, alternates = self.tags.canonical, self.tags.alternates
        language = self._language()
        if self.src.is_listing(self.page.url, self.doc):
            return self._listing(canonical, alternates, language)
        spec = self.src.article
        self._drop(spec.body.exclude)
        title = self._field("title", lambda: self._title(spec.title), lambda g: g.title)
        published, published_source = self._field(
            "published",
            lambda: self._published(spec.published),
            lambda g: (g.published, g.published_source),
        )
        paragraphs = self._field(
            "body", lambda: self._paragraphs(spec.body), lambda g: g.paragraphs
        )
        return ParsedArticle(
            url=self.page.url,
            title=title,
            published=published,
            published_source=published_source,
            language=language,
            paragraphs=paragraphs,
            kind="article",
            canonical_url=canonical,
            alternates=alternates,
            layout_changed=bool(self.misses),
            warnings=tuple(self.misses),
            parsed_by=dict(self.parsed_by),
        )

    def _field(self, name: str, read: Callable[[], T], fallback: Callable[[ParsedArticle], T]) -> T:
        """``read()``, or the generic parser's value when the source's selectors miss.

        A miss is recorded (``layout_changed``): the page is still read, and
        the run says the source needs new selectors.
        """
        try:
            return read()
        except LayoutChanged as exc:
            self.misses.append(f"{exc}; {name} read by the generic parser")
            self.parsed_by[name] = "generic"
            return fallback(self.generic())

    def _listing(
        self, canonical: str | None, alternates: dict[str, str], language: str | None
    ) -> ParsedArticle:
        assert self.src.listing is not None
        spec = self.src.listing
        links = self._hrefs(spec.item_links, "item_links")
        next_page = None
        if spec.next_page is not None:
            found = self._hrefs(spec.next_page, "next_page")
            next_page = found[0] if found else None
        days: list[date] = []
        if spec.item_dates is not None:
            for tag in self._select(spec.item_dates, "item_dates"):
                day = self._read_date(self._value(tag, spec.item_dates), spec.item_dates.formats)
                if day is not None:
                    days.append(day)
        title_tag = self.doc.find("title")
        title = _clean(title_tag.get_text()) if title_tag is not None else None
        return ParsedArticle(
            url=self.page.url,
            title=title or None,
            language=language,
            kind="listing",
            links=tuple(links),
            next_page=next_page,
            canonical_url=canonical,
            alternates=alternates,
            oldest_listed=min(days, default=None),
        )

    def _what(self, field_name: str) -> str:
        return f"{self.src.name} {field_name}"

    def _select(self, spec: FieldSpec, field_name: str) -> list[Tag]:
        return select(self.doc, spec.css, min=spec.min, max=spec.max, what=self._what(field_name))

    def _value(self, tag: Tag, spec: FieldSpec) -> str:
        if spec.attr is not None:
            raw = tag.get(spec.attr)
            return _clean(" ".join(raw) if isinstance(raw, list) else raw or "")
        return _clean(tag.get_text())

    def _title(self, spec: FieldSpec) -> str | None:
        for tag in self._select(spec, "title"):
            value = self._value(tag, spec)
            if value:
                return value
        if spec.min >= 1:
            raise LayoutChanged(f"{self._what('title')}: {spec.css!r} matched only empty elements")
        return self._from_generic("title").title if spec.fallback else None

    def _published(self, spec: FieldSpec | None) -> tuple[date | None, str | None]:
        if spec is None:
            return None, None
        tags = self._select(spec, "published")
        for tag in tags:
            found = self._read_date(self._value(tag, spec), spec.formats)
            if found is not None:
                return found, "selector"
        if spec.min >= 1:
            shown = self._value(tags[0], spec) if tags else ""
            raise LayoutChanged(f"{self._what('published')}: no date in {shown!r} ({spec.css!r})")
        if spec.fallback:
            generic = self._from_generic("published")
            return generic.published, generic.published_source
        return None, None

    def _read_date(self, text: str, formats: tuple[str, ...]) -> date | None:
        if not text:
            return None
        for fmt in formats:
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        iso = _ISO_DATE.match(text)
        if iso:
            try:
                return date.fromisoformat(iso.group(1))
            except ValueError:
                pass
        from scraper.extract.dates.find import parse_day

        return parse_day(
            text,
            date_order=self.src.date_order,
            languages=self.src.languages,
            reference=self.page.fetched_at.date(),
        )

    def _paragraphs(self, spec: FieldSpec) -> tuple[str, ...]:
        tags = self._select(spec, "body")
        chosen: set[int] = set()
        paragraphs: list[str] = []
        for tag in tags:
            chosen.add(id(tag))
            # "div.text p, div.text li" can match a <p> inside an <li>: keep the outer one.
            if any(id(parent) in chosen for parent in tag.parents):
                continue
            text = self._value(tag, spec)
            if text:
                paragraphs.append(text)
        if paragraphs:
            return tuple(paragraphs)
        if spec.min >= 1:
            raise LayoutChanged(f"{self._what('body')}: {spec.css!r} matched only empty elements")
        return self._from_generic("body").paragraphs if spec.fallback else ()

    def _language(self) -> str | None:
        spec = self.src.article.language
        for tag in self._select(spec, "language"):
            value = self._value(tag, spec)
            if value:
                # "en-GB" and "en_US" are stored as "en": sources list bare codes.
                return re.split(r"[-_]", value, maxsplit=1)[0].lower()
        return self._from_generic("language").language if spec.fallback else None

    def _hrefs(self, spec: FieldSpec, field_name: str) -> list[str]:
        out: dict[str, None] = {}
        for tag in self._select(spec, field_name):
            href = tag.get(spec.attr or "href")
            url = resolve_href(self.tags.base, href) if isinstance(href, str) else None
            if url is not None:
                out[url] = None
        return list(out)

    def _drop(self, selectors: tuple[str, ...]) -> None:
        # Boilerplate (share bars, "related news") often sits inside the body container.
        for css in selectors:
            for tag in self.doc.select(css):
                tag.decompose()

    def _from_generic(self, name: str) -> ParsedArticle:
        """The generic reading, recording that it produced field ``name``."""
        self.parsed_by[name] = "generic"
        return self.generic()

    def generic(self) -> ParsedArticle:
        """The generic parser's reading of the page, for fields with ``fallback = "generic"``."""
        if self._generic is None:
            from scraper.fallback import generic_reading

            self._generic = generic_reading(self.page, self.src)
        return self._generic


class _Checker:
    """Validates a spec mapping, collecting the origin into every message."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, message: str) -> SourceSpecError:
        return SourceSpecError(f"{self.origin}: {message}")

    def source(self, data: Mapping[str, Any]) -> DeclarativeSource:
        self.keys(data, _TOP_KEYS, "")
        name = data.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name):
            raise self.fail(
                "'name' is required: lower-case letters, digits, '-' or '_' "
                '(e.g. name = "my-uni")'
            )
        hosts = self.strings(data, "hosts", required=True)
        for host in hosts:
            if "/" in host or (":" in host and not re.fullmatch(r"[^:]+:\d{1,5}", host)):
                raise self.fail(
                    f"hosts: {host!r} should be a bare host like 'www.my-uni.example' "
                    "(or host:port, e.g. '127.0.0.1:8000')"
                )
        version = data.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.fail("'version' must be a whole number >= 1")
        date_order = data.get("date_order", "DMY")
        if date_order not in DATE_ORDERS:
            raise self.fail(f"'date_order' must be one of {', '.join(DATE_ORDERS)}")
        article = data.get("article")
        if not isinstance(article, Mapping):
            raise self.fail("an [article] table with 'title' and 'body' is required")
        listing = data.get("list")
        if listing is not None and not isinstance(listing, Mapping):
            raise self.fail("'list' must be a table: [list]")
        return DeclarativeSource(
            name=name,
            hosts=tuple(h.lower() for h in hosts),
            start_urls=self.strings(data, "start_urls"),
            version=version,
            languages=self.strings(data, "languages") or ("en",),
            date_order=date_order,
            url_pattern=self.pattern(data, "url_pattern", ""),
            listing=self.listing(listing) if listing is not None else None,
            article=self.article(article),
            origin=self.origin,
        )

    def article(self, data: Mapping[str, Any]) -> ArticleSpec:
        self.keys(data, _ARTICLE_KEYS, "article")
        for required in ("title", "body"):
            if required not in data:
                raise self.fail(
                    f"[article] needs '{required}', e.g. {required} = {{ css = \"...\" }}"
                )
        published = self.field(data, "published", "article") if "published" in data else None
        language = self.field(data, "language", "article") if "language" in data else _HTML_LANG
        return ArticleSpec(
            title=self.field(data, "title", "article"),
            body=self.field(data, "body", "article"),
            published=published,
            language=language,
        )

    def listing(self, data: Mapping[str, Any]) -> ListingSpec:
        self.keys(data, _LIST_KEYS, "list")
        if "item_links" not in data:
            raise self.fail("[list] needs 'item_links', e.g. item_links = { css = \"ul.news a\" }")
        detect = data.get("detect")
        if detect is not None:
            self.css(detect, "list.detect")
        return ListingSpec(
            item_links=self.field(data, "item_links", "list"),
            next_page=self.field(data, "next_page", "list") if "next_page" in data else None,
            item_dates=self.field(data, "item_dates", "list") if "item_dates" in data else None,
            url_pattern=self.pattern(data, "url_pattern", "list."),
            detect=detect,
        )

    def field(self, table: Mapping[str, Any], name: str, section: str) -> FieldSpec:
        where = f"{section}.{name}"
        raw = table[name]
        if isinstance(raw, str):
            raw = {"css": raw}
        if not isinstance(raw, Mapping):
            raise self.fail(f'{where} must be a selector string or a table {{ css = "..." }}')
        self.keys(raw, _FIELD_KEYS + _EXTRA_FIELD_KEYS.get(name, ()), where)
        if "css" not in raw:
            raise self.fail(f"{where} needs 'css'")
        self.css(raw["css"], where)
        low, high = _DEFAULT_COUNTS[name]
        low = self.count(raw.get("min", low), f"{where}.min")
        if "max" in raw:
            high = self.count(raw["max"], f"{where}.max")
        if high is not None and high < low:
            raise self.fail(f"{where}: max ({high}) is below min ({low})")
        fallback = raw.get("fallback")
        if fallback is not None:
            if fallback not in FALLBACKS:
                raise self.fail(f'{where}.fallback must be "generic"')
            if low >= 1:
                raise self.fail(
                    f"{where}: fallback applies only to optional fields; set min = 0 "
                    f"(now {expected(low, high)})"
                )
        attr = raw.get("attr")
        if attr is not None and not isinstance(attr, str):
            raise self.fail(f"{where}.attr must be a string")
        formats = raw.get("format", ())
        formats = (formats,) if isinstance(formats, str) else tuple(formats)
        exclude = tuple(raw.get("exclude", ()))
        for css in exclude:
            self.css(css, f"{where}.exclude")
        return FieldSpec(
            css=raw["css"],
            min=low,
            max=high,
            attr=attr,
            formats=formats,
            exclude=exclude,
            fallback=fallback,
        )

    def keys(self, data: Mapping[str, Any], allowed: tuple[str, ...], where: str) -> None:
        for key in data:
            if key not in allowed:
                near = difflib.get_close_matches(key, allowed, n=1)
                allowed_list = ", ".join(allowed)
                hint = f"; did you mean {near[0]!r}?" if near else f" (allowed: {allowed_list})"
                place = f" in [{where}]" if where else ""
                raise self.fail(f"unknown key {key!r}{place}{hint}")

    def strings(
        self, data: Mapping[str, Any], key: str, *, required: bool = False
    ) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"{key!r} is required (a list of strings)")
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(f"{key!r} must be a list of strings")
        if required and not value:
            raise self.fail(f"{key!r} must not be empty")
        return tuple(value)

    def css(self, css: Any, where: str) -> None:
        if not isinstance(css, str) or not css.strip():
            raise self.fail(f"{where}: css must be a non-empty string")
        problem = check_css(css)
        if problem is not None:
            raise self.fail(f"{where}: bad CSS selector {css!r}: {problem}")

    def count(self, value: Any, where: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(f"{where} must be a whole number >= 0")
        return value

    def pattern(self, data: Mapping[str, Any], key: str, prefix: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{prefix}{key} must be a string (a regular expression)")
        try:
            re.compile(value)
        except re.error as exc:
            raise self.fail(f"{prefix}{key}: bad regular expression {value!r}: {exc}") from exc
        return value


def _clean(text: str) -> str:
    return " ".join(text.split())


def _bare(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}"
