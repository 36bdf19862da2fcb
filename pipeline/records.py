"""Joining agreement mentions into records, and a record's lifecycle: pure functions.

A *mention* is one article's report of an agreement (a row of ``agreements``);
a *record* is the real-world agreement behind one or more mentions. The
merging is conservative and explainable:

- mentions join only when their parties are the same organisations (aliases
  are already resolved to one organisation id when stored);
- in one translation group (an article and its nl/en translation, linked
  through hreflang) mentions with the same parties always join;
- elsewhere their types must be compatible (the same, a family such as
  agreement/partnership/collaboration, or a termination of it);
- a standing relationship ("have worked together since 2015") joins only
  another such mention, a signing on its date, a later renewal, or a later
  end unless it is a loose collaboration (``statuses_compatible``);
- a record never holds two signings on incompatible dates (two MoUs signed
  in 2019 and 2023 by the same two universities are two records);
- an analyst's ``split`` keeps a mention out of every automatic join, and a
  ``merge`` joins two mentions whatever the rules say.

Every join records its reason. The result depends only on the mentions and
the corrections (sorted first), so a rebuild gives the same records and the
same ``record_key`` every time: the hash of the earliest mention's stable
identity (article URL key + agreement identity key).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = [
    "Correction",
    "EventPlan",
    "MentionIn",
    "RecordPlan",
    "build_records",
    "statuses_compatible",
    "current_status",
    "dates_compatible",
    "lifecycle",
    "record_key",
    "record_key_of",
]

# Types that name the same kind of bond in different words (nl/en, writers' habits).
_FAMILIES: tuple[frozenset[str], ...] = (frozenset({"agreement", "partnership", "collaboration"}),)
_KIND_ORDER = {"announced": 0, "signed": 1, "extended": 2, "ended": 3}
# A termination told of a merger or of its exploration ("de verkenning"), and the types of
# mention it can end.
_MERGER_ENDED = re.compile(r"\bmerg|fusie|fuseren|samengaan|\bverkenning", re.I)
_MERGER_KINDS = frozenset({"other", "mou"})
_DETAILS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("expired", re.compile(r"expir|verloop|verlopen|loopt\s+\w*\s*af|afloop|runs? out", re.I)),
    ("suspended", re.compile(r"suspend|opgeschort|on hold|bevroren|paused|pauze", re.I)),
    ("merged", re.compile(r"\bmerg|fusie|fuseer|gefuseerd|samengevoegd", re.I)),
    (
        "terminated",
        re.compile(
            r"terminat|beëindig|opgezegd|opzeg|ended|end(s|ing)? (the|its|their)|stop", re.I
        ),
    ),
)


@dataclass(frozen=True)
class MentionIn:
    """One stored agreement mention, as the merging reads it.

    ``article_key`` is the page's normalised URL and ``identity_key`` the
    agreement's key within the article: together the mention's stable
    identity. ``group`` is the article's translation group (the id of the
    article every translation points at). ``sort_date`` orders mentions: the
    agreement's date, else the article's publication date.
    """

    agreement_id: int
    article_key: str
    identity_key: str
    group: int
    type: str
    status: str
    parties: frozenset[int]
    date: str | None = None
    precision: str | None = None
    published: str | None = None
    evidence: str = ""

    @property
    def stable_id(self) -> tuple[str, str]:
        """The identity that survives reparses and recrawls."""
        return (self.article_key, self.identity_key)

    @property
    def sort_key(self) -> tuple[str, str, str]:
        """Earliest first: the reported date (or publication), then identity."""
        return (self.date or self.published or "9999", self.article_key, self.identity_key)


@dataclass(frozen=True)
class Correction:
    """An analyst's correction: ``split`` one mention, or ``merge`` it with ``other``."""

    action: str
    mention: tuple[str, str]
    other: tuple[str, str] | None = None


@dataclass(frozen=True)
class EventPlan:
    """A lifecycle step of a record, reported by the mention ``agreement_id``."""

    kind: str
    date: str | None
    precision: str | None
    agreement_id: int
    detail: str | None = None


@dataclass
class RecordPlan:
    """A record to store: its mentions (with the reason each joined) and lifecycle."""

    key: str
    type: str
    status: str
    parties: frozenset[int]
    mentions: list[MentionIn]
    reasons: dict[int, str]
    events: list[EventPlan] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None

    @property
    def reason(self) -> str:
        """Why the record's mentions were joined, each reason once, or '' for one mention."""
        return "; ".join(dict.fromkeys(r for r in self.reasons.values() if r))


def record_key(mention: MentionIn) -> str:
    """The stable key of the record whose earliest mention is ``mention``."""
    return record_key_of(mention.article_key, mention.identity_key)


def record_key_of(article_key: str, identity_key: str) -> str:
    """The stable key of the record whose earliest mention has this stable identity."""
    raw = f"{article_key}\n{identity_key}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def types_compatible(a: str, b: str) -> bool:
    """Whether two mentions' types can name one agreement."""
    if a == b or "termination" in (a, b):
        return True
    return any(a in family and b in family for family in _FAMILIES)


def ending_fits(a: MentionIn, b: MentionIn) -> bool:
    """Whether a termination can end the other mention's tie: a merger called off ("decided
    not to proceed with the merger", "stoppen de fusieverkenning") ends the merger or the
    letter of intent that started it, not the joint degree the two go on offering."""
    if (a.type == "termination") == (b.type == "termination"):
        return True
    ending, other = (a, b) if a.type == "termination" else (b, a)
    if _MERGER_ENDED.search(ending.evidence) is None:
        return True
    return other.type in _MERGER_KINDS


def statuses_compatible(a: MentionIn, b: MentionIn) -> bool:
    """Whether a standing relationship ("ongoing", "since 2015") can be this other mention.

    Articles mention a long-running collaboration beside a new agreement, or
    beside the end of another one, between the same parties: an ``ongoing``
    mention joins another ``ongoing`` one on compatible dates, a signing on
    the same date, a renewal dated after its start, or an end dated after it
    unless it is a mere ``collaboration`` (those go on beside the end of a
    specific agreement); never a mention that is not ongoing when either is
    undated.
    """
    if (a.status == "ongoing") == (b.status == "ongoing"):
        return a.status != "ongoing" or dates_compatible(a.date, b.date)
    standing, other = (a, b) if a.status == "ongoing" else (b, a)
    if standing.date is None or other.date is None:
        return False
    if other.status == "signed":
        return dates_compatible(standing.date, other.date)
    if other.status == "renewed":
        return other.date[: len(standing.date)] >= standing.date
    if other.status == "ended" and standing.type != "collaboration":
        # "The agreement, in place since 2016, ends": not a loose collaboration that goes on.
        return other.date[: len(standing.date)] >= standing.date
    return False


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Whether two ISO dates at any precision can be the same day (one is a prefix)."""
    if a is None or b is None:
        return True
    return a.startswith(b) or b.startswith(a)


class _Clusters:
    """Union-find over mention indexes, refusing joins that would break a record's rules."""

    def __init__(self, mentions: Sequence[MentionIn]) -> None:
        self.mentions = mentions
        self.parent = list(range(len(mentions)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
        self.reasons: dict[int, str] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def conflict(self, a: int, b: int) -> bool:
        """Two signings on incompatible dates outside one translation group."""
        left = [self.mentions[i] for i in self.members[a]]
        right = [self.mentions[i] for i in self.members[b]]
        for x in left:
            for y in right:
                if (
                    x.status == "signed"
                    and y.status == "signed"
                    and x.group != y.group
                    and not dates_compatible(x.date, y.date)
                ):
                    return True
        return False

    def join(self, i: int, j: int, reason: str, *, forced: bool = False) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b or (not forced and self.conflict(a, b)):
            return False
        keep, gone = min(a, b), max(a, b)
        self.parent[gone] = keep
        self.members[keep] += self.members.pop(gone)
        self.reasons.setdefault(j if j != keep else i, reason)
        return True


def build_records(
    mentions: Iterable[MentionIn],
    corrections: Iterable[Correction] = (),
    names: dict[int, str] | None = None,
) -> list[RecordPlan]:
    """Join ``mentions`` into records, keeping the analyst's ``corrections``.

    ``names`` (organisation id -> name) only makes the reasons readable.
    Records come out ordered by their earliest mention.
    """
    ordered = sorted(mentions, key=lambda x: x.sort_key)
    index = {x.stable_id: i for i, x in enumerate(ordered)}
    names = names or {}
    split: set[int] = set()
    merges: list[tuple[int, int]] = []
    for fix in sorted(corrections, key=lambda c: (c.action, c.mention, c.other or ("", ""))):
        if fix.mention not in index:
            continue  # the mention is gone (page changed): the correction waits
        if fix.action == "split":
            split.add(index[fix.mention])
        elif fix.action == "merge" and fix.other in index:
            merges.append((index[fix.mention], index[fix.other]))
    clusters = _Clusters(ordered)
    for i, j in merges:
        clusters.join(min(i, j), max(i, j), "analyst merge", forced=True)
    by_parties: dict[frozenset[int], list[int]] = {}
    for i, x in enumerate(ordered):
        if i not in split:
            by_parties.setdefault(x.parties, []).append(i)
    for parties, members in by_parties.items():
        who = " & ".join(sorted(names.get(p, f"#{p}") for p in parties))
        per_article = Counter(ordered[i].article_key for i in members)
        # Translations first: an nl/en pair is one announcement, even where the two
        # texts were read as different types, if each names one agreement of these parties.
        for pos, i in enumerate(members):
            for j in members[pos + 1 :]:
                a, b = ordered[i], ordered[j]
                if a.group != b.group or a.article_key == b.article_key:
                    continue
                alone = per_article[a.article_key] == per_article[b.article_key] == 1
                if alone or (types_compatible(a.type, b.type) and statuses_compatible(a, b)):
                    clusters.join(i, j, f"translation of the same article ({who})")
        for pos, i in enumerate(members):
            for j in members[pos + 1 :]:
                a, b = ordered[i], ordered[j]
                if not types_compatible(a.type, b.type) or not statuses_compatible(a, b):
                    continue
                if not ending_fits(a, b):
                    continue
                where = "same article" if a.article_key == b.article_key else "follow-up"
                clusters.join(i, j, f"{where}: same parties ({who}), {_types(a, b)}")
    plans = []
    for root in sorted(clusters.members):
        members = sorted(clusters.members[root])
        group = [ordered[i] for i in members]
        reasons = {ordered[i].agreement_id: clusters.reasons.get(i, "") for i in members}
        plans.append(_plan(group, reasons))
    return plans


def _types(a: MentionIn, b: MentionIn) -> str:
    return f"type {a.type}" if a.type == b.type else f"types {a.type}/{b.type}"


def _plan(group: list[MentionIn], reasons: dict[int, str]) -> RecordPlan:
    first = group[0]
    types = [x.type for x in group if x.type != "termination"] or [first.type]
    # The most frequent type names the record; ties go to the earliest mention.
    rtype = max(dict.fromkeys(types), key=types.count)
    events = lifecycle(group)
    status = current_status(events)
    dates = sorted(d for d in (x.date or x.published for x in group) if d)
    parties = frozenset().union(*(x.parties for x in group))
    return RecordPlan(
        key=record_key(first),
        type=rtype,
        status=status,
        parties=parties,
        mentions=group,
        reasons=reasons,
        events=events,
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )


def current_status(events: Sequence[EventPlan]) -> str:
    """The status the latest event gives; an announcement never undoes a signing.

    A plan reported after the agreement was signed (a planned extension, a
    plan in a translation) leaves it signed. No event at all: ``ongoing``.
    """
    kinds = [e.kind for e in events]
    if not kinds:
        return "ongoing"
    done = [k for k in kinds if k != "announced"]
    return done[-1] if done else "announced"


def _event_of(x: MentionIn) -> tuple[str, str | None] | None:
    if x.status == "ended" or x.type == "termination":
        detail = next((name for name, rx in _DETAILS if rx.search(x.evidence)), "terminated")
        return "ended", detail
    if x.status == "renewed":
        return "extended", "renewed"
    if x.status == "signed":
        return "signed", None
    if x.status == "planned":
        return "announced", None
    return None  # "ongoing" reports no step, only that the agreement exists


def lifecycle(mentions: Iterable[MentionIn]) -> list[EventPlan]:
    """The record's events in date order, one per step (the most precise date wins).

    signed -> signed, planned -> announced, renewed -> extended (renewed),
    ended or a termination -> ended with its detail (terminated, expired,
    suspended, merged). Mentions of one step on compatible dates are one event.
    """
    events: list[tuple[str, EventPlan]] = []
    for x in sorted(mentions, key=lambda x: x.sort_key):
        found = _event_of(x)
        if found is None:
            continue
        kind, detail = found
        same = next(
            (
                n
                for n, (_, e) in enumerate(events)
                if e.kind == kind and dates_compatible(e.date, x.date)
            ),
            None,
        )
        event = EventPlan(kind, x.date, x.precision, x.agreement_id, detail)
        order_date = x.date or x.published or ""
        if same is None:
            events.append((order_date, event))
        elif x.date and len(x.date) > len(events[same][1].date or ""):
            events[same] = (order_date, event)
    events.sort(key=lambda pair: (pair[0], _KIND_ORDER[pair[1].kind]))
    return [event for _, event in events]
