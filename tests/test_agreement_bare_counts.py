"""A count with no noun after it ("with each of the three", "met elk van de drie") refers to
the organisations of the sentence before: one tie with each of them."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

UZG = "Ghent University Hospital"
DELTA, GROENINGE, SINT_JAN = "AZ Delta", "AZ Groeninge", "AZ Sint-Jan"


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (
            "AZ Delta, AZ Groeninge and AZ Sint-Jan formed a hospital network on Monday.",
            "Ghent University Hospital signed a separate referral agreement with each of the "
            "three.",
        ),
        (
            "AZ Delta, AZ Groeninge en AZ Sint-Jan werken voortaan samen in een netwerk.",
            "Voor complexe ingrepen blijft UZ Gent het referentieziekenhuis: het universitair "
            "ziekenhuis sloot met elk van de drie een afzonderlijk verwijsakkoord.",
        ),
        (
            "AZ Delta, AZ Groeninge en AZ Sint-Jan werken voortaan samen in een netwerk.",
            "UZ Gent sloot met elk van de drie een afzonderlijk verwijsakkoord.",
        ),
    ],
)
def test_each_of_a_bare_count_is_a_tie_with_each_organisation_before(lead: str, text: str) -> None:
    found = party_sets(agreements(lead, text))
    assert {frozenset({UZG, other}) for other in (DELTA, GROENINGE, SINT_JAN)} <= found


def test_a_bare_count_with_no_organisations_before_gives_nothing() -> None:
    found = agreements(
        "The regional hospital network was formed on Monday.",
        "Ghent University Hospital signed a separate referral agreement with each of the three.",
    )
    assert party_sets(found) == set()
