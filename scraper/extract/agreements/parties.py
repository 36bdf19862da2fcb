"""Which organisations named in a sentence are parties to its agreement.

Funders, hosts and guests never are; places and background clauses only when
nothing else is. Also the party lists right at a trigger and per clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scraper.extract.agreements import patterns as P
from scraper.extract.agreements.cues import main_trigger
from scraper.extract.agreements.records import PageState, Record, distinct, make_record
from scraper.extract.agreements.vocab import parties as VP
from scraper.extract.sentences import Sentence
from scraper.models import DateMention

# A cue whose own noun phrase ended before the next organisation ("in the presence of the
# minister, A and B ..."); "funded by, among others, NWO" has no words before its comma.
_CUE_CLOSED = re.compile(r"\w[^;,:]*[;,:]")
# The glue of a list of names after a cue: commas, "and"/"en", an article.
_LIST_COMMA = re.compile(r"(?:\s*,\s*|\s+(?:and|en|&)\s+)(?:(?:the|de|het)\s+)?", re.I)
_COLON_BEFORE_COUNTERPART = re.compile(VP.COLON_BEFORE_COUNTERPART)
_HUB_GLUE = re.compile(VP.HUB_GLUE, re.I)
_ALSO_TIES = re.compile(VP.ALSO_TIES, re.I)
_ACTING_TOGETHER = re.compile(VP.ACTING_TOGETHER, re.I)
_SIGNATORY_ASIDE = re.compile(VP.SIGNATORY_ASIDE, re.I)
_FRONTED_LIST_LEAD = re.compile(VP.FRONTED_LIST_LEAD, re.I)
_ITEM_TIE_OPENING = re.compile(VP.ITEM_TIE_OPENING, re.I)
_FRONTED_COUNTERPART = re.compile(VP.FRONTED_COUNTERPART, re.I)
_COUNT_AS_COUNTERPART = re.compile(VP.COUNT_AS_COUNTERPART, re.I)


def exclusions(sent: Sentence, page: PageState) -> tuple[set[int], set[int]]:
    """Mentions that are never parties (funders, hosts, guests) and those that are
    parties only when nothing else is (places, background clauses, alliances as modifiers)."""
    key = (sent.unit, sent.start)
    if key not in page.excluded:
        page.excluded[key] = _find_exclusions(sent, page)
    return page.excluded[key]


def _find_exclusions(sent: Sentence, page: PageState) -> tuple[set[int], set[int]]:
    if not sent.orgs:
        return set(), set()  # nothing to exclude: spares the cue searches
    # Hard: the list after "funded by", "in the presence of" ... up to the next clause.
    hard: set[int] = set()
    text = sent.text
    low = text.lower()
    signing = ("sign" in low or "tek" in low) and P.SIGNING_VERB.search(
        text, low if text.isascii() else None
    ) is not None
    for cue in P.NON_PARTY.finditer(text):
        if signing and P.ACTING_FOR.fullmatch(cue.group()):
            continue  # "namens Y tekende ...": Y is a party (see _signatory_organisations)
        pos = cue.end()
        listed = 0
        # A cue that opens the sentence ("In the presence of X, ...", "Funded by X, ...").
        fronted = len(text[: cue.start()].split()) < 3
        for k, m in enumerate(sent.orgs):
            rel = m.start - sent.start
            if rel < cue.end():
                continue
            between = text[pos:rel]
            # "A and B signed, funded by NWO, ZonMw and KWF": the commas of a list do not end
            # it; ", and" does ("funded by NWO, and TNO will host it", "a spin-off of A and
            # B, and C"), and so does the comma of a fronted cue ("In the presence of X, A
            # and B signed").
            in_list = listed and not fronted and _LIST_COMMA.fullmatch(between)
            if not in_list and (
                pos != cue.end() and P.CLAUSE_BREAK.search(between) or P.NEW_VERB.search(between)
            ):
                break
            if pos == cue.end() and _CUE_CLOSED.search(between):
                break  # "In the presence of the minister, A and B signed": the cue had its own
            if signing and P.SIGNING_VERB.search(between):
                break  # "In aanwezigheid van de burgemeester tekenden A en B": the verb ends it
            hard.add(k)
            listed += 1
            pos = m.end - sent.start
    # "In the presence of the Minister of X": a role after a presence cue attends, it does
    # not sign for X (see _signatory_organisations).
    # So does a funder or bystander told by its verb ("Representatives of X attended the
    # signing", "the rector of X welcomed the memorandum").
    hard |= _funder_subjects(sent)
    present = set(hard)
    # Soft: background clauses, modifiers ("LDE minors"), places ("during X's meeting"),
    # things set up ("set up the ARCNL"), alliances that are not joined and do not act.
    soft: set[int] = set()
    relative = P.RELATIVE.search(text)
    # A background clause ends at its closing comma: "G, of which A and B are members,
    # signed a memorandum with C" (C is a party again).
    relative_end = len(text)
    if relative is not None:
        close = text.find(",", relative.end())
        if close >= 0 and P.ACTS_AFTER_CLAUSE.match(text, close):
            relative_end = close
    first_member = True
    # "X, part of the G alliance, signed memoranda with A": G is background to X.
    aside = signatory_aside(sent)
    for k, m in enumerate(sent.orgs):
        rel, rel_end = m.start - sent.start, m.end - sent.start
        if aside is not None and aside[0] < rel < aside[1] and k not in hard:
            soft.add(k)
            continue
        if (
            k > 0
            and sent.orgs[k - 1].name == m.name
            and text[sent.orgs[k - 1].end - sent.start : rel].strip() == "("
        ):
            # "Advanced Research Center (ARCNL)": the acronym shares its name's role.
            for bucket in (hard, soft):
                if k - 1 in bucket:
                    bucket.add(k)
            continue
        if k in hard:
            continue
        before = text[max(0, rel - 30) : rel]
        after = text[rel_end:]
        if P.FUNDING.match(after):
            hard.add(k)  # "an NWO grant": a funder
        elif P.THING.match(after) and not page.is_group(m.name):
            hard.add(k)  # "an EU programme", "the TNO campus"
        elif relative and relative.start() < rel < relative_end:
            soft.add(k)
        elif P.MODIFIER.match(after):
            soft.add(k)  # "LDE minors", "Medical Delta's annual meeting"
        elif page.is_group(m.name):
            joined = P.JOIN.search(before)
            acting = first_member and not P.PREPOSITION.search(before)
            # "G was founded in 2006 as a partnership of A, B and C": G is what they made;
            # so is G in "A, B and C founded G" and "seven universities founded G: A, ...".
            if (
                not (joined or acting)
                or P.CREATED_AFTER.match(after)
                or P.CREATED.search(before)
                # "The three hospitals have formed G since 2019": what the ones referred
                # to make up, even when G is the first name in the sentence.
                or (acting and P.FORMED.search(text[max(0, rel - 70) : rel]))
            ):
                soft.add(k)
        elif (
            P.PREPOSITION.search(before)
            and not P.JOIN.search(before[-20:])
            and not P.MEMBERS_OF.search(before)
        ):
            soft.add(k)
        elif P.CREATED.search(before):
            # "A and B set up X", "own a joint venture, X, which they set up in 2024": what
            # the parties create is never a party of its own creation (gold README).
            hard.add(k)
        first_member = False
    for unit, parent in _units_of_universities(sent, page):
        if parent in hard:
            continue  # "the X Institute at the TU Delft campus": a place, not the party
        hard.add(unit)  # "the X Institute of the University of Y": Y is the party
        soft.discard(parent)
        hard.discard(parent)
    hard |= _owners_of_government_bodies(sent)
    stands_for = _signatory_organisations(sent, signing) - present
    return hard - stands_for, soft - stands_for


def _owners_of_government_bodies(sent: Sentence) -> set[int]:
    """Mentions that own the government body named right after them: "Western Australia's
    Department of Energy", "Québec's Ministère de l'Économie". The body is the party."""
    out = set()
    orgs = sent.orgs
    for k in range(len(orgs) - 1):
        a, b = orgs[k], orgs[k + 1]
        between = sent.text[a.end - sent.start : b.start - sent.start]
        if (
            a.name != b.name
            and P.PARENT_OF_UNIT.fullmatch(between)
            and P.GOVERNMENT_UNIT.match(b.name)
        ):
            out.add(k)
    return out


def _units_of_universities(sent: Sentence, page: PageState) -> list[tuple[int, int]]:
    """(part, university) mention indexes where a part of a university is named with it:
    "the X Institute of the University of Y", "X, de ingenieursschool van Y", "Y's X
    Institute". The university is the party (gold README: a faculty, school or institute
    is folded into its university)."""
    out = []
    orgs = sent.orgs
    for k in range(len(orgs) - 1):
        a, b = orgs[k], orgs[k + 1]
        if a.name == b.name:
            continue
        between = sent.text[a.end - sent.start : b.start - sent.start]
        if P.UNIT_OF_PARENT.fullmatch(between):
            unit, parent = k, k + 1
        elif P.PARENT_OF_UNIT.fullmatch(between):
            unit, parent = k + 1, k
        else:
            continue
        if page.kinds.get(orgs[parent].name) != "university":
            continue
        part = orgs[unit].name
        kind = page.kinds.get(part)
        # A university medical centre, a hospital or a company is an organisation of its own
        # ("Leiden University's LUMC" names LUMC).
        if kind in (None, "research_institute") and P.UNIT_HEADS.search(part):
            out.append((unit, parent))
    return out


def signatory_aside(sent: Sentence) -> tuple[int, int] | None:
    """The span of an aside between commas right after the first name of ``sent``, about
    it, before the main verb: "X, part of the G alliance, signed ...", "X, which is a member
    of G, signed ...", "X, lid van G, tekende ..."; else None."""
    if not sent.orgs or "," not in sent.text:
        return None
    first_end = sent.orgs[0].end - sent.start
    aside = _SIGNATORY_ASIDE.match(sent.text, first_end)
    if aside is None or not P.ACTS_AFTER_CLAUSE.match(sent.text, aside.end() - 1):
        return None
    return first_end, aside.end()


def _signatory_organisations(sent: Sentence, signing: bool) -> set[int]:
    """Mentions a signatory stands for: "the rector of Y signed", "Y's president signed",
    "namens de gemeente tekende de wethouder". Only in a sentence about signing (``signing``:
    it has a signing verb), but for leaders who open the sentence ("The presidents of Y and
    Z renewed ...")."""
    text = sent.text
    if not signing:
        # "The presidents of A, B and C renewed their alliance": leaders as the subject.
        first = sent.orgs[0]
        lead = text[: first.start - sent.start]
        return {0} if len(lead) < 60 and P.SIGNATORY_SUBJECT.match(lead) else set()
    out = set()
    for k, m in enumerate(sent.orgs):
        rel, rel_end = m.start - sent.start, m.end - sent.start
        before = text[max(0, rel - 45) : rel]
        if P.SIGNATORY_BEFORE.search(before) or P.SIGNATORY_AFTER.match(text, rel_end):
            out.add(k)
    return out


def _funder_subjects(sent: Sentence) -> set[int]:
    """Mentions that are the subject of a funding verb, with the list they stand in."""
    out: set[int] = set()
    low = sent.text.lower()
    verbs = list(P.FUNDER_VERB.finditer(sent.text))
    if any(stem in low for stem in VP.BYSTANDER_STEMS):
        verbs += P.BYSTANDER_VERB.finditer(sent.text)
    for verb in verbs:
        pos = verb.start()
        for k in range(len(sent.orgs) - 1, -1, -1):
            m = sent.orgs[k]
            rel_end = m.end - sent.start
            if rel_end > pos:
                continue
            gap = sent.text[rel_end:pos]
            glued = bool(P.LIST_GLUE.match(gap) or P.SUBJECT_LIST_GLUE.fullmatch(gap))
            if not glued and pos == verb.start() and P.SUBJECT_AUXILIARY.fullmatch(gap):
                glued = True  # "NWO has awarded", "de provincie heeft toegezegd"
            if not glued:
                # "X, which funds the lab, welcomed the agreement": X alone is the subject.
                if pos == verb.start() and P.SUBJECT_ASIDE.fullmatch(gap):
                    out.add(k)
                    owner = sent.orgs[k - 1] if k else None
                    if (
                        owner is not None
                        and owner.name == m.name
                        and sent.text[owner.end - sent.start : m.start - sent.start].strip() == "("
                    ):
                        out.add(k - 1)  # "The Council (STFC), which ...": the name too
                break
            out.add(k)
            pos = m.start - sent.start
    return out


def same_clause(sent: Sentence, pos: int) -> set[str]:
    """Names of the organisations in the clause of ``sent`` around offset ``pos``."""
    start, end = 0, len(sent.text)
    for m in P.CLAUSE_SPLIT_WIDE.finditer(sent.text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return {m.name for m in sent.orgs if start <= m.start - sent.start < end}


def counted_with_named(
    page: PageState,
    sent: Sentence,
    counted_at: int,
    nouns: tuple[str, ...],
    named: Sequence[str],
    found: Sequence[str],
) -> list[str]:
    """Of ``found`` (the pair a reference to two, "both universities", "beide partijen", was
    resolved to), the one still needed when one organisation named before it in its clause
    is among the two: "The cooperation with B continues: both universities renewed their
    agreement" is B and one of the pair told before, not all three. The one kept is the
    site's owner, else the one most of the page's records are about (the first of equals).

    The name is not among the two when it is not of the kind the noun names ("okkio's
    sensors will be installed across the two hospitals"), when each of the two has a tie
    of its own ("the partnership with B, which the two hospitals each entered"), when a
    relative clause about it holds the count, or when it or the count is told as the
    counterpart ("With B, both universities ...", "B signed with both universities")."""
    before = distinct(
        m.name
        for m in sent.orgs
        if m.name in named and m.name not in found and m.end - sent.start <= counted_at
    )
    if len(before) != 1 or len(found) != 2:
        return list(found)
    if nouns and page.kinds.get(before[0]) not in nouns:
        return list(found)
    text = sent.text
    last = max(
        m.end - sent.start
        for m in sent.orgs
        if m.name == before[0] and m.end - sent.start <= counted_at
    )
    if (
        _FRONTED_COUNTERPART.match(text)
        or _COUNT_AS_COUNTERPART.search(text, 0, counted_at) is not None
        or P.EACH.search(text) is not None
        or P.SEPARATE.search(text) is not None
        or P.RELATIVE.search(text[last:counted_at]) is not None
    ):
        return list(found)
    told = {p: sum(1 for r in page.records if p in r.parties) for p in found}
    ranked = sorted(range(2), key=lambda k: (found[k] != page.owner, -told[found[k]], k))
    return [found[ranked[0]]]


def clause_parties(sent: Sentence, t_end: int, hard: set[int], merger: bool = False) -> list[str]:
    """Parties named right at the trigger: "between A and B", "partnership (A, B and C)";
    for a ``merger`` also "the merger of A and B" ("ZAS ontstond uit de fusie van A en B":
    the body it made is not a party)."""
    tail = sent.text[t_end:]
    between = P.BETWEEN.match(tail) or (P.MERGER_OF.match(tail) if merger else None)
    if not (tail.startswith(" (") or between):
        return []
    pos = t_end + (between.end() if between else tail.index("(") + 1)
    names = []
    for k, m in enumerate(sent.orgs):
        rel = m.start - sent.start
        if rel < pos or k in hard:
            continue
        if not P.LIST_GLUE.match(sent.text[pos:rel]):
            break
        names.append(m.name)
        pos = m.end - sent.start
    return distinct(names)


def between_hub(
    sent: Sentence, hit: tuple[int, int, str, float], hard: set[int]
) -> list[tuple[str, str]] | None:
    """ "The memoranda between X and A, B and C", "de overeenkomsten tussen X en A, B en C": a
    plural agreement noun whose "between" names one organisation and then, after "and", a
    list of two or more, is one agreement of that organisation with each of the list. A
    singular noun ("the agreement between X and A, B and C") is one agreement of them all:
    None, as for any other list."""
    text = sent.text
    if P.PLURAL_AGREEMENTS.search(text[hit[0] : hit[1]]) is None:
        return None
    between = P.BETWEEN.match(text[hit[1] :])
    if between is None:
        return None
    return _hub_and_list(sent, hit[1] + between.end(), hard)


def _hub_and_list(sent: Sentence, pos: int, hard: set[int]) -> list[tuple[str, str]] | None:
    """The pairs of "X and A, B and C" right after offset ``pos`` (see ``between_hub``)."""
    text = sent.text
    after = [(k, m) for k, m in enumerate(sent.orgs) if m.start - sent.start >= pos]
    if len(after) < 3 or after[0][0] in hard:
        return None
    (_k, hub), (_k2, second) = after[0], after[1]
    if not P.LIST_GLUE.match(text[pos : hub.start - sent.start]):
        return None
    glue = text[hub.end - sent.start : second.start - sent.start]
    if _HUB_GLUE.fullmatch(glue) is None:
        return None  # "between A, B and C": a list of equals
    listed, _end = _counterparts(sent, hub.end - sent.start + len(glue), hard)
    if len(listed) < 2 or hub.name in listed:
        return None
    return [(hub.name, other) for other in listed]


def memberships(
    page: PageState,
    sent: Sentence,
    i: int,
    parties: list[str],
    status: str,
    strength: float,
    method: float,
) -> list[Record]:
    """ "A is a member of G1 and G2", "A joined G, and B belongs to H": one record per group.

    Joining is an event of each newcomer ("A and B joined G" gives A-G and B-G);
    being members is one state shared by all ("A and B are members of G").
    """
    out = []
    clauses = clause_names(sent)
    each = bool(P.JOIN_EVENT.search(sent.text)) or companions_after_group(page, sent)
    for names in clauses if len(clauses) > 1 else [parties]:
        groups = [p for p in parties if page.is_group(p) and (len(clauses) == 1 or p in names)]
        members = [p for p in parties if not page.is_group(p) and (len(clauses) == 1 or p in names)]
        if not members and len(groups) >= 2:
            members, groups = groups[:1], groups[1:]  # a consortium that joins a larger one
        for group in groups:
            ttype = page.kinds.get(group) or "alliance"
            for team in ([m] for m in members) if each else [members]:
                if team:
                    out.append(
                        make_record(page, sent, i, ttype, [*team, group], status, strength, method)
                    )
    if status == "ongoing":
        for rec in out:
            # A join told as news (``dating.joined_now``) is no longer a standing membership.
            if (
                rec.status == "ongoing"
                and rec.date is not None
                and _describes_group(sent, rec.date)
            ):
                rec.date, rec.explicit = None, False
    if len(clauses) > 1 and sent.dates:
        _date_by_clause(sent, out)
    return out


def companions_after_group(page: PageState, sent: Sentence) -> bool:
    """ "A is a member of G, alongside B and C": fellow members told after the body, each
    a membership of its own; one member named before the body, the others after it."""
    text = sent.text
    for k, m in enumerate(sent.orgs):
        if not page.is_group(m.name):
            continue
        cue = P.COMPANIONS_AFTER_GROUP.match(text, m.end - sent.start)
        if cue is None:
            continue
        before = {o.name for o in sent.orgs[:k] if not page.is_group(o.name)}
        after = {o.name for o in sent.orgs[k + 1 :] if not page.is_group(o.name)}
        return len(before) == 1 and bool(after - before)
    return False


def _date_by_clause(sent: Sentence, records: list[Record]) -> None:
    """ "A has been a member of G since 2011, and B is a member of H": each membership
    takes the date of its own clause, or none."""
    bounds = [0, *(m.end() for m in P.CLAUSE_SPLIT.finditer(sent.text)), len(sent.text) + 1]
    spans = list(zip(bounds, bounds[1:], strict=False))
    for rec in records:
        where = [
            (a, b)
            for a, b in spans
            if any(a <= m.start - sent.start < b and m.name in rec.parties for m in sent.orgs)
        ]
        if len(where) != 1:
            continue
        a, b = where[0]
        own = [d for d in sent.dates if d.span is not None and a <= d.span[0] - sent.start < b]
        if own:
            rec.date, rec.explicit = own[0], True
        elif rec.explicit:  # a date stated in another clause
            rec.date, rec.explicit = None, False


def _describes_group(sent: Sentence, when: DateMention) -> bool:
    """ "A is a member of G, a network that was founded in 1985": the date is the
    group's own, told in a clause about it, not when A became a member."""
    relative = P.RELATIVE.search(sent.text)
    if relative is None or when.span is None or P.FOUNDING_MEMBER.search(sent.text):
        return False  # a founding member became one when the group was formed
    close = sent.text.find(",", relative.end())
    clause = sent.text[relative.end() : close if close >= 0 else len(sent.text)]
    if P.JOIN_EVENT.search(clause):
        return False  # "A is a member of G, which it joined in 2019": when A became one
    return when.span[0] - sent.start > relative.start()


def clause_names(sent: Sentence) -> list[list[str]]:
    """The organisations of each clause of ``sent`` ("A joined G, and B belongs to H")."""
    bounds = [0, *(m.end() for m in P.CLAUSE_SPLIT.finditer(sent.text)), len(sent.text) + 1]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        names = distinct(m.name for m in sent.orgs if a <= m.start - sent.start < b)
        if names:
            out.append(names)
    return out


def distributive_parties(
    sent: Sentence,
    hits: list[tuple[int, int, str, float]],
    hard: set[int],
    soft: frozenset[int] | set[int] = frozenset(),
) -> tuple[tuple[int, int, str, float], Sequence[tuple[str, ...]]] | None:
    """The pairs of a distributive list, with the trigger that governs it.

    "X signed memoranda with A, B and C" gives X+A, X+B and X+C; so does "X signed
    separate agreements with ...", "an agreement with each of A, B and C" and "met A en
    met B"; "A, B and C (each) signed memoranda with X" gives A+X, B+X and C+X; "A and B
    signed agreements with C and D respectively" gives A+C and B+D; "were signed between
    A and B; C and D" gives A+B and C+D. A singular agreement with several partners ("a
    covenant with A, B and C") is one agreement of all of them, so None. A party told by
    reference is "" for the caller to resolve: the counterpart in "A, B and C signed
    memoranda with the university", the subject after a fronted list in "Met A, B en C
    sloot de universiteit overeenkomsten".
    """
    text = sent.text
    low = text.lower()
    folded = low if text.isascii() else None
    if " between " in low or " tussen " in low:
        paired = _paired(sent, hits, hard, folded) or _passive_hub(sent, hits, hard, folded)
        if paired is not None:
            return paired
    if " with" not in low and " met" not in low and not low.startswith(("met ", "with ")):
        return None  # cheap pre-check: no counterpart list ("with A", "with, among others, A")
    each = P.EACH.search(text, folded) is not None
    repeated = _repeated_counterparts(sent, hits, hard, folded)
    if repeated is not None:
        return repeated
    if not each and not any(P.PLURAL_AGREEMENTS.search(text[a:b]) for a, b, _t, _s in hits):
        return None
    for prep in P.COUNTERPART.finditer(text, folded):
        listed, last_end = _counterparts(sent, prep.end(), hard)
        if not listed:
            referred = _referred_counterpart(sent, hits, hard, soft, prep, each)
            if referred is not None:
                return referred
            continue
        # A fronted list has its verb, subject and noun after it: "Met A, B en C sloot de
        # Universiteit X overeenkomsten".
        fronted = fronted_list(text, prep.start())
        trigger = _governing(text, hits, prep.start(), last_end, each, 60 if fronted else 30)
        if trigger is None:
            continue
        if fronted:
            subject = _subject_after_list(sent, hard, listed, last_end, trigger[0])
            if subject is not None and len(listed) >= 2:
                return trigger, [(subject, other) for other in listed]
        # "The Agency X (AX) signed memoranda with ...": a short form in brackets right
        # after a name is that organisation, even when the two were resolved apart.
        short = short_forms(sent)
        ahead = [
            (k, m.name)
            for k, m in enumerate(sent.orgs)
            if k not in hard
            and k not in short
            and m.start - sent.start < prep.start()
            and m.name not in listed
        ]
        # Places and background before the list ("during G's meeting, A and B signed
        # memoranda with C") are not signatories when others are named.
        firm = [name for k, name in ahead if k not in soft]
        before = distinct(firm or [name for _k, name in ahead])
        if len(before) == 1 and len(listed) >= 2:
            return trigger, [(before[0], other) for other in listed]
        if not before and len(listed) >= 3:
            # "memoranda were signed with A, B and C, X said": the attribution closes the
            # list, it is not part of it.
            listed, agent = _attributed(sent, listed, last_end)
            if agent is not None:
                return trigger, [(agent, other) for other in listed]
        if not before and len(listed) >= 2:
            # The signatory after the list: "Agreements with A, B and C were signed by X",
            # "door X ondertekend".
            agent = _agent_after(sent, last_end, hard, listed)
            if agent is not None:
                return trigger, [(agent, other) for other in listed]
        if len(before) >= 2 and len(before) == len(listed) and P.RESPECTIVELY.search(text, folded):
            return trigger, list(zip(before, listed, strict=True))
        # A plural agreement noun (or "each") with one counterpart: one per signatory.
        if len(before) >= 2 and len(listed) == 1:
            return trigger, [(one, listed[0]) for one in before]
        # Several signatories acting as one side of plural agreements: one agreement of
        # them all with each partner ("A and B signed memoranda with C, D and E").
        if len(before) >= 2 and len(listed) >= 2 and not each and not set(before) & set(listed):
            return trigger, [(*before, other) for other in listed]
    return None


def fronted_list(text: str, prep: int) -> bool:
    """Whether the counterpart preposition at offset ``prep`` opens its sentence ("Met A, B
    en C sloot ...", "Ook met A en B zijn ...")."""
    return _FRONTED_LIST_LEAD.fullmatch(text, 0, prep) is not None


def opens_with_tie(item: Sentence) -> bool:
    """Whether a list item names its tie before its first organisation ("a memorandum of
    understanding with A;", "een onderzoekscontract met B")."""
    if not item.orgs:
        return False
    return _ITEM_TIE_OPENING.fullmatch(item.text, 0, item.orgs[0].start - item.start) is not None


def _referred_counterpart(
    sent: Sentence,
    hits: list[tuple[int, int, str, float]],
    hard: set[int],
    soft: frozenset[int] | set[int],
    prep: re.Match[str],
    each: bool,
) -> tuple[tuple[int, int, str, float], list[tuple[str, str]]] | None:
    """ "A, B and C signed memoranda with the university": several signatories of plural
    agreements (or "each") whose one counterpart is told by reference; the pairs with ""
    for it, or None."""
    text = sent.text
    ref = P.SINGULAR.search(text[prep.end() : prep.end() + 60])
    if ref is None or text[prep.end() : prep.end() + ref.start()].strip():
        return None
    trigger = _governing(text, hits, prep.start(), -1, each)
    if trigger is None:
        return None
    before = distinct(
        m.name
        for k, m in enumerate(sent.orgs)
        if k not in hard and k not in soft and m.start - sent.start < prep.start()
    )
    if len(before) < 2:
        return None  # one signatory: the sentence's own reading does as well
    return trigger, [(one, "") for one in before]


def _subject_after_list(
    sent: Sentence, hard: set[int], listed: list[str], list_end: int, noun_at: int
) -> str | None:
    """The one organisation named between a fronted counterpart list and the agreement noun
    after it ("Met A, B en C sloot de Universiteit X overeenkomsten"): the subject; "" when
    none is named (a reference: "sloot de universiteit"); None when several are."""
    names = distinct(
        m.name
        for k, m in enumerate(sent.orgs)
        if k not in hard and list_end <= m.start - sent.start < noun_at and m.name not in listed
    )
    if len(names) > 1:
        return None
    return names[0] if names else ""


def more_ties_of(
    page: PageState,
    sent: Sentence,
    hits: list[tuple[int, int, str, float]],
    hard: set[int],
    soft: frozenset[int] | set[int],
) -> tuple[tuple[int, int, str, float], list[tuple[str, str]]] | None:
    """ "Also A and B work with C" after other news of C: each of A and B has a tie of its
    own with C, when C is already a party of an earlier record of the page that has
    neither of them. A and B acting together ("on a joint project", "samen met", "in
    een consortium") or a tie that is not a collaboration make one record: None."""
    text = sent.text
    if not hits or any(h[2] != "collaboration" for h in hits):
        return None
    prep = P.COUNTERPART.search(text)
    if prep is None or _ALSO_TIES.search(text, 0, prep.start()) is None:
        return None
    if _ACTING_TOGETHER.search(text):
        return None
    listed, _end = _counterparts(sent, prep.end(), hard)
    before = distinct(
        m.name
        for k, m in enumerate(sent.orgs)
        if k not in hard and k not in soft and m.start - sent.start < prep.start()
    )
    if len(listed) != 1 or len(before) < 2 or any(page.is_group(n) for n in before):
        return None
    other = listed[0]
    if not any(other in r.parties and not set(before) & set(r.parties) for r in page.records):
        return None
    return main_trigger(hits), [(one, other) for one in before]


def _attributed(sent: Sentence, listed: list[str], list_end: int) -> tuple[list[str], str | None]:
    """``listed`` without a last name that only a comma joins and a verb of saying follows
    (", X said"), and that name; else ``listed`` unchanged and None."""
    last = next((m for m in sent.orgs if m.end - sent.start == list_end), None)
    if last is None or last.name != listed[-1] or listed.count(last.name) != 1:
        return listed, None
    glue = sent.text[: last.start - sent.start].rstrip()
    if not glue.endswith(",") or P.ATTRIBUTION_AFTER.match(sent.text, list_end) is None:
        return listed, None
    return listed[:-1], last.name


def _agent_after(sent: Sentence, list_end: int, hard: set[int], listed: list[str]) -> str | None:
    """The one organisation named after a counterpart list as its signatory: after "by" /
    "door" ("were signed by X's rector") or in a closing attribution (", X said")."""
    after = [
        m
        for k, m in enumerate(sent.orgs)
        if k not in hard and m.start - sent.start >= list_end and m.name not in listed
    ]
    if len({m.name for m in after}) != 1:
        return None
    first, last = after[0], after[-1]
    between = sent.text[list_end : first.start - sent.start]
    if P.AGENT_BEFORE.search(between):
        return first.name
    said = P.ATTRIBUTION_AFTER.match(sent.text, last.end - sent.start)
    if said is not None and between.rstrip().endswith(","):
        return first.name
    return None


def _paired(
    sent: Sentence, hits: list[tuple[int, int, str, float]], hard: set[int], folded: str | None
) -> tuple[tuple[int, int, str, float], list[tuple[str, str]]] | None:
    """ "The memoranda were signed between A and B; C and D; and E and F": a pair per
    part of a list after "between", when there are two parts or more."""
    if not hits:
        return None
    between = P.BETWEEN_ANY.search(sent.text, folded)
    if between is None:
        return None
    cuts = [m.start() for m in P.PAIR_SEPARATOR.finditer(sent.text, folded)]
    cuts = [c for c in cuts if c > between.end()]
    if not cuts:
        return None
    bounds = [between.end(), *cuts, len(sent.text)]
    pairs: list[tuple[str, str]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        inside = [(k, m) for k, m in enumerate(sent.orgs) if a <= m.start - sent.start < b]
        # A short form in brackets after a name is the same organisation: "and the
        # University of Twente and Institut Teknologi Sepuluh Nopember (ITS)".
        inside = [
            (k, m)
            for n, (k, m) in enumerate(inside)
            if all(m.name != o.name for _k, o in inside[:n])
        ]
        if len(inside) != 2 or any(k in hard for k, _m in inside):
            return None
        (_k1, one), (_k2, two) = inside
        glue = sent.text[one.end - sent.start : two.start - sent.start]
        if not P.PAIR_GLUE.match(glue) or one.name == two.name:
            return None
        pairs.append((one.name, two.name))
    trigger = next((h for h in hits if h[0] < between.start()), None)
    if trigger is None or len(pairs) < 2:
        return None
    return trigger, pairs


def _passive_hub(
    sent: Sentence, hits: list[tuple[int, int, str, float]], hard: set[int], folded: str | None
) -> tuple[tuple[int, int, str, float], list[tuple[str, str]]] | None:
    """ "Memoranda were signed between X and A, B and C": the plural noun before the verb
    governs the "between" after it (see ``between_hub``)."""
    between = P.BETWEEN_ANY.search(sent.text, folded)
    if between is None:
        return None
    trigger = governing_plural(sent.text, hits, between.start())
    if trigger is None:
        return None
    found = _hub_and_list(sent, between.end(), hard)
    return None if found is None else (trigger, found)


def _repeated_counterparts(
    sent: Sentence, hits: list[tuple[int, int, str, float]], hard: set[int], folded: str | None
) -> tuple[tuple[int, int, str, float], list[tuple[str, str]]] | None:
    """ "Met A wil X samenwerken rond chips, met B rond geheugens en met C rond materialen":
    one counterpart per repeated preposition, all with the one subject of the sentence."""
    single: list[str] = []
    lists = 0
    if P.CLAUSE_SPLIT_WIDE.search(sent.text, folded):
        return None  # "... met A voort, maar trekt de stekker uit B": two clauses, two verbs
    for prep in P.COUNTERPART.finditer(sent.text, folded):
        listed, _end = _counterparts(sent, prep.end(), hard)
        if len(listed) > 1:
            # "agreements with A and B on Monday, and with C on Tuesday": lists after a
            # plural agreement noun add up; a singular one keeps its own list whole.
            if not any(P.PLURAL_AGREEMENTS.search(sent.text[a:b]) for a, b, _t, _s in hits):
                return None
        lists += bool(listed)
        single.extend(listed)
    single = distinct(single)
    # "separate cooperation agreements with A and with B": a compound of two trigger words
    # is one trigger, not two clauses; so is one written as one word, a trigger inside
    # another ("samenwerkingsakkoorden met A en met B").
    starts = {h[0] for h in hits if not any(o[0] < h[0] <= o[1] + 1 for o in hits if o != h)}
    if len(single) < 2 or lists < 2 or len(starts) > 1:
        return None  # several triggers: clauses of their own (see clausal_parties)
    others = distinct(m.name for k, m in enumerate(sent.orgs) if k not in hard)
    subjects = [n for n in others if n not in single]
    if len(subjects) != 1:
        if not subjects:
            # "On Tuesday it signed an agreement with A, and on Wednesday with B": the
            # subject is a reference the caller resolves.
            return main_trigger(hits), [("", other) for other in single]
        return None
    trigger = main_trigger(hits)
    return trigger, [(subjects[0], other) for other in single]


def partners_listed(sent: Sentence, pos: int) -> list[str]:
    """The organisations listed right after offset ``pos``, without a closing attribution
    (", X said" names the signatory, not a partner)."""
    names, end = _counterparts(sent, pos, set())
    if len(names) >= 2:
        names = _attributed(sent, names, end)[0]
    return names


def counterparts(sent: Sentence, pos: int, hard: set[int]) -> list[str]:
    """The organisations listed right after offset ``pos`` of ``sent`` ("with A, B and C")."""
    return _counterparts(sent, pos, hard)[0]


def _counterparts(sent: Sentence, pos: int, hard: set[int]) -> tuple[list[str], int]:
    """The names listed right after offset ``pos`` and where the list ends."""
    names: list[str] = []
    end = pos
    for k, m in enumerate(sent.orgs):
        rel = m.start - sent.start
        if rel < end:
            continue
        gap = sent.text[end:rel]
        if not names:  # "with each of the three partners: A, B and C"
            head = P.COUNTERPART_HEAD.match(gap)
            gap = gap[head.end() :] if head else gap
        if names and _in_brackets_after(sent, k):
            end = m.end - sent.start  # a short form in brackets names the one before it
            continue
        if not P.COUNTERPART_GLUE.match(gap) or k in hard:
            break
        if names and _opens_clause(sent, k, gap):
            break  # "with A, and C signed ... with D": C is the next clause's subject
        if _owns_next(sent, k):
            # "with A, Singapore's B, and C": a possessive qualifies the name after it (a
            # place the finder took for an organisation, a parent); it is not a partner.
            end = m.end - sent.start
            continue
        names.append(m.name)
        end = m.end - sent.start
    return distinct(names), end


def _opens_clause(sent: Sentence, k: int, gap: str) -> bool:
    """Whether ``sent.orgs[k]``, after ``gap``, is the subject of a clause of its own: ", and"
    / ", en" before it and its verb right after it ("..., and C signed a similar agreement")."""
    if P.NEW_SUBJECT_GLUE.search(gap) is None:
        return False
    return P.NEW_SUBJECT_VERB.match(sent.text, sent.orgs[k].end - sent.start) is not None


def _owns_next(sent: Sentence, k: int) -> bool:
    """Whether ``sent.orgs[k]`` is a possessive right before the next name ("X's Y")."""
    if k + 1 >= len(sent.orgs):
        return False
    gap = sent.text[sent.orgs[k].end - sent.start : sent.orgs[k + 1].start - sent.start]
    return P.POSSESSIVE_GAP.fullmatch(gap) is not None


def short_forms(sent: Sentence) -> set[int]:
    """Mentions that stand alone in brackets right after another name, as its short form
    ("the Flemish Institute for Technological Research (VITO)")."""
    if "(" not in sent.text:
        return set()
    return {k for k in range(1, len(sent.orgs)) if _in_brackets_after(sent, k)}


def _in_brackets_after(sent: Sentence, k: int) -> bool:
    m, before = sent.orgs[k], sent.orgs[k - 1] if k else None
    if before is None or before.name == m.name:
        return False
    gap = sent.text[before.end - sent.start : m.start - sent.start].strip()
    # The bracket may hold the name with a sign the finder left out: "(A*STAR)".
    inside = gap[1:]
    return (
        gap.startswith("(")
        and len(inside) <= 3
        and not any(c.isspace() or c in ",;()" for c in inside)
        and sent.text[m.end - sent.start : m.end - sent.start + 1] == ")"
    )


def governing_plural(
    text: str, hits: list[tuple[int, int, str, float]], prep: int
) -> tuple[int, int, str, float] | None:
    """The plural agreement noun that governs the counterpart list at offset ``prep``."""
    return _governing(text, hits, prep, -1, False)


def _governing(
    text: str,
    hits: list[tuple[int, int, str, float]],
    prep: int,
    list_end: int,
    each: bool,
    reach: int = 30,
) -> tuple[int, int, str, float] | None:
    """The trigger a counterpart list belongs to: the plural noun just before the
    preposition ("agreements with"; "memoranda getekend met") or right after the list
    ("met A, B en C akkoorden gesloten")."""
    for hit in reversed(hits):
        a, b = hit[0], hit[1]
        plural = each or P.PLURAL_AGREEMENTS.search(text[a:b]) is not None
        if not plural:
            continue
        if b <= prep and prep - b <= 60 and not P.CLAUSE_BREAK.search(text[b:prep]):
            return hit
        if b <= prep and _COLON_BEFORE_COUNTERPART.match(text, b, prep):
            return hit  # "three agreements: with A, B and C"
        # What the agreements cover may stand between, commas and all: "memoranda on
        # student exchange, staff mobility and joint research with A, B and C".
        if b <= prep and prep - b <= 110 and not P.CLAUSE_BREAK_STRICT.search(text[b:prep]):
            return hit
        if (
            0 <= list_end <= a
            and a - list_end <= reach
            and not P.CLAUSE_BREAK.search(text[list_end:a])
        ):
            return hit
    return None


def clausal_parties(
    sent: Sentence,
    hits: list[tuple[int, int, str, float]],
    hard: set[int],
    referred: str | None = None,
) -> list[tuple[tuple[int, int, str, float], str, list[str]]] | None:
    """Clauses that share one subject, each with its own trigger and counterparts:
    "X has renewed its partnership with A, and has signed a new partnership with B"
    gives X+A and X+B. Returns (trigger, clause text, parties) per clause, or None.
    ``referred`` is the organisation a description names ("de universiteit"), the subject
    of a fronted counterpart's clause when no name stands there.
    """
    text = sent.text
    low = text.lower()
    fronted = low.startswith(("met ", "with "))  # "Met A sloot X ..., met B ..."
    if low.count(" with ") + low.count(" met ") + fronted < 2:
        return None  # cheap pre-check: two clauses need two counterpart lists
    folded = low if text.isascii() else None
    clauses: list[tuple[tuple[int, int, str, float], int, int, list[str]]] = []
    for prep in P.COUNTERPART.finditer(text, folded):
        listed, last_end = _counterparts(sent, prep.end(), hard)
        # The trigger before the list, or right after it ("met A een overeenkomst en met
        # B een intentieverklaring").
        trigger = None
        if listed:
            trigger = _governing(text, hits, prep.start(), -1, True)
            if trigger is None or any(c[0] == trigger for c in clauses):
                # A fronted list has the verb and its subject before the noun: "Met A sloot
                # de universiteit een raamakkoord".
                reach = 60 if fronted and prep.start() == 0 else 30
                trigger = _governing(text, hits, prep.start(), last_end, True, reach)
        if trigger is None or any(c[0] == trigger for c in clauses):
            continue
        clauses.append((trigger, prep.start(), last_end, listed))
    if len(clauses) < 2:
        return None
    subjects = distinct(
        m.name
        for k, m in enumerate(sent.orgs)
        if k not in hard and m.start - sent.start < clauses[0][1]
    )
    if not subjects and not text[: clauses[0][1]].strip():
        # A fronted counterpart (Dutch word order): "Met A sloot X een raamakkoord, met B
        # een intentieverklaring": the subject stands after the first list, before the next.
        listed_names = {n for c in clauses for n in c[3]}
        subjects = distinct(
            m.name
            for k, m in enumerate(sent.orgs)
            if k not in hard
            and clauses[0][2] <= m.start - sent.start < clauses[1][1]
            and m.name not in listed_names
        )
        if not subjects and referred is not None and referred not in listed_names:
            subjects = [referred]
    if len(subjects) != 1:
        return None
    out = []
    start = 0
    for trigger, at, end, listed in clauses:
        # "A signed X with B, and C signed Y with D": a clause with a subject of its own.
        subject = _clause_subject(sent, hard, start, at, listed) or subjects[0]
        if subject in listed:
            return None
        out.append((trigger, text[start:end], [subject, *listed]))
        start = end
    return out


def _clause_subject(
    sent: Sentence, hard: set[int], start: int, prep: int, listed: list[str]
) -> str | None:
    """The one organisation that opens a later clause between offsets ``start`` and
    ``prep`` as its subject (``_opens_clause``): "..., and C signed a similar agreement
    with D"; else None (the clauses share the sentence's subject)."""
    if not start:
        return None
    own = distinct(
        m.name
        for k, m in enumerate(sent.orgs)
        if k not in hard
        and start <= m.start - sent.start < prep
        and m.name not in listed
        and _opens_clause(
            sent, k, sent.text[max(start, m.start - sent.start - 12) : m.start - sent.start]
        )
    )
    return own[0] if len(own) == 1 else None
