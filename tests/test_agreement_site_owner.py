"""On a university's own site, a bare "the university" is that university."""

from __future__ import annotations

from datetime import date

from scraper.extract import extract
from scraper.models import Agreement, ParsedArticle

PUBLISHED = date(2026, 4, 15)
DELFT, MADRID, NLR = (
    "Delft University of Technology",
    "Universidad Politécnica de Madrid",
    "Royal Netherlands Aerospace Centre",
)


def _found(url: str, *paragraphs: str) -> list[Agreement]:
    article = ParsedArticle(url=url, title=None, paragraphs=paragraphs, published=PUBLISHED)
    return list(extract(article, reference=PUBLISHED).agreements)


_STORY = (
    "Delft University of Technology and the Universidad Politécnica de Madrid will offer a "
    "joint master's degree in aerospace structures.",
    "Students will spend their second year at the Universidad Politécnica de Madrid.",
    "Airbus sits on the advisory board of the programme.",
    "Wind tunnels shared for longer",  # a subheading: the news moves on
)


def test_the_university_on_its_own_site_is_the_site_owner() -> None:
    found = _found(
        "https://www.tudelft.nl/en/2026/joint-master",
        *_STORY,
        "Separately, the university and NLR renewed a framework agreement on wind tunnels that "
        "they first signed in 2021.",
    )
    assert {frozenset(a.parties) for a in found if NLR in a.parties} == {frozenset({DELFT, NLR})}


def test_de_universiteit_on_its_own_site_is_the_site_owner() -> None:
    found = _found(
        "https://www.tudelft.nl/2026/gezamenlijke-master",
        "De TU Delft en de Universidad Politécnica de Madrid bieden samen een master aan.",
        "Studenten volgen het tweede jaar aan de Universidad Politécnica de Madrid.",
        "Airbus zit in de adviesraad van de opleiding.",
        "Windtunnels langer gedeeld",
        "Daarnaast verlengden de universiteit en NLR een raamovereenkomst over windtunnels die "
        "ze in 2021 voor het eerst sloten.",
    )
    assert {frozenset(a.parties) for a in found if NLR in a.parties} == {frozenset({DELFT, NLR})}


def test_elsewhere_the_university_is_the_last_one_named() -> None:
    found = _found(
        "https://www.example.org/news/joint-master",
        *_STORY,
        "Separately, the university and NLR renewed a framework agreement on wind tunnels that "
        "they first signed in 2021.",
    )
    assert {frozenset(a.parties) for a in found if NLR in a.parties} == {frozenset({MADRID, NLR})}


def test_a_described_university_is_not_the_site_owner() -> None:
    found = _found(
        "https://www.tudelft.nl/en/2026/joint-master",
        *_STORY,
        "Separately, the Spanish university and NLR renewed a framework agreement on wind "
        "tunnels that they first signed in 2021.",
    )
    assert {frozenset(a.parties) for a in found if NLR in a.parties} == {frozenset({MADRID, NLR})}


def test_a_faculty_that_signs_on_its_universitys_site_is_that_university() -> None:
    found = _found(
        "https://www.tudelft.nl/en/2026/faculty-news",
        "Delft University of Technology welcomed a delegation from Tohoku University.",
        "Earlier this month, the Faculty of Aerospace Engineering signed a double degree "
        "agreement with the Universidad Politécnica de Madrid.",
    )
    assert {frozenset(a.parties) for a in found} == {frozenset({DELFT, MADRID})}


def test_een_faculteit_die_tekent_is_haar_universiteit() -> None:
    found = _found(
        "https://www.example.org/nieuws/faculteit",
        "De TU Delft ontving vorige week een delegatie uit Japan.",
        "De faculteit Luchtvaart- en Ruimtevaarttechniek tekende maandag een overeenkomst met "
        "de Universidad Politécnica de Madrid.",
    )
    assert {frozenset(a.parties) for a in found} == {frozenset({DELFT, MADRID})}


def test_we_on_an_organisations_own_site_is_that_organisation() -> None:
    found = _found(
        "https://www.tudelft.nl/en/2026/agreements",
        "Delft University of Technology opened a new wind tunnel.",
        "Closer to home, we signed separate agreements last week with NLR and with the "
        "Universidad Politécnica de Madrid.",
    )
    assert {frozenset(a.parties) for a in found} == {
        frozenset({DELFT, NLR}),
        frozenset({DELFT, MADRID}),
    }


def test_we_on_a_page_of_no_named_site_is_no_one() -> None:
    found = _found(
        "https://news.example.org/2026/agreements",
        "Delft University of Technology opened a new wind tunnel.",
        "We signed an agreement with NLR on Monday.",
    )
    assert found == []
