"""Licences between organisations and concluded arrangements ("sloot afspraken") are
agreements; a licence alone and a licence to a venture the parties set up are not."""

from __future__ import annotations

import pytest

from tests.agreement_cases import agreements, party_sets

LEIDEN, UU, TNO = "Leiden University", "Utrecht University", "TNO"


@pytest.mark.parametrize(
    "text",
    [
        "Separately, Leiden University licensed a blood test for early cancer to Philips, a "
        "company founded by three of its researchers.",
        "Philips has taken an exclusive licence on a Leiden University patent.",
        "The licence under which Philips uses Leiden University's design libraries stays in "
        "force until 2030.",
        "The contract also extends the licence Philips took out in 2021 on a Leiden "
        "University platform.",
        "De Universiteit Leiden verleent Philips een licentie op de technologie.",
    ],
)
def test_a_licence_between_two_organisations_is_an_agreement(text: str) -> None:
    found = agreements(text)
    assert party_sets(found) == {frozenset({LEIDEN, "Philips"})}, found
    assert [a.type for a in found] == ["agreement"], found


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University employs licensed physicians from Erasmus MC.",
        "The data are shared with TNO under a Creative Commons licence by Leiden University.",
    ],
)
def test_a_licence_that_ties_no_two_organisations_is_no_agreement(text: str) -> None:
    assert agreements(text) == []


def test_licensing_to_the_venture_the_parties_set_up_is_no_tie_of_its_own() -> None:
    found = agreements(
        "Leiden University and Philips set up a joint venture, while Leiden University "
        "licenses its patents on the materials to the new company."
    )
    assert [a.type for a in found] == ["other"], found


@pytest.mark.parametrize(
    "text",
    [
        "De Universiteit Leiden sloot vorige week afspraken met TNO over stageplaatsen.",
        "De Universiteit Leiden sluit met de Universiteit Utrecht en TNO afzonderlijke "
        "afspraken over stages.",
    ],
)
def test_concluded_arrangements_in_the_singular_verb_are_agreements(text: str) -> None:
    found = agreements(text)
    assert found and all(a.type == "agreement" for a in found), found
    assert all(LEIDEN in a.parties and len(a.parties) == 2 for a in found), found
    assert len(found) == (2 if UU in text or "Utrecht" in text else 1), found
