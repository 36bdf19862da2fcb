"""A known one-word name made of a word and a head ("Rijksmuseum") that goes on with the
own name of one body of that kind is that body (``mentions._with_own_name``)."""

from __future__ import annotations

import pytest

from scraper.extract.organisations.gazetteer import load_gazetteer
from scraper.extract.organisations.mentions import find_mentions, organisations_from


def names(*units: str) -> set[str]:
    return {o.name for o in organisations_from(find_mentions(list(units), load_gazetteer()))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het Rijksmuseum Zuiderzee opent een depot.", "Rijksmuseum Zuiderzee"),
        (
            "Staff of the Rijksmuseum voor Scheepvaart catalogued it.",
            "Rijksmuseum voor Scheepvaart",
        ),
    ],
)
def test_a_known_compound_name_goes_on_with_its_own_name(text: str, name: str) -> None:
    assert names(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "The Rijksmuseum Amsterdam lends two paintings.",
        "The Rijksmuseum Tuesday programme starts late.",
        "The Rijksmuseum Director Jan Smit spoke.",
    ],
)
def test_a_place_a_day_or_a_role_after_a_known_compound_name_is_not_its_name(text: str) -> None:
    assert names(text) == {"Rijksmuseum"}
