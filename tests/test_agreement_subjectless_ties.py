"""A tie named by a definite noun with its counterpart and no subject of its own ("The
exchange agreement with A will not be renewed", "Het akkoord met A loopt af") is a tie of
the organisation the page is about; an ending whose making an aside dates is the ending
and, of its own, the signing."""

from __future__ import annotations

import pytest
from agreement_cases import agreements

UU, GHENT, TNO, UPPSALA = "Utrecht University", "Ghent University", "TNO", "Uppsala University"
LEAD = "Utrecht University signed a new agreement with TNO on Monday."
LEAD_NL = "De Universiteit Utrecht tekende maandag een akkoord met TNO."


def told(*paragraphs: str) -> set[tuple[str, frozenset[str], str | None]]:
    return {(a.type, frozenset(a.parties), a.date) for a in agreements(*paragraphs)}


@pytest.mark.parametrize(
    ("lead", "text", "end"),
    [
        (
            LEAD,
            "The exchange agreement with Ghent University will not be renewed when it "
            "expires in July.",
            "2025-07",
        ),
        (
            LEAD_NL,
            "De samenwerking met de Universiteit Gent wordt per 1 juli beëindigd.",
            "2025-07-01",
        ),
    ],
)
def test_an_ending_tie_without_a_subject_is_the_pages_organisations(
    lead: str, text: str, end: str
) -> None:
    assert ("termination", frozenset({UU, GHENT}), end) in told(lead, text)


def test_the_organisation_most_records_are_about_is_the_subject() -> None:
    found = told(
        "Utrecht University and TNO signed an agreement on Monday.",
        "Utrecht University also signed a memorandum with Uppsala University.",
        "The agreement with Ghent University expires in June and will not be renewed.",
    )
    assert ("termination", frozenset({UU, GHENT}), "2025-06") in found
    assert not any(GHENT in parties and UU not in parties for _t, parties, _d in found)


@pytest.mark.parametrize(
    ("lead", "text", "made"),
    [
        (
            LEAD_NL,
            "Het akkoord met de Universiteit Gent, dat in 2016 werd gesloten, loopt eind juni "
            "af en wordt niet verlengd.",
            "2016",
        ),
        (
            LEAD,
            "The covenant with Ghent University, first signed in 2018, expires in June and "
            "will not be renewed.",
            "2018",
        ),
    ],
)
def test_an_ending_with_its_making_in_an_aside_is_two_records(
    lead: str, text: str, made: str
) -> None:
    found = told(lead, text)
    assert ("termination", frozenset({UU, GHENT}), "2025-06") in found
    assert ("agreement", frozenset({UU, GHENT}), made) in found


def test_an_ending_of_another_tie_noun_does_not_end_this_one() -> None:
    found = told(
        LEAD, "The new agreement with Ghent University replaces the memorandum that expired."
    )
    assert {t for t, parties, _d in found if parties == frozenset({UU, GHENT})} == {"agreement"}


@pytest.mark.parametrize(
    "text",
    [
        # No counterpart right after "with": a description that runs on to a funder.
        "The partnerships with Dutch members are funded by NWO.",
        # No definite tie noun before "with": working with someone is no known tie.
        "Researchers worked with Ghent University on the samples.",
    ],
)
def test_no_subjectless_tie_without_a_counterpart_or_a_definite_noun(text: str) -> None:
    assert told(LEAD, text) == {("agreement", frozenset({UU, TNO}), "2025-03-10")}


@pytest.mark.parametrize(
    "text",
    [
        "Met de Universiteit Gent loopt sinds 2023 een gezamenlijk onderzoeksproject.",
        "Met de Universiteit Gent bestaat al jaren een samenwerking rond sensoren.",
        "Met de Universiteit Gent liep tot vorig jaar een project over waterkwaliteit.",
    ],
)
def test_a_tie_running_with_a_fronted_counterpart_is_the_pages_organisations(text: str) -> None:
    found = told(LEAD_NL, text)
    assert any(parties == frozenset({UU, GHENT}) for _t, parties, _d in found)
    assert not any(GHENT in parties and UU not in parties for _t, parties, _d in found)


@pytest.mark.parametrize(
    "text",
    [
        # Where a project runs is no partner.
        "Bij de Universiteit Gent loopt sinds 2023 een onderzoeksproject.",
        # A project running at a partner is told with its own subject.
        "Met de Universiteit Gent voert Uppsala University sinds 2023 een project uit.",
    ],
)
def test_a_running_project_without_a_fronted_counterpart_is_not_the_pages(text: str) -> None:
    found = told(LEAD_NL, text)
    assert not any(parties == frozenset({UU, GHENT}) for _t, parties, _d in found)
