"""A counted reference of a kind ("beide hogescholen", "both universities") means the
organisations of that kind: after a company's agreements with two universities it is the
two universities, not a record that pairs the company with one of them. Invented sentences."""

from __future__ import annotations

from agreement_cases import agreements, party_sets

PHILIPS = "Royal Philips"
HSL, HHS = "Leiden University of Applied Sciences", "The Hague University of Applied Sciences"
LEIDEN, UTRECHT = "Leiden University", "Utrecht University"
DELTA = "Medical Delta"


def test_both_of_a_kind_after_a_company_pairs_the_two_of_that_kind() -> None:
    found = agreements(
        "Philips heeft samenwerkingsovereenkomsten getekend met Hogeschool Leiden en de "
        "Haagse Hogeschool.",
        "De ondertekening van beide overeenkomsten vond dinsdag plaats.",
        "Beide hogescholen zijn al lid van Medical Delta.",
    )
    assert frozenset({HSL, HHS, DELTA}) in party_sets(found)
    assert not any(DELTA in s and PHILIPS in s for s in party_sets(found))


def test_both_universities_after_a_company_are_the_universities() -> None:
    found = agreements(
        "Philips signed agreements with Leiden University and Utrecht University.",
        "The signing of both agreements took place on Tuesday.",
        "Both universities are members of Medical Delta.",
    )
    assert frozenset({LEIDEN, UTRECHT, DELTA}) in party_sets(found)


def test_a_record_of_the_kind_named_is_still_the_one_meant() -> None:
    found = agreements(
        "Leiden University and Utrecht University signed an agreement with Philips.",
        "Leiden University and Utrecht University also renewed their exchange agreement.",
        "Both universities are members of Medical Delta.",
    )
    assert frozenset({LEIDEN, UTRECHT, DELTA}) in party_sets(found)
