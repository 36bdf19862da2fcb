"""An alliance or consortium made by the organisations listed before the verb ("A, B and C
founded G in 2010") is one record of its makers, of the body's kind; the body is no party
to its own making (fixtures/gold/README.md, named alliances)."""

from __future__ import annotations

import pytest

from tests.agreement_cases import agreements, party_sets

MAKERS = frozenset({"Leiden University", "Delft University of Technology", "Erasmus MC"})


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University, TU Delft and Erasmus MC founded Medical Delta in 2010.",
        "Leiden University, TU Delft and Erasmus MC set up Medical Delta in 2010.",
        "In 2010, Leiden University, TU Delft and Erasmus MC launched Medical Delta.",
        "Leiden University, TU Delft and Erasmus MC have formed Medical Delta since 2010.",
    ],
)
def test_the_makers_listed_before_the_verb_are_the_parties(text: str) -> None:
    found = agreements(text)
    assert party_sets(found) == {MAKERS}, found
    assert [a.date for a in found] == ["2010"], found


def test_members_of_a_body_keep_the_body_as_a_party() -> None:
    found = agreements("Leiden University, TU Delft and Erasmus MC are members of Medical Delta.")
    assert party_sets(found) == {MAKERS | {"Medical Delta"}}, found


def test_a_maker_told_in_a_side_clause_is_no_list_before_the_verb() -> None:
    found = agreements(
        "Leiden University and TU Delft joined Medical Delta, which Erasmus MC founded in 2010."
    )
    assert all("Medical Delta" in a.parties and len(a.parties) == 2 for a in found), found
