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

The patterns' parse trees also say where a text is worth searching at all: the words every
match contains (``witnesses``), the characters and the strings every match starts with
(``first_chars_lookahead``, ``match_heads``).
"""

from __future__ import annotations

import functools
import re
import re._constants as sre_c  # type: ignore[import-not-found]  # no stubs: the parser re uses
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any

import ahocorasick

_ESCAPE = re.compile(r"\\.", re.DOTALL)
_CODE_ESCAPES = frozenset("uUxN01234567")
_BEYOND_LATIN_1 = re.compile(r"[^\x00-\xff]")


def ascii_lower(text: str) -> str | None:
    """``text`` lower-cased when it is ASCII (where folding is exact), else None."""
    return text.lower() if text.isascii() else None


# How many texts the per-text caches below keep: a realistic article asks about 60-90
# texts (its units and sentences, some of them again after the whole page's other passes),
# so that a page's texts are still there when a later pass asks (speed, not meaning).
_TEXTS_CACHED = 4096


@functools.lru_cache(maxsize=_TEXTS_CACHED)
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


# Witness analysis (speed, not meaning): the set of strings a part of a pattern can match
# is kept while it is this small, and a witness set is used only when its shortest word
# has at least this many characters (a shorter one is in almost every sentence).
_MAX_STRINGS = 64
_MIN_WITNESS = 3
# Zero-width parts: they match the empty string and require nothing.
_ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)

_Strings = frozenset[str] | None


def _product(left: frozenset[str], right: frozenset[str]) -> _Strings:
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The stronger of two witness sets: the one whose shortest word is longer."""
    if a is None or min(map(len, a)) == 0:
        return b
    if b is None or min(map(len, b)) == 0:
        return a
    return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a


def _item(op: Any, av: Any) -> tuple[_Strings, _Strings]:
    """(every string the part can match, or None; witnesses of the part, or None)."""
    if op is sre_c.LITERAL:
        one = frozenset({chr(av)})
        return one, one
    if op is sre_c.IN:
        items = av
        if all(o is sre_c.LITERAL for o, _ in items):
            chars = frozenset(chr(c) for _, c in items)
            return chars, chars
        return None, None
    if op is sre_c.SUBPATTERN:
        return _sequence(av[3])
    if op is sre_c.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre_c.BRANCH:
        parts = [_sequence(seq) for seq in av[1]]
        exact: _Strings = frozenset()
        witness: _Strings = frozenset()
        for e, w in parts:
            exact = None if exact is None or e is None else exact | e
            witness = None if witness is None or w is None else witness | w
        if exact is not None and len(exact) > _MAX_STRINGS:
            exact = None
        return exact, witness
    if op in _REPEATS:
        low, high, sub = av
        exact, witness = _sequence(sub)
        if low == 0:
            optional = None if exact is None or high != 1 else exact | {""}
            return optional, None
        return (exact if low == high == 1 else None), witness
    if op in _ZERO_WIDTH:
        return frozenset({""}), None
    return None, None


def _sequence(items: Sequence[tuple[Any, Any]]) -> tuple[_Strings, _Strings]:
    """(every string the sequence can match, or None; witnesses, or None): the witnesses
    are the best of each part's own and of each run of parts whose strings are known."""
    run: _Strings = frozenset({""})
    whole: _Strings = frozenset({""})
    best: _Strings = None
    for op, av in items:
        exact, witness = _item(op, av)
        best = _better(best, witness)
        if exact is None:
            best = _better(best, run)
            run = frozenset({""})
            whole = None
            continue
        joined = _product(run, exact) if run is not None else None
        if joined is None:
            best = _better(best, run)
            joined = exact
        run = joined
        whole = None if whole is None else _product(whole, exact)
    best = _better(best, run)
    return whole, best


def witnesses(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` contains, or None when the pattern
    gives none long enough to be worth a look (speed, not meaning: a text without any of
    them is not searched). Read from the parsed pattern, so only for a pattern matched
    case-sensitively, as ``CaseBlind`` runs its lower-case twin."""
    _exact, found = _sequence(sre_parse.parse(pattern, flags))
    if not found or min(map(len, found)) < _MIN_WITNESS:
        return None
    # A word that contains another is redundant: where it is, the shorter one is too.
    kept = sorted(found, key=len)
    return tuple(w for k, w in enumerate(kept) if not any(v in w for v in kept[:k]))


_FirstChars = tuple[frozenset[str] | None, bool]
# A first-character look-ahead is added only for a set at most this large (a larger one
# rejects few positions).
_MAX_FIRST = 32


def _first_of(items: Sequence[tuple[Any, Any]]) -> _FirstChars:
    """(the characters a match of the sequence can start with, or None when any can; whether
    the sequence can match the empty string)."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre_c.LITERAL:
            return frozenset({*chars, chr(av)}), False
        if op is sre_c.IN:
            for kind, value in av:
                if kind is sre_c.LITERAL:
                    chars.add(chr(value))
                elif kind is sre_c.RANGE and value[1] - value[0] < _MAX_FIRST:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None, False
            return frozenset(chars), False
        if op is sre_c.BRANCH:
            empty = False
            for branch in av[1]:
                first, can_be_empty = _first_of(branch)
                if first is None:
                    return None, False
                chars |= first
                empty = empty or can_be_empty
            if not empty:
                return frozenset(chars), False
            continue
        if op is sre_c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None, False  # a case switch inside: its letters match either case
            first, can_be_empty = _first_of(av[3])
        elif op is sre_c.ATOMIC_GROUP:
            first, can_be_empty = _first_of(av)
        elif op in _REPEATS:
            first, can_be_empty = _first_of(av[2])
            can_be_empty = can_be_empty or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        chars |= first
        if not can_be_empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _has_prefix(items: Sequence[tuple[Any, Any]]) -> bool:
    """``re`` finds the pattern's start by its first character itself: it starts with a
    literal, a character set, or branches that each start with a literal."""
    while items:
        op, av = items[0]
        if op is not sre_c.SUBPATTERN:
            break
        items = av[3]
    if not items:
        return False
    op, av = items[0]
    if op is sre_c.BRANCH:
        return all(b and b[0][0] is sre_c.LITERAL for b in av[1])
    return op is sre_c.LITERAL or op is sre_c.IN


def first_chars_lookahead(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a look-ahead for the characters its matches can start with, when
    they are few ("(?=[ap])(?:...)"), else ``pattern`` itself. It finds the same matches:
    ``re`` then rejects most positions with one test instead of trying every branch there
    (speed, not meaning). For a pattern matched case-sensitively, as ``CaseBlind``'s twin."""
    parsed = sre_parse.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return pattern  # its letters match either case: the look-ahead would not
    if _has_prefix(parsed):
        return pattern  # re already skips to the positions its first character can be at
    first, can_be_empty = _first_of(parsed)
    if first is None or can_be_empty or not first or len(first) > _MAX_FIRST:
        return pattern
    chars = "".join(re.escape(c) if c != "-" else r"\-" for c in sorted(first))
    return f"(?=[{chars}])(?:{pattern})"


_WORD_OF_HIT = itemgetter(1)  # an automaton hit is (end, word)


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
    if op in _ZERO_WIDTH:
        return frozenset({("", True)})  # zero-width: requires nothing of the match's text
    if op is sre_c.SUBPATTERN:
        # A group with flags of its own ("(?-i:...)") may match letters of either case.
        return _UNKNOWN if av[1] or av[2] else _heads_of(av[3])
    if op is sre_c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for branch in av[1]:
            out |= _heads_of(branch)
        return frozenset(out) if len(out) <= _MAX_HEADS else _UNKNOWN
    if op in _REPEATS:
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


class _WitnessIndex:
    """Every witness word of every ``CaseBlind`` twin built so far, in one Aho-Corasick
    automaton: one pass over a lower-cased text finds all the words it contains, and each
    pattern's witness check is then a set test instead of one substring search per word
    (speed, not meaning: a word is in the found set exactly when it is in the text)."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, words: tuple[str, ...]) -> None:
        """Index ``words`` too (a twin just built); found sets from before are dropped."""
        if not self.words.issuperset(words):
            self.words.update(words)
            self._automaton = None
            self.found.cache_clear()

    @functools.lru_cache(maxsize=_TEXTS_CACHED)  # noqa: B019 - one module-level index, never freed
    def found(self, low: str) -> frozenset[str]:
        """The indexed words that occur in ``low``. Cached: the patterns of one sentence
        ask many times."""
        automaton = self._automaton
        if automaton is None:
            automaton = self._automaton = ahocorasick.Automaton()
            for word in self.words:
                automaton.add_word(word, word)
            automaton.make_automaton()
        return frozenset(map(_WORD_OF_HIT, automaton.iter(low)))  # the words, in C


_WITNESS_INDEX = _WitnessIndex()


class AnyOf:
    """Whether a text contains one of some fixed strings, found in one Aho-Corasick pass
    over the text instead of one substring search per string (speed, not meaning:
    ``found_in(text)`` is ``any(s in text for s in strings)``). For the cheap pre-checks
    of the rules, whose hint lists have tens of strings."""

    __slots__ = ("_always", "_automaton")

    def __init__(self, strings: Iterable[str]) -> None:
        words = set(strings)
        self._always = "" in words  # the empty string is in every text
        self._automaton: ahocorasick.Automaton | None = None
        if words - {""}:
            self._automaton = ahocorasick.Automaton()
            for word in words - {""}:
                self._automaton.add_word(word, len(word))
            self._automaton.make_automaton()

    def found_in(self, text: str) -> bool:
        """One of the strings is in ``text``."""
        if self._always:
            return True
        automaton = self._automaton
        return automaton is not None and next(automaton.iter(text), None) is not None


def match_at_starts(
    pattern: re.Pattern[str], text: str, starts: list[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches all start at one of
    ``starts`` (in order; where one of the pattern's heads or a run of digits starts): the
    pattern is tried there only (``match`` at an offset still sees the characters before
    it, as ``^``, ``\\b`` and look-behinds need). Used by ``_HeadScan`` and the date finder."""
    end = 0
    for at in starts:
        if at < end:
            continue  # inside the last match, where ``finditer`` would not look either
        m = pattern.match(text, at)
        if m is not None:
            end = m.end()
            yield m


class _HeadScan:
    """Where a twin's matches can start in a lower-cased text: at one of its heads
    (``match_heads``), all found in one Aho-Corasick pass. The twin is then tried only
    there, with ``match`` (which, like ``search`` at that offset, still sees the characters
    before it, as ``^``, ``\\b`` and look-behinds need), instead of at every position the
    regular expression engine would try (speed, not meaning: the same matches, in order).
    Every match starts with a head of two characters or more, so none is empty."""

    __slots__ = ("_automaton",)

    def __init__(self, heads: frozenset[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for head in heads:
            self._automaton.add_word(head, len(head) - 1)
        self._automaton.make_automaton()

    def starts(self, low: str) -> list[int]:
        """Where a head starts in ``low``, in order (a hit is (end, length - 1))."""
        return sorted({end - back for end, back in self._automaton.iter(low)})

    def search(self, twin: re.Pattern[str], low: str) -> re.Match[str] | None:
        """``twin.search(low)``."""
        match = twin.match
        for at in self.starts(low):
            m = match(low, at)
            if m is not None:
                return m
        return None

    def finditer(self, twin: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
        """``twin.finditer(low)``."""
        return match_at_starts(twin, low, self.starts(low))


def _head_scan(twin: re.Pattern[str]) -> _HeadScan | None:
    """A ``_HeadScan`` for ``twin`` when its heads are known and none is a digit, else None."""
    heads = match_heads(twin)
    if heads is None or DIGIT in heads:
        return None
    return _HeadScan(heads)


# (the twin, its witness words as a set, its head scan, its witness words in order); the
# set because ``frozenset.isdisjoint`` with a set walks the smaller side, not every word.
_Twin = tuple[
    re.Pattern[str] | None, frozenset[str] | None, _HeadScan | None, tuple[str, ...] | None
]


class CaseBlind:
    """A compiled case-blind pattern with a faster twin for ASCII text (see module doc).

    The twin is tried only on text that contains one of its ``witnesses``, and only where
    its matches can start: at its heads (``_HeadScan``) when it has them, else at the
    characters its matches can start with (``first_chars_lookahead``; speed, not meaning).
    The twin is built at the first search, not at import: a process pays only for the
    patterns it uses (parse workers and the command line start sooner)."""

    __slots__ = ("_flags", "_pattern", "_twin", "blind")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.blind = re.compile(pattern, flags | re.IGNORECASE)
        self._pattern = pattern
        self._flags = flags
        self._twin: _Twin | None = None

    def __reduce__(self) -> tuple[type[CaseBlind], tuple[str, int]]:
        """Pickled as its pattern and flags: the twin is built again where it is unpickled,
        so that its witness words are in that process's ``_WITNESS_INDEX``."""
        return CaseBlind, (self._pattern, self._flags)

    def _build_twin(self) -> _Twin:
        plain = self._flags & ~re.IGNORECASE
        if _foldable(self._pattern):
            lowered = re.compile(first_chars_lookahead(self._pattern, plain), plain)
            words = witnesses(self._pattern, plain)
            if words is not None:
                _WITNESS_INDEX.add(words)
            word_set = None if words is None else frozenset(words)
            self._twin = (lowered, word_set, _head_scan(lowered), words)
        else:
            self._twin = (None, None, None, None)
        return self._twin

    @property
    def lowered(self) -> re.Pattern[str] | None:
        """The case-sensitive twin for lower-cased text, or None where folding is unsafe."""
        return (self._twin or self._build_twin())[0]

    @property
    def witnesses(self) -> tuple[str, ...] | None:
        """Words one of which every match contains (``witnesses``), or None."""
        return (self._twin or self._build_twin())[3]

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """Like ``re.Pattern.search``; ``low`` is ``fold_lower(text)`` when known."""
        lowered, words, heads, _ = self._twin or self._build_twin()
        if lowered is not None:
            if low is None:
                low = fold_lower(text)
            if low is not None:
                if words is not None and _WITNESS_INDEX.found(low).isdisjoint(words):
                    return None
                return lowered.search(low) if heads is None else heads.search(lowered, low)
        return self.blind.search(text)

    def search_part(self, text: str, a: int, b: int) -> re.Match[str] | None:
        """Like ``search(text[a:b])`` (the same span; the matched text may come back
        lower-cased), with the whole ``text`` folded and its witness words found once for
        all its parts (a unit's sentences) instead of once per part: the part of a folded
        text is the folded part, and a word missing from the text is missing from the part."""
        lowered, words, heads, _ = self._twin or self._build_twin()
        if lowered is not None:
            low = fold_lower(text)
            if low is not None:
                if words is not None and _WITNESS_INDEX.found(low).isdisjoint(words):
                    return None
                part = low[a:b]
                return lowered.search(part) if heads is None else heads.search(lowered, part)
        return self.search(text[a:b])

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``; ``low`` is ``fold_lower(text)`` when known."""
        lowered, words, heads, _ = self._twin or self._build_twin()
        if lowered is not None:
            if low is None:
                low = fold_lower(text)
            if low is not None:
                if words is not None and _WITNESS_INDEX.found(low).isdisjoint(words):
                    return iter(())
                return lowered.finditer(low) if heads is None else heads.finditer(lowered, low)
        return self.blind.finditer(text)
