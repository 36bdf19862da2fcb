"""Records a sentence tells beside its main one, about the life of a tie.

- the start of a tie that ends ("ends the degree it has offered since 2014");
- the end of a tie told in passing (", which ended on 31 December 2025");
- the making and the end of a tie whose making an aside dates before the verb that ends it
  (", signed in 2019, ends on 31 August");
- the first signing of a tie that is renewed ("signed in 2014 and last renewed in 2020");
- the beginning of a tie named in passing ("renewed their memorandum, extending a
  partnership that began in 2015").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from scraper.extract.agreements import patterns as P
from scraper.extract.agreements.cues import main_trigger, triggers
from scraper.extract.agreements.dating import (
    aside_span,
    is_since,
    is_term_end,
    record_date,
    suspended_since,
    told_aside,
)
from scraper.extract.agreements.records import PageState, Record, distinct
from scraper.extract.agreements.vocab import dating as VD
from scraper.extract.agreements.vocab import triggers as VT
from scraper.extract.sentences import Sentence
from scraper.models import DateMention

_PREPOSITION_TAIL = re.compile(r"(?:\b(?:in|sinds|op)\s+)?$", re.IGNORECASE)
# How far before its date a relative clause may begin when its subject stands between.
_RELATIVE_REACH = 100
# How many sentences after the news an earlier tie may be told apart.
_EARLIER_REACH = 3
_EARLIER_TIE = re.compile(VD.EARLIER_TIE, re.IGNORECASE)
_EARLIER_TIE_FROM = re.compile(VD.EARLIER_TIE_FROM, re.IGNORECASE)
_EARLIER_TIE_FROM_AFTER = re.compile(VD.EARLIER_TIE_FROM_AFTER, re.IGNORECASE)
_EARLIER_TIE_VERB_AFTER = re.compile(VD.EARLIER_TIE_VERB_AFTER, re.IGNORECASE)
# The mark that closes an aside where ``aside_span`` ends it (a comma, or a dash with the
# space before it), then the verb that ends the tie.
_ENDS_AFTER_ASIDE = re.compile(rf"(?:,|\s[–—]){VT.ENDS_AFTER_ASIDE}", re.IGNORECASE)
_RELATIVE_PRONOUN_OPENING = re.compile(VD.RELATIVE_PRONOUN_OPENING, re.IGNORECASE)
_SUBJECT_TAIL = re.compile(VD.SUBJECT_TAIL, re.IGNORECASE)
_SUBJECT_AND = re.compile(VD.SUBJECT_AND, re.IGNORECASE)
_SUBJECT_DESCRIPTION = re.compile(VD.SUBJECT_DESCRIPTION, re.IGNORECASE)
_ORIGINAL_YEAR_BEFORE_NOUN = re.compile(VD.ORIGINAL_YEAR_BEFORE_NOUN, re.IGNORECASE)
_ORIGINAL_NOUN_AFTER_YEAR = re.compile(VD.ORIGINAL_NOUN_AFTER_YEAR, re.IGNORECASE)
_ORIGINAL_NOUN_FROM = re.compile(VD.ORIGINAL_NOUN_FROM, re.IGNORECASE)
_ORIGINAL_MADE_BEFORE = re.compile(VD.ORIGINAL_MADE_BEFORE, re.IGNORECASE)
_ORIGINAL_MADE_AFTER = re.compile(VD.ORIGINAL_MADE_AFTER, re.IGNORECASE)


def with_origin(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """A tie that ends, with when it began: "A ends the double degree it has offered with
    B since 2014" is a termination and, of its own, the degree (ongoing, 2014)."""
    sent = page.sentences[i]
    # "has suspended its agreement with B since March" dates the suspension, not its origin.
    since = next(
        (d for d in sent.dates if is_since(sent, d) and not suspended_since(sent, d)), None
    )
    if since is None:
        return made_then_ended(sent, found) or _with_end(sent, found)
    hits = [h for h in triggers(sent.text, page.gates[sent.unit]) if h[2] != "termination"]
    origin = main_trigger(hits)[2] if hits else "collaboration"
    out = list(found)
    for rec in found:
        if rec.type == "termination":
            out.append(replace(rec, type=origin, status="ongoing", date=since, explicit=True))
        elif rec.status == "signed" and rec.date is not since and told_aside(sent, since):
            # "A and B, which have worked together since 2015, have signed a framework
            # agreement": the signing and, of its own, the standing tie it builds on.
            assert since.span is not None
            before = [h for h in hits if h[1] <= since.span[0] - sent.start]
            kind = main_trigger(before)[2] if before else "collaboration"
            out.append(replace(rec, type=kind, status="ongoing", date=since, explicit=True))
    return out


def made_then_ended(
    sent: Sentence, found: list[Record], origin: str | None = None
) -> list[Record] | None:
    """A tie whose making a clause set off by commas or dashes dates, told with its end
    ("The agreement with B, signed in 2019, ends on 31 August", "Het akkoord met B, dat in
    2016 werd gesloten, loopt eind juni af"): the making (the date inside the clause) and
    the ending, whichever of the two ``found`` holds.

    The ending is dated by ``_ending_date``. An ending in ``found`` takes that date; with
    ``origin`` (the type of the tie, known where the ending names it) the making is a record
    of its own too. A record of the making gets its ending only when the verb right after
    the clause ends the tie. None when no such clause dates a making.
    """
    making = _dated_making(sent)
    if making is None:
        return None
    made, clause = making
    # The verb right after the clause's closing mark ends the tie: "..., ends on".
    verb = _ENDS_AFTER_ASIDE.match(sent.text, clause[1])
    ending = _ending_date(sent, clause, verb.end() if verb is not None else None)
    told_ended = any(r.status == "ended" for r in found)
    out = []
    for rec in found:
        if rec.type == "termination":
            out.append(replace(rec, date=ending) if rec.date is made else rec)
            if origin is not None:
                out.append(replace(rec, type=origin, status="signed", date=made, explicit=True))
            continue
        out.append(rec)
        if (
            verb is not None
            and ending is not None
            and not told_ended
            and rec.date is not None
            and rec.date is not ending
        ):
            out.append(replace(rec, type="termination", status="ended", date=ending, explicit=True))
    return out


def _ending_date(
    sent: Sentence, clause: tuple[int, int], verb_end: int | None
) -> DateMention | None:
    """The date of the ending of a tie whose making ``clause`` dates. With the verb that
    ends it right after the clause, the first date after that verb ("..., signed in 2019,
    ends on 31 August"). Else the ending is told around the clause, its date after it
    ("end their agreement, which they signed in 2019, on 31 August"; "said on 3 March that
    it will end its partnership, concluded in 2019, in June": June): the first date after
    the clause, else the last one before it. None when there is none."""
    start, close = clause
    after = [d for d in sent.dates if d.span is not None and d.span[0] - sent.start >= close]
    if verb_end is not None:
        after = [d for d in after if d.span is not None and d.span[0] - sent.start >= verb_end]
        return after[0] if after else None
    before = [d for d in sent.dates if d.span is not None and d.span[1] - sent.start <= start]
    return after[0] if after else before[-1] if before else None


def _dated_making(sent: Sentence) -> tuple[DateMention, tuple[int, int]] | None:
    """The date of a making told in a clause set off by commas or dashes (", dat in 2016 werd
    gesloten,", ", first signed in 2018,"; or after a comma up to the sentence's end), the
    clause's only date, with where the clause begins and ends (at its closing mark); else
    None."""
    text = sent.text
    for made in sent.dates:
        clause = aside_span(sent, made) or _closing_clause(sent, made)
        if clause is None or P.MADE_IN_CLAUSE.search(text, *clause) is None:
            continue
        start, close = clause
        inside = [
            d for d in sent.dates if d.span is not None and start <= d.span[0] - sent.start < close
        ]
        if len(inside) == 1:
            return made, clause
    return None


def _closing_clause(sent: Sentence, when: DateMention) -> tuple[int, int] | None:
    """The clause after the last comma before ``when`` when it runs to the sentence's end
    (", het werd in 2016 gesloten."), else None."""
    if when.span is None:
        return None
    start = when.span[0] - sent.start
    opened = sent.text.rfind(", ", 0, start)
    if opened < 0 or "," in sent.text[when.span[1] - sent.start :]:
        return None
    return opened + 2, len(sent.text)


def _with_end(sent: Sentence, found: list[Record]) -> list[Record]:
    """A tie told with the day it ended: "ASML's covenant with Fontys from 2019, which
    ended on 31 December 2025" is the covenant (2019) and, of its own, its end; without a
    date of its making ("B's agreement with C, which ended in 2025") only its end."""
    ended = P.ENDED_CLAUSE.search(sent.text)
    if ended is None or any(r.status == "ended" for r in found):
        return found
    cut = ended.start() + sent.start
    when = next((d for d in sent.dates if d.span is not None and d.span[0] >= cut), None)
    if when is None:
        return found
    out = []
    for rec in found:
        if rec.date is when:
            # "an exchange arrangement with B, which lapsed at the end of 2025": nothing
            # dates its making; the sentence tells only its end.
            out.append(replace(rec, type="termination", status="ended", explicit=True))
            continue
        out.append(rec)
        if rec.date is not None:
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
        renewal_date = next(
            (d for d in sent.dates if d not in first and not is_term_end(sent, d)), None
        )
    else:
        renewal = P.STATUS["renewed"].search(sent.text)
        signing = P.SIGNED_BEFORE_RENEWAL.search(sent.text)
        if renewal is None or signing is None or signing.start() > renewal.start():
            return found
        cut = renewal.start() + sent.start
        before = [d for d in sent.dates if d.span is not None and d.span[0] < cut]
        if not before:
            return found
        # The date next to the signing verb is the first signing ("in 2019 gesloten"); the
        # renewal's own day may stand after its verb or, in Dutch, before it ("is
        # dinsdagavond met vier jaar verlengd").
        at = signing.start() + sent.start
        original = min(before, key=lambda d: abs((d.span or (at, at))[0] - at))
        others = [d for d in sent.dates if d is not original and not is_term_end(sent, d)]
        if original.precision == "day" and not others:
            return found
        after = [d for d in others if d.span is not None and d.span[0] >= cut]
        renewal_date = (after or others)[0] if others else None
    out = []
    for rec in found:
        if rec.status != "renewed":
            out.append(rec)
            continue
        out.append(replace(rec, status="signed", date=original, explicit=True))
        if renewal_date is not None:
            out.append(replace(rec, date=renewal_date, explicit=True))
        else:
            when, explicit = _dated_in_context(page, i, [], "renewed", rec.parties)
            out.append(replace(rec, date=when, explicit=explicit))
    return out


def _dated_in_context(
    page: PageState, i: int, dates: list[DateMention], status: str, parties: Sequence[str]
) -> tuple[DateMention | None, bool]:
    """The date of a record of sentence ``i`` when only ``dates`` of that sentence are its
    own (the others date the first signing or the beginning told beside it): read like any
    record's, with the page around it ("Alongside the memorandum [signed on Monday], A and
    B renewed their agreement, first agreed in 2019": the day of the memorandum)."""
    sentences = list(page.sentences)
    sentences[i] = replace(page.sentences[i], dates=dates)
    return record_date(sentences, i, status, page.records, page.published, parties)


def earlier_tie(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """An earlier tie told in a sentence of its own, beside the news of the one that
    renews or replaces it: "De nieuwe overeenkomst werd dinsdag ondertekend. De eerste
    overeenkomst dateert van 2019." is, besides the new one, the first (2019) between the
    same parties, the parties of the last record of the passage. ``found`` are the records
    the sentence gave of its own: only the same tie told again ("The original agreement
    was signed in 2016" read as "the agreement")."""
    sent = page.sentences[i]
    if not page.records or not sent.dates:
        return []
    last = page.records[-1]
    if any(not set(r.parties) <= set(last.parties) for r in found):
        return []
    if i - last.index > _EARLIER_REACH or sent.unit - page.sentences[last.index].unit > 1:
        return []
    if any(m.name not in last.parties for m in sent.orgs):
        return []  # another organisation: the text has moved on
    for when in sent.dates:
        if when.span is None or when.value is None or when.precision != "year":
            continue
        noun = _earlier_noun(sent, when)
        if noun is None:
            continue
        if any(
            r.date is not None
            and r.date.value == when.value
            and set(r.parties) == set(last.parties)
            for r in page.records
        ):
            return []  # told before
        low = noun.lower()
        ttype = next((t for k, t in VT.ORIGIN_NOUN_TYPES.items() if k in low), "agreement")
        if "pact" in low:
            ttype = "agreement"
        return [
            replace(
                last, type=ttype, status="signed", date=when, explicit=True, index=i, apart=True
            )
        ]
    return []


def _earlier_noun(sent: Sentence, when: DateMention) -> str | None:
    """The noun of the earlier tie ``when`` dates in ``sent``, else None."""
    assert when.span is not None
    start, end = when.span[0] - sent.start, when.span[1] - sent.start
    before = sent.text[max(0, start - 80) : start]
    first = _EARLIER_TIE.search(sent.text)
    if first is not None and first.end() <= start:
        return first.group("noun")
    told = _EARLIER_TIE_FROM.search(before)
    if told is not None:
        return told.group("noun")
    told = _EARLIER_TIE_FROM_AFTER.search(before)
    if told is not None and _EARLIER_TIE_VERB_AFTER.match(sent.text, end):
        return told.group("noun")  # "die het akkoord uit 2016 verlengt"
    return None


def _first_time(sent: Sentence, when: DateMention) -> bool:
    """The date is when something was first done: "first signed in 2019", "in 2020 voor het
    eerst sloten"."""
    if when.span is None:
        return False
    start, end = when.span[0] - sent.start, when.span[1] - sent.start
    near = sent.text[max(0, start - 30) : end + 30]
    return P.FIRST_TIME.search(near) is not None


def with_beginning(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """A tie named with when it began, beside the record the sentence states: "A and B
    renewed their memorandum, extending a partnership that began in 2015" is the renewal
    and, of its own, the partnership (2015); "verlengen het partnerschap dat in 2021 van
    start ging" and "ends its partnership, which was launched in 2018" too (the renewal or
    the ending is not dated by the beginning). "A partnership that dates back to 2009 and
    was renewed in 2024" is the partnership and its renewal."""
    sent = page.sentences[i]
    if not found or not sent.dates:
        return found
    origin = _beginning(sent)
    if origin is None:
        return found
    when, ttype = origin
    own = [r for r in found if r.date is when or (r.date is not None and r.date == when)]
    if own and all(r.status not in ("renewed", "ended") for r in own):
        return found + _renewed_later(sent, own[0], when)
    rest = [d for d in sent.dates if d is not when]
    out = []
    for rec in found:
        if rec in own:
            date, explicit = _dated_in_context(page, i, rest, rec.status, rec.parties)
            rec = replace(rec, date=date, explicit=explicit)
        out.append(rec)
    base = found[0]
    return [*out, replace(base, type=ttype, status="signed", date=when, explicit=True)]


def _renewed_later(sent: Sentence, rec: Record, began: DateMention) -> list[Record]:
    """ "..., which was most recently renewed in 2024": the renewal after the beginning,
    with its own date."""
    renewal = P.STATUS["renewed"].search(sent.text)
    if renewal is None or began.span is None or renewal.start() + sent.start < began.span[1]:
        return []
    cut = renewal.start() + sent.start
    later = next((d for d in sent.dates if d.span is not None and d.span[0] >= cut), None)
    if later is None or later.value is None or later.value == began.value:
        return []
    return [replace(rec, status="renewed", date=later, explicit=True)]


def _beginning(sent: Sentence) -> tuple[DateMention, str] | None:
    """The date a tie named in ``sent`` began and the type its noun names, when a verb of
    beginning stands right next to a date ("that began in 2015", "dat in 2021 begon")."""
    text = sent.text
    for when in sent.dates:
        if when.span is None or when.value is None or when.precision == "day":
            continue  # a beginning told in passing is a year or a month, not a day
        start, end = when.span[0] - sent.start, when.span[1] - sent.start
        verb = P.ORIGIN_VERB_BEFORE_DATE.search(text[max(0, start - 40) : start])
        if verb is None:
            verb_after = P.ORIGIN_VERB_AFTER_DATE.match(text, end)
            if verb_after is not None and P.RELATIVE_BEFORE.search(
                text[max(0, start - 25) : start]
            ):
                # Dutch puts the verb last: "het partnerschap dat in 2021 begon".
                tail = _PREPOSITION_TAIL.search(text[:start])
                left = start - (len(tail.group()) if tail is not None else 0)
            elif P.ORIGIN_ENTERED_AFTER_DATE.match(text, end):
                # The subject between: "de alliantie die A en B in 2021 aangingen"; the
                # tie's noun right before the pronoun ("de intentieverklaring die zij in
                # 2023 sloten" names no tie of ORIGIN_NOUN: none).
                pronoun = _relative_start(text, start)
                if pronoun is None or not P.ORIGIN_NOUN_LAST.search(text, 0, pronoun):
                    continue
                left = pronoun
            else:
                continue
        else:
            left = max(0, start - 40) + verb.start()
        window = max(0, left - 70)
        names = [(m.start - sent.start - window, m.end - sent.start - window) for m in sent.orgs]
        noun = _last_noun(text[window:left], names)
        if noun is not None:
            return when, noun
    return None


def _relative_start(text: str, start: int) -> int | None:
    """Where the relative clause that holds the date at ``start`` begins ("die A en B in
    2021 aangingen"): the last relative pronoun in the words before, with no clause
    boundary between; None when there is none."""
    window = max(0, start - _RELATIVE_REACH)
    pronouns = list(P.RELATIVE_BEFORE.finditer(text, window, start))
    if not pronouns:
        return None
    at = pronouns[-1].start()
    return None if any(c in text[at:start] for c in ",;:.") else at


def _last_noun(before: str, names: list[tuple[int, int]]) -> str | None:
    """The type named by the last tie noun in ``before`` (which ends where the clause of
    beginning starts), None when there is none, when a clause boundary stands between, or
    when the noun is a word of a name ("the Northern Water Alliance, founded in 1999" is
    the founding of an organisation, not of a tie)."""
    nouns = list(P.ORIGIN_NOUN.finditer(before))
    if not nouns:
        return None
    noun = nouns[-1]
    if any(a < noun.end() and noun.start() < b for a, b in names):
        return None
    if any(c in before[noun.end() :] for c in ".;:"):
        return None
    low = noun.group("noun").lower()
    ttype = next((t for k, t in VT.ORIGIN_NOUN_TYPES.items() if k in low), None)
    if ttype == "joint_programme" and not P.JOINT_BEFORE.search(before, 0, noun.start()):
        return None  # "a research programme" is no joint degree
    return ttype


def with_original(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """A renewal or an ending dated by the making of the tie it renews or ends, told in its
    noun phrase, is two records: "renewed the agreement they signed in 2019", "extended
    their 2019 research agreement", "The 2018 agreement between A and B, which ends this
    year, ..." are the original (signed, that year) and, of its own, the renewal or the
    ending, dated by the rest of the sentence and the page around it. Only a year before
    the news's year is such a making; "renewed in 2024" dates the renewal itself."""
    if page.published is None or not any(r.status in ("renewed", "ended") for r in found):
        return found
    sent = page.sentences[i]
    year = page.published.year
    if any(
        r.status == "signed"
        and r.date is not None
        and r.date.value is not None
        and int(r.date.value[:4]) < year
        for r in found
    ):
        return found  # the making is told already ("signed in 2014 and renewed in 2020")
    out = list(found)
    for k, rec in enumerate(found):
        when = rec.date
        if (
            rec.status not in ("renewed", "ended")
            or when is None
            or when not in sent.dates
            or when.value is None
            or int(when.value[:4]) >= year
        ):
            continue
        noun = _making_noun(sent, when)
        if noun is None:
            continue
        rest = [d for d in sent.dates if d is not when]
        date, explicit = _dated_in_context(page, i, rest, rec.status, rec.parties)
        out[k] = replace(rec, date=date, explicit=explicit)
        low = noun.lower()
        kind = rec.type
        if kind == "termination":
            kind = next((t for w, t in VT.ORIGIN_NOUN_TYPES.items() if w in low), "agreement")
        out.append(replace(rec, type=kind, status="signed", date=when, explicit=True))
    return out


def _making_noun(sent: Sentence, when: DateMention) -> str | None:
    """The tie noun whose making ``when`` dates ("the 2018 agreement", "the agreement from
    2018", "the agreement they signed in 2019", "het convenant dat A en B in 2018 sloten"),
    else None."""
    if when.span is None or when.precision not in ("year", "month"):
        return None
    text = sent.text
    start, end = when.span[0] - sent.start, when.span[1] - sent.start
    before = text[max(0, start - 90) : start]
    after = _ORIGINAL_NOUN_AFTER_YEAR.match(text, end)
    if after is not None and _ORIGINAL_YEAR_BEFORE_NOUN.search(before):
        return after.group("noun")
    told = _ORIGINAL_NOUN_FROM.search(before)
    if told is not None:
        return told.group("noun")
    if _ORIGINAL_MADE_BEFORE.search(before) or (
        before.endswith(("in ", "In ")) and _ORIGINAL_MADE_AFTER.match(text, end)
    ):
        nouns = list(P.ORIGIN_NOUN.finditer(text, 0, start))
        return nouns[-1].group("noun") if nouns else None
    return None


def made_by_pair(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """An earlier tie a relative clause tells with its own pair as subject, dated in a year
    before the news: "The memorandum replaces the concordat that the University and B
    signed in 2019", "Het convenant vervangt de afspraken die de HU en het ROC in 2019
    sloten". A record of that date that took the parties of the record the sentence
    refers to (all the signatories of the new memorandum) is a tie of that pair only. A
    side of the pair told by a description ("the University", "het ROC") is the one
    party of the record whose name holds its word."""
    if page.published is None or not found:
        return found
    sent = page.sentences[i]
    out = list(found)
    for when in sent.dates:
        if when.span is None or when.value is None or int(when.value[:4]) >= page.published.year:
            continue
        wide = [k for k, r in enumerate(out) if len(r.parties) > 2 and r.date == when]
        if not wide:
            continue
        pair = _relative_pair(sent, when, out[wide[0]].parties)
        if pair is None:
            continue
        for k in wide:
            if set(pair) < set(out[k].parties):
                out[k] = replace(out[k], parties=pair)
    return out


def _relative_pair(
    sent: Sentence, when: DateMention, parties: Sequence[str]
) -> tuple[str, str] | None:
    """The two of ``parties`` the relative clause that holds ``when`` names as its subject
    ("that A and the university signed in", "die de HU en het ROC in"), else None."""
    assert when.span is not None
    text = sent.text
    start, end = when.span[0] - sent.start, when.span[1] - sent.start
    at = _relative_start(text, start)
    if at is None:
        return None
    opening = _RELATIVE_PRONOUN_OPENING.match(text, at)
    if opening is None:
        return None
    subject = text[opening.end() : start]
    tail = _SUBJECT_TAIL.search(subject)
    if tail is None or (
        tail.group().strip().lower() in ("in", "back in")
        and not _ORIGINAL_MADE_AFTER.match(text, end)
    ):
        return None  # no verb of making: "die in 2019 ...", "that runs in 2019"
    subject_end = opening.end() + tail.start()
    sides = list(_SUBJECT_AND.finditer(text, opening.end(), subject_end))
    if len(sides) != 1:
        return None
    spans = [(opening.end(), sides[0].start()), (sides[0].end(), subject_end)]
    sides_named = [
        distinct(m.name for m in sent.orgs if a <= m.start - sent.start and m.end - sent.start <= b)
        for a, b in spans
    ]
    if any(len(names) > 1 for names in sides_named):
        return None
    pair: list[str] = []
    for (a, b), names in zip(spans, sides_named, strict=True):
        if names:
            pair.append(names[0])
            continue
        described = _SUBJECT_DESCRIPTION.fullmatch(text, a, b)
        if described is None:
            return None
        word = described.group("word").lower()
        taken = {n for other in sides_named for n in other}
        fits = [
            p for p in parties if p not in taken and word in p.lower().replace("-", " ").split()
        ]
        if len(fits) != 1:
            return None
        pair.append(fits[0])
    if pair[0] == pair[1] or not all(p in parties for p in pair):
        return None
    return pair[0], pair[1]
