"""Organisation names recognised by where they stand, not by a head word.

These places make a name an organisation even without "University" or "Stichting"
in it:

1. an acronym defined right after it: "Regionale Ontwikkelingsmaatschappij (ROM)";
2. a list it shares with known organisations in a sentence about partners or an
   agreement: "TU Delft, LioniX and PhotonDelta signed ...", "De partners zijn
   Radboudumc, Smart Photonics en VLAIO" (acronyms and CamelCase names anywhere in
   such a sentence, longer capitalised names only in a partner list);
3. the subject of an agreement verb: "VLAIO signs ...", "InnovationQuarter joins ...";
4. a description in apposition: "ParkinsonNet, het landelijke netwerk van ...";
5. a list with a known organisation that the sentence makes parties, before a party
   verb or after "with" following an agreement word: "NKI, Elekta and Royal Philips
   have collaborated", "Imperial College London and bp have set up" (``cued_names``).

Each function returns token spans (first, last) of names not yet found.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence, Set
from operator import attrgetter

from scraper.extract.agreements.vocab import coreference as VC
from scraper.extract.case_blind import CaseBlind, first_chars_lookahead
from scraper.extract.organisations.gazetteer import norm_token
from scraper.extract.organisations.lexicon import (
    ACRONYM_AFTER,
    APPOSITIVE,
    CONNECTORS,
    GENERIC,
    NON_ORG_TAILS,
    PREFIX,
    RULE_GAP,
    STARTERS,
    SUFFIX,
    Token,
    is_cap,
    is_foreign_nationality,
)
from scraper.extract.organisations.vocab import context as VX
from scraper.extract.organisations.vocab import heads as VH
from scraper.extract.organisations.vocab import words as VW

_I = re.IGNORECASE
# Searched in lower-cased text; behind a look-ahead on its first characters (speed).
_LIST_CONTEXT = re.compile(first_chars_lookahead(VX.LIST_CONTEXT))
_PARTNER_LIST = CaseBlind(
    VC.PARTNER_LIST
    + r"|\b(?:partners|deelnemers|partijen|leden)\s*:"
    + r"|\b(?:"
    + VX.LIST_OPENING_NOUNS
    + r")\b[^.;:!?–—]{0,40}?(?:\s[–—]\s|:)"
    + r"|\b(?:"
    + VX.LIST_OPENING_NOUNS
    + r")\s+(?:are|were|include|included|zijn|waren)\s"
)
_AGREEMENT_VERB = re.compile(r"\s+(?:" + VX.AGREEMENT_VERBS + r")\b", _I)
# What may stand between two names of one list: "A, B and C", "A en de B", "A & B".
_LIST_GLUE = re.compile(
    # an acronym defined after the name before: "Nederlands Kanker Instituut (NKI) en Elekta"
    # (or the closing bracket after it, when the acronym is a known name)
    r"^(?:\s*\([A-Z][A-Za-z0-9&.-]{1,11}\)|\))?"
    r"(?:\s*,\s*(?:(?:and|en|as\s+well\s+as|plus)\s+)?|\s+(?:and|en|&|as\s+well\s+as|plus|"
    r"with|met)\s+)"
    # the preposition said again before each partner: "with A and with B", "met A en met B"
    r"(?:(?<=and\s)with\s+|(?<=en\s)met\s+)?(?:(?:the|de|het)\s+)?"
    # a nationality or place adjective before the name: "en het Franse INRAE"
    r"(?-i:[A-Z][a-z]+(?:se|sche|ese|ish|ian|an|ch)\s+)?$",
    _I,
)
# The rest of a description closed by a comma before the sentence goes on: "X, a start-up
# from Geelong, signed".
_CLOSED_APPOSITION = re.compile(r"[^,.;:!?()]{0,60},\s+[a-z]")
_DESCRIBED = CaseBlind(
    r",\s+(?:the|a|an|het|de|een)\s+(?:[\w'’-]+\s+){0,3}?(?:" + VX.DESCRIPTION_HEADS + r")\b", _I
)
# A name given to a body: "the joint venture will be called X", "de nieuwe vennootschap, X,".
_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
_NAMING = CaseBlind(r"\b" + VX.NAMING_CUES + r"\s+[\"“‘']?")
_NAMED_BODY = CaseBlind(r"\b(?:" + VX.NAMED_BODIES + r")\b")
# The noun of an apposition naming a body, found by its comma ("vennootschap, X"), and the
# article (and adjective) that must stand before it ("de nieuwe vennootschap, X,").
_BODY_WORDS = VX.NAMED_BODY_WORDS
_OPENING_QUOTES = frozenset("\"“‘'")
_BODY_ARTICLE = re.compile(
    r"\b(?:the|its|their|a|de|het|die|das|een)\s+(?:(?:new|newly\s+formed|joint|nieuwe|"
    r"gezamenlijke|neue|gemeinsame)\s+)?(?:joint[\s-]?)?\Z",
    re.IGNORECASE,
)
# Literal parts of the list cues that need no partner word (see ``_may_list``).
_LIST_HINTS = re.compile(r"[:–—]| (?:are|zijn|were|waren|include[sd]?) [A-Z]")
# Literal parts of the naming cues: a unit without one of them has no naming cue.
_NAMING_HINTS = (
    "call",
    "name",
    "naam",
    "dubbed",
    "christened",
    "known as",
    "trading as",
    "geheten",
    "gedoopt",
)
# A sentence's first name as a party to an agreement with a known organisation.
_SUBJECT_AGREEMENT = re.compile(VX.SUBJECT_AGREEMENT, _I)
_SIGNED_NOUN = re.compile(VX.SIGNED_NOUNS, _I)
_CAMEL = re.compile(r"[a-z][A-Z]")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# Legal forms ("SE", "AG") are never an organisation alone.
_NON_ORG = frozenset(VX.NON_ORG_ACRONYMS) | frozenset(VW.LEGAL_SUFFIXES)
_NON_ORG_TAILS = NON_ORG_TAILS | frozenset(norm_token(w) for w in VX.NON_ORG_ACRONYM_TAILS)
_TITLES = frozenset(VW.PERSON_TITLES)

_PARTY_VERB = re.compile(VX.PARTY_VERBS, _I)
_PARTY_VERB_ANYWHERE = CaseBlind(VX.PARTY_VERBS)
_PARTY_WITH_ANYWHERE = CaseBlind(VX.PARTY_WITH.removesuffix("$"))
_PARTY_BETWEEN = CaseBlind(VX.PARTY_BETWEEN)
_PLACE_PREPOSITIONS = frozenset(VX.PLACE_PREPOSITIONS)
_ROLES = frozenset(VX.ROLE_WORDS) | _TITLES
_LOWER_PARTNER = re.compile(
    r"\s+(?:and|en|&)\s+([a-z][\w.&-]*(?: [a-z][\w.&-]*)??)(?=" + VX.PARTY_VERBS + r")"
)
_COMMON = frozenset(VX.COMMON_PARTNER_WORDS)
# With a defined acronym a library or museum is an institution, not a building.
_DEFINED_NON_ORG_TAILS = _NON_ORG_TAILS - frozenset(VX.INSTITUTION_TAILS)
_ADJECTIVE_ENDINGS = tuple(VX.ADJECTIVE_ENDINGS)
# List glue around a known name (``conjunct_names``): a comma or "and" after it (maybe after
# its acronym), or before it.
_CONJUNCT_NEXT = re.compile(r"(?:\s*\([A-Z][\w&.-]{1,11}\))?(?:\s*,\s+|\s+(?:and|en|und|et)\s)")
_CONJUNCT_BEFORE = re.compile(r"(?:,|\s(?:and|en|und|et))\s+(?:(?:the|de|het)\s+)?\Z")
# Plain list glue between two names: "A, B and C", "A en de B" (not "with", not "&": "&"
# joins the words of one name more often than two names, "Flanders Investment & Trade").
_PLAIN_GLUE = re.compile(
    r"^(?:\s*\([A-Z][A-Za-z0-9&.-]{1,11}\)|\))?"
    r"(?:\s*,\s*(?:(?:and|en|und|et)\s+)?|\s+(?:and|en|und|et)\s+)(?:(?:the|de|het)\s+)?$"
)
_CONJUNCT_TAILS = frozenset(VX.CONJUNCT_NAME_TAILS)
_LIST_PLACE_WORDS = frozenset(VX.LIST_PLACE_WORDS)
_PLACE_NAMES = frozenset(VX.PLACE_NAMES)
# Words in a description that make it one of a person's post ("the director of the
# foundation", "de voorzitter van de vereniging").
_DESCRIPTION_LINKS = frozenset({"of", "van", "at", "bij", "for", "voor"})
# A description no place fits: a company's ("Causeway3, a spin-out company").
_COMPANY_DESCRIPTION = re.compile(VX.COMPANY_DESCRIPTION_HEADS, re.IGNORECASE)
_PLURAL = re.compile(r"^[A-Z]{2,}s$")
_ARTICLES = frozenset({"the", "de", "het", "die", "der"})
_NOT_BODY_WORDS = (
    GENERIC
    | frozenset(norm_token(w) for w in VW.FIELD_WORDS)
    | frozenset(norm_token(w) for w in VH.DISCIPLINE_WORDS)
    | frozenset(VX.NOT_BODY_NAMES)
    | frozenset(SUFFIX)
    | frozenset(PREFIX)
)
_LIST_SEPARATORS = re.compile(r",\s|\s(?:and|en|und|et)\s")
# A capitalised word right after a separator or right before a comma: a list item.
_BY_A_SEPARATOR = re.compile(
    r"(?:,\s+|\s(?:and|en|und|et)\s+)(?:(?:the|de|het)\s+)?([A-Z])|\b([A-Z])[\w-]*(?=,\s)"
)
_AND_GLUE = re.compile(r"\s(?:and|en|und|et)\s")
# ``investor_names``: the cues, "led by" after a funding noun, and the glue of the list.
_INVESTOR_CUE = re.compile(r"\b" + VX.INVESTOR_CUES + r"\s+", re.IGNORECASE)
_INVESTOR_LED = re.compile(r"\b" + VX.INVESTOR_LED_CUES + r"\s+")
_FUNDING = re.compile(VX.FUNDING_NOUNS, re.IGNORECASE)
# Literal words, tested as substrings (faster than a pattern's alternation: speed, not meaning).
_INVESTOR_HINTS = (
    "led by",
    "leiding van",
    "geleid door",
    "participation",
    "investment from",
    "investments from",
    "investors",
    "deelname van",
    "investeerders",
)
_INVESTOR_GLUE = re.compile(r",\s")
# A possessive or a describing noun after a list item: it qualifies what follows ("Sweden’s
# oldest university", "Nijmegen start-up Clarivue AI", "Leuvense spin-off X"), also a Dutch
# compound ending in one ("met Zwitsers biotechbedrijf X").
_MODIFIER_AFTER = re.compile(
    r"(?:['’]s?\b|\s(?:"
    + "|".join(sorted(map(re.escape, APPOSITIVE), key=len, reverse=True))
    + r")\b|\s[a-zà-ÿ][\w-]*?(?:"
    + "|".join(sorted(map(re.escape, VH.APPOSITIVE_COMPOUND_ENDINGS), key=len, reverse=True))
    + r")\b)"
)
_DAYS = frozenset(norm_token(w) for w in VW.MONTH_AND_DAY_NAMES)

Span = tuple[int, int]
_end_of = attrgetter("end")
_start_of = attrgetter("start")
_AND = frozenset({"and", "en", "und", "et"})


def worth_a_look(text: str, known: bool = False) -> bool:
    """Cheap test whether any rule here can fire in ``text`` (most paragraphs: no);
    ``known``: the text names a known organisation (a party verb can then add others)."""
    return bool(
        # The list context first: ``listed_names`` asks it of the same unit next (cached),
        # and it answers for most units that pass (speed, not meaning).
        _in_list_context(text)
        # An acronym definition needs a "(": a substring test spares most searches.
        or ("(" in text and ACRONYM_AFTER.search(text))
        or _DESCRIBED.search(text)
        or (known and _PARTY_VERB_ANYWHERE.search(text))
        or (_may_list(text) and _partner_list(text))
        or _names_a_body(text)
    )


def partner_after_with(text: str) -> bool:
    """A partner may follow "with" after an agreement word in ``text``, also after a Dutch
    compound's ("stageovereenkomsten met X"), which ``worth_a_look`` does not see: only
    ``cued_names`` reads such a unit then."""
    return _PARTY_WITH_ANYWHERE.search(text) is not None


@functools.lru_cache(maxsize=64)
def _in_list_context(text: str) -> bool:
    """``_LIST_CONTEXT`` is in ``text`` (asked by ``worth_a_look`` and ``listed_names`` about
    one unit: searched once; speed, not meaning)."""
    return _LIST_CONTEXT.search(text.lower()) is not None


@functools.lru_cache(maxsize=64)
def _partner_list(text: str) -> re.Match[str] | None:
    """``_PARTNER_LIST.search(text)``, searched once per unit like ``_in_list_context``."""
    return _PARTNER_LIST.search(text)


def is_acronym(raw: str) -> bool:
    """ "VLAIO", "ROM", "4TU": at least two characters, capitals and no lower-case letter."""
    return len(raw) >= 2 and raw.isupper() and raw not in _NON_ORG


def is_camel(raw: str) -> bool:
    """ "LioniX", "PhotonDelta", "InnovationQuarter": a capital after a lower-case letter."""
    return raw[0].isupper() and _CAMEL.search(raw) is not None and raw not in _NON_ORG


def defined_names(text: str, toks: list[Token], taken: Sequence[Span]) -> list[Span]:
    """Capitalised names followed by an acronym in parentheses that shares their initial."""
    out: list[Span] = []
    if "(" not in text:
        return out  # no acronym without brackets: spares a scan of the unit
    for m, k in _after_token(ACRONYM_AFTER, text, toks):
        if not is_cap(toks[k]):
            continue
        acronym = m.group(1)
        if acronym in _NON_ORG or (acronym.endswith("s") and acronym[:-1].isupper()):
            continue  # "(MRI)", "(SDGs)": things, not organisations
        start = _name_start(text, toks, k, taken)
        span = _across_and(text, toks, start, k, acronym, taken) or _trimmed(toks, start, k)
        wide = _trimmed(toks, start, k, adjectives=False)
        if wide is not None and wide != span and _spelled_out(toks, *wide, acronym):
            span = wide  # "European Patent Office (EPO)": the adjective the acronym spells
        if span is None or _taken(toks, span, taken):
            continue
        i, j = span
        if j == i and not is_camel(toks[i].raw):
            continue  # one ordinary word before brackets is too weak
        initials = {toks[x].raw[0].upper() for x in range(i, j + 1) if is_cap(toks[x])}
        if acronym[0].upper() not in initials:
            continue  # "Anna Jansen (LUMC)": a person and her employer
        if _plausible(toks, i, j, defined=True) or _spelled_out(toks, i, j, acronym):
            out.append((i, j))
    return out


def _across_and(
    text: str, toks: list[Token], start: int, k: int, acronym: str, taken: Sequence[Span]
) -> Span | None:
    """The name before an acronym, across an "and" inside it, when the acronym spells the
    longer name out: "Council for Scientific and Industrial Research (CSIR)"."""
    if start < 2 or toks[start - 1].norm not in _AND or not is_cap(toks[start - 2]):
        return None
    if text[toks[start - 2].end : toks[start].start] != f" {toks[start - 1].raw} ":
        return None
    begin = _name_start(text, toks, start - 2, taken)
    for span in (_trimmed(toks, begin, k), _trimmed(toks, begin, k, adjectives=False)):
        if span is not None and _spelled_out(toks, *span, acronym):
            return span
    return None


def _spelled_out(toks: list[Token], i: int, j: int, acronym: str) -> bool:
    """A name of common words with an organisation head, spelled out letter by letter by
    the acronym after it: "National Research Foundation (NRF)", "Council for Scientific and
    Industrial Research (CSIR)". Not "European Research Area (ERA)": no head."""
    words = [t for t in toks[i : j + 1] if is_cap(t)]
    # An acronym inside the name counts whole: "UK Research and Innovation (UKRI)".
    spelled = "".join(t.raw if t.raw.isupper() else t.raw[0] for t in words)
    if len(words) < 2 or acronym.upper() != spelled.upper():
        return False
    norms = [t.norm for t in toks[i : j + 1]]
    if any(n in _TITLES for n in norms) or norms[-1] in _DEFINED_NON_ORG_TAILS:
        return False
    return any(n in SUFFIX or n in PREFIX for n in norms)


def listed_names(text: str, toks: list[Token], taken: Sequence[Span]) -> list[Span]:
    """Unknown names in a list with known organisations, or acting as agreement subjects,
    in sentences about partners or agreements."""
    out: list[Span] = []
    context = _in_list_context(text)
    if not context and not (_may_list(text) and _partner_list(text)):
        return out  # most paragraphs never mention partners
    covered = {x for s, e in taken for x in range(s, e + 1)}
    # (Stops at the first strong word, and a partner list asks for none; the unit's partner
    # list is searched only when no strong word answers first: speed, not meaning.)
    if (
        context
        and not any(
            _single_strong(toks, (k, k))
            for k, tok in enumerate(toks)
            if tok.cap and k not in covered
        )
        and not _partner_list(text)
    ):
        return out  # nothing an acronym rule or a partner list could add
    low = text.lower()
    starts = [tok.start for tok in toks]
    known = _known_by_start(toks, taken)
    for a, b in _sentences(text):
        partner = _PARTNER_LIST.search_part(text, a, b)
        if not partner and not _LIST_CONTEXT.search(low, a, b):
            continue
        list_from = a + partner.end() if partner else b
        items = [(s, "known") for at, s in known if a <= at < b]
        first = bisect.bisect_left(starts, a)
        items += [(s, "new") for s in _candidates(text, toks, first, b, list_from, covered)]
        items.sort()
        accepted = _coordinated(text, toks, items, list_from)
        for span, what in items:
            if what != "new":
                continue
            tail = text[toks[span[1]].end : b]
            if span in accepted or (
                _single_strong(toks, span) and _AGREEMENT_VERB.match(tail) is not None
            ):
                out.append(span)
    return out


def cued_names(text: str, toks: list[Token], taken: Sequence[Span]) -> list[Span]:
    """Names in a list with a known organisation that the sentence makes parties, even a
    single ordinary word: "NKI, Elekta and Royal Philips have collaborated", "Umicore en KU
    Leuven zetten een bedrijf op", "signed agreements with TU Delft and Avantis"."""
    out: list[Span] = []
    if not taken:
        return out  # a list needs a known organisation
    low = text.lower()
    # Where a name may start after "with" following an agreement word.
    with_ends = {m.end() for m in _PARTY_WITH_ANYWHERE.finditer(text, low)}
    # After "between" only a list with a known organisation: places stand there too.
    between_ends = (
        {m.end() for m in _PARTY_BETWEEN.finditer(text, low)}
        if "between" in low or "tussen" in low
        else set()
    )
    if not with_ends and not between_ends and not _PARTY_VERB_ANYWHERE.search(text, low):
        return out
    covered = {x for s, e in taken for x in range(s, e + 1)}
    out += _lower_case_partners(text, toks, taken, covered)
    starts = [tok.start for tok in toks]
    known = _known_by_start(toks, taken)
    for a, b in _sentences(text):
        items = [(s, "known") for at, s in known if a <= at < b]
        if not items:
            continue
        first = bisect.bisect_left(starts, a)
        items += [(s, "new") for s in _candidates(text, toks, first, b, a, covered, weak=True)]
        items.sort()
        for chain in _chains(text, toks, items):
            if all(what == "known" for _, what in chain):
                continue
            head, tail = chain[0][0], chain[-1][0]
            after_verb = _PARTY_VERB.match(text, toks[tail[1]].end) is not None
            after_with = toks[head[0]].start in with_ends or (
                toks[head[0]].start in between_ends
                and len(chain) > 1
                and any(what == "known" for _, what in chain)
            )
            if not (after_verb and len(chain) > 1) and not after_with:
                continue
            for n, (span, what) in enumerate(chain):
                if what != "new" or (n == 0 and _after_place_word(toks, span)):
                    continue
                if _person_or_adjective(toks, span):
                    continue
                if span[0] == span[1] and _MODIFIER_AFTER.match(text, toks[span[1]].end):
                    continue  # "met Zwitsers biotechbedrijf X": it describes the name after it
                out.append(span)
    return out


def conjunct_names(
    text: str,
    toks: list[Token],
    taken: Sequence[Span],
    guessed: Set[Span] = frozenset(),
    placed: Set[Span] = frozenset(),
    glued: Sequence[Span] | None = None,
) -> list[Span]:
    """Unknown names in a plain list of three or more with a known organisation, whatever
    the sentence says about them: "De corporaties zijn Woonbedrijf, Trudo en Vestide",
    "Demcon, Thales Nederland en Bronkhorst High-Tech", "Lakestar, Breakthrough Energy
    Ventures and the Swiss Climate Foundation". An item is one capitalised word (not an
    acronym alone: "AI, 5G and ICT"), an acronym and a word ("NHS England"), or two to four
    words with a country or company word at the end ("Patiëntenfederatie Nederland"); never
    a person (a role word before it), an adjective, a plural, a country or city, a
    programme, a field or a head word alone, a piece of a longer capitalised name, or a
    list after a place preposition ("in Gent, Brugge en Kortrijk"). A list with one item
    of another shape is no list of bodies; a pair ("X and Leiden University") is as often
    a place, a person or a cut name, and is left to the cued rules.

    ``guessed``: known names whose bounds a rule guessed: a word right before "and" and
    one of several words may be the start of it ("Kent and Medway Medical School").
    ``placed``: known names that a place may follow after a comma ("University of
    California, Berkeley", "Vietnam National University, Hanoi"). ``glued``: the known
    names with list glue next to them, when the caller found them already."""
    out: list[Span] = []
    if glued is None:
        glued = [s for s in taken if _glued_to_list(text, toks, s)]
    if not glued:
        return out  # no known name stands in a list: the common case, found cheaply
    bounds = []  # the sentences with a glued name and two separators or more
    for span in glued:
        a, b = _sentence_around(text, toks[span[0]].start)
        if (a, b) not in bounds and len(_LIST_SEPARATORS.findall(text, a, b)) > 1:
            bounds.append((a, b))  # three items need two separators: most have fewer
    if not bounds:
        return out
    covered = {x for s, e in taken for x in range(s, e + 1)}
    starts = [tok.start for tok in toks]
    for a, b in bounds:
        if not any(
            bisect.bisect_left(starts, m.start(m.lastindex or 1)) not in covered
            for m in _BY_A_SEPARATOR.finditer(text, a, b)
        ):
            continue  # every capitalised word next to a separator is a known name
        known = [(s, "known") for s in taken if a <= toks_start(toks, s) < b]
        first = bisect.bisect_left(starts, a)
        items = known + [
            (s, "new") for s in _candidates(text, toks, first, b, a, covered, weak=True)
        ]
        items.sort()
        for chain in _chains(text, toks, items, _PLAIN_GLUE):
            if all(what == "known" for _, what in chain) or all(w == "new" for _, w in chain):
                continue
            if len(chain) < 3:
                continue  # "X and Leiden University" is as often a place, a person or a cut
            head = chain[0][0][0]
            if head > 0 and toks[head - 1].norm in _LIST_PLACE_WORDS:
                continue  # "in Leiden, Delft en Rotterdam": places
            if any(w == "new" and not _conjunct_shape(text, toks, s) for s, w in chain):
                continue  # one item is no organisation: the list is not one of bodies
            for n, (span, what) in enumerate(chain):
                if what != "new":
                    continue
                before = chain[n - 1][0] if n > 0 else None
                after = chain[n + 1][0] if n + 1 < len(chain) else None
                if (
                    after is not None
                    and after in guessed
                    and after[1] > after[0]
                    and not is_acronym(toks[span[1]].raw)
                    and _AND_GLUE.fullmatch(text, toks[span[1]].end, toks[after[0]].start)
                ):
                    continue  # "Kent and Medway Medical School": maybe one name
                if (
                    before is not None
                    and before in guessed
                    and _AND_GLUE.fullmatch(text, toks[before[1]].end, toks[span[0]].start)
                    and any(toks[x].norm in CONNECTORS for x in range(before[0], before[1] + 1))
                ):
                    continue  # "Institute for Chemistry and Catalysis": maybe one name
                if (
                    before is not None
                    and before in placed
                    and span[0] == span[1]
                    and text[toks[before[1]].end : toks[span[0]].start].strip() == ","
                ):
                    continue  # "University of California, Berkeley": the campus's place
                out.append(span)
    return out


def _sentence_around(text: str, at: int) -> Span:
    """Offsets of the sentence holding offset ``at``, as ``_sentences`` cuts them (found by
    looking around ``at`` only)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = m.end()
    if start == 0 and at > 400:
        start = _sentence_start(text, at)
    end = _SENTENCE_END.search(text, at)
    return start, end.start() + 1 if end is not None else len(text)


def _glued_to_list(text: str, toks: list[Token], span: Span) -> bool:
    """List glue stands right after or right before the name (cheap pre-check)."""
    return (
        _CONJUNCT_NEXT.match(text, toks[span[1]].end) is not None
        or _CONJUNCT_BEFORE.search(text, max(0, toks[span[0]].start - 12), toks[span[0]].start)
        is not None
    )


def _conjunct_shape(text: str, toks: list[Token], span: Span) -> bool:
    """The new list item looks like an organisation's name (see ``conjunct_names``)."""
    i, j = span
    words = toks[i : j + 1]
    if _person_or_adjective(toks, span) or not words[0].raw[0].isupper():
        return False
    if any(w.norm in STARTERS or w.norm in _COMMON or w.norm in _DAYS for w in words):
        return False
    if all(w.norm in _PLACE_NAMES for w in words) or _MODIFIER_AFTER.match(text, words[-1].end):
        return False  # "Europe and Africa", "Sweden’s oldest", "Nijmegen start-up X"
    if (i > 0 and toks[i - 1].cap and text[toks[i - 1].end : toks[i].start] == " ") or (
        j + 1 < len(toks) and toks[j + 1].cap and text[toks[j].end : toks[j + 1].start] == " "
    ):
        return False  # a piece of a longer name: "Fraunhofer ISI", "Randi Weingarten"
    if _PLURAL.match(words[-1].raw) or (
        words[-1].raw.endswith("s") and i > 0 and toks[i - 1].norm in _ARTICLES
    ):
        return False  # "MSPs", "the Democrats", "the Bidens": plurals, no names
    if all(w.norm in _NOT_BODY_WORDS for w in words):
        return False  # "Physics" in "Institute for Chemistry and Physics", "the Ministry"
    if i == j:
        # An acronym alone is as often a thing ("AI, 5G and ICT"): the acronym rules decide.
        return len(words[0].raw) > 2 and not is_acronym(words[0].raw)
    if j - i > 3:
        return False
    if j == i + 1 and len(words[0].raw) > 1 and words[0].raw.isupper():
        return True  # "NHS England", "LTO Noord"
    return words[-1].norm in _CONJUNCT_TAILS


def _lower_case_partners(
    text: str, toks: list[Token], taken: Sequence[Span], covered: set[int]
) -> list[Span]:
    """A lower-case brand after "and" with a known organisation, right before a party verb:
    "Imperial College London and bp have set up", "Het UMCG en nuvi health sloten"."""
    out: list[Span] = []
    for _, e in taken:
        m = _LOWER_PARTNER.match(text, toks[e].end)
        if m is None:
            continue
        i = bisect.bisect_left(toks, m.start(1), key=_start_of)
        j = bisect.bisect_left(toks, m.end(1), key=_end_of)
        if j >= len(toks) or toks[j].end != m.end(1) or i in covered:
            continue
        words = [t.norm for t in toks[i : j + 1]]
        if any(w in STARTERS or w in CONNECTORS or w in _COMMON for w in words):
            continue
        if any(len(w) > 3 and w.endswith(("s", "en")) for w in words):
            continue  # "and partners", "en anderen": plural nouns, no names
        out.append((i, j))
    return out


def _is_adjective(tok: Token) -> bool:
    """ "Franse", "Leuvense", "Japanese": a capitalised adjective, not a name."""
    return is_foreign_nationality(tok.raw) or tok.norm.endswith(_ADJECTIVE_ENDINGS)


def _person_or_adjective(toks: list[Token], span: Span) -> bool:
    """ "President Anna Smit", "Chief Scientific Officer X": a person (a role word in or
    right before the name); "Leuvense", "Chinese": an adjective, not a name."""
    i, j = span
    if any(t.norm in _ROLES for t in toks[max(0, i - 1) : j + 1]):
        return True
    return _is_adjective(toks[j])


def _after_place_word(toks: list[Token], span: Span) -> bool:
    """ "In Leiden, TU Delft and ..." : a name after a place preposition is a place."""
    return span[0] > 0 and toks[span[0] - 1].norm in _PLACE_PREPOSITIONS


def _chains(
    text: str,
    toks: list[Token],
    items: list[tuple[Span, str]],
    glue: re.Pattern[str] = _LIST_GLUE,
) -> list[list[tuple[Span, str]]]:
    """Items joined by ``glue`` ("A, B and C", "A en de B"), in text order.

    ``_PLAIN_GLUE`` joins by commas, "and", "en" and "&" alone (not "with").
    """
    chains: list[list[tuple[Span, str]]] = []
    for item in items:
        if chains:
            prev = chains[-1][-1][0]
            if prev[1] < item[0][0] and glue.match(
                text[toks[prev[1]].end : toks[item[0][0]].start]
            ):
                chains[-1].append(item)
                continue
        chains.append([item])
    return chains


def described_names(text: str, toks: list[Token], taken: Sequence[Span]) -> list[Span]:
    """A name followed by a description in apposition: "ParkinsonNet, het landelijke netwerk"."""
    out: list[Span] = []
    for m, k in _after_token(_DESCRIBED, text, toks):
        if not is_cap(toks[k]):
            continue
        if text.startswith(_POSSESSIVE_ENDINGS, m.end()):
            continue  # "X, the university's deputy rector": a person of the body
        start = _name_start(text, toks, k, taken)
        span = _trimmed(toks, start, k)
        if span is None or _taken(toks, span, taken):
            continue
        if span[0] > 0 and toks[span[0] - 1].norm in _ROLES:
            continue  # "Professor Sam Okafor, the ...": a person
        strong = span[1] > span[0] or _single_strong(toks, span)
        closed = _CLOSED_APPOSITION.match(text, m.end()) is not None
        if (strong or _described_word(toks, span, m.group(), closed)) and _plausible(toks, *span):
            out.append(span)
    return out


def _described_word(toks: list[Token], span: Span, description: str, closed: bool) -> bool:
    """One ordinary word described as a body inside a sentence: "financed by Innosuisse, the
    Swiss innovation agency", "met Deltalinqs, de vereniging van bedrijven"; at the start of
    a paragraph only when a comma closes the description ("Enabel, het Belgische
    ontwikkelingsagentschap, financiert ..."). Not a word that follows a place word ("In
    Leiden, the university ..."), a place, a month, or a person described by a role ("Smit,
    the director of the foundation")."""
    i = span[0]
    if i == 0 and (
        not closed
        or toks[i].norm in VX.OPENING_ADVERBS
        or toks[i].norm.endswith(VX.OPENING_ADVERB_ENDINGS)
    ):
        return False
    if i > 0 and toks[i - 1].cap:
        return False
    if toks[i - 1].norm in _LIST_PLACE_WORDS and not _COMPANY_DESCRIPTION.search(description):
        return False  # "moved to Leiden, a city ...", but "to Causeway3, a spin-out company"
    if toks[i].norm in _PLACE_NAMES or toks[i].norm in _NOT_BODY_WORDS or toks[i].norm in _DAYS:
        return False  # "This past May, the agency selected ...": a month
    words = {norm_token(w) for w in description.split()}
    return words.isdisjoint(_ROLES) and words.isdisjoint(_DESCRIPTION_LINKS)


def named_names(text: str, toks: list[Token], taken: Sequence[Span]) -> list[Span]:
    """The name given to a body: "De joint venture krijgt de naam CircuMet", "het
    consortium, dat de naam KRINGLOOP-NL draagt", "the spin-off will be called Qubitra",
    "De nieuwe vennootschap, ReMetal Kempen, ..." (a body noun before the name in its
    sentence, or in apposition right before it)."""
    out: list[Span] = []
    starts: list[int] = []
    if any(map(text.__contains__, _NAMING_HINTS)):
        for m in _NAMING.finditer(text):
            sentence = _sentence_start(text, m.start())
            if _NAMED_BODY.search(text[sentence : m.start()]) is not None:
                starts.append(m.end())
    starts += _body_appositions(text)
    for at in starts:
        k = bisect.bisect_left(toks, at, key=_start_of)
        if k >= len(toks) or toks[k].start != at or not is_cap(toks[k]):
            continue
        span = _trimmed(toks, k, _capitalised_run_end(text, toks, k))
        if span is None or _taken(toks, span, taken) or _person_or_adjective(toks, span):
            continue
        if text.startswith((" as ", " als "), toks[span[1]].end):
            continue  # "named Anna Smit as director": a person
        if _plausible(toks, *span):
            out.append(span)
    return out


def subject_names(text: str, toks: list[Token], taken: Sequence[Span]) -> list[Span]:
    """The name that opens a sentence and concludes an agreement with a known organisation
    later in it: "Polaris AI strikes research partnerships with Sorbonne, EPFL and TUM",
    "okkio signs three-year research agreement with Maastricht UMC+" (a lower-case brand
    only where it opens the unit). Two or three plain capitalised words are left alone:
    they are as likely a person ("Anna Smit signed an agreement with ...")."""
    out: list[Span] = []
    if not taken or (" with " not in text and " met " not in text):
        return out  # the known partner follows "with" / "met"
    starts = [tok.start for tok in toks]
    for a, b in _sentences(text):
        k = bisect.bisect_left(starts, a)
        if k >= len(toks) or toks[k].start >= b or _taken(toks, (k, k), taken):
            continue
        end = k
        while (
            end - k < 3
            and end + 1 < len(toks)
            and is_cap(toks[end + 1])
            and toks[end + 1].norm not in _AND
            and RULE_GAP.match(text[toks[end].end : toks[end + 1].start])
        ):
            end += 1
        verb = _SUBJECT_AGREEMENT.match(text, toks[end].end)
        if verb is None or verb.end() > b:
            continue
        if not any(verb.end() <= toks_start(toks, s) < b for s in taken):
            continue  # the other party must be a known organisation
        if not _subject_shape(toks, k, end, unit_start=k == 0):
            continue
        if _taken(toks, (k, end), taken) or _person_or_adjective(toks, (k, end)):
            continue
        if _plausible(toks, k, end):
            out.append((k, end))
    return out


def signing_subjects(text: str, toks: list[Token], taken: Sequence[Span]) -> list[Span]:
    """Two or more names coordinated at a sentence's start right before a party verb, in a
    sentence about an agreement, where none of them is known: "Aquafin en Pidpa tekenden
    samen met ... een charter", "Kelvora, Nordwind and Tessic signed a framework agreement".
    An item is one to three capitalised words (an article before it is no part of it);
    never a place, a person (a role word in or before it, or the surname of one named
    in the unit), an adjective, a common word, or a head, programme or field word alone.
    All items must pass, or none is taken: a list with a person or a place in it is no list
    of parties."""
    out: list[Span] = []
    starts = [tok.start for tok in toks]
    for a, b in _sentences(text):
        k = bisect.bisect_left(starts, a)
        items = _opening_items(text, toks, k, b)
        if len(items) < 2 or any(_taken(toks, span, taken) for span in items):
            continue
        verb = _PARTY_VERB.match(text, toks[items[-1][1]].end)
        if verb is None or verb.end() > b or not _SIGNED_NOUN.search(text, verb.end(), b):
            continue
        if all(_signing_item(text, toks, span) for span in items):
            out.extend(items)
    return out


def _opening_items(text: str, toks: list[Token], k: int, b: int) -> list[Span]:
    """The names coordinated from token ``k`` on ("A, B en C"), each one to three
    capitalised words after an optional article; [] where the tokens are no such list."""
    items: list[Span] = []
    last = False
    while k < len(toks) and toks[k].start < b:
        if toks[k].norm in _ARTICLES and k + 1 < len(toks) and text[toks[k].end] == " ":
            k += 1
        if k >= len(toks) or not toks[k].cap:
            return []
        end = k
        while (
            end - k < 2
            and end + 1 < len(toks)
            and toks[end + 1].cap
            and RULE_GAP.match(text[toks[end].end : toks[end + 1].start])
        ):
            end += 1
        items.append((k, end))
        if last or end + 1 >= len(toks):
            break
        gap = text[toks[end].end : toks[end + 1].start]
        if gap == ", ":
            k = end + 1
        elif gap == " " and toks[end + 1].norm in _AND and toks[end + 1].raw.islower():
            k, last = end + 2, True
        else:
            break
    return items if last else []


def _signing_item(text: str, toks: list[Token], span: Span) -> bool:
    """An item of ``signing_subjects`` that can name an organisation (see there)."""
    i, j = span
    words = toks[i : j + 1]
    if any(
        w.norm in STARTERS
        or w.norm in _COMMON
        or w.norm in _PLACE_NAMES
        or w.norm in _LIST_PLACE_WORDS
        or w.norm in _DAYS
        for w in words
    ):
        return False
    if not _plausible(toks, i, j) or _person_or_adjective(toks, span):
        return False
    if not _subject_shape(toks, i, j, unit_start=False):
        return False  # "Hilde Peeters": plain capitalised words are as likely a person
    if i == j and (toks[i].norm in SUFFIX or toks[i].norm in PREFIX or _PLURAL.match(toks[i].raw)):
        return False
    return not _surname_in(text, toks[j].raw)


def _surname_in(text: str, word: str) -> bool:
    """``word`` follows another capitalised word somewhere in ``text`` ("Hilde Peeters"):
    the surname of a person the unit names in full ("Peeters en Jacobs tekenden")."""
    at = text.find(" " + word)
    while at > 0:
        before = text[:at].rsplit(maxsplit=1)[-1] if text[:at].strip() else ""
        after = at + 1 + len(word)
        if before[:1].isupper() and before.isalpha() and not text[after : after + 1].isalnum():
            return True
        at = text.find(" " + word, at + 1)
    return False


def _subject_shape(toks: list[Token], i: int, j: int, unit_start: bool) -> bool:
    """The span looks like an organisation's name, not a person's or an ordinary word: an
    acronym, a CamelCase word or a digit in it, or one capitalised word that starts no
    sentence as a common word; a lower-case brand only at the start of the unit."""
    words = toks[i : j + 1]
    if any(w.norm in STARTERS or w.norm in _COMMON for w in words):
        return False
    if not words[0].raw[0].isupper():
        return unit_start and i == j and words[0].raw.isalnum() and len(words[0].raw) > 2
    if any(_CAMEL.search(w.raw) or any(c.isdigit() for c in w.raw) for w in words):
        return True  # "LioniX", "Studio 4X"
    if any(len(w.raw) > 1 and w.raw.isupper() for w in words):
        return True  # "Polaris AI", "KPN"
    return i == j


def _may_list(text: str) -> bool:
    """Cheap test whether a list cue without a partner word can stand in ``text``
    ("three companies: ...", "de corporaties zijn ...")."""
    return _LIST_HINTS.search(text) is not None


def _names_a_body(text: str) -> bool:
    """Cheap test whether ``named_names`` can find anything in ``text``."""
    if any(map(text.__contains__, _NAMING_HINTS)) and _NAMING.search(text):
        return True
    return bool(_body_appositions(text))


def _body_appositions(text: str) -> list[int]:
    """Offsets right after "<article> [new] <body noun>, " where a name may follow: "de
    nieuwe vennootschap, ReMetal Kempen, ..." (found by its commas: no pattern scan)."""
    out: list[int] = []
    pos = text.find(", ")
    while pos != -1:
        begin = text.rfind(" ", 0, pos) + 1
        if text[begin:pos].lower() in _BODY_WORDS and _BODY_ARTICLE.search(
            text, max(0, begin - 40), begin
        ):
            at = pos + 2
            out.append(at + 1 if text[at : at + 1] in _OPENING_QUOTES else at)
        pos = text.find(", ", pos + 2)
    return out


def _sentence_start(text: str, at: int) -> int:
    """Offset where the sentence holding offset ``at`` starts."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    return start


def bullet_names(text: str, toks: list[Token], taken: Sequence[Span]) -> list[Span]:
    """The name a bullet item of a partner list starts with: "LioniX International – chips"."""
    if taken and toks_start(toks, taken[0]) == 0:
        return []
    end = 0
    while (
        end + 1 < len(toks)
        and is_cap(toks[end + 1]) | (toks[end + 1].norm in CONNECTORS)
        and RULE_GAP.match(text[toks[end].end : toks[end + 1].start])
    ):
        end += 1
    span = _trimmed(toks, 0, end) if toks and is_cap(toks[0]) else None
    if span is None or _taken(toks, span, taken) or not _plausible(toks, *span):
        return []
    return [span]


def opens_partner_list(text: str) -> bool:
    """A unit that introduces a bulleted list of partners: "The partners are:"."""
    stripped = text.rstrip()
    return stripped.endswith(":") and bool(_PARTNER_LIST.search(stripped + " are"))


def is_list_item(text: str, toks: list[Token]) -> bool:
    """A short unit that can be one item of a bulleted list."""
    return 0 < len(toks) <= 14 and not re.search(r"[.!?]\s+\S", text)


def toks_start(toks: list[Token], span: Span) -> int:
    """Character offset where a token span starts."""
    return toks[span[0]].start


def _known_by_start(toks: list[Token], taken: Sequence[Span]) -> list[tuple[int, Span]]:
    """Each of ``taken`` with the character offset where it starts, in ``taken``'s order
    (read once per unit, not once per sentence: speed, not meaning)."""
    return [(toks[s[0]].start, s) for s in taken]


# --- helpers -----------------------------------------------------------------------------


def _after_token(
    pattern: re.Pattern[str] | CaseBlind, text: str, toks: list[Token]
) -> list[tuple[re.Match[str], int]]:
    """Matches of ``pattern`` (which may start with white space) with the index of the
    token right before each; one scan of the text instead of a match per token."""
    matches = list(pattern.finditer(text))
    if not matches:
        return []
    out = []
    for m in matches:
        pos = m.start()
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
        # Tokens are in text order: the one ending at ``pos``, if any, by bisection.
        k = bisect.bisect_left(toks, pos, key=_end_of)
        if k < len(toks) and toks[k].end == pos:
            out.append((m, k))
    return out


@functools.lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[Span, ...]:
    """The sentence spans of one unit (asked by several rules about the same unit: cut
    once; speed, not meaning)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, m.start() + 1))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return tuple(out)


def _joins(text: str, toks: list[Token], a: int, b: int) -> bool:
    """Token ``a`` continues into token ``b`` as one capitalised name (no ``b``: False)."""
    if b >= len(toks):
        return False
    if not RULE_GAP.match(text[toks[a].end : toks[b].start]):
        return False
    return is_cap(toks[a]) or (toks[a].norm in CONNECTORS and toks[a].raw.islower())


def _name_start(text: str, toks: list[Token], k: int, taken: Sequence[Span]) -> int:
    """First token of the capitalised name ending at ``k``: back over name words, but not
    over "and" or a name already found ("Leiden University and the Kustlab X")."""
    start = k
    while (
        start > 0
        and toks[start - 1].norm not in _AND
        and not _taken(toks, (start - 1, start - 1), taken)
        and _joins(text, toks, start - 1, start)
    ):
        start -= 1
    return start


def _capitalised_run_end(text: str, toks: list[Token], k: int) -> int:
    """The last of at most five capitalised tokens from ``k`` on, joined by a name's gaps
    and never by "and"/"en"."""
    end = k
    while (
        end - k < 4
        and end + 1 < len(toks)
        and toks[end + 1].norm not in _AND
        and is_cap(toks[end + 1])
        and RULE_GAP.match(text[toks[end].end : toks[end + 1].start])
    ):
        end += 1
    return end


def _trimmed(toks: list[Token], i: int, j: int, adjectives: bool = True) -> Span | None:
    """Tokens ``i`` to ``j`` without the words before the name (starters, lower-case words
    and, with ``adjectives``, describing adjectives) and without lower-case words after it."""
    while i <= j and (
        toks[i].norm in STARTERS
        or not is_cap(toks[i])
        or (adjectives and i < j and _is_adjective(toks[i]))  # "het Franse INRAE"
    ):
        i += 1
    while j >= i and not is_cap(toks[j]):
        j -= 1
    return (i, j) if i <= j else None


def _taken(toks: list[Token], span: Span, taken: Sequence[Span]) -> bool:
    return any(span[0] <= t[1] and t[0] <= span[1] for t in taken)


def _plausible(toks: list[Token], i: int, j: int, defined: bool = False) -> bool:
    """The span can name an organisation; with ``defined`` (an acronym follows) a library
    or museum can ("Koninklijke Bibliotheek (KB)")."""
    norms = [t.norm for t in toks[i : j + 1]]
    tails = _DEFINED_NON_ORG_TAILS if defined else _NON_ORG_TAILS
    if any(n in _TITLES for n in norms) or norms[-1] in tails:
        return False
    if norms[0] in _NON_ORG_TAILS or all(n in GENERIC for n in norms):
        return False
    return not (j == i and toks[i].raw in _NON_ORG)


def _single_strong(toks: list[Token], span: Span) -> bool:
    raw = toks[span[0]].raw
    return span[0] == span[1] and (is_acronym(raw) or is_camel(raw))


def _candidates(
    text: str,
    toks: list[Token],
    first: int,
    b: int,
    list_from: int,
    covered: set[int],
    weak: bool = False,
) -> list[Span]:
    """Acronyms and CamelCase words in the sentence from token ``first`` to offset ``b``;
    after a partner-list cue also longer capitalised names ("Smart Photonics"); with
    ``weak`` also single ordinary capitalised words ("Elekta")."""
    out: list[Span] = []
    k = first
    while k < len(toks) and toks[k].start < b:
        tok = toks[k]
        if not tok.cap or k in covered or _bracketed(text, tok):
            k += 1
            continue
        end = k
        if tok.start >= list_from:
            while (
                end + 1 < len(toks)
                and toks[end + 1].start < b
                and end + 1 not in covered
                and toks[end + 1].norm not in ("and", "en")
                and _joins(text, toks, end, end + 1)
                and (is_cap(toks[end + 1]) or _joins(text, toks, end + 1, end + 2))
            ):
                end += 1
        span = _trimmed(toks, k, end)
        if span is not None and (span[1] > span[0] or weak or _single_strong(toks, span)):
            if _plausible(toks, *span):
                out.append(span)
        k = end + 1
    return out


def _bracketed(text: str, tok: Token) -> bool:
    """The token is an acronym alone in brackets ("(NKI)"): it defines the name before it
    and is no item of a list of its own."""
    return (
        0 < tok.start
        and text[tok.start - 1] == "("
        and text.startswith(")", tok.end)
        and tok.raw.isupper()
    )


def _coordinated(
    text: str, toks: list[Token], items: list[tuple[Span, str]], list_from: int
) -> set[Span]:
    """New names in a chain of list glue with a known organisation (or, after a
    partner-list cue, with at least one other name)."""
    out: set[Span] = set()
    for chain in _chains(text, toks, items):
        if len(chain) < 2:
            continue
        has_known = any(what == "known" for _, what in chain)
        in_list = toks_start(toks, chain[0][0]) >= list_from
        for span, what in chain:
            if what == "new" and (has_known or in_list):
                if span[1] > span[0] and not in_list and not has_known:
                    continue
                out.add(span)
    return out


def investor_hint(text: str) -> bool:
    """The unit may name investors (a cheap test: most units name none)."""
    return any(map(text.__contains__, _INVESTOR_HINTS))


def investor_names(text: str, toks: list[Token], taken: Sequence[Span]) -> list[Span]:
    """The investors of a funding round: every name of the list after "with participation
    from", "other investors include" or, after a funding noun in the sentence, "led by"
    ("a Series A led by Lakestar, with participation from Breakthrough Energy Ventures and
    the Swiss Climate Foundation")."""
    starts = [m.end() for m in _INVESTOR_CUE.finditer(text)]
    for m in _INVESTOR_LED.finditer(text):
        sentence = _sentence_start(text, m.start())
        if _FUNDING.search(text, sentence, m.start()) is not None:
            starts.append(m.end())
    out: list[Span] = []
    for at in starts:
        k = bisect.bisect_left(toks, at, key=_start_of)
        while k < len(toks):
            if toks[k].norm in ("the", "de", "het") and not toks[k].cap:
                k += 1
            if k >= len(toks) or not is_cap(toks[k]):
                break
            end = _capitalised_run_end(text, toks, k)
            span = _trimmed(toks, k, end)
            if (
                span is not None
                and not _taken(toks, span, taken)
                and not _person_or_adjective(toks, span)
                and _plausible(toks, *span)
            ):
                out.append(span)
            k = end + 1
            if k >= len(toks) or not _INVESTOR_GLUE.fullmatch(text, toks[k - 1].end, toks[k].start):
                if (
                    k < len(toks)
                    and toks[k].norm in _AND
                    and text[toks[k - 1].end : toks[k].start] in (", ", " ")
                ):
                    k += 1  # "A, and B" / "A and B"
                    continue
                break
    return out
