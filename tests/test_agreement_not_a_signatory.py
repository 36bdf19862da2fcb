"""Advisers who are "geen ondertekenaar" (no signatory) of a covenant are no parties to it,
in Dutch as in English ("is not a signatory")."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, DELFT, TNO = "Leiden University", "Delft University of Technology", "TNO"
SIGNED = "De Universiteit Leiden en de TU Delft hebben dinsdag een convenant ondertekend."


@pytest.mark.parametrize(
    "aside",
    [
        "TNO adviseert de partijen over de inhoud, maar is geen ondertekenaar van het convenant.",
        "TNO adviseert de partijen, maar is geen medeondertekenaar van het convenant.",
    ],
)
def test_no_signatory_is_no_party(aside: str) -> None:
    assert party_sets(agreements(SIGNED, aside)) == {frozenset({LEIDEN, DELFT})}
