"""The binding agreement that a letter of intent announces for later: a record of its own.

"KU Leuven and UCLouvain signed a letter of intent on Monday. A cooperation agreement is to
follow in spring 2027." are two records by the gold rules: the letter (signed) and the
agreement it announces (planned, dated by when it is to come), between the same parties.
The second sentence names nobody (or only the same parties: "Een definitieve overeenkomst
met de Delftse universiteit wordt in september verwacht"), so the finder's other ways find
no parties for it; this one takes them from the letter of intent right before.
"""

from __future__ import annotations

import re

from scraper.extract.agreements.records import PageState, Record, make_record
from scraper.extract.agreements.vocab import coreference as VC

_NOUN = re.compile(VC.FOLLOW_UP_NOUN, re.IGNORECASE)
_LATER = re.compile(VC.FOLLOW_UP_LATER, re.IGNORECASE)
_DENIED = re.compile(VC.FOLLOW_UP_DENIED, re.IGNORECASE)
# The letter of intent is at most this many sentences and paragraphs before.
_REACH = 5
_REACH_UNITS = 3


def announced_follow_up(i: int, page: PageState) -> list[Record]:
    """The planned agreement sentence ``i`` announces after the letter of intent (``mou``)
    recorded just before, between that letter's parties; else nothing."""
    sent = page.sentences[i]
    if not sent.dates or not page.records:
        return []  # cheap checks first: a follow-up says when it is to come
    # The latest letter of intent of the passage, others told between ("A, B and C signed a
    # letter of intent. A and B have worked together since 2018. A binding agreement
    # between the three is to follow in 2027.").
    last = next((r for r in reversed(page.records) if r.type == "mou"), None)
    if last is None or i - last.index > _REACH:
        return []
    if sent.unit - page.sentences[last.index].unit > _REACH_UNITS:
        return []  # short paragraphs of news: a few of them, not the next section
    if any(m.name not in last.parties for m in sent.orgs):
        return []  # another organisation: the text has moved on
    noun = _NOUN.search(sent.text)
    later = _LATER.search(sent.text) if noun else None
    if noun is None or later is None or _DENIED.search(sent.text, 0, later.end()):
        return []
    mine = set(last.parties)
    if any(
        r.status == "planned" and r.type != "mou" and set(r.parties) == mine for r in page.records
    ):
        return []  # announced before
    return [make_record(page, sent, i, "agreement", last.parties, "planned", 0.6, 0.6)]
