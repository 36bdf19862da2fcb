"""Golden tests for the built-in sources over fixtures/sources/<name>/<slug>.html.

Each page's ``<slug>.expected.json`` is what ``campusnews sources test NAME FILE``
printed for it (fixtures/sources/README.md says how to regenerate). Only the
parser's fields are compared here; organisations and agreements belong to the
extractors' own tests.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scraper.fallback import read_page
from scraper.models import Page, ParsedArticle
from scraper.registry import Registry, load_registry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"
PAGES = sorted(FIXTURES.glob("*/*.html"))
BUILT_IN_SITES = ("eur", "leiden", "tudelft")
FETCHED = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def _expected(path: Path) -> dict:
    return json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))


def _parse(registry: Registry, name: str, path: Path, url: str) -> ParsedArticle:
    page = Page(url=url, body=path.read_bytes(), fetched_at=FETCHED)
    return registry.get(name).parse(page)


def _read(registry: Registry, name: str, path: Path, url: str) -> ParsedArticle:
    """The page as a crawl reads it: the source, with the generic parser where it misses."""
    page = Page(url=url, body=path.read_bytes(), fetched_at=FETCHED)
    return read_page(page, registry.get(name))


def _by_kind(site: str, kind: str) -> Path:
    for path in PAGES:
        if path.parent.name == site and _expected(path)["kind"] == kind:
            return path
    raise AssertionError(f"no {kind} fixture for {site}")


def test_every_built_in_site_has_english_dutch_and_listing_fixtures() -> None:
    for site in BUILT_IN_SITES:
        found = [_expected(p) for p in PAGES if p.parent.name == site]
        assert {(e["kind"], e["language"]) for e in found} >= {
            ("article", "en"),
            ("article", "nl"),
            ("listing", "en"),
        }, site


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_parser_output_matches_expected_json(registry: Registry, path: Path) -> None:
    expected = _expected(path)
    name = path.parent.name
    art = _parse(registry, name, path, expected["url"])
    assert art.title == expected["title"]
    assert (art.published.isoformat() if art.published else None) == expected["published"]
    assert art.published_source == expected["published_source"]
    assert art.language == expected["language"]
    assert art.kind == expected["kind"]
    assert list(art.links) == expected.get("links", [])
    paragraphs = expected["text"].split("\n\n") if expected["text"] else []
    assert art.paragraphs[:1] == tuple(paragraphs[:1])
    assert art.paragraphs[-1:] == tuple(paragraphs[-1:])
    assert len(art.paragraphs) == len(paragraphs)
    # The page's own URL leads back to the source that parsed it.
    assert registry.for_url(expected["url"]).name == name


@pytest.mark.parametrize(
    ("site", "next_page"),
    [
        ("eur", "https://www.eur.nl/en/news?page=1"),
        ("leiden", "https://www.universiteitleiden.nl/en/news?pageNumber=2"),
        ("tudelft", "https://www.tudelft.nl/en/news?tx_news_pi1%5BcurrentPage%5D=2"),
    ],
)
def test_listing_pages_give_their_next_page(registry: Registry, site: str, next_page: str) -> None:
    path = _by_kind(site, "listing")
    art = _parse(registry, site, path, _expected(path)["url"])
    assert art.next_page == next_page
    assert art.canonical_url == _expected(path)["url"]


@pytest.mark.parametrize("kind", ["article", "listing"])
@pytest.mark.parametrize("site", BUILT_IN_SITES)
def test_another_sites_page_is_a_layout_change(registry: Registry, site: str, kind: str) -> None:
    # This site's URL, another site's markup: what a redesign looks like to the parser.
    url = _expected(_by_kind(site, kind))["url"]
    for other in BUILT_IN_SITES:
        if other == site:
            continue
        article = _read(registry, site, _by_kind(other, kind), url)
        # Never lost: the generic parser reads what the selectors miss, and says so.
        assert article.layout_changed
        assert article.warnings
        assert all(site in w and "matches for" in w for w in article.warnings)
        if kind == "article":
            assert article.title and article.paragraphs


def test_generic_page_with_a_heading_is_still_a_layout_change(registry: Registry) -> None:
    html = b"<html><body><h1>News</h1><p>Short story about a partnership.</p></body></html>"
    for site in BUILT_IN_SITES:
        url = _expected(_by_kind(site, "article"))["url"]
        article = read_page(Page(url=url, body=html, fetched_at=FETCHED), registry.get(site))
        assert article.layout_changed
        assert article.title == "News"
        assert article.paragraphs == ("Short story about a partnership.",)


def test_leiden_marks_pages_outside_the_news_as_plain_pages(registry: Registry) -> None:
    path = _by_kind("leiden", "article")
    url = "https://www.universiteitleiden.nl/en/education/study-programmes"
    art = _parse(registry, "leiden", path, url)
    assert art.kind == "page"
    assert art.paragraphs == ()


def test_leiden_language_from_url_when_html_lang_is_missing(registry: Registry) -> None:
    path = _by_kind("leiden", "article")
    html = path.read_bytes().replace(b'<html lang="en">', b"<html>")
    page = Page(url=_expected(path)["url"], body=html, fetched_at=FETCHED)
    assert registry.get("leiden").parse(page).language == "en"


def test_fixture_readme_says_the_content_is_invented() -> None:
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    assert "invented" in readme
