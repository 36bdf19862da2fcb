"""Organisations that only watch, attend, stay out or pay are no parties, however the
sentence tells it: observers ("are observers", "zijn als waarnemer betrokken"), attendees
("attended the signing", "was bij de ondertekening vertegenwoordigd"), absentees ("doet
niet mee aan het convenant", "will not sign"), and funders told with an auxiliary or an
amount ("NWO has awarded", "co-funds", "is providing a grant", "awarded ... by X").
Invented sentences."""

from __future__ import annotations

from agreement_cases import agreements, party_sets

LEAD = "Leiden University and Delft University of Technology signed a covenant on data science."
LEIDEN_DELFT = frozenset({"Leiden University", "Delft University of Technology"})


def _others(*told: str) -> set[frozenset[str]]:
    return party_sets(agreements(LEAD, *told)) - {LEIDEN_DELFT}


def test_observers_are_no_parties() -> None:
    for told in (
        "TNO and the Dutch Ministry of Economic Affairs are observers and will not sign it.",
        "TNO en de gemeente Leiden zijn als waarnemer bij het convenant betrokken.",
        "TNO will act as an observer in the steering group of the covenant.",
    ):
        assert _others(told) == set(), told


def test_attendees_of_the_signing_are_no_parties() -> None:
    for told in (
        "Representatives of TNO and Erasmus MC attended the signing of the covenant.",
        "TNO and the Dutch Ministry of Economic Affairs attended the signing of the covenant.",
        "Representatives of TNO, a long-standing partner of both universities, attended the "
        "signing of the covenant at Erasmus MC.",
        "The Municipality of Leiden and TNO were present at the signing of the covenant.",
        "De gemeente Leiden en TNO waren bij de ondertekening van het convenant vertegenwoordigd.",
        "TNO en Erasmus MC woonden de ondertekening van het convenant bij.",
    ):
        assert _others(told) == set(), told


def test_an_organisation_that_stays_out_is_no_party() -> None:
    for told in (
        "Erasmus MC, which shares a campus with one of them, does not take part in the covenant.",
        "Het Erasmus MC, dat naast de campus ligt, doet niet mee aan het convenant.",
        "TNO has no seat in the steering group of the covenant.",
    ):
        assert _others(told) == set(), told


def test_a_tie_told_beside_staying_out_stays() -> None:
    found = _others(
        "Erasmus MC has had its own agreement with TNO since 2019 and does not take part in "
        "the covenant."
    )
    assert frozenset({"Erasmus MC", "TNO"}) in found


def test_funders_told_with_an_auxiliary_or_an_amount_are_no_parties() -> None:
    for told in (
        "The Dutch Research Council has awarded 4 million euros to a consortium of Leiden "
        "University and TNO.",
        "ZonMw co-funds the consortium of Erasmus MC and TNO.",
        "The Municipality of Leiden is providing a EUR 2 million grant, and TNO has agreed to "
        "host the lab of Erasmus MC.",
        "De Europese Commissie draagt via een subsidie bij aan de samenwerking van TNO en "
        "Erasmus MC.",
    ):
        assert all(len(parties) == 2 for parties in _others(told)), told
        assert _others(told), told


def test_a_consortium_awarded_money_by_a_funder_leaves_the_funder_out() -> None:
    found = party_sets(
        agreements(
            "A consortium of Leiden University, TNO and Erasmus MC has been awarded 3 million "
            "euros by the Dutch Research Council to study air quality."
        )
    )
    assert found == {frozenset({"Leiden University", "TNO", "Erasmus MC"})}


def test_a_party_that_signs_while_a_bystander_attends_stays() -> None:
    found = party_sets(
        agreements(
            "TNO and Erasmus MC signed a research agreement on Monday; the Municipality of "
            "Rotterdam attended the signing."
        )
    )
    assert found == {frozenset({"TNO", "Erasmus MC"})}
