"""An option or a possibility to renew is a term of a tie, not its renewal: "kan daarna met
vijf jaar worden verlengd", "can then be renewed by mutual consent", "with an option to
renew" give no renewed record; "hebben hun overeenkomst verlengd" still does."""

from __future__ import annotations

import pytest
from agreement_cases import agreements


@pytest.mark.parametrize(
    "text",
    [
        "De overeenkomst tussen TNO en de Universiteit Leiden loopt tot 2036 en kan daarna met "
        "vijf jaar worden verlengd.",
        "TNO and Leiden University signed a five-year agreement with an option to renew it once.",
        "The agreement between TNO and Leiden University runs until 2030 and can then be "
        "renewed by mutual consent.",
    ],
)
def test_an_option_to_renew_is_no_renewal(text: str) -> None:
    found = agreements(text)
    assert found
    assert all(a.status != "renewed" for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "TNO en de Universiteit Leiden hebben hun overeenkomst met vijf jaar verlengd.",
        "TNO and Leiden University have renewed their agreement for five years.",
    ],
)
def test_a_renewal_told_is_still_renewed(text: str) -> None:
    assert [a.status for a in agreements(text)] == ["renewed"]
