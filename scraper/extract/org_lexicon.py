"""Organisation vocabulary folded like tokens, and the word tokens names are matched on.

Shared by the gazetteer matcher (``organisations``) and the name rules (``org_rules``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from scraper.extract.gazetteer import norm_token
from scraper.extract.vocab import org_heads as VH
from scraper.extract.vocab import org_words as VW

WORD = re.compile(r"\w+")
# Gaps allowed inside a capitalised span found by the rules.
RULE_GAP = re.compile(r"^(?:\s{1,2}|-|\s?&\s?|'|’|\.)$")
# "Centre for Human Drug Research (CHDR)": an acronym defined right after a name.
ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z0-9][A-Za-z0-9&+\-.]*[A-Z][A-Za-z0-9&+\-.]*)\s*\)")
ARTICLES = frozenset({"the", "de", "het"})
CONTINUATION = frozenset({"of", "for", "van", "voor", "de", "di", "du"})
# Vocabulary keys folded like tokens ("Universität" -> "universitat").
SUFFIX = {norm_token(k): v for k, v in VH.ORG_SUFFIX_HEADS.items()}
SUFFIX_2 = {(norm_token(a), norm_token(b)): v for (a, b), v in VH.ORG_SUFFIX_HEADS_2.items()}
PREFIX = {norm_token(k): v for k, v in VH.ORG_PREFIX_HEADS.items()}
STARTERS = frozenset(norm_token(w) for w in VW.NON_NAME_STARTERS)
NON_ORG_TAILS = frozenset(norm_token(w) for w in VW.NON_ORG_TAILS)
GENERIC = frozenset(norm_token(w) for w in VW.GENERIC_NAME_WORDS)
APPOSITIVE = {norm_token(k): v for k, v in VH.APPOSITIVE_NOUNS.items()}
LOWER_PREFIX = {norm_token(k): v for k, v in VH.LOWER_PREFIX_HEADS.items()}
CONNECTORS = frozenset(norm_token(w) for w in VW.NAME_CONNECTORS)
TRAILING_HEADS = dict(VH.TRAILING_HEADS)


class Token(NamedTuple):
    """One word of a unit: as written, normalised, its offsets, and whether it can start
    or continue a capitalised name (computed once: the rules ask many times). A named
    tuple because a page has thousands and they are built on every page."""

    raw: str
    norm: str
    start: int
    end: int
    cap: bool = False


def name_text(text: str, start: int, end: int) -> str:
    """The name as written, with runs of white space (also no-break spaces) as one space."""
    return " ".join(text[start:end].split())


def tokenize(text: str) -> list[Token]:
    """The word tokens of ``text``, one pass.

    A token is capitalised when it starts upper-case; one starting with a digit only
    when an upper-case letter follows ("4TU"); "eScience", "imec"-like spellings are
    left to the gazetteer.
    """
    out = []
    for m in WORD.finditer(text):
        raw = m.group()
        first = raw[0]
        cap = first.isupper() or (first.isdigit() and raw.lower() != raw)
        out.append(Token(raw, norm_token(raw), m.start(), m.end(), cap))
    return out


def is_cap(tok: Token) -> bool:
    """The token can be part of a capitalised name."""
    return tok.cap
