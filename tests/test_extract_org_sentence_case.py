"""Official Romance names written in sentence case ("École nationale des ponts et
chaussées"), kept whole across their lower-case words, link words and elided "d'"."""

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
