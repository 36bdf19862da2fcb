"""One page in, one Extraction out: the source parser followed by the extractors."""

from __future__ import annotations

from scraper.extract import extract
from scraper.fallback import read_page
from scraper.models import Extraction, Page
from scraper.source import Source


def extract_page(page: Page, source: Source, *, fetch_time_known: bool = True) -> Extraction:
    """Parse ``page`` with ``source`` and extract organisations, agreements and dates.

    Where the source's selectors miss, the generic parser reads the page
    (``scraper.fallback``): the result says so in ``layout_changed`` and
    ``warnings``. Pure: no I/O, no clock. Relative dates ("yesterday") resolve
    against the publication date, else the fetch date when ``fetch_time_known``;
    otherwise they are kept unresolved (``value`` None), never resolved against an
    unrelated day.
    """
    article = read_page(page, source)
    if article.kind == "listing":
        # A listing only points at articles; its teasers are extracted there.
        return Extraction(article=article)
    reference = article.published or (page.fetched_at.date() if fetch_time_known else None)
    return extract(article, reference=reference, date_order=source.date_order)
