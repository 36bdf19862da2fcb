"""Source-independent extraction: organisations, agreements and dates from article text."""

from __future__ import annotations

from datetime import date

from scraper.models import Extraction, ParsedArticle


def extract(article: ParsedArticle, *, reference: date | None = None, date_order: str = "DMY") -> Extraction:
    """Find organisations, agreements and dates in an article.

    ``reference`` resolves relative dates ("yesterday"); callers pass the
    publication date, or the fetch date when there is none.
    """
    return Extraction(article=article)
