"""A sentence that tells a joining and, in a clause of its own, another tie with a
counterpart ("A joins G and signs a framework agreement with B", "A, which has its own
agreement with B, will join G") gives the membership of A and the tie of A and B; B joins
nothing. An organisation that joins together with A ("together with B") still joins."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, TNO, UU = "Leiden University", "TNO", "Utrecht University"
GROUP = "Rhine Water Alliance"


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University has joined the Rhine Water Alliance and signed a research "
        "agreement with TNO.",
        "Leiden University renewed its partnership with TNO and joined the Rhine Water Alliance.",
        "De Universiteit Leiden treedt toe tot de Rhine Water Alliance en sluit een "
        "raamakkoord met TNO.",
        "Leiden University, which has its own research agreement with TNO, will join the "
        "Rhine Water Alliance in May.",
    ],
)
def test_the_other_tie_is_of_the_joiner_and_its_counterpart(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({LEIDEN, GROUP}), frozenset({LEIDEN, TNO})}


def test_each_tie_keeps_the_status_of_its_own_clause() -> None:
    found = agreements(
        "Leiden University renewed its partnership with TNO and joined the Rhine Water Alliance."
    )
    by_parties = {frozenset(a.parties): (a.type, a.status) for a in found}
    assert by_parties[frozenset({LEIDEN, TNO})] == ("partnership", "renewed")
    assert by_parties[frozenset({LEIDEN, GROUP})][1] != "renewed"


def test_a_tie_told_in_a_relative_clause_is_standing() -> None:
    found = agreements(
        "Leiden University, which has its own research agreement with TNO, will join the "
        "Rhine Water Alliance in May."
    )
    by_parties = {frozenset(a.parties): a.status for a in found}
    assert by_parties[frozenset({LEIDEN, TNO})] == "ongoing"


def test_joining_together_with_another_is_still_joining() -> None:
    found = agreements("Leiden University joined the Rhine Water Alliance together with TNO.")
    assert party_sets(found) == {frozenset({LEIDEN, GROUP}), frozenset({TNO, GROUP})}
