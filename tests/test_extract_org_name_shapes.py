"""Name shapes the capitalised runs cut: official Romance names in sentence case ("École
nationale des ponts et chaussées") and foundations named after two people."""

from __future__ import annotations

import pytest

from scraper.extract.organisations.gazetteer import load_gazetteer
from scraper.extract.organisations.mentions import find_mentions, organisations_from


def names(*units: str) -> set[str]:
    return {o.name for o in organisations_from(find_mentions(list(units), load_gazetteer()))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ghent University signed an exchange agreement with the École nationale "
            "supérieure des mines et techniques on Tuesday.",
            "École nationale supérieure des mines et techniques",
        ),
        (
            "Physicists of the Istituto nazionale di ottica applicata joined the network.",
            "Istituto nazionale di ottica applicata",
        ),
        (
            "The herbarium of the Muséum régional d'Histoire naturelle de Bordeaux was lent.",
            "Muséum régional d'Histoire naturelle de Bordeaux",
        ),
        (
            "Engineers from Agence nationale de l’Énergie and Siemens Energy met in Lyon.",
            "Agence nationale de l’Énergie",
        ),
        (
            "The Ministère de l’Agriculture, de la Pêche et de l’Alimentation contributes.",
            "Ministère de l’Agriculture, de la Pêche et de l’Alimentation",
        ),
        (
            "The Centre Hospitalier de Valenciennes joined the cross-border network.",
            "Centre Hospitalier de Valenciennes",
        ),
        (
            "The Fundação para a Inovação e a Saúde Pública funds the trial.",
            "Fundação para a Inovação e a Saúde Pública",
        ),
    ],
)
def test_a_romance_name_goes_on_over_its_lower_case_words(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert not any(n != name and (n in name or name in n) for n in found)


def test_the_name_ends_before_an_english_word() -> None:
    found = names("The Istituto nazionale di geofisica said on Monday it would join.")
    assert "Istituto nazionale di geofisica" in found


def test_a_head_that_ends_another_name_takes_no_dutch_words_after_it() -> None:
    # "de" is also the Dutch article: "Centre" ends "Noordwest Data Centre" here.
    found = names("Het ziekenhuis laat via het Noordwest Data Centre de kosten onderzoeken.")
    assert not any("kosten" in n for n in found)


def test_a_capitalised_name_after_the_lower_case_words_is_left_to_the_runs() -> None:
    found = names("The Institut d'Estudis Catalans Pompeu Fabra i Solà signed.")
    assert not any(n.endswith("Catalans") for n in found)


def test_a_head_and_one_plain_word_is_no_name() -> None:
    assert names("The Institut national said it would sign the charter.") == set()


def test_a_nationality_before_the_head_does_not_stop_the_name() -> None:
    found = names("AZ Delta werkt samen met het Franse Centre Hospitalier de Roubaix.")
    assert "Centre Hospitalier de Roubaix" in found


# --- foundations named after two people (``rules._two_founders``) ----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The grant comes from the Ingrid and Pieter Hoogland Foundation in Zwolle.",
            "Ingrid and Pieter Hoogland Foundation",
        ),
        (
            "Radboudumc and the Marta and Tomas Lindgren Family Trust signed on Friday.",
            "Marta and Tomas Lindgren Family Trust",
        ),
        (
            "Students thanked the Anneke and Joost van Wijk Fund for the scholarships.",
            "Anneke and Joost van Wijk Fund",
        ),
    ],
)
def test_a_foundation_named_after_two_people_is_one_name(text: str, name: str) -> None:
    assert name in names(text)


def test_a_company_and_a_foundation_stay_two_names() -> None:
    found = names("Zentrix and Novo Nordisk Foundation signed a research agreement.")
    assert not any(" and " in n for n in found)
    found = names("Leiden University and the Hoogland Foundation signed an agreement.")
    assert "Leiden University" in found
    assert "Hoogland Foundation" in found


# --- lower-case brands after a start-up noun (``mentions._before_and_or_verb``) ---------


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("The Estonian start-up voltiq and Tartu University signed a licence.", "voltiq"),
        ("A 2022 deal with the spin-off qwerko has ended, the university said.", "qwerko"),
        ("De Groningse start-up zorgbit heeft een licentie met het UMCG.", "zorgbit"),
    ],
)
def test_a_lower_case_brand_before_and_or_an_auxiliary_is_a_name(text: str, brand: str) -> None:
    assert brand in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The start-up created in 2020 has signed a licence with Leiden University.",
        "The spin-off recently has grown and Delft University of Technology is pleased.",
        "The start-up itself has grown since its founding.",
        "Spin-off numbers and start-up figures are falling.",
    ],
)
def test_a_verb_adverb_or_plural_after_a_start_up_noun_is_no_brand(text: str) -> None:
    assert all(n[0].isupper() for n in names(text))


# --- "New" inside a sentence opens a name (``rules._opening_adjective_inside``) ----------


def test_new_after_a_lower_case_word_is_part_of_the_name() -> None:
    found = names("Groningen Seaports and New Hydrogen Alliance ended their pilot in May.")
    assert "New Hydrogen Alliance" in found
    found = names("Gasunie werkt samen met Nieuwe Waterstof Alliantie en de provincie.")
    assert "Nieuwe Waterstof Alliantie" in found


def test_new_opening_a_sentence_or_a_month_before_a_name_stays_out() -> None:
    found = names(
        "New partners joined the Hydrogen Valley Consortium. In March Leiden University signed."
    )
    assert found == {"Hydrogen Valley Consortium", "Leiden University"}


# --- Nordic foundations and health trusts ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Uppsala University and Helse Vest RHF signed a data agreement.", "Helse Vest RHF"),
        ("The trial also recruits at Helse Stavanger HF in Norway.", "Helse Stavanger HF"),
        (
            "She holds a grant from Erik och Greta Lindholms Stiftelse in Lund.",
            "Erik och Greta Lindholms Stiftelse",
        ),
        ("Aarhus University and Lundbeck Fonden signed on Monday.", "Lundbeck Fonden"),
    ],
)
def test_nordic_foundations_and_health_trusts_are_named_whole(text: str, name: str) -> None:
    assert name in names(text)


# --- a ministry's portfolio ends before another name (``rules._portfolio_goes_on``) -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Transport and Vestfjord Shipping AS signed a research agreement.",
            {"Ministry of Transport", "Vestfjord Shipping AS"},
        ),
        (
            "The Ministry of Transport and Communications and Kelvora signed a pact.",
            {"Ministry of Transport and Communications"},
        ),
        (
            "The Ministry of Fisheries and Coastal Affairs opened the centre.",
            {"Ministry of Fisheries and Coastal Affairs"},
        ),
    ],
)
def test_a_portfolio_takes_one_and_and_no_other_name(text: str, expected: set[str]) -> None:
    assert expected <= names(text)
