"""A tie told in a relative clause about an organisation is a record of that organisation
and its partner in the clause, beside what the main clause states: "X, waarmee Y
samenwerkt", "X, with which Y has worked", "X, dat samen met Y ... aanbiedt", "X, which
trains doctors in partnership with Y". An alliance's clause "samen met Y" tells its
founding, not a tie of the alliance."""

from __future__ import annotations

import pytest

from tests.agreement_cases import agreements, party_sets

LEIDEN, TNO, EMC, LUMC = (
    "Leiden University",
    "TNO",
    "Erasmus MC",
    "Leiden University Medical Center",
)


@pytest.mark.parametrize(
    "text",
    [
        "TNO, waarmee de Universiteit Leiden al jaren samenwerkt, is geen partij bij de "
        "verklaring.",
        "TNO, with which Leiden University has cooperated since 2019, is not a signatory.",
    ],
)
def test_the_subject_of_a_with_which_clause_is_the_partner(text: str) -> None:
    found = agreements(text)
    assert party_sets(found) == {frozenset({TNO, LEIDEN})}, found
    assert [a.type for a in found] == ["collaboration"], found


def test_a_partner_after_samen_met_in_a_clause_about_the_organisation() -> None:
    found = agreements(
        "Philips stopt met Erasmus MC in Rotterdam, dat die behandelingen sindsdien samen met "
        "het LUMC aanbiedt."
    )
    assert frozenset({EMC, LUMC}) in party_sets(found), found


def test_in_partnership_with_in_a_clause_is_a_partnership() -> None:
    found = agreements(
        "Philips signed a memorandum with TNO, which trains engineers in partnership with "
        "Leiden University."
    )
    assert [a.type for a in found if set(a.parties) == {TNO, LEIDEN}] == ["partnership"], found


def test_a_clause_that_names_no_tie_gives_none() -> None:
    found = agreements("TNO, waarmee de Universiteit Leiden vorig jaar sprak, tekent niet.")
    assert party_sets(found) == set(), found


def test_an_alliance_made_together_is_no_tie_of_the_alliance() -> None:
    found = agreements(
        "TNO verlaat het netwerk Zorgnet Zuid, dat het in 2020 samen met Erasmus MC oprichtte."
    )
    assert frozenset({"Zorgnet Zuid", EMC}) not in party_sets(found), found
