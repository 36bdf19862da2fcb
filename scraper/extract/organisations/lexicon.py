"""Organisation vocabulary folded like tokens, and the word tokens names are matched on.

Shared by the gazetteer matcher (``organisations``) and the name rules (``org_rules``).
"""

from __future__ import annotations

import re
from itertools import accumulate, compress, repeat
from operator import itemgetter
from typing import NamedTuple

from scraper.extract.organisations.gazetteer import norm_token
from scraper.extract.organisations.vocab import heads as VH
from scraper.extract.organisations.vocab import words as VW

WORD = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")
_first_char = itemgetter(0)
# Gaps allowed inside a capitalised span found by the rules.
RULE_GAP = re.compile(r"^(?:\s{1,2}|-|\s?&\s?|'|’|\.)$")
# The words that define a short form inside brackets: "(hierna: UvA)", "(hereafter: the
# UvA)", '(hereinafter "KNON")'; an article and an opening quote may follow them.
DEFINING = (
    r"(?i:(?:"
    + "|".join(w.replace(" ", r"\s+") for w in VW.DEFINING_WORDS)
    + r")\s*[:,]?\s*(?:(?:the|de|het)\s+)?)[\"“”'‘’]?"
)
_QUOTE_CLOSE = r"[\"“”'‘’]?"
# "Centre for Human Drug Research (CHDR)": an acronym defined right after a name, maybe
# after defining words ("Stichting X (hierna: SX)").
ACRONYM_AFTER = re.compile(
    r"\s*\(\s*(?:"
    + DEFINING
    + r")?([A-Z0-9][A-Za-z0-9&+\-.]*[A-Z][A-Za-z0-9&+\-.]*)"
    + _QUOTE_CLOSE
    + r"\s*\)"
)
# A short form of one to three capitalised words after defining words: "(hierna: Zentrix)",
# "(hereafter: the Foundation)".
DEFINED_AFTER = re.compile(
    r"\s*\(\s*" + DEFINING + r"([A-Z][\w&+\-.]*(?: [A-Z][\w&+\-.]*){0,2})" + _QUOTE_CLOSE + r"\s*\)"
)
ARTICLES = frozenset({"the", "de", "het"})
CONTINUATION = frozenset(
    {
        "of",
        "for",
        "van",
        "voor",
        "de",
        "di",
        "du",
        "degli",
        "della",
        "del",
        "do",
        "da",
        "dos",
        "des",
        # German, folded: "Max-Planck-Institut für Molekulare Pflanzenphysiologie".
        "fur",
        "der",
        "zu",
    }
)
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
_NATIONALITY_ENDINGS = tuple(VH.NATIONALITY_ENDINGS)
# A legal form right after a name: "argenx SE", "Lumicks B.V.", "Fiat S.p.A.".
LEGAL_AFTER = re.compile(
    r" (?:" + "|".join(map(re.escape, sorted(VW.LEGAL_SUFFIXES, key=len, reverse=True))) + r")"
    r"(?![\w])"
)


def is_foreign_nationality(raw: str) -> bool:
    """ "Kenyan", "Japanse", "German": a capitalised adjective of a country other than
    the one the gazetteer's national bodies belong to."""
    if raw in VH.HOME_NATIONALITIES or len(raw) < 4 or not raw[0].isupper():
        return False
    return raw in VH.NATIONALITIES or (
        raw[1:].islower()
        and raw.endswith(_NATIONALITY_ENDINGS)
        and not raw.endswith(VH.PLACE_ENDINGS)
        and raw not in VH.PLACES_LIKE_NATIONALITIES
    )


class Token(NamedTuple):
    """One word of a unit: as written, normalised, its offsets, and whether it can start
    or continue a capitalised name (computed once: the rules ask many times). A named
    tuple because a page has thousands and they are built on every page."""

    raw: str
    norm: str
    start: int
    end: int
    cap: bool = False


_new_tuple = tuple.__new__


def name_text(text: str, start: int, end: int) -> str:
    """The name as written, with runs of white space (also no-break spaces) as one space."""
    return " ".join(text[start:end].split())


def tokenize(text: str) -> list[Token]:
    """The word tokens of ``text``, one pass.

    A token is capitalised when it starts upper-case; one starting with a digit only
    when an upper-case letter follows ("4TU"); "eScience", "imec"-like spellings are
    left to the gazetteer.
    """
    # The tokens built with C-level list operations, no match object per word.
    parts = _WORD_SPLIT.split(text)  # separator, word, separator, word, ..., separator
    raws = parts[1::2]
    offsets = list(accumulate(map(len, parts)))
    # ASCII words fold by lower-casing alone (no accents to strip).
    norms = list(map(str.lower if text.isascii() else norm_token, raws))
    firsts = list(map(_first_char, raws))
    caps = list(map(str.isupper, firsts))
    for k in compress(range(len(raws)), map(str.isdigit, firsts)):
        caps[k] = raws[k].lower() != raws[k]
    fields = zip(raws, norms, offsets[0:-1:2], offsets[1::2], caps, strict=True)
    # tuple.__new__ skips the named tuple's Python-level constructor (thousands per page).
    return list(map(_new_tuple, repeat(Token), fields))


def is_cap(tok: Token) -> bool:
    """The token can be part of a capitalised name."""
    return tok.cap
