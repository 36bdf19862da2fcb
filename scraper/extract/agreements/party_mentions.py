"""The organisation mentions party finding reads, adjusted for how news names them.

- places are no parties: a continent, country or region recognised as an organisation
  ("universities from Europe and Africa", "Germany's Fraunhofer-Gesellschaft") is left out;
- short forms of company names, as news uses them after the full name (below).

A news item names "Kestrel Minerals plc" or "Zhenhai Digital" once and then writes
"Imperial and Kestrel signed the partnership in 2023", "De VUB en Zhenhai sloten in 2020
een overeenkomst". The first word of a company's name, written alone after the full name
was used, names that company for party finding (the organisation list is not changed):
only when no other organisation of the page shares that word, it is no generic or
national word, and no place preposition stands before it ("in Kestrel").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from scraper.extract.agreements.vocab import coreference as VC
from scraper.extract.organisations.mentions import OrgMention
from scraper.extract.sentences import Sentence
from scraper.keys import alias_key

_PLACE_BEFORE = re.compile(VC.SHORT_FORM_PLACE_BEFORE, re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-Z][\w-]{2,}")


def with_short_forms(
    sentences: Sequence[Sentence], kinds: dict[str, str | None]
) -> Sequence[Sentence]:
    """``sentences``, where a short form of a company named before is one more mention."""
    shorts = _short_forms(sentences, kinds)
    if not shorts:
        return sentences
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, shorts)) + r")\b(?![\w-])")
    seen: set[str] = set()
    out = list(sentences)
    words = tuple(shorts)
    for k, sent in enumerate(sentences):
        # Cheap pre-check (speed, not meaning): the word itself must be in the sentence.
        if seen and any(map(sent.text.__contains__, words)):
            added = [
                OrgMention(
                    shorts[m.group()],
                    m.group(),
                    sent.start + m.start(),
                    sent.start + m.end(),
                    sent.unit,
                    kinds.get(shorts[m.group()]),
                    "short form",
                )
                for m in pattern.finditer(sent.text)
                if shorts[m.group()] in seen and _alone(sent, m)
            ]
            if added:
                orgs = sorted([*sent.orgs, *added], key=lambda o: o.start)
                out[k] = replace(sent, orgs=orgs)
        seen.update(o.name for o in sent.orgs if o.name in shorts.values())
    return out


def without_places(sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """``sentences`` without mentions that name a place, not an organisation."""
    out = list(sentences)
    for k, sent in enumerate(sentences):
        if any(_a_place(m.name) for m in sent.orgs):
            out[k] = replace(sent, orgs=[m for m in sent.orgs if not _a_place(m.name)])
    return out


@functools.lru_cache(maxsize=1024)
def _a_place(name: str) -> bool:
    """``name`` is a country, continent or region ("Europe", "België", "Flanders")."""
    return alias_key(name) in VC.PLACES_NOT_PARTIES


def _short_forms(sentences: Sequence[Sentence], kinds: dict[str, str | None]) -> dict[str, str]:
    """First word -> company name, for the words that name one organisation of the page."""
    shorts: dict[str, str] = {}
    for name, kind in kinds.items():
        if kind not in VC.SHORT_FORM_KINDS or " " not in name:
            continue
        word = name.split(None, 1)[0]
        if _FIRST_WORD.fullmatch(word) and word.lower() not in VC.SHORT_FORM_STOP:
            # Two companies with one first word ("Shell Nederland", "Shell Chemicals"): none.
            shorts[word] = "" if word in shorts else name
    shorts = {w: n for w, n in shorts.items() if n}
    if not shorts:
        return shorts
    # A word another organisation's name or surface form holds is no short form either.
    forms = {(m.name, m.surface) for sent in sentences for m in sent.orgs}
    for name, surface in forms:
        for word in {*name.split(), *surface.split()} & shorts.keys():
            if shorts.get(word) != name:
                shorts.pop(word, None)
    return shorts


def _alone(sent: Sentence, m: re.Match[str]) -> bool:
    """The word stands on its own: not inside a mention, not before another capitalised
    word ("Kestrel Road"), not after a place preposition."""
    a, b = sent.start + m.start(), sent.start + m.end()
    if any(o.start <= a < o.end or a <= o.start < b for o in sent.orgs):
        return False
    rest = sent.text[m.end() :]
    if re.match(r"\s+[A-Z]", rest):
        return False
    return not _PLACE_BEFORE.search(sent.text[: m.start()])
