"""The year of a day or weekday told without one, when a verb of ending or going on in the
present puts it ahead ("expires on 31 December", "verlaat op 31 december", "continues on
Thursday"): the coming one, not the nearest."""

from __future__ import annotations

from datetime import date

import pytest

from scraper.extract.dates.find import find_dates

FEBRUARY = date(2026, 2, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The agreement, which expires on 31 December, will not be renewed.", "2026-12-31"),
        ("AZ Herentals verlaat op 31 december het ziekenhuisnetwerk.", "2026-12-31"),
        ("De overeenkomst verloopt op 31 december en wordt niet verlengd.", "2026-12-31"),
        ("The university leaves the network on 31 December.", "2026-12-31"),
        ("The mission continues in Ghent on Thursday with a forum.", "2026-02-12"),
        ("De opleiding stopt op 31 december.", "2026-12-31"),
    ],
)
def test_an_ending_told_in_the_present_is_ahead(text: str, value: str) -> None:
    found = find_dates(text, reference=FEBRUARY, languages=("en", "nl"))
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The agreement expired on 31 December.", "2025-12-31"),
        ("The delegation met the minister on Thursday.", "2026-02-05"),
    ],
)
def test_the_same_told_in_the_past_stays_behind(text: str, value: str) -> None:
    found = find_dates(text, reference=FEBRUARY, languages=("en", "nl"))
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("The university will leave the network at the end of the year.", "2026-07", "half"),
        ("Het akkoord wordt aan het eind van het jaar getekend.", "2026-07", "half"),
        ("In the first half of the year the two partners met twice.", "2026-01", "half"),
        ("The agreement ends at the end of March.", "2026-03", "month"),
        ("De gesprekken beginnen eind maart.", "2026-03", "month"),
    ],
)
def test_the_end_of_the_year_and_of_a_month(text: str, value: str, precision: str) -> None:
    found = find_dates(text, reference=FEBRUARY, languages=("en", "nl"))
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The deal builds on a letter Ghent University signed with TNO in March.", "2025-03"),
        ("De afspraken bouwen voort op een brief die TNO ondertekende in maart.", "2025-03"),
    ],
)
def test_a_month_told_past_with_words_between_verb_and_month(text: str, value: str) -> None:
    reference = date(2025, 9, 15)  # nearest March would be March 2026
    found = find_dates(text, reference=reference, languages=("en", "nl"))
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Het bestuur besloot vorige week de samenwerking met ingang van 1 september te "
            "beëindigen.",
            "2026-09-01",
        ),
        ("The board voted last week to end the contract with effect from 30 June.", "2026-06-30"),
        ("The trust decided on Monday to leave the network, effective 1 July.", "2026-07-01"),
        # Without such words, a day told in the past is the latest one before the news.
        ("Het bestuur besloot op 1 september de samenwerking te beëindigen.", "2025-09-01"),
    ],
)
def test_a_day_it_takes_effect_is_ahead_in_a_sentence_told_in_the_past(
    text: str, value: str
) -> None:
    found = [d for d in find_dates(text, reference=FEBRUARY) if d.precision == "day"]
    assert [d.value for d in found][-1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A past verb with a long object before the month: the latest March.
        (
            "Saxion also joined the national robotics network in March, as the first of its kind.",
            "2026-03",
        ),
        # A future cue in the clause keeps the coming one.
        ("The students who started their studies will graduate in March.", "2027-03"),
        ("The company, which was founded in 2019, opens its lab in March.", "2027-03"),
    ],
)
def test_a_bare_month_in_a_clause_told_in_the_past_is_the_latest_one(text: str, value: str) -> None:
    october = date(2026, 10, 29)
    found = [d for d in find_dates(text, reference=october) if d.precision == "month"]
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Een definitieve overeenkomst volgt naar verwachting in het najaar.", "2026-09"),
        ("A formal agreement is expected in the autumn.", "2026-09"),
        ("The new lab is due in the summer.", "2026-06"),
    ],
)
def test_a_season_expected_is_the_coming_one(text: str, value: str) -> None:
    march = date(2026, 3, 11)
    assert [d.value for d in find_dates(text, reference=march)] == [value]


OCTOBER = date(2026, 10, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The particle closes the clause after the date, or a phrase follows it.
        ("Hogeschool Zeeland sluit zich op 1 juli bij het consortium aan.", "2027-07-01"),
        ("Hogeschool Zeeland sluit zich op 1 juli aan bij het consortium.", "2027-07-01"),
        ("De laatste cursisten ronden op 15 juni hun opleiding af.", "2027-06-15"),
        ("De samenwerking vangt op 1 augustus aan, zo meldt de gemeente.", "2027-08-01"),
        # The particle right after the verb, before the date.
        ("Het convenant met de gemeente loopt af op 30 juni.", "2027-06-30"),
        # A bare month.
        ("De hogeschool treedt in juni toe tot het netwerk.", "2027-06"),
    ],
)
def test_a_dutch_separable_verb_in_the_present_is_ahead(text: str, value: str) -> None:
    found = find_dates(text, reference=OCTOBER, languages=("en", "nl"))
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hogeschool Zeeland sloot zich op 1 juli bij het consortium aan.", "2026-07-01"),
        ("De laatste cursisten rondden op 15 juni hun opleiding af.", "2026-06-15"),
        ("Het convenant met de gemeente liep af op 30 juni.", "2026-06-30"),
        ("De hogeschool trad in juni toe tot het netwerk.", "2026-06"),
        # The date's own preposition right after the verb is no particle of it.
        # ("houdt ... op" is a separable verb: "op" before the date is its preposition.)
        ("Het bestuur houdt op 1 juli een extra vergadering.", "2026-07-01"),
    ],
)
def test_the_same_separable_verbs_in_the_past_stay_behind(text: str, value: str) -> None:
    found = find_dates(text, reference=OCTOBER, languages=("en", "nl"))
    assert [d.value for d in found] == [value]
