"""The publisher's own ties in the first person: "Our exchange agreement with A lapsed",
"Onze samenwerking met B loopt al sinds 2015" on an organisation's own site are ties of
the site's owner with the counterpart named; a quoted speaker of another organisation who
says "our" does not give the owner a tie."""

from __future__ import annotations

from datetime import date

import pytest

from scraper.extract import extract
from scraper.models import ParsedArticle

DELFT, TNO = "Delft University of Technology", "TNO"
PUBLISHED = date(2026, 4, 15)


def _found(*paragraphs: str, lang: str = "en") -> set[tuple[frozenset[str], str, str | None]]:
    article = ParsedArticle(
        url=f"https://www.tudelft.nl/{lang}/2026/lab-news",
        title=None,
        paragraphs=("Delft University of Technology opened a new wind tunnel on Monday.",)
        + paragraphs,
        published=PUBLISHED,
    )
    found = extract(article, reference=PUBLISHED).agreements
    return {(frozenset(a.parties), a.type, a.date) for a in found}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Our exchange agreement with TNO lapsed in 2024 when neither side renewed it.",
            "en",
            (frozenset({DELFT, TNO}), "termination", "2024"),
        ),
        (
            "Our framework agreement with TNO, signed in 2019, was extended by five years.",
            "en",
            (frozenset({DELFT, TNO}), "agreement", "2019"),
        ),
        (
            "Onze samenwerking met TNO loopt al sinds 2015.",
            "nl",
            (frozenset({DELFT, TNO}), "collaboration", "2015"),
        ),
    ],
)
def test_a_first_person_tie_on_an_own_site_is_the_owners(
    text: str, lang: str, want: tuple[frozenset[str], str, str | None]
) -> None:
    assert _found(text, lang=lang) == {want}


def test_our_in_the_quote_of_another_organisation_gives_the_owner_no_tie() -> None:
    assert (
        _found("“Our partnership with TNO ended in June,” said the rector of Leiden University.")
        == set()
    )
