"""The year an organisation was founded, told in an aside right after its name ("Medivora,
founded in 2019 as a spin-off, ..."), dates that organisation, not a tie it is a party to;
the founding of a tie named before the name still dates the tie."""

from __future__ import annotations

import pytest
from agreement_cases import agreements

LEIDEN, TNO = "Leiden University", "TNO"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Leiden University and TNO, founded in 1932 as a public research body, have signed "
            "a framework agreement.",
            "2025-03-12",  # told as news: the publication date
        ),
        (
            "TNO (established in 1932) and Leiden University signed a framework agreement in 2019.",
            "2019",
        ),
        (
            "De Universiteit Leiden en TNO, opgericht in 1932, tekenden in 2019 een "
            "raamovereenkomst.",
            "2019",
        ),
    ],
)
def test_a_party_s_founding_does_not_date_the_tie(text: str, when: str) -> None:
    found = {(frozenset(a.parties), a.date) for a in agreements(text)}
    assert (frozenset({LEIDEN, TNO}), when) in found
    assert all(date != "1932" for _p, date in found)


def test_the_founding_of_the_tie_named_before_the_name_dates_the_tie() -> None:
    text = (
        "The framework agreement between Leiden University and TNO, founded in 2014, was "
        "renewed on Monday."
    )
    found = {(a.status, a.date) for a in agreements(text)}
    assert ("signed", "2014") in found
