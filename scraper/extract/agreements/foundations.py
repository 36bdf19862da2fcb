"""The earlier tie a new one builds on or replaces, told in the same sentence with its date.

"A and B have signed a strategic partnership that takes further the memorandum the two
universities concluded in April 2023" states two records by the gold rules: the partnership
(the news) and the memorandum (2023). So do "The compact builds on the 2016 affiliation
agreement between the two" and "Het akkoord vervangt de afspraken uit 2016". The earlier
tie is of the kind its own noun names, between the parties of the new one (of the sentence,
else of the record told just before), dated by the date told after the verb.
"""

from __future__ import annotations

from dataclasses import replace

from scraper.extract.agreements.cues import main_trigger, triggers
from scraper.extract.agreements.dating import is_since
from scraper.extract.agreements.records import PageState, Record
from scraper.extract.agreements.vocab import coreference as VC
from scraper.extract.case_blind import CaseBlind

# Case-blind, run on the lower-cased sentence where that is exact (``CaseBlind``; speed).
_BUILT_ON = CaseBlind(VC.BUILT_ON_EARLIER)
# The record the sentence refers to ("The compact builds on ...") is at most this far back.
_REACH = 4


def earlier_foundation(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """The dated earlier tie that sentence ``i`` says its new one builds on or replaces, as
    a record of its own; else nothing. ``found`` are the records the sentence gave."""
    sent = page.sentences[i]
    if not sent.dates:
        return []  # cheap check first: the earlier tie is dated
    verb = _BUILT_ON.search(sent.text)
    if verb is None:
        return []
    after = verb.end() + sent.start  # unit offsets, as the dates' spans
    when = next(
        (d for d in sent.dates if d.span is not None and d.span[0] >= after and d.value),
        None,
    )
    if when is None or when.value is None:
        return []
    if page.published and when.value >= page.published.isoformat():
        return []  # what it builds on lies before the news
    hits = [h for h in triggers(sent.text, page.gates[sent.unit]) if h[0] >= verb.end()]
    hits = [h for h in hits if h[2] != "termination"]
    if not hits:
        return []
    ttype = main_trigger(hits)[2]
    named_after = [m for m in sent.orgs if m.start >= after]
    if named_after:
        return []  # another tie with someone named there: the sentence's own records say it
    base = _new_tie(i, page, found)
    if base is None or ttype == base.type and base.date is not None and base.date == when:
        return []
    mine = set(base.parties)
    if any(
        set(r.parties) == mine and r.date is not None and r.date.value == when.value
        for r in page.records
    ) or any(set(r.parties) == mine and r.type == ttype and r.date == when for r in found):
        return []  # told already ("the agreement" of the sentence dated by it is the new one)
    status = "ongoing" if is_since(sent, when) else "signed"
    return [
        replace(
            base,
            type=ttype,
            status=status,
            evidence=sent.text,
            date=when,
            explicit=True,
            index=i,
            apart=True,
            confidence=round(base.confidence * 0.9, 2),
        )
    ]


def _new_tie(i: int, page: PageState, found: list[Record]) -> Record | None:
    """The new tie the sentence speaks of: its own record, else the one told just before."""
    if found:
        return found[0]
    if page.records and i - page.records[-1].index <= _REACH:
        return page.records[-1]
    return None
