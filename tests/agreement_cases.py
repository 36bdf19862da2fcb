"""Helpers for the agreement tests: extract invented paragraphs as one article."""

from __future__ import annotations

from datetime import date

from scraper.extract import extract
from scraper.models import Agreement, ParsedArticle

PUBLISHED = date(2025, 3, 12)


def agreements(
    *paragraphs: str, title: str | None = None, published: date | None = PUBLISHED
) -> list[Agreement]:
    """The agreements ``extract`` finds in ``paragraphs``, dated against ``published``."""
    article = ParsedArticle(
        url="http://example.org/n", title=title, paragraphs=paragraphs, published=published
    )
    return list(extract(article, reference=published).agreements)


def party_sets(found: list[Agreement]) -> set[frozenset[str]]:
    """Each found agreement's parties, as a set of sets."""
    return {frozenset(a.parties) for a in found}
