"""Days told relative to another day of the page: "Een dag eerder had de gemeente ...
getekend", "The day before, the council signed", "twee dagen later".

Such a day counts from the last day told in full or resolved before it in reading order
(in an earlier paragraph too), not from the publication date: a page-level step after the
date finder has read every paragraph. Without such a day before it, it gives no date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from scraper.extract.dates import vocab as V
from scraper.extract.dates.regex import word_alternation
from scraper.models import DateMention

_COUNT = rf"(?P<count>{word_alternation(V.DAY_COUNTS)})"
# "een dag eerder", "two days later", "the day before" (not "the day before yesterday"),
# "de dag erna", "the following day".
_ANCHORED = re.compile(
    rf"\b(?:{_COUNT}\s+(?:dag|dagen|day|days)\s+(?P<shift>{word_alternation(V.SHIFT_WORDS)})"
    rf"|(?P<phrase>{word_alternation(V.ANCHORED_DAY_PHRASES)}))\b"
    r"(?!\s+(?:yesterday|tomorrow|gisteren|morgen)\b)",
    re.IGNORECASE,
)
# A cheap test before the pattern: a word every expression holds (speed only).
_GATE = re.compile(r"\b(?:da(?:g|gen|gs|y|ys))\b", re.IGNORECASE)


def anchored_days(
    units: Sequence[str], found: Sequence[list[DateMention]]
) -> list[list[DateMention]]:
    """``found`` (the dates of each unit, in order, with spans) with the days each unit
    tells relative to the last day before it added in their place."""
    out: list[list[DateMention]] = []
    last: date | None = None
    for text, dates in zip(units, found, strict=True):
        if not _GATE.search(text):
            out.append(dates)
            last = _last_day(dates, last)
            continue
        taken = [d.span for d in dates if d.span is not None]
        added: list[DateMention] = []
        for m in _ANCHORED.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # part of a date the finder read already
            # The last day before it: the finder's, or one this step added just before.
            before = sorted(
                (d for d in [*dates, *added] if d.span is not None and d.span[1] <= m.start()),
                key=_start,
            )
            anchor = _last_day(before, last)
            if anchor is None:
                continue
            day = anchor + timedelta(days=_offset(m))
            added.append(DateMention(m.group(0), day.isoformat(), "day", (m.start(), m.end())))
        merged = sorted([*dates, *added], key=_start)
        out.append(merged if added else dates)
        last = _last_day(merged, last)
    return out


def _offset(m: re.Match[str]) -> int:
    """How many days after (positive) or before the anchor the match tells."""
    if m["phrase"]:
        return V.ANCHORED_DAY_PHRASES[m["phrase"].lower()]
    count = V.DAY_COUNTS[m["count"].lower()]
    return count * V.SHIFT_WORDS[m["shift"].lower()]


def _start(mention: DateMention) -> int:
    return mention.span[0] if mention.span is not None else 0


def _last_day(dates: Sequence[DateMention], last: date | None) -> date | None:
    """The last day (precision day, with a value) of ``dates``, else ``last``."""
    for d in reversed(dates):
        if d.precision == "day" and d.value is not None:
            return date.fromisoformat(d.value)
    return last
