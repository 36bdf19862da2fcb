"""Funders of a plural subject ("A and B fund the first projects"), guests and observers
("took part in the meetings as guests", "namen als waarnemer deel") and regulators that
oversee the work ("trials overseen by X") are no parties. Invented sentences."""

from __future__ import annotations

from agreement_cases import agreements, party_sets

LEAD = "Leiden University and Utrecht University founded a joint centre for history."
LEIDEN_UTRECHT = frozenset({"Leiden University", "Utrecht University"})


def _others(*told: str) -> set[frozenset[str]]:
    return party_sets(agreements(LEAD, *told)) - {LEIDEN_UTRECHT}


def test_a_plural_subject_that_funds_is_no_party() -> None:
    assert (
        _others("The Dutch Research Council and ZonMw fund the first two joint projects.") == set()
    )


def test_guests_and_observers_are_no_parties() -> None:
    for told in (
        "Ghent University and KU Leuven took part in the preparatory meetings as guests.",
        "De Universiteit Gent en KU Leuven namen als waarnemer deel aan het overleg.",
    ):
        assert _others(told) == set(), told


def test_a_regulator_that_oversees_the_work_is_no_party() -> None:
    found = _others(
        "TNO will take part in the trials of the test, which will be overseen by the Dutch "
        "Research Council."
    )
    assert found == set()
