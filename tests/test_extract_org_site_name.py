"""The site's owner read from the name the site gives itself, where its host does not spell
it: ``og:site_name`` or the JSON-LD publisher, read by the generic parser, and "the
university" on such a site (invented sites and sentences)."""

from __future__ import annotations

from datetime import date

import pytest
from generic_pages import read_generic

from scraper.extract import extract
from scraper.extract.organisations.gazetteer import load_gazetteer
from scraper.extract.organisations.mentions import find_mentions, organisations_from
from scraper.extract.organisations.owner import owner_name, site_owner
from scraper.models import ParsedArticle

# A host that spells no name the gazetteer knows.
HOST = "https://www.hwk.ac.uk/press/articles/2026/x"


@pytest.mark.parametrize(
    ("site_name", "name"),
    [
        ("Harwick University Press Office", "Harwick University"),
        ("The University of Harwick News", "University of Harwick"),
        ("Universiteit Harwick – Nieuws", "Universiteit Harwick"),
        ("Harwick University Newsroom", "Harwick University"),
        ("Harwick University", "Harwick University"),
    ],
)
def test_what_a_site_name_says_after_its_owner_is_left_out(site_name: str, name: str) -> None:
    assert owner_name(site_name) == name


@pytest.mark.parametrize(
    ("site_name", "owner", "kind"),
    [
        # A university or hospital the gazetteer does not know, named whole.
        ("Harwick University Press Office", "Harwick University", "university"),
        ("The University of Harwick", "University of Harwick", "university"),
        ("St Aldric Hospital", "St Aldric Hospital", "hospital"),
        # A known one, by any of its names.
        ("Universiteit Leiden Nieuws", "Leiden University", "university"),
    ],
)
def test_the_site_name_names_the_owner(site_name: str, owner: str, kind: str) -> None:
    entry = site_owner(load_gazetteer(), HOST, site_name)
    assert entry is not None
    assert (entry.name, entry.kind) == (owner, kind)


@pytest.mark.parametrize(
    "site_name",
    [
        "The Harwick Gazette",  # a newspaper
        "Harwick Science News",
        "Harwick Universities",  # a group of universities, not one
        "HWK",  # initials nobody knows
        "Gemeente Leiden",  # a known organisation, but no university or hospital
        "",
    ],
)
def test_a_site_name_naming_no_university_or_hospital_gives_no_owner(site_name: str) -> None:
    assert site_owner(load_gazetteer(), HOST, site_name) is None


def test_the_host_wins_over_the_site_name() -> None:
    entry = site_owner(load_gazetteer(), "https://www.tudelft.nl/en/2026/x", "Harwick University")
    assert entry is not None and entry.name == "Delft University of Technology"


def test_the_university_on_a_site_named_after_it_is_that_university() -> None:
    units = [
        "University and city hospital agree on shared research nurses",
        "The University has signed a five-year agreement with the Harwick City Hospital.",
    ]
    found = find_mentions(units, load_gazetteer(), site=HOST, site_name="Harwick University News")
    owner = [m for m in found[1] if m.source == "owner"]
    assert [(m.name, m.surface) for m in owner] == [("Harwick University", "University")]
    assert "Harwick University" in {o.name for o in organisations_from(found)}


def test_an_owner_the_caller_found_is_used_without_the_site_name() -> None:
    # extract() finds the owner once for the organisations and the agreements and passes it.
    units = ["De Universiteit tekende een convenant met het Stadsziekenhuis Harwick."]
    gazetteer = load_gazetteer()
    entry = site_owner(gazetteer, HOST, "Universiteit Harwick - Nieuws")
    assert entry is not None
    given = find_mentions(units, gazetteer, site=HOST, owner=entry)
    read = find_mentions(units, gazetteer, site=HOST, site_name="Universiteit Harwick - Nieuws")
    assert given == read
    assert [(m.name, m.surface) for m in given[0] if m.source == "owner"] == [
        ("Universiteit Harwick", "Universiteit")
    ]


def test_without_a_site_name_the_university_stays_unresolved() -> None:
    units = ["The University has signed a five-year agreement with the Harwick City Hospital."]
    found = find_mentions(units, load_gazetteer(), site=HOST)
    assert not [m for m in found[0] if m.source == "owner"]


def test_the_owner_from_the_site_name_is_a_party() -> None:
    article = ParsedArticle(
        url=HOST,
        title="University signs research agreement with Harwick City Hospital",
        published=date(2026, 5, 4),
        language="en",
        paragraphs=(
            "The University has signed a research agreement with Harwick City Hospital "
            "to share two clinical laboratories.",
        ),
        site_name="Harwick University Press Office",
    )
    result = extract(article, reference=article.published)
    assert [sorted(a.parties) for a in result.agreements] == [
        ["Harwick City Hospital", "Harwick University"]
    ]


PAGE = (
    "<html lang='en'><head><title>Agreement signed | {name}</title>{head}</head><body><main>"
    "<article><h1>Agreement signed</h1><p>The university signed an agreement with a hospital "
    "in the city to train nurses together on the wards from next autumn onwards.</p>"
    "<p>Both expect the first students on the wards in the autumn of next year, "
    "with places for forty nurses.</p></article></main>{scripts}</body></html>"
)


def test_the_generic_parser_reads_the_site_name() -> None:
    head = "<meta property='og:site_name' content='Harwick University Press Office'>"
    html = PAGE.format(name="Harwick University", head=head, scripts="")
    assert read_generic(HOST, html).site_name == "Harwick University Press Office"


def test_the_generic_parser_reads_the_json_ld_publisher_without_a_site_name() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Agreement signed", "publisher": {"@type": "Organization", "name": '
        '"University of Harwick"}}</script>'
    )
    html = PAGE.format(name="UoH", head="", scripts=ld)
    assert read_generic(HOST, html).site_name == "University of Harwick"


def test_a_page_without_either_has_no_site_name() -> None:
    html = PAGE.format(name="UoH", head="", scripts="")
    assert read_generic(HOST, html).site_name is None


def test_the_initials_of_the_owner_name_it_on_its_own_site() -> None:
    units = [
        "HU and the city hospital deepen ties",
        "Separately, HU's Institute for Coastal Ecology joined the alliance last month.",
    ]
    found = find_mentions(units, load_gazetteer(), site=HOST, site_name="Harwick University")
    assert {o.name for o in organisations_from(found)} == {"Harwick University"}
    assert [m.surface for m in found[0]] == ["HU"]


def test_initials_that_are_another_known_name_stay_that_name() -> None:
    # The initials of "Vesterby University" are "VU", a known name of the Vrije Universiteit.
    units = ["VU and the city hospital sign an agreement."]
    found = find_mentions(units, load_gazetteer(), site=HOST, site_name="Vesterby University")
    assert [m.name for m in found[0] if m.surface == "VU"] == ["Vrije Universiteit Amsterdam"]


def test_the_possessive_of_the_owner_name_it_on_its_own_site() -> None:
    units = [
        "Bishop’s and the city hospital renew their research agreement",
        "Bishop's has renewed its agreement with Harwick City Hospital.",
        "The Bishop's garden and the Bishop’s Award for Teaching stay as they are.",
    ]
    found = find_mentions(
        units, load_gazetteer(), site=HOST, site_name="Bishop's University Harwick"
    )
    owned = [(u, m.surface) for u, ms in enumerate(found) for m in ms if m.source == "owner"]
    assert owned == [(0, "Bishop’s"), (1, "Bishop's")]


def test_the_possessive_of_a_name_that_is_not_the_owners_is_no_mention() -> None:
    units = ["Bishop's has renewed its agreement with Harwick City Hospital."]
    found = find_mentions(units, load_gazetteer(), site=HOST, site_name="Harwick University")
    assert "Bishop's" not in {m.surface for m in found[0]}
