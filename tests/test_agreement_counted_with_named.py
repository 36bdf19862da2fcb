"""A reference to two ("both universities", "beide partijen") after a name in its clause:
the name is one of the two, so the tie is the name and one of the pair told before, never
all three. A name the count does not cover (another kind, a counterpart, "each") stays."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, GHENT, UPPSALA = "Leiden University", "Ghent University", "Uppsala University"
TNO = "TNO"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Leiden University has suspended its exchange agreement with Uppsala University.",
            "The cooperation with Ghent University goes on: both universities renewed their "
            "agreement on 3 March.",
        ),
        (
            "Leiden University and Uppsala University signed a teaching agreement on Monday.",
            "The earlier contract with Ghent University has lapsed: neither of the two "
            "universities extended it.",
        ),
        (
            "De Universiteit Leiden heeft haar uitwisselingsakkoord met de Universiteit "
            "Uppsala opgeschort.",
            "De samenwerking met de Universiteit Gent gaat wel door: beide partijen "
            "verlengden hun overeenkomst op 3 maart.",
        ),
    ],
)
def test_a_name_before_a_count_of_two_is_one_of_the_two(paragraphs: tuple[str, ...]) -> None:
    found = party_sets(agreements(*paragraphs))
    assert frozenset({LEIDEN, GHENT}) in found
    assert frozenset({LEIDEN, GHENT, UPPSALA}) not in found


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A company is not among "the two hospitals": the tie stays the one of three.
        (
            (
                "Philips has signed a research agreement with the Leiden University Medical "
                "Center and Erasmus MC.",
                "Under the agreement, Philips's sensors will be installed in 100 beds across "
                "the two hospitals from January 2026.",
            ),
            frozenset({"Philips", "Leiden University Medical Center", "Erasmus MC"}),
        ),
        # "each": the two universities each have their own tie with TNO.
        (
            (
                "Leiden University and Uppsala University signed a teaching agreement.",
                "The partnership with TNO, which the two universities each entered in 2019, "
                "continues.",
            ),
            frozenset({LEIDEN, TNO}),
        ),
    ],
)
def test_a_name_the_count_does_not_cover_stays_beside_it(
    paragraphs: tuple[str, ...], expected: frozenset[str]
) -> None:
    assert expected in party_sets(agreements(*paragraphs))


def test_a_company_beside_a_count_of_hospitals_makes_no_pair_of_its_own() -> None:
    found = party_sets(
        agreements(
            "Philips has signed a research agreement with the Leiden University Medical "
            "Center and Erasmus MC.",
            "Under the agreement, Philips's sensors will be installed in 100 beds across the "
            "two hospitals from January 2026.",
        )
    )
    assert not any(len(parties) == 2 and "Philips" in parties for parties in found)
