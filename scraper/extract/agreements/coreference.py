"""Who "the three organisations", "they", "the university" and "the new agreement" are.

Answers come from earlier records, partner lists and names in neighbouring sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from scraper.extract.agreements import patterns as P
from scraper.extract.agreements.cues import anaphor_family, status_of
from scraper.extract.agreements.parties import exclusions, partners_listed
from scraper.extract.agreements.records import GROUP_KINDS, PageState, Record, distinct
from scraper.extract.agreements.vocab import coreference as VC
from scraper.extract.sentences import Sentence


def count_of(word: str) -> int:
    """The number a word stands for: "three" -> 3, "beide" -> 2, "4" -> 4."""
    return int(word) if word.isdigit() else VC.NUMBER_WORDS.get(word.lower(), 0)


def noun_key(noun: str) -> str:
    """The coreference noun a word ends in ("kennisinstellingen" -> "instellingen")."""
    noun = noun.lower()
    for key in sorted(VC.COREF_NOUNS, key=len, reverse=True):
        if noun.endswith(key):
            return key
    return noun


def typed_by_list(ttype: str, list_type: str | None) -> str:
    """The type a partner list gives ("the consortium partners are"), unless the
    trigger's own type is more specific."""
    if list_type and ttype not in ("termination", "mou", "joint_programme"):
        return list_type
    return ttype


def resolve_counted(
    i: int, page: PageState, need: int, nouns: tuple[str, ...], wanted: tuple[str, ...] = ()
) -> tuple[list[str], float, str | None] | None:
    """N organisations for "the three organisations": a record, a list, or the last N named.

    ``wanted`` prefers records of a type ("both organisations ... the agreement").
    """
    fitting = [
        r
        for r in reversed(page.records)
        if i - r.index <= 12 and sum(1 for p in r.parties if not page.is_group(p)) == need
    ]
    # The pair the page keeps coming back to is the one "both institutions" means; among
    # equals the most recent (the sort is stable).
    told: dict[frozenset[str], int] = {}
    for r in page.records:
        key = frozenset(r.parties)
        told[key] = told.get(key, 0) + 1
    fitting.sort(key=lambda r: (r.type not in wanted, -told[frozenset(r.parties)]))
    if nouns and fitting:
        # "Beide hogescholen" after "X tekende met hogeschool A en hogeschool B": the pair of
        # the kind the noun names, not a record that pairs one of them with the company X.
        kind_fit = [r for r in fitting if all(_of_kind(page, p, nouns) for p in r.parties)]
        if kind_fit:
            fitting = kind_fit
        else:
            recent = _recent(i, page, need, nouns)
            if recent and all(_of_kind(page, p, nouns) for p in recent):
                return recent, 0.6, None
    for rec in fitting[:1]:
        page.referent = rec
        return [p for p in rec.parties if not page.is_group(p)], 0.6, None
    listed = neighbour_list(i, page, need)
    if listed is not None:
        return listed
    recent = _recent(i, page, need, nouns)
    if recent:
        return recent, 0.6, None
    # A headline's "A and six partners" is resolved by the body that follows, which names
    # them: the first names after a headline are not its list.
    ahead = [] if page.sentences[i].title else _ahead(i, page, need, nouns)
    if ahead:
        return ahead, 0.5, None
    return None


def neighbour_list(
    i: int, page: PageState, need: int, where: tuple[int, ...] = ()
) -> tuple[list[str], float, str | None] | None:
    """A partner list in the next (or previous) sentence: "The partners are A, B and C"."""
    sentences = page.sentences
    for j in where or (i + 1, i - 1, i + 2):
        if not 0 <= j < len(sentences) or j in page.used:
            continue
        other = sentences[j]
        if j == i - 1 and bullet_list_before(i, page):
            members = bullet_list_before(i, page)
            other = sentences[_intro_of(j, page)]
        elif abs(other.unit - sentences[i].unit) > 1 or not P.PARTNER_LIST.search(other.text):
            continue
        elif j > i and P.ADDITIVE.search(other.text):
            continue
        else:
            # An alliance named inside the list itself ("bestaat uit A, B, Long Alliantie
            # Nederland en C") is one of the members, not the body they form.
            cue = P.PARTNER_LIST.search(other.text)
            after = cue.end() + other.start if cue else other.end
            members = distinct(
                m.name for m in other.orgs if not page.is_group(m.name) or m.start >= after
            )
        if len(members) < 2 or (need and len(members) < need):
            continue
        if not sentences[i].title:
            # A headline only restates the body: the body's lead still needs the list.
            page.used.add(j)
        low = other.text.lower()
        list_type = "consortium" if "consorti" in low else "alliance" if "allian" in low else None
        return members, 0.5, list_type
    return None


def bullet_list_before(i: int, page: PageState) -> list[str]:
    """The organisations of a bulleted list right before sentence ``i``: an intro unit
    ending in ":" ("De partners zijn:") followed by short one-sentence items."""
    j = i - 1
    intro = _intro_of(j, page)
    if intro < 0:
        return []
    names = distinct(
        m.name for s in page.sentences[intro + 1 : i] for m in s.orgs if not page.is_group(m.name)
    )
    return names if len(names) >= 2 else []


def _intro_of(j: int, page: PageState) -> int:
    """Index of the intro sentence of the bullet list ending at sentence ``j``, or -1."""
    sentences = page.sentences
    k = j
    while k >= 0 and _is_item(sentences, k):
        k -= 1
    if k < 0 or k == j or not sentences[k].text.rstrip().endswith(":"):
        return -1
    text = sentences[k].text
    return k if P.PARTNER_LIST.search(text) or P.LIST_INTRO.search(text) else -1


def _is_item(sentences: Sequence[Sentence], k: int) -> bool:
    s = sentences[k]
    alone = all(o.unit != s.unit for o in (*sentences[k - 1 : k], *sentences[k + 1 : k + 2]))
    return alone and len(s.text.split()) <= 14 and not s.text.rstrip().endswith(":")


def _candidates(j: int, page: PageState) -> list[str]:
    """The names of sentence ``j`` that "both new members" may point at: not its funders,
    hosts or guests ("paid for by SERI", "in the presence of the minister")."""
    sent = page.sentences[j]
    hard, _soft = exclusions(sent, page)
    return [m.name for k, m in enumerate(sent.orgs) if k not in hard]


def _of_kind(page: PageState, name: str, nouns: tuple[str, ...]) -> bool:
    """Whether ``name`` is a group or of one of the kinds ``nouns`` stands for."""
    return page.is_group(name) or page.kinds.get(name) in nouns


def _recent(i: int, page: PageState, need: int, nouns: tuple[str, ...]) -> list[str]:
    """The last ``need`` organisations named before sentence ``i``, of the kinds ``nouns``
    stands for (any when it stands for none). When too few of those kinds are named: the
    site's owner of that kind beside them ("the two hospitals" on a hospital's own site,
    beside the one other hospital named), else organisations of those kinds or of no known
    kind; never one of another known kind ("de twee ziekenhuizen" are not the competition
    authority named in between)."""
    if not nouns:
        names = _named_back(i, page, need, lambda name: not page.is_group(name))
        return names if len(names) >= need else []
    names = _named_back(i, page, need, lambda name: page.kinds.get(name) in nouns)
    owner = page.owner
    if (
        len(names) + 1 == need
        and owner is not None
        and owner not in names
        and page.kinds.get(owner) in nouns
    ):
        names = [owner, *names]
    if len(names) < need:
        names = _named_back(
            i,
            page,
            need,
            lambda name: (
                page.kinds.get(name) in nouns
                or (page.kinds.get(name) is None and not page.is_group(name))
            ),
        )
    return names if len(names) >= need else []


def _named_back(i: int, page: PageState, need: int, fits: Callable[[str], bool]) -> list[str]:
    """Up to ``need`` distinct organisations that ``fits``, named last before sentence
    ``i``, in page order."""
    names: list[str] = []
    for j in range(i - 1, -1, -1):
        for name in reversed(_candidates(j, page)):
            if name not in names and fits(name):
                names.append(name)
        if len(names) >= need:
            break
    return list(reversed(names[:need]))


def _ahead(i: int, page: PageState, need: int, nouns: tuple[str, ...]) -> list[str]:
    names: list[str] = []
    for j in range(i + 1, min(i + 3, len(page.sentences))):
        for name in _candidates(j, page):
            fits = page.kinds.get(name) in nouns if nouns else not page.is_group(name)
            if name not in names and fits:
                names.append(name)
    return names[:need] if len(names) >= need else []


def previous_parties(i: int, page: PageState, *, sentence_first: bool) -> list[str]:
    """Who "they" (the last sentence's organisations) or "the partners" (the last record) are."""

    def from_sentence() -> list[str]:
        j = i - 1
        listed = bullet_list_before(i, page)
        if listed:
            return listed
        if j < 0 or page.sentences[j].unit < page.sentences[i].unit - 1:
            return []
        hard, soft = exclusions(page.sentences[j], page)
        names = distinct(
            m.name
            for k, m in enumerate(page.sentences[j].orgs)
            if k not in hard and k not in soft and not page.is_group(m.name)
        )
        return names if len(names) >= 2 else []

    def from_record() -> list[str]:
        recent = [r for r in page.records if i - r.index <= (3 if sentence_first else 12)]
        # A headline restates the body: its records answer only when the body has none.
        recent = [r for r in recent if not r.title] or recent
        if not recent:
            return []
        # "the partners" are those of the largest relationship nearby, "they" the last one.
        rec = recent[-1] if sentence_first else max(reversed(recent), key=lambda r: len(r.parties))
        page.referent = rec
        return [p for p in rec.parties if not page.is_group(p)]

    if sentence_first:
        return from_sentence() or from_record()
    return from_record() or from_sentence()


_BARE_OWNER = re.compile(VC.BARE_OWNER_REFERENCE, re.IGNORECASE)
_FIRST_PERSON = re.compile(VC.FIRST_PERSON, re.IGNORECASE)
_QUOTED_WE = re.compile(VC.QUOTED_WE, re.IGNORECASE)
_COORDINATED = re.compile(VC.COORDINATED_AFTER_REFERENCE, re.IGNORECASE)
_PLACE_ADJECTIVE = re.compile(VC.PLACE_ADJECTIVE)
_DOUBLE_VOWEL = re.compile(r"([aeou])\1(?=[^aeiou]+$)")
_VERB_BEFORE_SUBJECT = re.compile(VC.VERB_BEFORE_SUBJECT, re.IGNORECASE)


def speaker(i: int, page: PageState) -> str | None:
    """Who "we" is in the quoted speech of sentence ``i``: the one organisation the
    sentence names outside its quotes ("..., says the rector of A", "zegt B van A"), else,
    when it names none there, the site's owner; None when the sentence has no quote or
    names several organisations outside it (then the speaker's is not known)."""
    sent = page.sentences[i]
    if not sent.quotes:
        return None
    outside = distinct(
        m.name
        for m in sent.orgs
        if not page.is_group(m.name)
        and not any(a <= m.start - sent.start < b for a, b in sent.quotes)
    )
    if len(outside) == 1:
        return outside[0]
    return page.owner if not outside else None


def spoken_for(i: int, page: PageState) -> list[tuple[int, int]]:
    """The quotes of sentence ``i`` in which a known speaker tells in the first person
    ("“We have worked with A since 2017,” says the rector of B"): what they say of a tie
    is the speaker's organisation's, as if told outside quotes."""
    sent = page.sentences[i]
    we = speaker(i, page) if sent.quotes else None
    if we is None:
        return []
    # "we" as the subject, and a counterpart named inside the quote: "our work", "everyone
    # we work with" name no tie of their own.
    return [
        (a, b)
        for a, b in sent.quotes
        if _QUOTED_WE.search(sent.text, a, b)
        and any(a <= m.start - sent.start < b and m.name != we for m in sent.orgs)
    ]


def counterpart_reference(
    text: str, reference: tuple[int, int], hits: Sequence[tuple[int, int, str, float]]
) -> bool:
    """Whether the singular reference at ``reference`` (start, end) is a party of a tie
    that ``hits`` (the sentence's triggers) tell around it: its other party ("signed a
    contract with the university", "tussen de hogeschool en het ziekenhuis"), or the owner
    of a tie it names ("the university's licence agreement with A")."""
    start, end = reference
    if P.COUNTERPART_BEFORE_REFERENCE.search(text, max(0, start - 60), start) is not None:
        return True
    return any(a >= end and P.POSSESSIVE_TIE.match(text[end:a]) for a, _b, _t, _s in hits)


def inverted_subject(
    text: str, reference: tuple[int, int], hits: Sequence[tuple[int, int, str, float]]
) -> bool:
    """Whether the singular reference at ``reference`` (start, end) is the subject of a
    Dutch main clause put after its finite verb, inside a tie told by a separable verb:
    "Eerder dit jaar zegde het ziekenhuis het contract met A op", "Met A werkt de
    universiteit al sinds 2011 samen" (the trigger spans from the verb to its particle;
    the reference stands right after the verb)."""
    start, end = reference
    return any(
        a < start and b > end and _VERB_BEFORE_SUBJECT.fullmatch(text, a, start) is not None
        for a, b, _t, _s in hits
    )


def coordinated_names(sent: Sentence, end: int) -> list[str]:
    """The organisations a reference that ends at ``end`` is not: those joined to it by
    "and"/"en" ("Het Duitse universiteitsziekenhuis en Maastricht UMC+ willen ..."), and
    the counterparts listed after the first "with"/"met" that follows it ("the institute
    also signed a letter of intent with A and B")."""
    out = [
        m.name
        for m in sent.orgs
        if m.start - sent.start >= end
        and _COORDINATED.fullmatch(sent.text, end, m.start - sent.start) is not None
    ]
    prep = P.COUNTERPART.search(sent.text[end:], None)
    if prep is not None:
        out += partners_listed(sent, end + prep.end())
    return out


def reference_kinds(phrase: str) -> tuple[str, ...]:
    """The organisation kinds a singular reference may point at, told by its head: the
    stem that ends last ("the university hospital", "het universiteitsziekenhuis" are a
    hospital, "the university" a university); () when no stem names a kind ("it")."""
    best: tuple[int, int] | None = None
    kinds: tuple[str, ...] = ()
    for stem, stem_kinds in VC.SINGULAR_KINDS.items():
        at = phrase.rfind(stem)
        if at < 0:
            continue
        rank = (at + len(stem), len(stem))
        if best is None or rank > best:
            best, kinds = rank, stem_kinds
    return kinds


def previous_subject(
    i: int, page: PageState, phrase: str, taken: Collection[str] = ()
) -> str | None:
    """Who "it" or "the university" is: the first fitting organisation of a recent sentence
    that is not among ``taken`` (the parties the sentence already has: "A signed with the
    university" is not A)."""
    kinds = reference_kinds(phrase)

    def fitting(name: str) -> bool:
        if name in taken:
            return False
        kind = page.kinds.get(name)
        # A firm in no list has no kind: "the group" may still be it.
        return not kinds or kind in kinds or (kind is None and "company" in kinds)

    # "de Delftse universiteit", "het Leidse ziekenhuis": of the fitting organisations, the
    # one whose name holds the place, when the page has one.
    placed = _placed(page, phrase)
    fits = fitting
    if placed and any(fitting(name) for name in placed):

        def fits(name: str) -> bool:
            return name in placed and fitting(name)

    if _FIRST_PERSON.match(phrase):
        # "We signed ...", "met onze hogeschool": the publisher, when the page is on the
        # site of an organisation it names; never an organisation of the sentences before.
        # In quoted speech, the speaker's organisation.
        we = speaker(i, page) if spoken_for(i, page) else page.owner
        return we if we is not None and fits(we) else None
    if page.owner is not None and _BARE_OWNER.fullmatch(phrase) and fits(page.owner):
        # On a university's own site, "the university" / "de universiteit" with no word
        # that describes another one ("the Spanish university") is the site's own.
        return page.owner
    groups = bool(kinds) and all(kind in GROUP_KINDS for kind in kinds)
    # "it" and "the company" (which may be any firm in no list) point at a recent sentence;
    # a reference of a kind ("de universiteit", "the trust") reaches back to the page's
    # start for the last organisation of that kind.
    reach = -1 if kinds and "company" not in kinds else max(-1, i - 8)
    for j in range(i - 1, reach, -1):
        earlier = page.subjects.get(j)
        if earlier is not None and fits(earlier):
            return earlier
        for m in page.sentences[j].orgs:
            # A network is a group ("het netwerk" is the alliance named before); other
            # references are never one.
            if page.is_group(m.name) and not groups:
                continue
            if fits(m.name):
                return m.name
    return None


def _placed(page: PageState, phrase: str) -> set[str]:
    """The organisations of the page with a name word that starts with the place a Dutch
    adjective in ``phrase`` names ("delftse" -> Delft, "nijmeegse" -> Nijmegen)."""
    stems = [stem for word in phrase.split() for stem in _place_stems(word) if len(stem) >= 4]
    if not stems:
        return set()
    if page.name_words is None:
        page.name_words = _name_words(page)
    return {
        name
        for name, _head, words in page.name_words
        if any(w.startswith(stem) for w in words for stem in stems)
    }


def _place_stems(word: str) -> tuple[str, ...]:
    """The place a Dutch adjective of place is made from, as name prefixes: "delftse" ->
    ("delft",), "nijmeegse" -> ("nijmeeg", "nijmeg"); () for another word."""
    match = _PLACE_ADJECTIVE.fullmatch(word)
    if match is None:
        return ()
    stem = match.group("stem")
    single = _DOUBLE_VOWEL.sub(r"\1", stem)
    return (stem, single) if single != stem else (stem,)


def last_group(i: int, page: PageState, kinds: tuple[str, ...]) -> str | None:
    """The alliance or consortium named last before sentence ``i``."""
    for j in range(i - 1, -1, -1):
        for m in reversed(page.sentences[j].orgs):
            if page.kinds.get(m.name) in GROUP_KINDS and (
                not kinds or page.kinds.get(m.name) in kinds
            ):
                return m.name
    return None


def anaphoric_records(i: int, page: PageState, ttype: str | None) -> list[Record]:
    """ "The new agreement was signed on 19 May": more about an earlier record.

    The record referred to is the last one of the kind the noun names ("the
    partnership" -> a partnership), else the last one. A sentence about a
    renewed or ended agreement that does not say "new" tells about the original.
    """
    sent = page.sentences[i]
    match = P.ANAPHOR.search(sent.text)
    if match is None or re.match(r"['’]s\b", sent.text[match.end() :]):
        return []  # "the alliance's funding period" is about something else
    prev = referent(i, page, match.group("noun").lower())
    if prev is None:
        return []
    programme = match.group("noun").lower().startswith(VC.PROGRAMME_NOUNS)
    if not P.LIFECYCLE.search(sent.text) and not programme:
        return []  # "the alliance receives funding in 2025" says nothing about the relationship
    if programme and not P.EXPIRY.search(sent.text):
        # "the boards approved the programme": only its end is news about the tie, or,
        # after its end, when it began ("The two universities launched the programme in
        # 2017").
        return _programme_begun(i, page, prev)
    if prev.status != "ended" and P.EXPIRY.search(sent.text):
        # "The programme runs out on 31 August": the end of a tie that was said to end.
        prev = next(
            (
                r
                for r in reversed(page.records)
                if r.status == "ended" and set(r.parties) == set(prev.parties)
            ),
            prev,
        )
    explicit = sent.dates[0] if sent.dates else None
    if explicit is not None and prev.status != "ended" and P.TERM_END.search(sent.text):
        explicit = None  # "De nieuwe overeenkomst loopt tot eind 2030": the term, not the date
    if prev.status == "renewed" and P.RENEWAL_ANAPHOR.search(sent.text):
        rtype, status = prev.type, "renewed"
    elif prev.status == "ended" and P.EXPIRY.search(sent.text) and not P.ORIGINAL.search(sent.text):
        rtype, status = "termination", "ended"  # "Die overeenkomst loopt op 31 maart af"
    elif prev.status in ("renewed", "ended"):
        rtype = ttype or prev.type
        rtype = "agreement" if rtype == "termination" else rtype
        status = status_of(sent.text, rtype)
    elif prev.type == "collaboration" and ttype in VC.NAMED_AFTER_COLLABORATION:
        # "A and B will work together ... The signing of the cooperation agreement took place
        # on Wednesday": the document named now is what the general tie became.
        rtype = ttype
        status = status_of(sent.text, rtype)
    else:
        rtype = prev.type
        status = status_of(sent.text, rtype)
    # "Their membership took effect on 1 January": every record of that sentence.
    family = anaphor_family(match.group("noun"))
    siblings = [
        r
        for r in page.records
        if r.index == prev.index and (r is prev or (r.type in family and r.status == prev.status))
    ]
    joined = _included(sent, page, prev)
    if joined:
        # "The renewed partnership also includes Maastricht University": one more party.
        prev.parties = (*prev.parties, *joined)
    return [
        replace(
            rec,
            type=rtype if rec is prev else rec.type,
            status=status,
            evidence=sent.text,
            date=explicit,
            explicit=explicit is not None,
            confidence=round(rec.confidence * 0.8, 2),
            index=i,
            title=sent.title,
        )
        for rec in siblings
    ]


def _programme_begun(i: int, page: PageState, prev: Record) -> list[Record]:
    """The beginning of a joint programme that ended or was renewed, told after it: "The two
    universities launched the programme in 2017" is the programme (2017), a record of its
    own beside the ending."""
    sent = page.sentences[i]
    if prev.status not in ("ended", "renewed") or not P.PROGRAMME_BEGUN.search(sent.text):
        return []
    when = next((d for d in sent.dates if d.value and d.precision in ("year", "month")), None)
    if when is None:
        return []
    return [
        replace(
            prev,
            type="joint_programme",
            status="signed",
            evidence=sent.text,
            date=when,
            explicit=True,
            confidence=round(prev.confidence * 0.8, 2),
            index=i,
            title=sent.title,
        )
    ]


def referent(i: int, page: PageState, noun: str) -> Record | None:
    """The record "the partnership" means: the page's first of that kind (news items lead
    with their main relationship), else the last record if it is close."""
    family = anaphor_family(noun)
    body = [r for r in page.records if not r.title] or page.records
    for rec in body:
        if rec.type in family:
            return rec
    if body and i - body[-1].index <= 3:
        return body[-1]
    return None


def _included(sent: Sentence, page: PageState, prev: Record) -> list[str]:
    """Organisations a sentence adds to an earlier record ("it also includes X")."""
    cue = P.INCLUDES.search(sent.text)
    if cue is None:
        return []
    hard, _soft = exclusions(sent, page)
    return distinct(
        m.name
        for k, m in enumerate(sent.orgs)
        if k not in hard and m.start - sent.start >= cue.end() and m.name not in prev.parties
    )[:3]


def described(i: int, page: PageState) -> list[str]:
    """Organisations a sentence names by a description made of their own name's words:
    "the port authority" is the Port of Rotterdam Authority when no other organisation on
    the page fits. The description ends in the name's head and has at least two words."""
    sent = page.sentences[i]
    if page.name_words is None:
        page.name_words = _name_words(page)
    heads = {head for _name, head, _words in page.name_words}
    low = sent.text.lower()
    if not any(head in low for head in heads):
        return []  # cheap pre-check: no organisation's head word in the sentence
    named = {m.name for m in sent.orgs}
    out: list[str] = []
    for match in P.DESCRIPTION.finditer(sent.text):
        words = match.group("words").split()
        for n in range(len(words), 1, -1):
            head = words[:n]
            if head[-1] not in heads:
                continue
            fits = {
                name
                for name, last, tokens in page.name_words
                if last == head[-1] and name not in named and tokens.issuperset(head)
            }
            if len(fits) == 1:
                out.extend(fits)
                break
    return distinct(out)


def _name_words(page: PageState) -> list[tuple[str, str, frozenset[str]]]:
    """Every name and surface form on the page as (name, head word, words), lower-cased."""
    out = []
    for s in page.sentences:
        for m in s.orgs:
            for form in (m.name, m.surface):
                tokens = form.lower().replace("-", " ").split()
                if tokens:
                    out.append((m.name, tokens[-1], frozenset(tokens)))
    return out
