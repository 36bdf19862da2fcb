"""A counted reference of a kind ("de twee ziekenhuizen", "the two universities") with too
few organisations of that kind named before it: on an organisation's own site the owner of
that kind is the missing one; never an organisation of another known kind."""

from __future__ import annotations

from datetime import date

from scraper.extract import extract
from scraper.models import Agreement, ParsedArticle

PUBLISHED = date(2026, 5, 20)
DELFT, WUR, PHILIPS = (
    "Delft University of Technology",
    "Wageningen University & Research",
    "Philips",
)


def _found(url: str, *paragraphs: str) -> list[Agreement]:
    article = ParsedArticle(url=url, title=None, paragraphs=paragraphs, published=PUBLISHED)
    return list(extract(article, reference=PUBLISHED).agreements)


def test_the_owner_completes_a_counted_reference_of_its_kind() -> None:
    found = _found(
        "https://www.tudelft.nl/en/2026/shared-greenhouse",
        "Wageningen University & Research opened a new research greenhouse this spring.",
        "The two universities have exchanged PhD students in plant robotics since 2019.",
        "TU Delft will host the first robotics summer school in 2027.",
    )
    assert {frozenset(a.parties) for a in found} == {frozenset({DELFT, WUR})}


def test_a_counted_reference_skips_an_organisation_of_another_kind() -> None:
    found = _found(
        "https://www.example.org/nieuws/fusie",
        "Het Maasstad Ziekenhuis bouwt een nieuwe vleugel voor de acute zorg.",
        "Philips levert de scanners voor de nieuwe vleugel.",
        "De twee ziekenhuizen werken al sinds 2020 samen in de spoedzorg.",
    )
    assert not any(PHILIPS in a.parties for a in found)
