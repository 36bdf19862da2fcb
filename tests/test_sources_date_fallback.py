"""A built-in source's article whose own date selector finds nothing gets its publication date
from the generic parser's evidence (fixtures/sources pages with the date element taken out)."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from scraper.fallback import read_page
from scraper.models import Page
from scraper.registry import Registry, load_registry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"
ARTICLES = [
    p
    for p in sorted(FIXTURES.glob("*/*.html"))
    if json.loads(p.with_suffix(".expected.json").read_text(encoding="utf-8"))["kind"] == "article"
]
FETCHED = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
# Each built-in site's date element: EUR's <time class="datetime">, Leiden's p.date, TU Delft's
# span.date.
SOURCE_DATE = re.compile(
    r'<time datetime="[^"]*" class="datetime">[^<]*</time>'
    r'|<p class="date"><span>[^<]*</span></p>'
    r'|<span class="date">[^<]*</span>'
)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def _read(registry: Registry, path: Path, html: str):
    url = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))["url"]
    page = Page(url=url, body=html.encode(), fetched_at=FETCHED)
    return read_page(page, registry.get(path.parent.name))


def _without_date(path: Path) -> str:
    html, removed = SOURCE_DATE.subn("", path.read_text(encoding="utf-8"), count=1)
    assert removed == 1, path
    return html


def test_every_built_in_site_has_an_article_here() -> None:
    assert {p.parent.name for p in ARTICLES} == {"eur", "leiden", "tudelft"}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_metadata_date_fills_a_missing_source_date(registry: Registry, path: Path) -> None:
    meta = "<meta property='article:published_time' content='2025-11-04T10:00:00+01:00'>"
    art = _read(registry, path, _without_date(path).replace("</head>", meta + "</head>", 1))
    assert (art.published, art.published_source) == (date(2025, 11, 4), "meta")
    assert art.parsed_by.get("published") == "generic"
    assert not art.layout_changed


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_labelled_date_line_fills_a_missing_source_date(registry: Registry, path: Path) -> None:
    line = "<p>Published on 4 November 2025</p>"
    art = _read(registry, path, _without_date(path).replace("</h1>", "</h1>" + line, 1))
    assert art.published == date(2025, 11, 4)
    assert art.parsed_by.get("published") == "generic"
