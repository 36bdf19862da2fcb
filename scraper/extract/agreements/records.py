"""Agreement records while one page is read.

The page state, one record per sentence with its date, and the merge of
repeated mentions into one agreement per relationship.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from scraper.extract.agreements.cues import StemGates, compound_type, main_trigger, triggers
from scraper.extract.agreements.dating import joined_now, record_date, starts_after
from scraper.extract.agreements.vocab import dating as VD
from scraper.extract.agreements.vocab import triggers as VT
from scraper.extract.sentences import Sentence
from scraper.models import Agreement, DateMention

_RENEWAL_DENIED = re.compile(VT.RENEWAL_DENIED, re.IGNORECASE)
_APPROVED = re.compile(VD.APPROVED, re.IGNORECASE)
_TYPED_COMPOUNDS = tuple((re.compile(rx, re.IGNORECASE), t) for rx, t in VT.TYPED_COMPOUNDS)
_UNDER_AGREEMENT = re.compile(VT.UNDER_AGREEMENT, re.IGNORECASE)
_SIGNED_IN_WRITING = re.compile(VT.SIGNED_IN_WRITING, re.IGNORECASE)
_CONTRAST = re.compile(r";|,\s+(?:but|maar|while|terwijl|whereas)\b", re.IGNORECASE)
_COMPOUND_STEMS = ("overeenkomst", "akkoord")
_STATUS_RANK = {"signed": 3, "renewed": 3, "ended": 3, "planned": 2, "ongoing": 1}


GROUP_KINDS = frozenset({"alliance", "consortium"})


RETYPED_BY_GROUP = frozenset(
    {"agreement", "partnership", "collaboration", "alliance", "consortium"}
)


@dataclass(slots=True)
class Record:
    """One agreement found in one sentence, before repeated mentions are merged."""

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
    # An earlier tie told apart beside the news ("De eerste overeenkomst dateert van 2019"):
    # a record of its own, never merged with the signing it stands beside.
    apart: bool = False


@dataclass(slots=True)
class PageState:
    """What the agreement finder knows while it reads one page, sentence by sentence."""

    sentences: Sequence[Sentence]
    kinds: dict[str, str | None]
    published: date | None
    records: list[Record] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # sentences that gave a record or a list
    referent: Record | None = None  # the record the last coreference resolved to
    subjects: dict[int, str] = field(default_factory=dict)  # who "it" was, per sentence
    excluded: dict[tuple[int, int], tuple[set[int], set[int]]] = field(default_factory=dict)
    gates: dict[int, StemGates] = field(default_factory=dict)  # stem pre-checks, per unit
    # (name, head word, words) of every organisation form on the page, for descriptions
    name_words: list[tuple[str, str, frozenset[str]]] | None = None
    # The university or hospital whose own site this is, when the page names it.
    owner: str | None = None

    def is_group(self, name: str) -> bool:
        return self.kinds.get(name) in GROUP_KINDS


@dataclass(slots=True)
class Candidate:
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
        self.parties = union(found, self.parties) if first else union(self.parties, found)
        self.core = union(found, self.core) if first else union(self.core, found)
        if method is not None:
            self.method = min(self.method, method)


def make_record(
    page: PageState,
    sent: Sentence,
    i: int,
    ttype: str,
    parties: Sequence[str],
    status: str,
    strength: float,
    method: float,
) -> Record:
    """A record for sentence ``i``: its date, its type (an alliance party names it) and
    a confidence from how the parties were found (``method``) and the trigger strength."""
    if status == "renewed" and _RENEWAL_DENIED.search(sent.text):
        # "ended in June when neither side renewed the contract": the end of the tie.
        ttype, status = "termination", "ended"
    joined = (
        joined_now(page.sentences, i, page.records, page.published, parties)
        if status == "ongoing"
        else None
    )
    if joined is not None:
        status, when, explicit = joined
    else:
        when, explicit = record_date(
            page.sentences, i, status, page.records, page.published, parties
        )
    ttype = _typed_after_lead(page, sent, parties, ttype)
    group = next((p for p in parties if page.is_group(p)), None)
    # A record with an alliance among its parties is of that alliance's kind, unless the
    # page itself calls it a consortium (an alliance can be one member of a consortium).
    if group is not None and ttype in RETYPED_BY_GROUP and ttype != "consortium":
        ttype = page.kinds.get(group) or ttype
    ttype = _typed_by_noun(sent.text, ttype)
    if ttype == "collaboration" and _only_in_agreement_nouns(page, sent):
        # "heeft samenwerkingsovereenkomsten getekend met A en B": the word of cooperation
        # is the first half of the agreement's noun, not a tie of its own.
        ttype = "agreement"
    if ttype == "termination":
        status = "ended"
    elif ttype == "collaboration" and status == "renewed" and _names_a_document(page, sent):
        # A renewed collaboration stays one ("hebben hun samenwerking met vijf jaar
        # verlengd") unless the page says the renewed tie is a document: "De samenwerking
        # gaat door: beide universiteiten verlengden hun overeenkomst", "ondertekenden een
        # nieuwe overeenkomst".
        ttype = "agreement"
    confidence = round(method * (0.6 + 0.4 * strength), 2)
    return Record(
        ttype,
        tuple(parties),
        status,
        sent.text,
        when,
        explicit,
        confidence,
        i,
        title=sent.title,
        context=context_of(page, i),
    )


def _typed_after_lead(page: PageState, sent: Sentence, parties: Sequence[str], ttype: str) -> str:
    """The type the clause after a lead-in gives a record whose parties are all named after
    its colon: "Two of the founders already work closely together: A and B have run a joint
    master's since 2020" is the joint degree; "put their names to agreements of their own:
    A and B signed a memorandum" the memorandum. The lead-in only announces the news."""
    colon = sent.text.find(": ")
    if colon < 0 or ttype == "termination":
        return ttype
    cut = sent.start + colon
    own = [m for m in sent.orgs if m.name in parties]
    if not own or any(m.start < cut for m in own):
        return ttype
    hits = triggers(sent.text[colon + 2 :], page.gates[sent.unit])
    # Of several ties told after it ("A and B signed a memorandum, and C and D renewed their
    # agreement"), the one told after the record's first party.
    first = min(m.start for m in own) - cut - 2
    hits = [h for h in hits if h[0] >= first] or hits
    return main_trigger(hits)[2] if hits else ttype


def _names_a_document(page: PageState, sent: Sentence) -> bool:
    """``sent`` names an agreement (a document: "overeenkomst", "contract", "akkoord")."""
    return any(h[2] == "agreement" for h in triggers(sent.text, page.gates[sent.unit]))


def _only_in_agreement_nouns(page: PageState, sent: Sentence) -> bool:
    """Every collaboration trigger of ``sent`` spans the same words as an agreement trigger
    (a collaboration agreement, "samenwerkingsovereenkomst"), and there is one."""
    hits = triggers(sent.text, page.gates[sent.unit])
    agreements = {h[:2] for h in hits if h[2] == "agreement"}
    told = [h[:2] for h in hits if h[2] == "collaboration"]
    return bool(told) and all(span in agreements for span in told)


def _typed_by_noun(text: str, ttype: str) -> str:
    """The type a noun of the sentence gives a general record: a Dutch compound that names
    its kind ("consortiumovereenkomst"), or the agreement a collaboration works under ("will
    co-operate with X under an agreement signed in Sendai")."""
    if ttype == "agreement" and any(stem in text for stem in _COMPOUND_STEMS):
        for pattern, kind in _TYPED_COMPOUNDS:
            if pattern.search(text):
                return kind
    if ttype == "collaboration" and (under := _UNDER_AGREEMENT.search(text)):
        noun = under.group("noun").lower()
        return next((t for k, t in VT.ORIGIN_NOUN_TYPES.items() if k in noun), ttype)
    if ttype == "collaboration" and _SIGNED_IN_WRITING.search(text) and not _CONTRAST.search(text):
        # "Met de handtekeningen van beide voorzitters is de samenwerking een feit" (not
        # "Ze werkten al jaren samen, maar kwamen nu op papier": two ties, two clauses).
        return "agreement"
    return ttype


def context_of(page: PageState, i: int) -> frozenset[str]:
    """The alliances a sentence is about: those it names, else the last one named before."""
    named = frozenset(m.name for m in page.sentences[i].orgs if page.is_group(m.name))
    if named:
        return named
    for j in range(i - 1, -1, -1):
        for m in reversed(page.sentences[j].orgs):
            if page.is_group(m.name):
                return frozenset({m.name})
    return frozenset()


_DONE_BEFORE = ("signed", "renewed")
_DONE = ("signed", "renewed", "ended")


def merge(records: list[Record], page: PageState) -> list[Record]:
    """One record per (party set, type, renewal/termination), best evidence first."""
    body_parties = {p for r in records if not r.title for p in r.parties}
    # A headline restates the article: it counts only for organisations the body does not
    # already relate.
    records = [r for r in records if not r.title or not body_parties & set(r.parties)]
    groups: dict[tuple[frozenset[str], str, str], list[Record]] = {}
    for rec in records:
        phase = (
            "apart" if rec.apart else rec.status if rec.status in ("renewed", "ended") else "base"
        )
        groups.setdefault((frozenset(rec.parties), rec.type, phase), []).append(rec)
    merged = []
    split: list[Record] = []  # earlier ties split from the news (``_apart_by_year``)
    parts = [part for group in groups.values() for part in _apart_by_year(group, page.published)]
    for recs, earlier in parts:
        best = max(recs, key=lambda r: (_STATUS_RANK[r.status], r.confidence, -r.index))
        best = _plan_approved(best, recs, page.published)
        when = best.date if best.explicit else None
        if when is not None and best.status in _DONE_BEFORE and starts_after(when, page.published):
            # "have signed a framework agreement. ... In the agreement they commit to offering
            # two courses from September 2027": the signing is dated by a mention that tells
            # it done by the news, not by what it commits to later.
            done = [
                r
                for r in recs
                if r.status == best.status
                and r.date is not None
                and not starts_after(r.date, page.published)
            ]
            if done:
                first = min(done, key=lambda r: (not r.explicit, r.index))
                when = first.date
        if when is None:
            explicit = [
                r.date
                for r in recs
                if r.explicit
                and r.date is not None
                and r.status == best.status
                # "have signed a research agreement. ... from January 2027": a signing told
                # as news is not dated by a later start told in another mention.
                and not (best.status in _DONE_BEFORE and starts_after(r.date, page.published))
            ]
            when = min(explicit, key=lambda d: d.value or "") if explicit else best.date
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
        if earlier:
            source = next((r for r in recs if r.date is when), best)
            merged[-1] = replace(merged[-1], type=_earlier_type(page, source, merged[-1]))
            split.append(merged[-1])
    merged.sort(key=lambda r: r.index)
    told = {
        (frozenset(r.parties), r.date.value)
        for r in merged
        if not r.apart and r.date is not None and not any(r is s for s in split)
    }
    merged = [
        r
        for r in merged
        # An earlier tie told apart that another mention already dates is that mention.
        if not (r.apart and r.date is not None and (frozenset(r.parties), r.date.value) in told)
    ]
    told_apart = {
        (frozenset(r.parties), r.date.value) for r in merged if r.apart and r.date is not None
    }
    # An earlier tie split from the news that is told apart too is that record (its type is
    # the noun told with it).
    merged = [
        r
        for r in merged
        if not (
            any(r is s for s in split)
            and r.date is not None
            and (frozenset(r.parties), r.date.value) in told_apart
        )
    ]
    return [
        r
        for r in merged
        if not _subsumed(r, merged, page)
        and not _elaborates(r, merged)
        and not _called_off(r, merged)
    ]


def _apart_by_year(recs: list[Record], published: date | None) -> list[tuple[list[Record], bool]]:
    """The mentions of one (party set, type, phase) split into the news and an earlier tie:
    beside a signing, renewal or end dated in the news's year or later, a mention whose own
    date falls in a year before the news is the tie it builds on or replaces ("The agreement
    builds on the contracts they have concluded since 2017", "formed the alliance in 2006"
    beside its renewal): a record of its own, never the date of the news. Each part comes
    with whether it is such an earlier tie."""
    if published is None:
        return [(recs, False)]
    year = f"{published.year:04d}"
    if not any(
        r.status in _DONE and r.date is not None and (r.date.value or "")[:4] >= year for r in recs
    ):
        return [(recs, False)]
    earlier = [
        r
        for r in recs
        if r.explicit
        and r.date is not None
        and r.date.value is not None
        and r.date.value[:4] < year
    ]
    if not earlier:
        return [(recs, False)]
    return [([r for r in recs if r not in earlier], False), (earlier, True)]


def _earlier_type(page: PageState, told: Record, rec: Record) -> str:
    """The type of an earlier tie split from the news: the strongest tie word of its sentence
    before its date, the nearest of equals ("The agreement replaces a memorandum of
    understanding first signed in 2015" is the memorandum; "We have worked with them since
    2019" the collaboration); ``rec``'s own type when there is none."""
    sent = page.sentences[told.index]
    when = rec.date
    if when is None or when.span is None or not sent.start <= when.span[0] <= sent.end:
        return rec.type
    cut = when.span[0] - sent.start
    before = [
        h
        for h in triggers(sent.text, page.gates[sent.unit])
        if h[1] <= cut and h[2] != "termination"
    ]
    if not before:
        return rec.type
    strongest = max(before, key=lambda h: (h[3], h[0]))
    return compound_type(before, strongest)


def _plan_approved(best: Record, recs: list[Record], published: date | None) -> Record:
    """ "X will join G on 1 January 2027. Its membership was approved last month.": a tie
    told signed only by its approval, beside a mention that tells it to start after the
    news, is that plan (planned, dated by its start)."""
    if best.status != "signed" or not _APPROVED.search(best.evidence):
        return best
    plans = [
        r
        for r in recs
        if r.status == "planned"
        and r.explicit
        and r.date is not None
        and starts_after(r.date, published)
    ]
    return plans[0] if plans else best


def _called_off(rec: Record, records: list[Record]) -> bool:
    """ "A and B stop their merger talks. ... the costs of a merger outweigh the benefits":
    a merger or joint venture that was never made (no date, not signed), told on a page
    that ends it between the same organisations, is the plan that ended, not a tie."""
    if rec.type != "other" or rec.date is not None or rec.status not in ("ongoing", "planned"):
        return False
    mine = frozenset(rec.parties)
    return any(o.type == "termination" and frozenset(o.parties) == mine for o in records)


def _elaborates(rec: Record, records: list[Record]) -> bool:
    """ "imec signed MoUs with A and B. With A it will work on chips, with B on memory":
    a general collaboration that is planned or just made, right after a stronger record of
    the same parties and without a date of its own, says what that record is about."""
    if (
        rec.type != "collaboration"
        or rec.date is not None
        or rec.status not in ("planned", "signed")
    ):
        return False  # an ongoing collaboration ("ten years of cooperation") is background
    return any(
        o is not rec
        and o.type != "collaboration"
        and o.status not in ("renewed", "ended")
        and frozenset(o.parties) == frozenset(rec.parties)
        # Before it too: "A and B will work together on oncology. Both parties signed a
        # letter of intent on Tuesday."
        and 0 < abs(rec.index - o.index) <= 3
        for o in records
    )


def _subsumed(rec: Record, records: list[Record], page: PageState) -> bool:
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


def to_agreement(rec: Record) -> Agreement:
    """The public :class:`Agreement` for a merged record."""
    return Agreement(
        type=rec.type,  # type: ignore[arg-type]
        parties=rec.parties,
        status=rec.status,  # type: ignore[arg-type]
        evidence=rec.evidence,
        date=rec.date.value if rec.date else None,
        date_precision=rec.date.precision if rec.date else None,
        confidence=min(1.0, rec.confidence),
    )


def distinct(names: Iterable[str]) -> list[str]:
    """``names`` without repeats, first occurrence kept."""
    return list(dict.fromkeys(names))


def union(first: Sequence[str], second: Sequence[str]) -> list[str]:
    """The names of ``first`` then those of ``second`` not already in it."""
    return distinct([*first, *second])
