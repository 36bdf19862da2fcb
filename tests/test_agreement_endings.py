"""Endings worded the way real news words them beyond "end" and "terminate": a tie that goes
on no longer, is left, broken off, given notice or comes to its end; talks and mergers that
fail; joint programmes that stop. Invented sentences, English and Dutch."""

from __future__ import annotations

from datetime import date

import pytest
from agreement_cases import agreements


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht University will no longer work with Shell.",
        "Utrecht University won't collaborate with Shell any longer.",
        "De Universiteit Utrecht gaat niet langer samenwerken met Shell.",
        "De Universiteit Utrecht werkt niet meer samen met Shell.",
        "De Universiteit Utrecht verbreekt de banden met Shell.",
        "Utrecht University exits its research partnership with Shell.",
        "Utrecht University is pulling out of its partnership with Shell.",
        "De Universiteit Utrecht trekt zich terug uit het partnerschap met Shell.",
        "De samenwerking tussen de Universiteit Utrecht en Shell komt ten einde.",
        "De Universiteit Utrecht maakt een einde aan de samenwerking met Shell.",
        "Utrecht University broke off ties with Shell.",
        "Utrecht University has ceased its collaboration with Shell.",
        "Merger talks between Utrecht University and Leiden University have collapsed.",
        "Utrecht University and Leiden University called a halt to their merger talks.",
        "The merger of Utrecht University and Leiden University is off the table.",
        "De fusie tussen de Universiteit Utrecht en de Universiteit Leiden is afgeketst.",
        "De Universiteit Utrecht en de Universiteit Leiden staken de fusiegesprekken.",
        "The joint master's of Utrecht University and Leiden University will stop admitting "
        "students in 2026.",
        "The joint degree of Utrecht University and Leiden University ends in 2027.",
        "De Universiteit Utrecht en de Universiteit Leiden stoppen met hun gezamenlijke "
        "bacheloropleiding.",
        "Utrecht University and Leiden University will stop offering their joint master's.",
        # Mergers and groups undone.
        "Utrecht University and Leiden University will demerge their medical schools.",
        "The boards of Utrecht University and Leiden University decided to reverse the merger.",
        "Het Erasmus MC en het IJsselland Ziekenhuis gaan uit elkaar.",
        "De alliantie van de Universiteit Utrecht en de Universiteit Leiden wordt opgeheven.",
    ],
)
def test_an_ending_in_the_words_of_real_news_is_a_termination(text: str) -> None:
    found = agreements(text)
    assert [a.type for a in found] == ["termination"]
    assert [a.status for a in found] == ["ended"]


@pytest.mark.parametrize(
    "text",
    [
        # Neither "longer" nor "ends" nor "failed" ends anything here.
        "Utrecht University and Shell have worked together for longer than ten years.",
        "De Universiteit Utrecht en Shell werken al langer samen.",
        "The joint programme of Utrecht University and Leiden University ends with an internship.",
        "Utrecht University and Leiden University will merge; the talks failed to stop them.",
    ],
)
def test_words_near_an_ending_that_end_nothing(text: str) -> None:
    found = agreements(text)
    assert found and all(a.type != "termination" for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "De Universiteit Utrecht en Shell richten samen een bedrijf op voor waterstof.",
        "Utrecht University and Shell have set up a joint company to develop hydrogen storage.",
        "Utrecht University and Shell signed the deed of incorporation of Utrecht Hydrogen BV.",
        "De Universiteit Utrecht en Shell tekenden de oprichtingsakte van Utrecht Waterstof BV.",
        "Utrecht University and Shell have set up a company together.",
    ],
)
def test_a_company_founded_together_is_a_joint_venture(text: str) -> None:
    assert [a.type for a in agreements(text)] == ["other"]


def test_working_together_with_start_ups_is_no_joint_venture() -> None:
    found = agreements(
        "Utrecht University and Shell work together on joint research with start-ups."
    )
    assert [a.type for a in found] == ["collaboration"]


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht University and Shell have exchanged master's students since 2019.",
        "De Universiteit Utrecht en Shell wisselen sinds 2015 onderzoekers uit.",
        "De Universiteit Utrecht en Shell werken al sinds 2021 met een gedeelde equipe van "
        "ingenieurs.",
    ],
)
def test_exchanging_people_or_sharing_a_team_is_working_together(text: str) -> None:
    assert [a.type for a in agreements(text)] == ["collaboration"]


def test_what_an_agreement_will_bring_is_no_tie_of_its_own() -> None:
    found = agreements(
        "Utrecht University and Shell signed a memorandum of understanding on Monday.",
        "Until then, they will exchange researchers and share models.",
    )
    assert [a.type for a in found] == ["mou"]


def test_a_tie_that_ended_is_a_termination_when_hyphenated_words_stand_between() -> None:
    cases = (
        "Leiden University's earlier partnership with TNO on low-carbon steel ended in June.",
        "The collaboration of Delft University of Technology with Philips on state-of-the-art "
        "scanners ends at the end of the year.",
    )
    for text in cases:
        found = agreements(text, published=date(2026, 9, 17))
        assert [(a.type, a.status) for a in found] == [("termination", "ended")], text


@pytest.mark.parametrize(
    "text",
    [
        "The partnership between Leiden University and TNO, a Delft data company, ended in June "
        "2025 when neither side renewed the contract.",
        "De Universiteit Leiden en TNO verlengen hun samenwerkingsovereenkomst rond waterstof "
        "niet.",
        "Leiden University did not renew its exchange agreement with TNO.",
    ],
)
def test_a_renewal_denied_is_a_termination(text: str) -> None:
    assert {(a.type, a.status) for a in agreements(text)} == {("termination", "ended")}


def test_a_dutch_renewal_that_is_not_only_a_renewal_stays_one() -> None:
    text = (
        "De Universiteit Leiden en TNO verlengen hun samenwerking niet alleen, ze breiden haar uit."
    )
    assert {a.status for a in agreements(text)} == {"renewed"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Utrecht University has put its student exchange agreement with the University of "
            "Ghent in Belgium on hold since March, pending a review of its costs.",
            "2026-03",
        ),
        (
            "De samenwerking van de Universiteit Utrecht met Shell rond waterstofonderzoek in "
            "Groningen ligt sinds maart stil.",
            "2026-03",
        ),
        (
            "De uitwisselingsovereenkomst, tussen de Universiteit Utrecht en Shell, ligt sinds "
            "maart stil.",
            "2026-03",
        ),
        (
            "Het convenant van de Universiteit Utrecht met Shell werd op 3 april stilgelegd.",
            "2026-04-03",
        ),
        (
            "The research partnership between Utrecht University and Shell has been on hold "
            "since March.",
            "2026-03",
        ),
    ],
)
def test_a_tie_on_hold_or_lying_still_is_suspended_and_dated_by_its_start(
    text: str, day: str
) -> None:
    found = agreements(text, published=date(2026, 5, 20))
    assert [(a.type, a.status, a.date) for a in found] == [("termination", "ended", day)]


def test_a_building_lying_still_ends_no_tie() -> None:
    found = agreements(
        "De Universiteit Utrecht en Shell werken samen aan een lab; de bouw ligt sinds maart stil.",
        published=date(2026, 5, 20),
    )
    assert [a.type for a in found] != ["termination"]
