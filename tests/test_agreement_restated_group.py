"""A sentence that refers back to a distributive group with a plural agreement noun ("the
three memorandums", "under the memoranda", "de akkoorden") restates it: no pairs among the
partners, none with a bystander it names; a new distributive list is no back-reference."""

from __future__ import annotations

from agreement_cases import agreements, party_sets

LEIDEN, DELFT, TNO = "Leiden University", "Delft University of Technology", "TNO"
UU, NWO = "Utrecht University", "Dutch Research Council"

GROUP = {frozenset({LEIDEN, DELFT}), frozenset({LEIDEN, UU}), frozenset({LEIDEN, TNO})}
SIGNED = (
    "Leiden University signed memoranda of understanding with TU Delft, Utrecht University and TNO."
)


def test_the_memoranda_told_again_make_no_pairs_among_partners() -> None:
    found = agreements(
        SIGNED,
        "The three memorandums are separate documents, each negotiated by the international "
        "office of TU Delft and its counterpart at Utrecht University.",
    )
    assert party_sets(found) == GROUP


def test_a_bystander_who_comments_on_the_new_deals_is_no_party() -> None:
    found = agreements(
        SIGNED,
        "The Dutch Research Council (NWO) said the new deals build on more than forty existing "
        "agreements between Dutch institutions.",
    )
    assert party_sets(found) == GROUP


def test_dutch_back_reference() -> None:
    found = agreements(
        "De Universiteit Leiden sloot overeenkomsten met de TU Delft, de Universiteit Utrecht "
        "en TNO.",
        "De drie akkoorden zijn opgesteld door de TU Delft en de Universiteit Utrecht samen.",
    )
    assert party_sets(found) == GROUP


def test_a_new_distributive_list_is_no_back_reference() -> None:
    found = agreements(
        "De Universiteit Leiden sloot overeenkomsten met de TU Delft en de Universiteit Utrecht.",
        "Daarnaast sloot de Universiteit Leiden afzonderlijke overeenkomsten met TNO en NWO.",
    )
    assert {frozenset({LEIDEN, TNO}), frozenset({LEIDEN, NWO})} <= party_sets(found)
