"""Records a sentence tells beside its main one, about the life of a tie.

- the start of a tie that ends ("ends the degree it has offered since 2014");
- the end of a tie told in passing (", which ended on 31 December 2025");
- the first signing of a tie that is renewed ("signed in 2014 and last renewed in 2020").
"""

from __future__ import annotations

from dataclasses import replace

from scraper.extract.agreements import patterns as P
from scraper.extract.agreements.cues import main_trigger, triggers
from scraper.extract.agreements.dating import is_since, record_date
from scraper.extract.agreements.records import PageState, Record
from scraper.extract.sentences import Sentence
from scraper.models import DateMention


def with_origin(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """A tie that ends, with when it began: "A ends the double degree it has offered with
    B since 2014" is a termination and, of its own, the degree (ongoing, 2014)."""
    sent = page.sentences[i]
    since = next((d for d in sent.dates if is_since(sent, d)), None)
    if since is None:
        return _with_end(sent, found)
    hits = [h for h in triggers(sent.text, page.gates[sent.unit]) if h[2] != "termination"]
    origin = main_trigger(hits)[2] if hits else "collaboration"
    out = list(found)
    for rec in found:
        if rec.type == "termination":
            out.append(replace(rec, type=origin, status="ongoing", date=since, explicit=True))
    return out


def _with_end(sent: Sentence, found: list[Record]) -> list[Record]:
    """A tie told with the day it ended: "ASML's covenant with Fontys from 2019, which
    ended on 31 December 2025" is the covenant (2019) and, of its own, its end."""
    ended = P.ENDED_CLAUSE.search(sent.text)
    if ended is None or any(r.status == "ended" for r in found):
        return found
    cut = ended.start() + sent.start
    when = next((d for d in sent.dates if d.span is not None and d.span[0] >= cut), None)
    if when is None:
        return found
    out = list(found)
    for rec in found:
        if rec.date is not None and rec.date is not when:
            out.append(replace(rec, type="termination", status="ended", date=when, explicit=True))
    return out


def with_renewal(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """A renewal that tells when the tie was first made gives that signing a record of its
    own: "was signed in 2014 and last renewed in 2020", "hebben de overeenkomst verlengd
    die ze in 2020 voor het eerst sloten"."""
    sent = page.sentences[i]
    if not sent.dates or not any(r.status == "renewed" for r in found):
        return found
    first = [d for d in sent.dates if _first_time(sent, d)]
    if first:
        original = first[0]
        renewal_date = next((d for d in sent.dates if d not in first), None)
    else:
        renewal = P.STATUS["renewed"].search(sent.text)
        signing = P.SIGNED_BEFORE_RENEWAL.search(sent.text)
        if renewal is None or signing is None or signing.start() > renewal.start():
            return found
        cut = renewal.start() + sent.start
        before = [d for d in sent.dates if d.span is not None and d.span[0] < cut]
        after = [d for d in sent.dates if d.span is not None and d.span[0] >= cut]
        if not before or not after:
            return found
        original, renewal_date = before[0], after[0]
    out = []
    for rec in found:
        if rec.status != "renewed":
            out.append(rec)
            continue
        out.append(replace(rec, status="signed", date=original, explicit=True))
        if renewal_date is not None:
            out.append(replace(rec, date=renewal_date, explicit=True))
        else:
            when, explicit = record_date(
                [replace(sent, dates=[])], 0, "renewed", [], page.published
            )
            out.append(replace(rec, date=when, explicit=explicit))
    return out


def _first_time(sent: Sentence, when: DateMention) -> bool:
    """The date is when something was first done: "first signed in 2019", "in 2020 voor het
    eerst sloten"."""
    if when.span is None:
        return False
    start, end = when.span[0] - sent.start, when.span[1] - sent.start
    near = sent.text[max(0, start - 30) : end + 30]
    return P.FIRST_TIME.search(near) is not None
