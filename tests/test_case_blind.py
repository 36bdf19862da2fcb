"""Case-blind patterns on lower-cased ASCII text find what IGNORECASE finds."""

from __future__ import annotations

import re

import pytest

from scraper.extract.case_blind import CaseBlind, ascii_lower

TEXTS = [
    "Leiden University and TU Delft SIGNED a Memorandum of Understanding on 3 May.",
    "The MoU ends the partnership; the Partners will Sign again in 2025.",
    "Erasmus MC en het LUMC tekenen een samenwerkingsovereenkomst.",
    "Ærø Universitet signs with Université de Genève",  # not ASCII: the case-blind path
    "",
]
PATTERNS = [
    r"\bsign(?:ed|s)?\b",
    r"memorand(?:um|a) of understanding|\bmous?\b",
    r"(?P<verb>tekenen|sign)\s+(?:een|a)\b",
    r"\b\w+ership\b",
    r"[a-z]+ universit(?:y|e)",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_spans_as_ignorecase(pattern: str) -> None:
    fast = CaseBlind(pattern)
    assert fast.lowered is not None
    reference = re.compile(pattern, re.IGNORECASE)
    for text in TEXTS:
        expected = [m.span() for m in reference.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == expected
        assert [m.span() for m in fast.finditer(text, ascii_lower(text))] == expected
        first = reference.search(text)
        found = fast.search(text)
        assert (found.span() if found else None) == (first.span() if first else None)


@pytest.mark.parametrize("pattern", [r"TU Delft", r"[A-Z]{2,}", r"\u017fign", "ſign", "\u212aey"])
def test_patterns_unsafe_to_fold_keep_the_case_blind_path(pattern: str) -> None:
    fast = CaseBlind(pattern)
    assert fast.lowered is None
    text = "sign the KEY deal with TU DELFT"
    reference = re.compile(pattern, re.IGNORECASE)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_ascii_lower_only_for_ascii() -> None:
    assert ascii_lower("TU Delft") == "tu delft"
    assert ascii_lower("Université") is None
