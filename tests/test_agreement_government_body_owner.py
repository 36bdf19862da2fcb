"""A government body named with its owner before it ("the Flemish Government's Department
of X", "the Municipality of Y's Department of Z") is the party; its owner is no party of its
own. Invented sentences."""

from __future__ import annotations

from agreement_cases import agreements, party_sets


def test_the_owner_of_a_government_body_is_no_party() -> None:
    for told, want in (
        (
            "Leiden University signed a memorandum with the Flemish Government's Department of "
            "Economy, Science and Innovation on Monday.",
            {"Leiden University", "Department of Economy, Science and Innovation"},
        ),
        (
            "TNO and the Municipality of Leiden's Department of Health signed a research "
            "agreement.",
            {"TNO", "Department of Health"},
        ),
    ):
        assert party_sets(agreements(told)) == {frozenset(want)}, told


def test_an_owner_before_another_kind_of_body_stays() -> None:
    found = party_sets(
        agreements("TNO signed a research agreement with Leiden University's LUMC on Monday.")
    )
    assert all("TNO" in parties for parties in found)
    assert found
