"""The date of an ending: the day it takes effect, told after the decision, beats the day
of the decision; an ending that takes effect at once ("per direct", "with immediate
effect") is dated by the news."""

from __future__ import annotations

from datetime import date

import pytest
from agreement_cases import agreements

THURSDAY = date(2026, 2, 12)


def test_the_day_an_ending_takes_effect_told_after_beats_the_decision_day() -> None:
    found = agreements(
        "The boards of Leiden University and TNO voted on Tuesday evening to dissolve their "
        "joint venture.",
        "The separation will take effect on 31 March 2027.",
        published=THURSDAY,
    )
    assert [a.date for a in found if a.type == "termination"] == ["2027-03-31"]


def test_a_dutch_ending_told_after_the_decision_takes_its_day() -> None:
    found = agreements(
        "De besturen van de Universiteit Leiden en TNO besloten dinsdag de samenwerking te "
        "beëindigen.",
        "De samenwerking stopt definitief op 1 september 2026.",
        published=THURSDAY,
    )
    assert [a.date for a in found if a.type == "termination"] == ["2026-09-01"]


def test_a_decision_day_stays_when_no_day_of_effect_is_told() -> None:
    found = agreements(
        "The boards of Leiden University and TNO voted on Tuesday evening to dissolve their "
        "joint venture.",
        "The decision follows a review of the costs.",
        published=THURSDAY,
    )
    assert [a.date for a in found if a.type == "termination"] == ["2026-02-10"]


def test_a_suspension_with_immediate_effect_is_dated_by_the_news() -> None:
    dutch = agreements(
        "De Universiteit Leiden en TNO schorten hun samenwerking per direct op.",
        published=THURSDAY,
    )
    english = agreements(
        "Leiden University has put its partnership with TNO on hold with immediate effect.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in dutch] == [("termination", "2026-02-12")]
    assert [(a.type, a.date) for a in english] == [("termination", "2026-02-12")]


def test_a_merger_given_up_is_a_termination() -> None:
    for text in (
        "Leiden University and TNO have decided not to proceed with the merger.",
        "Leiden University and TNO said they would not move forward with a merger.",
        "Leiden University and TNO have broken off merger talks.",
        "De joint venture van de Universiteit Leiden en TNO houdt op te bestaan.",
    ):
        assert [a.type for a in agreements(text, published=THURSDAY)] == ["termination"], text


def test_a_merger_that_goes_on_is_no_termination() -> None:
    found = agreements("Leiden University and TNO will proceed with the merger.")
    assert [a.type for a in found] == ["other"]


def test_an_ending_in_the_same_sentence_as_its_decision_takes_the_day_it_takes_effect() -> None:
    cases = [
        (
            "The board of Leiden University voted on Tuesday to terminate its agreement with "
            "TNO with effect from 30 June.",
            "2026-06-30",
        ),
        (
            "Leiden University decided on Tuesday to end its partnership with TNO, effective "
            "1 July.",
            "2026-07-01",
        ),
        (
            "Het bestuur van de Universiteit Leiden besloot dinsdag de samenwerking met TNO met "
            "ingang van 1 september te beëindigen.",
            "2026-09-01",
        ),
    ]
    for text, day in cases:
        found = agreements(text, published=THURSDAY)
        assert [(a.type, a.date) for a in found] == [("termination", day)], text


def test_a_tie_told_only_with_its_end_is_one_termination() -> None:
    found = agreements(
        "The new memorandum takes the place of a student exchange arrangement between Leiden "
        "University and TNO, which lapsed in November 2025.",
        published=THURSDAY,
    )
    assert [(a.type, a.status, a.date) for a in found] == [("termination", "ended", "2025-11")]


def test_a_tie_told_with_its_making_and_its_end_is_two_records() -> None:
    found = agreements(
        "Leiden University's covenant with TNO from 2019, which expired on 30 June 2025, served "
        "as a model.",
        published=THURSDAY,
    )
    assert sorted((a.type, a.date) for a in found) == [
        ("agreement", "2019"),
        ("termination", "2025-06-30"),
    ]


def test_an_ending_told_in_the_past_takes_the_day_it_expired_not_the_decision() -> None:
    found = agreements(
        "Leiden University and TNO decided in June 2025 not to continue their cooperation; the "
        "agreement expired on 31 December 2025.",
        published=THURSDAY,
    )
    assert [a.date for a in found if a.type == "termination"] == ["2025-12-31"]


def test_a_dutch_ending_told_in_the_past_takes_the_day_it_ran_out() -> None:
    found = agreements(
        "Met TNO besloot de Universiteit Leiden in juni 2025 de afspraken niet voort te zetten; "
        "de overeenkomst liep af op 31 december 2025.",
        published=THURSDAY,
    )
    assert [a.date for a in found if a.type == "termination"] == ["2025-12-31"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Separately, Leiden University has suspended its exchange agreement with TNO since "
            "January, citing unpaid fees.",
            "2026-01",
        ),
        (
            "De uitwisseling tussen de Universiteit Leiden en TNO is sinds januari opgeschort.",
            "2026-01",
        ),
        (
            "De samenwerking tussen de Universiteit Leiden en TNO ligt sinds maandag stil, omdat "
            "TNO de betalingen heeft opgeschort.",
            "2026-02-09",
        ),
    ],
)
def test_a_suspension_that_goes_on_since_a_date_is_dated_by_it(text: str, day: str) -> None:
    found = agreements(text, published=THURSDAY)
    assert [(a.type, a.date) for a in found] == [("termination", day)]


def test_a_tie_offered_since_a_year_is_the_origin_of_its_suspension() -> None:
    found = agreements(
        "Leiden University has suspended the joint degree it has offered with TNO since 2014.",
        published=THURSDAY,
    )
    assert {(a.type, a.date) for a in found} == {
        ("termination", "2026-02-12"),
        ("joint_programme", "2014"),
    }
