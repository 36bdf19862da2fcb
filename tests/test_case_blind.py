"""Case-blind patterns on lower-cased text find what IGNORECASE finds, where folding is exact."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scraper.extract.case_blind import (
    AnyOf,
    CaseBlind,
    _head_scan,
    ascii_lower,
    first_chars_lookahead,
    fold_lower,
    witnesses,
)

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


@pytest.mark.parametrize("pattern", [*PATTERNS, r"^(?:the\s+)?partners\s+are\b"])
def test_search_part_finds_what_search_finds_in_the_part(pattern: str) -> None:
    # Every part of every text, sentence-like and not: the same span as a search of the
    # slice, also where the whole text cannot be folded or holds no witness word.
    fast = CaseBlind(pattern)
    texts = [*TEXTS, "Partners are: Leiden. The partners are TU Delft; partners ARE İzmir"]
    for text in texts:
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 1):
                expected = fast.search(text[a:b])
                found = fast.search_part(text, a, b)
                assert (found.span() if found else None) == (
                    expected.span() if expected else None
                ), (text, a, b)


def test_search_part_keeps_a_sentence_start_that_the_whole_text_lacks() -> None:
    # "^" is the part's start: a search of the whole text from an offset would miss it.
    fast = CaseBlind(r"^(?:the\s+)?partners\s+are\b")
    text = "We met. The partners are TU Delft and Imec."
    assert fast.search(text) is None
    found = fast.search_part(text, 8, len(text))
    assert found is not None and found.span() == (0, 16)


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


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bsign(?:ed|s)?\b", ("sign",)),
        # The longest sure words win: "agree" over "the" in one branch, any branch's words.
        (r"(?:the\s+)?agree(?:ment)?s?|\bpartners?\b", ("agree", "partner")),
        # Known strings combine across a group: "co-operat" or "cooperat".
        (r"\bco-?operat\w*", ("cooperat", "co-operat")),
        # A word that contains another is redundant.
        (r"signed|sign", ("sign",)),
        # No sure word of three characters or more: no witnesses.
        (r"\b(?:op|of)\b", None),
        (r"\w+ership|", None),
    ],
)
def test_witnesses(pattern: str, expected: tuple[str, ...] | None) -> None:
    found = witnesses(pattern)
    assert (sorted(found) if found else None) == (sorted(expected) if expected else None)


def test_every_match_contains_a_witness() -> None:
    from scraper.extract.agreements import patterns as P

    blinds = [p for p in vars(P).values() if isinstance(p, CaseBlind) and p.witnesses]
    assert len(blinds) > 20
    texts = [
        t.lower()
        for t in (
            *TEXTS,
            "The partners are Leiden University and TU Delft, which signed a memorandum.",
            "Both institutions will join the alliance; het gaat om drie ziekenhuizen.",
            "De samenwerking tussen A en B werd beëindigd, they have not renewed it.",
        )
    ]
    matched = 0
    for blind in blinds:
        plain = re.compile(blind.lowered.pattern)  # type: ignore[union-attr]
        for text in texts:
            for m in plain.finditer(text):
                matched += 1
                assert any(w in m.group(0) for w in blind.witnesses), (blind.lowered, m)
    assert matched > 10


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bsign(?:ed|s)?\b", r"(?=[s])(?:\bsign(?:ed|s)?\b)"),
        # Zero-width parts and optional ones: the characters after them count too.
        (r"^(?:the\s+)?x|y", r"(?=[txy])(?:^(?:the\s+)?x|y)"),
        (r"[a-c]?-x", r"(?=[\-abc])(?:[a-c]?-x)"),
        # Any character may start a match, or none at all: the pattern as it is.
        (r"\s+signed", r"\s+signed"),
        (r"a|", r"a|"),
        (r"\w+ership", r"\w+ership"),
    ],
)
def test_first_chars_lookahead(pattern: str, expected: str) -> None:
    assert first_chars_lookahead(pattern) == expected


@pytest.mark.parametrize("pattern", [*PATTERNS, r"^(?:the\s+)?x|y", r"[a-c]?-x", r"(?:een|a)?\s*b"])
def test_first_chars_lookahead_finds_the_same_matches(pattern: str) -> None:
    fast = re.compile(first_chars_lookahead(pattern))
    plain = re.compile(pattern)
    for text in [*TEXTS, "the x and y", "b-x c-x -x", "een b, a b,  b"]:
        low = text.lower()
        assert [m.span() for m in fast.finditer(low)] == [m.span() for m in plain.finditer(low)]


def test_witness_check_sees_the_words_of_a_pattern_built_later() -> None:
    # One text's found witness words are kept (cached) for the next pattern that asks;
    # a pattern built after that adds words the kept set cannot know of.
    text = "Both partners signed the quorbleovereenkomst in Delft."
    first = CaseBlind(r"\bsigned\s+the\b")
    assert first.search(text) is not None
    later = CaseBlind(r"\bquorble(?:overeenkomst|agreement)\b")
    assert later.witnesses is not None
    match = later.search(text)
    assert match is not None and match.group(0) == "quorbleovereenkomst"
    assert [m.span() for m in later.finditer(text)] == [match.span()]
    assert later.search("They signed the zorgovereenkomst.") is None


def test_a_pickled_pattern_finds_the_same_in_another_process() -> None:
    # Parse workers are other processes: there the witness words of a pattern built here
    # are known only once its twin is built again.
    blind = CaseBlind(r"\bzorbel(?:overeenkomst|agreement)s?\b")
    text = "Zij tekenden de ZORBELovereenkomst."
    assert blind.search(text) is not None and blind.witnesses is not None
    code = (
        "import pickle, sys\n"
        "blind = pickle.loads(sys.stdin.buffer.read())\n"
        f"print(blind.search({text!r}).span(), blind.search('geen akkoord'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=pickle.dumps(blind),
        capture_output=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.stdout.decode().split() == ["(16,", "34)", "None"]


# Patterns whose matches all start with a known head, and texts that try the head scan where
# it could go wrong: "^" after the start, a look-behind before the head, a head inside an
# earlier match, one head at the start of another.
HEADED = [
    r"\bsign(?:ed|s)?\b",
    r"^(?:the\s+)?partners\s+are\b|\bmembers\s*:",
    r"(?<!broad )(?<!an )agreements?\b",
    r"\bpartner(?:s|ship)?\s+(?:with|of)\b",
    r"\bco-?operat\w*|\bcooperation\s+agreements?",
    r"\bworks?\s+(?:\w+\s+){0,2}together\b",
]
HEADED_TEXTS = [
    "The partners are here; the partners are there, members : all.",
    "partners are signing: signed, signs, sign-up, cosigned",
    "a broad agreement, an agreement and two agreements with agreement",
    "Partnership with partners of partner with partnerships of",
    "cooperation agreement co-operating cooperative co-operation agreements",
    "they work closely together and works together, working together",
    "work works together: a match with a head inside it",
    "",
]


@pytest.mark.parametrize("pattern", HEADED)
def test_head_scan_finds_what_the_twin_finds(pattern: str) -> None:
    twin = re.compile(first_chars_lookahead(pattern))
    scan = _head_scan(twin)
    assert scan is not None
    for text in HEADED_TEXTS:
        low = text.lower()
        for a in range(len(low) + 1):
            for b in range(a, len(low) + 1, 7):
                part = low[a:b]
                spans = [(m.span(), m.groups()) for m in scan.finditer(twin, part)]
                assert spans == [(m.span(), m.groups()) for m in twin.finditer(part)]
                found, first = scan.search(twin, part), twin.search(part)
                assert (found and found.span()) == (first and first.span())
        blind = CaseBlind(pattern)
        assert [m.span() for m in blind.finditer(text)] == [
            m.span() for m in re.finditer(pattern, text, re.IGNORECASE)
        ]


@pytest.mark.parametrize("pattern", [r"\s+signed", r"\d+ partners", r"[a-z]+ership", r"a|"])
def test_no_head_scan_without_heads(pattern: str) -> None:
    # Any character may start a match, a digit does, or a match may be empty.
    assert _head_scan(re.compile(pattern)) is None


ANY_OF_TEXTS = [
    "The start-up quillfern, a spin-off of the lab, opens its doors.",
    "Het bedrijfje vondelink ging failliet.",
    "Nothing to see here",
    "a",
    "",
    "één kleine , an äpple",
]


@pytest.mark.parametrize(
    "strings",
    [
        (", a ", ", an ", "bedrijfje ", "start-up "),
        ("xyz", "qq"),
        ("ä", "één"),
        ("",),
        (),
        ("a", "an", "an "),
    ],
)
def test_any_of_is_any_substring(strings: tuple[str, ...]) -> None:
    found = AnyOf(strings)
    for text in ANY_OF_TEXTS:
        assert found.found_in(text) == any(s in text for s in strings), (strings, text)
