"""Agreement type and status from trigger language.

Which relationship a sentence states, and whether it is signed, planned,
ongoing, renewed or ended.
"""

from __future__ import annotations

import functools

from scraper.extract import agreement_patterns as P
from scraper.extract.vocab import coreference as VC
from scraper.extract.vocab import triggers as VT


def anaphor_family(noun: str) -> tuple[str, ...]:
    """The record types an anaphoric noun can refer to ("the partnership" -> partnership)."""
    noun = noun.lower()
    return next((types for key, types in VC.ANAPHOR_TYPES.items() if noun.startswith(key)), ())


def triggers(text: str) -> list[tuple[int, int, str, float]]:
    """Every trigger in ``text`` as (start, end, type, strength), in text order."""
    low = text.lower()
    hits = [
        (m.start(), m.end(), t, s)
        for rx, t, s in P.TRIGGERS
        if any(stem in low for stem in VT.TRIGGER_STEMS[t])
        for m in rx.finditer(text)
    ]
    hits.sort()
    return hits


def main_trigger(hits: list[tuple[int, int, str, float]]) -> tuple[int, int, str, float]:
    """The first trigger, unless a compound around it names a stronger type.

    "consortium agreement" is a consortium, "joint degree agreement" a joint
    programme, "collaboration agreement" an agreement. An ending anywhere in the
    sentence wins: "decided not to renew the collaboration agreement with X" ends it.
    """
    ending = [h for h in hits if h[2] == "termination"]
    if ending:
        return ending[0]
    first = hits[0]
    near = [h for h in hits if h[0] <= first[1] + 25]
    return min(near, key=lambda h: (P.PRIORITY[h[2]], h[0]))


def status_of(text: str, ttype: str) -> str:
    """The status a sentence gives a relationship of type ``ttype``."""
    if ttype == "termination":
        return "ended"
    return _status_cues(text) or ("signed" if ttype in ("agreement", "mou") else "ongoing")


@functools.lru_cache(maxsize=512)
def _status_cues(text: str) -> str | None:
    # Cached: one sentence is asked about once per trigger and again by coreference.
    if P.STATUS["renewed"].search(text):
        return "renewed"
    if P.SIGNED_PAST.search(text):
        return "signed"
    if P.STATUS["continuing"].search(text):
        return "ongoing"
    for status in ("planned", "ongoing", "signed"):
        if P.STATUS[status].search(text):
            return status
    return None
