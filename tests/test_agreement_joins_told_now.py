"""A join told in the present, as news ("X sluit zich aan bij het partnerschap", "X becomes
a member of G"): a signing on the day of the news, or planned from the start told after it;
never a standing tie without a date."""

from __future__ import annotations

from datetime import date

from agreement_cases import agreements

THURSDAY = date(2026, 2, 12)


def test_a_dutch_join_beside_a_renewal_takes_the_renewals_day() -> None:
    found = agreements(
        "De Universiteit Leiden en TNO hebben gisteren hun partnerschap rond quantumsensoren "
        "met vijf jaar verlengd.",
        "Nieuw is dat ook Naturalis zich bij het partnerschap aansluit.",
        published=THURSDAY,
    )
    joined = [a for a in found if "Naturalis Biodiversity Center" in a.parties]
    assert [(a.status, a.date) for a in joined] == [("signed", "2026-02-11")]


def test_a_join_without_other_news_takes_the_publication_day() -> None:
    found = agreements(
        "Naturalis Biodiversity Center becomes a member of the Leiden-Delft-Erasmus alliance.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("signed", "2026-02-12")]


def test_a_dutch_join_with_a_start_told_after_is_planned_from_that_day() -> None:
    found = agreements(
        "Nieuw is dat het Haaglanden Medisch Centrum partner wordt van Medical Delta.",
        "Vanaf 1 januari 2027 kan het ziekenhuis eigen studies via het netwerk laten lopen.",
        published=THURSDAY,
    )
    joined = [a for a in found if "Haaglanden Medisch Centrum" in a.parties]
    assert [(a.status, a.date) for a in joined] == [("planned", "2027-01-01")]


def test_a_membership_told_as_a_state_stays_a_standing_tie() -> None:
    found = agreements(
        "Naturalis Biodiversity Center is a member of the Leiden-Delft-Erasmus alliance.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("ongoing", None)]


def test_an_admission_takes_the_day_of_the_vote_told_after_it() -> None:
    found = agreements(
        "Naturalis Biodiversity Center has been admitted to Medical Delta, a network of "
        "universities and hospitals in the region.",
        "It was accepted as the network's sixth member at its annual meeting on 3 February. "
        "The vote was unanimous.",
        published=THURSDAY,
    )
    joined = [a for a in found if "Naturalis Biodiversity Center" in a.parties]
    assert [(a.status, a.date) for a in joined] == [("signed", "2026-02-03")]


def test_a_dutch_join_takes_the_day_of_the_decision_told_after_it() -> None:
    found = agreements(
        "Ook TNO treedt toe tot Medical Delta.",
        "Het bestuur van het netwerk besloot dat dinsdag.",
        published=THURSDAY,
    )
    joined = [a for a in found if "TNO" in a.parties]
    assert [(a.status, a.date) for a in joined] == [("signed", "2026-02-10")]
