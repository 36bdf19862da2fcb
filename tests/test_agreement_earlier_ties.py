"""Mentions of one pair told with a year before the news are the earlier tie the news builds
on or replaces: a record of their own, never merged into (nor dating) the news."""

from __future__ import annotations

from datetime import date

from agreement_cases import agreements

FRIDAY = date(2026, 10, 16)

FILLER = (
    "The rectors spoke of a milestone for the region.",
    "Students will notice the first results next year.",
    "A symposium on the themes is planned for the spring.",
)


def _told(found: tuple) -> set[tuple[str, str | None]]:
    return {(a.type, a.date) for a in found}


def test_an_older_memorandum_the_new_agreement_replaces_is_a_record_of_its_own() -> None:
    found = agreements(
        "Maastricht University and Zuyd Hogeschool signed a research agreement on Monday.",
        *FILLER,
        "The agreement replaces a memorandum of understanding that Maastricht University and "
        "Zuyd Hogeschool first signed in 2017.",
        published=FRIDAY,
    )
    assert _told(found) == {("agreement", "2026-10-12"), ("mou", "2017")}


def test_contracts_concluded_since_a_year_are_apart_from_the_framework_agreement() -> None:
    found = agreements(
        "Leiden University and TNO signed a framework agreement on Monday.",
        *FILLER,
        "The agreement builds on the project contracts that Leiden University and TNO have "
        "concluded since 2016.",
        published=FRIDAY,
    )
    assert _told(found) == {("agreement", "2026-10-12"), ("agreement", "2016")}


def test_working_together_since_a_year_beside_a_new_memorandum_is_the_collaboration() -> None:
    found = agreements(
        "Delft University of Technology has signed a memorandum of understanding with TNO.",
        *FILLER,
        "Delft University of Technology has worked with TNO since 2015, and this memorandum "
        "puts that on paper.",
        published=FRIDAY,
    )
    assert _told(found) == {("mou", "2026-10-16"), ("collaboration", "2015")}


def test_a_renewal_and_the_founding_year_told_after_it_are_two_records() -> None:
    found = agreements(
        "Utrecht University, Wageningen University and Radboud University renewed their "
        "alliance for food research on Tuesday.",
        *FILLER,
        "The three universities formed the alliance in 2011 to share field laboratories.",
        published=FRIDAY,
    )
    assert {(a.status, a.date) for a in found} == {("renewed", "2026-10-13"), ("signed", "2011")}


def test_mentions_of_the_news_in_its_own_year_stay_one_record() -> None:
    found = agreements(
        "Leiden University and TNO signed a framework agreement on Monday.",
        *FILLER,
        "The agreement was prepared in January 2026 and runs until 2031.",
        published=FRIDAY,
    )
    assert len([a for a in found if a.type == "agreement"]) == 1
