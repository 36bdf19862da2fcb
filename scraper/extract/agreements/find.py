"""Find agreements between organisations from trigger language, sentence by sentence.

For every sentence with a trigger ("signed an agreement", "werken samen",
"memorandum of understanding", "is a member of" ...) the parties are looked
for, most reliable first:

1. in the clause: "collaboration between A and B", "the LDE partnership (A, B and C)";
2. in the sentence: every organisation named, minus funders, hosts, guests,
   places ("during Medical Delta's meeting") and background ("..., of which X is a member");
3. by coreference: "the three organisations", "beide universiteiten", "they",
   "the university", or "the new agreement" (more about the previous record);
4. from a partner list in a neighbouring sentence: "The partners are A, B and C."

An alliance or consortium is a party when an organisation joins it or it acts
itself ("Una Europa brings together A, B, C"); when members form or work in it
("in the LDE alliance") the members are the parties. Repeated mentions of one
relationship are merged; a renewal and a termination stay records of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from scraper.extract.agreements import patterns as P
from scraper.extract.agreements.coreference import (
    anaphoric_records,
    coordinated_names,
    count_of,
    counterpart_reference,
    described,
    inverted_subject,
    last_group,
    neighbour_list,
    noun_key,
    previous_parties,
    previous_subject,
    referent,
    resolve_counted,
    spoken_for,
    typed_by_list,
)
from scraper.extract.agreements.cues import (
    anaphor_family,
    compound_type,
    gates_within,
    main_trigger,
    status_cue,
    status_of,
    triggers,
)
from scraper.extract.agreements.dating import founding_date
from scraper.extract.agreements.follow_ups import announced_follow_up
from scraper.extract.agreements.foundations import earlier_foundation
from scraper.extract.agreements.joiners import joined_agreement
from scraper.extract.agreements.lifecycle import (
    earlier_tie,
    made_by_pair,
    made_then_ended,
    with_beginning,
    with_origin,
    with_original,
    with_renewal,
)
from scraper.extract.agreements.parties import (
    between_hub,
    clausal_parties,
    clause_parties,
    companions_after_group,
    counted_with_named,
    counterparts,
    distributive_parties,
    exclusions,
    fronted_list,
    governing_plural,
    memberships,
    more_ties_of,
    opens_with_tie,
    partners_listed,
    same_clause,
    short_forms,
    signatory_aside,
)
from scraper.extract.agreements.party_mentions import without_places
from scraper.extract.agreements.records import (
    GROUP_KINDS,
    RETYPED_BY_GROUP,
    Candidate,
    PageState,
    Record,
    distinct,
    make_record,
    merge,
    to_agreement,
)
from scraper.extract.agreements.restated import without_restatements
from scraper.extract.agreements.vocab import coreference as VC
from scraper.extract.agreements.vocab import triggers as VT
from scraper.extract.case_blind import ascii_lower
from scraper.extract.organisations.mentions import OrgMention
from scraper.extract.sentences import Sentence
from scraper.models import Agreement

_ASIDE = re.compile(VT.ASIDE, re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]")


def find_agreements(
    sentences: Sequence[Sentence],
    kinds: dict[str, str | None],
    *,
    published: date | None,
    owner: str | None = None,
) -> tuple[Agreement, ...]:
    """Agreements stated in ``sentences`` (in page order), merged per relationship.

    ``kinds`` maps canonical organisation names to their kind; ``published`` is
    the news item's date, used for "have signed" without a date of its own; ``owner`` is
    the university or hospital whose own site the page is on ("the university" there).
    """
    sentences = without_places(sentences)
    page = PageState(sentences, _joined_bodies(sentences, kinds), published)
    page.owner = owner if owner in page.kinds else None
    by_unit: dict[int, list[str]] = {}
    for sent in sentences:
        by_unit.setdefault(sent.unit, []).append(sent.text)
    page.gates = {u: gates_within("\n".join(texts)) for u, texts in by_unit.items()}
    for i in range(len(sentences)):
        if i in page.used:
            continue
        found = [r for r in _records_in(i, page) if not _partners_only(sentences[i], r)]
        found = _founders_told(i, page, found)
        found = without_restatements(i, page, found)
        if not found:
            # "A cooperation agreement is to follow in spring 2027": the one announced.
            found = announced_follow_up(i, page) or _acquisition(i, page)
        apart = earlier_tie(i, page, found)
        if apart and not any(r.status in ("ended", "renewed") for r in found):
            found = apart  # the earlier tie, told again as "the agreement"
        elif found:
            found = with_beginning(i, page, with_renewal(i, page, with_origin(i, page, found)))
            # "renewed the agreement they signed in 2019": the original too.
            found = with_original(i, page, found)
            # "besloten de afspraken uit 2018 niet te verlengen": the ending and its origin.
            found += apart
        # "replaces the concordat that the University and B signed in 2019": that pair's.
        found = made_by_pair(i, page, found)
        # "takes further the memorandum the two concluded in April 2023": that one too.
        found += earlier_foundation(i, page, found)
        # "X, waarmee Y al jaren samenwerkt, ...": the tie told in a clause about X.
        found += _relative_ties(i, page, found)
        if found:
            page.used.add(i)
            page.records.extend(found)
    same = _parenthesised_names(sentences)
    records = []
    for rec in page.records:
        parties = distinct(same.get(p, p) for p in rec.parties)
        if len(parties) >= 2:  # an organisation paired with itself is no agreement
            records.append(replace(rec, parties=tuple(parties)))
    return tuple(to_agreement(r) for r in merge(records, page))


def _acquisition(i: int, page: PageState) -> list[Record]:
    """ "X has agreed to acquire Y", "X neemt Y over", "X kocht vorig jaar het Delftse Y",
    "Voor X, dat in 2024 Y overnam, ...": one organisation buying another is a tie of the
    two (type "other", as a merger), the buyer named before the verb and the one bought as
    its object. Others named around them (the spin-off's university, the buyer's funder) are
    no party; a verb with no organisation as its object ("bought four start-ups", "acquired
    a stake in Y") or denied ("decided not to buy Y") gives nothing."""
    sent = page.sentences[i]
    if len(sent.orgs) < 2:
        return []
    text = sent.text
    low = text.lower()
    if not any(map(low.__contains__, VT.ACQUISITION_STEMS)):
        return []  # cheap check first (speed)
    spans = [(m.start - sent.start, m.end - sent.start, m.name) for m in sent.orgs]
    pair: tuple[str, str] | None = None
    for verb in P.ACQUIRES.finditer(text):
        bought = next((s for s in spans if s[0] >= verb.end()), None)
        buyer = next((s for s in reversed(spans) if s[1] <= verb.start()), None)
        if (
            bought is not None
            and buyer is not None
            and P.ACQUIRED_GAP.fullmatch(text, verb.end(), bought[0])
            and (verb.group("split") is None or P.ACQUIRED_PARTICLE.match(text, bought[1]))
            and not text.startswith(("'s", "’s"), bought[1])
            and P.BUYER_GAP.fullmatch(text, buyer[1], verb.start())
            and not P.ACQUISITION_DENIED.search(text, buyer[1], verb.start())
        ):
            pair = (buyer[2], bought[2])
            break
    if pair is None:
        for verb in P.ACQUIRES_LAST.finditer(text):
            k = next((k for k in range(len(spans) - 1, 0, -1) if spans[k][1] <= verb.start()), 0)
            bought, buyer = spans[k], spans[k - 1]
            if (
                k
                and len(text[bought[1] : verb.start()].split()) <= 2
                and "," not in text[bought[1] : verb.start()]
                and P.BUYER_BEFORE_OBJECT.fullmatch(text, buyer[1], bought[0])
            ):
                pair = (buyer[2], bought[2])
                break
    if pair is None or pair[0] == pair[1]:
        return []
    return [make_record(page, sent, i, "other", pair, "signed", 0.85, 0.8)]


def _relative_ties(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """ "X, waarmee Y al jaren samenwerkt, is geen partij", "X, with which Y has worked since
    2019, ...", "X in Kortrijk, dat sindsdien samen met Y een dienst aanbiedt", "X, which
    trains doctors in partnership with Y": a relative clause about an organisation that tells
    its tie with one other organisation is a record of the two, beside whatever the main
    clause states. With "waarmee"/"with which" the clause's one organisation is the partner
    and a trigger must stand in the clause; with "dat"/"which" the partner follows "samen
    met"/"together with"/"in partnership with", and X is no alliance (what an alliance "samen
    met Y" did is its founding). A tie already found is not told again."""
    sent = page.sentences[i]
    if len(sent.orgs) < 2 or "," not in sent.text:
        return []  # cheap check first (speed)
    text = sent.text
    out: list[Record] = []
    for rel in P.RELATIVE_TIE.finditer(text):
        close = text.find(",", rel.end())
        end = close if close >= 0 else len(text)
        antecedent = next(
            (m for m in reversed(sent.orgs) if m.end - sent.start <= rel.start()), None
        )
        inside = [m for m in sent.orgs if rel.end() <= m.start - sent.start < end]
        if (
            antecedent is None
            or len({m.name for m in inside}) != 1
            or not P.RELATIVE_ANTECEDENT_GAP.fullmatch(
                text, antecedent.end - sent.start, rel.start()
            )
        ):
            continue
        partner = inside[0]
        hits = [
            h
            for h in triggers(text[rel.end() : end], page.gates[sent.unit])
            if h[2] != "termination"
        ]
        if rel.group("with") is None:
            if page.is_group(antecedent.name):
                continue  # "G, dat A in 2020 samen met B oprichtte": its founders, not G
            before = text[
                max(rel.end(), partner.start - sent.start - 40) : partner.start - sent.start
            ]
            if not P.TOGETHER_BEFORE.search(before):
                continue
            ttype = main_trigger(hits)[2] if hits else "collaboration"
            if "partnership" in before.lower():
                ttype = "partnership"
        elif hits:
            ttype = main_trigger(hits)[2]
        else:
            continue
        pair = (antecedent.name, partner.name)
        if pair[0] == pair[1] or any(set(r.parties) == set(pair) for r in [*found, *out]):
            continue
        status = status_of(text[rel.end() : end], ttype)
        out.append(make_record(page, sent, i, ttype, pair, status, 0.6, 0.75))
    return out


def _partners_only(sent: Sentence, rec: Record) -> bool:
    """ "lumidot signed a framework agreement with A and a letter of intent with B" with its
    subject not found: organisations that all stand in counterpart lists ("with A", "met B")
    are partners of someone else, never a tie among themselves."""
    if len(rec.parties) < 2 or (" with " not in sent.text and " met " not in sent.text.lower()):
        return False
    folded = sent.text.lower() if sent.text.isascii() else None
    listed: set[str] = set()
    for prep in P.COUNTERPART.finditer(sent.text, folded):
        listed.update(partners_listed(sent, prep.end()))
    return set(rec.parties) <= listed


def _joined_bodies(
    sentences: Sequence[Sentence], kinds: dict[str, str | None]
) -> dict[str, str | None]:
    """``kinds``, where an organisation of unknown kind that others are members of or join
    ("a member of the Organisation of European Cancer Institutes"), or that a group noun
    follows ("the ORBIS alliance", "het X-consortium"), or whose name is headed by a group
    noun ("Alliantie Technisch Talent", "Nordic AI in Health Consortium"), is an alliance or
    a consortium. So is an association that an organisation itself is a member of ("X is
    a member of the trade association Y", "X is lid van de vereniging Y"); a person's
    membership ("Professor A of X is a member of the Society Y") leaves it an association."""
    out = dict(kinds)
    for name, kind in kinds.items():
        if kind is None and P.GROUP_NAME.search(name):
            out[name] = "consortium" if "onsorti" in name else "alliance"
    for sent in sentences:
        for k, m in enumerate(sent.orgs):
            kind = out.get(m.name)
            if kind is None or (kind == "association" and _member_organisation(sent, k)):
                before = sent.text[max(0, m.start - sent.start - 50) : m.start - sent.start]
                after = sent.text[m.end - sent.start : m.end - sent.start + 40].lower()
                if P.MEMBER_BEFORE.search(before):
                    out[m.name] = "consortium" if "consorti" in after else "alliance"
                elif kind is None and P.GROUP_NOUN_AFTER.match(after):
                    # "the ORBIS European University alliance", "het X-consortium".
                    out[m.name] = "consortium" if "consorti" in after[:14] else "alliance"
    return out


def _member_organisation(sent: Sentence, k: int) -> bool:
    """Whether the organisation named before ``sent.orgs[k]`` is itself its member: only
    verbs and adverbs stand between them ("X has been a member of Y", "X is sinds 2021 lid
    van Y"), and X does not qualify a person ("Professor A of X", "A, a professor at X").
    With no name before it, the member must be an organisation told by description ("The
    company is a member of Y", "Het bedrijf is lid van Y")."""
    body = sent.orgs[k]
    if k == 0:
        lead = sent.text[: body.start - sent.start]
        subject = P.SINGULAR.search(lead)
        return (
            subject is not None
            and subject.start() == 0
            and P.MEMBER_GAP.match(lead[subject.end() :]) is not None
        )
    member = sent.orgs[k - 1]
    gap = sent.text[member.end - sent.start : body.start - sent.start]
    return P.MEMBER_GAP.match(gap) is not None and not _qualifies_a_person(sent, member)


def _qualifies_a_person(sent: Sentence, m: OrgMention) -> bool:
    """``m`` follows "of"/"at"/"van"/"bij" ("Jan Vos of B", "a professor at B"): it says
    where a person works, it is not the member itself."""
    lead = sent.text[max(0, m.start - sent.start - 6) : m.start - sent.start]
    return P.PERSON_OF_BEFORE.search(lead) is not None


def _parenthesised_names(sentences: Sequence[Sentence]) -> dict[str, str]:
    """Names that stand in brackets right after another name and alone there: "the Flemish
    Institute for Technological Research (VITO)" names one organisation, even when the two
    forms were resolved to different names."""
    same: dict[str, str] = {}
    for sent in sentences:
        if len(sent.orgs) < 2:
            continue
        for k in sorted(short_forms(sent)):
            same.setdefault(sent.orgs[k].name, sent.orgs[k - 1].name)
    return same


def _records_in(i: int, page: PageState) -> list[Record]:
    sent = page.sentences[i]
    text = sent.text
    gates = page.gates[sent.unit]
    if not gates.triggers and not gates.sentence:
        # A unit without any stem (speed, not meaning): no trigger, and the check
        # on the sentence-level stems below would end it here too.
        return []
    # Quoted speech tells no tie, unless a known speaker tells it as "we" (``spoken_for``)
    # and not as a wish ("we are proud to work with A").
    spoken = spoken_for(i, page) if sent.quotes else []
    hits = [
        h
        for h in triggers(text, gates)
        if not any(
            a <= h[0] < b
            and ((a, b) not in spoken or P.QUOTED_WISH.search(text, max(a, h[0] - 4), h[0]))
            for a, b in sent.quotes
        )
        and not (h[2] != "termination" and P.GENERIC_COUNTERPART.match(text, h[1]))
    ]
    if len(hits) > 1 and sent.orgs:
        hits = _without_descriptors(sent, hits)
    if hits and text.endswith(":"):
        listed = _bulleted(i, page, hits)
        if listed:
            return listed
    elif (
        text.endswith(":")
        and sent.orgs
        and i
        and i - 1 not in page.used
        and page.sentences[i - 1].unit == sent.unit
    ):
        # "The memoranda were signed last week. Each is a bilateral document between X and
        # one partner:": the list's intro without a trigger of its own, after a sentence
        # about plural agreements in the same paragraph that gave no record of its own.
        lead = page.sentences[i - 1]
        lead_hits = triggers(lead.text, gates)
        if any(P.PLURAL_AGREEMENTS.search(lead.text[a:b]) for a, b, _t, _s in lead_hits):
            listed = _bulleted(i, page, lead_hits, i - 1)
            if listed:
                return listed
    if not hits and sent.orgs and ("member" in text or "lid " in text or "leden" in text):
        elliptic = _elliptic_members(i, page)
        if elliptic:
            return elliptic
    if not hits and len(sent.orgs) >= 3 and " by " in text:
        founded = _founded_group(i, page)
        if founded:
            return founded
    if not hits and len(sent.orgs) >= 3:
        founders = _founders_before(i, page)
        if founders:
            return founders
    if hits and len(sent.orgs) <= 2:
        told = _one_per_sentence(i, page, hits)
        if told:
            return told
    low = text.lower()
    # Cheap pre-check (speed, not meaning): a sentence without any of these stems states
    # no relationship, so the sentence-level patterns are not tried.
    if not hits and not any(map(low.__contains__, gates.sentence)):
        return []
    folded = low if text.isascii() else None
    anaphor = P.ANAPHOR.search(text, folded)
    join = P.JOIN.search(text, folded)
    if not (hits or anaphor or join or P.PARTNER_LIST.search(text, folded)):
        return []
    negation = P.NEGATION.search(text, folded)
    aside = _denial_aside(text, negation, folded) if negation else None
    if aside is not None:
        # "UZ Leuven, dat geen deel uitmaakt van het netwerk, sloot met elk van ...": the
        # denial is background to its subject; the main clause after it tells the tie.
        hits = [h for h in hits if h[0] >= aside] or hits
        negation = P.NEGATION.search(text[aside:], None if folded is None else folded[aside:])
    if negation:
        contrast = P.CONTRAST.search(text, negation.end())
        if contrast is not None and not any(h[0] >= contrast.end() for h in hits):
            # "X, which is not a signatory to the agreement but rents lab time to B": what
            # follows the contrast names no tie of its own, so the denial governs.
            contrast = None
        if contrast is None:
            # "X is not part of the agreement"; but "The partnership between A and B,
            # which started in 2021, is not part of the new contract" tells a tie of its own.
            return _apart_from(i, page, hits, negation)
        # "X is not part of the merger but has signed a letter of intent": what is denied
        # does not type the record.
        hits = [h for h in hits if h[0] >= contrast.end()] or hits
    hard, soft = exclusions(sent, page)
    if join is not None:
        about = signatory_aside(sent)
        if about is not None and about[0] < join.start() < about[1]:
            join = None  # "X, a member of G, signed memoranda with A": no joining told
    kept = [m.name for k, m in enumerate(sent.orgs) if k not in hard and k not in soft]
    groups = distinct(p for p in kept if page.is_group(p))
    members = distinct(p for p in kept if not page.is_group(p))
    joining = bool(join) and any(
        page.is_group(m.name) for k, m in enumerate(sent.orgs) if k not in hard
    )
    named_group = None
    if not joining and anaphor is not None and P.JOIN_EVENT.search(text, folded) and members:
        # "TNO will join the alliance": the alliance named before.
        if anaphor.group("noun").lower()[:5] in ("allia", "conso"):
            named_group = last_group(i, page, anaphor_family(anaphor.group("noun")))
            joining = named_group is not None
    elif not joining and not groups and members and P.OBJECTLESS_JOIN.search(text):
        # "A and B will join as associate members next year", "Two more universities will
        # sign up as partners: A and B": joining told without the body, the one named last.
        named_group = last_group(i, page, ())
        joining = named_group is not None
    elif (
        not joining
        and anaphor is not None
        and members
        and not groups
        and any(h[2] == "termination" for h in hits)
        and anaphor.group("noun").lower()[:5] in ("allia", "conso")
    ):
        # "Lille announced it would leave the alliance": the alliance named before.
        named_group = last_group(i, page, anaphor_family(anaphor.group("noun")))
    if not joining and named_group is None and join is not None and members and not groups:
        # "X sluit zich op 1 januari bij dat netwerk aan", "Y is al lid van het netwerk": the
        # body joined or belonged to, referred to by its kind, is the one named before.
        body = P.BODY_ANAPHOR.search(text, join.start())
        if body is not None:
            noun = body.group("noun").lower()
            kinds = anaphor_family(noun) if noun[:5] in ("allia", "conso") else ()
            named_group = last_group(i, page, kinds)
            joining = named_group is not None
    listing = bool(groups) and len(members) >= 2 and bool(P.PARTNER_LIST.search(text, folded))
    if not (hits or joining or listing or anaphor):
        # "Ook X sluit zich aan bij de afspraken": joining an agreement told before.
        return (join is not None and joined_agreement(i, page)) or []
    # 1. Clause level: one record per trigger with its own party list.
    clause = []
    # "The agreement between A and B is terminated": the ending types every clause record.
    ending = any(h[2] == "termination" for h in hits)
    for hit in hits:
        _start, end, ttype, strength = hit
        parties = clause_parties(sent, end, hard, merger=ttype == "other")
        if len(parties) >= 2:
            # "... zet de samenwerking met A voort, maar trekt de stekker uit B": an ending
            # in another clause does not end this one.
            ended = ending and _ending_in_clause(sent.text, hits, hit[0])
            ttype = "termination" if ended else compound_type(hits, hit)
            status = status_of(text, ttype)
            # "the memoranda between X and A, B and C": one of X with each.
            teams: Sequence[Sequence[str]] = between_hub(sent, hit, hard) or [parties]
            clause += [
                make_record(page, sent, i, ttype, team, status, strength, 0.9) for team in teams
            ]
    if clause:
        return clause
    spread = distributive_parties(sent, hits, hard, soft) if hits and not joining else None
    if spread is not None and any(not name for team in spread[1] for name in team):
        spread = _referred_subject(i, page, spread, folded)
    if spread is None and hits and not joining:
        spread = _passive_distributive(i, page, hits, hard, anaphor, folded) or more_ties_of(
            page, sent, hits, hard, soft
        )
    if spread is not None:
        (_start, _end, ttype, strength), pairs = spread
        # "signed double degree agreements with A and B": the compound names the type.
        ttype = "termination" if ending else compound_type(hits, spread[0])
        status = status_of(text, ttype)
        spread_records = [
            make_record(page, sent, i, ttype, pair, status, strength, 0.9) for pair in pairs
        ]
        return _dated_apart(sent, spread_records) + _elliptic_clauses(
            i, page, hits, hard, spread[0], ending
        )
    clauses = (
        clausal_parties(sent, hits, hard, _fronted_subject(i, page, folded))
        if hits and not joining
        else None
    )
    endings = _clause_endings(text, hits, clauses) if clauses is not None and ending else None
    if clauses is not None and endings is not None:
        # An ending types the clauses it stands in, not those split off by ", but".
        clauses = None if all(endings) else clauses
    if clauses is not None:
        statuses = [
            (t, status_of(c[1], t))
            for c, t in zip(
                clauses,
                [
                    "termination" if endings is not None and endings[k] else c[0][2]
                    for k, c in enumerate(clauses)
                ],
                strict=True,
            )
        ]
        # One relationship told twice has one type and status and the same parties; clauses
        # with partners of their own are ties of their own ("an exchange agreement with A,
        # and a joint degree agreement with B").
        separate = len({frozenset(c[2]) for c in clauses}) == len(clauses)
        if separate or len(set(statuses)) == len(statuses):
            return [
                make_record(page, sent, i, ttype, parties, status, trigger[3], 0.85)
                for (trigger, _clause, parties), (ttype, status) in zip(
                    clauses, statuses, strict=True
                )
            ]
    if not joining:
        coordinated = _coordinated(i, page, hits, hard, soft)
        if coordinated:
            return coordinated
    if hits:
        ttype, strength = main_trigger(_stated(text, hits))[2:]
    elif joining or listing:
        group = named_group or next(
            m.name for k, m in enumerate(sent.orgs) if k not in hard and page.is_group(m.name)
        )
        ttype, strength = page.kinds.get(group) or "alliance", 0.8
    else:
        return anaphoric_records(i, page, None)
    # 2. Sentence level. Places and background clauses count only when nothing else does.
    parties = distinct(m.name for k, m in enumerate(sent.orgs) if k not in hard)
    if hits and not joining:
        parties = _in_trigger_clause(sent, hits, parties, folded)
    if named_group is not None:
        parties.append(named_group)
    core = members if len(members) >= 2 else [p for p in parties if not page.is_group(p)]
    cand = Candidate(ttype, parties, list(core), {sent.orgs[k].name for k in soft} - set(kept))
    page.referent = None
    # 3. and 4. Coreference and partner lists, most specific first.
    anaphoric = _resolve(i, page, cand, hits, anaphor, joining)
    if anaphoric is not None:
        return anaphoric
    if not _valid(page, cand, joining):
        return _subjectless_tie(i, page, hits, hard, folded) if hits and not joining else []
    if not sent.orgs and not joining:
        newcomers = _newcomers(i, page, cand, text, hits)
        if newcomers:
            return newcomers
    # "Both agreements run for five years": the records just found, told again.
    if (anaphor is not None or not sent.orgs) and _restates(i, page, cand):
        return []
    status = _inherit(i, page, cand, text, hits, anaphor, status_of(_main_clause(text), ttype))
    if joining:
        joiners = _joiners(page, sent, cand)
        beside, span = _tie_beside_joining(i, page, hits, hard, joiners, join)
        rest = [p for p in joiners if not any(p in r.parties[1:] for r in beside)]
        if beside and rest:
            # "A joins G and signs an agreement with B": B joins nothing; the joining's
            # status is told outside the other tie's clause.
            joiners = rest
            outside = text[: span[0]] + text[span[1] :]
            status = status_of(outside, page.kinds.get(joiners[-1]) or "alliance")
        else:
            beside = []  # no joiner left outside the other tie: read it as before
        found = memberships(page, sent, i, joiners, status, strength, cand.method)
        return found + beside + _fellow_members(i, page, cand, joiners, strength)
    own = distinct(m.name for k, m in enumerate(sent.orgs) if k not in hard)
    if (
        len(own) == 1
        and len(cand.parties) > 2
        and hits
        and own[0] in cand.parties
        and (
            any(P.PLURAL_AGREEMENTS.search(text[a:b]) for a, b, _t, _s in hits)
            or P.EACH.search(text, folded) is not None
        )
    ):
        # "A has signed three memoranda. The partners are B, C and D.": one per partner;
        # so is "The three universities each signed an agreement with D".
        return [
            make_record(page, sent, i, cand.ttype, (own[0], other), status, strength, cand.method)
            for other in cand.parties
            if other != own[0]
        ]
    groups_here = [p for p in cand.parties if page.is_group(p)]
    if len(groups_here) == 1 and len(cand.parties) > 2 and companions_after_group(page, sent):
        # "A is a member of G, alongside B and C": one membership each.
        return [
            make_record(
                page, sent, i, cand.ttype, (one, groups_here[0]), status, strength, cand.method
            )
            for one in cand.parties
            if one != groups_here[0]
        ]
    if P.SEPARATE.search(text, folded) and len(cand.parties) > 2:
        first = cand.parties[0]
        prep = P.COUNTERPART.search(text, folded)
        partners = counterparts(sent, prep.end(), hard) if prep is not None else []
        if first in partners:
            # "X signed separate contracts with A, B and C" with X not found: no pairs
            # among the partners themselves.
            return []
        return [
            make_record(page, sent, i, cand.ttype, (first, other), status, strength, cand.method)
            for other in cand.parties[1:]
        ]
    return [make_record(page, sent, i, cand.ttype, cand.parties, status, strength, cand.method)]


def _tie_beside_joining(
    i: int,
    page: PageState,
    hits: list[tuple[int, int, str, float]],
    hard: set[int],
    joiners: list[str],
    join: re.Match[str] | None,
) -> tuple[list[Record], tuple[int, int]]:
    """ "A joins G and signs a framework agreement with B", "A renewed its partnership with
    B and joined G", "A treedt toe tot G en sluit een raamakkoord met B": a tie of its own,
    told by a trigger right before a counterpart list in a clause without the joining verb,
    is a record of the joining's subject and those counterparts, who join nothing. Returns
    the records and the clause's span (trigger to end of list)."""
    sent = page.sentences[i]
    text = sent.text
    folded = text.lower() if text.isascii() else None
    if join is None or not hits or P.COUNTERPART.search(text, folded) is None:
        return [], (0, 0)  # cheap checks first
    for prep in P.COUNTERPART.finditer(text, folded):
        listed, last_end = _listed_after(sent, prep.end(), hard)
        if not listed or any(page.is_group(p) or p not in joiners for p in listed):
            continue
        hit = next(
            (
                h
                for h in reversed(hits)
                if h[1] <= prep.start()
                and prep.start() - h[1] <= 40
                and h[2] not in GROUP_KINDS
                and not P.CLAUSE_BREAK.search(text, h[1], prep.start())
            ),
            None,
        )
        if hit is None or hit[0] <= join.start() < last_end:
            continue  # the joining verb stands inside the tie's clause
        own = [
            m.name
            for m in sent.orgs
            if m.end - sent.start <= hit[0] and m.name in joiners and not page.is_group(m.name)
        ]
        subjects = distinct(own)
        if not subjects:
            continue
        # The tie's clause: from the joining verb or the comma before it, up to the
        # joining verb or the comma after it ("A, which has its own agreement with B, will
        # join G next year").
        start = max(join.end() if join.end() <= hit[0] else 0, text.rfind(",", 0, hit[0]) + 1)
        close = _CLAUSE_END.search(text, last_end)
        end = min(
            join.start() if join.start() >= last_end else len(text),
            close.start() if close is not None else len(text),
        )
        ttype = compound_type(hits, hit)
        status = status_of(text[start:end], ttype)
        if status_cue(text[start:end]) is None and P.RELATIVE_BEFORE.match(text[start:].lstrip()):
            status = "ongoing"  # "A, which has its own agreement with B, ...": a standing tie
        rec = make_record(page, sent, i, ttype, [*subjects, *listed], status, hit[3], 0.8)
        return [rec], (start, end)
    return [], (0, 0)


def _listed_after(sent: Sentence, pos: int, hard: set[int]) -> tuple[list[str], int]:
    """The counterparts listed right after offset ``pos`` and where the last one ends."""
    listed = counterparts(sent, pos, hard)
    ends = [
        m.end - sent.start for m in sent.orgs if m.name in listed and m.start - sent.start >= pos
    ]
    return listed, max(ends, default=pos)


def _subjectless_tie(
    i: int,
    page: PageState,
    hits: list[tuple[int, int, str, float]],
    hard: set[int],
    folded: str | None,
) -> list[Record]:
    """ "Het akkoord met A, dat in 2016 werd gesloten, loopt af", "The covenant with A has
    been extended", "De samenwerking met A en met B loopt door": a tie named by a definite
    noun with its counterparts and no organisation before it is a tie of the organisation
    the text is about (the site's owner, else the organisation the page's records so far
    are most about, ``_hub``). One record per counterpart when each has its own preposition
    or the noun is plural."""
    sent = page.sentences[i]
    text = sent.text
    prep = P.COUNTERPART.search(text, folded)
    if prep is None or any(m.start - sent.start < prep.start() for m in sent.orgs):
        return []
    noun = next(
        (
            h
            for h in hits
            if h[1] <= prep.start() and P.TIE_TO_COUNTERPART.fullmatch(text, h[1], prep.start())
        ),
        None,
    )
    if noun is None:
        noun = _running_after_list(sent, hits, prep.end(), hard)
        if noun is None:
            return []
    elif P.TIE_DETERMINER.search(text[: noun[0]]) is None:
        # "A similar agreement was signed with A", "A second memorandum, with A, ...": an
        # indefinite tie is the text's subject's when it is passive or opens the sentence;
        # "De havenautoriteit sloot een vergelijkbare overeenkomst met A" has its own.
        new = P.NEW_TIE_DETERMINER.search(text[: noun[0]])
        if new is None or (new.start() > 0 and not text[noun[1] : prep.start()].strip(" ,")):
            return []
    first = next((m for m in sent.orgs if m.start - sent.start >= prep.end()), None)
    if first is None or not P.NEAR_COUNTERPART.fullmatch(
        text[prep.end() : first.start - sent.start]
    ):
        return []  # "the partnerships with Dutch members comes from X": no counterpart
    listed = counterparts(sent, prep.end(), hard)
    subject = page.owner or _hub(page)
    if not listed or subject is None or subject in listed:
        return []
    page.subjects[i] = subject
    # An ending is this tie's unless another tie noun stands between them ("The agreement
    # with A replaces the memorandum that expired in May" ends the memorandum).
    ends = any(
        h[2] == "termination" and P.ORIGIN_NOUN.search(text, noun[1], max(h[1], noun[1])) is None
        for h in hits
    )
    ttype, strength = main_trigger(hits)[2:] if ends else (compound_type(hits, noun), noun[3])
    status = status_of(text, ttype)
    plural = P.PLURAL_AGREEMENTS.search(text[noun[0] : noun[1]]) is not None
    each = plural or sum(1 for _ in P.COUNTERPART.finditer(text, folded)) > 1
    groups = [(subject, other) for other in listed] if each else [(subject, *listed)]
    found = [make_record(page, sent, i, ttype, g, status, strength, 0.75) for g in groups]
    if ttype != "termination":
        return found
    # The ending's tie, when the making a clause dates is told beside it.
    origin = noun[2] if noun[2] != "termination" else "agreement"
    return made_then_ended(sent, found, origin) or found


def _running_after_list(
    sent: Sentence, hits: list[tuple[int, int, str, float]], list_at: int, hard: set[int]
) -> tuple[int, int, str, float] | None:
    """The tie a sentence that opens with its counterparts tells as running, with no
    organisation as its subject ("Met A loopt sinds 2019 een onderzoeksproject"); else None.
    ``list_at`` is where the list starts, right after the opening "met"/"with"."""
    text = sent.text
    if not text[: list_at + 1].lower().startswith(("met ", "with ")):
        return None
    listed = counterparts(sent, list_at, hard)
    inside = [m.end - sent.start for m in sent.orgs if m.name in listed]
    if not listed or len(inside) != len(sent.orgs):
        return None  # an organisation after the list may be the subject
    end = max(inside)
    noun = next((h for h in hits if h[0] >= end), None)
    if noun is None:
        return None
    if P.LIST_TO_RUNNING_TIE.fullmatch(text, end, noun[0]) is not None:
        return noun
    if not text[end : noun[0]].strip() and P.RUNNING_TIE.match(text, noun[0]) is not None:
        return noun  # the trigger opens with the running verb: "loopt een project"
    return None


def _hub(page: PageState) -> str | None:
    """The organisation the page's records so far are most about (a party in most of them,
    the earliest on a tie; alliances aside); None before the first record."""
    counts = Counter(p for r in page.records for p in r.parties if not page.is_group(p))
    return counts.most_common(1)[0][0] if counts else None


def _fronted_subject(i: int, page: PageState, folded: str | None) -> str | None:
    """The organisation a description names after a fronted counterpart ("Met A sloot de
    universiteit een raamakkoord, met B ..."); else None."""
    text = page.sentences[i].text
    if not text[:5].lower().startswith(("met ", "with ")):
        return None  # cheap check first: only a sentence that opens with its counterpart
    reference = P.SINGULAR.search(text, folded)
    if reference is None:
        return None
    return previous_subject(i, page, reference.group().lower())


def _denial_aside(text: str, negation: re.Match[str], folded: str | None) -> int | None:
    """Where the main clause resumes when a denial stands in a background clause about the
    subject, between commas and before the main verb: "X, which is not part of the
    network, signed agreements with ...", "X, dat geen lid is van G, sloot ..."; else None."""
    relative = next(
        (r for r in P.RELATIVE.finditer(text, folded) if r.start() < negation.start()), None
    )
    if relative is None or relative.start() == 0:
        return None
    close = text.find(",", negation.end())
    if close < 0 or "," in text[relative.end() : negation.start()]:
        return None  # the clause closed before the denial
    if P.ACTS_AFTER_CLAUSE.match(text, close) is None:
        return None
    return close


def _joiners(page: PageState, sent: Sentence, cand: Candidate) -> list[str]:
    """The parties of a joining: "MST sluit zich aan bij het netwerk G, dat Radboudumc in
    2024 oprichtte": a member named in a background clause (soft) after the body joined
    does not join when a member outside it does."""
    first: dict[str, int] = {}
    for m in sent.orgs:
        first.setdefault(m.name, m.start)
    group_at = min(
        (first[p] for p in cand.parties if page.is_group(p) and p in first), default=None
    )
    if group_at is None:
        return cand.parties

    def background(p: str) -> bool:
        return p in cand.soft and not page.is_group(p) and first.get(p, -1) > group_at

    if any(not page.is_group(p) and not background(p) for p in cand.parties):
        return [p for p in cand.parties if not background(p)]
    return cand.parties


def _founded_group(i: int, page: PageState) -> list[Record]:
    """ "ASSA was founded in 2019 by A, B and C": an alliance or consortium named by its own
    name (no group noun in the sentence) and founded by several organisations is one record
    of its founders, of the body's kind; the body itself is not a party to its founding."""
    sent = page.sentences[i]
    body = sent.orgs[0]
    if not page.is_group(body.name):
        return []
    made = P.CREATED_AFTER.match(sent.text, body.end - sent.start)
    by = P.FOUNDED_BY.match(sent.text, made.end()) if made is not None else None
    if by is None:
        return []
    hard, _soft = exclusions(sent, page)
    founders = [f for f in counterparts(sent, by.end(), hard) if not page.is_group(f)]
    if len(founders) < 2:
        return []
    ttype = page.kinds.get(body.name) or "alliance"
    return [make_record(page, sent, i, ttype, founders, "signed", 0.8, 0.8)]


def _founders_told(i: int, page: PageState, found: list[Record]) -> list[Record]:
    """ "The alliance, founded in 2020 by A and B, sets standards", "X joined G, which was set
    up in 2023 by A, B and C": the founders listed after "founded ... by" make the body, so
    their record is theirs alone (the body is no party to its own founding, nor is an
    organisation that joins later); a sentence that told no founders' record gets one, of
    the kind of the body named before the founding."""
    sent = page.sentences[i]
    if len(sent.orgs) < 2 or " by " not in sent.text and " door " not in sent.text:
        return found  # cheap check first
    by = P.FOUNDED_BY_LIST.search(sent.text)
    if by is None:
        return found
    hard, _soft = exclusions(sent, page)
    founders = [f for f in counterparts(sent, by.end(), hard) if not page.is_group(f)]
    if len(founders) < 2:
        return found
    kept = set(founders)
    # "founded in 2020 by": the founders' record is dated by its founding, not by a join or
    # other event the sentence tells beside it.
    made = founding_date(sent, by.start(), by.end())
    out: list[Record] = []
    told = False
    for rec in found:
        if rec.type in GROUP_KINDS and kept <= set(rec.parties):
            rec = replace(rec, parties=tuple(founders))
            rec = rec if made is None else replace(rec, date=made, explicit=True)
            told = True
        out.append(rec)
    if told:
        return out
    body = next(
        (
            m.name
            for m in reversed(sent.orgs)
            if m.start - sent.start < by.start() and page.is_group(m.name)
        ),
        None,
    )
    if body is None or any(kept <= set(r.parties) for r in found):
        return found
    ttype = page.kinds.get(body) or "alliance"
    rec = make_record(page, sent, i, ttype, founders, "signed", 0.8, 0.8)
    return [*found, rec if made is None else replace(rec, date=made, explicit=True)]


def _founders_before(i: int, page: PageState) -> list[Record]:
    """ "A, B and C founded G in 2010", "A and B have formed G since 2019": an alliance or
    consortium named by its own name and made by the organisations listed before the verb
    is one record of its makers, of the body's kind (as ``_founded_group`` in the passive);
    the body is not a party to its own making."""
    sent = page.sentences[i]
    text = sent.text
    k = next((k for k, m in enumerate(sent.orgs) if page.is_group(m.name)), None)
    if k is None or k < 2:
        return []
    body = sent.orgs[k]
    rel = body.start - sent.start
    window = text[max(0, rel - 70) : rel]
    verb = P.CREATED.search(window) or P.FORMED.search(window)
    if verb is None:
        return []
    hard, _soft = exclusions(sent, page)
    makers = sent.orgs[:k]
    if any(j in hard or page.is_group(m.name) for j, m in enumerate(makers)):
        return []
    # The makers are one list, the subject right before the verb: "A, B en C richtten".
    for one, two in zip(makers, makers[1:], strict=False):
        if not P.COUNTERPART_GLUE.fullmatch(text[one.end - sent.start : two.start - sent.start]):
            return []
    verb_at = rel - len(window) + verb.start()
    if len(text[makers[-1].end - sent.start : verb_at].split()) > 3:
        return []
    founders = distinct(m.name for m in makers)
    if len(founders) < 2:
        return []
    ttype = page.kinds.get(body.name) or "alliance"
    return [make_record(page, sent, i, ttype, founders, status_of(text, ttype), 0.8, 0.8)]


def _elliptic_members(i: int, page: PageState) -> list[Record]:
    """ "A joined G. B and C are already members.", "A sluit zich aan bij G. B en C zijn er al
    lid van.": a membership told without its body is of the alliance named last: one
    record of the body and every member named (fixtures/gold/README.md: "both universities
    are members of G" is one record of G and both)."""
    sent = page.sentences[i]
    told = P.ELLIPTIC_MEMBER.search(sent.text)
    if told is None:
        return []
    hard, _soft = exclusions(sent, page)
    members = distinct(
        m.name
        for k, m in enumerate(sent.orgs)
        if k not in hard
        and m.end - sent.start <= told.start()
        and not page.is_group(m.name)
        # "Jan Vos of B is a member": the person is.
        and not _qualifies_a_person(sent, m)
    )
    group = last_group(i, page, ())
    if not members or group is None or any(page.is_group(m.name) for m in sent.orgs):
        return []
    ttype = page.kinds.get(group) or "alliance"
    status = status_of(sent.text, ttype)
    return [make_record(page, sent, i, ttype, [*members, group], status, 0.7, 0.7)]


def _fellow_members(
    i: int, page: PageState, cand: Candidate, joiners: list[str], strength: float
) -> list[Record]:
    """ "Avans treedt toe tot G, waar BUas al sinds 2022 lid van is", "A joins G, of which B
    and C are already members": the members a relative clause after the body names are
    members of it too: one standing membership of the body and all of them."""
    sent = page.sentences[i]
    groups = [p for p in joiners if page.is_group(p)]
    others = [p for p in cand.parties if p not in joiners and not page.is_group(p)]
    clause = P.FELLOW_MEMBERS.search(sent.text)
    if len(groups) != 1 or not others or clause is None:
        return []
    # Their membership is dated only by the clause ("al sinds 2022"), not by the joining.
    since = next(
        (d for d in sent.dates if d.span is not None and d.span[0] - sent.start >= clause.start()),
        None,
    )
    ttype = page.kinds.get(groups[0]) or "alliance"
    return [
        replace(
            make_record(
                page, sent, i, ttype, (*others, groups[0]), "ongoing", strength, cand.method
            ),
            date=since,
            explicit=since is not None,
        )
    ]


def _apart_from(
    i: int, page: PageState, hits: list[tuple[int, int, str, float]], negation: re.Match[str]
) -> list[Record]:
    """ "The partnership between A and B, which started in 2021, continues separately and
    is not part of the new contract", "de samenwerking van A met B valt geen onderdeel van
    de nieuwe overeenkomst": a tie named before a denial that it belongs to another one
    (the denied object is a tie noun) goes on, between the two organisations named before
    the denial. Anything else denied ("X is not part of the agreement") gives nothing."""
    sent = page.sentences[i]
    if not P.APART_FROM.match(sent.text, negation.start()):
        return []
    before = [h for h in hits if h[1] <= negation.start()]
    hard, _soft = exclusions(sent, page)
    named = distinct(
        m.name
        for k, m in enumerate(sent.orgs)
        if k not in hard and m.end - sent.start <= negation.start()
    )
    if not before or len(named) != 2:
        return []
    ttype, strength = main_trigger(before)[2:]
    if ttype == "termination":
        return []
    status = status_of(sent.text[: negation.start()], ttype)
    return [make_record(page, sent, i, ttype, named, status, strength, 0.8)]


def _bulleted(
    i: int, page: PageState, hits: list[tuple[int, int, str, float]], lead: int | None = None
) -> list[Record]:
    """ "X has signed agreements with:" and then one list item per partner ("Utrecht
    University, on data science;", "TU Delft – research agreement"): one record per item,
    each of the item's own type when it names one. The intro must govern a list (a plural
    agreement noun, "each", or a counterpart preposition right before the colon) and name
    one signatory, else the organisation the text is about signs. A singular agreement ("a
    covenant with:") is one agreement of them all. ``lead`` is the sentence ``hits`` were
    found in when the intro has none of its own (the one just before): it tells and dates
    the records."""
    sent = page.sentences[i]
    text = sent.text
    at = i if lead is None else lead
    told = page.sentences[at]
    folded = text.lower() if text.isascii() else None
    plural = any(P.PLURAL_AGREEMENTS.search(told.text[a:b]) for a, b, _t, _s in hits)
    spread = plural or P.EACH.search(text, folded) is not None
    if not (spread or P.COUNTERPART_LIST_INTRO.search(text, folded)):
        return []
    hard, _soft = exclusions(sent, page)
    own = distinct(m.name for k, m in enumerate(sent.orgs) if k not in hard)
    subject = own[0] if len(own) == 1 else None
    if not own:
        subject = previous_subject(i, page, "it")
    if subject is None:
        return []
    items: list[tuple[int, str]] = []
    j = i + 1
    while j < len(page.sentences):
        item = page.sentences[j]
        if item.unit == page.sentences[j - 1].unit and j != i + 1:
            j += 1  # a later sentence of the same item
            continue
        if item.unit == sent.unit or not item.orgs:
            break
        first = item.orgs[0]
        if first.name == subject:
            break
        if first.start - item.start > 4 and not opens_with_tie(item):
            # An item starts with its partner's name ("the " may stand before), or with
            # its own tie and the partner ("a research contract with B;").
            break
        items.append((j, first.name))
        j += 1
    if len(items) < 2:
        return []
    ttype, strength = main_trigger(hits)[2:]
    status = status_of(told.text, ttype)
    if not spread:
        # "signed a covenant with:" and its list: one agreement of them all.
        page.used.update(j for j, _p in items)
        team = distinct([subject, *(p for _j, p in items)])
        return [make_record(page, told, at, ttype, team, status, strength, 0.85)]
    out = []
    for j, partner in items:
        item = page.sentences[j]
        mine = triggers(item.text, page.gates[item.unit])
        kind, power = main_trigger(mine)[2:] if mine else (ttype, strength)
        page.used.add(j)
        out.append(make_record(page, told, at, kind, (subject, partner), status, power, 0.85))
    return out


def _one_per_sentence(
    i: int, page: PageState, hits: list[tuple[int, int, str, float]]
) -> list[Record]:
    """ "X signed three agreements on Tuesday. With A it will develop a minor. With B it
    will share a lab. The agreement with C covers defence research.": a plural agreement
    noun with one signatory and no partner, then one sentence per partner, each opening
    with its partner ("With A", "The agreement with A", "The second, with B")."""
    sent = page.sentences[i]
    text = sent.text
    if not any(P.PLURAL_AGREEMENTS.search(text[a:b]) for a, b, _t, _s in hits):
        return []
    hard, _soft = exclusions(sent, page)
    own = distinct(m.name for k, m in enumerate(sent.orgs) if k not in hard)
    if len(own) != 1:
        return []
    subject = own[0]
    items: list[tuple[int, str]] = []
    for j in range(i + 1, min(len(page.sentences), i + 8)):
        later = page.sentences[j]
        first = later.orgs[0] if later.orgs else None
        if first is None or first.name == subject:
            break
        opening = later.text[: first.start - later.start]
        if not P.PARTNER_SENTENCE.match(opening):
            break
        items.append((j, first.name))
    if len(items) < 2:
        return []
    ttype, strength = main_trigger(hits)[2:]
    status = status_of(text, ttype)
    page.used.update(j for j, _p in items)
    return [
        make_record(page, sent, i, ttype, (subject, partner), status, strength, 0.8)
        for _j, partner in items
    ]


def _newcomers(
    i: int,
    page: PageState,
    cand: Candidate,
    text: str,
    hits: list[tuple[int, int, str, float]],
) -> list[Record]:
    """ "G admitted A and B as members. Both will join on 1 January.": organisations told
    by reference that just became members of one alliance, in a sentence about joining it,
    are each that alliance's member again (the records merge with the admission), not a
    tie between the newcomers."""
    if len(cand.parties) < 2 or any(page.is_group(p) for p in cand.parties):
        return []
    about = bool(P.JOIN_EVENT.search(text)) or any(h[2] in GROUP_KINDS for h in hits)
    if not about and not P.NEW_MEMBERS.search(text):
        return []
    groups: set[str] = set()
    reach = 10 if P.NEW_MEMBERS.search(text) else 6  # "both new members" looks further back
    for name in cand.parties:
        mine = {
            p
            for r in page.records
            if i - r.index <= reach and name in r.parties and len(r.parties) == 2
            for p in r.parties
            if page.is_group(p)
        }
        if not mine:
            return []
        groups |= mine
    if len(groups) != 1:
        return []
    (group,) = groups
    status = status_of(text, page.kinds.get(group) or "alliance")
    out = [
        make_record(
            page,
            page.sentences[i],
            i,
            page.kinds.get(group) or "alliance",
            (name, group),
            status,
            0.8,
            0.7,
        )
        for name in cand.parties
    ]
    return out


def _ending_in_clause(text: str, hits: list[tuple[int, int, str, float]], pos: int) -> bool:
    """True when a termination trigger stands in the clause around ``pos`` (clauses split
    at "; " and ", but" / ", maar"), or the sentence has one clause."""
    cuts = [m.start() for m in P.CLAUSE_SPLIT_WIDE.finditer(text)]
    start = max((c for c in cuts if c <= pos), default=0)
    end = min((c for c in cuts if c > pos), default=len(text))
    return any(h[2] == "termination" and start <= h[0] < end for h in hits)


def _clause_endings(
    text: str,
    hits: list[tuple[int, int, str, float]],
    clauses: list[tuple[tuple[int, int, str, float], str, list[str]]],
) -> list[bool]:
    """Which of a sentence's clauses (``clausal_parties``, in order) an ending types: those
    in the stretch around a termination trigger (``_ending_in_clause``), but not a clause
    with no ending of its own that tells its own status ("ends its contract with A and
    renews its partnership with B": the renewal is no ending)."""
    out = []
    start = 0
    for trigger, clause, _parties in clauses:
        end = start + len(clause)
        ended = _ending_in_clause(text, hits, trigger[0])
        if (
            ended
            and not any(h[2] == "termination" and start <= h[0] < end for h in hits)
            and status_cue(clause) is not None
        ):
            ended = False
        out.append(ended)
        start = end
    return out


def _referred_subject(
    i: int,
    page: PageState,
    spread: tuple[tuple[int, int, str, float], Sequence[tuple[str, ...]]],
    folded: str | None,
) -> tuple[tuple[int, int, str, float], list[tuple[str, str]]] | None:
    """A distributive list with a party told by reference (``""`` in its pairs): the
    subject of a repeated counterpart list ("On Tuesday it signed an agreement with A, and
    on Wednesday with B", "de universiteit tekende met A en met B") when the reference
    stands before the list; the subject after a fronted list ("Met A, B en C sloot de
    universiteit overeenkomsten"); the one counterpart of several signatories ("A, B and C
    signed memoranda with the university"). The reference names the organisation."""
    sent = page.sentences[i]
    reference = P.SINGULAR.search(sent.text, folded)
    prep = P.COUNTERPART.search(sent.text, folded)
    if prep is None:
        return None
    counterpart = all(not other for _one, other in spread[1])
    fronted = not counterpart and fronted_list(sent.text, prep.start())
    if reference is None and not fronted:
        return None
    if reference is not None and reference.start() > prep.start() and not counterpart:
        if not fronted:
            return None
    named = {n for pair in spread[1] for n in pair if n}
    # "Met A, B en C werden overeenkomsten gesloten": passive, the text's subject signed.
    phrase = "it" if reference is None else reference.group().lower()
    subject = previous_subject(i, page, phrase)
    if subject is None or subject in named:
        return None
    if not counterpart:
        page.subjects[i] = subject
    return spread[0], [(one or subject, other or subject) for one, other in spread[1]]


def _passive_distributive(
    i: int,
    page: PageState,
    hits: list[tuple[int, int, str, float]],
    hard: set[int],
    anaphor: re.Match[str] | None,
    folded: str | None,
) -> tuple[tuple[int, int, str, float], list[tuple[str, str]]] | None:
    """ "X signed two memoranda and two agreements. The memoranda were signed with A and B.",
    "During the visit, cooperation agreements were signed with A, B and C": plural
    agreements told without their subject, each with one partner of the list; the subject
    is the organisation the text is about."""
    sent = page.sentences[i]
    prep = P.COUNTERPART.search(sent.text, folded)
    if prep is None or any(m.start - sent.start < prep.start() for m in sent.orgs):
        return None
    phrase = "it"
    if anaphor is not None and anaphor.start() <= 4:
        if not P.PLURAL_AGREEMENTS.search(anaphor.group()):
            return None
        trigger = next((h for h in hits if h[0] < prep.start()), None)
    else:
        # "The university signed memoranda with A, B and C", "It also signed agreements
        # with ...", "memoranda were signed with ...": the plural noun governs the list.
        trigger = governing_plural(sent.text, hits, prep.start())
        if trigger is None:
            return None
        described = P.SINGULAR.search(sent.text[: trigger[0]], None)
        if described is not None:
            phrase = described.group().lower()
    listed = counterparts(sent, prep.end(), hard)
    subject = previous_subject(i, page, phrase)
    if trigger is None or not listed or subject is None or subject in listed:
        return None
    if len(listed) < 2 and not (anaphor is not None and anaphor.start() <= 4):
        return None  # one partner: the sentence's own reading does as well
    page.subjects[i] = subject
    return trigger, [(subject, other) for other in listed]


def _elliptic_clauses(
    i: int,
    page: PageState,
    hits: list[tuple[int, int, str, float]],
    hard: set[int],
    spread: tuple[int, int, str, float],
    ending: bool,
) -> list[Record]:
    """ "X signed agreements with A and B, and a memorandum with C": the clauses after a
    distributive list that share its subject and verb, each with its own trigger."""
    sent = page.sentences[i]
    clauses = clausal_parties(sent, hits, hard)
    if clauses is None:
        return []
    out = []
    for trigger, clause, parties in clauses:
        if trigger[0] <= spread[0]:
            continue  # the distributive list itself, or a clause before it
        ttype = "termination" if ending else trigger[2]
        status = status_of(clause, ttype)
        subject, listed = parties[0], parties[1:]
        plural = P.PLURAL_AGREEMENTS.search(sent.text[trigger[0] : trigger[1]]) is not None
        teams = [[subject, other] for other in listed] if plural else [parties]
        out += [make_record(page, sent, i, ttype, team, status, trigger[3], 0.85) for team in teams]
    return out


def _without_descriptors(
    sent: Sentence, hits: list[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """ "The European university alliance Una Europa ... signed a memorandum with C": a
    relationship noun right before a name describes that name, and one inside a name is part
    of it; the other triggers say what the sentence states."""
    starts = {m.start - sent.start for m in sent.orgs}
    spans = [(m.start - sent.start, m.end - sent.start) for m in sent.orgs]
    text = sent.text
    kept = [
        h
        for h in hits
        # An ending is a verb, not a noun describing the name after it: "In juni beëindigde
        # TNO de samenwerking" (a Dutch verb before its subject).
        if (h[2] == "termination" or len(text) - len(text[h[1] :].lstrip()) not in starts)
        # A word of a name is no trigger: "the North Sea Coast Alliance signed a memorandum".
        and not any(a <= h[0] and h[1] <= b for a, b in spans)
    ]
    return kept or hits


def _in_trigger_clause(
    sent: Sentence, hits: list[tuple[int, int, str, float]], parties: list[str], folded: str | None
) -> list[str]:
    """ "A and B have long worked together, but with C it is the first time": when every
    trigger sits in one clause that names two parties, the other clauses' names are not."""
    splits = [m.start() for m in P.CLAUSE_SPLIT_WIDE.finditer(sent.text, folded)]
    if not splits:
        return parties
    start = max((s for s in splits if s <= hits[0][0]), default=0)
    end = min((s for s in splits if s > hits[0][0]), default=len(sent.text))
    if any(not start <= h[0] < end for h in hits):
        return parties
    here = same_clause(sent, hits[0][0])
    mine = [p for p in parties if p in here]
    return mine if len(mine) >= 2 else parties


def _dated_apart(sent: Sentence, records: list[Record]) -> list[Record]:
    """ "signed agreements with A on Monday and with B on Tuesday": each partner of a
    distributive list takes the date that follows it, when every partner has its own."""
    dates = [d for d in sent.dates if d.value is not None and d.span is not None]
    if len(records) < 2 or len(dates) != len(records):
        return records
    starts: dict[str, int] = {}
    for m in sent.orgs:
        starts.setdefault(m.name, m.start)
    partners = [starts.get(r.parties[-1]) for r in records]
    if any(p is None for p in partners):
        return records
    bounds = [*partners[1:], sent.end]
    for partner, date_, bound in zip(partners, dates, bounds, strict=True):
        if not partner < date_.span[0] < bound:  # type: ignore[index, operator]
            return records
    return [replace(r, date=d, explicit=True) for r, d in zip(records, dates, strict=True)]


def _stated(
    text: str, hits: list[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """The triggers that state the sentence's relationship: not those in a background
    relative clause (", whose institute works closely with X,"), and after "builds on"
    ("The new agreements build on A's collaboration with B") only what is built on."""
    if len(hits) < 2:
        return hits  # one trigger states whatever the sentence states
    aside = _ASIDE.match(text)
    if aside is not None:
        # "Alongside the memorandum, A and B renewed their agreement": the agreement.
        hits = [h for h in hits if h[0] >= aside.end()] or hits
    built = P.BUILDS_ON.search(text)
    if built is not None:
        after = [h for h in hits if h[0] >= built.end()]
        # A memorandum built on is the older document, not what the sentence states: "A
        # and B signed a research agreement that builds on the memorandum they signed in
        # 2023" is the agreement (the gold files keep a letter of intent and the agreement
        # it leads to apart).
        if after and any(h[2] != "mou" for h in after):
            hits = after
    relative = P.RELATIVE.search(text)
    if relative is not None:
        close = text.find(",", relative.end())
        end = close if close >= 0 else len(text)
        outside = [h for h in hits if not relative.start() <= h[0] < end]
        if outside:
            return outside
    return hits


def _main_clause(text: str) -> str:
    """``text`` without a background relative clause: "A is a member of G, a network that
    was founded in 1985" is a membership, not a founding."""
    relative = P.RELATIVE.search(text)
    if relative is None:
        return text
    close = text.find(",", relative.end())
    return text[: relative.start()] + (text[close:] if close >= 0 else "")


def _coordinated(
    i: int,
    page: PageState,
    hits: list[tuple[int, int, str, float]],
    hard: set[int],
    soft: set[int],
) -> list[Record]:
    """ "A and B offer joint programmes, and A and C work together": a record per clause,
    when every clause names its own trigger and two organisations."""
    sent = page.sentences[i]
    if len(sent.orgs) < 2:
        return []  # every clause needs two organisations of its own
    bounds = [0, *(m.end() for m in P.CLAUSE_SPLIT.finditer(sent.text)), len(sent.text)]
    if len(bounds) < 3:
        return []
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        mine = [h for h in hits if a <= h[0] < b]
        ks = [k for k, m in enumerate(sent.orgs) if a <= m.start - sent.start < b and k not in hard]
        names = distinct(sent.orgs[k].name for k in ks if k not in soft)
        if len(names) < 2:
            names = distinct(sent.orgs[k].name for k in ks)
        if not mine or len(names) < 2:
            return []
        ttype, strength = main_trigger(mine)[2:]
        status = status_of(sent.text[a:b], ttype)
        out.append(make_record(page, sent, i, ttype, names, status, strength, 0.8))
    return out


def _resolve(
    i: int,
    page: PageState,
    cand: Candidate,
    hits: list[tuple[int, int, str, float]],
    anaphor: re.Match[str] | None,
    joining: bool,
) -> list[Record] | None:
    """Complete ``cand`` by coreference; a list of records when the sentence only adds to
    an earlier record ("The new agreement was signed on 19 May")."""
    sent = page.sentences[i]
    text = sent.text

    def enough() -> bool:
        # A member and the alliance it joins are enough, even when the alliance is only
        # named in a side clause ("..., one of the founding members when G was set up").
        groups = sum(
            1 for p in cand.parties if page.is_group(p) and (joining or p not in cand.soft)
        )
        core = len(cand.core)
        return core >= 2 or (core == 1 and groups >= 1) or (joining and groups >= 2)

    folded = ascii_lower(text)
    if hits and not joining:
        joined = joined_agreement(i, page)
        if joined is not None:
            return joined
    _referents_with(i, page, cand, folded)
    counted = P.COREF_COUNTED.search(text, folded)
    if counted is not None and P.PLURAL_AGREEMENTS.search(counted.group()):
        counted = None  # "two cooperation agreements with Dutch partners" counts agreements
    elif counted is not None and P.COMPOSITION_BEFORE_COUNT.search(
        text, max(0, counted.start() - 60), counted.start()
    ):
        counted = None  # "G, a partnership of four trusts": what G is made of
    need = count_of(counted.group("num")) if counted else 0
    if counted and need >= 2 and len([p for p in cand.core if p not in cand.soft]) < need:
        nouns = VC.COREF_NOUNS.get(noun_key(counted.group("noun")), ())
        wanted = anaphor_family(anaphor.group("noun"))[:1] if anaphor is not None else ()
        resolved = resolve_counted(i, page, need, nouns, wanted)
        if resolved is not None:
            found, method, list_type = resolved
            # Names in another clause ("..., while NWO adds funding") are not among them.
            here = same_clause(sent, counted.start())
            cand.parties = [p for p in cand.parties if p in here]
            cand.core = [p for p in cand.core if p in here]
            firm = [p for p in cand.core if p not in cand.soft]
            if need == 2:
                found = counted_with_named(page, sent, counted.start(), nouns, firm, found)
            cand.add(found, method, first=True)
            cand.method = method
            cand.ttype = typed_by_list(cand.ttype, list_type)
    if not enough() and P.PRONOUN.search(text, folded):
        cand.add(previous_parties(i, page, sentence_first=True), 0.6, first=True)
    if not enough() and anaphor is not None and len(cand.core) < 2:
        again = anaphoric_records(i, page, cand.ttype)
        # "X also extended its agreement with Erasmus MC": a partner named in the sentence
        # that the earlier record does not have makes it another tie, not that record.
        if again and all(p in again[0].parties for p in cand.core if p not in cand.soft):
            return again
    if not enough() and hits:
        cand.add(described(i, page), 0.6)
    if not enough():
        listed = neighbour_list(i, page, 0, (i + 1, i - 1))
        if listed is not None:
            found, method, list_type = listed
            cand.add(found, method, first=True)
            cand.ttype = typed_by_list(cand.ttype, list_type)
    if not enough() and P.COREF_PLAIN.search(text, folded):
        cand.add(previous_parties(i, page, sentence_first=False), 0.6, first=True)
    # "The university and the city have cooperated since 2019": each description before the
    # trigger is the organisation of its kind named last.
    names = [(m.start - sent.start, m.end - sent.start) for m in sent.orgs]
    subjects = [
        s
        for s in P.SINGULAR.finditer(text, folded)
        # "The University of Groningen" is a name, not "the university" of before.
        if not any(s.start() < b and a < s.end() for a, b in names)
    ]
    for n, subject in enumerate(subjects):
        # "The mayor signed on behalf of the city, the rector on behalf of the university":
        # a description a signatory acts for names a party wherever it stands.
        acting = P.ACTING_FOR.search(text[max(0, subject.start() - 16) : subject.start()])
        # So does one told as the tie's other party: "signed a contract with the university".
        counterpart = bool(hits) and counterpart_reference(text, subject.span(), hits)
        # So does the subject put after the verb of a separable tie: "Met A werkt de
        # universiteit al jaren samen".
        inverted = bool(hits) and inverted_subject(text, subject.span(), hits)
        if hits and subject.start() >= hits[0][0] and not (acting or counterpart or inverted):
            break
        if not (len(cand.core) < 2 or (n == 0 and _acts(text, subject))):
            break
        phrase = subject.group().lower()
        head = phrase.split()[-1]
        named_before = [m.name for m in sent.orgs if m.start - sent.start < subject.start()]
        if (phrase == "it" and any(not page.is_group(n) for n in named_before)) or (
            phrase != "it" and any(head in n.lower() for n in named_before)
        ):
            # "A is a member of G, which it joined in 1996": "it" is A, named before;
            # "... of the Coimbra Group, and chairs the group's board": the group named.
            continue
        taken = cand.parties if counterpart else coordinated_names(sent, subject.end())
        found_subject = previous_subject(i, page, subject.group().lower(), taken)
        if found_subject:
            if n == 0:
                page.subjects[i] = found_subject
            if found_subject not in cand.parties:
                cand.add([found_subject], 0.6, first=n == 0)
    firm = [p for p in cand.core if p not in cand.soft]
    # A member and an alliance that acts are enough too: "G, of which A and B are members,
    # signed a memorandum with C" is G and C.
    acting_group = any(page.is_group(p) and p not in cand.soft for p in cand.parties)
    if len(firm) >= 2 or (firm and acting_group and not joining):
        cand.parties = [p for p in cand.parties if p not in cand.soft]
        cand.core = [p for p in cand.core if p not in cand.soft]
        # Members working "in the LDE alliance" make an alliance record.
        soft_group = next((n for n in cand.soft if page.is_group(n)), None)
        no_group = not any(page.is_group(p) for p in cand.parties)
        named = P.NAMED_AS.search(text, folded)  # "founded as a partnership of": its word
        if soft_group and cand.ttype in RETYPED_BY_GROUP and no_group and named is None:
            cand.ttype = page.kinds.get(soft_group) or cand.ttype
    return None


def _referents_with(i: int, page: PageState, cand: Candidate, folded: str | None) -> None:
    """ "De ziekenhuizen blijven samenwerken in het netwerk dat ze sinds 2019 vormen met A
    en B", "Both universities work together with A and B": a plural reference before a
    together-with list adds the organisations it refers to; the named ones are their
    partners, not the whole tie."""
    sent = page.sentences[i]
    text = sent.text
    named = [m for m in sent.orgs if m.name in cand.core]
    if not named or P.TOGETHER_WITH.search(text) is None:
        return  # cheap checks first (speed)
    ref = P.COREF_PLAIN.search(text, folded) or P.COREF_COUNTED.search(text, folded)
    if ref is None or ref.start() > 40 or P.PLURAL_AGREEMENTS.search(ref.group()):
        return
    together = P.TOGETHER_WITH.search(text, ref.end())
    if together is None or named[0].start - sent.start < together.end():
        return
    if P.CLAUSE_BREAK_STRICT.search(text, ref.end(), together.start()):
        return  # another clause, another subject
    num = ref.groupdict().get("num")
    if num:
        need = count_of(num)
        nouns = VC.COREF_NOUNS.get(noun_key(ref.group("noun")), ())
        resolved = resolve_counted(i, page, need, nouns) if need >= 2 else None
        found = resolved[0] if resolved else []
    else:
        found = previous_parties(i, page, sentence_first=False)
    if len(found) >= 2 and not set(found) & set(cand.parties):
        cand.add(found, 0.6, first=True)


def _valid(page: PageState, cand: Candidate, joining: bool) -> bool:
    """Two members, or a member and an alliance; two alliances only when one joins."""
    groups = sum(1 for p in cand.parties if page.is_group(p))
    if len(cand.parties) < 2:
        return False
    return len(cand.core) >= 2 or (bool(cand.core) and groups > 0) or (joining and groups >= 2)


def _restates(i: int, page: PageState, cand: Candidate) -> bool:
    """ "Under the agreements, ... the three institutions": the parties of several records
    just found (one per partner of a distributive list), not a record of their own."""
    recent = {frozenset(r.parties) for r in page.records if i - r.index <= 6}
    mine = frozenset(cand.parties)
    if mine in recent or not recent:
        return False
    covered = frozenset().union(*recent)
    return mine <= covered and sum(1 for r in recent if r & mine) >= 2


def _inherit(
    i: int,
    page: PageState,
    cand: Candidate,
    text: str,
    hits: list[tuple[int, int, str, float]],
    anaphor: re.Match[str] | None,
    status: str,
) -> str:
    """Type and status from the record a coreference pointed at: "Both universities signed
    the agreement" is about the joint degree just described; after a renewal, a plain
    signing is the renewal's."""
    ref = page.referent
    if ref is None and anaphor is not None:
        # "The renewed agreement was signed by the rector of A and B's director": the
        # parties are named, the noun still points at the record told before.
        ref = referent(i, page, anaphor.group("noun").lower())
    members = frozenset(p for p in cand.parties if not page.is_group(p))
    if ref is None or not frozenset(ref.parties) >= members:
        return status
    main = main_trigger(hits) if hits else None
    if (
        anaphor is not None
        and main is not None
        and main[0] <= anaphor.start("noun") < main[1]
        and ref.type in anaphor_family(anaphor.group("noun"))
    ):
        cand.ttype = ref.type
    if (
        ref.status == "renewed"
        and status == "signed"
        and not P.ORIGINAL.search(text)
        and not _dated_before_news(page.sentences[i], page.published)
    ):
        # "The five universities formed the alliance in 2006" after its renewal: a signing
        # dated years before the news is the original, not the renewal.
        return "renewed"
    return status


def _dated_before_news(sent: Sentence, published: date | None) -> bool:
    """``sent`` holds a date in a year before the news's year."""
    if published is None:
        return False
    return any(d.value is not None and int(d.value[:4]) < published.year for d in sent.dates)


def _acts(text: str, subject: re.Match[str]) -> bool:
    """ "In 2014 it set up ...": the reference is the subject near the start of the sentence."""
    rest = text[subject.end() :].lstrip()
    return subject.start() <= 25 and not re.match(r"(?:is|was|are|were|has\s+been)\b", rest)
