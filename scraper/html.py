"""Read a page: its bytes into text and a parse tree, its hrefs into URLs, its link tags.

This module is the one reader every parser, discovery and ``sources new`` go
through: the only decoder of page bytes (:func:`decode_html`), the one way an
href becomes a URL (:func:`resolve_href`) and the one reading of what
``<base>``, ``<link>`` and ``<meta>`` tags say about URLs (:func:`link_tags`).

The order is the one browsers use (WHATWG "determining the character encoding"):
byte order mark, then the HTTP ``Content-Type`` charset, then a ``<meta>``
declaration in the first 1024 bytes, then a guess, then windows-1252. UTF-8 is
never assumed: many older university pages are windows-1252 without saying so.
Two departures, both for bytes that are UTF-8 beyond doubt (the non-ASCII
characters are nearly all well-formed multi-byte sequences, which windows-1252
text practically never forms): a page that declares a single-byte Latin
charset (a server's or a template's default) is read as UTF-8, and so is an
undeclared page whose first 64 KB are ASCII (its scripts and styles) when the
rest is UTF-8. Browsers show such pages garbled; their text is UTF-8.
"""

from __future__ import annotations

import codecs
import logging
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag, XMLParsedAsHTMLWarning
from lxml import etree

from scraper.models import Page

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG maps these labels to windows-1252: pages that say latin-1 or ascii
# routinely contain curly quotes and euro signs in the 0x80-0x9F range.
_WINDOWS_1252 = "cp1252"  # Python's name for windows-1252

_WINDOWS_1252_ALIASES = frozenset(
    {
        "ascii",
        "us-ascii",
        "iso-8859-1",
        "iso8859-1",
        "latin-1",
        "latin1",
        "l1",
        "cp819",
        "ibm819",
        "iso-ir-100",
        "x-user-defined",
    }
)

_HEADER_CHARSET = re.compile(rb"charset\s*=\s*[\"']?\s*([^\s\"';>]+)", re.IGNORECASE)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(rb"([a-zA-Z-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)")

# Encodings a guess may return for a Western page. charset-normalizer can pick
# exotic code pages for short Latin text (mac_roman, cp1125, ...); for our
# English and Dutch sites windows-1252 is then the better bet.
_PLAUSIBLE_GUESSES = frozenset(
    {
        "utf_8",
        "cp1252",
        "latin_1",
        "iso8859_15",
        "cp1250",
        "iso8859_2",
        "cp1251",
        "koi8_r",
        "gb18030",
        "gb2312",
        "big5",
        "shift_jis",
        "euc_jp",
        "cp932",
        "euc_kr",
        "cp949",
        "iso2022_jp",
    }
)

_LATIN_SINGLE_BYTE = frozenset(
    {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "cp1254", "iso8859_9"}
)

_DETECT_SAMPLE = 64 * 1024

_NON_ASCII = re.compile("[^\x00-\x7f]")
# At most this share of a page's non-ASCII characters may be malformed UTF-8 for
# the page to count as UTF-8 (a stray windows-1252 byte in a UTF-8 page: an
# ad snippet, a pasted quote); windows-1252 text is malformed nearly everywhere.
_UTF8_MALFORMED_SHARE = 0.1


def _is_utf8(body: bytes) -> bool:
    """The body holds non-ASCII text and nearly all of it is well-formed UTF-8."""
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        text = body.decode("utf-8", errors="replace")
        malformed = text.count("\ufffd")
        return malformed <= _UTF8_MALFORMED_SHARE * len(_NON_ASCII.findall(text))
    return True


def _normalise_label(label: str | bytes | None) -> str | None:
    """A Python codec name for a charset label, or None for unknown/bogus labels."""
    if label is None:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().strip("\"'").lower()
    if not label:
        return None
    if label in _WINDOWS_1252_ALIASES:
        return _WINDOWS_1252
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    if name in {"latin-1", "iso8859-1", "ascii"}:
        return _WINDOWS_1252
    return name


def _charset_from_header(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type.encode("latin-1", "ignore"))
    return _normalise_label(match.group(1)) if match else None


def _charset_from_meta(body: bytes) -> str | None:
    """The prescan: ``<meta charset>`` or ``<meta http-equiv content>`` in the first 1024 bytes."""
    head = body[:1024]
    for tag in _META_TAG.finditer(head):
        attrs = {k.lower(): v.strip(b"\"'") for k, v in _ATTR.findall(tag.group(0))}
        label: bytes | None = None
        if b"charset" in attrs:
            label = attrs[b"charset"]
        elif attrs.get(b"http-equiv", b"").lower() == b"content-type" and b"content" in attrs:
            found = _HEADER_CHARSET.search(attrs[b"content"])
            label = found.group(1) if found else None
        name = _normalise_label(label)
        if name is None:
            continue
        # A meta tag cannot truthfully declare UTF-16: the bytes it was read
        # from were ASCII-compatible. The spec says to use UTF-8 then.
        if name.startswith("utf-16"):
            return "utf-8"
        return name
    return None


def _guess(body: bytes) -> str | None:
    sample = body[:_DETECT_SAMPLE]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte sequence cut by the sample boundary is still UTF-8.
        if not (exc.start >= len(sample) - 4 and len(body) > len(sample)):
            sample_is_utf8 = False
        else:
            sample_is_utf8 = True
    else:
        sample_is_utf8 = True
    if sample_is_utf8:
        if not sample.isascii():
            return "utf-8"
        # Pure ASCII decodes as anything; windows-1252 is the spec's default,
        # unless the text after the sample is UTF-8.
        return "utf-8" if len(body) > len(sample) and _is_utf8(body) else None
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional at runtime; the fallback below still works
        return None
    best = from_bytes(sample).best()
    if best is None:
        return None
    name = _normalise_label(best.encoding)
    if name is None:
        return None
    key = codecs.lookup(name).name.replace("-", "_")
    if key in _LATIN_SINGLE_BYTE:
        # Single-byte Latin code pages are hard to tell apart on short text
        # (Dutch "naïef" reads as cp1250 "naďef"); our sites write English
        # and Dutch, so windows-1252 wins whenever it fits the bytes.
        try:
            sample.decode(_WINDOWS_1252)
        except UnicodeDecodeError:
            return name
        return _WINDOWS_1252
    if key not in _PLAUSIBLE_GUESSES:
        return None
    return name


def decode_html(body: bytes, content_type_header: str | None) -> tuple[str, str]:
    """Decode an HTML body: return ``(text, encoding used)`` (a Python codec name).

    Order: BOM, HTTP header charset, ``<meta>`` prescan of the first 1024
    bytes, a detection guess, then windows-1252; a declared single-byte Latin
    charset gives way to UTF-8 when the bytes are UTF-8 (see the module's
    docstring). Unknown charset labels are skipped, undecodable bytes become
    U+FFFD. Never raises.
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, errors="replace"), name
    declared = _charset_from_header(content_type_header) or _charset_from_meta(body)
    if declared is not None and declared.replace("-", "_") in _LATIN_SINGLE_BYTE and _is_utf8(body):
        declared = "utf-8"
    encoding = declared or _guess(body) or _WINDOWS_1252
    try:
        return body.decode(encoding, errors="replace"), encoding
    except LookupError:  # pragma: no cover - labels are validated by codecs.lookup
        return body.decode(_WINDOWS_1252, errors="replace"), _WINDOWS_1252


# Characters HTML forbids and lxml refuses to set on a node once parsed (C0 controls but tab,
# newline and carriage return; U+FFFE and U+FFFF): a page holding them must still be read.
_NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The same characters one by one: a substring test per character is several times faster
# than the regex on a page without any of them (almost every page), so the regex only
# runs on a page that has one (speed only).
_NOT_XML_CHAR_LIST = (
    *(chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))),
    "\ufffe",
    "\uffff",
)


def page_text(page: Page) -> str:
    """The decoded text of a page (see :func:`decode_html`), without forbidden characters."""
    return body_text(page.body, page.headers.get("content-type"))


# The last body decoded, its Content-Type, its text and whether the body is exactly
# that text in UTF-8. A page is read by several readers one after the other (a
# source's soup, the generic parser's fallback tree, discovery's links): each gets
# the text decoded once. Keyed by the body's identity (held here, so its id cannot
# be reused), so a lookup costs nothing.
_last_text: tuple[bytes, str | None, str, bool] | None = None


def body_text(body: bytes, content_type_header: str | None) -> str:
    """The decoded text of an HTML body (see :func:`decode_html`), without forbidden characters.

    A page is decoded once: asked again for the same body object (and header),
    the text decoded last time is returned.

    >>> body = "caf\u00e9".encode("utf-8")
    >>> body_text(body, "text/html; charset=utf-8") is body_text(body, "text/html; charset=utf-8")
    True
    """
    return _decoded(body, content_type_header)[0]


def _decoded(body: bytes, content_type_header: str | None) -> tuple[str, bool]:
    """:func:`body_text`, and whether ``body`` is exactly that text encoded in UTF-8."""
    global _last_text
    last = _last_text
    if last is not None and last[0] is body and last[1] == content_type_header:
        return last[2], last[3]
    text, encoding = decode_html(body, content_type_header)
    # Read as UTF-8 without a byte order mark and without a replaced byte (a body
    # holding U+FFFD itself is merely not known to be exact): decoding changed nothing.
    exact = encoding == "utf-8" and not body.startswith(codecs.BOM_UTF8) and "\ufffd" not in text
    if any(map(text.__contains__, _NOT_XML_CHAR_LIST)):
        text = _NOT_XML_CHARS.sub("", text)
        exact = False
    _last_text = (body, content_type_header, text, exact)
    return text, exact


def soup(page: Page) -> BeautifulSoup:
    """Parse a page with lxml after decoding it; broken HTML gives a best-effort tree."""
    return soup_from_text(page_text(page))


def soup_from_text(text: str) -> BeautifulSoup:
    """Parse decoded HTML text with lxml. Never raises on broken markup."""
    # lxml stops at NUL bytes and chokes on some control characters; they
    # never carry meaning in HTML, so drop them first.
    text = text.replace("\x00", "")
    try:
        with warnings.catch_warnings():
            # XHTML pages (with an XML declaration) are still HTML to us, and a
            # tiny body that looks like a URL is still a body: neither is news.
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            return BeautifulSoup(text, "lxml")
    except Exception:  # noqa: BLE001 - a parse tree is always better than a crash here
        log.warning("lxml failed on a page; falling back to html.parser", exc_info=True)
        return BeautifulSoup(text, "html.parser")


# libxml2's HTML parser stops building the tree 255 elements deep (without the
# unsafe huge_tree option) and silently drops everything after that point;
# no real page nests that deep, so an element this deep means a cut.
CUT_DEPTH = 250
_REACHES_CUT_DEPTH = etree.XPath("boolean(" + "/*" * CUT_DEPTH + ")")


def cut_short(tree: etree._Element) -> str | None:
    """Why the parse of a page stopped before its end (nesting too deep), or None.

    ``tree`` is what :func:`document` returned, before it is modified.
    """
    if _REACHES_CUT_DEPTH(tree):
        return f"elements nested over {CUT_DEPTH} deep: the parser read no further"
    return None


def document(page: Page) -> etree._Element:
    """Parse a page into an lxml tree (the ``<html>`` element) after decoding it.

    The same parser and input as :func:`soup`, without building a
    BeautifulSoup tree on top: for hot paths that work on lxml directly.
    """
    text, exact = _decoded(page.body, page.headers.get("content-type"))
    if exact:
        # The body is the UTF-8 text document_from_text would make of the text (it has
        # no NUL either, one of the forbidden characters): skip encoding it again.
        return _parse(page.body, "utf-8")
    return document_from_text(text)


def document_from_text(text: str) -> etree._Element:
    """Parse decoded HTML text with lxml's HTML parser. Never raises on broken markup."""
    # Same cleaning as soup_from_text, so both trees see the same markup.
    text = text.replace("\x00", "")
    try:
        # libxml2 reads UTF-8 bytes faster than a str, and builds the same tree.
        data: str | bytes = text.encode("utf-8")
        encoding: str | None = "utf-8"
    except UnicodeEncodeError:  # lone surrogates: let lxml take the str itself
        data, encoding = text, None
    return _parse(data, encoding)


def _parse(data: str | bytes, encoding: str | None) -> etree._Element:
    """lxml's HTML parse of text or of bytes in ``encoding``; an empty document for nothing."""
    # A fresh parser per document: lxml parsers are not safe to share across threads.
    parser = etree.HTMLParser(recover=True, encoding=encoding)
    try:
        parser.feed(data)
        root = parser.close()
    except etree.LxmlError:
        root = None
    if root is None:
        # Nothing parseable (an empty body): an empty document, like soup() gives.
        return etree.Element("html")
    return root


# -- links ------------------------------------------------------------------

# Hrefs that name no page to fetch: a place in the same page, or a scheme the
# browser hands to something else. Compared case-insensitively.
NOT_LINK_PREFIXES: tuple[str, ...] = ("#", "javascript:", "mailto:", "tel:", "data:")
# WHATWG URL parsing drops tabs and newlines anywhere and trims C0 controls and
# spaces around an href; pages do have hrefs split over lines.
_HREF_JUNK = re.compile(r"[\t\n\r]")
_HREF_TRIM = "".join(chr(c) for c in range(0x21))
# Link types whose ``<link rel=alternate type=...>`` is a feed, not a translation.
FEED_TYPES: tuple[str, ...] = ("application/rss+xml", "application/atom+xml")
# <meta http-equiv=refresh content="5; url='/next'">; the "url=" part is optional.
_REFRESH = re.compile(
    r"""^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(?P<q>["']?)(?P<url>.*?)(?P=q)\s*$""",
    re.IGNORECASE | re.DOTALL,
)


def resolve_href(base: str, href: str | None) -> str | None:
    """``href`` as an absolute http(s) URL without fragment, or None when it names no page.

    Resolved against ``base`` as a browser does; None for an empty href, one of
    :data:`NOT_LINK_PREFIXES`, another scheme, no host, or a malformed URL.
    Nothing else is changed (no tracking-parameter cleaning: that is
    ``scraper.urls.clean_url``, for URLs about to be fetched).

    >>> resolve_href("https://a.example/news/", " 2024/x.html#top")
    'https://a.example/news/2024/x.html'
    >>> resolve_href("https://a.example/", "mailto:press@a.example") is None
    True
    """
    if not href:
        return None
    href = _HREF_JUNK.sub("", href).strip(_HREF_TRIM)
    if not href or href.lower().startswith(NOT_LINK_PREFIXES):
        return None
    try:
        url = urljoin(base, href)
        if "#" in url:  # urldefrag returns a URL without "#" as it is
            url = urldefrag(url)[0]
        parts = urlsplit(url)
        host = parts.hostname  # raises on a malformed netloc ("http://[bad")
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    return url


@dataclass(frozen=True, slots=True)
class LinkTags:
    """What a page's ``<base>``, ``<link>`` and ``<meta>`` tags say about URLs.

    Every URL went through :func:`resolve_href` against ``base``: absolute,
    http(s), no fragment. ``base`` is the first ``<base href>`` resolved
    against the page URL, else the page URL. ``canonical`` is the first
    ``<link rel=canonical>``; ``og_url`` the first ``og:url`` meta tag, only
    when absolute (the Open Graph protocol requires it); ``alternates`` maps
    lower-case hreflang codes of ``<link rel=alternate>`` to URLs, first wins;
    ``feeds`` are ``<link rel=alternate>`` of an RSS or Atom type, in order;
    ``next_page`` is the first ``<link rel=next>``; ``meta_refresh`` is where a
    ``<meta http-equiv=refresh>`` outside ``<noscript>`` sends to.
    """

    base: str
    canonical: str | None = None
    og_url: str | None = None
    alternates: dict[str, str] = field(default_factory=dict)
    feeds: tuple[str, ...] = ()
    next_page: str | None = None
    meta_refresh: str | None = None

    @property
    def declared_url(self) -> str | None:
        """The URL the page says it lives at: its canonical, else its ``og:url``."""
        return self.canonical or self.og_url


def link_tags(tree: etree._Element | BeautifulSoup, page_url: str) -> LinkTags:
    """Read the ``<base>``, ``<link>`` and ``<meta>`` tags of a parsed page (see :class:`LinkTags`).

    ``tree`` is an lxml tree (:func:`document`) or a BeautifulSoup tree
    (:func:`soup`): declarative sources and Python sources read pages with bs4.
    Tags count wherever they are, as browsers read them. Never raises.
    """
    elements: list[etree._Element] | list[Tag]
    if isinstance(tree, BeautifulSoup):
        elements = [t for t in tree.find_all(("base", "link", "meta")) if isinstance(t, Tag)]
    else:
        elements = list(tree.iter("base", "link", "meta"))
    base = page_url
    for element in elements:
        if _tag(element) == "base" and _attr(element, "href") is not None:
            base = resolve_href(page_url, _attr(element, "href")) or page_url
            break
    canonical = og_url = next_page = refresh = None
    alternates: dict[str, str] = {}
    feeds: dict[str, None] = {}
    for element in elements:
        tag = _tag(element)
        if tag == "meta":
            og_url = og_url or _og_url(element)
            refresh = refresh or _refresh(element, base)
            continue
        if tag != "link":
            continue
        url = resolve_href(base, _attr(element, "href"))
        if url is None:
            continue
        rel = set((_attr(element, "rel") or "").lower().split())
        if "next" in rel:
            next_page = next_page or url
        if "canonical" in rel:
            canonical = canonical or url
        elif "alternate" in rel:
            kind = (_attr(element, "type") or "").split(";")[0].strip().lower()
            lang = (_attr(element, "hreflang") or "").strip().lower()
            if kind in FEED_TYPES:
                feeds.setdefault(url, None)
            elif lang:
                alternates.setdefault(lang, url)
    return LinkTags(
        base=base,
        canonical=canonical,
        og_url=og_url,
        alternates=alternates,
        feeds=tuple(feeds),
        next_page=next_page,
        meta_refresh=refresh,
    )


def _tag(element: etree._Element | Tag) -> str:
    if isinstance(element, Tag):
        return element.name
    return element.tag if isinstance(element.tag, str) else ""


def _attr(element: etree._Element | Tag, name: str) -> str | None:
    """An attribute as a string; bs4's multi-valued ones (``rel``) joined by spaces."""
    value = element.get(name)
    if value is None or isinstance(value, str):
        return value
    return " ".join(value)


def _ancestor_tags(element: etree._Element | Tag) -> Iterable[str]:
    if isinstance(element, Tag):
        return (parent.name for parent in element.parents)
    return (str(parent.tag) for parent in element.iterancestors())


def _og_url(element: etree._Element | Tag) -> str | None:
    keys = {(_attr(element, name) or "").strip().lower() for name in ("property", "name")}
    # Resolved against nothing: only an absolute og:url counts.
    return resolve_href("", _attr(element, "content")) if "og:url" in keys else None


def _refresh(element: etree._Element | Tag, base: str) -> str | None:
    if (_attr(element, "http-equiv") or "").strip().lower() != "refresh":
        return None
    # A refresh inside <noscript> is the no-JavaScript fallback, not a redirect.
    if "noscript" in _ancestor_tags(element):
        return None
    match = _REFRESH.match(_attr(element, "content") or "")
    return resolve_href(base, match.group("url")) if match else None
