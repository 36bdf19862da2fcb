"""Case-blind regular expressions that run case-sensitively on lower-cased ASCII text.

CPython's ``re`` folds every character it compares when IGNORECASE is on, and it
cannot skip ahead to the letters a pattern may start with; the trigger and cue
patterns run on every sentence, so that made them the slowest part of extraction.
On ASCII text a pattern without upper-case letters finds exactly the same spans
case-sensitively in ``text.lower()`` (lower-casing ASCII keeps every offset and
every word boundary). Only the matched text differs: it comes back lower-cased,
so callers use spans or lower-case the groups they read. Other text, and patterns
that are not safe to fold, use the case-blind pattern as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ESCAPE = re.compile(r"\\.", re.DOTALL)
_CODE_ESCAPES = frozenset("uUxN01234567")


def ascii_lower(text: str) -> str | None:
    """``text`` lower-cased when it is ASCII (where folding is exact), else None."""
    return text.lower() if text.isascii() else None


def _foldable(pattern: str) -> bool:
    """The pattern has no upper-case ASCII letter, and no non-ASCII letter that a
    case-blind match would pair with an ASCII one ("ſ" with "s", the Kelvin sign with "k")."""
    if any(esc[1] in _CODE_ESCAPES for esc in _ESCAPE.findall(pattern)):
        return False  # a character given by its code ("\\u017f") is not checked below
    bare = _ESCAPE.sub("", pattern).replace("(?P<", "(").replace("(?P=", "(")
    if any("A" <= ch <= "Z" for ch in bare):
        return False
    others = {ch for ch in pattern if not ch.isascii()}
    return not any(
        re.fullmatch(re.escape(ch), chr(a), re.IGNORECASE) for ch in others for a in range(128)
    )


class CaseBlind:
    """A compiled case-blind pattern with a faster twin for ASCII text (see module doc)."""

    __slots__ = ("blind", "lowered")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.blind = re.compile(pattern, flags | re.IGNORECASE)
        self.lowered = re.compile(pattern, flags & ~re.IGNORECASE) if _foldable(pattern) else None

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """Like ``re.Pattern.search``; ``low`` is ``ascii_lower(text)`` when known."""
        if self.lowered is not None:
            if low is None and text.isascii():
                low = text.lower()
            if low is not None:
                return self.lowered.search(low)
        return self.blind.search(text)

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``; ``low`` is ``ascii_lower(text)`` when known."""
        if self.lowered is not None:
            if low is None and text.isascii():
                low = text.lower()
            if low is not None:
                return self.lowered.finditer(low)
        return self.blind.finditer(text)
