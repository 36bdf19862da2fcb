"""Tie the forms of one organisation that the scan left as separate names on a page.

Runs once per page, after every unit was scanned (``mentions.find_mentions``), and
renames mentions so that each organisation has one canonical name:

1. a name in brackets right after another organisation's name is that organisation in
   another language, with its acronym: "the German Federal Ministry of Research, ...
   (Bundesministerium für Forschung, ..., BMFTR)", "Ghent University (Universiteit
   Gent)";
2. a name whose words open exactly one longer name on the page is a short form of it:
   "Moredun" and "Moredun Research Institute", "AZ Sint-Jan" in the headline and "AZ
   Sint-Jan Brugge" in the text, "East Kent Hospitals" and "East Kent Hospitals
   University NHS Foundation Trust"; "St." and "Sint" count as one word;
3. a place name taken for an organisation and the same name with a municipal or
   provincial noun before it: "Zwolle" and "gemeente Zwolle";
4. a short form the rules folded into the known organisation inside it, when it opens
   another name on the page: "Oxford University Hospitals" (not the University of
   Oxford) and "Oxford University Hospitals NHS Foundation Trust".

Only names the rules or the context found are renamed (the gazetteer's names are
canonical already); a short form that opens two longer names is ambiguous and left alone
("Erasmus" with Erasmus MC and Erasmus University Rotterdam).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from scraper.extract.organisations.gazetteer import norm_token
from scraper.extract.organisations.lexicon import LOWER_PREFIX, WORD
from scraper.extract.organisations.vocab import heads as VH
from scraper.extract.organisations.vocab import words as VW

if TYPE_CHECKING:
    from scraper.extract.organisations.mentions import OrgMention

# How a name opens the brackets of a translation right after another name.
_OPENS_BRACKET = re.compile(r"\s*\(\s*\Z")
# How a second item (the acronym) follows inside those brackets.
_IN_BRACKET = re.compile(r"\s*[,;]\s*\Z")
# Sources of names that no list gave: the rules, the context and what they taught the page.
_FOUND_ON_PAGE = frozenset({"rule", "context", "acronym", "page", "short"})
# Words that join two names rather than lengthen one: "Kent and Medway Medical School".
_JOINING = frozenset({"and", "en", "und", "et", "&", "of", "van", "for", "voor"})
# Words of legal forms ("NV", "B.V." as "b", "v"): a longer name that adds more than its
# legal form to a short one names another company ("qubiome Manufacturing NV").
_LEGAL_FORMS = frozenset(norm_token(w) for form in VW.LEGAL_SUFFIXES for w in WORD.findall(form))
# Spellings of one word inside names ("AZ St.-Lucas" is "AZ Sint-Lucas").
_SAME_WORD = {norm_token(k): norm_token(v) for k, v in VH.NAME_WORD_SPELLINGS.items()}


def tied_names(units: Sequence[str], mentions: Sequence[Sequence[OrgMention]]) -> dict[str, str]:
    """Old name -> the canonical name it is renamed to, for every form tied on the page."""
    renames: dict[str, str] = {}
    gazetteer_names = {m.name for unit in mentions for m in unit if m.source == "gazetteer"}
    for text, found in zip(units, mentions, strict=True):
        if "(" in text:
            renames.update(_bracketed_translations(text, found, gazetteer_names))
    names = {m.name: m.kind for unit in mentions for m in unit if m.name not in renames}
    # In reading order, not a set's: a short form tied after a longer one was renamed must
    # not depend on the interpreter's string hashing ("Halvard", "Halvard Diagnostics",
    # "Halvard Diagnostics ApS").
    own = dict.fromkeys(
        m.name
        for unit in mentions
        for m in unit
        if m.source in _FOUND_ON_PAGE and m.name == m.surface and m.name not in gazetteer_names
    )
    words = {name: _words(name) for name in names}
    for short in own:
        if short in renames:
            continue
        longer = [
            name
            for name in names
            if name != short and name not in renames and _opens(words[short], words[name])
        ]
        if len(longer) == 1:
            renames[short] = longer[0]
    # A chain of renames ends at a name that stays.
    for old in list(renames):
        seen = {old}
        while renames[old] in renames and renames[old] not in seen:
            seen.add(renames[old])
            renames[old] = renames[renames[old]]
    return renames


def renamed(mentions: list[list[OrgMention]], renames: dict[str, str]) -> None:
    """Rename the mentions in place. A mention the rules folded into a known organisation
    whose surface opens exactly one other name on the page is that organisation instead:
    "Oxford University Hospitals" after "Oxford University Hospitals NHS Foundation Trust"
    is the trust, not the University of Oxford inside its name."""
    names = {renames.get(m.name, m.name) for unit in mentions for m in unit}
    words = {name: _words(name) for name in names}
    for unit in mentions:
        for k, m in enumerate(unit):
            target = renames.get(m.name)
            if target is None and m.source == "rule" and m.name != m.surface:
                own = _words(m.surface)
                longer = [n for n in names if n != m.name and _opens(own, words[n])]
                target = longer[0] if len(longer) == 1 else None
            if target is not None:
                unit[k] = replace(m, name=target)


def _bracketed_translations(
    text: str, found: Sequence[OrgMention], gazetteer_names: set[str]
) -> dict[str, str]:
    out: dict[str, str] = {}
    for k in range(1, len(found)):
        before, m = found[k - 1], found[k]
        if not _OPENS_BRACKET.match(text, before.end, m.start) or before.name == m.name:
            continue
        if before.surface.isupper():
            continue  # "NWO (Dutch Research Council)" is handled by the acronym rules
        target = out.get(before.name, before.name)
        prev_end = before.end
        for n, item in enumerate(found[k:]):
            if n and (
                not _IN_BRACKET.match(text, prev_end, item.start)
                or ")" in text[before.end : item.start]
            ):
                break
            prev_end = item.end
            if (
                item.source in _FOUND_ON_PAGE
                and item.name == item.surface
                and item.name not in gazetteer_names
                and (item.kind is None or before.kind is None or item.kind == before.kind)
            ):
                out[item.name] = target
    return out


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    return tuple(_SAME_WORD.get(w, w) for w in map(norm_token, WORD.findall(name)))


def _opens(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is the first words of ``long`` (and ``long`` goes on with a name word, not
    "and" or "of"), or ``long`` is ``short`` with a municipal noun before it."""
    if not short or len(long) <= len(short):
        return False
    if long[: len(short)] == short:
        rest = long[len(short) :]
        if rest[0] in _JOINING:
            return False
        # "qubiome Manufacturing NV" is a company of its own, "X B.V." is X.
        return not (rest[-1] in _LEGAL_FORMS and any(w not in _LEGAL_FORMS for w in rest))
    return len(long) == len(short) + 1 and long[0] in LOWER_PREFIX and long[1:] == short
