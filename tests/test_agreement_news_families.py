"""Phrasing families of real news that lost or invented records (issue 9, kinds 5 and 6):
each case is an invented sentence in the shape the family takes in real announcements."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

PHILIPS, ISALA, ZUYDERLAND = "Philips", "Isala", "Zuyderland Medical Centre"
LEIDEN, DELFT = "Leiden University", "Delft University of Technology"


def pairs(one: str, *others: str) -> set[frozenset[str]]:
    return {frozenset({one, other}) for other in others}


@pytest.mark.parametrize(
    "paragraphs",
    [
        # The Dutch plural of "contract", its partners in the next sentence.
        (
            "Philips heeft contracten getekend met drie ziekenhuizen. Het gaat om Isala, "
            "Zuyderland en het Radboudumc.",
        ),
        (
            "Philips heeft contracten met een looptijd van tien jaar getekend met ziekenhuizen "
            "in Zwolle, Heerlen en Nijmegen. Het gaat om Isala, Zuyderland en het Radboudumc.",
        ),
        (
            "Philips signed contracts with three hospitals. They are Isala, Zuyderland and "
            "Radboudumc.",
        ),
    ],
)
def test_plural_contracts_with_a_partner_list_after(paragraphs: tuple[str, ...]) -> None:
    found = party_sets(agreements(*paragraphs))
    assert found == pairs(PHILIPS, ISALA, ZUYDERLAND, "Radboudumc")


def test_a_headline_leaves_the_partner_list_to_the_lead() -> None:
    # The headline tells the same deals; the lead sentence still needs the list after it.
    found = agreements(
        "Philips heeft contracten getekend met ziekenhuizen in Zwolle en Heerlen. "
        "Het gaat om Isala en Zuyderland.",
        title="Philips tekent contracten met twee ziekenhuizen",
    )
    assert party_sets(found) == pairs(PHILIPS, ISALA, ZUYDERLAND)


@pytest.mark.parametrize(
    "text",
    [
        "Philips en Isala hebben belangstelling getoond, maar er zijn nog geen contracten "
        "getekend.",
        "Leiden University and TU Delft have held talks, but no agreement has been signed yet.",
    ],
)
def test_no_contract_yet_is_no_record(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        (
            (
                "Leiden University has ended its partnership with the mining company Kestrel "
                "Minerals plc.",
                "Leiden and Kestrel signed the five-year partnership in 2023.",
            ),
            frozenset({LEIDEN, "Kestrel Minerals plc"}),
        ),
        (
            (
                "De Vrije Universiteit Brussel schort haar samenwerking met het telecombedrijf "
                "Zhenhai Digital op.",
                "De VUB en Zhenhai sloten in 2020 een onderzoeksovereenkomst.",
            ),
            frozenset({"Vrije Universiteit Brussel", "Zhenhai Digital"}),
        ),
    ],
)
def test_a_company_told_by_its_first_word_after_its_full_name(
    paragraphs: tuple[str, ...], want: frozenset[str]
) -> None:
    found = agreements(*paragraphs)
    # The tie's beginning, told with the short form, is a record of its own.
    assert any(frozenset(a.parties) == want and a.date in ("2020", "2023") for a in found)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A town of the same name, after a place preposition.
        (
            "Leiden University has ended its partnership with Kestrel Minerals plc.",
            "Leiden University signed a new agreement with TU Delft in Kestrel in 2023.",
        ),
        # Before the full name was used, the word is not yet a short form.
        (
            "Kestrel and Leiden University signed a partnership in 2023.",
            "Leiden University has ended its partnership with Kestrel Minerals plc.",
        ),
    ],
)
def test_a_first_word_that_does_not_name_the_company(paragraphs: tuple[str, ...]) -> None:
    found = agreements(*paragraphs)
    assert not [a for a in found if a.date == "2023" and "Kestrel Minerals plc" in a.parties]


@pytest.mark.parametrize(
    "text",
    [
        "The merger between Leiden University and TU Delft will be reversed.",
        "Leiden University sells its stake in the joint venture with TU Delft.",
        "De Universiteit Leiden verkoopt haar belang in de joint venture met de TU Delft.",
        "De Universiteit Leiden en de TU Delft heffen hun joint venture op.",
        "De Universiteit Leiden en de TU Delft splitsen hun fusie weer op.",
        "De Universiteit Leiden en de TU Delft gaan weer ieder hun eigen weg.",
        "De Universiteit Leiden zet een streep door de fusie met de TU Delft.",
        "De Universiteit Leiden en de TU Delft werken aan de ontbinding van hun fusie.",
        "The tie-up between Leiden University and TU Delft has come apart.",
        "Plans for a joint venture of Leiden University and TU Delft have fallen through.",
        "De Universiteit Leiden en de TU Delft worden binnenkort weer zelfstandig.",
    ],
)
def test_a_merger_or_venture_undone_is_a_termination(text: str) -> None:
    found = agreements(text)
    assert [(a.type, frozenset(a.parties)) for a in found] == [
        ("termination", frozenset({LEIDEN, DELFT}))
    ]


def test_splitting_work_up_is_no_ending() -> None:
    found = agreements(
        "De Universiteit Leiden en de TU Delft splitsen het onderzoek op in twee delen."
    )
    assert all(a.type != "termination" for a in found)


@pytest.mark.parametrize(
    "funding",
    [
        "The European Investment Bank is lending the joint venture 15 million euros, and "
        "TNO is contributing a further 2 million euros in grants.",
        "Part of the joint research is funded through NWO and by TNO.",
        "De Europese Investeringsbank leent de joint venture 15 miljoen euro.",
    ],
)
def test_lenders_and_contributors_are_no_parties(funding: str) -> None:
    found = agreements("Leiden University and TU Delft set up a joint venture on Monday.", funding)
    assert party_sets(found) == {frozenset({LEIDEN, DELFT})}


def test_a_denial_followed_by_no_tie_of_its_own() -> None:
    found = agreements(
        "Leiden University signed a research agreement with TNO.",
        "The lab itself is housed at TU Delft, which is not a signatory to the agreement "
        "but rents laboratory time to the Leiden team.",
    )
    assert party_sets(found) == {frozenset({LEIDEN, "TNO"})}


def test_a_denial_followed_by_a_tie_of_its_own() -> None:
    found = agreements(
        "TU Delft is not a party to the agreement but has signed a letter of intent with "
        "Leiden University."
    )
    assert [(a.type, frozenset(a.parties)) for a in found] == [("mou", frozenset({LEIDEN, DELFT}))]


def test_a_continent_is_no_party_of_a_distributive_list() -> None:
    found = agreements(
        "Four universities from Europe and Africa signed memoranda of understanding with "
        "Makerere University on Wednesday.",
        "The institutions are Ghent University, the University of Groningen, Karolinska "
        "Institutet and the University of Nairobi.",
    )
    assert party_sets(found) == pairs(
        "Makerere University",
        "Ghent University",
        "University of Groningen",
        "Karolinska Institutet",
        "University of Nairobi",
    )


def test_a_term_that_can_be_renewed_is_no_renewal() -> None:
    found = agreements(
        "Leiden University signed memoranda of understanding with TNO and TU Delft on Monday.",
        "The memoranda run for five years and can be renewed by mutual consent.",
    )
    assert sorted(a.status for a in found) == ["signed", "signed"]


@pytest.mark.parametrize(
    "text",
    [
        "TNO signed cooperation agreements with Germany’s Fraunhofer-Gesellschaft, "
        "Forschungszentrum Jülich and the German Aerospace Center on Thursday.",
        "TNO signed cooperation agreements with Germany's Fraunhofer-Gesellschaft, "
        "Germany's Forschungszentrum Jülich and the German Aerospace Center on Thursday.",
    ],
)
def test_a_country_possessive_inside_a_distributive_list(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(
        "TNO", "Fraunhofer-Gesellschaft", "Forschungszentrum Jülich", "German Aerospace Center"
    )


@pytest.mark.parametrize(
    "second",
    [
        "De ondertekening van het samenwerkingsakkoord vond woensdag plaats in Leiden.",
        "The signing of the cooperation agreement took place in Leiden on Wednesday.",
    ],
)
def test_the_agreement_named_after_a_general_collaboration(second: str) -> None:
    found = agreements(
        "De Universiteit Leiden en TNO gaan nauwer samenwerken op het gebied van kwantum.",
        second,
    )
    assert ("agreement", frozenset({LEIDEN, "TNO"})) in {
        (a.type, frozenset(a.parties)) for a in found
    }


@pytest.mark.parametrize(
    "text",
    [
        "Het Gentse bedrijf Qubiome, een spin-off van de UGent en het VIB, en Schwarzwald "
        "Pharma GmbH bundelen de krachten in een joint venture.",
        "Biotech company Qubiome, a subsidiary of Ghent University, and Schwarzwald Pharma GmbH "
        "formed a joint venture.",
    ],
)
def test_a_company_s_parent_is_no_party_to_its_deal(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({"Qubiome", "Schwarzwald Pharma GmbH"})}


@pytest.mark.parametrize(
    "text",
    [
        "TNO is sinds 2024 aangesloten bij Medical Delta.",
        "TNO sluit zich per 1 maart 2027 aan bij het netwerk Medical Delta.",
        "Nieuw is dat TNO partner wordt van Medical Delta.",
        "TNO becomes an associate partner of Medical Delta.",
    ],
)
def test_joining_as_dutch_news_words_it(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({"TNO", "Medical Delta"})}


def test_a_founder_in_a_background_clause_does_not_join() -> None:
    found = agreements(
        "TNO sluit zich per 1 maart 2027 aan bij Medical Delta, dat de Universiteit Leiden "
        "in 2012 met vijf ziekenhuizen oprichtte."
    )
    assert frozenset({"TNO", "Medical Delta"}) in party_sets(found)
    assert not any(LEIDEN in a.parties and "TNO" in a.parties for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "De fusie tussen de Universiteit Leiden en de TU Delft komt er niet.",
        "De Universiteit Leiden en de TU Delft gaan niet fuseren.",
        "De Universiteit Leiden en de TU Delft fuseren toch niet.",
        "Leiden University and TU Delft will not merge.",
        "Leiden University and TU Delft decided against a merger.",
        "Plans to merge Leiden University and TU Delft have been shelved.",
        "Leiden University and TU Delft put their merger on ice.",
        "The Leiden University and TU Delft merger plan will not materialise.",
        "Leiden University and TU Delft have decided to end talks about merging.",
        "Leiden University and TU Delft will no longer offer their joint master's programme.",
        "De Universiteit Leiden en de TU Delft bieden hun gezamenlijke master niet langer aan.",
    ],
)
def test_a_merger_that_will_not_happen_or_a_programme_no_longer_offered_ends(text: str) -> None:
    found = agreements(text)
    assert [(a.type, frozenset(a.parties)) for a in found] == [
        ("termination", frozenset({LEIDEN, DELFT}))
    ]


def test_a_merger_that_will_happen_is_no_ending() -> None:
    found = agreements("De fusie tussen de Universiteit Leiden en de TU Delft komt er in 2027.")
    assert [a.type for a in found] == ["other"]


@pytest.mark.parametrize(
    "bystanders",
    [
        "Leiden University welcomed the agreement. None of them is a party to it.",
        "Leiden University and Utrecht University welcomed the memorandum.",
        "De Universiteit Leiden en de Universiteit Utrecht juichen het akkoord toe.",
        "Leiden University and Utrecht University were present. None of them is a party to "
        "the agreement.",
    ],
)
def test_bystanders_who_welcome_a_deal_are_no_parties(bystanders: str) -> None:
    found = agreements("TNO and TU Delft signed an agreement on Monday.", bystanders)
    assert party_sets(found) == {frozenset({"TNO", DELFT})}


@pytest.mark.parametrize(
    "text",
    [
        "A deal between Leiden University and TNO was signed on Monday.",
        "The new deal with TNO runs for five years, Leiden University said.",
    ],
)
def test_the_deal_as_subject_is_an_agreement(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({"Leiden University", "TNO"})}


def test_to_deal_with_is_no_deal() -> None:
    assert agreements("Leiden University will have to deal with TNO on the matter.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Het Radboudumc, dat een eigen beleid voert, heeft geen samenwerking met TNO.",
        "Leiden University has no partnership with TNO.",
        "Een fusie tussen de Universiteit Leiden en TNO is volgens beide niet aan de orde.",
        "Leiden University is in talks with TNO about a fourth agreement.",
        "De Universiteit Leiden onderhandelt met TNO over een nieuw en ruimer akkoord.",
    ],
)
def test_a_tie_denied_or_still_in_talks_is_no_record(text: str) -> None:
    assert agreements(text) == []
