"""Words that refer back to one organisation: "de bank", and Dutch compounds with a hyphen
("het AI-bedrijf")."""

from __future__ import annotations

from tests.agreement_cases import agreements, party_sets

UTRECHT, RABO = "Utrecht University", "Rabobank"


def test_de_bank_is_the_bank_named_before() -> None:
    found = agreements(
        "Rabobank opent een nieuw kantoor op het Utrecht Science Park.",
        "De bank en de Universiteit Utrecht werken sinds 2018 samen in een leerstoel over "
        "duurzame financiering.",
    )
    assert party_sets(found) == {frozenset({RABO, UTRECHT})}


def test_a_hyphenated_compound_refers_back() -> None:
    found = agreements(
        "Philips opent een nieuw lab in Eindhoven.",
        "De Universiteit Utrecht sloot dinsdag een samenwerkingsovereenkomst met het "
        "Eindhovense tech-bedrijf.",
    )
    assert party_sets(found) == {frozenset({"Philips", UTRECHT})}


def test_de_cooperatie_is_the_cooperative_named_before() -> None:
    found = agreements(
        "FrieslandCampina opent een nieuwe kaasfabriek in Leeuwarden.",
        "De coöperatie en de Universiteit Utrecht werken sinds 2018 samen in een leerstoel "
        "over melkkwaliteit.",
    )
    assert party_sets(found) == {frozenset({"FrieslandCampina", UTRECHT})}


def test_the_utility_is_the_firm_named_before() -> None:
    found = agreements(
        "Vattenfall opened a heat storage plant in Amsterdam on Monday.",
        "The utility and Utrecht University have worked together on district heating since 2020.",
    )
    assert party_sets(found) == {frozenset({"Vattenfall", UTRECHT})}
