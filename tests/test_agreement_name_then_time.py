"""A time word or a linking verb right after a name does not make the name a modifier of
the noun after it: "signed with TU Delft last week" names a party (not "the TU Delft
week"), and so does "A, B and C are members of G"; "the TU Delft campus" does not."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, DELFT, TNO = "Leiden University", "Delft University of Technology", "TNO"
LERU = "League of European Research Universities"


@pytest.mark.parametrize(
    "text",
    [
        "TNO signed an agreement with TU Delft last week.",
        "Met de TU Delft tekende TNO vorige week een intentieverklaring.",
        "TNO sloot deze week een raamakkoord met de TU Delft.",
    ],
)
def test_a_time_word_after_a_name_leaves_it_a_party(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({TNO, DELFT})}


def test_a_list_before_a_linking_verb_keeps_its_last_member() -> None:
    found = agreements("Leiden University, TNO and TU Delft are members of LERU.")
    assert party_sets(found) == {frozenset({LEIDEN, TNO, DELFT, LERU})}


def test_a_partner_list_with_a_date_after_it_keeps_every_partner() -> None:
    found = agreements(
        "Leiden University signed exchange agreements with TNO and TU Delft last week, and a "
        "memorandum with Utrecht University."
    )
    assert {frozenset({LEIDEN, TNO}), frozenset({LEIDEN, DELFT})} <= party_sets(found)


def test_a_thing_of_the_name_is_still_no_party() -> None:
    found = agreements("Leiden University signed an agreement with TNO at the TU Delft campus.")
    assert party_sets(found) == {frozenset({LEIDEN, TNO})}
