"""The extract() entry point: organisations, agreements and dates from one article."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from scraper.extract import extract
from scraper.keys import alias_key
from scraper.models import ParsedArticle

ARTICLE = ParsedArticle(
    url="http://127.0.0.1:8000/en/news/2025/clean-room/",
    title="Leiden and Delft universities to share a clean room",
    published=date(2025, 3, 12),
    language="en",
    paragraphs=(
        "Universiteit Leiden and Delft University of Technology (TU Delft) have signed an "
        "agreement to build a shared clean room. The work starts in spring 2026.",
        "The project is funded by the Dutch Research Council (NWO). TU Delft’s dean spoke at the "
        "ceremony last Tuesday.",
        "Both universities have worked together since 2004 through the Casimir Research School.",
    ),
)


def test_extract_returns_organisations_in_order_with_every_surface_form() -> None:
    result = extract(ARTICLE, reference=ARTICLE.published)
    assert [o.name for o in result.organisations] == [
        "Leiden University",
        "Delft University of Technology",
        "Dutch Research Council",
        "Casimir Research School",
    ]
    by_name = {o.name: o for o in result.organisations}
    # "Delft" in the headline is the university's short form (its one non-generic word).
    assert by_name["Delft University of Technology"].aliases == (
        "Delft",
        "Delft University of Technology",
        "TU Delft",
    )
    assert by_name["Dutch Research Council"].aliases == ("Dutch Research Council", "NWO")


def test_extract_agreements_use_canonical_names_that_are_organisations() -> None:
    result = extract(ARTICLE, reference=ARTICLE.published)
    names = {o.name for o in result.organisations}
    summary = [(a.type, frozenset(a.parties), a.status, a.date) for a in result.agreements]
    assert summary == [
        (
            "agreement",
            frozenset({"Leiden University", "Delft University of Technology"}),
            "signed",
            "2025-03-12",
        ),
        (
            "collaboration",
            frozenset({"Leiden University", "Delft University of Technology"}),
            "ongoing",
            "2004",
        ),
    ]
    for agreement in result.agreements:
        assert set(agreement.parties) <= names
        assert any(agreement.evidence in p for p in ARTICLE.paragraphs)


def test_extract_dates_cover_title_and_paragraphs_in_order() -> None:
    result = extract(ARTICLE, reference=ARTICLE.published)
    assert [(d.text, d.value, d.precision) for d in result.dates] == [
        ("spring 2026", "2026-03", "season"),
        ("last Tuesday", "2025-03-11", "day"),
        ("2004", "2004", "year"),
    ]


def test_extract_without_a_reference_keeps_relative_dates_unresolved() -> None:
    undated = replace(ARTICLE, published=None)
    result = extract(undated, reference=None)
    assert [(d.text, d.value, d.precision) for d in result.dates] == [
        ("spring 2026", "2026-03", "season"),
        ("last Tuesday", None, "day"),
        ("2004", "2004", "year"),
    ]
    unresolved = {"text": "last Tuesday", "value": None, "precision": "day"}
    assert result.to_json()["dates"][1] == unresolved
    # Agreements are dated by resolved dates only: the signing has no date, not a guess.
    assert [(a.type, a.date) for a in result.agreements] == [
        ("agreement", None),
        ("collaboration", "2004"),
    ]


def test_extract_is_deterministic_and_serialises() -> None:
    first = extract(ARTICLE, reference=ARTICLE.published)
    second = extract(ARTICLE, reference=ARTICLE.published)
    assert first == second
    data = first.to_json()
    assert data["organisations"][0]["name"] == "Leiden University"
    assert data["agreements"][0]["type"] == "agreement"


def test_extract_handles_an_empty_article() -> None:
    result = extract(ParsedArticle(url="http://example.org/", title=None))
    assert (result.organisations, result.agreements, result.dates) == ((), (), ())


def test_extract_with_a_user_gazetteer(tmp_path: Path) -> None:
    extra = tmp_path / "orgs.toml"
    extra.write_text(
        '[[org]]\nname = "Polder Robotics"\nkind = "company"\naliases = ["PoRo"]\n', "utf-8"
    )
    article = ParsedArticle(
        url="http://example.org/n",
        title=None,
        paragraphs=("PoRo and TNO have signed a contract for field robots.",),
        published=date(2025, 1, 6),
    )
    plain = extract(article, reference=article.published)
    # Without the user file the CamelCase name is still found (it signs with TNO), under
    # its own spelling; the user file gives it its canonical name.
    assert [o.name for o in plain.organisations] == ["PoRo", "TNO"]
    extended = extract(article, reference=article.published, gazetteer=extra)
    assert [o.name for o in extended.organisations] == ["Polder Robotics", "TNO"]
    assert [frozenset(a.parties) for a in extended.agreements] == [
        frozenset({"Polder Robotics", "TNO"})
    ]


def test_dutch_article() -> None:
    article = ParsedArticle(
        url="http://example.org/nl",
        title="Hogeschool Leiden en LUMC tekenen convenant",
        published=date(2024, 11, 5),
        language="nl",
        paragraphs=(
            "De Hogeschool Leiden en het Leids Universitair Medisch Centrum hebben op 4 november "
            "een convenant ondertekend over stageplaatsen.",
            "Beide partijen werken al sinds 2015 samen.",
        ),
    )
    result = extract(article, reference=article.published)
    keys = {alias_key(a) for o in result.organisations for a in o.aliases}
    assert {"hogeschool leiden", "leids universitair medisch centrum", "lumc"} <= keys
    summary = [(a.type, a.status, a.date) for a in result.agreements]
    assert summary == [("agreement", "signed", "2024-11-04"), ("collaboration", "ongoing", "2015")]


def test_listing_page_gives_an_empty_extraction() -> None:
    listing = ParsedArticle(
        url="http://example.org/news/",
        title="News",
        kind="listing",
        paragraphs=("Leiden University and TNO signed an agreement on 3 May 2024.",),
    )
    result = extract(listing, reference=date(2024, 5, 4))
    assert (result.organisations, result.agreements, result.dates) == ((), (), ())
