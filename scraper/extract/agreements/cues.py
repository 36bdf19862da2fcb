"""Agreement type and status from trigger language.

Which relationship a sentence states, and whether it is signed, planned,
ongoing, renewed or ended.
"""

from __future__ import annotations

import functools
from operator import itemgetter
from typing import NamedTuple

import ahocorasick

from scraper.extract.agreements import patterns as P
from scraper.extract.agreements.vocab import coreference as VC
from scraper.extract.agreements.vocab import triggers as VT
from scraper.extract.case_blind import CaseBlind, ascii_lower, fold_lower


class StemGates(NamedTuple):
    """Cheap pre-checks (speed, not meaning): a trigger pattern can only match a lower-cased
    sentence that contains one of its stems, the sentence-level patterns only one that
    contains one of ``sentence``. A trigger's fifth field, when not None, is a second
    pre-check (``TRIGGER_WITNESSES``): every match contains one of those words too."""

    triggers: tuple[tuple[CaseBlind, str, float, tuple[str, ...], tuple[str, ...] | None], ...]
    sentence: tuple[str, ...]


def _all_gates() -> StemGates:
    seen: dict[str, int] = {}
    out = []
    for rx, t, s in P.TRIGGERS:
        n = seen[t] = seen.get(t, -1) + 1
        out.append((rx, t, s, VT.TRIGGER_STEMS[t], VT.TRIGGER_WITNESSES.get((t, n))))
    return StemGates(tuple(out), VT.GATE_STEMS)


ALL_GATES = _all_gates()


def _stem_automaton() -> ahocorasick.Automaton:
    """Every stem of ``ALL_GATES`` in one Aho-Corasick automaton: one pass over a text
    finds all the stems it contains, instead of one substring search per stem."""
    automaton = ahocorasick.Automaton()
    words = (g[4] or () for g in ALL_GATES.triggers)
    for stems in (*(g[3] for g in ALL_GATES.triggers), *words, ALL_GATES.sentence):
        for stem in stems:
            automaton.add_word(stem, stem)
    automaton.make_automaton()
    return automaton


_STEMS = _stem_automaton()
_STEM_OF_HIT = itemgetter(1)  # an automaton hit is (end, stem)
# Each trigger's stems and witnesses by their place in its own tuple (speed: a unit's few
# stems are looked up there instead of testing every stem of every trigger).
_STEM_PLACES = tuple({stem: k for k, stem in enumerate(g[3])} for g in ALL_GATES.triggers)
_WITNESS_PLACES = tuple(
    None if g[4] is None else {w: k for k, w in enumerate(g[4])} for g in ALL_GATES.triggers
)
_SENTENCE_PLACES = {stem: k for k, stem in enumerate(ALL_GATES.sentence)}
_TRIGGERS_OF_STEM: dict[str, tuple[int, ...]] = {}
for _k, _places in enumerate(_STEM_PLACES):
    for _stem in _places:
        _TRIGGERS_OF_STEM[_stem] = (*_TRIGGERS_OF_STEM.get(_stem, ()), _k)


def _in_order(found: frozenset[str], places: dict[str, int]) -> tuple[str, ...]:
    """The words of ``found`` that have a place in ``places``, in that order."""
    return tuple(sorted(filter(places.__contains__, found), key=places.__getitem__))


def gates_within(text: str) -> StemGates:
    """The pre-checks that can pass for a sentence that is part of ``text`` (its unit).

    A stem missing from the whole unit is missing from each of its sentences, so a
    sentence is checked only for the stems its unit has. Only for text where
    lower-casing a part gives a part of the lower-cased whole (``fold_lower``).
    """
    low = fold_lower(text)
    if low is None:
        return ALL_GATES
    return _gates_for(frozenset(map(_STEM_OF_HIT, _STEMS.iter(low))))  # stems, found in C


@functools.lru_cache(maxsize=1024)
def _gates_for(found: frozenset[str]) -> StemGates:
    """``gates_within`` a unit that holds the stems and witnesses ``found`` (and no other).
    Cached (speed): a paragraph holds a few of them, and paragraphs share the same few."""
    kept = []
    # Only the triggers with a stem in the unit can pass, in their own order.
    for k in sorted({k for stem in found for k in _TRIGGERS_OF_STEM.get(stem, ())}):
        rx, t, s, _stems, witnesses = ALL_GATES.triggers[k]
        present = _in_order(found, _STEM_PLACES[k])
        places = _WITNESS_PLACES[k]
        if places is not None:
            witnesses = _in_order(found, places)
        if present and witnesses != ():
            kept.append((rx, t, s, present, witnesses))
    return StemGates(tuple(kept), _in_order(found, _SENTENCE_PLACES))


def anaphor_family(noun: str) -> tuple[str, ...]:
    """The record types an anaphoric noun can refer to ("the partnership" -> partnership)."""
    noun = noun.lower()
    return next((types for key, types in VC.ANAPHOR_TYPES.items() if noun.startswith(key)), ())


def triggers(text: str, gates: StemGates = ALL_GATES) -> list[tuple[int, int, str, float]]:
    """Every trigger in ``text`` as (start, end, type, strength), in text order.

    ``gates`` is ``gates_within`` the unit ``text`` comes from, when known.
    """
    low = text.lower()
    folded = low if text.isascii() else fold_lower(text)
    hits = [
        (m.start(), m.end(), t, s)
        for rx, t, s, stems, witnesses in gates.triggers
        if any(map(low.__contains__, stems))
        # The witnesses only where folding is exact: there a match's words are in ``folded``.
        and (witnesses is None or folded is None or any(map(folded.__contains__, witnesses)))
        for m in rx.finditer(text, folded)
    ]
    hits.sort()
    return hits


def main_trigger(hits: list[tuple[int, int, str, float]]) -> tuple[int, int, str, float]:
    """The first trigger, unless a compound around it names a stronger type.

    A letter of intent to merge is a letter of intent: what is signed is the memorandum.

    "consortium agreement" is a consortium, "joint degree agreement" a joint
    programme, "collaboration agreement" an agreement. An ending anywhere in the
    sentence wins: "decided not to renew the collaboration agreement with X" ends it.
    """
    ending = [h for h in hits if h[2] == "termination"]
    if ending:
        return ending[0]
    first = hits[0]
    if first[2] == "mou" and any(h[2] == "other" for h in hits[1:]):
        # "signed a letter of intent to merge": what is signed is the letter of intent.
        return first
    near = [h for h in hits if h[0] <= first[1] + 25]
    main = min(near, key=lambda h: (P.PRIORITY[h[2]], h[0]))
    ttype = compound_type(hits, main)
    return main if ttype == main[2] else (*main[:2], ttype, main[3])


def compound_type(hits: list[tuple[int, int, str, float]], hit: tuple[int, int, str, float]) -> str:
    """The type of the compound noun ``hit`` heads: a "consortium agreement" is a consortium,
    a "partnership agreement" a partnership (a kind of relationship right before "agreement"
    names it; "collaboration agreement" stays an agreement)."""
    if hit[2] != "agreement":
        return hit[2]
    before = [h for h in hits if h[0] < hit[0] and 0 <= hit[0] - h[1] <= 1]
    named = [h for h in before if h[2] in VT.COMPOUND_MODIFIER_TYPES]
    return named[-1][2] if named else hit[2]


def status_of(text: str, ttype: str) -> str:
    """The status a sentence gives a relationship of type ``ttype``."""
    if ttype == "termination":
        return "ended"
    return _status_cues(text) or ("signed" if ttype in ("agreement", "mou") else "ongoing")


def status_cue(text: str) -> str | None:
    """The status ``text`` states by its own words ("renewed", "signed", ...), or None."""
    return _status_cues(text)


@functools.lru_cache(maxsize=512)
def _status_cues(text: str) -> str | None:
    # Cached: one sentence is asked about once per trigger and again by coreference.
    low = ascii_lower(text)
    if _renewal_told(text, low):
        return "renewed"
    if P.SIGNED_PAST.search(text, low):
        return "signed"
    if P.STATUS["continuing"].search(text, low):
        return "ongoing"
    for status in ("planned", "ongoing", "signed"):
        if P.STATUS[status].search(text, low):
            return status
    return None


def _renewal_told(text: str, low: str | None) -> bool:
    """Whether ``text`` tells a renewal: a renewal word that is no option to renew ("kan
    daarna met vijf jaar worden verlengd", "with an option to extend")."""
    for m in P.STATUS["renewed"].finditer(text, low):
        if P.RENEWAL_OPTION.search(text, max(0, m.start() - 60), m.start()) is None:
            return True
    return False
