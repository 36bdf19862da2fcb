"""One page in, one Extraction out: the source parser followed by the extractors."""

from __future__ import annotations

from scraper.extract import extract
from scraper.models import Extraction, Page
from scraper.source import Source


def extract_page(page: Page, source: Source) -> Extraction:
    """Parse ``page`` with ``source`` and extract organisations, agreements and dates.

    Pure: no I/O, no clock. Relative dates resolve against the publication
    date, or the fetch date when the page has none.
    """
    article = source.parse(page)
    if article.kind == "listing":
        # A listing only points at articles; its teasers are extracted there.
        return Extraction(article=article)
    reference = article.published or page.fetched_at.date()
    return extract(article, reference=reference, date_order=source.date_order)
