"""One organisation buying another is a tie of the two (type "other"): the buyer named
before the verb, the organisation bought as its object; in English and Dutch, with the
Dutch particle split off ("neemt ... over") or the verb closing a relative clause."""

from __future__ import annotations

import pytest

from tests.agreement_cases import agreements, party_sets

PHILIPS, TNO, LEIDEN = "Philips", "TNO", "Leiden University"


@pytest.mark.parametrize(
    "text",
    [
        "Philips has agreed to acquire TNO, a spin-off of Leiden University, for 40 million "
        "euros, the company said on Monday.",
        "Philips, the Eindhoven maker of medical scanners, buys TNO for an undisclosed sum.",
        "Het Eindhovense technologiebedrijf Philips neemt TNO over, een spin-off van de "
        "Universiteit Leiden.",
        "Philips kocht vorig jaar al het Delftse TNO.",
        "Voor Philips, dat vorig jaar al het Delftse TNO overnam, is het de tweede overname.",
    ],
)
def test_a_buyer_and_the_organisation_it_buys_are_one_tie(text: str) -> None:
    found = agreements(text)
    assert party_sets(found) == {frozenset({PHILIPS, TNO})}, found
    assert [(a.type, a.status) for a in found] == [("other", "signed")], found


def test_an_acquisition_told_as_news_takes_the_publication_date() -> None:
    found = agreements("Philips has agreed to acquire TNO for 40 million euros.")
    assert [a.date for a in found] == ["2025-03-12"], found


@pytest.mark.parametrize(
    "text",
    [
        # No organisation is bought.
        "Philips, TNO and Leiden University together bought only four start-ups this year.",
        "Philips acquired a stake in TNO last year.",
        "Philips bought equipment from TNO.",
        "Philips takes over from TNO as coordinator of the project.",
        "Philips neemt de coördinatie van TNO over.",
        # Denied.
        "Philips decided not to buy TNO.",
    ],
)
def test_buying_no_organisation_is_no_tie(text: str) -> None:
    assert not [a for a in agreements(text) if a.type == "other"], agreements(text)
