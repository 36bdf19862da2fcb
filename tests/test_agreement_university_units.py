"""A faculty, school or institute named with its university: the university is the party.

Gold README: "a faculty, school or institute of a university is folded into that
university". "the X Institute of the University of Y", "the X Centre at Y University",
"X, de ingenieursschool van Y" and "Y's X Institute" give Y as the party, not X and Y,
and not X alone. A place before a ministry ("Bavaria's Ministry ...") is no university.
"""

from __future__ import annotations

from tests.agreement_cases import agreements, party_sets


def test_institute_of_a_university_is_folded_into_the_university() -> None:
    found = agreements(
        "Kelvara AG renewed its agreement with the Leiden Institute of Physics of Leiden "
        "University on Monday."
    )
    assert party_sets(found) == {frozenset({"Kelvara AG", "Leiden University"})}, found


def test_institute_at_a_university_is_folded_into_the_university() -> None:
    found = agreements(
        "The minister visited imec, where researchers of the Tyndall National Institute at "
        "University College Cork have worked with imec on photonics since 2021."
    )
    assert party_sets(found) == {frozenset({"University College Cork", "imec"})}, found


def test_a_universitys_own_institute_is_no_party_of_its_own() -> None:
    found = agreements(
        "Kelvara AG signed a research agreement on Wednesday with UCLouvain's de Duve Institute."
    )
    assert party_sets(found) == {frozenset({"Kelvara AG", "UCLouvain"})}, found


def test_a_place_before_a_ministry_keeps_the_ministry() -> None:
    found = agreements(
        "The memorandum was signed on Monday by Utrecht University and Bavaria's Ministry of "
        "Science and Arts."
    )
    sets = party_sets(found)
    assert len(sets) == 1 and "Utrecht University" in next(iter(sets)), found
    assert any("Ministry of Science and Arts" in p for p in next(iter(sets))), found


def test_an_institute_at_a_university_campus_stays_the_party() -> None:
    found = agreements(
        "Leiden University signed an agreement with the Fraunhofer Institute at the TU Delft "
        "campus."
    )
    sets = party_sets(found)
    assert len(sets) == 1 and "Leiden University" in next(iter(sets)), found
    assert "Delft University of Technology" not in next(iter(sets)), found
