"""An earlier tie told in a relative clause with its own pair as subject ("replaces the
concordat that the University and B signed in 2019", "vervangt de afspraken die de HL en
het ROC in 2019 sloten") is a tie of that pair, not of every signatory of the new one the
sentence refers to. A description in the pair is the one party whose name holds its word."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, LUMC, CITY = (
    "Leiden University",
    "Leiden University Medical Center",
    "Municipality of Leiden",
)
HL, ROC = "Leiden University of Applied Sciences", "ROC Mondriaan"


def dated(year: str, *paragraphs: str) -> set[frozenset[str]]:
    return {frozenset(a.parties) for a in agreements(*paragraphs) if a.date == year}


@pytest.mark.parametrize(
    ("paragraphs", "pair"),
    [
        (
            (
                "Leiden University, the Leiden University Medical Center and the Municipality "
                "of Leiden signed a memorandum of understanding on Tuesday.",
                "The memorandum replaces the concordat that the University and the Leiden "
                "University Medical Center signed in 2019, which expires on 30 September.",
            ),
            frozenset({LEIDEN, LUMC}),
        ),
        (
            (
                "Hogeschool Leiden (HL), ROC Mondriaan en de gemeente Leiden hebben dinsdag een "
                "convenant ondertekend.",
                "Het convenant vervangt de zorgafspraken die de HL en het ROC in 2019 sloten.",
            ),
            frozenset({HL, ROC}),
        ),
        (
            (
                "Leiden University, the Leiden University Medical Center and the Municipality "
                "of Leiden signed a covenant on Monday.",
                "The covenant builds on the agreement that the LUMC and the municipality "
                "concluded in 2020.",
            ),
            frozenset({LUMC, CITY}),
        ),
    ],
)
def test_the_relative_clause_pair_is_the_earlier_tie(
    paragraphs: tuple[str, ...], pair: frozenset[str]
) -> None:
    earlier = dated("2019", *paragraphs) | dated("2020", *paragraphs)
    assert pair in earlier
    assert frozenset({LEIDEN, LUMC, CITY}) not in earlier
    assert frozenset({HL, ROC, CITY}) not in earlier


def test_a_news_record_of_three_keeps_its_parties() -> None:
    # The relative clause dates nothing before the news: the three signed together.
    found = party_sets(
        agreements(
            "Leiden University, the Leiden University Medical Center and the Municipality of "
            "Leiden signed the covenant that the University and the LUMC drafted last year.",
        )
    )
    assert frozenset({LEIDEN, LUMC, CITY}) in found
