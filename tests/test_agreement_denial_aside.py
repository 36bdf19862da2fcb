"""A denial in a background clause about the subject ("X, which is not part of the
network, signed ...") does not deny the tie the main clause goes on to tell."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

TNO, LEIDEN, DELFT = "TNO", "Leiden University", "Delft University of Technology"


@pytest.mark.parametrize(
    "text",
    [
        "TNO, which is not a member of the consortium, has signed research agreements with "
        "Leiden University and TU Delft.",
        "TNO, dat geen deel uitmaakt van het netwerk, sloot afzonderlijke "
        "samenwerkingsovereenkomsten met de Universiteit Leiden en de TU Delft.",
        "TNO, die geen lid is van de alliantie, tekende overeenkomsten met de Universiteit "
        "Leiden en de TU Delft.",
    ],
)
def test_a_denial_about_the_subject_leaves_the_main_clause(text: str) -> None:
    assert party_sets(agreements(text)) == {
        frozenset({TNO, LEIDEN}),
        frozenset({TNO, DELFT}),
    }


def test_each_of_the_partners_told_before_after_a_denial_aside() -> None:
    found = agreements(
        "Leiden University, TU Delft and Erasmus University Rotterdam signed a covenant on Monday.",
        "TNO, which is not a party to the covenant, signed a separate agreement with each of "
        "the three universities.",
    )
    assert {frozenset({TNO, LEIDEN}), frozenset({TNO, DELFT})} <= party_sets(found)


@pytest.mark.parametrize(
    "text",
    [
        # The denial governs when no main verb of a tie follows the clause.
        "TNO, which is not a party to the agreement, advised Leiden University and TU Delft.",
        # A denial in the main clause still denies.
        "TNO is not a party to the agreement with Leiden University and TU Delft.",
    ],
)
def test_a_denial_that_governs_still_denies(text: str) -> None:
    assert not any(TNO in a.parties for a in agreements(text))
