"""A lead-in before a colon announces the news; the clause after it, where the parties are
named, types the record ("Two of the founders already work together: A and B have run a
joint master's since 2020" is the joint degree). Type words of Dutch news: "een dubbele
master" is a joint programme; "stopt met de gezamenlijke dienst" ends a tie."""

from __future__ import annotations

from agreement_cases import agreements


def test_the_clause_after_a_lead_in_types_the_record() -> None:
    found = agreements(
        "Two of the partners already work closely together: Leiden University and TNO have "
        "run a joint master's degree in quantum technology since 2020."
    )
    assert [(a.type, a.date) for a in found] == [("joint_programme", "2020")]


def test_each_pair_after_a_lead_in_takes_its_own_tie() -> None:
    found = agreements(
        "Two pairs of institutions put their names to agreements of their own: Leiden "
        "University and TNO signed a memorandum on doctoral supervision, and Erasmus MC and "
        "Naturalis Biodiversity Center renewed their exchange agreement."
    )
    types = {frozenset(a.parties): a.type for a in found}
    assert types[frozenset({"Leiden University", "TNO"})] == "mou"
    assert types[frozenset({"Erasmus MC", "Naturalis Biodiversity Center"})] == "agreement"


def test_a_dutch_lead_in_does_not_type_the_record() -> None:
    found = agreements(
        "Twee partners werken al langer samen: de Universiteit Leiden en TNO bieden sinds 2020 "
        "een gezamenlijke masteropleiding aan."
    )
    assert [(a.type, a.date) for a in found] == [("joint_programme", "2020")]


def test_a_party_named_in_the_lead_keeps_the_sentences_type() -> None:
    found = agreements(
        "Leiden University has signed a memorandum with TNO: the two will explore a joint "
        "master's degree."
    )
    assert [a.type for a in found] == ["mou"]


def test_a_dutch_double_degree_is_a_joint_programme() -> None:
    found = agreements("De Universiteit Leiden en TNO bieden sinds 2020 een dubbele master aan.")
    assert [(a.type, a.date) for a in found] == [("joint_programme", "2020")]


def test_a_joint_service_stopped_is_a_termination() -> None:
    dutch = agreements(
        "De Universiteit Leiden stopt eind dit jaar met de gezamenlijke dienst radiotherapie "
        "die zij sinds 2017 samen met TNO uitbaat."
    )
    english = agreements("Leiden University ends its joint radiotherapy service with TNO.")
    assert ("termination", "2025-07") in [(a.type, a.date) for a in dutch]
    assert [a.type for a in english] == ["termination"]
