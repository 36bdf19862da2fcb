"""A reference by kind ("de universiteit", "the trust") reaches back past the last few
sentences to the organisation of that kind named earlier on the page; "the company" does
not (any firm in no list may be it)."""

from __future__ import annotations

from tests.agreement_cases import agreements, party_sets

_FILLER = (
    "De campus krijgt een nieuw laboratorium voor celbiologie.",
    "Daar komen ook twee collegezalen en een bibliotheek.",
    "De bouw begint in het najaar.",
    "Studenten kunnen er vanaf 2027 terecht.",
    "Het gebouw wordt energieneutraal.",
    "De architect won eerder een prijs voor een museum.",
    "Er komen ook fietsenstallingen voor duizend fietsen.",
    "De gemeenteraad stemde in met het bestemmingsplan.",
)


def test_de_universiteit_far_from_its_name_is_that_university() -> None:
    found = agreements(
        "De Radboud Universiteit opent in 2027 een nieuw onderzoeksgebouw.",
        *_FILLER,
        "Tegelijk verlengden de universiteit en de Provincie Gelderland hun raamovereenkomst "
        "met vier jaar.",
    )
    assert frozenset({"Radboud University", "Province of Gelderland"}) in party_sets(found)


def test_the_company_far_from_its_name_is_not_resolved() -> None:
    found = agreements(
        "Philips opent in 2027 een nieuw onderzoeksgebouw op de campus in Eindhoven.",
        *_FILLER,
        "Tegelijk verlengden het bedrijf en de Provincie Gelderland hun raamovereenkomst met "
        "vier jaar.",
    )
    assert not any("Philips" in p for p in party_sets(found))
