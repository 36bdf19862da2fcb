"""A reference put after its verb in a Dutch main clause that opens with something else
("Eerder dit jaar zegde het ziekenhuis het contract met A op", "Met A werkt de
universiteit al sinds 2011 samen"): inside a tie told by a separable verb, the reference is
the tie's subject, the organisation of its kind named before."""

from __future__ import annotations

import pytest
from agreement_cases import agreements

LEUVEN, NETEHOF, TWENTE = "University Hospitals Leuven", "AZ Netehof", "University of Twente"
PHILIPS, SIEMENS = "Philips", "Siemens"


def _ties(*paragraphs: str) -> dict[frozenset[str], str]:
    return {frozenset(a.parties): a.type for a in agreements(*paragraphs)}


@pytest.mark.parametrize(
    ("lead", "text", "pair", "ttype"),
    [
        (
            "AZ Netehof en Thomas More tekenden een raamovereenkomst.",
            "Met UZ Leuven werkt het ziekenhuis al sinds 2011 samen.",
            frozenset({NETEHOF, LEUVEN}),
            "collaboration",
        ),
        (
            "AZ Netehof en Thomas More tekenden een raamovereenkomst.",
            "Eerder dit jaar zegde het ziekenhuis het contract met de Duitse leverancier Medtronic "
            "op.",
            frozenset({NETEHOF, "Medtronic"}),
            "termination",
        ),
        (
            "De Universiteit Twente tekende een akkoord met het Kadaster.",
            "Met Deltares werkt de universiteit al sinds 2011 samen bij de opleiding van "
            "landmeters.",
            frozenset({TWENTE, "Deltares"}),
            "collaboration",
        ),
        (
            "Philips en het Catharina Ziekenhuis tekenden een contract.",
            "Vorige maand zegde het bedrijf het contract met de Duitse concurrent Siemens op.",
            frozenset({PHILIPS, SIEMENS}),
            "termination",
        ),
    ],
)
def test_a_reference_after_the_verb_of_a_separable_tie_is_its_subject(
    lead: str, text: str, pair: frozenset[str], ttype: str
) -> None:
    assert _ties(lead, text).get(pair) == ttype


def test_a_reference_of_a_kind_not_named_on_the_page_gives_no_tie() -> None:
    found = _ties(
        "AZ Netehof en Thomas More tekenden een raamovereenkomst.",
        "Met UZ Leuven werkt de gemeente al sinds 2011 samen.",
    )
    assert all(LEUVEN not in parties for parties in found)
