"""Case-blind regular expressions that run case-sensitively on lower-cased ASCII text.

CPython's ``re`` folds every character it compares when IGNORECASE is on, and it
cannot skip ahead to the letters a pattern may start with; the trigger and cue
patterns run on every sentence, so that made them the slowest part of extraction.
On ASCII text a pattern without upper-case letters finds exactly the same spans
case-sensitively in ``text.lower()`` (lower-casing ASCII keeps every offset and
every word boundary). Only the matched text differs: it comes back lower-cased,
so callers use spans or lower-case the groups they read. Other text, and patterns
that are not safe to fold, use the case-blind pattern as before.

The same holds for text of Latin-1 letters (Dutch "één", "Université") and case-less
characters (dashes, curly quotes): there too ``str.lower`` maps one character to one,
keeps word boundaries, and pairs exactly the characters a case-blind match pairs
(``fold_lower`` says when; ``_foldable`` checks the pattern side).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

_ESCAPE = re.compile(r"\\.", re.DOTALL)
_CODE_ESCAPES = frozenset("uUxN01234567")
_BEYOND_LATIN_1 = re.compile(r"[^\x00-\xff]")


def ascii_lower(text: str) -> str | None:
    """``text`` lower-cased when it is ASCII (where folding is exact), else None."""
    return text.lower() if text.isascii() else None


@functools.lru_cache(maxsize=256)
def fold_lower(text: str) -> str | None:
    """``text`` lower-cased when folding it is exact (see the module doc), else None.

    That is ASCII text, and text whose other characters are Latin-1 or have no case
    (no "İ", whose lower case is two characters, no "ſ" or Kelvin sign, which a case-blind
    match pairs with "s" and "k"). Cached: the patterns of one sentence ask many times.
    """
    if text.isascii():
        return text.lower()
    # Only the characters beyond Latin-1 need a look (one C-level scan finds them).
    for ch in set(_BEYOND_LATIN_1.findall(text)):
        if ch.lower() != ch or ch.upper() != ch:
            return None
    return text.lower()


def _foldable(pattern: str) -> bool:
    """The pattern has no upper-case letter, no case switch of its own, and no other
    letter that a case-blind match pairs with a Latin-1 letter of another lower case
    ("ſ" with "s", the Kelvin sign with "k", "μ" with the micro sign)."""
    if any(esc[1] in _CODE_ESCAPES for esc in _ESCAPE.findall(pattern)):
        return False  # a character given by its code ("\\u017f") is not checked below
    bare = _ESCAPE.sub("", pattern).replace("(?P<", "(").replace("(?P=", "(")
    if any("A" <= ch <= "Z" for ch in bare) or "(?-" in bare:
        return False
    others = {ch for ch in pattern if not ch.isascii()}
    if any(ch.lower() != ch for ch in others):
        return False
    return all(
        bool(re.fullmatch(re.escape(ch), chr(a), re.IGNORECASE)) == (chr(a).lower() == ch)
        for ch in others
        for a in range(256)
    )


class CaseBlind:
    """A compiled case-blind pattern with a faster twin for ASCII text (see module doc)."""

    __slots__ = ("blind", "lowered")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.blind = re.compile(pattern, flags | re.IGNORECASE)
        self.lowered = re.compile(pattern, flags & ~re.IGNORECASE) if _foldable(pattern) else None

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """Like ``re.Pattern.search``; ``low`` is ``fold_lower(text)`` when known."""
        if self.lowered is not None:
            if low is None:
                low = fold_lower(text)
            if low is not None:
                return self.lowered.search(low)
        return self.blind.search(text)

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``; ``low`` is ``fold_lower(text)`` when known."""
        if self.lowered is not None:
            if low is None:
                low = fold_lower(text)
            if low is not None:
                return self.lowered.finditer(low)
        return self.blind.finditer(text)
