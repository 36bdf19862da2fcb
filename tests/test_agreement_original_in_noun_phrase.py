"""A renewal or an ending whose noun phrase dates the making of the tie it renews or ends
("the agreement they signed in 2019", "their 2019 research agreement", "the 2018 agreement,
which ends this year") is two records: the original, signed that year, and the renewal or
the ending, dated by the rest of the sentence. A renewal dated in a past year by its own
verb stays one record."""

from __future__ import annotations

import pytest
from agreement_cases import agreements

LEIDEN, GHENT = "Leiden University", "Ghent University"


def records(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    return {
        (a.type, a.status, a.date)
        for a in agreements(*paragraphs)
        if set(a.parties) == {LEIDEN, GHENT}
    }


@pytest.mark.parametrize(
    ("text", "original", "later"),
    [
        (
            "Leiden University and Ghent University renewed the exchange agreement they signed "
            "in 2019.",
            ("agreement", "signed", "2019"),
            ("agreement", "renewed", "2025-03-12"),
        ),
        (
            "Leiden University and Ghent University have extended their 2019 research "
            "agreement by five years.",
            ("agreement", "signed", "2019"),
            ("agreement", "renewed", "2025-03-12"),
        ),
        (
            "Leiden University and Ghent University renewed their memorandum of understanding "
            "from 2020 on Tuesday.",
            ("mou", "signed", "2020"),
            ("mou", "renewed", "2025-03-11"),
        ),
        (
            "The 2018 agreement between Leiden University and Ghent University, which ends "
            "this year, will not be renewed.",
            ("agreement", "signed", "2018"),
            ("termination", "ended", "2025"),
        ),
        (
            "The agreement that Leiden University and Ghent University signed in 2017 "
            "expires at the end of this year.",
            ("agreement", "signed", "2017"),
            ("termination", "ended", "2025-07"),
        ),
        (
            "De Universiteit Leiden en de Universiteit Gent hebben de overeenkomst die ze in "
            "2019 sloten dinsdag met vijf jaar verlengd.",
            ("agreement", "signed", "2019"),
            ("agreement", "renewed", "2025-03-11"),
        ),
        (
            "Leiden University has terminated its 2017 cooperation agreement with Ghent "
            "University.",
            ("agreement", "signed", "2017"),
            ("termination", "ended", "2025-03-12"),
        ),
    ],
)
def test_the_making_told_in_the_noun_phrase_is_a_record_of_its_own(
    text: str, original: tuple[str, str, str], later: tuple[str, str, str]
) -> None:
    found = records(text)
    assert original in found
    assert later in found


@pytest.mark.parametrize(
    "text",
    [
        # The past year is the renewal's own date, not the making.
        "Leiden University and Ghent University renewed their exchange agreement in 2023.",
        # The making is told already, by its own verb, beside the renewal's.
        "The agreement between Leiden University and Ghent University was signed in 2014 and "
        "last renewed in 2020.",
    ],
)
def test_a_renewal_dated_by_its_own_verb_gives_no_second_making(text: str) -> None:
    found = records(text)
    assert not any(status == "signed" and date == "2023" for _t, status, date in found)
    assert ("agreement", "signed", "2020") not in found
