"""Invented pages as the generic parser reads them, for the generic parser's tests."""

from __future__ import annotations

from datetime import UTC, datetime

from scraper.generic import GenericSource
from scraper.models import Page, ParsedArticle

FETCHED = datetime(2025, 6, 1, tzinfo=UTC)
UTF8 = {"content-type": "text/html; charset=utf-8"}


def read_generic(
    url: str,
    html: str,
    fetched_at: datetime = FETCHED,
    headers: dict[str, str] | None = None,
) -> ParsedArticle:
    """``html``, fetched from ``url`` at ``fetched_at`` (UTF-8 unless ``headers`` say
    otherwise), as ``GenericSource`` parses it."""
    page = Page(url=url, body=html.encode(), fetched_at=fetched_at, headers=headers or UTF8)
    return GenericSource().parse(page)
