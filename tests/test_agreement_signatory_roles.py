"""A leader who signs stands for the organisation named after the role: "signed by the
rector of A, the principal of B and the chief executive of C" names three parties, and so
do other titles ("chief technology officer", "staatssecretaris", "schepen"). Invented
sentences."""

from __future__ import annotations

from agreement_cases import agreements, party_sets


def test_leaders_by_title_stand_for_their_organisations() -> None:
    found = party_sets(
        agreements(
            "A research agreement was signed on Tuesday by the rector of Leiden University, "
            "the principal of the University of Edinburgh and the chief executive of TNO."
        )
    )
    assert found == {frozenset({"Leiden University", "University of Edinburgh", "TNO"})}


def test_officers_and_aldermen_stand_for_their_organisations() -> None:
    for told, want in (
        (
            "The memorandum was signed by the president of Erasmus MC and the chief technology "
            "officer of TNO.",
            {"Erasmus MC", "TNO"},
        ),
        (
            "Het convenant werd ondertekend door de rector van de Universiteit Gent en de schepen "
            "van de Stad Gent.",
            {"Ghent University", "Stad Gent"},
        ),
    ):
        assert party_sets(agreements(told)) == {frozenset(want)}, told
