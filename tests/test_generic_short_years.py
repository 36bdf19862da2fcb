"""GenericSource: publication dates written with a two-digit year ("30.10.23", "10/31/23")."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from scraper.generic import GenericSource
from scraper.generic_dates import dates_in_line
from scraper.models import Page

URL = "https://www.magazin.example.de/magazin/party/kostueme-fuer-den-letzten-abend"
BODY = (
    "<p>Wer kurz vor dem Fest noch kein Kostüm hat, findet im eigenen Kleiderschrank genug: "
    "ein altes Laken, etwas Schminke und ein Hut reichen für einen Abend als Gespenst.</p>"
    "<p>Die Redaktion hat zehn Ideen gesammelt, die in einer halben Stunde fertig sind und "
    "kaum etwas kosten, von der Mumie aus Verbandsmull bis zur Katze mit Haarreif.</p>"
)


def parse(date_line: str, languages: tuple[str, ...] = ("en", "nl", "de"), order: str = "DMY"):
    html = (
        "<html lang='de'><head><title>Kostüme für den letzten Abend</title></head>"
        "<body><main><article><h1>Kostüme für den letzten Abend</h1>"
        f"<div class='date'>{date_line}</div><div class='text'>{BODY}</div>"
        "</article></main></body></html>"
    )
    page = Page(
        url=URL,
        body=html.encode(),
        fetched_at=datetime(2025, 7, 1, tzinfo=UTC),
        headers={"content-type": "text/html; charset=utf-8"},
    )
    return GenericSource(languages=languages, date_order=order).parse(page)


@pytest.mark.parametrize(
    ("line", "order", "day"),
    [
        ("Party, 30.10.23", "DMY", date(2023, 10, 30)),
        ("Klaus Muster, 8.5.12", "DMY", date(2012, 5, 8)),
        ("10/31/23", "DMY", date(2023, 10, 31)),  # only one reading is a day
        ("3/4/21", "MDY", date(2021, 3, 4)),
        ("3/4/21", "DMY", date(2021, 4, 3)),
    ],
)
def test_a_date_line_with_a_two_digit_year_gives_the_day(line, order, day):
    assert parse(line, order=order).published == day


@pytest.mark.parametrize("line", ["Version 2.3.12", "v1.2.12", "1.5.23.4", "12.31.23", "3.14159"])
def test_versions_and_other_numbers_are_no_days(line):
    assert dates_in_line(line, "DMY", ("en",)) == []


def test_a_four_digit_year_is_read_as_before():
    assert [m.value for m in dates_in_line("Datum: 30.10.2023", "DMY", ("de",))] == ["2023-10-30"]


@pytest.mark.parametrize("line", ["WordPress 4.8.12", "Version: 2.3.12", "Firmware 1.2.21"])
def test_a_number_after_a_name_is_a_version(line):
    assert dates_in_line(line, "DMY", ("en", "de")) == []


@pytest.mark.parametrize("line", ["Von: Anna Muster | 31.10.23", "am 31.10.23", "(31.10.23)"])
def test_a_day_after_a_separator_or_a_preposition_counts(line):
    assert [m.value for m in dates_in_line(line, "DMY", ("de",))] == ["2023-10-31"]
