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
from collections.abc import Iterable

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
