"""Agreement vocabulary compiled once into regular expressions.

Shared by the agreement modules; the words themselves live in ``scraper.extract.vocab``.
"""

from __future__ import annotations

import re

from scraper.extract.vocab import coreference as VC
from scraper.extract.vocab import parties as VP
from scraper.extract.vocab import triggers as VT

_I = re.IGNORECASE
TRIGGERS = tuple((re.compile(p, _I), t, s) for p, t, s in VT.TRIGGERS)
PRIORITY = {t: i for i, (_, t, _) in enumerate(VT.TRIGGERS)}
JOIN = re.compile(VT.JOIN_PATTERN + r"(?!\s+forces)", _I)
STATUS = {status: re.compile(p, _I) for status, p in VT.STATUS_CUES}
SIGNED_PAST = re.compile(VT.SIGNED_PAST, _I)
SIGNED_NOW = re.compile(VT.SIGNED_NOW, _I)
NON_PARTY = re.compile(r"\b(?:" + "|".join(VP.NON_PARTY_CUES) + r")\b", _I)
FUNDER_VERB = re.compile(VP.FUNDER_VERBS, _I)
PARTNER_LIST = re.compile(VC.PARTNER_LIST, _I)
PRONOUN = re.compile(r"\b(?:" + "|".join(VC.COREF_PRONOUNS) + r")\b", _I)
ANAPHOR = re.compile(VC.ANAPHOR, _I)
RENEWAL_ANAPHOR = re.compile(VC.RENEWAL_ANAPHOR, _I)
SINGULAR = re.compile(VC.SINGULAR_REFERENCE, _I)
NEGATION = re.compile(VP.NEGATION, _I)
PREPOSITION = re.compile(VP.NON_PARTY_PREPOSITIONS, _I)
RELATIVE = re.compile(VP.RELATIVE_CLAUSE, _I)
SEPARATE = re.compile(VP.SEPARATE, _I)
JOIN_EVENT = re.compile(VT.JOIN_EVENT + r"(?!\s+forces)", _I)
CREATED = re.compile(VP.CREATED_BEFORE, _I)
ORIGINAL = re.compile(VT.ORIGINAL, _I)
LIFECYCLE = re.compile(VT.LIFECYCLE, _I)
FUNDING = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:" + "|".join(VP.FUNDING_NOUNS) + r")\b")
THING = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:" + "|".join(VP.THING_NOUNS) + r")\b")
MODIFIER = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:" + "|".join(VP.MODIFIED_NOUNS) + r")\b")
NUM = "|".join(sorted(VC.NUMBER_WORDS, key=len, reverse=True))
NOUN = "|".join(sorted(VC.COREF_NOUNS, key=len, reverse=True))
COREF_COUNTED = re.compile(
    rf"\b(?P<num>{NUM}|\d{{1,2}})\s+(?:[\w'’-]+\s+){{0,4}}?\w*?(?P<noun>{NOUN})\b", _I
)
COREF_PLAIN = re.compile(
    rf"\b(?:the|these|those|all|de|deze|die|alle|both|beide)\s+(?:[\w-]+\s+)?\w*?(?P<noun>{NOUN})\b",
    _I,
)
BETWEEN = re.compile(r"^\s*(?:between|tussen)\s", _I)
LIST_GLUE = re.compile(r"^(?:[\s,]|\band\b|\ben\b|\bthe\b|\bde\b|\bhet\b|&|\(|\)|['’]s)*$", _I)
CLAUSE_BREAK = re.compile(r"[;,:]|\s(?:while|whereas|terwijl|but|maar)\s")
# "recognised by the EU ... and belongs to X": a new verb phrase ends the excluded list.
NEW_VERB = re.compile(r"\b(?:and|en)\s+(?!the\b|de\b|het\b|its\b|their\b)[a-z]")
CLAUSE_SPLIT_WIDE = re.compile(r";|,\s+(?:while|whereas|but|terwijl|maar|zodat|so\s+that)\b", _I)
CLAUSE_SPLIT = re.compile(r",\s+(?:and|en)\s+|;\s+", _I)
EXPIRY = re.compile(VT.EXPIRY, _I)
# "Partners:", "De deelnemers:": the unit before a bulleted list of partners.
LIST_INTRO = re.compile(
    r"\b(?:partners|parties|members|participants|deelnemers|partijen|leden)\s*:\s*$", _I
)
# Cheap pre-check (speed, not meaning): a sentence without any of these stems states
# no relationship, so the sentence-level patterns are not tried.
GATE_STEMS = re.compile("|".join(re.escape(s) for s in VT.GATE_STEMS))
TERM_END = re.compile(VT.TERM_END, _I)
