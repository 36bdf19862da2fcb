"""A clause after ", and" / ", en" that opens with a name and its verb has a subject of its
own: "A signed an agreement with B on Monday, and C signed a similar agreement with D" is
A+B and C+D, not A+D; C is no counterpart of A, nor one more founder of a body ("founded by
A, B and C, and D will be its fourth member")."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, DELFT, TNO = "Leiden University", "Delft University of Technology", "TNO"
UU, GHENT, MAASTRICHT = "Utrecht University", "Ghent University", "Maastricht University"


@pytest.mark.parametrize(
    "text",
    [
        "During the visit, Leiden University signed a student exchange agreement with Ghent "
        "University on Tuesday, and Utrecht University signed a similar agreement with TNO on "
        "Wednesday.",
        "Leiden University renewed its partnership with Ghent University, and Utrecht "
        "University concluded a new research contract with TNO.",
        "De Universiteit Leiden verlengde haar samenwerkingsovereenkomst met de Universiteit "
        "Gent, en de Universiteit Utrecht sloot een nieuw contract met TNO.",
        "Leiden University has extended its agreement with Ghent University, and Utrecht "
        "University (UU) has signed a memorandum with TNO.",
    ],
)
def test_a_later_clause_with_its_own_subject_is_its_own_tie(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({LEIDEN, GHENT}), frozenset({UU, TNO})}


def test_the_subject_of_a_later_clause_is_no_founder() -> None:
    found = agreements(
        "The Rhine Water Alliance was founded in 2021 by Leiden University, Ghent University "
        "and TNO, and Utrecht University will join as its fourth member in May."
    )
    assert frozenset({LEIDEN, GHENT, TNO}) in party_sets(found)
    assert not any(UU in a.parties and LEIDEN in a.parties for a in found)


@pytest.mark.parametrize(
    "text",
    [
        # The name after ", and" is followed by no verb: one more partner of the list.
        "Leiden University signed agreements with TNO, Ghent University, and Utrecht "
        "University, which will host the first exchange students.",
        "De Universiteit Leiden sloot overeenkomsten met TNO, de Universiteit Gent, en de "
        "Universiteit Utrecht.",
    ],
)
def test_a_serial_list_stays_one_list(text: str) -> None:
    assert party_sets(agreements(text)) == {
        frozenset({LEIDEN, TNO}),
        frozenset({LEIDEN, GHENT}),
        frozenset({LEIDEN, UU}),
    }
