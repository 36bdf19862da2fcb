"""Score the joining of agreement mentions into records against the identity gold.

``fixtures/identity/<set>.json`` says which gold agreement mentions report the
same real-world agreement (``"<gold file stem>#<index>"``; a mention not
listed is a record of its own). The merging (``pipeline.records``) runs on
the *gold* mentions of the whole set, so this measures the joining alone, not
the extraction before it: parties are resolved to one id per organisation by
their alias keys across the set (as the store does), and pages linked by
hreflang are one translation group (as the crawl links them).

Scores: B-cubed precision and recall (per mention: the share of its predicted
record that belongs to its gold record, and of its gold record found in its
predicted record, averaged) and pairwise counts (pairs of mentions put in one
record: right, wrong, missed).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from pipeline.records import MentionIn, build_records
from scraper.keys import alias_key
from scraper.urls import url_key

__all__ = ["MergeScore", "PageGold", "load_identity", "score_merging"]


@dataclass
class MergeScore:
    """B-cubed sums and pairwise counts of the merging over one or more sets."""

    mentions: int = 0
    precision_sum: float = 0.0
    recall_sum: float = 0.0
    pairs_right: int = 0
    pairs_wrong: int = 0
    pairs_missed: int = 0
    records_gold: int = 0
    records_found: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: MergeScore) -> None:
        """Pool another set's score into this one."""
        self.mentions += other.mentions
        self.precision_sum += other.precision_sum
        self.recall_sum += other.recall_sum
        self.pairs_right += other.pairs_right
        self.pairs_wrong += other.pairs_wrong
        self.pairs_missed += other.pairs_missed
        self.records_gold += other.records_gold
        self.records_found += other.records_found

    @property
    def precision(self) -> float:
        """B-cubed precision; 1.0 for no mentions."""
        return self.precision_sum / self.mentions if self.mentions else 1.0

    @property
    def recall(self) -> float:
        """B-cubed recall; 1.0 for no mentions."""
        return self.recall_sum / self.mentions if self.mentions else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of B-cubed precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def pairwise_f1(self) -> float:
        """F1 over pairs of mentions joined into one record."""
        tp, fp, fn = self.pairs_right, self.pairs_wrong, self.pairs_missed
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


@dataclass(frozen=True)
class PageGold:
    """One gold file as the identity scoring reads it, with the page's hreflang links."""

    stem: str
    gold: Mapping[str, Any]
    alternates: tuple[str, ...] = ()


def load_identity(path: Path) -> dict[str, str]:
    """Mention (``stem#index``) -> gold record label, from an identity file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for label, mentions in data.get("records", {}).items():
        for mention in mentions:
            if mention in out:
                raise ValueError(f"{path.name}: {mention} is in records {out[mention]} and {label}")
            out[mention] = label
    return out


class _Organisations:
    """One id per organisation across a set, resolved by alias keys, first come first served."""

    def __init__(self) -> None:
        self.by_key: dict[str, int] = {}
        self.names: dict[int, str] = {}

    def resolve(self, name: str, aliases: Iterable[str] = ()) -> int:
        keys = [k for k in (alias_key(name), *(alias_key(a) for a in aliases)) if k]
        found = next((self.by_key[k] for k in keys if k in self.by_key), None)
        if found is None:
            found = len(self.names) + 1
            self.names[found] = name
        for key in keys:
            self.by_key.setdefault(key, found)
        return found


def _groups(pages: list[PageGold]) -> dict[str, int]:
    """Each page's translation group: pages linked by hreflang share the lowest index."""
    index = {url_key(p.gold["url"]): n for n, p in enumerate(pages) if p.gold.get("url")}
    parent = list(range(len(pages)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for n, page in enumerate(pages):
        for url in page.alternates:
            other = index.get(url_key(url))
            if other is not None:
                a, b = find(n), find(other)
                parent[max(a, b)] = min(a, b)
    return {p.stem: find(n) for n, p in enumerate(pages)}


def score_merging(pages: list[PageGold], identity: Mapping[str, str]) -> MergeScore:
    """Join the set's gold mentions with ``build_records`` and score against ``identity``."""
    score = MergeScore()
    known = {f"{p.stem}#{i}" for p in pages for i in range(len(p.gold.get("agreements", [])))}
    for mention in sorted(set(identity) - known):
        score.problems.append(f"identity names {mention}, which no gold file has")
    orgs = _Organisations()
    groups = _groups(pages)
    mentions: list[MentionIn] = []
    label_of: dict[int, str] = {}
    for page in pages:
        local = {
            g["name"]: orgs.resolve(g["name"], g.get("aliases", []))
            for g in page.gold.get("organisations", [])
        }
        for i, agreement in enumerate(page.gold.get("agreements", [])):
            name = f"{page.stem}#{i}"
            number = len(mentions) + 1
            parties = frozenset(local.get(p) or orgs.resolve(p) for p in agreement["parties"])
            mentions.append(
                MentionIn(
                    agreement_id=number,
                    article_key=page.gold.get("url") or page.stem,
                    identity_key=str(i),
                    group=groups[page.stem],
                    type=agreement["type"],
                    status=agreement["status"],
                    parties=parties,
                    date=agreement.get("date"),
                    precision=agreement.get("date_precision"),
                    published=page.gold.get("published"),
                    evidence=agreement.get("evidence", ""),
                )
            )
            label_of[number] = identity.get(name, name)
    plans = build_records(mentions, names=orgs.names)
    found_of = {x.agreement_id: n for n, plan in enumerate(plans) for x in plan.mentions}
    gold_members: dict[str, set[int]] = {}
    for number, label in label_of.items():
        gold_members.setdefault(label, set()).add(number)
    found_members: dict[int, set[int]] = {}
    for number, record in found_of.items():
        found_members.setdefault(record, set()).add(number)
    for number in label_of:
        gold = gold_members[label_of[number]]
        found = found_members[found_of[number]]
        both = len(gold & found)
        score.precision_sum += both / len(found)
        score.recall_sum += both / len(gold)
    score.mentions = len(label_of)
    score.records_gold = len(gold_members)
    score.records_found = len(found_members)
    names = {m.agreement_id: f"{m.article_key}#{m.identity_key}" for m in mentions}
    for a, b in combinations(sorted(label_of), 2):
        same_gold = label_of[a] == label_of[b]
        same_found = found_of[a] == found_of[b]
        if same_gold and same_found:
            score.pairs_right += 1
        elif same_found:
            score.pairs_wrong += 1
            score.problems.append(f"records: joined {names[a]} and {names[b]}")
        elif same_gold:
            score.pairs_missed += 1
            score.problems.append(f"records: missed {names[a]} = {names[b]}")
    return score
