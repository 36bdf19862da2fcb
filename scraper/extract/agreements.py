"""Find agreements between organisations from trigger language, sentence by sentence.

For every sentence with a trigger ("signed an agreement", "werken samen",
"memorandum of understanding", "is a member of" ...) the parties are looked
for, most reliable first:

1. in the clause: "collaboration between A and B", "the LDE partnership (A, B and C)";
2. in the sentence: every organisation named, minus funders, hosts, guests,
   places ("during Medical Delta's meeting") and background ("..., of which X is a member");
3. by coreference: "the three organisations", "beide universiteiten", "they",
   "the university", or "the new agreement" (more about the previous record);
4. from a partner list in a neighbouring sentence: "The partners are A, B and C."

An alliance or consortium is a party when an organisation joins it or it acts
itself ("Una Europa brings together A, B, C"); when members form or work in it
("in the LDE alliance") the members are the parties. Repeated mentions of one
relationship are merged; a renewal and a termination stay records of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from scraper.extract import vocab as V
from scraper.extract.organisations import OrgMention
from scraper.models import Agreement, DateMention

_I = re.IGNORECASE
_TRIGGERS = tuple((re.compile(p, _I), t, s) for p, t, s in V.TRIGGERS)
_PRIORITY = {t: i for i, (_, t, _) in enumerate(V.TRIGGERS)}
_JOIN = re.compile(V.JOIN_PATTERN + r"(?!\s+forces)", _I)
_STATUS = {status: re.compile(p, _I) for status, p in V.STATUS_CUES}
_SIGNED_PAST = re.compile(V.SIGNED_PAST, _I)
_SIGNED_NOW = re.compile(V.SIGNED_NOW, _I)
_NON_PARTY = re.compile(r"\b(?:" + "|".join(V.NON_PARTY_CUES) + r")\b", _I)
_FUNDER_VERB = re.compile(V.FUNDER_VERBS, _I)
_PARTNER_LIST = re.compile(V.PARTNER_LIST, _I)
_PRONOUN = re.compile(r"\b(?:" + "|".join(V.COREF_PRONOUNS) + r")\b", _I)
_ANAPHOR = re.compile(V.ANAPHOR, _I)
_RENEWAL_ANAPHOR = re.compile(V.RENEWAL_ANAPHOR, _I)
_SINGULAR = re.compile(V.SINGULAR_REFERENCE, _I)
_NEGATION = re.compile(V.NEGATION, _I)
_PREPOSITION = re.compile(V.NON_PARTY_PREPOSITIONS, _I)
_RELATIVE = re.compile(V.RELATIVE_CLAUSE, _I)
_SEPARATE = re.compile(V.SEPARATE, _I)
_JOIN_EVENT = re.compile(V.JOIN_EVENT + r"(?!\s+forces)", _I)
_CREATED = re.compile(V.CREATED_BEFORE, _I)
_ORIGINAL = re.compile(V.ORIGINAL, _I)
_LIFECYCLE = re.compile(V.LIFECYCLE, _I)
_FUNDING = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:" + "|".join(V.FUNDING_NOUNS) + r")\b")
_THING = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:" + "|".join(V.THING_NOUNS) + r")\b")
_MODIFIER = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:" + "|".join(V.MODIFIED_NOUNS) + r")\b")
_NUM = "|".join(sorted(V.NUMBER_WORDS, key=len, reverse=True))
_NOUN = "|".join(sorted(V.COREF_NOUNS, key=len, reverse=True))
_COREF_COUNTED = re.compile(
    rf"\b(?P<num>{_NUM}|\d{{1,2}})\s+(?:[\w'’-]+\s+){{0,4}}?\w*?(?P<noun>{_NOUN})\b", _I
)
_COREF_PLAIN = re.compile(
    rf"\b(?:the|these|those|all|de|deze|die|alle|both|beide)\s+(?:[\w-]+\s+)?\w*?(?P<noun>{_NOUN})\b",
    _I,
)
_BETWEEN = re.compile(r"^\s*(?:between|tussen)\s", _I)
_LIST_GLUE = re.compile(r"^(?:[\s,]|\band\b|\ben\b|\bthe\b|\bde\b|\bhet\b|&|\(|\)|['’]s)*$", _I)
_CLAUSE_BREAK = re.compile(r"[;,:]|\s(?:while|whereas|terwijl|but|maar)\s")
# "recognised by the EU ... and belongs to X": a new verb phrase ends the excluded list.
_NEW_VERB = re.compile(r"\b(?:and|en)\s+(?!the\b|de\b|het\b|its\b|their\b)[a-z]")
_CLAUSE_SPLIT_WIDE = re.compile(r";|,\s+(?:while|whereas|but|terwijl|maar|zodat|so\s+that)\b", _I)
_CLAUSE_SPLIT = re.compile(r",\s+(?:and|en)\s+|;\s+", _I)
_ABBREVIATION = re.compile(
    r"(?:\b(?:prof|dr|drs|ir|mr|mrs|ms|st|sr|jr|vs|e\.g|i\.e|etc|no|nr|inc|ltd|co|b\.v|n\.v|dhr|mevr|"
    r"ca|approx)|\b[A-Z])\.$",
    _I,
)
# Quoted speech: what someone says about a partnership restates it, it is not the statement.
_QUOTE = re.compile(r"“[^”]{0,600}”|‘[^’]{0,600}’(?!\w)|„[^”“]{0,600}[”“]|\"[^\"]{0,600}\"")
_SENTENCE_END = re.compile(r"[.!?]+[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9À-Ý])")

_STATUS_RANK = {"signed": 3, "renewed": 3, "ended": 3, "planned": 2, "ongoing": 1}
_GROUP_KINDS = frozenset({"alliance", "consortium"})
_RETYPED_BY_GROUP = frozenset(
    {"agreement", "partnership", "collaboration", "alliance", "consortium"}
)


@dataclass(slots=True)
class Sentence:
    """A sentence of one unit with the organisations and dates found inside it."""

    unit: int
    start: int
    end: int
    text: str
    title: bool = False
    orgs: list[OrgMention] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # quoted speech, sentence offsets
    dates: list[DateMention] = field(default_factory=list)


@dataclass(slots=True)
class _Record:
    type: str
    parties: tuple[str, ...]
    status: str
    evidence: str
    date: DateMention | None
    explicit: bool
    confidence: float
    index: int  # sentence index, for "the previous record"
    title: bool = False
    context: frozenset[str] = frozenset()  # alliances the sentence is about


@dataclass(slots=True)
class _Page:
    sentences: Sequence[Sentence]
    kinds: dict[str, str | None]
    published: date | None
    records: list[_Record] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # sentences that gave a record or a list
    referent: _Record | None = None  # the record the last coreference resolved to
    subjects: dict[int, str] = field(default_factory=dict)  # who "it" was, per sentence
    excluded: dict[tuple[int, int], tuple[set[int], set[int]]] = field(default_factory=dict)

    def is_group(self, name: str) -> bool:
        return self.kinds.get(name) in _GROUP_KINDS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``; abbreviations ("Prof.", "B.V.") do not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[start : m.start() + 1].rstrip()):
            continue
        spans.append((start, m.start() + len(m.group().rstrip())))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def build_sentences(
    units: Sequence[str],
    mentions: Sequence[Sequence[OrgMention]],
    dates: Sequence[Sequence[DateMention]],
    *,
    has_title: bool = False,
) -> list[Sentence]:
    """Cut every unit into sentences and hand each one its mentions and dates.

    ``has_title`` says the first unit is the headline.
    """
    out = []
    for u, text in enumerate(units):
        quoted = [m.span() for m in _QUOTE.finditer(text)]
        for start, end in split_sentences(text):
            s = Sentence(u, start, end, text[start:end], title=has_title and u == 0)
            s.orgs = [m for m in mentions[u] if start <= m.start < end]
            s.dates = [d for d in dates[u] if d.span is not None and start <= d.span[0] < end]
            s.quotes = [
                (max(a, start) - start, min(b, end) - start)
                for a, b in quoted
                if a < end and b > start
            ]
            out.append(s)
    return out


def find_agreements(
    sentences: Sequence[Sentence], kinds: dict[str, str | None], *, published: date | None
) -> tuple[Agreement, ...]:
    """Agreements stated in ``sentences`` (in page order), merged per relationship.

    ``kinds`` maps canonical organisation names to their kind; ``published`` is
    the news item's date, used for "have signed" without a date of its own.
    """
    page = _Page(sentences, kinds, published)
    for i in range(len(sentences)):
        if i in page.used:
            continue
        found = _records_in(i, page)
        if found:
            page.used.add(i)
            page.records.extend(found)
    return tuple(_to_agreement(r) for r in _merge(page.records, page))


# --- one sentence --------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    """The parties of one sentence while they are being resolved."""

    ttype: str
    parties: list[str]
    core: list[str]  # parties that are not alliances: the members
    soft: set[str]  # places and background names, dropped when enough others are found
    method: float = 0.7

    def add(
        self, found: Sequence[str], method: float | None = None, *, first: bool = False
    ) -> None:
        """Add resolved names (in front when ``first``) and lower the method's confidence."""
        if not found:
            return
        self.parties = _union(found, self.parties) if first else _union(self.parties, found)
        self.core = _union(found, self.core) if first else _union(self.core, found)
        if method is not None:
            self.method = min(self.method, method)


def _records_in(i: int, page: _Page) -> list[_Record]:
    sent = page.sentences[i]
    text = sent.text
    hits = [h for h in _triggers(text) if not any(a <= h[0] < b for a, b in sent.quotes)]
    if not hits and not any(stem in text.lower() for stem in V.GATE_STEMS):
        return []
    anaphor = _ANAPHOR.search(text)
    if not (hits or anaphor or _JOIN.search(text) or _PARTNER_LIST.search(text)):
        return []
    if _NEGATION.search(text):
        return []
    hard, soft = _exclusions(sent, page)
    kept = [m.name for k, m in enumerate(sent.orgs) if k not in hard and k not in soft]
    groups = _distinct(p for p in kept if page.is_group(p))
    members = _distinct(p for p in kept if not page.is_group(p))
    joining = bool(_JOIN.search(text)) and any(
        page.is_group(m.name) for k, m in enumerate(sent.orgs) if k not in hard
    )
    named_group = None
    if not joining and anaphor is not None and _JOIN_EVENT.search(text) and members:
        # "TNO will join the alliance": the alliance named before.
        if anaphor.group("noun").lower()[:5] in ("allia", "conso"):
            named_group = _last_group(i, page, _anaphor_family(anaphor.group("noun")))
            joining = named_group is not None
    listing = bool(groups) and len(members) >= 2 and bool(_PARTNER_LIST.search(text))
    if not (hits or joining or listing or anaphor):
        return []
    # 1. Clause level: one record per trigger with its own party list.
    clause = []
    for _start, end, ttype, strength in hits:
        parties = _clause_parties(sent, end, hard)
        if len(parties) >= 2:
            status = _status(text, ttype)
            clause.append(_record(page, sent, i, ttype, parties, status, strength, 0.9))
    if clause:
        return clause
    if not joining:
        coordinated = _coordinated(i, page, hits, hard, soft)
        if coordinated:
            return coordinated
    if hits:
        ttype, strength = _main_trigger(hits)[2:]
    elif joining or listing:
        group = named_group or next(
            m.name for k, m in enumerate(sent.orgs) if k not in hard and page.is_group(m.name)
        )
        ttype, strength = page.kinds.get(group) or "alliance", 0.8
    else:
        return _anaphoric(i, page, None)
    status = _status(text, ttype)
    # 2. Sentence level. Places and background clauses count only when nothing else does.
    parties = _distinct(m.name for k, m in enumerate(sent.orgs) if k not in hard)
    if named_group is not None:
        parties.append(named_group)
    core = members if len(members) >= 2 else [p for p in parties if not page.is_group(p)]
    cand = _Candidate(ttype, parties, list(core), {sent.orgs[k].name for k in soft} - set(kept))
    page.referent = None
    # 3. and 4. Coreference and partner lists, most specific first.
    anaphoric = _resolve(i, page, cand, hits, anaphor, joining)
    if anaphoric is not None:
        return anaphoric
    if not _valid(page, cand, joining):
        return []
    status = _inherit(page, cand, text, hits, anaphor, status)
    if joining:
        return _memberships(page, sent, i, cand.parties, status, strength, cand.method)
    if _SEPARATE.search(text) and len(cand.parties) > 2:
        first = cand.parties[0]
        return [
            _record(page, sent, i, cand.ttype, (first, other), status, strength, cand.method)
            for other in cand.parties[1:]
        ]
    return [_record(page, sent, i, cand.ttype, cand.parties, status, strength, cand.method)]


def _coordinated(
    i: int,
    page: _Page,
    hits: list[tuple[int, int, str, float]],
    hard: set[int],
    soft: set[int],
) -> list[_Record]:
    """ "A and B offer joint programmes, and A and C work together": a record per clause,
    when every clause names its own trigger and two organisations."""
    sent = page.sentences[i]
    bounds = [0, *(m.end() for m in _CLAUSE_SPLIT.finditer(sent.text)), len(sent.text)]
    if len(bounds) < 3:
        return []
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        mine = [h for h in hits if a <= h[0] < b]
        ks = [k for k, m in enumerate(sent.orgs) if a <= m.start - sent.start < b and k not in hard]
        names = _distinct(sent.orgs[k].name for k in ks if k not in soft)
        if len(names) < 2:
            names = _distinct(sent.orgs[k].name for k in ks)
        if not mine or len(names) < 2:
            return []
        ttype, strength = _main_trigger(mine)[2:]
        status = _status(sent.text[a:b], ttype)
        out.append(_record(page, sent, i, ttype, names, status, strength, 0.8))
    return out


def _resolve(
    i: int,
    page: _Page,
    cand: _Candidate,
    hits: list[tuple[int, int, str, float]],
    anaphor: re.Match[str] | None,
    joining: bool,
) -> list[_Record] | None:
    """Complete ``cand`` by coreference; a list of records when the sentence only adds to
    an earlier record ("The new agreement was signed on 19 May")."""
    sent = page.sentences[i]
    text = sent.text

    def enough() -> bool:
        groups = sum(1 for p in cand.parties if page.is_group(p) and p not in cand.soft)
        core = len(cand.core)
        return core >= 2 or (core == 1 and groups >= 1) or (joining and groups >= 2)

    counted = _COREF_COUNTED.search(text)
    need = _count(counted.group("num")) if counted else 0
    if counted and need >= 2 and len([p for p in cand.core if p not in cand.soft]) < need:
        nouns = V.COREF_NOUNS.get(_noun_key(counted.group("noun")), ())
        wanted = _anaphor_family(anaphor.group("noun"))[:1] if anaphor is not None else ()
        resolved = _resolve_counted(i, page, need, nouns, wanted)
        if resolved is not None:
            found, method, list_type = resolved
            # Names in another clause ("..., while NWO adds funding") are not among them.
            here = _same_clause(sent, counted.start())
            cand.parties = [p for p in cand.parties if p in here]
            cand.core = [p for p in cand.core if p in here]
            cand.add(found, method, first=True)
            cand.method = method
            cand.ttype = _list_type(cand.ttype, list_type)
    if not enough() and _PRONOUN.search(text):
        cand.add(_previous_parties(i, page, sentence_first=True), 0.6, first=True)
    if not enough() and anaphor is not None and len(cand.core) < 2:
        again = _anaphoric(i, page, cand.ttype)
        if again:
            return again
    if not enough():
        listed = _neighbour_list(i, page, 0, (i + 1, i - 1))
        if listed is not None:
            found, method, list_type = listed
            cand.add(found, method, first=True)
            cand.ttype = _list_type(cand.ttype, list_type)
    if not enough() and _COREF_PLAIN.search(text):
        cand.add(_previous_parties(i, page, sentence_first=False), 0.6, first=True)
    subject = _SINGULAR.search(text)
    if (
        subject
        and (not hits or subject.start() < hits[0][0])
        and (len(cand.core) < 2 or _acts(text, subject))
    ):
        found_subject = _previous_subject(i, page, subject.group().lower())
        if found_subject:
            page.subjects[i] = found_subject
            if found_subject not in cand.parties:
                cand.add([found_subject], 0.6, first=True)
    if len([p for p in cand.core if p not in cand.soft]) >= 2:
        cand.parties = [p for p in cand.parties if p not in cand.soft]
        # Members working "in the LDE alliance" make an alliance record.
        soft_group = next((n for n in cand.soft if page.is_group(n)), None)
        no_group = not any(page.is_group(p) for p in cand.parties)
        if soft_group and cand.ttype in _RETYPED_BY_GROUP and no_group:
            cand.ttype = page.kinds.get(soft_group) or cand.ttype
    return None


def _valid(page: _Page, cand: _Candidate, joining: bool) -> bool:
    """Two members, or a member and an alliance; two alliances only when one joins."""
    groups = sum(1 for p in cand.parties if page.is_group(p))
    if len(cand.parties) < 2:
        return False
    return len(cand.core) >= 2 or (bool(cand.core) and groups > 0) or (joining and groups >= 2)


def _inherit(
    page: _Page,
    cand: _Candidate,
    text: str,
    hits: list[tuple[int, int, str, float]],
    anaphor: re.Match[str] | None,
    status: str,
) -> str:
    """Type and status from the record a coreference pointed at: "Both universities signed
    the agreement" is about the joint degree just described; after a renewal, a plain
    signing is the renewal's."""
    ref = page.referent
    members = frozenset(p for p in cand.parties if not page.is_group(p))
    if ref is None or not frozenset(ref.parties) >= members:
        return status
    main = _main_trigger(hits) if hits else None
    if (
        anaphor is not None
        and main is not None
        and main[0] <= anaphor.start("noun") < main[1]
        and ref.type in _anaphor_family(anaphor.group("noun"))
    ):
        cand.ttype = ref.type
    if ref.status == "renewed" and status == "signed" and not _ORIGINAL.search(text):
        return "renewed"
    return status


def _acts(text: str, subject: re.Match[str]) -> bool:
    """ "In 2014 it set up ...": the reference is the subject near the start of the sentence."""
    rest = text[subject.end() :].lstrip()
    return subject.start() <= 25 and not re.match(r"(?:is|was|are|were|has\s+been)\b", rest)


def _anaphor_family(noun: str) -> tuple[str, ...]:
    noun = noun.lower()
    return next((types for key, types in V.ANAPHOR_TYPES.items() if noun.startswith(key)), ())


def _triggers(text: str) -> list[tuple[int, int, str, float]]:
    low = text.lower()
    hits = [
        (m.start(), m.end(), t, s)
        for rx, t, s in _TRIGGERS
        if any(stem in low for stem in V.TRIGGER_STEMS[t])
        for m in rx.finditer(text)
    ]
    hits.sort()
    return hits


def _main_trigger(hits: list[tuple[int, int, str, float]]) -> tuple[int, int, str, float]:
    """The first trigger, unless a compound around it names a stronger type.

    "consortium agreement" is a consortium, "joint degree agreement" a joint
    programme, "collaboration agreement" an agreement.
    """
    first = hits[0]
    near = [h for h in hits if h[0] <= first[1] + 25]
    return min(near, key=lambda h: (_PRIORITY[h[2]], h[0]))


def _status(text: str, ttype: str) -> str:
    if ttype == "termination":
        return "ended"
    if _STATUS["renewed"].search(text):
        return "renewed"
    if _SIGNED_PAST.search(text):
        return "signed"
    if _STATUS["continuing"].search(text):
        return "ongoing"
    for status in ("planned", "ongoing", "signed"):
        if _STATUS[status].search(text):
            return status
    return "signed" if ttype in ("agreement", "mou") else "ongoing"


def _exclusions(sent: Sentence, page: _Page) -> tuple[set[int], set[int]]:
    """Mentions that are never parties (funders, hosts, guests) and those that are
    parties only when nothing else is (places, background clauses, alliances as modifiers)."""
    key = (sent.unit, sent.start)
    if key not in page.excluded:
        page.excluded[key] = _find_exclusions(sent, page)
    return page.excluded[key]


def _find_exclusions(sent: Sentence, page: _Page) -> tuple[set[int], set[int]]:
    # Hard: the list after "funded by", "in the presence of" ... up to the next clause.
    hard: set[int] = set()
    text = sent.text
    for cue in _NON_PARTY.finditer(text):
        pos = cue.end()
        for k, m in enumerate(sent.orgs):
            rel = m.start - sent.start
            if rel < cue.end():
                continue
            between = text[pos:rel]
            if pos != cue.end() and _CLAUSE_BREAK.search(between) or _NEW_VERB.search(between):
                break
            hard.add(k)
            pos = m.end - sent.start
    hard |= _funder_subjects(sent)
    # Soft: background clauses, modifiers ("LDE minors"), places ("during X's meeting"),
    # things set up ("set up the ARCNL"), alliances that are not joined and do not act.
    soft: set[int] = set()
    relative = _RELATIVE.search(text)
    first_member = True
    for k, m in enumerate(sent.orgs):
        rel, rel_end = m.start - sent.start, m.end - sent.start
        if (
            k > 0
            and sent.orgs[k - 1].name == m.name
            and text[sent.orgs[k - 1].end - sent.start : rel].strip() == "("
        ):
            # "Advanced Research Center (ARCNL)": the acronym shares its name's role.
            for bucket in (hard, soft):
                if k - 1 in bucket:
                    bucket.add(k)
            continue
        if k in hard:
            continue
        before = text[max(0, rel - 30) : rel]
        after = text[rel_end:]
        if _FUNDING.match(after):
            hard.add(k)  # "an NWO grant": a funder
        elif _THING.match(after) and not page.is_group(m.name):
            hard.add(k)  # "an EU programme", "the TNO campus"
        elif relative and rel > relative.start():
            soft.add(k)
        elif _MODIFIER.match(after):
            soft.add(k)  # "LDE minors", "Medical Delta's annual meeting"
        elif page.is_group(m.name):
            joined = _JOIN.search(before)
            acting = first_member and not _PREPOSITION.search(before)
            if not (joined or acting):
                soft.add(k)
        elif _PREPOSITION.search(before) and not _JOIN.search(before[-20:]):
            soft.add(k)
        elif _CREATED.search(before):
            soft.add(k)
        first_member = False
    return hard, soft


def _funder_subjects(sent: Sentence) -> set[int]:
    """Mentions that are the subject of a funding verb, with the list they stand in."""
    out: set[int] = set()
    for verb in _FUNDER_VERB.finditer(sent.text):
        pos = verb.start()
        for k in range(len(sent.orgs) - 1, -1, -1):
            m = sent.orgs[k]
            rel_end = m.end - sent.start
            if rel_end > pos:
                continue
            if not _LIST_GLUE.match(sent.text[rel_end:pos]):
                break
            out.add(k)
            pos = m.start - sent.start
    return out


def _same_clause(sent: Sentence, pos: int) -> set[str]:
    """Names of the organisations in the clause of ``sent`` around offset ``pos``."""
    start, end = 0, len(sent.text)
    for m in _CLAUSE_SPLIT_WIDE.finditer(sent.text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return {m.name for m in sent.orgs if start <= m.start - sent.start < end}


def _clause_parties(sent: Sentence, t_end: int, hard: set[int]) -> list[str]:
    """Parties named right at the trigger: "between A and B", "partnership (A, B and C)"."""
    tail = sent.text[t_end:]
    between = _BETWEEN.match(tail)
    if not (tail.startswith(" (") or between):
        return []
    pos = t_end + (between.end() if between else tail.index("(") + 1)
    names = []
    for k, m in enumerate(sent.orgs):
        rel = m.start - sent.start
        if rel < pos or k in hard:
            continue
        if not _LIST_GLUE.match(sent.text[pos:rel]):
            break
        names.append(m.name)
        pos = m.end - sent.start
    return _distinct(names)


def _memberships(
    page: _Page,
    sent: Sentence,
    i: int,
    parties: list[str],
    status: str,
    strength: float,
    method: float,
) -> list[_Record]:
    """ "A is a member of G1 and G2", "A joined G, and B belongs to H": one record per group.

    Joining is an event of each newcomer ("A and B joined G" gives A-G and B-G);
    being members is one state shared by all ("A and B are members of G").
    """
    out = []
    clauses = _clauses(sent)
    each = bool(_JOIN_EVENT.search(sent.text))
    for names in clauses if len(clauses) > 1 else [parties]:
        groups = [p for p in parties if page.is_group(p) and (len(clauses) == 1 or p in names)]
        members = [p for p in parties if not page.is_group(p) and (len(clauses) == 1 or p in names)]
        if not members and len(groups) >= 2:
            members, groups = groups[:1], groups[1:]  # a consortium that joins a larger one
        for group in groups:
            ttype = page.kinds.get(group) or "alliance"
            for team in ([m] for m in members) if each else [members]:
                if team:
                    out.append(
                        _record(page, sent, i, ttype, [*team, group], status, strength, method)
                    )
    return out


def _clauses(sent: Sentence) -> list[list[str]]:
    bounds = [0, *(m.end() for m in _CLAUSE_SPLIT.finditer(sent.text)), len(sent.text) + 1]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        names = _distinct(m.name for m in sent.orgs if a <= m.start - sent.start < b)
        if names:
            out.append(names)
    return out


# --- coreference ---------------------------------------------------------------------


def _count(word: str) -> int:
    return int(word) if word.isdigit() else V.NUMBER_WORDS.get(word.lower(), 0)


def _noun_key(noun: str) -> str:
    noun = noun.lower()
    for key in sorted(V.COREF_NOUNS, key=len, reverse=True):
        if noun.endswith(key):
            return key
    return noun


def _list_type(ttype: str, list_type: str | None) -> str:
    if list_type and ttype not in ("termination", "mou", "joint_programme"):
        return list_type
    return ttype


def _resolve_counted(
    i: int, page: _Page, need: int, nouns: tuple[str, ...], wanted: tuple[str, ...] = ()
) -> tuple[list[str], float, str | None] | None:
    """N organisations for "the three organisations": a record, a list, or the last N named.

    ``wanted`` prefers records of a type ("both organisations ... the agreement").
    """
    fitting = [
        r
        for r in reversed(page.records)
        if i - r.index <= 12 and sum(1 for p in r.parties if not page.is_group(p)) == need
    ]
    fitting.sort(key=lambda r: r.type not in wanted)  # stable: most recent first within each
    for rec in fitting[:1]:
        page.referent = rec
        return [p for p in rec.parties if not page.is_group(p)], 0.6, None
    listed = _neighbour_list(i, page, need)
    if listed is not None:
        return listed
    recent = _recent(i, page, need, nouns)
    if recent:
        return recent, 0.6, None
    ahead = _ahead(i, page, need, nouns)
    if ahead:
        return ahead, 0.5, None
    return None


def _neighbour_list(
    i: int, page: _Page, need: int, where: tuple[int, ...] = ()
) -> tuple[list[str], float, str | None] | None:
    """A partner list in the next (or previous) sentence: "The partners are A, B and C"."""
    sentences = page.sentences
    for j in where or (i + 1, i - 1, i + 2):
        if not 0 <= j < len(sentences) or j in page.used:
            continue
        other = sentences[j]
        if abs(other.unit - sentences[i].unit) > 1 or not _PARTNER_LIST.search(other.text):
            continue
        members = _distinct(m.name for m in other.orgs if not page.is_group(m.name))
        if len(members) < 2 or (need and len(members) < need):
            continue
        page.used.add(j)
        low = other.text.lower()
        list_type = "consortium" if "consorti" in low else "alliance" if "allian" in low else None
        return members, 0.5, list_type
    return None


def _recent(i: int, page: _Page, need: int, nouns: tuple[str, ...]) -> list[str]:
    names: list[str] = []
    for j in range(i - 1, -1, -1):
        for m in reversed(page.sentences[j].orgs):
            fits = page.kinds.get(m.name) in nouns if nouns else not page.is_group(m.name)
            if m.name not in names and fits:
                names.append(m.name)
        if len(names) >= need:
            return list(reversed(names[:need]))
    return _recent(i, page, need, ()) if nouns else []


def _ahead(i: int, page: _Page, need: int, nouns: tuple[str, ...]) -> list[str]:
    names: list[str] = []
    for j in range(i + 1, min(i + 3, len(page.sentences))):
        for m in page.sentences[j].orgs:
            fits = page.kinds.get(m.name) in nouns if nouns else not page.is_group(m.name)
            if m.name not in names and fits:
                names.append(m.name)
    return names[:need] if len(names) >= need else []


def _previous_parties(i: int, page: _Page, *, sentence_first: bool) -> list[str]:
    """Who "they" (the last sentence's organisations) or "the partners" (the last record) are."""

    def from_sentence() -> list[str]:
        j = i - 1
        if j < 0 or page.sentences[j].unit < page.sentences[i].unit - 1:
            return []
        hard, soft = _exclusions(page.sentences[j], page)
        names = _distinct(
            m.name
            for k, m in enumerate(page.sentences[j].orgs)
            if k not in hard and k not in soft and not page.is_group(m.name)
        )
        return names if len(names) >= 2 else []

    def from_record() -> list[str]:
        recent = [r for r in page.records if i - r.index <= (3 if sentence_first else 12)]
        if not recent:
            return []
        # "the partners" are those of the largest relationship nearby, "they" the last one.
        rec = recent[-1] if sentence_first else max(reversed(recent), key=lambda r: len(r.parties))
        page.referent = rec
        return [p for p in rec.parties if not page.is_group(p)]

    if sentence_first:
        return from_sentence() or from_record()
    return from_record() or from_sentence()


def _previous_subject(i: int, page: _Page, phrase: str) -> str | None:
    """Who "it" or "the university" is: the first fitting organisation of a recent sentence."""
    kinds = next((k for stem, k in V.SINGULAR_KINDS.items() if stem in phrase), ())
    for j in range(i - 1, max(-1, i - 8), -1):
        earlier = page.subjects.get(j)
        if earlier is not None and (not kinds or page.kinds.get(earlier) in kinds):
            return earlier
        for m in page.sentences[j].orgs:
            if page.is_group(m.name):
                continue
            if not kinds or page.kinds.get(m.name) in kinds:
                return m.name
    return None


def _last_group(i: int, page: _Page, kinds: tuple[str, ...]) -> str | None:
    """The alliance or consortium named last before sentence ``i``."""
    for j in range(i - 1, -1, -1):
        for m in reversed(page.sentences[j].orgs):
            if page.kinds.get(m.name) in _GROUP_KINDS and (
                not kinds or page.kinds.get(m.name) in kinds
            ):
                return m.name
    return None


def _anaphoric(i: int, page: _Page, ttype: str | None) -> list[_Record]:
    """ "The new agreement was signed on 19 May": more about an earlier record.

    The record referred to is the last one of the kind the noun names ("the
    partnership" -> a partnership), else the last one. A sentence about a
    renewed or ended agreement that does not say "new" tells about the original.
    """
    sent = page.sentences[i]
    match = _ANAPHOR.search(sent.text)
    if match is None or re.match(r"['’]s\b", sent.text[match.end() :]):
        return []  # "the alliance's funding period" is about something else
    prev = _referent(i, page, match.group("noun").lower())
    if prev is None:
        return []
    if not _LIFECYCLE.search(sent.text):
        return []  # "the alliance receives funding in 2025" says nothing about the relationship
    explicit = sent.dates[0] if sent.dates else None
    if prev.status == "renewed" and _RENEWAL_ANAPHOR.search(sent.text):
        rtype, status = prev.type, "renewed"
    elif prev.status in ("renewed", "ended"):
        rtype = ttype or prev.type
        rtype = "agreement" if rtype == "termination" else rtype
        status = _status(sent.text, rtype)
    else:
        rtype = prev.type
        status = _status(sent.text, rtype)
    # "Their membership took effect on 1 January": every record of that sentence.
    family = _anaphor_family(match.group("noun"))
    siblings = [
        r for r in page.records if r.index == prev.index and (r is prev or r.type in family)
    ]
    return [
        replace(
            rec,
            type=rtype if rec is prev else rec.type,
            status=status,
            evidence=sent.text,
            date=explicit,
            explicit=explicit is not None,
            confidence=round(rec.confidence * 0.8, 2),
            index=i,
            title=sent.title,
        )
        for rec in siblings
    ]


def _referent(i: int, page: _Page, noun: str) -> _Record | None:
    """The record "the partnership" means: the page's first of that kind (news items lead
    with their main relationship), else the last record if it is close."""
    family = _anaphor_family(noun)
    body = [r for r in page.records if not r.title] or page.records
    for rec in body:
        if rec.type in family:
            return rec
    if body and i - body[-1].index <= 3:
        return body[-1]
    return None


# --- records -------------------------------------------------------------------------


def _record(
    page: _Page,
    sent: Sentence,
    i: int,
    ttype: str,
    parties: Sequence[str],
    status: str,
    strength: float,
    method: float,
) -> _Record:
    when: DateMention | None = sent.dates[0] if sent.dates else None
    explicit = when is not None
    if when is None and page.published is not None and status in ("signed", "renewed", "ended"):
        if _SIGNED_NOW.search(sent.text):
            day = page.published.isoformat()
            when = DateMention(day, day, "day")
    group = next((p for p in parties if page.is_group(p)), None)
    if group is not None and ttype in _RETYPED_BY_GROUP:
        ttype = page.kinds.get(group) or ttype
    if ttype == "termination":
        status = "ended"
    confidence = round(method * (0.6 + 0.4 * strength), 2)
    return _Record(
        ttype,
        tuple(parties),
        status,
        sent.text,
        when,
        explicit,
        confidence,
        i,
        title=sent.title,
        context=_context(page, i),
    )


def _context(page: _Page, i: int) -> frozenset[str]:
    """The alliances a sentence is about: those it names, else the last one named before."""
    named = frozenset(m.name for m in page.sentences[i].orgs if page.is_group(m.name))
    if named:
        return named
    for j in range(i - 1, -1, -1):
        for m in reversed(page.sentences[j].orgs):
            if page.is_group(m.name):
                return frozenset({m.name})
    return frozenset()


def _merge(records: list[_Record], page: _Page) -> list[_Record]:
    """One record per (party set, type, renewal/termination), best evidence first."""
    body_parties = {p for r in records if not r.title for p in r.parties}
    # A headline restates the article: it counts only for organisations the body does not
    # already relate.
    records = [r for r in records if not r.title or not body_parties & set(r.parties)]
    groups: dict[tuple[frozenset[str], str, str], list[_Record]] = {}
    for rec in records:
        phase = rec.status if rec.status in ("renewed", "ended") else "base"
        groups.setdefault((frozenset(rec.parties), rec.type, phase), []).append(rec)
    merged = []
    for recs in groups.values():
        best = max(recs, key=lambda r: (_STATUS_RANK[r.status], r.confidence, -r.index))
        when = best.date if best.explicit else None
        if when is None:
            explicit = [
                r.date
                for r in recs
                if r.explicit and r.date is not None and r.status == best.status
            ]
            when = min(explicit, key=lambda d: d.value) if explicit else best.date
        if when is None:
            when = next((r.date for r in recs if r.date is not None), None)
        merged.append(
            replace(
                best,
                date=when,
                confidence=max(r.confidence for r in recs),
                index=min(r.index for r in recs),
            )
        )
    merged.sort(key=lambda r: r.index)
    return [r for r in merged if not _subsumed(r, merged, page)]


def _subsumed(rec: _Record, records: list[_Record], page: _Page) -> bool:
    """ "X stays in alliance G" when the record of G's members says the same thing."""
    if len(rec.parties) != 2:
        return False
    groups = [p for p in rec.parties if page.is_group(p)]
    if len(groups) != 1:
        return False
    (member,) = set(rec.parties) - set(groups)
    return any(
        o is not rec
        and o.type == rec.type
        and member in o.parties
        and groups[0] not in o.parties
        and groups[0] in o.context
        and len(o.parties) > 2
        for o in records
    )


def _to_agreement(rec: _Record) -> Agreement:
    return Agreement(
        type=rec.type,  # type: ignore[arg-type]
        parties=rec.parties,
        status=rec.status,  # type: ignore[arg-type]
        evidence=rec.evidence,
        date=rec.date.value if rec.date else None,
        date_precision=rec.date.precision if rec.date else None,
        confidence=min(1.0, rec.confidence),
    )


def _distinct(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _union(first: Sequence[str], second: Sequence[str]) -> list[str]:
    return _distinct([*first, *second])
