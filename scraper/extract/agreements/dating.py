"""The date of an agreement record: when it was signed, renewed, ended or takes effect.

In order: a date in the sentence itself; "on the same day" as an earlier dated
record; a relative day in the sentence before ("Gisteren was het zover. ... tekenden");
a day the text tells after it; the day of the occasion told before it ("signed memoranda
on Sunday. ... The memoranda were signed between A and B"); the publication date for a
signing reported as news ("have signed").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from scraper.extract.agreements import patterns as P
from scraper.extract.agreements.vocab import dating as VD
from scraper.extract.agreements.vocab import triggers as VT
from scraper.extract.case_blind import CaseBlind
from scraper.extract.sentences import Sentence
from scraper.models import DateMention

# Cues asked only whether a sentence has them: case-blind on its lower case where
# that is exact (``CaseBlind``: witnesses, no folding per character; speed).
_SAME_DAY = CaseBlind(VT.SAME_DAY)
_RELATIVE_DAY = re.compile(VT.RELATIVE_DAY, re.IGNORECASE)
_DECISION = re.compile(VT.DECISION, re.IGNORECASE)
_DATELINE = re.compile(VT.DATELINE_END)
_BACK = CaseBlind(VT.BACK_REFERENCE)
_SINCE = re.compile(VT.SINCE_BEFORE, re.IGNORECASE)
_PERFECT = re.compile(VT.SIGNED_PERFECT, re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(VT.RELATIVE_CLAUSE, re.IGNORECASE)
_OCCASION_SIGNED = CaseBlind(VD.OCCASION_SIGNED)
_PLUPERFECT = CaseBlind(VD.PLUPERFECT)
_SEPARATE = re.compile(VD.SEPARATE_OCCASION, re.IGNORECASE)
_ENDS_ON = re.compile(VD.ENDS_ON_BEFORE, re.IGNORECASE)
_ENDS_ON_LEAD = re.compile(VD.ENDS_ON_LEAD, re.IGNORECASE)
_ENDS_ON_VERB_AFTER = re.compile(VD.ENDS_ON_VERB_AFTER, re.IGNORECASE)
_TERM_END = re.compile(VD.TERM_END_BEFORE, re.IGNORECASE)
_ANNOUNCED = re.compile(VD.ANNOUNCED_BEFORE, re.IGNORECASE)
_ACT_TOLD = re.compile(VD.ACT_TOLD, re.IGNORECASE)
_NEW_BODY = CaseBlind(VD.NEW_BODY)
_FOUNDING_DEED = CaseBlind(VD.FOUNDING_DEED)
_PLANNED_LEAD = re.compile(VD.PLANNED_LEAD, re.IGNORECASE)
_PLANNED_AHEAD = re.compile(VD.PLANNED_AHEAD, re.IGNORECASE)
_DONE_TIE = re.compile(VD.DONE_TIE, re.IGNORECASE)
_CURRENT_PERIOD = re.compile(VD.CURRENT_PERIOD, re.IGNORECASE)
_RELATIVE_MONTH = re.compile(VD.RELATIVE_MONTH, re.IGNORECASE)
_JOIN_NOW = CaseBlind(VD.JOIN_NOW)
_RANGE_AFTER = re.compile(VD.RANGE_AFTER, re.IGNORECASE)
_RANGE_BEFORE = re.compile(VD.RANGE_BEFORE, re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\s*[-–—/]\s*(\d{4}|\d\d)\b")
_FOUNDED_ASIDE = re.compile(VD.FOUNDED_ASIDE, re.IGNORECASE)
_SIGNING_DONE_NOUN = re.compile(VD.SIGNING_DONE_NOUN, re.IGNORECASE)
_SUSPENDED_SINCE_BEFORE = re.compile(VD.SUSPENDED_SINCE_BEFORE, re.IGNORECASE)
_SUSPENDED_SINCE_AFTER = re.compile(VD.SUSPENDED_SINCE_AFTER, re.IGNORECASE)
# How far before its date the aside of a founding may open, and what may stand between the
# name it follows and its mark (the name's abbreviation: "X (XU), founded in 1969").
_FOUNDED_REACH = 60
_NAME_TAIL = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*$")
_DONE = ("signed", "renewed", "ended")
# How far ahead a day that dates a record may be told: sentences, and paragraphs (a
# photo caption often stands between the news and the sentence that dates it).
_FOLLOWING = 4
_FOLLOWING_UNITS = 2
# How far back the day of the occasion may have been told (paragraphs: a lede, then a list
# of the deals signed there), and how long before the news that day may be.
_OCCASION_UNITS = 6
_OCCASION_DAYS = 14


class _Dated(Protocol):
    date: DateMention | None
    explicit: bool
    status: str
    index: int


def record_date(
    sentences: Sequence[Sentence],
    i: int,
    status: str,
    earlier: Sequence[_Dated],
    published: date | None,
    parties: Sequence[str] = (),
) -> tuple[DateMention | None, bool]:
    """The date for a record from sentence ``i`` and whether the text states it.

    ``parties`` are the record's organisations: a later sentence that names only them may
    still tell the day ("Dat hebben de besturen maandag beslist.").
    """
    sent = sentences[i]
    stated = [d for d in sent.dates if not _in_dateline(sent, d)]
    if parties:
        # "Medivora, founded in 2019 as a spin-off, and A have signed a partnership": the
        # year a party was founded, told aside after its name, dates the party, not the tie.
        stated = [d for d in stated if founded(sent, d) not in parties]
    if status == "ongoing":
        # "De gezamenlijke opleiding kreeg dit jaar minder aanmeldingen": not the tie's date.
        stated = [d for d in stated if not _CURRENT_PERIOD.match(d.text)]
    if status == "ended":
        # "beëindigt de opleiding die ze sinds 2014 aanbiedt": 2014 dates the original;
        # "has suspended its agreement with B since March": March dates the suspension.
        stated = [d for d in stated if not is_since(sent, d) or suspended_since(sent, d)]
        # "announced in June that it would leave the alliance on 31 December": an ending
        # takes the day it takes effect.
        ending = [d for d in stated if _ends_on(sent, d) or suspended_since(sent, d)]
        if ending:
            stated = ending
        elif (ends := _end_told_after(sentences, i, parties)) is not None:
            # "The boards voted on Tuesday to dissolve the group. ... The separation will
            # take effect on 31 March 2027": the day it ends, not the day of the decision.
            return ends, True
    if (
        status == "signed"
        and published is not None
        and any(starts_after(d, published) for d in stated)
        and (P.SIGNED_PAST.search(sent.text) or _SIGNING_DONE_NOUN.search(sent.text))
    ):
        # "signed an agreement to set up a lab that is due to open in autumn 2027": a
        # signing told in the past is not dated after the news; a later date in its
        # sentence is another event.
        stated = [d for d in stated if not starts_after(d, published)]
    if status in ("signed", "renewed"):
        # "have renewed the framework agreement, extending it to 2031": the end of the term
        # it runs for, not the day it was signed; "for the period 2026-2030" is the term.
        stated = [d for d in stated if not _after(_TERM_END, sent, d) and not _in_range(sent, d)]
    elif status == "ongoing":
        # "are partners in a consortium funded for the period 2026-2030": the term of its
        # funding, not when the tie began ("since 2019" tells that).
        # An academic year ("sinds het studiejaar 2021-2022") is a time, not a term.
        stated = [d for d in stated if not _in_range(sent, d) or _academic_year(sent, d)]
    if status == "signed" and P.SIGNED_PAST.search(sent.text):
        # "A and B, which have worked together since 2015, have signed a framework
        # agreement": the start of the standing tie, told aside, not the signing's date.
        stated = [d for d in stated if not (is_since(sent, d) and told_aside(sent, d))]
    if status in _DONE and stated and all(_after(_ANNOUNCED, sent, d) for d in stated):
        # "have set up a joint venture, the two partners announced on Wednesday. ... The
        # agreement was signed on Monday": the day of the act, when the text tells it.
        told_after = _day_told_after(sentences, i, parties, published)
        if told_after is not None:
            return told_after, True
    if status == "signed" and stated and (perfect := _PERFECT.search(sent.text)):
        # "have signed a partnership that takes further the memorandum they concluded in
        # April 2023": the date belongs to the relative clause, not to the signing.
        stated = [d for d in stated if not _in_relative_clause(sent, d, perfect.end())]
    if status in _DONE and len(stated) > 1:
        # "The agreement, which builds on the memorandum signed in April 2021, was signed
        # on Tuesday": a date in a relative clause told aside belongs to another tie.
        stated = [d for d in stated if not _in_aside_relative(sent, d)] or stated
    if len(stated) > 1 and status in _DONE:
        # "will launch in September 2027, after they signed last month": the date next to
        # the signing dates it.
        stated = [_nearest(sent, stated, P.SIGNED_PAST.search(sent.text))]
    if stated:
        return stated[0], True
    if status == "planned":
        # "A en B gaan een alliantie aan. ... de ondertekening volgt op 2 maart": the day
        # the plan is to take effect or be signed, told after it.
        return _start_told_after(sentences, i, parties, published), True
    if status not in _DONE:
        return None, False
    if _SAME_DAY.search(sent.text):
        stated = [
            r.date
            for r in earlier
            if r.explicit and r.date is not None and r.date.precision == "day" and r.status in _DONE
        ]
        if stated:
            return stated[-1], True
    before = sentences[i - 1] if i > 0 else None
    if before is not None and before.unit == sent.unit and not before.orgs:
        relative = [
            d for d in before.dates if d.precision == "day" and _RELATIVE_DAY.search(d.text)
        ]
        if relative:
            return relative[-1], True  # "Gisteren was het zover."
    told_after = _day_told_after(sentences, i, parties, published)
    if told_after is not None:
        return told_after, True
    occasion = _occasion_day(sentences, i, published)
    if occasion is not None:
        return occasion, True
    if published is not None and (
        P.SIGNED_NOW.search(sent.text) or _SIGNING_DONE_NOUN.search(sent.text)
    ):
        day = published.isoformat()
        return DateMention(day, day, "day"), False
    return None, False


def joined_now(
    sentences: Sequence[Sentence],
    i: int,
    earlier: Sequence[_Dated],
    published: date | None,
    parties: Sequence[str] = (),
) -> tuple[str, DateMention | None, bool] | None:
    """The status and date of a join told in the present as news, for a record that read
    as a standing tie (``JOIN_NOW``; the sentence tells no date of its own), else None.

    "X wordt partner van G. Vanaf 1 januari 2027 kan ...": planned, from the start told
    right after it. "Nieuw is dat ook X zich bij het partnerschap aansluit": signed, on
    the day of the news it is part of (the last signing, renewal or ending told on a day
    in the passage before it), else on the publication date.
    """
    sent = sentences[i]
    if sent.dates or not _JOIN_NOW.search(sent.text):
        return None
    start = _start_told_after(sentences, i, parties, published)
    if start is not None:
        return "planned", start, True
    told_after = _day_told_after(sentences, i, parties, published)
    if told_after is not None:
        # "X has been admitted to G. X was accepted as its ninth member on 14 October."
        return "signed", told_after, True
    for rec in reversed(earlier):
        if not 0 <= rec.index < i:
            continue
        if sent.unit - sentences[rec.index].unit > _OCCASION_UNITS:
            break
        if rec.status in _DONE and rec.date is not None and rec.date.precision == "day":
            return "signed", rec.date, rec.explicit
    if published is None:
        return "signed", None, False
    day = published.isoformat()
    return "signed", DateMention(day, day, "day"), False


def _day_told_after(
    sentences: Sequence[Sentence],
    i: int,
    parties: Sequence[str],
    published: date | None,
) -> DateMention | None:
    """ "A en B stoppen met de fusie. [caption] Dat hebben de besturen maandag beslist.":
    a weekday or "yesterday" in one of the next few sentences of the same passage that says
    when it was decided or signed, before any other organisation comes up. A day told in
    full counts too when it is at most two weeks before ``published`` ("The agreement was
    formalised on 16 April"; "The company was entered in the commercial register on 2
    February", the new body told back). A day after the news tells the plan ("will start
    operations on 1 November"), not another event: read on."""
    sent = sentences[i]
    for j in range(i + 1, min(i + 1 + _FOLLOWING, len(sentences))):
        after = sentences[j]
        if after.unit - sent.unit > _FOLLOWING_UNITS or after.title:
            return None
        first_day = next((d.span[0] for d in after.dates if d.span is not None), after.end)
        new_body = (
            _NEW_BODY.search(after.text) is not None
            or _FOUNDING_DEED.search(after.text) is not None
        )
        others = any(m.name not in parties and m.start < first_day for m in after.orgs)
        if not after.dates and others and any(m.name in parties for m in after.orgs):
            # "Het gaat om A, B en C": a dateless list beside one of the record's own
            # parties names its fellows, not a new subject.
            continue
        if not new_body and others:
            return None  # another organisation first: the text has moved on
        if not after.dates:
            continue
        relative = [
            d
            for d in after.dates
            if (
                d.precision == "day"
                and (
                    _RELATIVE_DAY.search(d.text)
                    or (published is not None and _recent(d, published))
                )
            )
            # "The company was incorporated last month": the month the act was told in.
            or (d.precision == "month" and new_body and _RELATIVE_MONTH.search(d.text))
        ]
        if (
            relative
            and (_DECISION.search(after.text) or _ACT_TOLD.search(after.text))
            and (new_body or after.orgs or _BACK.search(after.text) or P.ANAPHOR.search(after.text))
        ):
            return relative[0]  # "... schort de samenwerking op. Het besluit viel woensdag."
        if any(d.precision == "day" and not starts_after(d, published) for d in after.dates):
            return None  # a sentence with a day of something else
        # A year, month or season ("first signed in 2016", "opens in the autumn") tells of
        # the history or the plan, not of the day: read on.
    return None


def _start_told_after(
    sentences: Sequence[Sentence], i: int, parties: Sequence[str], published: date | None
) -> DateMention | None:
    """The date a planned tie is to start or be signed, told in the same sentence after a
    semicolon or in one of the next two sentences of the passage, before any other
    organisation comes up: a date after the news, led by a preposition of time, in a
    sentence that looks ahead. None without a publication date to tell what is ahead."""
    if published is None:
        return None
    sent = sentences[i]
    for j in range(i + 1, min(i + 3, len(sentences))):
        after = sentences[j]
        if after.unit - sent.unit > 1 or after.title:
            return None
        for when in after.dates:
            if when.span is None:
                continue
            if any(m.name not in parties and m.start < when.span[0] for m in after.orgs):
                return None  # another organisation first: the text has moved on
            if (
                starts_after(when, published)
                and _after(_PLANNED_LEAD, after, when)
                and _PLANNED_AHEAD.search(after.text)
                and not _DONE_TIE.search(after.text)
            ):
                return when
    return None


def _after(pattern: re.Pattern[str], sent: Sentence, when: DateMention) -> bool:
    """The words right before ``when`` in ``sent`` match ``pattern`` (anchored at their end)."""
    if when.span is None:
        return False
    start = when.span[0] - sent.start
    return pattern.search(sent.text[max(0, start - 60) : start]) is not None


def _in_range(sent: Sentence, when: DateMention) -> bool:
    """``when`` is a year at one end of a range ("2026-2030", "van 2026 tot 2030")."""
    if when.span is None or when.precision != "year":
        return False
    start, end = when.span[0] - sent.start, when.span[1] - sent.start
    if _RANGE_AFTER.match(sent.text, end) is not None:
        return True
    return _RANGE_BEFORE.search(sent.text[max(0, start - 12) : start]) is not None


def _academic_year(sent: Sentence, when: DateMention) -> bool:
    """``when`` opens a range of two years in a row ("2021-2022", "2021/22"): one academic
    year."""
    if when.span is None or when.value is None or when.precision != "year":
        return False
    after = _NEXT_YEAR.match(sent.text, when.span[1] - sent.start)
    if after is None:
        return False
    year = int(when.value)
    other = int(after.group(1))
    return other == year + 1 or (other < 100 and other == (year + 1) % 100)


def told_aside(sent: Sentence, when: DateMention) -> bool:
    """``when`` stands in a clause set off by commas or dashes (", which have worked
    together since 2015,", ", partners since 2015,", ", die sinds 2015 samenwerken,")."""
    return aside_span(sent, when) is not None


def aside_span(sent: Sentence, when: DateMention) -> tuple[int, int] | None:
    """Where the clause set off by commas or dashes that holds ``when`` begins (after
    its mark) and ends, else None."""
    if when.span is None:
        return None
    start, end = when.span[0] - sent.start, when.span[1] - sent.start
    opened = max(sent.text.rfind(mark, 0, start) for mark in (", ", " – ", " — "))
    if opened < 0 or any(c in sent.text[opened + 1 : start] for c in ",;:"):
        return None
    closed = [at for mark in (",", " – ", " — ") if (at := sent.text.find(mark, end)) >= 0]
    if not closed or any(c in sent.text[end : min(closed)] for c in ";:."):
        return None
    return opened + 2, min(closed)


def _in_aside_relative(sent: Sentence, when: DateMention) -> bool:
    """``when`` stands in a relative clause set off by commas (", which builds on the
    memorandum signed in April 2021,", ", die voortbouwt op de intentieverklaring uit
    2021,") and the signing is told after it, in the main clause ("was signed on Tuesday")."""
    aside = aside_span(sent, when)
    return (
        aside is not None
        and _RELATIVE_CLAUSE.match(sent.text, aside[0]) is not None
        and P.SIGNED_PAST.search(sent.text[aside[1] :]) is not None
    )


def is_term_end(sent: Sentence, when: DateMention) -> bool:
    """``when`` ends the term an agreement runs for ("extended until the end of 2029",
    "tot 2030 verlengd"): not the day it was signed or renewed."""
    return _after(_TERM_END, sent, when)


def _ends_on(sent: Sentence, when: DateMention) -> bool:
    """``when`` follows a verb of ending that it dates ("stopt definitief op", "gaat in op",
    "would leave the alliance on", "takes effect on"), or, in Dutch, comes before one
    ("wordt per 1 januari 2027 ontbonden")."""
    if when.span is None:
        return False
    start, end = when.span[0] - sent.start, when.span[1] - sent.start
    before = sent.text[max(0, start - 60) : start]
    if _ENDS_ON.search(before) is not None:
        return True
    return (
        _ENDS_ON_LEAD.search(before) is not None
        and _ENDS_ON_VERB_AFTER.match(sent.text, end) is not None
    )


def _end_told_after(
    sentences: Sequence[Sentence], i: int, parties: Sequence[str]
) -> DateMention | None:
    """ "A en B stoppen met hun opleiding. ... De opleiding stopt definitief op 31 augustus
    2029": the day an ending takes effect, told in one of the next few sentences of the same
    passage before any other organisation comes up."""
    sent = sentences[i]
    for j in range(i + 1, min(i + 1 + _FOLLOWING, len(sentences))):
        after = sentences[j]
        if after.unit - sent.unit > _FOLLOWING_UNITS or after.title:
            return None
        for when in after.dates:
            if when.span is None or not _ends_on(after, when):
                continue
            if any(m.name not in parties and m.start < when.span[0] for m in after.orgs):
                return None  # another organisation first: the text has moved on
            return when
    return None


def _occasion_day(
    sentences: Sequence[Sentence], i: int, published: date | None
) -> DateMention | None:
    """ "Three pairs of universities signed memoranda on Sunday. ... The memoranda were signed
    between A and B": a signing told without a day of its own, after a sentence of the same
    passage that told a recent day of signing, took place that day."""
    sent = sentences[i]
    if not _OCCASION_SIGNED.search(sent.text) or _PLUPERFECT.search(sent.text):
        return None
    if _PERFECT.search(sent.text) or _SEPARATE.search(sent.text):
        # "UCC has also signed agreements with A and B": told as news of its own (the
        # present perfect), dated by the news, not by the occasion told before it; so is
        # a deal told apart from it ("Separately, A and B each signed ...", "Daarnaast
        # sloot A aparte overeenkomsten met B en C").
        return None
    for j in range(i - 1, -1, -1):
        before = sentences[j]
        if sent.unit - before.unit > _OCCASION_UNITS or before.title:
            return None
        days = [d for d in before.dates if d.precision == "day" and _recent(d, published)]
        if days and _OCCASION_SIGNED.search(before.text) and not _PLUPERFECT.search(before.text):
            return days[-1]
    return None


def _recent(when: DateMention, published: date | None) -> bool:
    """``when`` is a day of the news: a relative day ("on Sunday", "gisteren"), or a day at
    most two weeks before the publication date."""
    if published is None or when.value is None:
        return when.value is not None and _RELATIVE_DAY.search(when.text) is not None
    day = date.fromisoformat(when.value)
    return published - timedelta(days=_OCCASION_DAYS) <= day <= published


def _in_relative_clause(sent: Sentence, when: DateMention, verb_end: int) -> bool:
    """``when`` comes after the signing verb ending at ``verb_end`` and after a relative
    pronoun that follows it."""
    if when.span is None:
        return False
    start = when.span[0] - sent.start
    return start > verb_end and _RELATIVE_CLAUSE.search(sent.text, verb_end, start) is not None


def starts_after(when: DateMention, day: date | None) -> bool:
    """The period ``when`` names begins after ``day`` (a value "2027" begins on 1 January);
    False without a ``day``."""
    if when.value is None or day is None:
        return False
    parts = [int(p) for p in when.value.split("-")]
    return date(parts[0], *(parts[1:] + [1, 1])[:2]) > day


def _nearest(sent: Sentence, stated: list[DateMention], verb: re.Match[str] | None) -> DateMention:
    """The date nearest the signing ``verb``, else the first."""
    if verb is None:
        return stated[0]

    def distance(d: DateMention) -> int:
        if d.span is None:
            return 10**6
        start, end = d.span[0] - sent.start, d.span[1] - sent.start
        return start - verb.end() if start >= verb.end() else verb.start() - end

    return min(stated, key=distance)


def founded(sent: Sentence, when: DateMention) -> str | None:
    """The organisation whose founding ``when`` dates, told in an aside right after its
    name ("Medivora, founded in 2019", "X (established in 1969)"), else None."""
    if when.span is None:
        return None
    start = when.span[0] - sent.start
    window = max(0, start - _FOUNDED_REACH)
    aside = _FOUNDED_ASIDE.search(sent.text, window, start)
    if aside is None:
        return None
    mark = aside.start()
    for org in sent.orgs:
        end = org.end - sent.start
        if end <= mark and _NAME_TAIL.fullmatch(sent.text, end, mark) is not None:
            # "The alliance between A and B, founded in 2014": the tie named before the
            # name was founded, not the organisation.
            clause = max(sent.text.rfind(c, 0, org.start - sent.start) for c in ",;:")
            if P.ORIGIN_NOUN.search(sent.text, clause + 1, org.start - sent.start):
                return None
            return org.name
    return None


def founding_date(sent: Sentence, start: int, end: int) -> DateMention | None:
    """The date told inside the founding clause of ``sent`` between ``start`` and ``end``
    (offsets in its text: "founded in 2020 by", "opgericht in 2019 door"), else None: it
    dates the founders' record."""
    return next(
        (
            d
            for d in sent.dates
            if d.span is not None
            and start <= d.span[0] - sent.start
            and d.span[1] - sent.start <= end
        ),
        None,
    )


def _in_dateline(sent: Sentence, when: DateMention) -> bool:
    """ "MADRID, March 11, 2026 /PRNewswire/ -- ...": the wire's dateline dates the release,
    not the agreement the sentence goes on to state."""
    if when.span is None:
        return False
    start, end = when.span[0] - sent.start, when.span[1] - sent.start
    return start <= 60 and _DATELINE.match(sent.text, end) is not None


def suspended_since(sent: Sentence, when: DateMention) -> bool:
    """``when`` is the start of a suspension that goes on ("has suspended its agreement with B
    since March", "ligt sinds maandag stil"): the date of the ending, not of the tie."""
    if when.span is None or not is_since(sent, when):
        return False
    start, end = when.span[0] - sent.start, when.span[1] - sent.start
    before = sent.text[max(0, start - 100) : start]
    return (
        _SUSPENDED_SINCE_BEFORE.search(before) is not None
        or _SUSPENDED_SINCE_AFTER.match(sent.text, end) is not None
    )


def is_since(sent: Sentence, when: DateMention) -> bool:
    """The date starts a state that goes on: "since 2014", "sinds 2021", "sedert 2019"."""
    if when.span is None:
        return False
    start = when.span[0] - sent.start
    return _SINCE.search(sent.text[max(0, start - 20) : start]) is not None
