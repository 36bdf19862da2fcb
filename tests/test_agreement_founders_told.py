"""A body's founders listed after "founded ... by" in an aside or a clause: their record is
theirs alone (the body is no party to its own founding), also when the sentence is about
someone joining the body."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, TNO, GHENT, UU = "Leiden University", "TNO", "Ghent University", "Utrecht University"
FOUNDERS = frozenset({LEIDEN, TNO, GHENT})


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The Coastal Sensing Alliance, founded in 2019 by Leiden University, TNO and Ghent "
            "University, sets standards for buoys.",
        ),
        (
            "Utrecht University joined the Coastal Sensing Alliance this week.",
            "The alliance, set up in 2019 by Leiden University, TNO and Ghent University, "
            "coordinates sensors along the coast.",
        ),
        (
            "Het Kustmeetconsortium, in 2019 opgericht door de Universiteit Leiden, TNO en de "
            "Universiteit Gent, meet de waterstand.",
        ),
    ],
)
def test_founders_in_an_aside_make_a_record_without_the_body(paragraphs: tuple[str, ...]) -> None:
    found = party_sets(agreements(*paragraphs))
    assert FOUNDERS in found
    assert not any(FOUNDERS < parties for parties in found)


def test_a_body_joined_and_its_founders_in_a_relative_clause_are_two_records() -> None:
    found = agreements(
        "In May, Utrecht University also joined the Coastal Sensing Alliance, which was "
        "founded in 2019 by Leiden University, TNO and Ghent University."
    )
    assert party_sets(found) == {frozenset({UU, "Coastal Sensing Alliance"}), FOUNDERS}


def test_a_founding_by_one_organisation_is_no_founders_record() -> None:
    found = agreements(
        "Utrecht University joined the Coastal Sensing Alliance, which was founded in 2019 by "
        "Leiden University."
    )
    assert party_sets(found) == {frozenset({UU, "Coastal Sensing Alliance"})}


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Utrecht University joined the Coastal Sensing Alliance this week.",
            "The alliance, set up in 2019 by Leiden University, TNO and Ghent University, "
            "coordinates sensors along the coast.",
        ),
        (
            "In January, Utrecht University also joined the Coastal Sensing Alliance, which was "
            "founded in 2019 by Leiden University, TNO and Ghent University.",
        ),
    ],
)
def test_the_founders_record_is_dated_by_its_founding(paragraphs: tuple[str, ...]) -> None:
    found = agreements(*paragraphs)
    assert [a.date for a in found if frozenset(a.parties) == FOUNDERS] == ["2019"]
