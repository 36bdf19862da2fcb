"""Government departments by their head and portfolio (``_department_candidates``): the
British "Department for X", "Department of <a government's portfolio>" and the Flemish
"Departement X" are organisations; a university's department is not."""

from __future__ import annotations

import pytest

from scraper.extract.organisations.gazetteer import load_gazetteer
from scraper.extract.organisations.mentions import find_mentions, organisations_from


def names(*units: str) -> set[str]:
    return {o.name for o in organisations_from(find_mentions(list(units), load_gazetteer()))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A spokesperson for the Department for Education said so.", "Department for Education"),
        (
            "The Department for Science, Innovation and Technology signed it.",
            "Department for Science, Innovation and Technology",
        ),
        ("The Department for the Economy funds the lab.", "Department for the Economy"),
        (
            "The Department of Health and Social Care was consulted.",
            "Department of Health and Social Care",
        ),
        (
            "The UK's Department for Environment, Food and Rural Affairs (Defra) said.",
            "Department for Environment, Food and Rural Affairs",
        ),
        (
            "The Department of Further and Higher Education, Research, Innovation and Science"
            " coordinates.",
            "Department of Further and Higher Education, Research, Innovation and Science",
        ),
        (
            "Het Departement Mobiliteit en Openbare Werken betaalt mee.",
            "Departement Mobiliteit en Openbare Werken",
        ),
        ("Het Departement Zorg keurde het plan goed.", "Departement Zorg"),
    ],
)
def test_a_government_department(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Department of Physics hosts the lab.", "Department of Physics"),
        ("Most projects run at the Department of Energy.", "Department of Energy"),
        ("The university's Department of Health hosts it.", "Department of Health"),
        ("The Department of Health Sciences hosts it.", "Department of Health Sciences"),
        ("Het departement Biologie verhuist.", "departement Biologie"),
    ],
)
def test_a_university_department_is_no_organisation(text: str, word: str) -> None:
    assert not any(name.startswith(word) for name in names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Senate Department for Science and Health opened the archive.",
            "Senate Department for Science and Health",
        ),
        (
            "Bern's Federal Department of Home Affairs approved the grant.",
            "Federal Department of Home Affairs",
        ),
    ],
)
def test_an_official_modifier_before_a_department_opens_its_name(text: str, name: str) -> None:
    assert names(text) == {name}
