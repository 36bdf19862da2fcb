"""Mergers called off as regional news words them, with the parties' full names between the
noun and the verb ("De fusie tussen het St. X in A en het Y in B gaat niet door"), the noun
before the verb of ending ("besloten het fusietraject te stoppen"), "er komt geen fusie",
talks that ended; "the end of the year", a time, not an ending; and the merger accord
("fusieakkoord"), the merger itself; Flemish "zet de samenwerking stop", "stopzetten" and
programmes phased out ("uitgefaseerd"). Invented sentences, English and Dutch."""

from __future__ import annotations

import pytest
from agreement_cases import agreements


@pytest.mark.parametrize(
    "text",
    [
        "De voorgenomen fusie tussen het Laurentius Ziekenhuis in Roermond en het VieCuri "
        "Medisch Centrum in Venlo gaat niet door.",
        "De raden van bestuur van het Laurentius Ziekenhuis en VieCuri besloten het "
        "fusietraject te stoppen.",
        "Er komt geen fusie tussen het Laurentius Ziekenhuis en VieCuri.",
        "Dat er geen fusie komt, melden het Laurentius Ziekenhuis en VieCuri.",
        "De fusiegesprekken tussen het Laurentius Ziekenhuis en VieCuri zijn gestopt.",
        "The merger of Utrecht University and Delft University of Technology has been cancelled.",
        "The merger talks between Utrecht University and Delft University of Technology ended "
        "without a deal.",
    ],
)
def test_a_merger_called_off_is_a_termination(text: str) -> None:
    found = agreements(text)
    assert [a.type for a in found] == ["termination"]
    assert [a.status for a in found] == ["ended"]


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht University and Delft University of Technology expect to sign the full "
        "contract by the end of the year.",
        "Utrecht University and Delft University of Technology will sign a contract at the end "
        "of March.",
        "The merger ended a decade of rivalry between Utrecht University and Delft University "
        "of Technology.",
    ],
)
def test_the_end_of_a_period_ends_nothing(text: str) -> None:
    found = agreements(text)
    assert found
    assert all(a.type != "termination" for a in found)


def test_a_partnership_that_will_end_is_still_an_ending() -> None:
    found = agreements(
        "The partnership between Utrecht University and Delft University of Technology will "
        "end in 2027."
    )
    assert [(a.type, a.date) for a in found] == [("termination", "2027")]


def test_a_merger_accord_is_the_merger_itself() -> None:
    found = agreements(
        "De raden van bestuur van Hogeschool PXL en UC Leuven-Limburg hebben maandagavond het "
        "fusieakkoord goedgekeurd."
    )
    assert [(a.type, a.status) for a in found] == [("other", "signed")]


def test_a_merger_contract_stays_an_agreement() -> None:
    found = agreements(
        "AZ Sint-Jan Brugge en AZ Sint-Lucas Brugge hebben gisteren hun fusieovereenkomst "
        "ondertekend."
    )
    assert [a.type for a in found] == ["agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "KU Leuven en de Universiteit Gent zetten hun gezamenlijke masteropleiding stop.",
        "KU Leuven zet de samenwerking met de Universiteit Gent stop.",
        "KU Leuven en de Universiteit Gent gaan de gezamenlijke master stopzetten.",
        "Het bestuur van KU Leuven besliste de plannen met de Universiteit Gent stop te zetten.",
        "De gezamenlijke master van KU Leuven en de Universiteit Gent wordt uitgefaseerd.",
        "KU Leuven en de Universiteit Gent faseren hun gezamenlijke master uit.",
    ],
)
def test_a_tie_stopped_or_phased_out_in_flemish_words_is_a_termination(text: str) -> None:
    assert [(a.type, a.status) for a in agreements(text)] == [("termination", "ended")]


@pytest.mark.parametrize(
    "text",
    [
        "KU Leuven zet een nieuwe stap in de samenwerking met de Universiteit Gent.",
        "KU Leuven zet de samenwerking met de Universiteit Gent voort, zonder stop.",
    ],
)
def test_a_step_or_a_stop_elsewhere_ends_nothing(text: str) -> None:
    found = agreements(text)
    assert found
    assert all(a.type != "termination" for a in found)


def test_an_agreement_that_will_end_with_a_long_name_between_is_an_ending() -> None:
    found = agreements(
        "A distribution agreement between Leiden University and the Swiss laboratory chain "
        "Labor Rheintal AG will end on 30 June, the university said."
    )
    assert [(a.type, a.date) for a in found] == [("termination", "2025-06-30")]
