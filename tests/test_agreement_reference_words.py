"""Words that refer back to one organisation: "de bank", "het netwerk" (as an actor, not as
the setting others work in) and Dutch compounds with a hyphen ("het AI-bedrijf")."""

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


def test_het_netwerk_that_acts_is_the_network_named_before() -> None:
    found = agreements(
        "Vijf ziekenhuizen richten het Ziekenhuisnetwerk Kempen op.",
        "Het netwerk ondertekende maandag een samenwerkingsovereenkomst met UZ Leuven.",
    )
    assert frozenset({"Ziekenhuisnetwerk Kempen", "University Hospitals Leuven"}) in (
        party_sets(found)
    )


def test_the_network_as_a_setting_is_no_party() -> None:
    found = agreements(
        "Vijf ziekenhuizen richten het Ziekenhuisnetwerk Kempen op.",
        "In het netwerk werken AZ Herentals en AZ Turnhout al sinds 2019 samen.",
    )
    assert not any("Ziekenhuisnetwerk Kempen" in p for p in party_sets(found))


def test_a_hyphenated_compound_refers_back() -> None:
    found = agreements(
        "Philips opent een nieuw lab in Eindhoven.",
        "De Universiteit Utrecht sloot dinsdag een samenwerkingsovereenkomst met het "
        "Eindhovense tech-bedrijf.",
    )
    assert party_sets(found) == {frozenset({"Philips", UTRECHT})}
