"""Distributive party lists in shapes the older tests do not teach: a colon between the
plural noun and its list, a hedge before the list ("onder meer", "among others"), and
the collective lists they must stay apart from. Invented sentences only."""

from __future__ import annotations

import pytest
from agreement_cases import agreements, party_sets

RIJN, MAAS, SCHELDE = "Rijnland University", "Maasland University", "Scheldt University"
BRABO = "Brabo Institute"


def pairs(one: str, *others: str) -> set[frozenset[str]]:
    return {frozenset({one, other}) for other in others}


@pytest.mark.parametrize(
    "text",
    [
        "Rijnland University concluded three agreements: with Maasland University, Scheldt "
        "University and the Brabo Institute.",
        "Rijnland University signed memoranda of understanding last week: with Maasland "
        "University, Scheldt University and the Brabo Institute.",
        "De Rijnland University tekende drie convenanten: met de Maasland University, de "
        "Scheldt University en het Brabo Institute.",
    ],
)
def test_a_colon_between_plural_agreements_and_their_list_keeps_one_per_partner(
    text: str,
) -> None:
    assert party_sets(agreements(text)) == pairs(RIJN, MAAS, SCHELDE, BRABO)


@pytest.mark.parametrize(
    "text",
    [
        "De Rijnland University sloot overeenkomsten met onder meer de Maasland University, de "
        "Scheldt University en het Brabo Institute.",
        "De Rijnland University tekende intentieverklaringen met onder andere de Maasland "
        "University, de Scheldt University en het Brabo Institute.",
        "Rijnland University signed memoranda with, among others, Maasland University, "
        "Scheldt University and the Brabo Institute.",
    ],
)
def test_a_hedge_before_the_list_keeps_one_per_partner(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(RIJN, MAAS, SCHELDE, BRABO)


@pytest.mark.parametrize(
    "text",
    [
        # A singular agreement stays one agreement of all, colon or hedge.
        "Rijnland University signed one covenant: with Maasland University, Scheldt "
        "University and the Brabo Institute.",
        "De Rijnland University sloot een convenant met onder meer de Maasland University, de "
        "Scheldt University en het Brabo Institute.",
    ],
)
def test_a_singular_agreement_with_a_colon_or_a_hedge_stays_collective(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({RIJN, MAAS, SCHELDE, BRABO})}


@pytest.mark.parametrize(
    "text",
    [
        "The memoranda between Rijnland University and Maasland University, Scheldt University "
        "and the Brabo Institute run for five years.",
        "Agreements between Rijnland University and each of Maasland University, Scheldt "
        "University and the Brabo Institute were signed in Gent.",
        "Memoranda of understanding were signed on Friday between Rijnland University and "
        "Maasland University, Scheldt University and the Brabo Institute.",
        "De overeenkomsten tussen de Rijnland University en de Maasland University, de Scheldt "
        "University en het Brabo Institute lopen vijf jaar.",
        "Er werden intentieverklaringen getekend tussen de Rijnland University en de Maasland "
        "University, de Scheldt University en het Brabo Institute.",
    ],
)
def test_plural_agreements_between_one_and_a_list_are_one_per_listed_partner(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(RIJN, MAAS, SCHELDE, BRABO)


@pytest.mark.parametrize(
    "text",
    [
        # A singular agreement between one and a list: one agreement of all.
        "The covenant between Rijnland University and Maasland University, Scheldt University "
        "and the Brabo Institute runs for five years.",
        # A list of equals after "between": one agreement of all, plural or not.
        "The agreements between Rijnland University, Maasland University, Scheldt University "
        "and the Brabo Institute run for five years.",
    ],
)
def test_between_a_list_of_equals_or_a_singular_noun_stays_collective(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({RIJN, MAAS, SCHELDE, BRABO})}


@pytest.mark.parametrize(
    "text",
    [
        "Rijnland University formed joint ventures with Maasland University, Scheldt University "
        "and the Brabo Institute.",
        "Rijnland University offers joint degree programmes with Maasland University, Scheldt "
        "University and the Brabo Institute.",
        "De Rijnland University sloot samenwerkingsprotocollen met de Maasland University, de "
        "Scheldt University en het Brabo Institute.",
        "De Rijnland University biedt gezamenlijke opleidingen aan met de Maasland University, de "
        "Scheldt University en het Brabo Institute.",
    ],
)
def test_more_plural_ties_with_a_list_are_one_per_partner(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(RIJN, MAAS, SCHELDE, BRABO)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Rijnland University opened a liaison office in Gent.",
            "Maasland University, Scheldt University and the Brabo Institute signed memoranda "
            "of understanding with the university.",
        ),
        (
            "De Rijnland University opende een kantoor in Gent.",
            "Met de Maasland University, de Scheldt University en het Brabo Institute sloot de "
            "universiteit overeenkomsten.",
        ),
        (
            "Met de Maasland University, de Scheldt University en het Brabo Institute sloot de "
            "Rijnland University vorige week overeenkomsten.",
        ),
    ],
)
def test_a_party_of_a_distributive_list_told_by_reference_or_after_a_fronted_list(
    paragraphs: tuple[str, ...],
) -> None:
    assert party_sets(agreements(*paragraphs)) == pairs(RIJN, MAAS, SCHELDE, BRABO)


def test_a_fronted_list_before_a_singular_agreement_stays_collective() -> None:
    found = agreements(
        "Met de Maasland University, de Scheldt University en het Brabo Institute sloot de "
        "Rijnland University een convenant."
    )
    assert party_sets(found) == {frozenset({RIJN, MAAS, SCHELDE, BRABO})}


ZEE = "Zeeland Seed Company"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Rijnland University has suspended its cooperation with the Zeeland Seed Company.",
            "Also Maasland University and Scheldt University work with the Zeeland Seed Company.",
        ),
        (
            "De Rijnland University schort haar samenwerking met de Zeeland Seed Company op.",
            "Ook de Maasland University en de Scheldt University werken met de Zeeland Seed "
            "Company samen.",
        ),
    ],
)
def test_also_a_and_b_work_with_c_after_other_news_of_c_are_ties_of_their_own(
    paragraphs: tuple[str, ...],
) -> None:
    found = party_sets(agreements(*paragraphs))
    assert pairs(ZEE, MAAS, SCHELDE) <= found
    assert frozenset({MAAS, SCHELDE, ZEE}) not in found


@pytest.mark.parametrize(
    "paragraphs",
    [
        # No earlier news of C: A and B work with C as one tie.
        ("Also Maasland University and Scheldt University work with the Zeeland Seed Company.",),
        # Acting together: one project, one tie of all three.
        (
            "Rijnland University has suspended its cooperation with the Zeeland Seed Company.",
            "Also Maasland University and Scheldt University work with the Zeeland Seed Company "
            "on a joint breeding project.",
        ),
        (
            "De Rijnland University schort haar samenwerking met de Zeeland Seed Company op.",
            "Ook de Maasland University en de Scheldt University werken samen met de Zeeland "
            "Seed Company in een consortium.",
        ),
    ],
)
def test_a_and_b_working_with_c_together_stay_one_tie(paragraphs: tuple[str, ...]) -> None:
    assert frozenset({MAAS, SCHELDE, ZEE}) in party_sets(agreements(*paragraphs))


LINGE = "Linge Network"


@pytest.mark.parametrize(
    "text",
    [
        "Rijnland University, part of the Linge Network, signed memoranda of understanding "
        "with Maasland University, Scheldt University and the Brabo Institute.",
        "Rijnland University, which is a member of the Linge Network, signed memoranda of "
        "understanding with Maasland University, Scheldt University and the Brabo Institute.",
        "De Rijnland University, lid van het Linge Network, tekende intentieverklaringen met de "
        "Maasland University, de Scheldt University en het Brabo Institute.",
    ],
)
def test_a_body_in_an_aside_about_the_signatory_is_no_signatory(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(RIJN, MAAS, SCHELDE, BRABO)


def test_an_aside_about_the_signatory_keeps_a_singular_agreement_to_its_parties() -> None:
    found = agreements(
        "Rijnland University, a member of the Linge Network, signed a covenant with Maasland "
        "University."
    )
    assert party_sets(found) == {frozenset({RIJN, MAAS})}


@pytest.mark.parametrize(
    "text",
    [
        "Rijnland University and the Brabo Institute signed memoranda of understanding with "
        "Maasland University and Scheldt University.",
        "De Rijnland University en het Brabo Institute sloten overeenkomsten met de Maasland "
        "University en de Scheldt University.",
    ],
)
def test_two_signatories_of_plural_agreements_sign_one_with_each_partner(text: str) -> None:
    assert party_sets(agreements(text)) == {
        frozenset({RIJN, BRABO, MAAS}),
        frozenset({RIJN, BRABO, SCHELDE}),
    }


def test_two_signatories_and_two_partners_respectively_stay_paired_in_order() -> None:
    found = agreements(
        "Rijnland University and the Brabo Institute signed agreements with Maasland "
        "University and Scheldt University respectively."
    )
    assert party_sets(found) == {frozenset({RIJN, MAAS}), frozenset({BRABO, SCHELDE})}


@pytest.mark.parametrize(
    "second",
    [
        "Maasland University, Scheldt University and the Brabo Institute are the partners.",
        "The partner institutions are Maasland University, Scheldt University and the Brabo "
        "Institute.",
        "They are with Maasland University, Scheldt University and the Brabo Institute.",
    ],
)
def test_a_count_of_agreements_and_its_partners_in_the_next_sentence(second: str) -> None:
    found = agreements("Rijnland University signed three cooperation agreements on Monday.", second)
    assert party_sets(found) == pairs(RIJN, MAAS, SCHELDE, BRABO)


def test_a_count_of_agreements_and_its_partners_in_the_next_sentence_in_dutch() -> None:
    found = agreements(
        "De Rijnland University tekende maandag drie convenanten.",
        "Die zijn met de Maasland University, de Scheldt University en het Brabo Institute.",
    )
    assert party_sets(found) == pairs(RIJN, MAAS, SCHELDE, BRABO)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Rijnland University signed memoranda of understanding with Maasland University in "
            "2019 and Scheldt University in 2021.",
            {MAAS: "2019", SCHELDE: "2021"},
        ),
        (
            "De Rijnland University heeft uitwisselingsovereenkomsten met de Maasland University "
            "sinds 2015 en de Scheldt University sinds maart 2019.",
            {MAAS: "2015", SCHELDE: "2019-03"},
        ),
    ],
)
def test_a_date_after_each_partner_keeps_the_list_and_dates_each_record(
    text: str, dates: dict[str, str]
) -> None:
    found = agreements(text)
    assert party_sets(found) == pairs(RIJN, MAAS, SCHELDE)
    assert {next(p for p in a.parties if p != RIJN): a.date for a in found} == dates


@pytest.mark.parametrize(
    "second",
    [
        "Met de Maasland University, de Scheldt University en het Brabo Institute werden "
        "overeenkomsten gesloten.",
        "Ook met de Maasland University, de Scheldt University en het Brabo Institute zijn "
        "intentieverklaringen getekend.",
    ],
)
def test_a_fronted_list_of_passive_plural_agreements_is_the_text_subjects(second: str) -> None:
    found = agreements("De Rijnland University opende een kantoor in Gent.", second)
    assert party_sets(found) == pairs(RIJN, MAAS, SCHELDE, BRABO)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Rijnland University signed three agreements on Monday:",
            "a memorandum of understanding with Maasland University;",
            "a research contract with Scheldt University;",
            "a licence agreement with the Brabo Institute.",
        ),
        (
            "De Rijnland University sloot maandag drie overeenkomsten:",
            "een intentieverklaring met de Maasland University;",
            "een onderzoekscontract met de Scheldt University;",
            "een licentieovereenkomst met het Brabo Institute.",
        ),
    ],
)
def test_list_items_that_name_their_tie_before_the_partner_give_one_record_each(
    paragraphs: tuple[str, ...],
) -> None:
    found = agreements(*paragraphs)
    assert party_sets(found) == pairs(RIJN, MAAS, SCHELDE, BRABO)
    # Each item keeps the type it names.
    assert {a.type for a in found if MAAS in a.parties} == {"mou"}
