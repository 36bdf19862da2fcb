"""A newcomer joins a group named by its head noun ("Alliantie X", "X Consortium").

The organisation finder gives such a name no kind; its own head noun says it is an
alliance or a consortium of members, so each joiner is a member of it (one record per
newcomer with the group), not a collaboration among the joiners.
"""

from __future__ import annotations

from tests.agreement_cases import agreements, party_sets


def test_dutch_joiners_of_an_alliance_named_by_its_head_noun() -> None:
    found = agreements(
        "Hogeschool Utrecht, Fontys Hogescholen en Saxion sluiten zich aan bij de "
        "Alliantie Groene Bouwtalent, het samenwerkingsverband dat het tekort aan "
        "bouwkundigen moet terugdringen."
    )
    groups = {a.parties[-1] for a in found}
    assert groups == {"Alliantie Groene Bouwtalent"}, found
    assert all(len(a.parties) == 2 and a.type == "alliance" for a in found), found
    assert len(found) == 3


def test_english_joiner_of_a_consortium_named_by_its_head_noun() -> None:
    found = agreements(
        "Leiden University and Ghent University joined the Lowlands Quantum Sensing "
        "Consortium on Tuesday."
    )
    sets = party_sets(found)
    assert all("Lowlands Quantum Sensing Consortium" in s and len(s) == 2 for s in sets), found
    assert len(sets) == 2
    assert all(a.type == "consortium" for a in found), found


def test_a_name_with_the_noun_inside_is_not_a_group() -> None:
    # "Network" inside a company name is no head noun: the signing stays bilateral.
    found = agreements(
        "Leiden University and Network Rail Benelux signed a research agreement on Monday."
    )
    assert [a.type for a in found] == ["agreement"], found
