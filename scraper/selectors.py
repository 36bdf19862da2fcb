"""CSS selection with expected counts: a layout change becomes a clear error, not a None.

Spatula's idea: each selector states how many elements it expects, so when a
site is redesigned the parser fails with ``leiden: 0 matches for 'article h1'
(expected exactly 1)`` instead of quietly storing empty articles.
"""

from __future__ import annotations

from functools import lru_cache

import soupsieve
from bs4 import BeautifulSoup, Tag

from scraper.errors import LayoutChanged


def select(
    node: BeautifulSoup | Tag,
    css: str,
    *,
    min: int = 1,  # noqa: A002 - reads naturally at call sites: min=0, max=1
    max: int | None = None,  # noqa: A002
    what: str = "page",
) -> list[Tag]:
    """Every element matching ``css`` under ``node``, in document order.

    Raises :class:`LayoutChanged` when fewer than ``min`` or more than ``max``
    elements match. ``what`` names the source (and field) in the message.
    """
    found = list(_compiled(css).select(node))
    if len(found) < min or (max is not None and len(found) > max):
        raise LayoutChanged(
            f"{what}: {len(found)} matches for {css!r} (expected {expected(min, max)})"
        )
    return found


def select_one(node: BeautifulSoup | Tag, css: str, *, what: str = "page") -> Tag:
    """The single element matching ``css``; zero or several raise :class:`LayoutChanged`."""
    return select(node, css, min=1, max=1, what=what)[0]


def expected(min: int, max: int | None) -> str:  # noqa: A002
    """The expected count in words: ``exactly 1``, ``at least 1``, ``0 to 3``."""
    if max is None:
        return f"at least {min}"
    if min == max:
        return f"exactly {min}"
    if min == 0:
        return f"at most {max}"
    return f"{min} to {max}"


def check_css(css: str) -> str | None:
    """None when ``css`` is a valid selector, else the parser's complaint (for config checks)."""
    try:
        _compiled(css)
    except soupsieve.SelectorSyntaxError as exc:
        return str(exc).splitlines()[0]
    return None


@lru_cache(maxsize=512)
def _compiled(css: str) -> soupsieve.SoupSieve:
    # Sources run the same few selectors over thousands of pages.
    return soupsieve.compile(css)
