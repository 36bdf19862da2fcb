"""Dates in a signing's sentence that are not the signing's: a year at one end of a range
("for the period 2026-2030") tells the term the tie runs for; "since 2015" told aside (", which
have worked together since 2015,") tells the standing tie the signing builds on."""

from __future__ import annotations

from datetime import date

from agreement_cases import agreements

THURSDAY = date(2026, 2, 12)


def test_a_term_told_as_a_range_does_not_date_a_signing() -> None:
    english = agreements(
        "Leiden University and TNO have signed a framework agreement for the period 2026-2030.",
        published=THURSDAY,
    )
    dutch = agreements(
        "De Universiteit Leiden en TNO hebben hun convenant verlengd voor 2026–2031.",
        published=THURSDAY,
    )
    assert [a.date for a in english] == ["2026-02-12"]
    assert [a.date for a in dutch] == ["2026-02-12"]


def test_a_year_alone_still_dates_a_signing() -> None:
    found = agreements("Leiden University and TNO signed an agreement in 2019.")
    assert [a.date for a in found] == ["2019"]


def test_a_standing_tie_told_aside_does_not_date_the_signing() -> None:
    english = agreements(
        "Leiden University and TNO, which have worked together since 2015, have signed a "
        "framework agreement.",
        published=THURSDAY,
    )
    dutch = agreements(
        "De Universiteit Leiden en TNO, die sinds 2015 samenwerken, hebben een "
        "raamovereenkomst getekend.",
        published=THURSDAY,
    )
    for found in (english, dutch):
        assert sorted((a.type, a.status, a.date) for a in found) == [
            ("agreement", "signed", "2026-02-12"),
            ("collaboration", "ongoing", "2015"),
        ]


def test_a_since_date_of_the_signing_clause_itself_stays() -> None:
    found = agreements(
        "Het Reinier de Graaf Gasthuis, dat sinds 2019 met het LUMC samenwerkt, overweegt zich "
        "later bij de opleiding aan te sluiten.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2019"]


def test_a_date_in_a_relative_clause_told_aside_belongs_to_the_older_tie() -> None:
    english = agreements(
        "The strategic agreement between Leiden University and TNO, which builds on the "
        "memorandum the two signed in April 2021, was signed on Tuesday.",
        published=THURSDAY,
    )
    dutch = agreements(
        "De nieuwe overeenkomst tussen de Universiteit Leiden en TNO, die voortbouwt op de "
        "intentieverklaring uit 2021, werd dinsdag ondertekend.",
        published=THURSDAY,
    )
    # The signing is Tuesday's; the memorandum it builds on is a record of its own, with
    # the clause's date (agreements/foundations.py).
    assert [(a.type, a.date) for a in english] == [("agreement", "2026-02-10"), ("mou", "2021-04")]
    assert [(a.type, a.date) for a in dutch] == [("agreement", "2026-02-10"), ("mou", "2021")]


def test_a_tie_told_in_the_relative_clause_keeps_its_own_date() -> None:
    found = agreements(
        "Leiden University, which joined the League of European Research Universities in 2016, "
        "will leave the network at the end of the year.",
        published=THURSDAY,
    )
    assert "2016" in [a.date for a in found]


def test_an_agreement_that_builds_on_a_memorandum_is_an_agreement() -> None:
    found = agreements(
        "Leiden University and TNO signed a research agreement on Tuesday that builds on the "
        "memorandum of understanding they signed in 2023."
    )
    assert ("agreement", "signed") in [(a.type, a.status) for a in found]
    assert ("mou", "2023") in [(a.type, a.date) for a in found]
    found = agreements(
        "The agreement, which builds on a memorandum of understanding signed in 2021, was "
        "signed by Leiden University and TNO on Tuesday."
    )
    assert [a.type for a in found][0] == "agreement"


def test_new_agreements_that_build_on_a_standing_tie_state_that_tie() -> None:
    found = agreements(
        "The new agreements build on the collaboration of Leiden University with TNO."
    )
    assert [a.type for a in found] == ["collaboration"]
