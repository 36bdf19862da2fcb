"""A year at one end of a range in a signing or renewal ("for the period 2026-2030") tells
the term the tie runs for, not the day it was signed."""

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
