"""Cut article units into sentences and hand each its organisations and dates."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from scraper.extract.organisations.mentions import OrgMention
from scraper.models import DateMention

_ABBREVIATION = re.compile(
    r"(?:\b(?:prof|dr|drs|ir|mr|mrs|ms|st|sr|jr|vs|e\.g|i\.e|etc|no|nr|inc|ltd|co|b\.v|n\.v|dhr|mevr|"
    r"ca|approx)|\b[A-Z])\.$",
    re.IGNORECASE,
)

# A month's abbreviation before a day or a year ("Oct. 14, 2026", "Sept. 2025"), as in wire
# datelines: no sentence ends there.
_MONTH_ABBREVIATION = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$", re.I)

# How far before the end of a sentence an abbreviation can start ("approx.", with slack).
_ABBREVIATION_REACH = 16

# Quoted speech: what someone says about a partnership restates it, it is not the statement.
_QUOTE = re.compile(r"“[^”]{0,600}”|‘[^’]{0,600}’(?!\w)|„[^”“]{0,600}[”“]|\"[^\"]{0,600}\"")


_SENTENCE_END = re.compile(r"[.!?]+[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9À-Ý])")


@dataclass(slots=True)
class Sentence:
    """A sentence of one unit with the organisations and dates found inside it."""

    unit: int
    start: int
    end: int
    text: str
    title: bool = False
    orgs: list[OrgMention] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # quoted speech, sentence offsets
    dates: list[DateMention] = field(default_factory=list)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``; abbreviations ("Prof.", "B.V.", "Oct. 14") do not end a
    sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        # The sentence so far ends with the punctuation at ``m.start()`` (nothing to strip).
        # The pattern ends in "\.$" and is at most 7 characters long: searching the tail
        # finds the same; searched in ``text`` itself, up to that punctuation, word
        # boundaries see the character before the tail, and before ``start`` white space
        # (or the start of the text), as a copy of the sentence would.
        cut = m.start() + 1
        # The pattern ends in "\.$": a sentence ending in "!" or "?" is never cut short.
        if text[m.start()] == "." and (
            _ABBREVIATION.search(text, max(start, cut - _ABBREVIATION_REACH), cut)
            or (
                text[m.end() : m.end() + 1].isdigit()
                and _MONTH_ABBREVIATION.search(text, max(start, cut - _ABBREVIATION_REACH), cut)
            )
        ):
            continue
        spans.append((start, m.start() + len(m.group().rstrip())))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def build_sentences(
    units: Sequence[str],
    mentions: Sequence[Sequence[OrgMention]],
    dates: Sequence[Sequence[DateMention]],
    *,
    has_title: bool = False,
) -> list[Sentence]:
    """Cut every unit into sentences and hand each one its mentions and dates.

    ``has_title`` says the first unit is the headline.
    """
    out = []
    for u, text in enumerate(units):
        quoted = [m.span() for m in _QUOTE.finditer(text)]
        spans = split_sentences(text)
        unit: list[Sentence] = []
        for start, end in spans:
            s = Sentence(u, start, end, text[start:end], title=has_title and u == 0)
            if quoted:
                s.quotes = [
                    (max(a, start) - start, min(b, end) - start)
                    for a, b in quoted
                    if a < end and b > start
                ]
            unit.append(s)
        # Each mention and date goes to the sentence it starts in, found by bisection over
        # the sentence starts (in their own order: the same lists as filtering every
        # sentence for them, in one pass).
        starts = [start for start, _end in spans]
        for m in mentions[u]:
            k = bisect.bisect_right(starts, m.start) - 1
            if k >= 0 and m.start < spans[k][1]:
                unit[k].orgs.append(m)
        for d in dates[u]:
            if d.span is not None:
                k = bisect.bisect_right(starts, d.span[0]) - 1
                if k >= 0 and d.span[0] < spans[k][1]:
                    unit[k].dates.append(d)
        out.extend(unit)
    return out
