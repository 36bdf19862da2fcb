"""Case-blind patterns on lower-cased text find what IGNORECASE finds, where folding is exact."""

from __future__ import annotations

import re

import pytest

from scraper.extract.case_blind import CaseBlind, ascii_lower, fold_lower

TEXTS = [
    "Leiden University and TU Delft SIGNED a Memorandum of Understanding on 3 May.",
    "The MoU ends the partnership; the Partners will Sign again in 2025.",
    "Erasmus MC en het LUMC tekenen een samenwerkingsovereenkomst.",
    "Ærø Universitet signs with Université de Genève",  # Latin-1: folds exactly
    "ÉÉN akkoord – „getekend” door TÉLÉCOM Paris",  # Latin-1 and case-less punctuation
    "İstanbul Üniversitesi SIGNS",  # "İ" lowers to two characters: the case-blind path
    "ſigned by the Key partners",  # "ſ" and the Kelvin sign pair with s and k
    "Ελληνικό Πανεπιστήμιο signs",  # Greek letters have case: the case-blind path
    "",
]
PATTERNS = [
    r"\bsign(?:ed|s)?\b",
    r"memorand(?:um|a) of understanding|\bmous?\b",
    r"(?P<verb>tekenen|sign)\s+(?:een|a)\b",
    r"\b\w+ership\b",
    r"[a-z]+ universit(?:y|e)",
    r"\b(?:één|getekend|télécom)\b",
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
        assert [m.span() for m in fast.finditer(text, fold_lower(text))] == expected
        first = reference.search(text)
        found = fast.search(text)
        assert (found.span() if found else None) == (first.span() if first else None)


@pytest.mark.parametrize(
    "pattern",
    [r"TU Delft", r"[A-Z]{2,}", r"\u017fign", "ſign", "\u212aey", "Één", "(?-i:[a-z])é", "μm"],
)
def test_patterns_unsafe_to_fold_keep_the_case_blind_path(pattern: str) -> None:
    fast = CaseBlind(pattern)
    assert fast.lowered is None
    text = "sign the KEY deal with TU DELFT, één µm"
    reference = re.compile(pattern, re.IGNORECASE)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_ascii_lower_only_for_ascii() -> None:
    assert ascii_lower("TU Delft") == "tu delft"
    assert ascii_lower("Université") is None


def test_fold_lower_only_where_folding_is_exact() -> None:
    assert fold_lower("TU Delft") == "tu delft"
    assert fold_lower("Université de GENÈVE – “Ærø”") == "université de genève – “ærø”"
    assert fold_lower("İstanbul") is None
    assert fold_lower("\u017fign") is None
    assert fold_lower("Πανεπιστήμιο") is None
