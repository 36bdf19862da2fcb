"""Exceptions raised by the scraper package.

ScraperError
├── FetchError            a URL could not be fetched
│   └── BlockedURL        refused before any request: scheme, address, scope
└── ParseError            a page could not be turned into an article
    └── LayoutChanged     a source's selectors no longer match the page

A failed fetch does not raise: it comes back as a ``FetchResult`` whose
``error_kind`` is an :class:`ErrorKind` (a body over the size limit is
``too_large``, a URL robots.txt forbids is ``robots``). Every class in the
tree is raised somewhere: ``BlockedURL`` by the address and scope checks,
``LayoutChanged`` by declarative sources, and the pipeline's ``ParseError``
subclasses (a crashed or timed-out parse, a soft 404) by the page handler and parse pool.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    """Why a fetch failed, as stored in ``pages.error_kind`` and counted in run summaries.

    A ``StrEnum``: each member equals (and hashes as) its string value, so
    stored values, JSON summaries and comparisons with plain strings are
    unchanged.

    >>> ErrorKind.ROBOTS == "robots", ErrorKind("http_status") is ErrorKind.HTTP_STATUS
    (True, True)
    """

    TIMEOUT = "timeout"
    """The request timed out (connect, read or pool)."""
    CONNECT = "connect"
    """The connection failed, or the resolver hiccuped (EAI_AGAIN)."""
    NETWORK = "network"
    """Another transport failure."""
    DNS = "dns"
    """The host name does not resolve."""
    DEADLINE = "deadline"
    """The whole request passed the hard fetch deadline."""
    TOO_LARGE = "too_large"
    """The decoded body passed the size limit."""
    BLOCKED = "blocked"
    """Refused before any request: scheme, length, scope or address rules."""
    ROBOTS = "robots"
    """robots.txt disallows the URL."""
    ROBOTS_UNREACHABLE = "robots_unreachable"
    """robots.txt could not be read, so nothing on its origin is fetched this run."""
    HTTP_STATUS = "http_status"
    """An HTTP status that is not a usable answer (4xx, 5xx, 3xx without Location)."""
    REDIRECT_LOOP = "redirect_loop"
    """A redirect led back to a URL already visited."""
    TOO_MANY_REDIRECTS = "too_many_redirects"
    """More redirects than ``max_redirects``."""
    UNSUPPORTED_TYPE = "unsupported_type"
    """A media type that is not read (PDF, images): recorded, not downloaded."""
    DECODING = "decoding"
    """The Content-Encoding could not be decoded."""
    INVALID_URL = "invalid_url"
    """httpx could not use the URL."""
    PAUSED = "paused"
    """The host was closed by the circuit breaker while the request waited."""


class ScraperError(Exception):
    """Base class for every error the scraper raises on purpose."""

    kind = "error"


class FetchError(ScraperError):
    """A URL could not be fetched."""

    kind = "fetch"


class BlockedURL(FetchError):
    """The URL is refused before any request (scheme, address or scope rules)."""

    kind = ErrorKind.BLOCKED


class ParseError(ScraperError):
    """A page could not be parsed."""

    kind = "parse"


class LayoutChanged(ParseError):
    """A source's selectors matched an unexpected number of elements."""

    kind = "layout_changed"
