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


def test_a_count_that_says_what_a_network_is_made_of_refers_to_no_one() -> None:
    # Observers and a partner of another tie named before the network are not its members.
    found = agreements(
        "Leiden University signed a memorandum with Utrecht University.",
        "Philips and TNO sent observers.",
        "Data work will move to the Randstad Data Network, a partnership of four "
        "universities that Leiden University joined in March.",
    )
    network = {s for s in party_sets(found) if "Randstad Data Network" in s}
    assert network == {frozenset({LEIDEN, "Randstad Data Network"})}


def test_a_definite_count_after_of_still_refers() -> None:
    found = agreements(
        "Leiden University and Utrecht University signed a memorandum.",
        "The partnership of the two universities has run since 2019.",
    )
    assert party_sets(found) == {frozenset({LEIDEN, UTRECHT})}
