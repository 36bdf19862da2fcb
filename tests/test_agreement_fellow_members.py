"""Fellow members told after the body one member belongs to ("A is a member of G,
alongside B and C") are memberships of their own; "A and B are members of G" stays one
state the members share (gold README)."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, UU, UVA = "Leiden University", "Utrecht University", "University of Amsterdam"
LERU = "League of European Research Universities"


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University is a member of LERU, together with Utrecht University and the "
        "University of Amsterdam.",
        "Leiden University is one of the 23 members of LERU, alongside Utrecht University and "
        "the University of Amsterdam.",
        "De Universiteit Leiden is lid van LERU, samen met de Universiteit Utrecht en de "
        "Universiteit van Amsterdam.",
        "Leiden University is a member of the League of European Research Universities (LERU) "
        "as well, along with Utrecht University and the University of Amsterdam.",
    ],
)
def test_fellow_members_after_the_body_are_memberships_each(text: str) -> None:
    assert party_sets(agreements(text)) == {
        frozenset({LEIDEN, LERU}),
        frozenset({UU, LERU}),
        frozenset({UVA, LERU}),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University and Utrecht University are members of LERU.",
        "De Universiteit Leiden en de Universiteit Utrecht zijn lid van LERU.",
        "Leiden University and Utrecht University are both members of LERU.",
    ],
)
def test_members_named_together_share_one_membership(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({LEIDEN, UU, LERU})}
