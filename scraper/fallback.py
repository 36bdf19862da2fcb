"""Read a page even when its source's selectors miss.

A site redesign must not lose pages. A source parser is tried first; what it
cannot read comes from the generic parser:

* the source raises (its selectors match nothing, or it crashes): the whole
  page is read by the generic parser and marked ``layout_changed``;
* the source reads the page but leaves the title, the publication date or the
  body empty: those parts come from the generic parser (``parsed_by`` names
  them), which is not a layout change, since a source may leave them out.

Pure, like every parser: no I/O, no clock. ``generic_reading`` is the one place a
source's page is read by the generic parser (the declarative parser's ``fallback =
"generic"`` fields use it too), so a page is read that way at most once.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import replace
from typing import Protocol

from scraper.generic import GenericSource
from scraper.models import Page, ParsedArticle
from scraper.source import Source

log = logging.getLogger(__name__)

_GENERIC = GenericSource()
# The last generic reading: (page, parser, article). A declarative source's fallback
# fields and ``_fill_gaps`` ask for the same page one after the other.
_last: tuple[Page, GenericSource, ParsedArticle] | None = None


def read_page(page: Page, source: Source) -> ParsedArticle:
    """``source.parse(page)``, with the generic parser filling in what it missed.

    Never raises for a page a source cannot read: the generic parser's reading
    comes back with ``layout_changed`` and a warning instead. Errors of the
    generic parser itself (not HTML, say) still raise.
    """
    if source.name == _GENERIC.name:
        return source.parse(page)
    try:
        article = source.parse(page)
    except Exception as exc:  # noqa: BLE001 - any failure of a source: read the page anyway
        generic = generic_reading(page, source)
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        warning = (
            f"source {source.name}: layout changed ({reason}); page read by the generic parser"
        )
        return replace(
            generic,
            layout_changed=True,
            warnings=(warning,),
            parsed_by={"page": _GENERIC.name},
        )
    return _fill_gaps(page, source, article)


def _fill_gaps(page: Page, source: Source, article: ParsedArticle) -> ParsedArticle:
    """Take the parts an article reading left empty from the generic parser."""
    if article.kind != "article":
        return article
    missing = [
        name
        for name, empty in (
            ("title", not article.title),
            ("published", article.published is None),
            ("body", not article.paragraphs),
        )
        if empty
    ]
    if not missing:
        return article
    generic = generic_reading(page, source)
    changes: dict[str, object] = {}
    parsed_by = dict(article.parsed_by)
    if "title" in missing and generic.title:
        changes["title"] = generic.title
        parsed_by["title"] = _GENERIC.name
    if "published" in missing and generic.published is not None:
        changes["published"] = generic.published
        changes["published_source"] = generic.published_source
        parsed_by["published"] = _GENERIC.name
    if "body" in missing and generic.paragraphs:
        changes["paragraphs"] = generic.paragraphs
        parsed_by["body"] = _GENERIC.name
    if not changes:
        return article
    return replace(article, parsed_by=parsed_by, **changes)  # type: ignore[arg-type]


class DateHabits(Protocol):
    """What the generic reading needs of a source: how its site writes dates."""

    @property
    def languages(self) -> tuple[str, ...]: ...

    @property
    def date_order(self) -> str: ...


def generic_reading(page: Page, source: DateHabits) -> ParsedArticle:
    """The generic parser's reading of ``page``, with the dates read the way ``source``
    says its site writes them; a page asked for twice in a row is parsed once."""
    global _last  # noqa: PLW0603 - a one-page memo, private to this module
    parser = _generic_for(source)
    last = _last
    if last is not None and last[0] is page and last[1] is parser:
        return last[2]
    article = parser.parse(page)
    _last = (page, parser, article)
    return article


def _generic_for(source: DateHabits) -> GenericSource:
    """A generic parser reading dates the way ``source`` says its site writes them."""
    languages = tuple(source.languages or _GENERIC.languages)
    date_order = source.date_order or _GENERIC.date_order
    return _parser(languages, date_order)


@functools.lru_cache(maxsize=32)
def _parser(languages: tuple[str, ...], date_order: str) -> GenericSource:
    if languages == _GENERIC.languages and date_order == _GENERIC.date_order:
        return _GENERIC
    return GenericSource(languages=languages, date_order=date_order)
