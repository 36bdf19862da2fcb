"""A description told as the other party of a tie ("signed a contract with the university",
"tussen de hogeschool en het ziekenhuis") is the organisation of its kind named before."""

from __future__ import annotations

from tests.agreement_cases import agreements, party_sets


def test_with_the_university_is_the_university_named_before() -> None:
    found = agreements(
        "Utrecht University opened a laboratory for soft robotics on Monday.",
        "Separately, Philips signed a research contract with the university.",
    )
    assert party_sets(found) == {frozenset({"Philips", "Utrecht University"})}


def test_met_de_hogeschool_is_the_hogeschool_named_before() -> None:
    found = agreements(
        "De Hogeschool Utrecht opent een nieuw practicumlokaal voor verpleegkunde.",
        "Philips sloot vorige week een samenwerkingsovereenkomst met de hogeschool.",
    )
    assert party_sets(found) == {
        frozenset({"Philips", "HU University of Applied Sciences Utrecht"})
    }


def test_a_pair_after_between_is_resolved_by_kind() -> None:
    found = agreements(
        "De Hogeschool Utrecht en het Diakonessenhuis leiden samen verpleegkundigen op.",
        "De raamovereenkomst tussen de hogeschool en het ziekenhuis, in 2019 gesloten, is "
        "dinsdag met vier jaar verlengd.",
    )
    assert frozenset({"HU University of Applied Sciences Utrecht", "Diakonessenhuis"}) in (
        party_sets(found)
    )


def test_the_counterpart_is_not_the_subject_itself() -> None:
    # "the medical centre" after "with" is another centre than the one that signs.
    found = agreements(
        "Erasmus MC and Leiden University Medical Center opened a joint proton clinic in Delft.",
        "Separately, Erasmus MC signed a research contract with the medical centre.",
    )
    assert party_sets(found) == {frozenset({"Erasmus MC", "Leiden University Medical Center"})}


def test_a_description_after_other_words_than_with_is_no_party() -> None:
    # "students of the university" names no counterpart of the contract.
    found = agreements(
        "Utrecht University opened a laboratory for soft robotics on Monday.",
        "Philips signed a contract to train students of the university.",
    )
    assert party_sets(found) == set()


def test_a_possessive_reference_owns_the_tie_it_names() -> None:
    found = agreements(
        "Uppsala University opened a new campus for life sciences.",
        "In a separate decision, the board suspended the university’s licence agreement with "
        "Novo Nordisk on Tuesday.",
    )
    assert party_sets(found) == {frozenset({"Uppsala University", "Novo Nordisk"})}
