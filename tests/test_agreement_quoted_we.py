"""Quoted speech in the first person: "we" is the speaker's organisation (named beside the
quote, else the site's owner), and what it says of a tie with a named counterpart is a tie."""

from __future__ import annotations

from datetime import date

import pytest
from agreement_cases import agreements, party_sets

from scraper.extract import extract
from scraper.models import ParsedArticle

LEIDEN, TNO, GHENT = "Leiden University", "TNO", "Ghent University"
DELFT, NLR = "Delft University of Technology", "Royal Netherlands Aerospace Centre"


@pytest.mark.parametrize(
    "text",
    [
        "“We have signed a research agreement with TNO,” said the president of Leiden University.",
        "“This week we sign a framework agreement with TNO,” Leiden University said.",
        "“Sinds 2019 werken we samen met TNO aan batterijen,” zegt de decaan van de "
        "Universiteit Leiden.",
    ],
)
def test_we_in_a_quote_is_the_organisation_of_its_speaker(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({LEIDEN, TNO})}


def test_each_counterpart_with_its_own_preposition_in_a_quote_is_a_tie_of_its_own() -> None:
    found = agreements(
        "“Met TNO en met de Universiteit Gent hebben we in mei al onderzoeksafspraken "
        "gemaakt”, zegt de decaan van de Universiteit Leiden."
    )
    assert party_sets(found) == {frozenset({LEIDEN, TNO}), frozenset({LEIDEN, GHENT})}


def test_we_in_a_quote_with_no_speaker_named_is_the_site_owner() -> None:
    published = date(2026, 4, 15)
    article = ParsedArticle(
        url="https://www.tudelft.nl/en/2026/wind-tunnels",
        title=None,
        paragraphs=(
            "Delft University of Technology opened a new wind tunnel on Monday.",
            "“We have worked with NLR on wind tunnels since 2015,” says the dean.",
        ),
        published=published,
    )
    found = extract(article, reference=published).agreements
    assert {frozenset(a.parties) for a in found} == {frozenset({DELFT, NLR})}


@pytest.mark.parametrize(
    "text",
    [
        # No "we": the quote tells of a tie nobody is said to have.
        "“An agreement with TNO would help the whole region,” said the president of Leiden "
        "University.",
        # "we", but no counterpart named inside the quote.
        "“Students must be able to trust everyone we work with,” said the president of Leiden "
        "University.",
        # A tie told as an infinitive is a feeling or a wish.
        "“We look forward to working with TNO on batteries,” said the president of Leiden "
        "University.",
        "“We zijn blij om met TNO samen te werken,” zegt de decaan van de Universiteit Leiden.",
        # "our", not "we": the speaker's work, no tie told.
        "“Our work with TNO shows what engineers can do,” said the president of Leiden University.",
    ],
)
def test_quoted_speech_without_a_first_person_tie_gives_no_record(text: str) -> None:
    assert party_sets(agreements(text)) == set()
