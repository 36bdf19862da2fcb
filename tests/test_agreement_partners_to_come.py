"""A number of partners still to come ("wants to add two more partners", "zoekt nog drie
partners") refers to nobody told before."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

DELFT, LEIDEN, UU, TNO = (
    "Delft University of Technology",
    "Leiden University",
    "Utrecht University",
    "TNO",
)
LERU = "League of European Research Universities"


@pytest.mark.parametrize(
    "text",
    [
        "TU Delft, a member of LERU since 2002, wants to add two more partners outside Europe.",
        "De TU Delft, sinds 2002 lid van LERU, zoekt nog twee partners buiten Europa.",
    ],
)
def test_partners_to_come_are_nobody_yet(text: str) -> None:
    found = agreements(
        "TU Delft signed memoranda with Leiden University, Utrecht University and TNO.", text
    )
    assert frozenset({DELFT, LERU}) in party_sets(found)
    assert not any(LERU in a.parties and len(a.parties) > 2 for a in found), found
