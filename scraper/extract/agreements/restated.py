"""Records that only restate a distributive group told just before.

"X signed memoranda with A, B and C. The three memorandums are separate documents, each
negotiated by X's international office and its counterpart at the partner university."
The second sentence refers back to the memoranda with a plural agreement noun; pairs it
seems to give among the partners (A+B), or of a bystander it names with several of them (a
council that comments: "VLIR said the new deals build on ..."), are no ties of their own.
Records of the sentence that are one of the group's own pairs stay (they may date it), and so
do one tie with an outsider ("The new agreements build on X's collaboration with Y") and ties
among organisations outside the group.
"""

from __future__ import annotations

import re

from scraper.extract.agreements.records import PageState, Record
from scraper.extract.agreements.vocab import coreference as VC

_BACK = re.compile(VC.PLURAL_BACK_REFERENCE, re.IGNORECASE)
# The group is told at most this many sentences before.
_REACH = 4


def without_restatements(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """``found`` without the records that restate the distributive group told just before
    sentence ``i`` when the sentence refers back to it ("the memoranda", "de akkoorden")."""
    if not found or not page.records:
        return found  # cheap checks first
    if _BACK.search(page.sentences[i].text) is None:
        return found
    group = _last_group(i, page)
    if not group:
        return found
    members = frozenset().union(*group)
    touching = [r for r in found if members & set(r.parties) and frozenset(r.parties) not in group]
    # Pairs among the group's own members restate it; so does one outsider paired with
    # several of them ("VLIR said the new deals ..."). One tie with an outsider is a tie told
    # beside ("The new agreements build on X's collaboration with Y"), and so are the group's
    # own signatory with new partners ("The agreements were signed with A and B").
    shared = frozenset.intersection(*(frozenset(r.parties) for r in touching)) if touching else ()
    spread = len(touching) >= 2 and any(p not in members for p in shared)
    return [r for r in found if r not in touching or not (spread or set(r.parties) <= members)]


def _last_group(i: int, page: PageState) -> set[frozenset[str]]:
    """The party sets of the latest sentence within reach that gave two records or more with
    one party in common (one signatory, one partner each)."""
    by_index: dict[int, list[frozenset[str]]] = {}
    told = {r.index for r in page.records}
    # List items whose partners a record of an earlier sentence took ("Each is a bilateral
    # document between X and one partner:" and one item per partner) do not count.
    consumed = {j for j in page.used if j not in told}
    for r in page.records:
        if 0 < i - r.index and i - r.index - len(consumed & set(range(r.index, i))) <= _REACH:
            by_index.setdefault(r.index, []).append(frozenset(r.parties))
    for index in sorted(by_index, reverse=True):
        sets = by_index[index]
        if len(sets) >= 2 and all(len(s) == 2 for s in sets) and frozenset.intersection(*sets):
            return set(sets)
    return set()
