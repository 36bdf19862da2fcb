"""A teaching programme started or offered together is a joint programme ("start samen
met X een opleiding", "launch a master's programme together with X"); a research
programme started together is not one."""

from __future__ import annotations

import pytest

from tests.agreement_cases import agreements, party_sets

LEIDEN, DELFT, UU = "Leiden University", "Delft University of Technology", "Utrecht University"


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "De Universiteit Leiden start samen met de Universiteit Utrecht een nieuwe opleiding "
            "farmacie.",
            UU,
        ),
        (
            "De Universiteit Leiden start in september samen met de TU Delft een masteropleiding.",
            DELFT,
        ),
        (
            "Leiden University will launch a new master's programme together with TU Delft in "
            "September.",
            DELFT,
        ),
        (
            "De Universiteit Leiden en de TU Delft bieden vanaf september samen een "
            "bacheloropleiding aan.",
            DELFT,
        ),
    ],
)
def test_a_programme_started_together_is_a_joint_programme(text: str, partner: str) -> None:
    found = agreements(text)
    assert party_sets(found) == {frozenset({LEIDEN, partner})}, found
    assert [a.type for a in found] == ["joint_programme"], found


@pytest.mark.parametrize(
    "text",
    [
        "De Universiteit Leiden start samen met TNO een onderzoeksprogramma naar batterijen.",
        "Leiden University will launch a research programme together with TNO.",
    ],
)
def test_a_research_programme_started_together_is_no_joint_programme(text: str) -> None:
    assert all(a.type != "joint_programme" for a in agreements(text))
