"""Trigger words as news uses them: a network formed with the partners standing between
the verb and the noun ("A en B vormen voortaan samen met C een klinisch netwerk", "A, B and
C have formed a new network") is an alliance of its members; "stopzetten" split around the
tie or joint thing it stops ("zetten hun gezamenlijk lab stop") ends the tie, but a stop of
what each ran alone ("hun eigen programma's") is no tie, and "zet een stap" no ending."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

TNO, LEIDEN, UU = "TNO", "Leiden University", "Utrecht University"


@pytest.mark.parametrize(
    "text",
    [
        "De Universiteit Leiden en de Universiteit Utrecht vormen voortaan samen met TNO een "
        "regionaal netwerk voor kustonderzoek.",
        "Leiden University, Utrecht University and TNO have formed a new network for coastal "
        "research.",
        "Leiden University, Utrecht University and TNO will form a joint research network on "
        "coastal safety.",
    ],
)
def test_a_network_formed_by_named_members_is_their_alliance(text: str) -> None:
    found = agreements(text)
    assert party_sets(found) == {frozenset({LEIDEN, UU, TNO})}
    assert found[0].type == "alliance"


@pytest.mark.parametrize(
    "text",
    [
        "De Universiteit Leiden en TNO zetten hun gezamenlijk lab voor kustonderzoek per 1 "
        "maart stop.",
        "TNO zette de samenwerking met de Universiteit Leiden vorig jaar al stop.",
    ],
)
def test_a_split_stopzetten_of_a_joint_thing_ends_the_tie(text: str) -> None:
    found = agreements(text)
    assert party_sets(found) == {frozenset({LEIDEN, TNO})}
    assert found[0].type == "termination"


@pytest.mark.parametrize(
    "text",
    [
        "De Universiteit Leiden en TNO zetten hun eigen programma's voor kustonderzoek stop.",
        "De Universiteit Leiden zet met TNO een nieuwe stap in kustonderzoek.",
    ],
)
def test_no_ending_without_a_tie_stopped(text: str) -> None:
    assert not any(a.type == "termination" for a in agreements(text))
