"""Exceptions raised by the scraper package.

ScraperError
├── FetchError            a URL could not be fetched (network, status, limits)
│   ├── BlockedURL        refused before any request: scheme, address, scope
│   └── BodyTooLarge      the decoded body passed the size limit
├── RobotsDenied          robots.txt forbids the URL
└── ParseError            a page could not be turned into an article
    └── LayoutChanged     a source's selectors no longer match the page
"""

from __future__ import annotations


class ScraperError(Exception):
    """Base class for every error the scraper raises on purpose."""

    kind = "error"


class FetchError(ScraperError):
    """A URL could not be fetched."""

    kind = "fetch"


class BlockedURL(FetchError):
    """The URL is refused before any request (scheme, address or scope rules)."""

    kind = "blocked"


class BodyTooLarge(FetchError):
    """The response body passed the configured size limit."""

    kind = "too_large"


class RobotsDenied(ScraperError):
    """robots.txt forbids fetching the URL."""

    kind = "robots"


class ParseError(ScraperError):
    """A page could not be parsed."""

    kind = "parse"


class LayoutChanged(ParseError):
    """A source's selectors matched an unexpected number of elements."""

    kind = "layout_changed"
