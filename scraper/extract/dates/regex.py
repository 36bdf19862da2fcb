"""Regex alternations of vocabulary words, built as a prefix tree for speed.

``re`` tries every branch of ``jan|januari|january|...`` at every position of
the text; factored into a tree (``jan(?:uar(?:i|y))?``) it rejects most
positions at the first character. Matching is the same as the flat
alternation with the longest word first: the words that can match at one
position are prefixes of each other, and the tree tries the longer
continuation before the shorter one.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # type: ignore[import-not-found]  # no stubs: the parser re uses
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterable, Sequence
from typing import Any

from scraper.extract.case_blind import _foldable

# A space inside a phrase ("beginning of") matches any run of whitespace.
_SPACE = r"\s+"


def word_alternation(words: Iterable[object]) -> str:
    """A regex (without a group around it) matching any of ``words``, longest first."""
    root: dict[str, dict] = {}
    for word in {str(w) for w in words}:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    branches = [
        (_SPACE if char == " " else re.escape(char)) + _emit(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        # A word ends here, and longer ones go on: try them first (greedy "?").
        return f"(?:{body})?"
    return body


# Heads: the strings every match of a pattern starts with (speed, not meaning). A head is
# cut at this length, and a pattern whose heads come to more than this many is not gated.
_HEAD_LENGTH = 6
_MAX_HEADS = 512
_Heads = frozenset[tuple[str, bool]]  # (a start of the match, whether it is all of it)
# The head of a match that starts with a decimal digit (``\\d``): no text holds it, the
# caller looks for digits instead.
DIGIT = "\x00"
_DIGITS = (sre_c.CATEGORY, sre_c.CATEGORY_DIGIT)


def _join(left: _Heads, right: _Heads) -> _Heads | None:
    out = set()
    for s, whole in left:
        if not whole or len(s) >= _HEAD_LENGTH:
            out.add((s[:_HEAD_LENGTH], False))
            continue
        for t, also in right:
            if t.startswith(DIGIT):
                out.add((s or DIGIT, False))  # a digit ends what is known
                continue
            joined = s + t
            out.add((joined[:_HEAD_LENGTH], whole and also and len(joined) < _HEAD_LENGTH))
    return frozenset(out) if len(out) <= _MAX_HEADS else None


def _heads_of_item(op: Any, av: Any) -> _Heads:
    if op is sre_c.LITERAL:
        return frozenset({(chr(av), True)})
    if op is sre_c.IN and all(o is sre_c.LITERAL for o, _a in av):
        return frozenset((chr(a), True) for _o, a in av)
    if op is sre_c.IN and av == [_DIGITS]:
        return frozenset({(DIGIT, False)})
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return frozenset({("", True)})  # zero-width: requires nothing of the match's text
    if op is sre_c.SUBPATTERN:
        # A group with flags of its own ("(?-i:...)") may match letters of either case.
        return _UNKNOWN if av[1] or av[2] else _heads_of(av[3])
    if op is sre_c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for branch in av[1]:
            out |= _heads_of(branch)
        return frozenset(out) if len(out) <= _MAX_HEADS else _UNKNOWN
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        low, high, sub = av
        inner = _heads_of(sub)
        if low == high == 1:
            return inner
        # One pass of the part may be followed by more: none of its heads is all of it.
        opened = frozenset((s, False) for s, _whole in inner) if high != 1 else inner
        return opened | {("", True)} if low == 0 else opened
    return _UNKNOWN


_UNKNOWN: _Heads = frozenset({("", False)})


def _heads_of(items: Sequence[tuple[Any, Any]]) -> _Heads:
    heads: _Heads = frozenset({("", True)})
    for op, av in items:
        if all(not whole or len(s) >= _HEAD_LENGTH for s, whole in heads):
            break
        joined = _join(heads, _heads_of_item(op, av))
        if joined is None:
            return frozenset((s, False) for s, _whole in heads)
        heads = joined
    return heads


def match_heads(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` starts with ("jan", "in", ...;
    ``DIGIT`` for any decimal digit), or None when the pattern gives none of at least two
    characters. The pattern is then tried only where one of them stands in a text instead
    of at every position (speed, not meaning). Read from the parse tree ``re`` compiles.

    The heads are those of the text as ``re`` compares it: for a case-blind pattern they
    are given only when they are lower-case and fold like the letters of text that
    ``case_blind.fold_lower`` folds (they are then looked for in that lower-cased text).
    """
    heads = {s for s, _whole in _heads_of(sre_parse.parse(pattern.pattern, pattern.flags).data)}
    if not heads or min((len(h) for h in heads if h != DIGIT), default=2) < 2:
        return None
    if pattern.flags & re.IGNORECASE and not all(
        _foldable(re.escape(h)) for h in heads if h != DIGIT
    ):
        return None  # letters that match either case where lower-casing would not pair them
    # A head that another one starts ("apr." after "apr") stands where that one does.
    return frozenset(h for h in heads if not any(h.startswith(g) and g != h for g in heads))
