"""A body the parties make up ("the three hospitals form G") is no party of its own.

When members told by a reference ("the three universities", "together they", "de drie
partijen") form a named alliance or network, the members are the parties and the body's
own name is not added (fixtures/gold/README.md, named alliances). Joining a body or being
a member of it still makes the body a party.
"""

from __future__ import annotations

import pytest

from tests.agreement_cases import agreements, party_sets

LEIDEN, DELFT, UU = "Leiden University", "Delft University of Technology", "Utrecht University"
LUMC, EMC, TNO = "Leiden University Medical Center", "Erasmus MC", "TNO"
SIGNED = "Leiden University, TU Delft and Utrecht University signed an agreement on Monday."


@pytest.mark.parametrize(
    "second",
    [
        "The three universities form the Medical Delta consortium.",
        "Together they form the Medical Delta consortium.",
        "The three universities have formed the Medical Delta alliance together since 2019.",
    ],
)
def test_members_told_by_reference_who_form_a_body_are_the_parties(second: str) -> None:
    found = agreements(SIGNED, second)
    assert party_sets(found) == {frozenset({LEIDEN, DELFT, UU})}, found
    assert len(found) == 2, found


def test_dutch_members_who_form_a_network_together_are_the_parties() -> None:
    found = agreements(
        "Het LUMC, het Erasmus MC en TNO tekenden maandag een convenant.",
        "De drie partijen vormen sinds 2019 samen het netwerk Medical Delta.",
    )
    assert party_sets(found) == {frozenset({LUMC, EMC, TNO})}, found
    assert [a.date for a in found if a.type != "agreement"] == ["2019"], found


@pytest.mark.parametrize(
    "second",
    [
        "The three universities form part of Medical Delta.",
        "The three universities are members of Medical Delta.",
    ],
)
def test_being_part_of_a_body_keeps_the_body_a_party(second: str) -> None:
    found = agreements(SIGNED, second)
    assert frozenset({LEIDEN, DELFT, UU, "Medical Delta"}) in party_sets(found), found


def test_a_body_that_acts_is_still_a_party() -> None:
    found = agreements("Medical Delta brings together Leiden University, TU Delft and Erasmus MC.")
    assert party_sets(found) == {frozenset({"Medical Delta", LEIDEN, DELFT, EMC})}, found
