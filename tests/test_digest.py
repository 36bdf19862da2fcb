"""pipeline/digest.py: the digest of a run, from hand-built records."""

from __future__ import annotations

import dataclasses

import pytest
from record_samples import erasmus_delft_ended, leiden_esa, undated_consortium

from pipeline.digest import date_span, digest, digest_lines, record_line


def test_nothing_changed_is_no_output_at_all() -> None:
    assert digest([]) == ""
    assert digest([], run_id=7) == ""
    assert digest_lines([]) == []


def test_one_line_per_record_new_first_then_status_changes() -> None:
    records = [erasmus_delft_ended(), undated_consortium(), leiden_esa()]
    text = digest(records, run_id=2)
    lines = text.splitlines()
    assert lines[0] == "run 2: 2 new agreement records, 1 changed status"
    assert lines[1:] == [
        "record 17 new: Leiden University + European Space Agency; "
        "framework agreement, signed; 2023-05-10; 2 articles",
        "record 30 new: Leiden University + KU Leuven + Universität Wien; "
        "consortium, planned; no date; 1 article",
        "record 5 status: signed -> ended: Leiden University + "
        'Erasmus MC & <Delft> "Convergence"; partnership "Convergence <AI>", ended; '
        "2019 to 2025-01; 2 articles",
    ]
    assert text.endswith("\n")


def test_articles_counts_distinct_articles_not_mentions() -> None:
    record = leiden_esa()
    assert len(record.mentions) == 3
    assert record_line(record).endswith("; 2 articles")


def test_a_record_without_change_is_listed_not_dropped() -> None:
    record = leiden_esa(change=None)
    assert record_line(record).startswith("record 17 listed: ")
    assert digest([record]).splitlines()[0] == "0 new agreement records, 1 changed status"


def test_a_record_without_parties_says_so() -> None:
    record = dataclasses.replace(leiden_esa(), parties=())
    assert "(no parties named)" in record_line(record)


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2023-05", "2025", "2023-05 to 2025"),
        ("2023-05-10", "2023-05-10", "2023-05-10"),
        ("2023", None, "2023"),
        (None, "2024-02", "2024-02"),
        (None, None, "no date"),
    ],
)
def test_date_span(first: str | None, last: str | None, expected: str) -> None:
    assert date_span(first, last) == expected
