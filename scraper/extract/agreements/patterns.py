"""Agreement vocabulary compiled once into regular expressions.

Shared by the agreement modules; the words themselves live in ``scraper.extract.agreements.vocab``.
"""

from __future__ import annotations

import re

from scraper.extract.agreements.vocab import coreference as VC
from scraper.extract.agreements.vocab import parties as VP
from scraper.extract.agreements.vocab import triggers as VT
from scraper.extract.case_blind import CaseBlind

_I = re.IGNORECASE
TRIGGERS = tuple((CaseBlind(p), t, s) for p, t, s in VT.TRIGGERS)
PRIORITY = {t: i for i, (_, t, _) in enumerate(VT.TRIGGERS)}
JOIN = CaseBlind(VT.JOIN_PATTERN + r"(?!\s+forces)", _I)
STATUS = {status: CaseBlind(p) for status, p in VT.STATUS_CUES}
SIGNED_PAST = CaseBlind(VT.SIGNED_PAST, _I)
RENEWAL_OPTION = re.compile(VT.RENEWAL_OPTION, _I)
SIGNED_NOW = CaseBlind(VT.SIGNED_NOW, _I)
SIGNED_BEFORE_RENEWAL = CaseBlind(VT.SIGNED_BEFORE_RENEWAL, _I)
FIRST_TIME = CaseBlind(VT.FIRST_TIME, _I)
ENDED_CLAUSE = CaseBlind(VT.ENDED_CLAUSE, _I)
ORIGIN_NOUN = re.compile(VT.ORIGIN_NOUN, _I)
ORIGIN_VERB_BEFORE_DATE = re.compile(VT.ORIGIN_VERB_BEFORE_DATE, _I)
ORIGIN_VERB_AFTER_DATE = re.compile(VT.ORIGIN_VERB_AFTER_DATE, _I)
ORIGIN_ENTERED_AFTER_DATE = re.compile(VT.ORIGIN_ENTERED_AFTER_DATE, _I)
ORIGIN_NOUN_LAST = re.compile(VT.ORIGIN_NOUN + r"\s*$", _I)
JOINT_BEFORE = re.compile(VT.JOINT_BEFORE, _I)
RELATIVE_BEFORE = re.compile(r"\b(?:die|dat|which|that)\b", _I)
NON_PARTY = CaseBlind(r"\b(?:" + "|".join(VP.NON_PARTY_CUES) + r")\b", _I)
FUNDER_VERB = CaseBlind(VP.FUNDER_VERBS, _I)
SUBJECT_ASIDE = re.compile(VP.SUBJECT_ASIDE, _I)
SUBJECT_AUXILIARY = re.compile(VP.SUBJECT_AUXILIARY, _I)
SUBJECT_LIST_GLUE = re.compile(VP.SUBJECT_LIST_GLUE)
BYSTANDER_VERB = CaseBlind(VP.BYSTANDER_VERBS, _I)
PARTNER_LIST = CaseBlind(VC.PARTNER_LIST, _I)
INCLUDES = CaseBlind(VC.INCLUDES, _I)
BUILDS_ON = CaseBlind(VC.BUILDS_ON, _I)
DESCRIPTION = re.compile(VC.DESCRIPTION)
ADDITIVE = CaseBlind(VC.ADDITIVE, _I)
PRONOUN = CaseBlind(r"\b(?:" + "|".join(VC.COREF_PRONOUNS) + r")\b", _I)
ANAPHOR = CaseBlind(VC.ANAPHOR, _I)
BODY_ANAPHOR = re.compile(VC.BODY_ANAPHOR, _I)
RENEWAL_ANAPHOR = CaseBlind(VC.RENEWAL_ANAPHOR, _I)
SINGULAR = CaseBlind(VC.SINGULAR_REFERENCE, _I)
COUNTERPART_BEFORE_REFERENCE = re.compile(VC.COUNTERPART_BEFORE_REFERENCE, _I)
POSSESSIVE_TIE = re.compile(VC.POSSESSIVE_TIE, _I)
QUOTED_WISH = re.compile(VC.QUOTED_WISH, _I)
TIE_DETERMINER = re.compile(VC.TIE_DETERMINER, _I)
NEAR_COUNTERPART = re.compile(VC.NEAR_COUNTERPART)
NEW_TIE_DETERMINER = re.compile(VC.NEW_TIE_DETERMINER, _I)
TIE_TO_COUNTERPART = re.compile(VC.TIE_TO_COUNTERPART, _I)
LIST_TO_RUNNING_TIE = re.compile(VC.LIST_TO_RUNNING_TIE, _I)
RUNNING_TIE = re.compile(VC.RUNNING_TIE, _I)
COMPOSITION_BEFORE_COUNT = re.compile(VC.COMPOSITION_BEFORE_COUNT, _I)
MADE_IN_CLAUSE = re.compile(VC.MADE_IN_CLAUSE, _I)
FELLOW_MEMBERS = re.compile(VT.FELLOW_MEMBERS, _I)
ELLIPTIC_MEMBER = re.compile(VT.ELLIPTIC_MEMBER, _I)
OBJECTLESS_JOIN = re.compile(VT.OBJECTLESS_JOIN, _I)
# After "was founded": a time or place, then "by" before the founders ("in 2019 by").
FOUNDED_BY = re.compile(r"(?:\s+(?:in|on|at)\s+[\w-]+(?:\s+[\w-]+){0,2}?)?\s+by\b", _I)
NEGATION = CaseBlind(VP.NEGATION, _I)
APART_FROM = re.compile(VP.APART_FROM, _I)
CONTRAST = re.compile(r"\b(?:but|maar|however|echter)\b", _I)
PREPOSITION = CaseBlind(VP.NON_PARTY_PREPOSITIONS, _I)
RELATIVE = CaseBlind(VP.RELATIVE_CLAUSE, _I)
ACTS_AFTER_CLAUSE = re.compile(VP.ACTS_AFTER_CLAUSE, _I)
SEPARATE = CaseBlind(VP.SEPARATE, _I)
PLURAL_AGREEMENTS = CaseBlind(VP.PLURAL_AGREEMENTS, _I)
EACH = CaseBlind(VP.EACH, _I)
PARTNER_SENTENCE = re.compile(VP.PARTNER_SENTENCE, _I)
COUNTERPART_LIST_INTRO = CaseBlind(VP.COUNTERPART_LIST_INTRO, _I)
AGENT_BEFORE = re.compile(VP.AGENT_BEFORE, re.IGNORECASE)
ATTRIBUTION_AFTER = re.compile(VP.ATTRIBUTION_AFTER, re.IGNORECASE)
COUNTERPART = CaseBlind(VP.COUNTERPART, _I)
COUNTERPART_GLUE = re.compile(VP.COUNTERPART_GLUE)
NEW_SUBJECT_GLUE = re.compile(VP.NEW_SUBJECT_GLUE, _I)
NEW_SUBJECT_VERB = re.compile(VP.NEW_SUBJECT_VERB, _I)
POSSESSIVE_GAP = re.compile(VP.POSSESSIVE_GAP)
COUNTERPART_HEAD = re.compile(VP.COUNTERPART_HEAD, _I)
RESPECTIVELY = CaseBlind(VP.RESPECTIVELY, _I)
BETWEEN_ANY = CaseBlind(r"\b(?:between|tussen)\s", _I)
PAIR_SEPARATOR = CaseBlind(VP.PAIR_SEPARATOR, _I)
PAIR_GLUE = re.compile(r"^\s*(?:and|en|&|with|met)\s+(?:the\s+|de\s+|het\s+)?$", _I)
# A passive verb between a plural agreement noun and its counterpart list: "memoranda
# were signed with A, B and C" (the signer is the organisation the text is about).
PASSIVE = CaseBlind(r"\b(?:were|was|are|have\s+been|had\s+been|werden|zijn|worden|werd)\b", _I)
GROUP_NOUN_AFTER = re.compile(r"[\s-]*(?:alliance|alliantie|consortium|network|netwerk)\b")
# A name whose own head is a group noun: "Alliantie Technisch Talent", "Nordic AI in Health
# Consortium", "the Baltic Ports Alliance" (English puts the head last, Dutch often first).
GROUP_NAME = re.compile(VT.GROUP_NAME)
# Before the partners of a subject told by reference: "(samen) met", "together with".
TOGETHER_WITH = re.compile(
    r"\b(?:samen\s+met|together\s+with|along\s+with|alongside|met|with|verder\s+bestaat\s+uit|"
    r"also\s+(?:includes|comprises))\b",
    _I,
)
PROGRAMME_BEGUN = re.compile(
    r"\b(?:launched|started|began|set\s+up|established|created|introduced|since|"
    r"startten|begonnen|opgezet|gestart|sinds|sedert)\b",
    _I,
)
NEW_MEMBERS = re.compile(r"\b(?:new\s+members?|nieuwe\s+leden|newcomers|nieuwkomers)\b", _I)
JOIN_EVENT = CaseBlind(VT.JOIN_EVENT + r"(?!\s+forces)", _I)
COMPANIONS_AFTER_GROUP = re.compile(VP.COMPANIONS_AFTER_GROUP, _I)
CREATED = CaseBlind(VP.CREATED_BEFORE, _I)
CREATED_AFTER = re.compile(VP.CREATED_AFTER, _I)
FOUNDED_BY_LIST = CaseBlind(VP.FOUNDED_BY_LIST, _I)
FORMED = CaseBlind(VP.FORMED_BEFORE, _I)
UNIT_HEADS = re.compile(VP.UNIT_HEADS)
UNIT_OF_PARENT = re.compile(VP.UNIT_OF_PARENT, _I)
PARENT_OF_UNIT = re.compile(VP.PARENT_OF_UNIT, _I)
GOVERNMENT_UNIT = re.compile(VP.GOVERNMENT_UNIT_HEADS)
MEMBERS_OF = CaseBlind(VP.MEMBERS_OF, _I)
NAMED_AS = CaseBlind(VP.NAMED_AS, _I)
MEMBER_BEFORE = CaseBlind(VT.MEMBER_BEFORE, _I)
MEMBER_GAP = re.compile(VT.MEMBER_GAP, _I)
PERSON_OF_BEFORE = re.compile(VT.PERSON_OF_BEFORE, _I)
FOUNDING_MEMBER = CaseBlind(
    r"\b(?:founding\s+(?:members?|partners?)|co-?founders?|(?:mede-?)?oprichters?)\b", _I
)
SIGNING_VERB = CaseBlind(VP.SIGNING_VERB, _I)
ACTING_FOR = re.compile(r"on\s+behalf\s+of|namens", _I)
SIGNATORY_BEFORE = CaseBlind(VP.SIGNATORY_BEFORE, _I)
SIGNATORY_AFTER = re.compile(VP.SIGNATORY_AFTER, _I)
SIGNATORY_SUBJECT = re.compile(VP.SIGNATORY_SUBJECT, _I)
ORIGINAL = CaseBlind(VT.ORIGINAL, _I)
LIFECYCLE = CaseBlind(VT.LIFECYCLE, _I)
# A noun right after a name, with at most one word between that is not a time word or a
# linking verb ("the TU Delft campus", not "with TU Delft last week").
_NAME_NOUN = r"^(?:['’]s)?\s+(?:(?!" + VP.NOT_A_MODIFIER + r"\s)[\w-]+\s+)?(?:"
FUNDING = re.compile(_NAME_NOUN + "|".join(VP.FUNDING_NOUNS) + r")\b")
THING = re.compile(_NAME_NOUN + "|".join(VP.THING_NOUNS) + r")\b")
MODIFIER = re.compile(_NAME_NOUN + "|".join(VP.MODIFIED_NOUNS) + r")\b")
NUM = "|".join(sorted(VC.NUMBER_WORDS, key=len, reverse=True))
NOUN = "|".join(sorted(VC.COREF_NOUNS, key=len, reverse=True))
COREF_COUNTED = CaseBlind(
    rf"(?<!\bnog\s)(?<!\bmore\s)\b(?P<num>{NUM}|\d{{1,2}})\s+(?!{VC.COUNT_BEYOND}\b)(?:[\w'’-]+\s+){{0,4}}?\w*?"
    rf"(?P<noun>{NOUN})\b",
    _I,
)
COREF_PLAIN = CaseBlind(
    rf"\b(?:the|these|those|all|de|deze|die|alle|both|beide)\s+(?:[\w-]+\s+)?\w*?(?P<noun>{NOUN})\b",
    _I,
)
BETWEEN = re.compile(r"^\s*(?:between|tussen)\s", _I)
MERGER_OF = re.compile(r"^\s*(?:of|van)\s", _I)
LIST_GLUE = re.compile(r"^(?:[\s,]|\band\b|\ben\b|\bthe\b|\bde\b|\bhet\b|&|\(|\)|['’]s)*$", _I)
CLAUSE_BREAK = re.compile(r"[;,:]|\s(?:while|whereas|terwijl|but|maar)\s")
# A break that a list of topics never makes: a new clause or another subject.
CLAUSE_BREAK_STRICT = re.compile(
    r"[;:()]|,\s+(?:and|en|or|of|but|maar|while|terwijl|which|that|die|dat|who|where|waar)\b|"
    r"\s(?:while|whereas|terwijl|but|maar)\s|\b(?:signed|tekende|tekenden|ondertekende|"
    r"ondertekenden|has|have|had|heeft|hebben|will|zal|zullen)\b",
    _I,
)
# "recognised by the EU ... and belongs to X": a new verb phrase ends the excluded list.
NEW_VERB = re.compile(r"\b(?:and|en)\s+(?!the\b|de\b|het\b|its\b|their\b)[a-z]")
CLAUSE_SPLIT_WIDE = CaseBlind(r";|,\s+(?:while|whereas|but|terwijl|maar|zodat|so\s+that)\b", _I)
CLAUSE_SPLIT = CaseBlind(r",\s+(?:and|en)\s+|;\s+", _I)
EXPIRY = CaseBlind(VT.EXPIRY, _I)
GENERIC_COUNTERPART = re.compile(VT.GENERIC_COUNTERPART, _I)
# "Partners:", "De deelnemers:": the unit before a bulleted list of partners.
LIST_INTRO = CaseBlind(
    r"\b(?:partners|parties|members|participants|deelnemers|partijen|leden)\s*:\s*$", _I
)
TERM_END = CaseBlind(VT.TERM_END, _I)
ACQUIRES = re.compile(VT.ACQUIRES, _I)
ACQUIRED_PARTICLE = re.compile(VT.ACQUIRED_PARTICLE, _I)
ACQUIRES_LAST = re.compile(VT.ACQUIRES_LAST, _I)
# The gap's capitals tell adjectives: matched case-sensitively (its words are lower-case).
ACQUIRED_GAP = re.compile(VT.ACQUIRED_GAP)
BUYER_GAP = re.compile(VT.BUYER_GAP)
BUYER_BEFORE_OBJECT = re.compile(VT.BUYER_BEFORE_OBJECT, _I)
ACQUISITION_DENIED = re.compile(VT.ACQUISITION_DENIED, _I)
RELATIVE_TIE = re.compile(VT.RELATIVE_TIE, _I)
RELATIVE_ANTECEDENT_GAP = re.compile(VT.RELATIVE_ANTECEDENT_GAP)
TOGETHER_BEFORE = re.compile(VT.TOGETHER_BEFORE, _I)
