"""Regulators that review or vet a deal before it may go ahead ("must still be reviewed by
the competition authority", "moet nog worden getoetst door de toezichthouder") are no
parties. Invented sentences."""

from __future__ import annotations

from agreement_cases import agreements, party_sets

LEAD = "Leiden University and Utrecht University founded a joint centre for history."
LEIDEN_UTRECHT = frozenset({"Leiden University", "Utrecht University"})


def _others(*told: str) -> set[frozenset[str]]:
    return party_sets(agreements(LEAD, *told)) - {LEIDEN_UTRECHT}


def test_regulators_that_review_a_deal_are_no_parties() -> None:
    for told in (
        "The merger must still be reviewed by the Dutch Research Council and ZonMw.",
        "Het akkoord moet nog worden getoetst door de Nederlandse Zorgautoriteit en ZonMw.",
        "De fusie wordt eerst beoordeeld door de Nederlandse Zorgautoriteit en ZonMw.",
    ):
        assert _others(told) == set(), told


def test_a_tie_between_the_reviewers_themselves_still_counts() -> None:
    found = _others("The Dutch Research Council and ZonMw signed a cooperation agreement.")
    assert found == {frozenset({"Dutch Research Council", "ZonMw"})}


def test_the_client_of_a_tender_is_no_party() -> None:
    for told in (
        "Heijmans NV and a regional builder set up a joint venture that will bid in the "
        "tender of Rijkswaterstaat for forty bridges.",
        "Heijmans NV richt met een regionale aannemer de joint venture Brugwerk VOF op, die "
        "gaat inschrijven op de aanbesteding van Rijkswaterstaat voor veertig bruggen.",
    ):
        assert party_sets(agreements(told)) == set(), told
