"""A sentence of clauses with partners of their own tells one tie per clause, in the word
orders news uses: "X signed an exchange agreement with A, and a joint degree agreement with
B", the Dutch fronted counterpart "Met A sloot X een raamakkoord, met B een
intentieverklaring", and partners named with where they are from ("met het Zweedse KTH",
"with the Norwegian engineering firm ...")."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, DELFT, TNO = "Leiden University", "Delft University of Technology", "TNO"
UU, KTH = "Utrecht University", "KTH Royal Institute of Technology"


@pytest.mark.parametrize(
    "text",
    [
        "TNO signed an exchange agreement with Leiden University, and a research agreement "
        "with TU Delft.",
        "TNO signed an exchange agreement with Leiden University on Monday, and a research "
        "agreement with TU Delft on Tuesday.",
        "Met de Universiteit Leiden sloot TNO een raamakkoord, met de TU Delft een "
        "intentieverklaring.",
        "Met de Universiteit Leiden sloot TNO maandag een raamakkoord over waterbeheer, met de "
        "TU Delft een intentieverklaring.",
    ],
)
def test_each_clause_with_its_own_partner_is_a_tie(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({TNO, LEIDEN}), frozenset({TNO, DELFT})}


def test_a_fronted_partner_with_the_subject_told_by_description() -> None:
    found = agreements(
        "De Universiteit Utrecht breidt haar netwerk uit.",
        "Met de Universiteit Leiden sloot de universiteit een raamakkoord over waterbeheer, met "
        "de TU Delft start een gezamenlijk doctoraat.",
    )
    assert party_sets(found) == {frozenset({UU, LEIDEN}), frozenset({UU, DELFT})}
    assert "joint_programme" in {a.type for a in found}


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University signed agreements with the Swedish KTH Royal Institute of "
        "Technology and Utrecht University.",
        "De Universiteit Leiden sloot overeenkomsten met het Zweedse KTH en de Universiteit "
        "Utrecht.",
    ],
)
def test_a_partner_named_with_where_it_is_from_stays_in_the_list(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({LEIDEN, KTH}), frozenset({LEIDEN, UU})}


def test_one_tie_told_twice_stays_one() -> None:
    found = agreements(
        "TNO signed an agreement with Leiden University, and the agreement with Leiden "
        "University runs for five years."
    )
    assert party_sets(found) == {frozenset({TNO, LEIDEN})}


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University will end its contract with Philips on 31 December, and has "
        "renewed its partnership with Utrecht University for another five years.",
        "Leiden University ends its contract with Philips and renews its partnership with "
        "Utrecht University.",
        "De Universiteit Leiden beëindigt haar contract met Philips en verlengt het "
        "partnerschap met de Universiteit Utrecht.",
    ],
)
def test_an_ending_does_not_type_a_clause_that_tells_its_own_renewal(text: str) -> None:
    found = agreements(text)
    by_parties = {frozenset(a.parties): (a.type, a.status) for a in found}
    assert by_parties == {
        frozenset({"Leiden University", "Philips"}): ("termination", "ended"),
        frozenset({"Leiden University", "Utrecht University"}): ("partnership", "renewed"),
    }, found


def test_an_ending_still_types_a_clause_without_a_verb_of_its_own() -> None:
    found = agreements(
        "Leiden University ends its partnership with Philips, and its collaboration with TNO."
    )
    assert found and all(a.type == "termination" for a in found), found
