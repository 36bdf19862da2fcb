"""Distributive counterpart lists with what news puts between the names (an apposition, a
relative clause, where a name is based, "both", a counted group), and associations that an
organisation is a member of (by their wording, never by the page)."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

UU, GHENT, UPPSALA, TNO = "Utrecht University", "Ghent University", "Uppsala University", "TNO"


def pairs(one: str, *others: str) -> set[frozenset[str]]:
    return {frozenset({one, other}) for other in others}


@pytest.mark.parametrize(
    "text",
    [
        # An apposition that starts with "one of" between two names of the list.
        "Utrecht University signed agreements with Ghent University, one of the oldest "
        "universities in Flanders, and Uppsala University.",
        "De Universiteit Utrecht sloot akkoorden met de Universiteit Gent, een van haar "
        "oudste partners, en Uppsala University.",
        # A relative clause about a name, closed by a comma.
        "Utrecht University signed agreements with Ghent University, which already hosts "
        "two of its PhD students, and Uppsala University.",
        "De Universiteit Utrecht tekende overeenkomsten met de Universiteit Gent, die al "
        "jaren studenten uitwisselt, en Uppsala University.",
        # Where a name is based.
        "Utrecht University signed agreements with the Sweden-based Uppsala University "
        "and Ghent University.",
        # "both" and "zowel ... als" before a list governed by a plural noun.
        "Utrecht University signed memoranda of understanding with both Ghent University "
        "and Uppsala University.",
        "De Universiteit Utrecht sloot akkoorden met zowel de Universiteit Gent als "
        "Uppsala University.",
    ],
)
def test_what_stands_between_the_names_does_not_end_a_distributive_list(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(UU, GHENT, UPPSALA)


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht University has concluded framework agreements with three European partners, "
        "Ghent University, Uppsala University and TNO.",
        "De Universiteit Utrecht sloot raamovereenkomsten met drie Europese partners, de "
        "Universiteit Gent, Uppsala University en TNO.",
    ],
)
def test_a_counted_group_before_a_comma_opens_the_list(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(UU, GHENT, UPPSALA, TNO)


@pytest.mark.parametrize(
    "text",
    [
        # A singular agreement with several partners stays one agreement of them all.
        "Utrecht University signed an agreement with both Ghent University and Uppsala University.",
        "De Universiteit Utrecht sloot een akkoord met zowel de Universiteit Gent als "
        "Uppsala University.",
        "Utrecht University signed an agreement with two partners, Ghent University and "
        "Uppsala University.",
    ],
)
def test_a_singular_agreement_with_both_stays_collective(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({UU, GHENT, UPPSALA})}


@pytest.mark.parametrize(
    ("paragraphs", "member", "body"),
    [
        (
            (
                "Kestrel Sensors B.V. is a member of the trade association Photonics Industry "
                "Europe.",
            ),
            "Kestrel Sensors B.V",
            "Photonics Industry Europe",
        ),
        (
            (
                "Kestrel Sensors B.V. has been a member of the Dutch Society for Imaging "
                "Science since 2021.",
            ),
            "Kestrel Sensors B.V",
            "Dutch Society for Imaging Science",
        ),
        (
            (
                "Kestrel Sensors B.V. ontwikkelt lasers.",
                "Het bedrijf is lid van de Vereniging Nederlandse Fotonica.",
            ),
            "Kestrel Sensors B.V",
            "Vereniging Nederlandse Fotonica",
        ),
    ],
)
def test_an_organisation_member_of_an_association_is_a_membership(
    paragraphs: tuple[str, ...], member: str, body: str
) -> None:
    found = agreements(*paragraphs)
    assert party_sets(found) == {frozenset({member, body})}
    assert found[0].type == "alliance"


@pytest.mark.parametrize(
    "text",
    [
        "Professor Jan Vos of Utrecht University is a member of the Dutch Society for "
        "Imaging Science.",
        "Jan Vos, a professor at Utrecht University, has been a member of the Dutch Society "
        "for Imaging Science since 2021.",
    ],
)
def test_a_persons_membership_of_an_association_is_no_agreement(text: str) -> None:
    assert agreements(text) == []


NSA, NSN = "Nordic Science Alliance", "Nordic Science Network"


def test_a_time_between_the_verb_and_deel_uit_van_keeps_the_membership() -> None:
    found = agreements(
        "TNO en Ghent University maken sinds 2019 deel uit van de Nordic Science Alliance."
    )
    assert party_sets(found) == {frozenset({TNO, GHENT, NSA})}


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Utrecht University joined the Nordic Science Network on Monday.",
            "The network was founded in 2015 by Uppsala University, Ghent University and TNO.",
        ),
        (
            "Utrecht University sluit zich aan bij het Nordic Science Network.",
            "Het netwerk werd in 2015 opgericht door Uppsala University, Ghent University en TNO.",
        ),
    ],
)
def test_the_founders_of_a_network_are_one_alliance(paragraphs: tuple[str, ...]) -> None:
    found = agreements(*paragraphs)
    assert party_sets(found) == {frozenset({UU, NSN}), frozenset({UPPSALA, GHENT, TNO})}
    founding = next(a for a in found if UU not in a.parties)
    assert (founding.type, founding.date) == ("alliance", "2015")


def test_a_network_formed_with_partners_is_their_alliance() -> None:
    found = agreements(
        "Rijnstate vormt sinds 2020 het ziekenhuisnetwerk Helix met Isala en het Maasziekenhuis."
    )
    assert party_sets(found) == {frozenset({"Rijnstate", "Isala", "Maasziekenhuis"})}
    assert found[0].type == "alliance"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A long name before the group noun.
        (
            "Utrecht University will leave the Nordic Ocean Universities Network at the end "
            "of the year.",
            "Nordic Ocean Universities Network",
        ),
        (
            "Utrecht University verlaat op 1 januari het Nordic Science Netwerk.",
            "Nordic Science Netwerk",
        ),
    ],
)
def test_leaving_a_network_ends_the_membership(text: str, body: str) -> None:
    found = agreements(text)
    assert [(a.type, frozenset(a.parties)) for a in found] == [
        ("termination", frozenset({UU, body}))
    ]


@pytest.mark.parametrize(
    ("text", "fellows", "since"),
    [
        (
            "Utrecht University joins the Nordic Science Alliance, of which Ghent University "
            "and TNO are already members.",
            (GHENT, TNO),
            None,
        ),
        (
            "Utrecht University treedt per 1 september toe tot de Nordic Science Alliance, "
            "waar TNO al sinds 2021 lid van is.",
            (TNO,),
            "2021",
        ),
    ],
)
def test_members_a_clause_names_after_the_body_joined_are_members_too(
    text: str, fellows: tuple[str, ...], since: str | None
) -> None:
    found = agreements(text)
    # One standing membership of the body and all its members (fixtures/gold/README.md).
    assert party_sets(found) == {frozenset({UU, NSA}), frozenset({*fellows, NSA})}
    assert {a.date for a in found if UU not in a.parties} == {since}
    assert {a.status for a in found if UU not in a.parties} == {"ongoing"}


@pytest.mark.parametrize(
    ("paragraphs", "records"),
    [
        (
            (
                "Utrecht University sluit zich aan bij de Nordic Science Alliance.",
                "TNO en de Universiteit Gent zijn er al lid van.",
            ),
            {frozenset({TNO, GHENT, NSA})},
        ),
        (
            (
                "Utrecht University joined the Nordic Science Alliance.",
                "Ghent University has been a member since 2019.",
            ),
            {frozenset({GHENT, NSA})},
        ),
        (
            (
                "Utrecht University joined the Nordic Science Alliance.",
                "Ghent University and TNO are both members.",
            ),
            {frozenset({GHENT, TNO, NSA})},
        ),
        # A person's membership, and a denied one, are none.
        (
            (
                "Utrecht University joined the Nordic Science Alliance.",
                "Jan Vos of Ghent University is a member.",
            ),
            set(),
        ),
        (
            (
                "Utrecht University joined the Nordic Science Alliance.",
                "Ghent University is not a member.",
            ),
            set(),
        ),
    ],
)
def test_a_membership_told_without_its_body_is_of_the_alliance_named_last(
    paragraphs: tuple[str, ...], records: set[frozenset[str]]
) -> None:
    assert party_sets(agreements(*paragraphs)) == {frozenset({UU, NSA})} | records


@pytest.mark.parametrize(
    ("paragraphs", "founders", "when"),
    [
        (
            (
                "Utrecht University joined the Nordic Science Alliance (NSA) on Monday.",
                "NSA was founded in 2015 by Uppsala University, Ghent University and TNO.",
            ),
            {UPPSALA, GHENT, TNO},
            "2015",
        ),
        (
            (
                "Utrecht University joined the Nordic Science Alliance on Monday.",
                "The Nordic Science Alliance was set up in Uppsala in 2015 by Uppsala "
                "University and Ghent University.",
            ),
            {UPPSALA, GHENT},
            "2015",
        ),
    ],
)
def test_an_alliance_founded_by_organisations_is_a_record_of_its_founders(
    paragraphs: tuple[str, ...], founders: set[str], when: str
) -> None:
    found = agreements(*paragraphs)
    founding = [a for a in found if UU not in a.parties]
    assert [(a.type, set(a.parties), a.date) for a in founding] == [("alliance", founders, when)]


@pytest.mark.parametrize(
    "text",
    [
        "Two more universities will sign up as associate partners on 1 January 2026: Ghent "
        "University and Uppsala University.",
        "Ghent University and Uppsala University will join as associate members next year.",
        "De Universiteit Gent en Uppsala University sluiten zich volgend jaar aan.",
    ],
)
def test_joining_told_without_the_body_joins_the_alliance_named_last(text: str) -> None:
    found = agreements("Utrecht University joined the Nordic Science Alliance on Monday.", text)
    assert party_sets(found) == {
        frozenset({UU, NSA}),
        frozenset({GHENT, NSA}),
        frozenset({UPPSALA, NSA}),
    }


def test_joining_without_a_body_named_before_is_no_membership() -> None:
    found = agreements("Ghent University and Uppsala University will join as associate members.")
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht University signed agreements with the universities Ghent University and "
        "Uppsala University.",
        "De Universiteit Utrecht tekende overeenkomsten met de universiteiten Ghent "
        "University en Uppsala University.",
    ],
)
def test_a_plural_noun_of_kind_right_before_the_names_opens_the_list(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(UU, GHENT, UPPSALA)


@pytest.mark.parametrize(
    "text",
    [
        # A singular noun of kind before the name a repeated preposition introduces.
        "De Universiteit Utrecht sloot aparte overeenkomsten met TNO en met het "
        "onderzoeksinstituut Ghent University.",
        "Utrecht University signed separate agreements with TNO and with the research "
        "institute Ghent University.",
        # The subject told by description.
        "Utrecht University opened a lab. The university also signed contracts with TNO and "
        "with the engineering firm Ghent University.",
    ],
)
def test_a_singular_noun_of_kind_right_before_a_name_keeps_it_a_counterpart(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(UU, TNO, GHENT)


def test_agreements_with_a_class_of_partners_named_nowhere_are_none() -> None:
    assert agreements("Utrecht University signed agreements with universities in Asia.") == []
