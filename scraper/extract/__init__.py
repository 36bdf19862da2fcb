"""Source-independent extraction: organisations, agreements and dates from article text."""

from __future__ import annotations

from datetime import date
from operator import attrgetter
from pathlib import Path

from scraper.extract.agreements.find import find_agreements
from scraper.extract.dates.anchored import anchored_days
from scraper.extract.dates.find import drop_dateline, find_dates
from scraper.extract.organisations.gazetteer import Gazetteer, load_gazetteer
from scraper.extract.organisations.lexicon import tokenize
from scraper.extract.organisations.mentions import find_mentions, organisations_from
from scraper.extract.organisations.owner import site_owner
from scraper.extract.sentences import build_sentences
from scraper.models import DateMention, Extraction, ParsedArticle

__all__ = ["extract", "load_gazetteer"]

_LANGUAGES = ("en", "nl")
_RAW = attrgetter("raw")  # a token's word as written


def extract(
    article: ParsedArticle,
    *,
    reference: date | None = None,
    date_order: str = "DMY",
    gazetteer: Gazetteer | Path | None = None,
) -> Extraction:
    """Find organisations, agreements and dates in an article.

    ``reference`` resolves relative dates ("yesterday"); callers pass the
    publication date, or the fetch date when there is none. Without one,
    relative dates are kept in ``dates`` with ``value`` None. ``gazetteer`` is a
    loaded gazetteer or the path of a user file extending the packaged one;
    by default the packaged gazetteer is used (loaded once, then cached).
    A listing page gives an empty extraction. Pure: no network, no clock.
    """
    if article.kind == "listing":
        # A news overview repeats teasers of other pages: its entities belong to those pages.
        return Extraction(article=article)
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else load_gazetteer(gazetteer)
    has_title = bool(article.title and article.title.strip())
    units = [u for u in (article.title, *article.paragraphs) if u and u.strip()]
    languages = _languages(article.language)
    # One word scan per unit, shared by the organisation and the date finders.
    tokens = [tokenize(u) for u in units]
    dates_by_unit = [
        find_dates(
            u,
            reference=reference,
            date_order=date_order,
            languages=languages,
            unresolved=True,
            words=list(map(_RAW, toks)),
        )
        for u, toks in zip(units, tokens, strict=True)
    ]
    # "Een dag eerder ...": days told relative to the last day told before them.
    dates_by_unit = anchored_days(units, dates_by_unit)
    # The site's owner, found once: the organisations (on the site only) and the agreements
    # both need it. Where it is None, find_mentions' own look at the host finds none either.
    owner = site_owner(gaz, article.url, article.site_name)
    mentions = find_mentions(
        units, gaz, tokens, site=article.url, owner=owner if article.url else None
    )
    organisations = organisations_from(mentions)
    kinds = {o.name: o.kind for o in organisations}
    # Agreements are dated by resolved dates only; unresolved ones stay in ``dates``.
    resolved = (
        dates_by_unit
        if reference is not None
        else [[d for d in found if d.value is not None] for found in dates_by_unit]
    )
    sentences = build_sentences(units, mentions, resolved, has_title=has_title)
    agreements = find_agreements(
        sentences, kinds, published=article.published, owner=owner.name if owner else None
    )
    dates: tuple[DateMention, ...] = tuple(
        d
        for unit, found in zip(units, dates_by_unit, strict=True)
        for d in drop_dateline(unit, found)
    )
    return Extraction(
        article=article, organisations=organisations, agreements=agreements, dates=dates
    )


def _languages(language: str | None) -> tuple[str, ...]:
    """The page language first, the other one as a fallback (pages mix them)."""
    if language in _LANGUAGES:
        return (language, *(x for x in _LANGUAGES if x != language))
    return _LANGUAGES
