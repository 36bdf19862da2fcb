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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Department of Housing and Rural Renewal opened the call.",
            "Department of Housing and Rural Renewal",
        ),
        (
            "Our partner, the Department of Transport and Regional Cohesion, paid for it.",
            "Department of Transport and Regional Cohesion",
        ),
        (
            "The Department of Employment, Skills and Workplace Relations said so.",
            "Department of Employment, Skills and Workplace Relations",
        ),
        (
            "A new Department of Culture and Community Services will oversee it.",
            "Department of Culture and Community Services",
        ),
        (
            "Peru's Secretariat of Energy, Mining and Fisheries chaired the meeting.",
            "Secretariat of Energy, Mining and Fisheries",
        ),
    ],
)
def test_a_portfolio_closed_by_words_of_no_field_list(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "kept", "left"),
    [
        (
            "The Department of Health and Maria Jansen opened the wing.",
            "Department of Health",
            "Maria",
        ),
        (
            "The Department of Transport and Nordvik Marine signed the contract.",
            "Department of Transport",
            "Nordvik",
        ),
    ],
)
def test_a_person_or_a_company_after_and_ends_the_portfolio(
    text: str, kept: str, left: str
) -> None:
    found = names(text)
    assert kept in found
    assert not any(name.startswith(kept) and left in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officials from the Department of Science and Innovation attended.",
            "Department of Science and Innovation",
        ),
        (
            "The Department of Industry, Research and Energy funds the lab.",
            "Department of Industry, Research and Energy",
        ),
        (
            "Ana Ruiz, Minister at the Department of Tourism and Sport, spoke first.",
            "Department of Tourism and Sport",
        ),
    ],
)
def test_a_department_of_listed_fields_is_a_government_one(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Department of Science and Technology Studies hosts it.", "Department of Science"),
        ("The Department of Arts and Humanities moved.", "Department of Arts"),
        (
            "The Department of Science and Technology at Harlow University hosts it.",
            "Department of Science",
        ),
        ("The Department of Science hosts the lab.", "Department of Science"),
    ],
)
def test_a_listed_academic_department_is_no_government(text: str, word: str) -> None:
    assert not any(name.startswith(word) for name in names(text))


def test_a_country_possessive_opens_no_name_a_founder_possessive_does() -> None:
    found = names(
        "Chile's Secretariat of Mining and Energy met staff.",
        "Addenbrooke's Hospital hosted the talks.",
    )
    assert found == {"Secretariat of Mining and Energy", "Addenbrooke's Hospital"}
