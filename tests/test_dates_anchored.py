"""Days told relative to another day of the page ("een dag eerder", "the day before", "two
days later") count from the last day told before them, in an earlier paragraph too, not
from the publication date. Invented sentences."""

from __future__ import annotations

from datetime import date

from scraper.extract import extract
from scraper.extract.dates.anchored import anchored_days
from scraper.models import DateMention, ParsedArticle

THURSDAY = date(2026, 3, 12)


def _dates(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = ParsedArticle(
        url="http://example.org/n", title=None, paragraphs=paragraphs, published=THURSDAY
    )
    return [(d.text, d.value) for d in extract(article, reference=THURSDAY).dates]


def test_a_day_earlier_counts_from_the_day_told_in_the_paragraph_before() -> None:
    assert _dates(
        "De Universiteit Leiden en TNO ondertekenden dinsdagavond een intentieverklaring.",
        "Een dag eerder had de gemeente Leiden al een huurovereenkomst getekend.",
    ) == [("dinsdagavond", "2026-03-10"), ("Een dag eerder", "2026-03-09")]


def test_english_forms_count_from_the_last_day_before_them() -> None:
    assert _dates(
        "The memorandum was signed on 2 March.",
        "The day before, the council approved the plan. Two days later the board met.",
    ) == [
        ("2 March", "2026-03-02"),
        ("The day before", "2026-03-01"),
        ("Two days later", "2026-03-03"),
    ]


def test_without_a_day_before_it_no_date_is_given() -> None:
    assert _dates("A day later the board met.", "The agreement was signed on 2 March.") == [
        ("2 March", "2026-03-02")
    ]


def test_the_day_before_yesterday_stays_the_finders() -> None:
    assert _dates("On 2 March the board met.", "The day before yesterday the council signed.") == [
        ("2 March", "2026-03-02"),
        ("The day before yesterday", "2026-03-10"),
    ]


def test_a_day_in_the_same_paragraph_after_it_is_no_anchor() -> None:
    found = [[], [DateMention("3 March", "2026-03-03", "day", (30, 37))]]
    units = ["Nothing dated here.", "De volgende dag tekende men op 3 March."]
    assert anchored_days(units, found) == found
