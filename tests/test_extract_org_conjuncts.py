"""Unknown names in a plain list of three or more with a known organisation
(``conjunct_names``): found whatever the sentence says about them, in English and Dutch;
places, people, plurals, programmes, acronyms alone, pieces of longer names and pairs are
left alone; a headline's short form is the body's full name; later uses count too. Countries
and continents that a context rule took for a name, and a union of states used as a place
("outside the European Union"), are no organisations. One ordinary word described in
apposition ("X, the Swiss innovation agency") and a name after the noun of a public body
("the Italian agency X", "toezichthouder X") are organisations. "De hogeschool en HOGENT"
on the site of a hogeschool is that hogeschool, also after a headline that names HOGENT."""

from __future__ import annotations

import pytest

from scraper.extract.organisations.gazetteer import load_gazetteer
from scraper.extract.organisations.mentions import find_mentions, organisations_from


def names(*units: str) -> set[str]:
    return {o.name for o in organisations_from(find_mentions(list(units), load_gazetteer()))}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "De woningcorporaties zijn Woonbedrijf, Korvelhuis en Vestrade, samen met Fontys.",
            {"Korvelhuis", "Vestrade"},
        ),
        (
            "Aan tafel zaten Fontys, Korvelhuis en Vestrade.",
            {"Korvelhuis", "Vestrade"},
        ),
        (
            "The round was backed by Lakemoor, Northwind Climate Ventures and Wageningen"
            " University & Research.",
            {"Lakemoor", "Northwind Climate Ventures"},
        ),
        (
            "Zorgverzekeraars Nederland, Patiëntenbond Nederland en het Erasmus MC reageren"
            " positief.",
            {"Patiëntenbond Nederland"},
        ),
        (
            "The data are shared by NHS Wessex, Deltares and the University of Exeter.",
            {"NHS Wessex"},
        ),
    ],
)
def test_names_in_a_list_with_a_known_organisation(text: str, wanted: set[str]) -> None:
    assert wanted <= names(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # places: a country, a city, a list after "in"
        ("Universities from Europe, Africa and Utrecht University met.", {"Africa"}),
        ("Het UMCG werkt in Assen, Emmen en Hoogeveen.", {"Hoogeveen"}),
        ("Partners from Brabant, Zeeland and Ghent University met.", {"Brabant", "Zeeland"}),
        # a person, with a role word; a piece of a longer name
        ("Rector Anna Smit, Deltares and TNO signed.", {"Anna Smit", "Smit"}),
        ("Fraunhofer ISE, Deltares en TNO zaten aan tafel.", {"ISE"}),
        # plurals, programmes, fields, acronyms alone
        ("The Democrats, Deltares and TNO met.", {"Democrats"}),
        ("Funding comes from Horizon, Interreg and NWO.", {"Horizon", "Interreg"}),
        ("The work covers AI, ICT and TNO's data.", {"AI", "ICT"}),
        # a pair is left to the cued rules
        ("Vestrade and Deltares met on Monday.", {"Vestrade"}),
    ],
)
def test_lists_that_name_no_organisation(text: str, unwanted: set[str]) -> None:
    assert not unwanted & names(text)


def test_a_headline_short_form_is_the_full_name_of_the_body() -> None:
    found = names(
        "WUR, FrieslandCampina, Korvel and Avebe join forces",
        "Royal Korvel N.V. will host the pilot plant.",
    )
    assert "Korvel" not in found
    assert any(name.startswith("Royal Korvel") for name in found)


def test_a_name_found_in_a_list_counts_wherever_the_page_uses_it() -> None:
    found = find_mentions(
        [
            "Korvelhuis bouwt 300 kamers.",
            "De corporaties zijn Woonbedrijf, Korvelhuis en Vestrade, met Fontys.",
        ],
        load_gazetteer(),
    )
    assert [m.surface for m in found[0]] == ["Korvelhuis"]
    assert found[0][0].name == "Korvelhuis"


def test_a_name_used_as_a_place_on_the_page_is_no_organisation() -> None:
    found = names(
        "Het Radboudumc, Beugen en Deltares zaten aan tafel.",
        "Het nieuwe centrum komt in Beugen.",
    )
    assert "Beugen" not in found


# --- places that context rules took for names -------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("TNO signed agreements with Germany’s Fraunhofer-Gesellschaft and Deltares.", "Germany"),
        ("Six institutes from Europe and Africa signed memoranda with TNO.", "Africa"),
        ("Het UMCG tekende met Duitsland en Deltares een akkoord.", "Duitsland"),
        # Countries the old party place list had and the finder's list lacked.
        ("TNO signed agreements with Thailand’s Mahidol University and Deltares.", "Thailand"),
        ("Het UMCG tekende met Indonesië, Rwanda en Deltares een akkoord.", "Rwanda"),
        ("Het UMCG tekende met Indonesië, Rwanda en Deltares een akkoord.", "Indonesië"),
        ("Six institutes from Tanzania and Malaysia signed memoranda with TNO.", "Tanzania"),
        ("Zes instituten uit Egypte en Maleisië tekenden met TNO.", "Maleisië"),
    ],
)
def test_a_country_or_continent_is_no_organisation(text: str, place: str) -> None:
    assert place not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia is one of the largest countries of origin outside the European Union.",
        "Studenten van buiten de EU betalen meer.",
        "Tuition is higher for students from across the EU.",
    ],
)
def test_a_union_of_states_as_a_place_is_no_organisation(text: str) -> None:
    assert "European Union" not in names(text)


def test_a_union_of_states_as_a_funder_is_an_organisation() -> None:
    assert "European Union" in names("The EU funds the project with TNO.")


# --- bodies described in apposition or named after what they are ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The work is paid by Innoveld, the Swiss innovation agency, which supports it.",
            "Innoveld",
        ),
        (
            "De samenwerking met Havenlinq, de vereniging van bedrijven in de haven, loopt door.",
            "Havenlinq",
        ),
        ("It still has to be accredited by the Italian agency ANVAR and by NVAO.", "ANVAR"),
        ("Het agentschap Zorgpunt Vlaanderen keurde het goed.", "Zorgpunt Vlaanderen"),
        ("The regulator Ofsted will inspect the school.", "Ofsted"),
    ],
)
def test_a_body_described_by_what_it_is(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In Leiden, the university and a foundation work together.", "Leiden"),
        ("He met Smit, the director of the foundation.", "Smit"),
        ("This past May, the agency selected eleven companies.", "May"),
        ("Researchers in Kampala, the Ugandan network said, agree.", "Kampala"),
    ],
)
def test_a_word_before_a_description_that_names_no_body(text: str, word: str) -> None:
    assert word not in names(text)


# --- the site's owner coordinated with another one of its kind --------------------------


def test_the_owner_coordinated_with_another_of_its_kind_after_a_headline_naming_it() -> None:
    found = find_mentions(
        [
            "Hogeschool en HOGENT tekenen voor een gezamenlijke bachelor",
            "De hogeschool en HOGENT bieden vanaf 2027 samen een opleiding aan.",
        ],
        load_gazetteer(),
        site="https://www.hz.nl/nieuws/bachelor",
    )
    owner = [m for m in found[1] if m.source == "owner"]
    assert [m.surface for m in owner] == ["hogeschool"]
    assert owner[0].name == "HZ University of Applied Sciences"


def test_the_university_after_another_one_in_the_body_is_not_the_owner() -> None:
    found = find_mentions(
        [
            "New master's programme",
            "Ghent University hosts the programme. The university will admit 40 students.",
        ],
        load_gazetteer(),
        site="https://www.uu.nl/en/news/master",
    )
    assert not [m for m in found[1] if m.source == "owner"]
