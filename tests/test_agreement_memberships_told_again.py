"""Memberships told again by reference after an admission ("Both will join on 1 January"),
an organisation that leaves "the alliance" named before, and a body a group noun follows
("the ORBIS alliance"). Invented sentences, English and Dutch."""

from __future__ import annotations

from agreement_cases import agreements, party_sets

LEIDEN, GHENT, COIMBRA = "Leiden University", "Ghent University", "Coimbra Group"


def test_newcomers_told_by_reference_are_members_again_not_a_tie_of_their_own() -> None:
    for then in (
        "Both will join on 1 January 2026.",
        "Both new members will take part in alliance activities from January 2026.",
    ):
        found = agreements(
            "The Coimbra Group admitted Leiden University and Ghent University as full "
            "members on Tuesday. " + then
        )
        assert party_sets(found) == {frozenset({COIMBRA, LEIDEN}), frozenset({COIMBRA, GHENT})}


def test_a_reference_to_partners_of_an_agreement_is_no_membership() -> None:
    found = agreements(
        "Leiden University and Ghent University signed an agreement. Both will work together "
        "on history."
    )
    assert party_sets(found) == {frozenset({LEIDEN, GHENT})}


def test_leaving_the_alliance_named_before_ends_the_membership() -> None:
    found = agreements(
        "The Coimbra Group admitted Leiden University as a full member on Tuesday.",
        "Ghent University announced that it would leave the alliance on 31 December 2026.",
    )
    ended = [a for a in found if a.type == "termination"]
    assert [frozenset(a.parties) for a in ended] == [frozenset({COIMBRA, GHENT})]
    assert ended[0].date == "2026-12-31"


def test_a_plural_reference_with_named_partners_adds_the_organisations_it_refers_to() -> None:
    found = agreements(
        "Het Erasmus MC en het Maasstad Ziekenhuis stoppen hun fusiegesprekken.",
        "De ziekenhuizen blijven wel samenwerken in het oncologienetwerk dat ze sinds 2019 "
        "vormen met het LUMC en het UMC Utrecht.",
    )
    network = [a for a in found if a.type == "collaboration"]
    assert [len(a.parties) for a in network] == [4]
    found = agreements(
        "Leiden University and Ghent University signed an agreement.",
        "Both universities also work together with TNO and Philips on quantum.",
    )
    together = [a for a in found if a.type == "collaboration"]
    assert len(together) == 1
    assert {LEIDEN, GHENT, "TNO"} <= set(together[0].parties)
    assert len(together[0].parties) == 4


def test_organisations_told_by_a_description_with_a_modifier() -> None:
    # The press describes: "het energiebedrijf", "de Twentse universiteit", "the Dutch
    # university and the energy company", "the Chinese tech giant".
    cases = [
        (
            "Hogeschool Rotterdam beëindigt de samenwerking met Shell.",
            "De hogeschool en het energiebedrijf tekenden in 2020 een partnerschap.",
        ),
        (
            "Utrecht University ends its partnership with Shell.",
            "The Dutch university and the energy company first signed an agreement in 2019.",
        ),
        (
            "Utrecht University ends its partnership with Shell.",
            "The university and the tech giant first signed an agreement in 2019.",
        ),
    ]
    for ending, history in cases:
        found = agreements(ending, history)
        assert len(found) == 2
        assert len({frozenset(a.parties) for a in found}) == 1
