"""Dutch joining with its particles: "sluit zich aan bij G" (also with the subject after
the verb: "Per 1 maart sluit X zich aan bij G"), "is aangesloten bij G", "trad X toe tot
G": the organisation and the body it joins are one membership, the body an alliance."""

from __future__ import annotations

import pytest

from tests.agreement_cases import agreements, party_sets

TNO, BODY = "TNO", "Zorgdata Platform Zuid"


@pytest.mark.parametrize(
    "text",
    [
        "Per 1 maart sluit TNO zich aan bij het Zorgdata Platform Zuid (ZPZ).",
        "TNO sluit zich daarnaast aan bij het Zorgdata Platform Zuid (ZPZ).",
        "TNO is sinds 2023 aangesloten bij het Zorgdata Platform Zuid (ZPZ).",
        "In mei trad TNO ook toe tot het Zorgdata Platform Zuid (ZPZ), dat data van "
        "ziekenhuizen bundelt.",
    ],
)
def test_joining_told_with_dutch_particles_is_a_membership(text: str) -> None:
    found = agreements(text)
    assert party_sets(found) == {frozenset({TNO, BODY})}, found
    assert [a.type for a in found] == ["alliance"], found


def test_fitting_in_with_plans_is_no_joining() -> None:
    text = "Het plan sluit aan bij de wensen van TNO en het Zorgdata Platform Zuid."
    assert agreements(text) == []
