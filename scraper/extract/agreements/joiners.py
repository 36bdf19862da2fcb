"""An organisation that joins an agreement told before: one more record, of all of them.

"De Universiteit Leiden en de TU Delft tekenden een convenant. Ook TNO sluit zich aan bij
de afspraken." The convenant of Leiden and Delft stays a record; joining it makes another,
among Leiden, Delft and TNO, dated by the joining ("TNO is expected to join the agreement
next year", "Ook X ondertekent het convenant in april", "Nieuw is dat X zich bij het
partnerschap aansluit"). An alliance or consortium that is joined is a membership
(``parties.memberships``), not this.
"""

from __future__ import annotations

import re

from scraper.extract.agreements.coreference import referent
from scraper.extract.agreements.cues import anaphor_family, status_of
from scraper.extract.agreements.parties import exclusions
from scraper.extract.agreements.records import GROUP_KINDS, PageState, Record, make_record
from scraper.extract.agreements.vocab import coreference as VC
from scraper.extract.case_blind import CaseBlind

# Case-blind, run on the lower-cased sentence where that is exact (``CaseBlind``; speed):
# its match's text comes back lower-cased, which is how the noun is read.
_JOINS = CaseBlind(VC.JOINS_AGREEMENT + VC.JOINED_AGREEMENT)
# "decided not to join the new master's": no joining.
_DENIED = re.compile(r"\b(?:not|niet|never|nooit|no\s+longer|geen|niet\s+langer)\b", re.IGNORECASE)
_HEADS = ("overeenkomsten", "overeenkomst", "akkoorden", "akkoord")
# The joiners are at most this many; a longer list is a tie of its own.
_MOST = 3


def joined_agreement(i: int, page: PageState) -> list[Record] | None:
    """The record of an earlier agreement with the organisations of sentence ``i`` that
    join it ("X joins the agreement", "X sluit zich aan bij de afspraken"); else None."""
    sent = page.sentences[i]
    if not sent.orgs or not page.records:
        return None  # cheap checks first
    anaphor = _JOINS.search(sent.text)
    if anaphor is None or _DENIED.search(sent.text, 0, anaphor.start()):
        return None
    noun = anaphor.group("noun").lower()
    # "de raamovereenkomst", "het samenwerkingsakkoord": the compound's head.
    head = next((h for h in _HEADS if noun.endswith(h) and noun != h), noun)
    prev = referent(i, page, head)
    if prev is None or prev.type in GROUP_KINDS or prev.type == "termination":
        return None  # an alliance joined: its name is a party when the page has one
    if any(page.is_group(p) for p in prev.parties):
        return None  # joining a named alliance is a membership
    hard, soft = exclusions(sent, page)
    joiners = [
        m.name
        for k, m in enumerate(sent.orgs)
        if k not in hard and k not in soft and m.start - sent.start < anaphor.start("noun")
    ]
    new = list(dict.fromkeys(n for n in joiners if n not in prev.parties))
    if not new or len(new) > _MOST or any(page.is_group(n) for n in new):
        return None
    # The page's own word for what is joined types it ("zich bij het partnerschap
    # aansluit" is a partnership), else the record referred to.
    family = anaphor_family(head)
    ttype = family[0] if family and prev.type not in family else prev.type
    status = status_of(sent.text, ttype)
    return [make_record(page, sent, i, ttype, (*prev.parties, *new), status, 0.7, 0.7)]
