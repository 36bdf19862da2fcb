"""One organisation, several forms on a page: portfolios of ministries in other languages
(kept whole), translations in brackets and short forms tied to the full name (English,
Dutch, German)."""

from __future__ import annotations

from scraper.extract.organisations.gazetteer import load_gazetteer
from scraper.extract.organisations.mentions import find_mentions, organisations_from
from scraper.models import Organisation


def orgs(*units: str) -> dict[str, Organisation]:
    return {o.name: o for o in organisations_from(find_mentions(list(units), load_gazetteer()))}


def test_a_ministry_keeps_its_whole_portfolio_in_dutch_and_german() -> None:
    found = orgs(
        "Het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur is cofinancier.",
    )
    assert "ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur" in found
    found = orgs("Das Bundesministerium für Forschung, Technologie und Raumfahrt fördert es.")
    assert list(found) == ["Bundesministerium für Forschung, Technologie und Raumfahrt"]


def test_a_comma_without_a_closing_and_still_separates_two_organisations() -> None:
    found = orgs("Het ministerie van Landbouw, Wageningen University en TNO tekenden.")
    assert "ministerie van Landbouw" in found
    assert "Wageningen University & Research" in found or "Wageningen University" in found
