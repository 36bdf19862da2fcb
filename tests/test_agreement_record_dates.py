"""Which date an agreement record gets: the day of the occasion told before it, the day an
ending takes effect, not the announcement's day nor the end of the term it runs for."""

from __future__ import annotations

from datetime import date

import pytest
from agreement_cases import agreements

THURSDAY = date(2026, 2, 12)


def test_a_signing_without_a_day_takes_the_day_of_the_occasion_told_before() -> None:
    found = agreements(
        "Three pairs of universities signed memoranda of understanding on Tuesday at a "
        "higher-education fair in Jakarta.",
        "The memoranda were signed between Leiden University and Universitas Gadjah Mada.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in found] == [("mou", "2026-02-10")]


def test_a_dutch_signing_at_that_occasion_takes_its_day() -> None:
    found = agreements(
        "Drie ziekenhuizen ondertekenden dinsdagavond in Brugge een akkoord over hun "
        "spoeddiensten.",
        "Het AZ Groeninge ondertekende bij die gelegenheid ook een apart akkoord met het "
        "UZ Gent over de opleiding van artsen.",
        published=THURSDAY,
    )
    dated = {a.date for a in found if "AZ Groeninge" in a.parties}
    assert dated == {"2026-02-10"}


def test_a_signing_long_before_the_news_is_no_occasion_of_a_later_one() -> None:
    found = agreements(
        "The two universities first signed a memorandum on 3 March 2019.",
        "Leiden University and TNO have signed a framework agreement on quantum sensing.",
        published=THURSDAY,
    )
    assert ("agreement", "2026-02-12") in [(a.type, a.date) for a in found]


def test_a_signing_told_as_older_does_not_take_the_occasion_day() -> None:
    found = agreements(
        "The rectors signed a declaration on Tuesday at the fair.",
        "Leiden University and TNO had signed a framework agreement on quantum sensing.",
        published=THURSDAY,
    )
    assert "2026-02-10" not in [a.date for a in found]


def test_an_ending_takes_the_day_it_takes_effect_told_after() -> None:
    found = agreements(
        "De Universiteit Leiden en TNO stoppen met hun gezamenlijke opleiding quantumtechniek.",
        "Dat hebben de besturen dinsdagavond besloten.",
        "De opleiding stopt definitief op 31 augustus 2029.",
        published=THURSDAY,
    )
    assert [a.date for a in found if a.type == "termination"] == ["2029-08-31"]


def test_an_ending_in_one_sentence_takes_its_effective_day_not_the_announcement() -> None:
    found = agreements(
        "TNO announced in June that it would leave its partnership with Leiden University "
        "on 31 December 2026.",
        published=THURSDAY,
    )
    assert [a.date for a in found if a.type == "termination"] == ["2026-12-31"]


def test_a_renewal_is_not_dated_by_the_end_of_its_term() -> None:
    found = agreements(
        "Leiden University and TNO have renewed the framework agreement that governs their "
        "joint research, extending it to 2031.",
        "The two organisations first signed the agreement in 2016.",
        "The renewal was signed on Tuesday by the rector and TNO's chief executive.",
        published=THURSDAY,
    )
    assert [a.date for a in found if a.date != "2016"] == ["2026-02-10"]


def test_a_dutch_renewal_until_a_year_takes_the_news_day() -> None:
    found = agreements(
        "De Universiteit Leiden en TNO hebben hun raamovereenkomst verlengd tot 2030.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2026-02-12"]


def test_the_announcement_day_gives_way_to_the_day_of_the_act_told_after() -> None:
    found = agreements(
        "Leiden University and TNO have set up a joint venture to build quantum sensors, the "
        "two partners announced on Wednesday.",
        "The agreement was signed on Monday by the rector and TNO's chief executive.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2026-02-09"]


def test_a_full_day_of_the_act_told_after_the_announcement_dates_it() -> None:
    found = agreements(
        "Leiden University and TNO have signed a co-development agreement for quantum sensors, "
        "the university said on Wednesday.",
        "The agreement was formalised in Delft on 6 February and signed by both rectors.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2026-02-06"]


def test_putting_signatures_told_after_dates_the_dutch_agreement() -> None:
    found = agreements(
        "De Universiteit Leiden en TNO hebben een netwerkovereenkomst voor quantumsensoren "
        "gesloten.",
        "De bestuurders zetten afgelopen maandag hun handtekening.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2026-02-09"]


def test_a_signing_told_as_news_is_not_dated_by_a_later_start_in_another_mention() -> None:
    found = agreements(
        "Leiden University has signed a three-year research agreement with TNO to test "
        "quantum sensors in hospitals.",
        "Under the agreement, Leiden University and TNO will install sensors in 120 beds from "
        "January 2027.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2026-02-12"]


def test_a_renewal_beside_its_first_signing_takes_the_day_of_the_occasion() -> None:
    found = agreements(
        "Leiden University and TNO signed a memorandum of understanding on Tuesday.",
        "Alongside the memorandum, NWO and ZonMw renewed their lead agency agreement, first "
        "agreed in 2019, for a further four years.",
        published=THURSDAY,
    )
    renewed = [(a.status, a.date) for a in found if a.status in ("renewed", "signed")]
    assert ("renewed", "2026-02-10") in renewed
    assert ("signed", "2019") in renewed


def test_a_dutch_renewal_with_its_day_before_the_verb_keeps_the_first_signing_apart() -> None:
    found = agreements(
        "De raamovereenkomst tussen de Universiteit Leiden en TNO, in 2019 gesloten, is "
        "dinsdagavond met vier jaar verlengd.",
        published=THURSDAY,
    )
    assert sorted((a.status, a.date) for a in found) == [
        ("renewed", "2026-02-10"),
        ("signed", "2019"),
    ]


def test_a_list_of_signings_takes_the_day_the_next_sentence_tells_with_place_between() -> None:
    found = agreements(
        "De Faculteit Geneeskunde van de Universiteit Leiden heeft afzonderlijke "
        "stageakkoorden gesloten met het Haaglanden Medisch Centrum, het LUMC, het Alrijne "
        "Ziekenhuis en TNO.",
        "De akkoorden werden vorige week vrijdag in Hasselt ondertekend door de decaan en de "
        "algemeen directeurs van de vier partners.",
        published=THURSDAY,
    )
    assert len(found) == 4
    assert {a.date for a in found} == {"2026-02-06"}


def test_a_list_of_the_partners_does_not_end_the_passage_that_tells_the_signing_day() -> None:
    found = agreements(
        "Leiden University has concluded separate exchange agreements with three universities "
        "in Japan. Students can spend a semester in Kyoto or Osaka from next year.",
        "They are Kyoto University, Osaka University and Tohoku University. Each of the three "
        "has an agreement of its own.",
        # The organiser named after the day keeps this from restating the records itself.
        "The agreements were signed on Tuesday in Tokyo, at a trade mission organised by NWO.",
        published=THURSDAY,
    )
    assert {a.date for a in found if "Leiden University" in a.parties} == {"2026-02-10"}


def test_a_sentence_on_another_organisation_still_ends_the_passage() -> None:
    found = agreements(
        "Leiden University has concluded an exchange agreement with Kyoto University.",
        "TNO opened a new office in Osaka.",
        "The rectors signed on Tuesday in Tokyo.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2026-02-12"]


def test_a_signing_told_in_the_present_perfect_after_an_occasion_is_news_of_its_own() -> None:
    found = agreements(
        "The three universities signed a teaching charter on Tuesday at the town hall.",
        "Leiden University has also signed a separate data agreement with TNO.",
        published=THURSDAY,
    )
    assert [a.date for a in found if "TNO" in a.parties] == ["2026-02-12"]
    # Told in the past, the same signing took place at that occasion.
    found = agreements(
        "The three universities signed a teaching charter on Tuesday at the town hall.",
        "Leiden University also signed a separate data agreement with TNO.",
        published=THURSDAY,
    )
    assert [a.date for a in found if "TNO" in a.parties] == ["2026-02-10"]


def test_an_ending_dated_by_a_split_verb_told_after_takes_that_day() -> None:
    found = agreements(
        "De Universiteit Leiden beëindigt de gezamenlijke opleiding die zij sinds 2015 met TNO "
        "aanbiedt.",
        "Het bestuur nam dat besluit dinsdag. Wie al begonnen is, mag de opleiding afmaken; "
        "de overeenkomst loopt op 31 augustus 2029 af.",
        published=THURSDAY,
    )
    assert [a.date for a in found if a.type == "termination"] == ["2029-08-31"]


def test_a_deal_told_apart_from_the_occasion_is_dated_by_the_news() -> None:
    english = agreements(
        "Leiden University and TNO signed a memorandum of understanding on Tuesday.",
        "Separately, Utrecht University and Philips each signed a letter of intent with Shell.",
        published=THURSDAY,
    )
    dutch = agreements(
        "De Universiteit Leiden en TNO ondertekenden dinsdag een convenant.",
        "Shell sloot daarnaast aparte contracten met de Universiteit Utrecht en met Philips.",
        published=THURSDAY,
    )
    assert [a.date for a in english] == ["2026-02-10", "2026-02-12", "2026-02-12"]
    assert [a.date for a in dutch] == ["2026-02-10", "2026-02-12", "2026-02-12"]


def test_a_deal_not_told_apart_keeps_the_day_of_the_occasion() -> None:
    found = agreements(
        "De Universiteit Leiden en TNO ondertekenden dinsdag een convenant.",
        "Shell sloot aparte contracten met de Universiteit Utrecht en met Philips.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2026-02-10", "2026-02-10", "2026-02-10"]


def test_agreements_made_reported_as_news_take_the_publication_date() -> None:
    found = agreements(
        "Zorgverzekeraar CZ heeft afzonderlijke meerjarenafspraken gemaakt met het Amphia "
        "Ziekenhuis en het Elkerliek ziekenhuis.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in found] == [
        ("agreement", "2026-02-12"),
        ("agreement", "2026-02-12"),
    ]


def test_a_recent_day_of_the_act_told_in_full_after_a_signing_dates_it() -> None:
    found = agreements(
        "Leiden University and TNO have renewed their framework agreement on quantum sensors "
        "for another five years.",
        "The renewal was signed by both boards on 9 February.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("renewed", "2026-02-09")]


def test_a_day_told_in_full_long_before_the_news_does_not_date_a_signing() -> None:
    found = agreements(
        "Leiden University and TNO have signed a framework agreement on quantum sensors.",
        "The first draft was approved by both boards on 3 November 2025.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("signed", "2026-02-12")]


def test_a_new_company_entered_in_the_register_dates_its_founding() -> None:
    found = agreements(
        "Leiden University and Philips have founded a joint venture, Lumisense GmbH, that "
        "will make optical sensors.",
        "The company was entered in the commercial register on 9 February.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in found] == [("other", "2026-02-09")]


def test_signatures_set_in_the_passive_date_a_renewal_told_before() -> None:
    found = agreements(
        "De Universiteit Leiden en TNO hebben hun samenwerkingsovereenkomst met drie jaar "
        "verlengd.",
        "De handtekeningen werden dinsdagmiddag in Delft gezet.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("renewed", "2026-02-10")]


def test_signatures_put_to_paper_in_english_date_a_signing_told_before() -> None:
    found = agreements(
        "Leiden University and TNO have signed a framework agreement on quantum sensors.",
        "The signatures were put to paper on Tuesday at the Delft campus.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("signed", "2026-02-10")]


def test_the_deed_founding_a_named_company_dates_the_joint_venture() -> None:
    found = agreements(
        "Leiden University, TNO and Philips have set up a joint venture to build quantum sensors.",
        "The deed establishing the company, Qusense B.V., was signed on Tuesday in Delft.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in found] == [("other", "2026-02-10")]


def test_a_dutch_founding_deed_with_the_new_name_dates_the_joint_venture() -> None:
    found = agreements(
        "De Universiteit Leiden, TNO en Philips richten samen een joint venture op voor "
        "quantumsensoren.",
        "De oprichtingsakte van Qusense BV werd dinsdag bij de notaris getekend.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in found] == [("other", "2026-02-10")]


def test_another_company_signing_after_a_joint_venture_does_not_date_it() -> None:
    found = agreements(
        "Leiden University, TNO and Philips have set up a joint venture to build quantum sensors.",
        "Shell signed a supply contract with Qusense B.V. on Tuesday.",
        published=THURSDAY,
    )
    assert ("other", "2026-02-12") in [(a.type, a.date) for a in found]


def test_a_renewal_after_a_relative_clause_of_the_first_signing_gets_its_own_date() -> None:
    found = agreements(
        "Het convenant over stages, dat de Universiteit Leiden en TNO in 2021 sloten, is "
        "vorige maand met drie jaar verlengd.",
        published=THURSDAY,
    )
    assert sorted((a.status, a.date) for a in found) == [
        ("renewed", "2026-01"),
        ("signed", "2021"),
    ]


def test_a_signing_in_the_main_clause_is_not_the_first_signing_of_a_renewal() -> None:
    found = agreements(
        "De Universiteit Leiden en TNO ondertekenden dinsdag een nieuwe overeenkomst, die het "
        "akkoord uit 2016 verlengt.",
        published=THURSDAY,
    )
    assert ("signed", "2026-02-10") in [(a.status, a.date) for a in found]
    assert len([a for a in found if a.date == "2026-02-10"]) == 1


def test_a_renewal_told_done_later_is_not_dated_by_a_coming_day_of_its_first_mention() -> None:
    found = agreements(
        "Wyvern Valley Hospitals NHS Foundation Trust has renewed its teaching partnership with "
        "the University of Exeter and will end its laundry contract with Corvex Data Ltd on "
        "30 June.",
        "The renewed partnership with Exeter, first agreed in 2020, was signed by the two chief "
        "executives on Tuesday.",
        published=THURSDAY,
    )
    dated = {(a.type, a.status, a.date) for a in found}
    assert ("partnership", "renewed", "2026-02-10") in dated
    assert ("termination", "ended", "2026-06-30") in dated


@pytest.mark.parametrize(
    "text",
    [
        "Daarnaast heeft de Universiteit Leiden haar samenwerking met het Nederlands Kanker "
        "Instituut (NKI) op het gebied van klinische beeldvorming en data met vijf jaar verlengd.",
        "Tegelijk maakte de Universiteit Leiden bekend dat het partnerschap met TNO op het gebied "
        "van waterstof met vijf jaar is verlengd.",
    ],
)
def test_a_dutch_renewal_in_the_perfect_takes_the_news_day(text: str) -> None:
    found = agreements(text, published=THURSDAY)
    assert [(a.status, a.date) for a in found] == [("renewed", "2026-02-12")]


def test_a_renewal_that_may_come_takes_no_news_day() -> None:
    found = agreements(
        "Het partnerschap tussen de Universiteit Leiden en TNO kan met vijf jaar worden verlengd.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == [None]


def test_a_standing_tie_is_not_dated_by_the_term_of_its_funding() -> None:
    found = agreements(
        "Leiden University and TNO are also partners in the Delta Water Consortium, which the "
        "European Commission funds for the period 2026-2030.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("ongoing", None)]


def test_a_standing_tie_since_an_academic_year_is_dated_by_its_first_year() -> None:
    found = agreements(
        "De Universiteit Leiden en de TU Delft bieden al sinds het studiejaar 2021-2022 een "
        "gezamenlijke master aan.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("ongoing", "2021")]


def test_a_join_approved_before_it_starts_is_the_plan_dated_by_its_start() -> None:
    found = agreements(
        "Leiden University will join the Water Research Alliance on 1 January 2027, the "
        "alliance said on Tuesday.",
        "Its membership was approved by the alliance's general assembly in Kuala Lumpur last "
        "month.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("planned", "2027-01-01")]


def test_a_join_made_before_it_starts_keeps_its_signing() -> None:
    found = agreements(
        "Leiden University will join the Water Research Alliance on 1 January 2027.",
        "Its membership was signed in Kuala Lumpur last month.",
        published=THURSDAY,
    )
    assert [a.status for a in found] == ["signed"]


@pytest.mark.parametrize(
    ("paragraphs", "day"),
    [
        (
            (
                "Met de ondertekening van de raamovereenkomst tussen de Hogeschool Leiden en het "
                "LUMC krijgen studenten verpleegkunde vanaf september 2027 een vaste stageplek.",
                "De handtekeningen werden dinsdagmiddag gezet in het ziekenhuis.",
            ),
            "2026-02-10",
        ),
        (
            (
                "With the signing of the framework agreement between Leiden University and TNO, "
                "doctoral candidates can work in the institute's labs from September 2027.",
            ),
            "2026-02-12",
        ),
    ],
)
def test_a_signing_told_as_a_noun_is_not_dated_by_what_the_agreement_brings_later(
    paragraphs: tuple[str, ...], day: str
) -> None:
    found = agreements(*paragraphs, published=THURSDAY)
    assert [(a.status, a.date) for a in found] == [("signed", day)]


@pytest.mark.parametrize(
    ("before", "apart"),
    [
        (
            "De Universiteit Leiden en TNO ondertekenden dinsdag een convenant.",
            "Los van het convenant sloot Shell een contract met Philips.",
        ),
        (
            "Leiden University and TNO signed a covenant on Tuesday.",
            "Apart from the covenant, Shell signed a contract with Philips.",
        ),
        (
            "Leiden University and TNO signed a covenant on Tuesday.",
            "Independently of the covenant, Shell signed a contract with Philips.",
        ),
    ],
)
def test_a_deal_told_apart_from_a_named_tie_is_dated_by_the_news(before: str, apart: str) -> None:
    found = agreements(before, apart, published=THURSDAY)
    assert [(a.parties, a.date) for a in found] == [
        (("Leiden University", "TNO"), "2026-02-10"),
        (("Shell", "Philips"), "2026-02-12"),
    ]


@pytest.mark.parametrize(
    "told_after",
    [
        "De convenanten werden dinsdag ondertekend op een boerderij in Dronten.",
        "De ondertekening vond dinsdag plaats bij Philips in Eindhoven, dat zelf geen partij is.",
        "The signing took place on Tuesday at the offices of Philips, which is not a partner.",
    ],
)
def test_the_tie_or_its_signing_named_back_with_a_day_dates_the_signing(told_after: str) -> None:
    found = agreements(
        "Leiden University and TNO have signed agreements on quantum sensing.",
        told_after,
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2026-02-10"]


def test_a_day_of_another_signing_after_another_organisation_does_not_date_it() -> None:
    found = agreements(
        "Leiden University and TNO have signed agreements on quantum sensing.",
        "Philips joined the programme last year; the signing took place on Tuesday.",
        published=THURSDAY,
    )
    assert [a.date for a in found if "TNO" in a.parties] == ["2026-02-12"]
