"""References by trade, field or kind of body: "the Norwegian operator", "de Duitse
leverancier", "the Belgian research centre", "het Vlaamse onderzoekscentrum", "the
network", "het netwerk" are the organisation of that kind named before; a network where
members work together ("In het netwerk werken A en B samen") is no party of their tie."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, DELFT, UMCG = (
    "Leiden University",
    "Delft University of Technology",
    "University Medical Center Groningen",
)


@pytest.mark.parametrize(
    ("lead", "text", "pair"),
    [
        (
            "Equinor and the University of Bergen signed a research agreement on Monday.",
            "The Norwegian operator also signed a memorandum with Chalmers University of "
            "Technology.",
            frozenset({"Equinor", "Chalmers University of Technology"}),
        ),
        (
            "Imec and Leiden University signed a framework agreement.",
            "The Belgian research centre also has an agreement with Delft University of "
            "Technology.",
            frozenset({"imec", DELFT}),
        ),
        (
            "Imec en de Universiteit Leiden tekenden een raamakkoord.",
            "Het Vlaamse onderzoekscentrum sloot eerder al een akkoord met de TU Delft.",
            frozenset({"imec", DELFT}),
        ),
        (
            "Zes ziekenhuizen richtten maandag het Ziekenhuisnetwerk Noorderkwartier op.",
            "Het netwerk ondertekende dinsdag ook een samenwerkingsovereenkomst met het UMCG.",
            frozenset({"Ziekenhuisnetwerk Noorderkwartier", UMCG}),
        ),
        (
            "Medtronic and Catharina Hospital signed a contract on Monday.",
            "The US supplier signed a similar contract with Máxima MC last year.",
            frozenset({"Medtronic", "Máxima MC"}),
        ),
        (
            "Volvo and Chalmers University of Technology signed an agreement.",
            "The Swedish automaker also extended its contract with Lund University.",
            frozenset({"Volvo Group", "Lund University"}),
        ),
        (
            "The Research Council of Norway and the University of Oslo signed an agreement.",
            "The Norwegian research council also signed a memorandum with Lund University.",
            frozenset({"Research Council of Norway", "Lund University"}),
        ),
        (
            "Six hospitals set up the Northern Cancer Network on Monday.",
            "The network also signed an agreement with Leiden University.",
            frozenset({"Northern Cancer Network", LEIDEN}),
        ),
    ],
)
def test_a_reference_by_trade_or_kind_is_the_organisation_named_before(
    lead: str, text: str, pair: frozenset[str]
) -> None:
    assert pair in party_sets(agreements(lead, text))


def test_a_research_centre_is_no_university_named_before() -> None:
    found = party_sets(
        agreements(
            "Leiden University and Ghent University signed an agreement.",
            "The Belgian research centre also has an agreement with Delft University of "
            "Technology.",
        )
    )
    assert all(DELFT not in parties for parties in found)


def test_the_network_members_work_in_is_no_party_of_their_tie() -> None:
    found = party_sets(
        agreements(
            "Isala sluit zich aan bij het Cardiovasculair Netwerk Noordoost.",
            "In het netwerk werken Medisch Spectrum Twente en het Deventer Ziekenhuis sinds "
            "2020 samen.",
        )
    )
    assert frozenset({"Medisch Spectrum Twente", "Deventer Hospital"}) in found
