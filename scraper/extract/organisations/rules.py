"""Rules that find organisation names the gazetteer does not know: a grammar of names.

Capitalised spans with an organisation head word, as suffix or prefix and in the
languages of Europe ("Bronovo Hospital", "Stichting Economie071", "Università degli
Studi di Padova", "AZ Sint-Lucas Gent", "Scottish Government"), kept whole across
connectors ("of", "&", "für", "degli", "es"), abbreviations ("St. Anna Ziekenhuis"),
official modifiers ("Bavarian State Ministry of ...") and portfolios ("Ministry of
Economy, Trade and Industry"); names before a legal form ("argenx SE"); names after a
descriptive noun ("insurer Zilveren Kruis", "recyclagebedrijf Campine", "de
woningcorporaties De Key en DUWO") and capitalised names before a group head ("the
HealthTIES consortium"). Each rule returns (first token, last token, kind).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from itertools import compress, count, dropwhile, islice
from operator import attrgetter, or_

from scraper.extract.organisations.gazetteer import norm_token
from scraper.extract.organisations.lexicon import (
    ACRONYM_AFTER,
    APPOSITIVE,
    ARTICLES,
    CONNECTORS,
    CONTINUATION,
    GENERIC,
    LEGAL_AFTER,
    LOWER_PREFIX,
    NON_ORG_TAILS,
    PREFIX,
    RULE_GAP,
    STARTERS,
    SUFFIX,
    SUFFIX_2,
    TRAILING_HEADS,
    Token,
    is_cap,
    is_foreign_nationality,
)
from scraper.extract.organisations.vocab import context as VX
from scraper.extract.organisations.vocab import heads as VH
from scraper.extract.organisations.vocab import words as VW

# Kind of a university unit named after its university ("Tilburg School of Economics and
# Management"): the caller folds it into that university.
UNIT_KIND = "university_unit"
_PLACES = frozenset(VH.TRAILING_PLACES)
# Kinds whose names often end in their city ("Universitair Ziekenhuis Brugge").
_PLACE_NAMED = frozenset({"university", "hospital", "umc"})
# Heads whose names list a portfolio joined by "and" ("Ministerie van Onderwijs en Wetenschap").
_PORTFOLIOS = frozenset(norm_token(w) for w in VH.PORTFOLIO_HEADS)
# Fields of a portfolio or a discipline: "and" between two of them stays inside a name.
_FIELDS = frozenset(norm_token(w) for w in VW.FIELD_WORDS) | frozenset(
    norm_token(w) for w in VH.DISCIPLINE_WORDS
)
_ABBREVIATIONS = frozenset(VW.NAME_ABBREVIATIONS)
# Particles of Dutch and German surnames in company names ("Van Wijhe & Zn.").
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "ter", "ten", "vander"})
# The gap after an abbreviation inside a name: "St. Anna", "St.-Lucas".
_ABBREVIATION_GAP = re.compile(r"^\.\s?-?$")
_AND_WORDS = frozenset({"and", "en", "und", "et", "och"})
# "and" of a language the news is not written in: it joins words inside one name.
_FOREIGN_AND = frozenset({"och"})
# Names of bodies joined places make ("NHS Greater Glasgow and Clyde", "Kent and Medway
# Medical School", "Newcastle upon Tyne Hospitals"): ``_joined_places`` and ``_glued_runs``.
_REGION_NAMED = frozenset(norm_token(w) for w in VH.REGION_NAMED_PREFIXES)
_JOINED_HEADS = frozenset(norm_token(w) for w in VH.JOINED_PLACE_HEADS)
_PAIR_OPENERS = frozenset(VH.PAIR_OPENERS)
_PAIR_AND = re.compile(r"\s(?:and|en)\s")
# The gap between two runs that one place-joined name spans: "Newcastle upon Tyne",
# "Guy's and St Thomas'" (the possessive ends the first run).
_PLACE_GLUE_GAP = re.compile(r" upon |['’]s (?:and|en) ")
_PLACE_GLUE_HINT = frozenset({"upon", "s"})
# Words that are no place: roles, common name words, openers, months (mentions.py adds
# connectors and heads for a place after a name).
NOT_A_PLACE = (
    frozenset(norm_token(w) for w in VX.ROLE_WORDS)
    | frozenset(norm_token(w) for w in VX.PLACE_TAILS)
    | frozenset(norm_token(w) for w in VW.GENERIC_NAME_WORDS)
    | frozenset(norm_token(w) for w in VW.NON_NAME_STARTERS)
    | frozenset(norm_token(w) for w in VW.MONTH_AND_DAY_NAMES)
)
# "and" closing a portfolio, also in Spanish, Italian, Portuguese and Catalan names:
# "Ministerio de Ciencia, Innovación y Universidades".
# The German state a ministry belongs to: "Ministerium für X des Landes Nordrhein-Westfalen".
_OF_THE_STATE = re.compile(r" des (?:Landes|Freistaates|Freistaats) [A-Z][\w-]+")
_PORTFOLIO_AND = _AND_WORDS | frozenset({"y", "e", "i"})
# The article after "of"/"van" before a name ("of the", "van het"): ``_past_of_the``.
_ARTICLES_AFTER_LINK = frozenset({"the", "de", "het", "den"})
# A board named by what it oversees is a public body (``_named_board``); the words that
# make a board an organ of another organisation instead.
_NAMED_BOARD_HEADS = frozenset({"board"})
_GOVERNING_WORDS = frozenset(norm_token(w) for w in VW.GOVERNING_BOARD_WORDS)
# "<head> for <field> in <fields>": the link words (``_in_fields_end``).
_FOR_WORDS = frozenset({"for", "voor"})
_IN_WORDS = frozenset({"in"})
# Words that open the name of a country's own body rather than a university's unit.
_NATIONAL_OPENERS = frozenset(VH.NATIONAL_OPENERS)
# A person's title or role right before a name ("Dr. X Y of Z University", "rector X of Y"),
# and the link between that person and the organisation they are of.
_PERSON_CUES = frozenset(VW.PERSON_TITLES) | frozenset(norm_token(w) for w in VX.ROLE_WORDS)
_PERSON_LINKS = frozenset({"of"})
# Heads of French numbered universities ("Université Paris 8") and what a number that is
# no part of their name goes on with: a date's month or year, a decimal, a unit.
_NUMBERED_UNIVERSITY_HEADS = frozenset({norm_token("Université")})
_MORE_NUMBER = re.compile(
    r"[%/:\w]|[.,]\d|\s+\d|\s+(?:jan|feb|f[ée]v|mar|apr|avr|ma[iy]|mei|jun|jui|jul|aug|ao[uû]|"
    r"sep|o[ck]t|nov|d[ée]c)",
    re.IGNORECASE,
)
_BARE_PORTFOLIO_HEADS = frozenset(VH.BARE_PORTFOLIO_HEADS)
_NOUN_ENDINGS = tuple(VW.PORTFOLIO_NOUN_ENDINGS)
_PORTFOLIO_CONNECTORS = frozenset(VH.PORTFOLIO_CONNECTORS)
# Government departments (``_department_candidates``): the head, the words that make it a
# university's ("at the Department of ..."), and the portfolios that open a government's.
_DEPARTMENT_WORDS = frozenset({"Department", "Departement"})
_DEPARTMENT_HINT = re.compile(r"\bDeparte?ment ")
_AT_A_UNIT = frozenset({"at", "aan", "bij", "in", "within", "binnen"})
_STUDIES = frozenset({"science", "sciences", "studies", "wetenschappen"})
_GOVERNMENT_PORTFOLIOS = frozenset(norm_token(w) for w in VH.GOVERNMENT_PORTFOLIOS)
# Roles of government that make "at the Department of X" a government's ("Minister at the
# Department of ..."), and disciplines that make a listed portfolio a university's.
_GOVERNMENT_ROLES = frozenset({"minister", "ministers", "secretary"})
_ACADEMIC = frozenset(norm_token(w) for w in VH.ACADEMIC_ONLY_FIELDS)
_PORTFOLIO_OPENERS = _GOVERNMENT_PORTFOLIOS | frozenset(norm_token(w) for w in VW.FIELD_WORDS)
# Heads after which a Dutch name goes on with a saint and a place.
_OPEN_HEADS = frozenset(norm_token(w) for w in VH.OPEN_HEADS)
# Kinds of national bodies: a foreign nationality before one is part of its name.
_NATIONAL_KINDS = frozenset({"ministry", "government"})
# Lower-case words that introduce a name: Dutch compounds ending in a company or
# organisation noun (longest ending first), and plural nouns that introduce a list.
_APPOSITIVE_ENDINGS = tuple(sorted(VH.APPOSITIVE_COMPOUND_ENDINGS, key=len, reverse=True))
_APPOSITIVE_WORDS = (*_APPOSITIVE_ENDINGS, *VH.APPOSITIVE_PLURALS)
_REGIONAL_GOVERNMENT = re.compile(
    r"\b(?:" + "|".join(sorted(VH.REGIONAL_ADJECTIVES)) + r") (?:government|overheid|regering)\b"
)
# The first word of each legal form ("B" of "B.V."): one must be among the tokens.
_LEGAL_TOKENS = frozenset(re.findall(r"\w+", form)[0] for form in VW.LEGAL_SUFFIXES)
# Gaps between the noun and a name, and (for a plural noun) between names of the list.
_LIST_GAPS = (" ", ", ")
# What stands before the first word of a sentence: nothing, an end stop, a colon, a dash.
_SENTENCE_OPENERS = frozenset({"", ".", "!", "?", ":", "–", "—"})
# A plural possessive inside a name: "European Students' Union".
_PLURAL_POSSESSIVE = frozenset({"' ", "’ "})
_EVENTS = frozenset(VW.EVENT_WORDS)
_NON_COMPANY_GROUPS = frozenset(VH.NON_COMPANY_GROUPS)
_NON_ORG_WORDS = frozenset(VX.NON_ORG_ACRONYMS)
_ROLE_WORDS = frozenset(VX.ROLE_WORDS)
_COMPANY_ENDINGS = frozenset(VH.COMPANY_ENDINGS)
# (Tried at white space only, the letter before it looked behind at: speed, not meaning.)
_LOWER_SUFFIX_HINT = re.compile(r"\s(?<=[a-zà-ÿ]\s)(?:" + "|".join(VH.LOWER_SUFFIX_HEADS) + r")\b")
# One or two capitalised words, then up to two lower-case adjectives of the head's language:
# "Norges teknisk-naturvitenskapelige universitet", "Norges miljø- og biovitenskapelige
# universitet".
_LOWER_SUFFIX = re.compile(
    r"(?<![\w-])(?:[A-ZÀ-Þ][\w-]+\s){1,2}(?:[a-zà-ÿ][\w-]+\s(?:og\s|och\s)?){0,2}("
    + "|".join(VH.LOWER_SUFFIX_HEADS)
    + r")\b"
)
# Adjectives of a field before a company ending that name no company ("Advanced Robotics").
_COMMON_MODIFIERS = frozenset(norm_token(w) for w in VW.COMMON_MODIFIERS)
_NEEDS_OF = frozenset(VH.LOWER_PREFIX_NEEDS_OF)
# A compound: at least four letters before one of the heads, matched on the folded token.
_COMPOUND = re.compile(
    r"\w{4,}?(" + "|".join(sorted(VH.COMPOUND_HEADS, key=len, reverse=True)) + r")$"
)
_WEAK = frozenset(norm_token(w) for w in VH.WEAK_HEADS)
_BUDGET_COMPOUNDS = frozenset(VH.BUDGET_COMPOUNDS)
_DISCIPLINES = frozenset(norm_token(w) for w in VH.DISCIPLINE_WORDS)
_DISCIPLINE_ENDINGS = tuple(VH.DISCIPLINE_ENDINGS)
# Lower-case heads after a name that make it a group ("the HealthTIES consortium").
_GROUP_HEADS = frozenset(
    w for w, kind in TRAILING_HEADS.items() if kind in ("consortium", "alliance")
)
# Descriptive nouns a name may follow ("insurer X", "de gemeente Y").
_APPOSITIVE_HEADS = frozenset(APPOSITIVE) | frozenset(LOWER_PREFIX)
_raw_of = attrgetter("raw")
_norm_of = attrgetter("norm")
_cap_of = attrgetter("cap")
_end_of = attrgetter("end")
_start_of = attrgetter("start")
# Heads of the units a university is made of (folded into it, never organisations).
_UNIT_HEADS = frozenset({"institute", "instituut", "school", "centre", "center", "centrum"})
# Every word ``_candidate_in`` can take for a head (suffix, second word of a two-word
# suffix, prefix): a run without one, or of one token, gives no candidate (speed, not
# meaning; ``rule_candidates`` skips it without splitting it on "and").
# Legal forms that are words or acronyms of their own too ("AS" in "AS patients"): only
# after a capitalised name.
_AFTER_CAPITALS_ONLY = frozenset(VW.LEGAL_FORMS_AFTER_CAPITALS)
# ``_national_body_candidates``: its opening words as written, and the places after them.
_NATIONAL_BODY_RAWS = frozenset(w.capitalize() for w in VH.NATIONAL_BODY_WORDS) | frozenset(
    {"MedTech"}
)
_NATIONAL_BODY_KINDS = {norm_token(w): kind for w, kind in VH.NATIONAL_BODY_WORDS.items()}
_NATIONAL_BODY_PLACES = frozenset(norm_token(w) for w in VX.COUNTRY_NAMES) | frozenset(
    VH.NATIONAL_BODY_PLACES
)
# ``_lower_hospital_candidates``: "het [Helmondse ]Elkerliek ziekenhuis".
_LOWER_HOSPITAL = re.compile(
    r"(?<![\w-])(?:[Hh]et|'t) (?:[A-Z][a-z]+se )?([A-ZÀ-Þ][\w'’]+) ("
    + "|".join(VH.LOWER_HOSPITAL_HEADS)
    + r")(?![\w-])"
)
_PLACE_WORDS = frozenset(norm_token(w) for w in VX.PLACE_NAMES)
_COUNTRY_WORDS = frozenset(norm_token(w) for w in VX.COUNTRY_NAMES)
# First words of the two-word hospital heads ("Medical Center", "Medisch Centrum").
_HOSPITAL_HEAD_FIRST = frozenset(a for (a, _b), kind in SUFFIX_2.items() if kind == "hospital")
_HEAD_WORDS = frozenset(SUFFIX) | frozenset(b for _a, b in SUFFIX_2) | frozenset(PREFIX)


# "Côte d'Azur", "dell'Aquila", "Ca' Foscari": ``_runs``.
_ELIDED = frozenset(VW.ELIDED_CONNECTORS)
_CONNECTORS_OR_ELIDED = CONNECTORS | _ELIDED
# Adjectives that open a compound's name ("Nationaal Ouderenfonds"): ``_named_before``.
_DUTCH_OPENING_ADJECTIVES = frozenset(VH.DUTCH_OPENING_ADJECTIVES)
_OPENING_STARTERS = frozenset(norm_token(w) for w in VW.NAME_OPENING_STARTERS)
_ELIDED_BEFORE_SPACE = frozenset(VW.ELIDED_BEFORE_SPACE)
_APOSTROPHE_SPACE = frozenset({"' ", "’ "})
# Official Romance names written in sentence case (``_sentence_case_candidates``).
_SENTENCE_CASE_HEADS = {norm_token(k): v for k, v in VH.SENTENCE_CASE_HEADS.items()}
_SENTENCE_CASE_RAWS = frozenset(w.capitalize() for w in VH.SENTENCE_CASE_HEADS)
_SENTENCE_CASE_LINKS = frozenset(VH.SENTENCE_CASE_LINKS)
_SENTENCE_CASE_ENDINGS = tuple(VH.SENTENCE_CASE_ADJECTIVE_ENDINGS)
_ELIDING_GAPS = frozenset({"'", "’"})


def _runs(text: str, toks: list[Token]) -> list[list[int]]:
    """Maximal runs of capitalised tokens, joined by name connectors ("of", "van", "&") and by
    a slash between two capitalised words ("Hochschule Emden/Leer")."""
    runs: list[list[int]] = []
    cur: list[int] = []
    previous = -2
    # Only capitalised words and connectors matter; any other word between two of them
    # ends the run (the gap to the previous one is then more than one token).
    # (``_elided`` asked only of a token that is one of its words; the other words, most of
    # a unit, are passed over in C: speed, not meaning.)
    maybe = map(
        or_, map(_cap_of, toks), map(_CONNECTORS_OR_ELIDED.__contains__, map(_norm_of, toks))
    )
    for k in [
        k
        for k in compress(count(), maybe)
        if (tok := toks[k]).cap or tok.norm in CONNECTORS or _elided(text, tok)
    ]:
        tok = toks[k]
        cap = tok.cap
        if not cap and not tok.raw.islower():
            if cur:
                runs.append(cur)
                cur = []
            continue  # "Of" inside a sentence is neither
        possessive = (
            previous == k - 2
            and sum(toks[c].norm not in STARTERS for c in cur) == 1
            and _possessive_before_head(text, toks, k)
        )
        if cur and previous != k - 1 and not possessive:
            runs.append(cur)
            cur = []
        previous = k
        if cur and not possessive:
            gap = text[toks[k - 1].end : tok.start]
            if (
                gap != " "  # one space: the usual gap
                and not RULE_GAP.match(gap)
                and not (toks[k - 1].norm in _ABBREVIATIONS and _ABBREVIATION_GAP.match(gap))
                and not (gap in _PLURAL_POSSESSIVE and toks[k - 1].raw.endswith("s") and cap)
                and not (gap in _APOSTROPHE_SPACE and toks[k - 1].raw in _ELIDED_BEFORE_SPACE)
                and not (gap == "/" and cap and toks[k - 1].cap)  # "Hochschule Emden/Leer"
                and not (gap == "- " and _elided_compound(text, toks, k))  # "Land- en Tuinbouw"
            ):
                runs.append(cur)
                cur = []
        if cur or cap:
            cur.append(k)
    if cur:
        runs.append(cur)
    # Trailing connectors never end a name.
    cleaned = []
    for run in runs:
        while run and not is_cap(toks[run[-1]]):
            run.pop()
        if run:
            cleaned.append(run)
    return cleaned


def _elided_compound(text: str, toks: list[Token], k: int) -> bool:
    """Token ``k`` is "and" after a capitalised word cut at a hyphen, before a capitalised
    word: two compounds sharing their ending ("Kolloid- und Grenzflächenforschung",
    "Land- en Tuinbouw"), one part of a name."""
    return (
        0 < k < len(toks) - 1
        and toks[k].norm in _AND_WORDS
        and toks[k - 1].cap
        and toks[k + 1].cap
        and text[toks[k - 1].end : toks[k].start] == "- "
        and text[toks[k].end : toks[k + 1].start] == " "
    )


def _elided(text: str, tok: Token) -> bool:
    """An elided connector right before an apostrophe: "d'" in "Côte d'Azur"."""
    return tok.norm in _ELIDED and text[tok.end : tok.end + 1] in ("'", "’")


def _possessive_before_head(text: str, toks: list[Token], k: int) -> bool:
    """Token ``k`` is a head after a one-word possessive: "Addenbrooke's Hospital",
    "Queen's University" (not "Leiden University's Hospital", not "LUMC's Hospital", not a
    country's: "Argentina's Secretariat of X" is the country's body, named without it; a
    city's may be its university's: "Glasgow's School of X")."""
    return (
        toks[k].norm in SUFFIX
        and toks[k - 2].raw[1:].islower()
        and toks[k - 2].norm not in SUFFIX
        and toks[k - 2].norm not in _COUNTRY_WORDS
        and toks[k - 1].raw == "s"
        and text[toks[k - 2].end : toks[k - 1].start] in ("'", "’")
        and text[toks[k - 1].end : toks[k].start] == " "
    )


def _split_on_and(
    text: str, toks: list[Token], run: list[int], known: dict[str, tuple[int, ...]]
) -> list[list[int]]:
    """Split "A and B" into two names, but keep "University of Technology and Economics",
    "Institute of Science and Technology Austria" (fields on both sides of "and") and
    "Arts and Humanities Research Council (AHRC)" (the acronym spells the whole run)."""
    if _spelled_by_acronym(text, toks, run):
        return [run]
    parts: list[list[int]] = [[]]
    for n, k in enumerate(run):
        if toks[k].norm in _AND_WORDS and _elided_compound(text, toks, k):
            parts[-1].append(k)  # "Kolloid- und Grenzflächenforschung": one word's halves
            continue
        if toks[k].norm in _AND_WORDS:
            after = run[n + 1 : n + 2]
            last = n + 1 == len(run) - 1
            nxt = run[n + 1] if n + 1 < len(run) else None
            prev = run[n - 1] if n > 0 else None
            if (
                prev is not None
                and nxt is not None
                and toks[prev].norm in _FIELDS
                and toks[nxt].norm in _FIELDS
                and toks[nxt].norm not in known
            ):
                parts[-1].append(k)  # "Science and Technology", "Arts and Humanities"
                continue
            portfolio = any(toks[j].norm in _PORTFOLIOS for j in parts[-1])
            if portfolio and not _portfolio_goes_on(
                toks, parts[-1], _up_to_next_and(toks, run[n + 1 :])
            ):
                parts.append([])  # "Ministry of Transport and Zentrix Logistics B.V."
                continue
            if (
                portfolio
                and nxt is not None
                and toks[nxt].cap
                and toks[nxt].norm not in known
                and toks[nxt].norm not in PREFIX
            ):
                parts[-1].append(k)  # "Ministry of Fisheries and Coastal Affairs"
                continue
            if _two_founders(toks, parts[-1], k, run[n + 1 :], known):
                parts[-1].append(k)  # "Ruth and Harald Okonkwo-Berg Family Foundation"
                continue
            if _joined_places(text, toks, run, parts[-1], run[n + 1 :], known):
                parts[-1].append(k)  # "NHS Greater Glasgow and Clyde", "Kent and Medway ..."
                continue
            if prev is not None and toks[prev].norm in _PLACE_WORDS:
                parts.append([])  # "University of Iceland and X": a place ends the name
                continue
            if (
                (last or _plain_tail(toks, run[n + 1 :]) or _placed_tail(toks, run[n + 1 :]))
                and (
                    any(toks[j].norm in CONTINUATION for j in parts[-1])
                    or (last and _opened_by_head(toks, parts[-1]))
                )
                and after
                and not toks[after[0]].raw.isupper()
                and toks[after[0]].norm not in known
            ):
                parts[-1].append(k)
                continue
            parts.append([])
        else:
            parts[-1].append(k)
    return [p for p in parts if p]


def _portfolio_goes_on(toks: list[Token], part: list[int], tail: list[int]) -> bool:
    """ "and" inside a ministry's portfolio ("Ministry of Fisheries and Coastal Affairs"),
    not before another name: a portfolio has one "and" ("Ministry of Transport and
    Communications and Zentrix" ends before the second), and what follows it up to the
    next "and" has no head of a name ("Ministry of Health and Erasmus Medical Center")."""
    return all(toks[k].norm not in _AND_WORDS for k in part) and not any(
        toks[k].norm in SUFFIX or toks[k].raw in _LEGAL_TOKENS or toks[k].norm in _COMPANY_ENDINGS
        for k in tail
    )


def _two_founders(
    toks: list[Token],
    before: list[int],
    link: int,
    after: list[int],
    known: dict[str, tuple[int, ...]],
) -> bool:
    """ "A and B C Foundation": a foundation named after two people, the first by their
    given name alone ("Ruth and Harald Okonkwo-Berg Family Foundation", "Hendrik and
    Margaretha Wolters Foundation"), not two names ("Zentrix and Novo Nordisk
    Foundation" has a head-less company before "and" that the page names alone). The word
    before "and" is one plain capitalised word that no list knows as a name of its own
    (it may open a longer one: "Knut"), with an article before it unless "and" is in a
    language the text is not in ("from Knut och Alice Wallenbergs Stiftelse");
    after "and" come a given name, a surname (which a company may share: "Wolters") and at
    most two more words before the head."""
    if len(before) == 2 and toks[before[0]].norm in ARTICLES:
        before = before[1:]  # "The Hendrik and ..."
    heads = [n for n, k in enumerate(after) if SUFFIX.get(toks[k].norm) == "foundation"]
    if len(before) != 1 or not heads or not 2 <= heads[0] <= 4:
        return False
    return (
        before[0] > 0
        and (toks[before[0] - 1].norm in ARTICLES or toks[link].norm in _FOREIGN_AND)
        and _plain_name_word(toks[before[0]])
        and 1 not in known.get(toks[before[0]].norm, ())
        and _plain_name_word(toks[after[0]])
        and all(
            _plain_name_word(toks[k]) or toks[k].raw in _NAME_PARTICLES  # "Joost van Wijk"
            for k in after[1 : heads[0]]
        )
    )


def _plain_name_word(tok: Token) -> bool:
    """A capitalised word that may be a person's name: not upper-case, no head word, no
    place, no connector."""
    return (
        tok.cap
        and tok.raw[1:].islower()
        and len(tok.raw) > 2
        and tok.norm not in _HEAD_WORDS
        and tok.norm not in _PLACE_WORDS
        and tok.norm not in CONNECTORS
    )


def _joined_places(
    text: str,
    toks: list[Token],
    run: list[int],
    before: list[int],
    rest: list[int],
    known: dict[str, tuple[int, ...]],
) -> bool:
    """ "and" joins two places inside one name of a body named by its region: after a
    region prefix ("NHS Greater Glasgow and Clyde", "NHS Ayrshire and Arran": one to three
    plain words end the run), or between one or two plain words and a name ending in a
    head such bodies have ("Kent and Medway Medical School", "Tees Valley and Wear
    Hospitals NHS Foundation Trust", "Guy's and St Thomas' NHS Foundation Trust"). Not
    when a head comes before the places ("University of Kent and East Kent Hospitals ...":
    the place ends that name), when the first place opens the run after a comma ("Leiden
    University, Delft and X Medical School": a list), and not after "between" with no
    "and" of the pair after the run ("between Kent and Medway Medical School" is a pair)."""
    rest = _up_to_next_and(toks, rest)
    if not before or not rest:
        return False
    if toks[before[0]].norm in _REGION_NAMED:
        return 1 <= len(rest) <= 3 and _plain_words(toks, rest, known)
    # The places: the capitalised words after the run's last connector, past an opener.
    lower = [n for n, k in enumerate(before) if not toks[k].cap]
    places = list(
        dropwhile(lambda k: toks[k].norm in STARTERS, before[lower[-1] + 1 if lower else 0 :])
    )
    if (
        not 1 <= len(places) <= 2
        or _JOINED_HEADS.isdisjoint([toks[k].norm for k in rest])
        or not _plain_words(toks, places, known)
        or toks[places[-1]].norm in NOT_A_PLACE  # "County Durham and ...": a place's noun
        or any(toks[k].norm in SUFFIX or toks[k].norm in PREFIX for k in before)
    ):
        return False
    if places[0] != run[0]:
        return True
    opener = text[max(0, toks[run[0]].start - 20) : toks[run[0]].start].rstrip()
    if opener.endswith(","):
        return False
    word = opener.rsplit(None, 1)[-1].lower() if opener else ""
    return word not in _PAIR_OPENERS or _PAIR_AND.search(text, toks[run[-1]].end) is not None


def _glued_runs(text: str, toks: list[Token], runs: list[list[int]]) -> list[list[int]]:
    """The runs, with two that one place-joined name spans made one: "Newcastle upon Tyne
    Hospitals" ("upon" is no connector), "Guy's and St Thomas' NHS Foundation Trust" (the
    possessive ends a run); the "and" between them stays, for ``_split_on_and``."""
    out = [runs[0]]
    for run in runs[1:]:
        last = out[-1][-1]
        gap = text[toks[last].end : toks[run[0]].start]
        if (
            _PLACE_GLUE_GAP.fullmatch(gap)
            and _plain_words(toks, [last])
            and toks[last].norm not in NOT_A_PLACE
        ):
            out[-1] = out[-1] + [k for k in range(last + 1, run[0]) if toks[k].norm in _AND_WORDS]
            out[-1].extend(run)
        else:
            out.append(run)
    return out


def _up_to_next_and(toks: list[Token], ks: list[int]) -> list[int]:
    """The tokens ``ks`` up to the first "and" among them."""
    ands = [n for n, k in enumerate(ks) if toks[k].norm in _AND_WORDS]
    return ks[: ands[0]] if ands else ks


def _plain_words(toks: list[Token], ks: list[int], known: Container[str] = ()) -> bool:
    """Capitalised words, none a head, an acronym or a ``known`` name's first word."""
    return all(
        toks[k].cap
        and not toks[k].raw.isupper()
        and toks[k].norm not in SUFFIX
        and toks[k].norm not in PREFIX
        and toks[k].norm not in known
        for k in ks
    )


def _plain_tail(toks: list[Token], rest: list[int]) -> bool:
    """The words after "and" (up to the next "and") are two or three plain capitalised
    words, no head and no acronym: the rest of a field ("Institute for Applied
    Optics and Precision Engineering"), not a second organisation."""
    words = _up_to_next_and(toks, rest)
    return 2 <= len(words) <= 3 and _plain_words(toks, words)


def _placed_tail(toks: list[Token], rest: list[int]) -> bool:
    """The words after "and" (up to the next "and") are one or two plain capitalised words,
    a continuation and one or two capitalised words, none a head: the rest of a name
    whose head came before "and" ("Royal College of Physicians and Surgeons of Glasgow"),
    not a second name (that has a head of its own: "... and University of Glasgow")."""
    words = _up_to_next_and(toks, rest)
    link = next((n for n, k in enumerate(words) if toks[k].norm in CONTINUATION), None)
    if link is None or not 1 <= link <= 2 or not 1 <= len(words) - link - 1 <= 2:
        return False
    return _plain_words(toks, words[:link]) and all(
        toks[k].cap and toks[k].norm not in SUFFIX and toks[k].norm not in PREFIX
        for k in words[link + 1 :]
    )


def _opened_by_head(toks: list[Token], part: list[int]) -> bool:
    """The words before "and" are a prefix head and plain capitalised words
    ("Zorggroep Vallei en Rivier", "Stichting Lezen en Schrijven"): the one word after
    "and" that ends the run has no head of its own and goes on with that name."""
    named = list(dropwhile(lambda k: toks[k].norm in STARTERS, part))
    if len(named) < 2:
        return False
    head = PREFIX.get(toks[named[0]].norm)
    return head is not None and not head[1] and _plain_words(toks, named[1:])


def _spelled_by_acronym(text: str, toks: list[Token], run: list[int]) -> bool:
    """The run is followed by "(ACRONYM)" whose letters are the initials of its capitalised
    words, "and" included: "Arts and Humanities Research Council (AHRC)", also after a
    capitalised opening word ("The National Oceanic and Atmospheric Administration (NOAA)")."""
    if len(run) < 3 or not any(toks[k].norm in _AND_WORDS for k in run):
        return False
    m = ACRONYM_AFTER.match(text, toks[run[-1]].end)
    if m is None:
        return False
    named = list(dropwhile(lambda k: toks[k].norm in STARTERS, run))
    initials = "".join(toks[k].raw[0] for k in named if toks[k].cap)
    return initials.upper() == m.group(1).upper()


def _campus_end(text: str, toks: list[Token], j: int) -> int:
    """ "Vietnam National University, Hanoi": a national university system names its
    member by a place after a comma, at the end of a sentence or list; an American one
    by a place after an en dash with no space ("University of Wisconsin–Madison")."""
    if _dashed_campus(text, toks, j) or _numbered_university(text, toks, j):
        return j + 1
    if j < 1 or (toks[j - 1].norm, toks[j].norm) != ("national", "university"):
        return j
    if j + 1 >= len(toks) or text[toks[j].end : toks[j + 1].start] != ", ":
        return j
    place = toks[j + 1]
    after = text[place.end : place.end + 1]
    if place.cap and place.raw[1:].islower() and after in ("", ".", ";", ":", ")"):
        return j + 1
    return j


def _numbered_university(text: str, toks: list[Token], j: int) -> bool:
    """A French numbered university: "Université Lumière Lyon 2", "Université Paris 8"
    (a Romance university head opens the name, a number of one or two digits ends it)."""
    if j + 1 >= len(toks) or text[toks[j].end : toks[j + 1].start] != " ":
        return False
    number = toks[j + 1].raw
    start = j
    while start > 0 and toks[start - 1].cap and toks[start - 1].end + 1 == toks[start].start:
        start -= 1
    return (
        number.isdigit()
        and len(number) <= 2
        and number[0] != "0"
        and toks[start].norm in _NUMBERED_UNIVERSITY_HEADS
        and not _MORE_NUMBER.match(text, toks[j + 1].end)
    )


def _dashed_campus(text: str, toks: list[Token], j: int) -> bool:
    """ "University of <State>" ends in token ``j`` and an en dash glues a capitalised place
    to it: "University of Wisconsin–Madison", "University of Minnesota–Duluth"."""
    return (
        2 <= j < len(toks) - 1
        and (toks[j - 2].norm, toks[j - 1].norm) == ("university", "of")
        and text[toks[j].end : toks[j + 1].start] == "–"
        and toks[j + 1].cap
        and toks[j + 1].raw[1:].islower()
        and text[toks[j + 1].end : toks[j + 1].end + 1] not in ("-", "–")
    )


def _past_opening_word(text: str, toks: list[Token], i: int, j: int) -> int:
    """ "Patients of the St. Anna Ziekenhuis": a capitalised word that opens the sentence
    and is followed by "of the" is not part of the name after it; "and" the run split kept
    joins the name's own words ("Kent and Medway Medical School")."""
    if (
        i + 2 > j
        or toks[i + 1].norm not in CONNECTORS
        or toks[i + 1].cap
        or toks[i + 1].norm in _AND_WORDS
    ):
        return i
    if toks[i].norm in PREFIX:
        return i  # "Port of Antwerp-Bruges", "University of X": the head opens the name
    if text[: toks[i].start].rstrip()[-1:] not in ("", ".", "!", "?", ":"):
        return i
    k = i + 1
    while k < j and toks[k].norm in CONNECTORS and not toks[k].cap:
        k += 1
    return k if toks[k].cap and k < j else i


def _field_list_end(text: str, toks: list[Token], j: int) -> int:
    """Last token of a portfolio that goes on after token ``j`` with commas and "and":
    "Ministry of Economy[, Trade and Industry]", "ministerie van Volkshuisvesting[ en
    Ruimtelijke Ordening]". Every added word is a field; without a closing "and" the
    name stays as it was (a comma alone may separate two organisations)."""
    end = j
    k = j + 1
    closing = False
    while k < len(toks) and not closing:
        gap = text[toks[k - 1].end : toks[k].start]
        if toks[k].norm in _PORTFOLIO_AND and gap in (" ", ", "):
            closing, k = True, k + 1
            gap = text[toks[k - 1].end : toks[k].start] if k < len(toks) else ""
            if k < len(toks) and toks[k].norm in ("the", "de", "het") and gap == " ":
                k += 1
                gap = text[toks[k - 1].end : toks[k].start] if k < len(toks) else ""
            if gap != " ":
                break
        elif gap.strip() == "&":
            closing = True
        elif gap != ", ":
            break
        words = k
        k = _field_words_end(text, toks, k)
        if k == words:
            break
        if closing:
            end = k - 1
    return end


def _portfolio_list_end(text: str, toks: list[Token], j: int, known: Container[str] = ()) -> int:
    """Last token of a body's portfolio that goes on after its field word at token ``j``
    with conjuncts of plain capitalised words, separated by commas and closed by "and" (or
    "&"): "Department of Health[ and Aged Care]", "Department of Industry[, Science and
    Resources]", "Secretariat of Agriculture[, Livestock and Fisheries]". The closing
    conjunct ends the capitalised run and holds a field word or a noun with an abstract
    ending ("Diversification", "Services"); its words are no head, acronym, place, role or
    known name ("the Ministry of Health and Roche", "... and Leiden University" are two
    bodies). ``j`` when no such list follows."""
    k = j + 1
    while k < len(toks):
        gap = text[toks[k - 1].end : toks[k].start]
        closing = toks[k].norm in _PORTFOLIO_AND and toks[k].raw.islower() and gap in (" ", ", ")
        if closing or gap.strip() == "&":
            if closing:
                k += 1
                if k < len(toks) and toks[k].norm == "the" and _one_space(text, toks, k - 1):
                    k += 1  # "Department of Agriculture, Water and the Environment"
                if k >= len(toks) or not _one_space(text, toks, k - 1):
                    return j
            end = _conjunct_end(text, toks, k, known, 3)
            if end < k or (
                end + 1 < len(toks) and toks[end + 1].cap and _one_space(text, toks, end)
            ):
                return j
            words = [toks[n] for n in range(k, end + 1)]
            if any(t.norm in _FIELDS for t in words) or words[-1].norm.endswith(_NOUN_ENDINGS):
                return end
            return j
        if gap != ", " or not toks[k].cap:
            return j
        end = _conjunct_end(text, toks, k, known, 2)
        if end < k:
            return j
        k = end + 1
    return j


def _one_space(text: str, toks: list[Token], k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` are one space apart."""
    return text[toks[k].end : toks[k + 1].start] == " "


def _conjunct_end(text: str, toks: list[Token], k: int, known: Container[str], most: int) -> int:
    """Last token of up to ``most`` plain capitalised words from ``k``, one space apart, none
    a head, an acronym, a place, a role or a known name's first word (``k - 1`` when ``k``
    is none)."""
    end = k - 1
    while (
        end + 1 < len(toks)
        and end + 1 - k < most
        and (end < k or _one_space(text, toks, end))
        and _plain_words(toks, [end + 1], known)
        and toks[end + 1].norm not in _PLACE_WORDS
        and toks[end + 1].norm not in _ROLE_WORDS
    ):
        end += 1
    return end


def _field_words_end(text: str, toks: list[Token], k: int) -> int:
    """The index past the run of capitalised field words from ``k``, one space apart
    ("Research and [Higher Education]"); ``k`` when none stands there."""
    start = k
    while (
        k < len(toks)
        and toks[k].cap
        and toks[k].norm in _FIELDS
        and (k == start or text[toks[k - 1].end : toks[k].start] == " ")
    ):
        k += 1
    return k


def _in_fields_end(text: str, toks: list[Token], i: int, j: int) -> int:
    """Last token of a name "<head> for <field>" that goes on with "in" and a list of fields
    closed by "and", or by the name's acronym in brackets: "Foundation for International
    Cooperation[ in Research and Higher Education]"; else ``j``."""
    if not any(toks[k].norm in _FOR_WORDS for k in range(i, j)):
        return j
    first = j + 2
    if toks[j + 1].cap or text[toks[j].end : toks[first].start] != f" {toks[j + 1].raw} ":
        return j
    k = _field_words_end(text, toks, first)
    if k == first:
        return j
    end = _field_list_end(text, toks, k - 1)
    if end == k - 1 and not ACRONYM_AFTER.match(text, toks[end].end):
        return j
    return end


def _portfolio_end(text: str, toks: list[Token], k: int, connectors: frozenset[str]) -> int:
    """Last token of the portfolio right after a body's head at token ``k``: capitalised
    field words, maybe after one of ``connectors``, and the list they go on with
    ("Adviesraad voor Innoveren en Ondernemen", "Agentschap Zorg en Gezondheid"); ``k``
    when no field word follows."""
    j = k + 1
    if (
        j < len(toks)
        and toks[j].norm in connectors
        and toks[j].raw.islower()
        and text[toks[k].end : toks[j].start] == " "
    ):
        j += 1
    end = k
    while (
        j < len(toks)
        and toks[j].cap
        and toks[j].norm in _FIELDS
        and text[toks[j - 1].end : toks[j].start] == " "
    ):
        end, j = j, j + 1
    return k if end == k else _field_list_end(text, toks, end)


def rule_candidates(
    text: str,
    toks: list[Token],
    known: dict[str, tuple[int, ...]],
    words: frozenset[str] | None = None,
) -> list[tuple[int, int, str]]:
    """(first token, last token, kind) of organisation names found by head-word rules.

    ``words``: the unit's words as written, when the caller has them (cheap gates)."""
    if words is None:
        words = frozenset(map(_raw_of, toks))
    found: list[tuple[int, int, str]] = []
    if not _SENTENCE_CASE_RAWS.isdisjoint(words):  # most units have no such head
        # First, so that the capitalised start of the same name ("École") does not win.
        found.extend(_sentence_case_candidates(text, toks))
    runs = _runs(text, toks)
    if runs and not _PLACE_GLUE_HINT.isdisjoint(words):  # most units have no such gap
        runs = _glued_runs(text, toks, runs)
    for run in runs:
        if len(run) < 2 or _HEAD_WORDS.isdisjoint([toks[k].norm for k in run]):
            continue  # most runs: one capitalised word, or no head word (see _HEAD_WORDS)
        for part in _split_on_and(text, toks, run, known):
            cand = _candidate_in(toks, part)
            if cand is None:
                continue
            i, j, kind, head = cand
            i = _past_opening_word(text, toks, i, j)
            j = _campus_end(text, toks, j)
            if head in _BARE_PORTFOLIO_HEADS and toks[j].norm == head:
                j = _portfolio_end(text, toks, j, frozenset())  # "Agentschap Zorg en ..."
            if head in _PORTFOLIOS or toks[j].norm in _FIELDS:
                j = _field_list_end(text, toks, j)  # "Ministry of Economy, Trade and Industry"
                if head in _PORTFOLIOS:  # "Secretariat of Agriculture, Livestock and Fisheries"
                    j = max(j, _portfolio_list_end(text, toks, j, known))
                state = _OF_THE_STATE.match(text, toks[j].end)
                if state is not None:  # "... des Landes Nordrhein-Westfalen"
                    while j + 1 < len(toks) and toks[j + 1].end <= state.end():
                        j += 1
            if toks[j].norm in _FIELDS and j + 2 < len(toks) and toks[j + 1].norm in _IN_WORDS:
                j = _in_fields_end(text, toks, i, j)  # "Foundation for X in Research and ..."
            if j < part[-1] and ACRONYM_AFTER.match(text, toks[part[-1]].end):
                j = part[-1]  # "Regionale Ontwikkelingsmaatschappij Zuidvleugel (ROZ)"
            if discipline_unit(toks, i, j):
                continue  # "College of Engineering": a part of some university
            if (
                head in _UNIT_HEADS
                and _names_a_discipline(toks, i, j, head)
                and not _national_opening(toks[i])
            ):
                # "Institute of Environmental Sciences": part of a university; only a name
                # that says which one ("Tilburg School of Economics") stays, as a unit.
                if toks[i].norm != head:
                    found.append((i, j, UNIT_KIND))
                continue
            if (
                head in _WEAK
                and (kind != "hospital" or toks[i].norm in _HOSPITAL_HEAD_FIRST)
                and not ACRONYM_AFTER.match(text, toks[j].end)
                and not (head in _NAMED_BOARD_HEADS and _named_board(toks, i, j))
            ):
                continue  # "the Centre for X", "the Executive Board" without "(CX)"; after
                # a name, "Medical Center" and "Medisch Centrum" are a hospital's head

            found.append((i, j, kind))
    if not _LEGAL_TOKENS.isdisjoint(words):  # most units have no legal form
        found = _with_legal_forms(found, _legal_form_candidates(text, toks))
    found.extend(_regional_government_candidates(text, toks))
    if "Depart" in text and _DEPARTMENT_HINT.search(text):  # most units name no department
        found.extend(_department_candidates(text, toks))
    found.extend(_appositive_candidates(text, toks))
    found.extend(_appositive_list_candidates(text, toks))
    found.extend(_compound_candidates(text, toks))
    found.extend(_lowercase_head_candidates(text, toks))
    if _LOWER_SUFFIX_HINT.search(text):
        found.extend(_lower_suffix_candidates(text, toks))
    if not _NATIONAL_BODY_RAWS.isdisjoint(words):  # most units have no such word
        found.extend(_national_body_candidates(text, toks))
    if not _NATIONAL_BODY_PLACES.isdisjoint(map(_norm_of, toks)):  # most name no country
        if " and " in text:
            found.extend(_portfolio_body_candidates(text, toks))
        found.extend(_country_generic_candidates(text, toks))
    if "ziekenhuis" in text or "gasthuis" in text:  # most units name no hospital so
        found.extend(_lower_hospital_candidates(text, toks))
    return found


def _romance_adjective(raw: str) -> bool:
    """A Romance adjective of an official name: "nationale", "Hospitalier", "nucleare"."""
    return len(raw) >= 5 and raw[1:].islower() and raw.lower().endswith(_SENTENCE_CASE_ENDINGS)


def _sentence_case_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """Official French, Italian, Spanish and Portuguese names in sentence case, which the
    capitalised runs cut after their head: "École nationale des ponts et chaussées",
    "Istituto nazionale di fisica nucleare", "Muséum national d'Histoire naturelle",
    "Réseau de Transport d'Électricité", "Ministère de l'Économie, de l'Innovation et de
    l'Énergie". After the head come Romance link words (``SENTENCE_CASE_LINKS``, elided
    "d'"/"l'"; "a" after one), Romance adjectives and, after a link word, any word; the name
    ends at its last word that is no link word. Only a name with a lower-case word, an
    elided link or a head the runs need "of" after is kept (the runs find the others), and
    one with a link word or two adjectives; not a head that ends a capitalised name before
    it, nor a name that a capitalised word goes on after."""
    found: list[tuple[int, int, str]] = []
    for h in [k for k, t in enumerate(toks) if t.cap and t.norm in _SENTENCE_CASE_HEADS]:
        before = toks[h - 1] if h else None
        if (
            before
            and before.cap
            and before.norm not in STARTERS
            and not is_foreign_nationality(before.raw)  # "het Franse Centre hospitalier"
            and _one_space(text, toks, h - 1)
        ):
            continue  # "TechMed Centre de gevolgen": the head ends another name
        last = h
        linked = after_link = lower = elided = False
        adjectives = 0
        for k in range(h + 1, len(toks)):
            tok, gap = toks[k], text[toks[k - 1].end : toks[k].start]
            eliding = tok.norm in _ELIDED and text[tok.end : tok.end + 1] in _ELIDING_GAPS
            if gap in _ELIDING_GAPS:
                if toks[k - 1].norm not in _ELIDED or not after_link:
                    break
            elif gap != " " and not (gap == ", " and linked and tok.raw in _SENTENCE_CASE_LINKS):
                break  # ", de l'Innovation": a portfolio list goes on
            if tok.raw in _SENTENCE_CASE_LINKS or eliding or (after_link and tok.raw == "a"):
                linked = after_link = True
                elided = elided or eliding
            elif after_link and (tok.cap or tok.raw.islower()):
                last, after_link = k, False
                lower = lower or tok.raw.islower()
            elif _romance_adjective(tok.raw):
                last, adjectives = k, adjectives + 1
                lower = lower or tok.raw.islower()
            else:
                break
        if last + 1 < len(toks) and toks[last + 1].cap and _one_space(text, toks, last):
            continue  # "... Biomèdiques August Pi i Sunyer": the capitalised runs' name
        head = PREFIX.get(toks[h].norm)
        unseen = head is None or head[1]  # a head the runs do not open a name with
        if last > h and (lower or elided or unseen) and (linked or adjectives > 1):
            found.append((h, last, _SENTENCE_CASE_HEADS[toks[h].norm]))
    return found


def _with_legal_forms(
    found: list[tuple[int, int, str]], legal: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The head-rule candidates and the legal-form ones; a legal form ends a company's
    name, so it settles where a name both find ends: "Halvard Diagnostics ApS", not
    "Halvard Diagnostics"; "Medivent GmbH", not "Medivent GmbH of Munich"."""
    ends = {i: j for i, j, _ in legal}
    return [c for c in found if ends.get(c[0], c[1]) == c[1]] + legal


def _lower_hospital_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """A one-word brand before a lower-case hospital head, after "het" (and a place's
    adjective): "het Elkerliek ziekenhuis", "het Helmondse Elkerliek ziekenhuis". Not an
    adjective ("het Leidse ziekenhuis"), a place ("het Helmond ziekenhuis") or a word that
    opens no name."""
    out = []
    for m in _LOWER_HOSPITAL.finditer(text):
        word = m.group(1)
        norm = norm_token(word)
        if word.endswith("e") or norm in STARTERS or norm in _PLACE_WORDS:
            continue
        i = bisect.bisect_left(toks, m.start(1), key=_start_of)
        j = bisect.bisect_left(toks, m.end(), key=_end_of)
        if j < len(toks) and toks[i].start == m.start(1) and toks[j].end == m.end():
            out.append((i, j, "hospital"))
    return out


def _national_body_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """A word and the country or region a body serves, and nothing else: "Universities UK",
    "Zorgverzekeraars Nederland", "Enterprise Ireland", "Invest Northern Ireland". Not
    inside a longer capitalised name ("the Digital Research Ireland Programme", "Cancer
    Research UK" is left to other rules)."""
    out = []
    for k in compress(count(), map(_NATIONAL_BODY_RAWS.__contains__, map(_raw_of, toks))):
        end = k + 1
        if end < len(toks) and toks[end].raw in VH.NATIONAL_BODY_PLACE_OPENERS:
            end += 1
        if end >= len(toks) or toks[end].norm not in _NATIONAL_BODY_PLACES:
            continue
        if not toks[end].raw[0].isupper() or any(
            text[toks[n - 1].end : toks[n].start] != " " for n in range(k + 1, end + 1)
        ):
            continue
        if k > 0 and toks[k - 1].cap and toks[k - 1].norm not in STARTERS:
            if text[toks[k - 1].end : toks[k].start] == " ":
                continue  # "Cancer Research UK": part of a longer name
        if end + 1 < len(toks) and toks[end + 1].cap:
            if text[toks[end].end : toks[end + 1].start] == " ":
                continue  # "Digital Europe Programme"
        out.append((k, end, _NATIONAL_BODY_KINDS[toks[k].norm]))
    return out


def _portfolio_body_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """A government's department named by its portfolios joined by "and" and the country
    it serves, with no head word: "Environment and Climate Change Canada", "Innovation,
    Science and Economic Development Canada", "Fisheries and Oceans Canada". The first word
    is a field or portfolio; every word is capitalised but the "and"; nothing capitalised
    stands right before or after it (part of a longer name)."""
    out = []
    for k, tok in enumerate(toks):
        if tok.norm not in _NATIONAL_BODY_PLACES or not tok.cap or k < 3:
            continue
        if k + 1 < len(toks) and toks[k + 1].cap and text[tok.end : toks[k + 1].start] == " ":
            continue
        i, joined = k, False
        while i > 0 and k - i < 8:
            gap = text[toks[i - 1].end : toks[i].start]
            prev = toks[i - 1]
            if prev.norm in _AND_WORDS and not prev.cap and gap == " ":
                joined = True
            elif not (prev.cap and gap in (" ", ", ")) or prev.norm in STARTERS:
                break
            i -= 1
        if toks[i].norm in _AND_WORDS:
            continue
        if not joined or i + 1 >= k or toks[i].norm not in _PORTFOLIO_OPENERS:
            continue
        if i > 0 and toks[i - 1].cap and text[toks[i - 1].end : toks[i].start] == " ":
            continue
        out.append((i, k, "government"))
    return out


def _country_generic_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """A name of generic words only, which the rules leave alone ("the Research
    Foundation"), made a country's body by that country's possessive before it or its name
    after it: "Singapore's National Research Foundation", "the National Research Foundation
    Singapore", "Norway's National Health Council". Not a university or hospital: those
    have a proper name ("Denmark's Technical University" is no name)."""
    out = []
    for k, tok in enumerate(toks):
        kind = SUFFIX.get(tok.norm)
        if kind is None or kind in _PLACE_NAMED or not tok.cap or k == 0:
            continue
        i = k
        while (
            i > 0
            and toks[i - 1].cap
            and toks[i - 1].norm in GENERIC
            and toks[i - 1].norm not in STARTERS
        ):
            if text[toks[i - 1].end : toks[i].start] != " ":
                break
            i -= 1
        if (
            i == k
            or toks[i].norm in STARTERS
            or not all(t.norm in GENERIC for t in toks[i : k + 1])
        ):
            continue
        if (
            i > 0
            and toks[i - 1].cap
            and toks[i - 1].norm not in STARTERS
            and text[toks[i - 1].end : toks[i].start] == " "
        ):
            continue  # a longer name the head rules read
        possessed = (
            i >= 2
            and toks[i - 1].raw == "s"
            and text[toks[i - 2].end : toks[i - 1].start] in ("'", "’")
            and text[toks[i - 1].end : toks[i].start] == " "
            and toks[i - 2].norm in _NATIONAL_BODY_PLACES
        )
        if possessed:
            out.append((i, k, kind))
            continue
        after = k + 1
        if (
            after < len(toks)
            and toks[after].norm in _NATIONAL_BODY_PLACES
            and toks[after].cap
            and text[tok.end : toks[after].start] == " "
            and not (
                after + 1 < len(toks)
                and toks[after + 1].cap
                and text[toks[after].end : toks[after + 1].start] == " "
            )
        ):
            out.append((i, after, kind))
    return out


def _lower_suffix_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """A name with its head in lower case after it: "Masarykova univerzita", "Lunds
    universitet" (one or two capitalised words before the head)."""
    out = []
    for m in _LOWER_SUFFIX.finditer(text):
        i = bisect.bisect_left(toks, m.start(), key=_start_of)
        j = bisect.bisect_left(toks, m.end(), key=_end_of)
        if j >= len(toks) or toks[i].start != m.start() or toks[j].end != m.end():
            continue
        while i < j and toks[i].norm in STARTERS:
            i += 1
        if i < j:
            out.append((i, j, VH.LOWER_SUFFIX_HEADS[m.group(1)]))
    return out


def _regional_government_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """A region's government in lower case: "de Vlaamse overheid", "the Flemish government"
    (a national one, "the Dutch government", stays out: it names no body of its own)."""
    if "overheid" not in text and "regering" not in text and "government" not in text:
        return []
    out = []
    for m in _REGIONAL_GOVERNMENT.finditer(text):
        i = bisect.bisect_left(toks, m.start(), key=_start_of)
        j = bisect.bisect_left(toks, m.end(), key=_end_of)
        if j < len(toks) and toks[i].start == m.start() and toks[j].end == m.end():
            out.append((i, j, "government"))
    return out


def _department_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """A government department: "Department for Education", "Department for Science,
    Innovation and Technology", "Department for the Economy", "Department of Health and
    Social Care", "Departement Mobiliteit en Openbare Werken". After "for" any portfolio;
    after "of" (or the Dutch "Departement") only one that opens a government's ("Health",
    "Foreign Affairs", "Zorg"): "Department of Physics" or "of Health Sciences" is a
    university's. An official modifier before it is part of the name ("Federal Department
    of Home Affairs", "Senate Department for Culture"). Never after "at" or a lower-case
    possessive ("at the Department of Energy", "the university's Department of Health";
    "the UK's Department for X" is one)."""
    out = []
    for k in range(len(toks) - 2):
        tok = toks[k]
        if tok.raw not in _DEPARTMENT_WORDS or text[tok.end : toks[k + 1].start] != " ":
            continue
        before = k - 1 if k > 0 and toks[k - 1].norm not in ("the", "de", "het") else k - 2
        if before >= 0 and (
            (
                toks[before].norm in _AT_A_UNIT
                and not (before > 0 and toks[before - 1].norm in _GOVERNMENT_ROLES)
            )
            or (
                toks[before].raw == "s"
                and text[toks[before].start - 1] in "'’"
                and before > 0
                and toks[before - 1].raw.islower()  # "the university's", not "the UK's"
            )
        ):
            continue
        j, link = k + 1, toks[k + 1].norm
        if link in ("for", "of"):
            j += 1
            if link == "for" and j < len(toks) and toks[j].norm == "the":
                j += 1  # "Department for the Economy"
        elif tok.raw != "Departement":
            continue
        if j >= len(toks) or not toks[j].cap:
            continue
        if toks[j].norm not in (_FIELDS if link == "for" else _PORTFOLIO_OPENERS):
            continue
        end = j
        while (
            end + 1 < len(toks)
            and toks[end + 1].cap
            and toks[end + 1].norm in _FIELDS
            and text[toks[end].end : toks[end + 1].start] == " "
        ):
            end += 1
        first = end
        more = _field_list_end(text, toks, end)
        while more != end:  # "Further and Higher Education, Research, Innovation and Science"
            end, more = more, _field_list_end(text, toks, more)
        end = max(end, _portfolio_list_end(text, toks, first))  # "Health and Aged Care"
        if link == "of" and end == j + 1 and toks[end].norm in _STUDIES:
            continue  # "Department of Health Sciences": a university's
        if link != "for" and toks[j].norm not in _GOVERNMENT_PORTFOLIOS:
            if not _listed_portfolio(text, toks, first, end):
                continue  # "Department of Physics", "Department of Science Education"
        start = k
        while start > 0 and toks[start - 1].raw in VH.OFFICIAL_MODIFIERS:
            start -= 1  # "Federal Department of Home Affairs", "Senate Department for X"
        out.append((start, end, "government"))
    return out


def _listed_portfolio(text: str, toks: list[Token], first: int, end: int) -> bool:
    """A department's portfolio opened by a field that is no government's own portfolio
    ("Science", "Industry") is a government's when it lists fields ("Department of Science
    and Technology", "Department of Industry, Science and Resources"): the list goes past
    the opening words (``first``), names no academic discipline ("Department of Arts and
    Humanities", "of Science and Technology Studies") and the department is of no other
    body after it ("the Department of Science and Technology at X University")."""
    if end <= first or any(toks[n].norm in _ACADEMIC for n in range(first, end + 1)):
        return False
    after = text[toks[end].end : toks[end].end + 5]
    return not (after.startswith((" at ", " of ", " aan ", " van ")))


def _legal_form_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """A name before a legal form is a company: "Quantix Photonics B.V.", "argenx SE"
    (a lower-case brand takes one word)."""
    out = []
    for m in LEGAL_AFTER.finditer(text):
        k = bisect.bisect_left(toks, m.start(), key=_end_of)
        if k >= len(toks) or toks[k].end != m.start():
            continue
        j = bisect.bisect_right(toks, m.end(), key=_end_of) - 1  # the form's last word
        start = k
        if toks[k].cap:
            while start > 0 and toks[start - 1].cap and _joins_company_words(text, toks, start):
                start -= 1
            while start < k and toks[start].norm in STARTERS:
                start += 1
        elif (
            not toks[k].raw.isalpha()
            or toks[k].norm in STARTERS
            or toks[k].norm in CONNECTORS
            or m.group()[1:] in _AFTER_CAPITALS_ONLY
        ):
            continue  # "studied AS patients": no lower-case brand before an ambiguous form
        if toks[start].norm in STARTERS or toks[start].norm in NON_ORG_TAILS:
            continue
        out.append((start, j, "company"))
    return out


def _joins_company_words(text: str, toks: list[Token], k: int) -> bool:
    """Token ``k - 1`` belongs to the company name that token ``k`` is part of: a space
    between them, or "&" after one capitalised word that follows no other ("Heller & Strand
    Biopartners AB", "Staelens & Zonen bv"; not "Leiden University & Shell B.V.") or after a
    surname with its particle ("Van Wijhe & Zonen B.V.")."""
    gap = text[toks[k - 1].end : toks[k].start]
    if gap == " ":
        return True
    if gap != " & ":
        return False
    if k >= 2 and toks[k - 2].cap and text[toks[k - 2].end : toks[k - 1].start] == " ":
        # "Van Wijhe & Zonen": a particle and a surname before "&" stay whole.
        return toks[k - 2].norm in _NAME_PARTICLES
    return True


def _lowercase_head_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """ "the HealthTIES consortium": a capitalised name followed by a lower-case group head."""
    out = []
    heads = map(_GROUP_HEADS.__contains__, map(_raw_of, islice(toks, 1, None)))
    for k in compress(range(1, len(toks)), heads):  # most words are no head: skipped in C
        tok = toks[k]
        if text[toks[k - 1].end : tok.start] != " ":
            continue
        kind = TRAILING_HEADS[tok.raw]
        if not is_cap(toks[k - 1]):
            continue  # "dat netwerk"
        start = k - 1
        while (
            start > 0
            and is_cap(toks[start - 1])
            and text[toks[start - 1].end : toks[start].start] == " "
        ):
            start -= 1
        while start < k and (toks[start].norm in STARTERS or not is_cap(toks[start])):
            start += 1
        if start == k or all(t.norm in GENERIC for t in toks[start:k]):
            continue
        if start > 0 and text[toks[start - 1].end : toks[start].start] == "-":
            continue  # "the Delft-Leiden-Rotterdam consortium" describes, it does not name
        if k - start == 1 and toks[start].raw.istitle():
            continue  # "the Rotterdam consortium": a place, not a name
        if any(t.norm in NON_ORG_TAILS or t.norm in VW.PERSON_TITLES for t in toks[start:k]):
            continue
        # The lower-case head describes the name, it is not part of it: "the ORBIS alliance"
        # is ORBIS.
        out.append((start, k - 1, kind))
    return out


def _national_opening(tok: Token) -> bool:
    """The name opens with a country's adjective or "National" ("Norwegian Institute of
    Public Health", "National School of Public Health"): a country's own body, not a
    university's unit, whatever discipline it names."""
    return (
        tok.raw in _NATIONAL_OPENERS
        or tok.raw in VH.NATIONALITIES
        or is_foreign_nationality(tok.raw)
    )


def _names_a_discipline(toks: list[Token], i: int, j: int, head: str) -> bool:
    """ "(Leiden) Institute of Physics", "School of Business and Economics": the words after
    the head and its "of"/"for" are all subjects taught, so the name is a university unit."""
    pos = next((k for k in range(i, j + 1) if toks[k].norm == head), None)
    if pos is None:  # the span was moved off its head ("Centre for X of Radboud university ...")
        return False
    rest = [t.norm for t in toks[pos + 1 : j + 1]]
    if not rest or rest[0] not in CONTINUATION:
        return False
    words = [w for w in rest[1:] if w not in CONNECTORS]
    return bool(words) and all(w in _DISCIPLINES or w.endswith(_DISCIPLINE_ENDINGS) for w in words)


def discipline_unit(toks: list[Token], i: int, j: int) -> bool:
    """The name is a unit's head, maybe after "Graduate", then "of"/"for" and subjects taught
    alone ("College of Engineering", "Graduate School of Pharmaceutical Sciences",
    "School of Industrial and Information Engineering"): a part of a university that the
    name does not say, never an organisation of its own."""
    k = i + 1 if i < j and toks[i].norm in VH.UNIT_HEAD_OPENERS else i
    head = toks[k].norm
    return (head in _UNIT_HEADS or head in VH.HEAD_FIRST_UNIT_HEADS) and _names_a_discipline(
        toks, k, j, head
    )


def _candidate_in(toks: list[Token], part: list[int]) -> tuple[int, int, str, str] | None:
    norms = [toks[k].norm for k in part]
    # Suffix heads first: "Bronovo Hospital", "Casimir Research School", with an optional
    # continuation ("Aeres University of Applied Sciences", "X Universiteit Rotterdam").
    for j in range(len(part) - 1, -1, -1):
        norm = norms[j]
        kind = SUFFIX_2.get((norms[j - 1], norm)) if j > 0 else None
        kind = kind or SUFFIX.get(norm)
        if kind is None or not toks[part[j]].raw[0].isupper():
            continue
        if norm in _COMPANY_ENDINGS and not _company_words(norms[:j]):
            continue  # "the Centre for Molecular Diagnostics": the head is another word
        end = j
        if norm in _COMPANY_ENDINGS:
            pass  # "Lindqvist Ventures of Uppsala": the company's seat, not its name
        elif end + 2 < len(part) and norms[end + 1] in CONTINUATION:
            end = len(part) - 1
        elif norm in _OPEN_HEADS and all(toks[k].cap for k in part[end + 1 :]):
            end = len(part) - 1  # "Regionaal Ziekenhuis Heilig Hart Tienen"
        elif end + 1 == len(part) - 1 and (
            (kind in _PLACE_NAMED and norms[end + 1] not in CONTINUATION)
            or norms[end + 1] in _PLACES
        ):
            end += 1  # a trailing place: "Erasmus Universiteit Rotterdam", "X Alliantie Nederland"
        start = 0
        while (
            start < j
            and (norms[start] in STARTERS or not toks[part[start]].raw[0].isupper())
            and not _after_article(toks, part[start])
            and not _opening_adjective_inside(toks, part[start])
        ):
            start += 1
        if j > start and not toks[part[j - 1]].cap and norms[j - 1] in CONNECTORS:
            # "Ronan Dalaigh of the University of Galway", "Electronics Engineering of the
            # School of X": what stands before "of the" is no part of the name.
            start = j
        start = _past_of_the(toks, part, start, j)
        start = _past_titled_person(toks, part, start, j)
        found = _checked(toks, part[start : end + 1], kind)
        if found is not None:
            return (*found, norm)
        break
    # Prefix heads: "Stichting X", "Gemeente X", "Ministerie van X", "Hochschule X".
    for j, norm in enumerate(norms):
        head = PREFIX.get(norm)
        if head is None or not toks[part[j]].raw[0].isupper():
            continue
        kind, needs_of = head
        rest = part[j + 1 :]
        again = next((n for n, k in enumerate(rest) if toks[k].norm == norm), None)
        if again is not None:
            rest = rest[:again]  # "Universidad X de Madrid Universidad X ...": two names
        if not rest or not kind:
            continue
        if needs_of and toks[rest[0]].norm not in CONTINUATION:
            continue
        start = _official_start(toks, part, j, kind)
        found = _checked(toks, part[start : j + 1 + len(rest)], kind)
        return None if found is None else (*found, norm)
    return None


def _past_of_the(toks: list[Token], part: list[int], start: int, j: int) -> int:
    """Where a name with the suffix head at ``part[j]`` starts when "of the" comes before a
    compound that holds the head ("Ingrid Vos of the Max-Planck-Institut für X"): after
    "of the", when the capitalised words before it have no head of their own (a person;
    "University of the West of England Research Institute" keeps its start)."""
    for n in range(j - 1, start + 1, -1):
        link, article = toks[part[n - 1]], toks[part[n]]
        if article.cap or link.cap or article.norm not in _ARTICLES_AFTER_LINK:
            continue
        if link.norm not in CONNECTORS:
            continue
        before = part[start : n - 1]
        if before and all(
            toks[k].cap and toks[k].norm not in SUFFIX and toks[k].norm not in PREFIX
            for k in before
        ):
            return n + 1
        return start
    return start


def _named_board(toks: list[Token], i: int, j: int) -> bool:
    """The board at tokens ``i`` to ``j`` (its head last) is a public body named by what it
    oversees ("Green Valley Care Board", "Economic Development Board", "Twente Board"),
    not an organ of another organisation ("the Executive Board", "the Scientific Advisory
    Board", "the Faculty Board"): no governing word before the head, and one word there
    that is not a common name word."""
    words = [t.norm for t in toks[i:j] if t.norm not in STARTERS]
    return (
        toks[j].norm in _NAMED_BOARD_HEADS
        and bool(words)
        and all(t.cap for t in toks[i : j + 1])
        and not any(t.norm in _GOVERNING_WORDS for t in toks[i:j])
        and not all(w in GENERIC for w in words)
    )


def _after_article(toks: list[Token], k: int) -> bool:
    """Token ``k`` is capitalised right after a lower-case article, so inside a sentence: a
    word of the name even where it could open a sentence ("de New Energy Coalition")."""
    return (
        k > 0
        and toks[k].raw[0].isupper()
        and toks[k].norm not in _ARTICLES_AFTER_LINK
        and toks[k - 1].norm in _ARTICLES_AFTER_LINK
        and toks[k - 1].raw.islower()
    )


def _opening_adjective_inside(toks: list[Token], k: int) -> bool:
    """Token ``k`` is a capitalised adjective that opens names ("New"), after a lower-case
    word, so inside a sentence: a word of the name ("Hanze and New Energy Coalition", "met
    Nieuwe Energie Coöperatie"), not an opener ("New partners joined X Consortium")."""
    return (
        k > 0
        and toks[k].norm in _OPENING_STARTERS
        and toks[k].raw[0].isupper()
        and toks[k - 1].raw.islower()
    )


def _past_titled_person(toks: list[Token], part: list[int], start: int, j: int) -> int:
    """Where a name with the suffix head at ``part[j]`` starts when a titled person and
    "of" come before it ("Dr. Mara Quist of Halden University"): after "of", when a
    person's title or role stands right before one to three capitalised words that have
    no head of their own ("the Bank of X Foundation", "Isle of X Council" keep theirs)."""
    first = part[start]
    if first == 0 or toks[first - 1].norm not in _PERSON_CUES:
        return start
    for n in range(start + 1, min(start + 4, j)):
        link = toks[part[n]]
        if link.cap or link.norm not in _PERSON_LINKS:
            continue
        if all(
            toks[k].cap and toks[k].norm not in SUFFIX and toks[k].norm not in PREFIX
            for k in part[start:n]
        ):
            return n + 1
        return start
    return start


def _company_words(words: list[str]) -> bool:
    """The words before a company ending name a company: one to three plain words, no
    connector or other head among them, not all common ("Tessera", not "Advanced")."""
    named = [w for w in words if w not in STARTERS]
    return (
        0 < len(named) <= 3
        and not any(w in CONNECTORS or w in SUFFIX or w in PREFIX for w in named)
        and not all(w in GENERIC or w in _COMMON_MODIFIERS for w in named)
    )


def _official_start(toks: list[Token], part: list[int], j: int, kind: str) -> int:
    """Where a name with the prefix head at ``part[j]`` starts: back over "Federal",
    "State" and a region ("Bavarian State Ministry of ..."), or one nationality right
    before an English head ("the Danish Ministry of ..."), but not "German" in "German
    Federal Ministry of ..." (the official name starts at "Federal") nor a nationality
    before a head in another language ("the Spanish Ministerio de ...", "de Duitse
    Hochschule X": the name as the country writes it has none)."""
    start = j
    while start > 0 and toks[part[start - 1]].raw in VH.OFFICIAL_MODIFIERS:
        start -= 1
    if start > 0 and toks[part[start - 1]].raw in VH.REGIONAL_ADJECTIVES:
        start -= 1
    elif (
        start == j
        and start > 0
        and toks[part[j]].raw in VH.ENGLISH_PREFIX_HEADS
        and toks[part[start - 1]].norm not in STARTERS
        and (
            toks[part[start - 1]].raw in VH.NATIONALITIES
            or is_foreign_nationality(toks[part[start - 1]].raw)
        )
    ):
        start -= 1
    elif start == j and start > 0 and _own_word_before(toks, part[j - 1], part[j]):
        start -= 1
    return start


def _own_word_before(toks: list[Token], k: int, head: int) -> bool:
    """The capitalised word at token ``k`` right before a prefix head in a language other
    than English is the name's own: "Pontificia Universidad X", "Jade Hochschule X",
    "Niedersächsisches Ministerium für X" (the country writes its adjective there). Not a
    word that opens no name (an article, a title, a nationality, a place, another head
    or an acronym), and never before an English head ("Health Ministry of X")."""
    tok = toks[k]
    return (
        k == head - 1
        and toks[head].raw not in VH.ENGLISH_PREFIX_HEADS
        and tok.cap
        and tok.raw[1:].islower()
        and tok.norm not in STARTERS
        and tok.norm not in VH.FOREIGN_ARTICLES
        and tok.norm not in VW.PERSON_TITLES
        and tok.norm not in SUFFIX
        and tok.norm not in PREFIX
        and tok.norm not in _PLACE_WORDS
        and tok.raw not in VH.NATIONALITIES
        and tok.raw not in VH.HOME_NATIONALITIES
        and not is_foreign_nationality(tok.raw)
    )


def _checked(toks: list[Token], span: list[int], kind: str) -> tuple[int, int, str] | None:
    norms = [toks[k].norm for k in span]
    if len(span) < 2:
        return None
    if any(n in VW.PERSON_TITLES for n in norms):
        return None
    if norms[-1] in NON_ORG_TAILS or (norms[0] in NON_ORG_TAILS and norms[0] not in PREFIX):
        return None
    if any(n in _EVENTS for n in norms):
        return None  # "Leiden Summer School"
    if all(n in GENERIC for n in norms) and not any(n in _PORTFOLIOS for n in norms):
        return None  # "Ministry of Science" is a name, "the Research Institute" is not
    return span[0], span[-1], kind


def _appositive_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """Names after a descriptive noun: "dairy cooperative FrieslandCampina", "insurer X"."""
    out = []
    heads = map(_APPOSITIVE_HEADS.__contains__, map(_norm_of, toks))
    for k in compress(range(len(toks) - 1), heads):  # most words are no head: skipped in C
        tok = toks[k]
        kind = APPOSITIVE.get(tok.norm) or LOWER_PREFIX.get(tok.norm)
        if kind is None or not tok.raw.islower():
            continue
        if tok.norm == "group" and k > 0 and toks[k - 1].norm in _NON_COMPANY_GROUPS:
            continue  # "the research group Quantum Optics": people, not a company
        j = k + 1
        if tok.norm in LOWER_PREFIX:
            if tok.norm in _NEEDS_OF and toks[j].norm not in ("van", "of"):
                continue
            # "de gemeente Enschede": the head is part of the name.
            name_end = j + 1 if toks[j].norm in ("van", "of") else j
            if name_end >= len(toks) or not is_cap(toks[name_end]):
                continue
            if text[tok.end : toks[j].start] != " " or text[
                toks[j].end : toks[name_end].start
            ] not in ("", " "):
                continue
            end = name_end
            while (
                end + 1 < len(toks)
                and is_cap(toks[end + 1])
                and RULE_GAP.match(text[toks[end].end : toks[end + 1].start])
            ):
                end += 1
            if tok.norm in _PORTFOLIOS:
                end = _field_list_end(text, toks, end)  # "ministerie van Economie, Handel en ..."
            start = k
            if k > 0 and kind in _NATIONAL_KINDS and is_foreign_nationality(toks[k - 1].raw):
                start = k - 1  # "het Japanse ministerie van ...": not the Dutch ministry
            out.append((start, end, kind))
            continue
        noun_end = tok.end
        if text[tok.end : toks[j].start] == "-" and toks[j].raw.islower() and j + 1 < len(toks):
            noun_end = toks[j].end  # "start-up", "spin-off", "scale-up": one noun
            j += 1
        if text[noun_end : toks[j].start] != " " or not is_cap(toks[j]):
            continue
        end = j
        while (
            end + 1 < len(toks)
            and is_cap(toks[end + 1])
            and RULE_GAP.match(text[toks[end].end : toks[end + 1].start])
        ):
            end += 1
        if toks[j].norm in STARTERS or toks[end].norm in NON_ORG_TAILS:
            continue
        if end + 1 < len(toks) and toks[end + 1].norm in NON_ORG_TAILS:
            continue
        if end == j and (toks[j].raw in _NON_ORG_WORDS or toks[j].norm in _ROLE_WORDS):
            continue  # "Grundfos' group CTO", "the company Director": a role, no name
        out.append((j, end, kind))
    return out


def _run_end(text: str, toks: list[Token], j: int) -> int:
    """The last token of the capitalised name from token ``j`` on, across lower-case
    connectors other than "and" between capitalised words ("watermaatschappij Société des
    Eaux de Rhône-Alpes")."""
    end = j
    while end + 1 < len(toks):
        nxt = toks[end + 1]
        if is_cap(nxt) and RULE_GAP.match(text[toks[end].end : nxt.start]):
            end += 1
        elif (
            end + 2 < len(toks)
            and nxt.raw.islower()
            and nxt.norm in CONNECTORS
            and nxt.norm not in _AND_WORDS
            and is_cap(toks[end + 2])
            and text[toks[end].end : nxt.start] == " "
            and text[nxt.end : toks[end + 2].start] == " "
        ):
            end += 2
        else:
            break
    return end


def _appositive_list_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """Names after a Dutch compound noun ("materialengroep Umicore", "zaadbedrijf KWS"),
    and every name of the list after a plural one ("de woningcorporaties De Key en DUWO",
    "the companies Avebe and Cosun")."""
    out: list[tuple[int, int, str]] = []
    # The noun stands right before a capitalised word: only those words are looked at.
    for k in compress(count(), map(_cap_of, islice(toks, 1, None))):
        tok = toks[k]
        if not tok.norm.endswith(_APPOSITIVE_WORDS):
            continue
        opening = not tok.raw.islower()
        if opening and not _opening_compound(text, tok):
            continue
        if tok.norm in VH.APPOSITIVE_PLURALS:
            kind, plural = VH.APPOSITIVE_PLURALS[tok.norm], True
        else:
            ending = next(e for e in _APPOSITIVE_ENDINGS if tok.norm.endswith(e))
            if len(tok.norm) - len(ending) < 3:
                continue  # "bedrijf" alone is no compound
            kind = VH.APPOSITIVE_COMPOUND_ENDINGS[ending]
            plural = ending.endswith(("en", "s"))  # "bedrijven", "corporaties"
        j = k + 1
        while j < len(toks) and text[toks[j - 1].end : toks[j].start] in _LIST_GAPS:
            start = j
            if toks[j].norm in ("de", "het", "the") and toks[j].raw[0].isupper():
                j += 1  # "De Key": a capitalised article starts the name
            if j >= len(toks) or not is_cap(toks[j]) or toks[j].norm in STARTERS:
                break
            end = _run_end(text, toks, j)
            if toks[end].norm in NON_ORG_TAILS:
                break
            if opening and all(toks[x].norm in _PLACES for x in range(j, end + 1)):
                break  # "Zorgverzekeraars Nederland": the noun opens the name
            out.append((start, end, kind))
            j = end + 1
            if not plural:
                break
            if j < len(toks) and toks[j].norm in _AND_WORDS:
                j += 1  # "... en DUWO"
    return out


def _opening_compound(text: str, tok: Token) -> bool:
    """A Dutch compound noun capitalised only because it opens the sentence
    ("Zorgverzekeraar X denkt mee", "Hengelo – Machinebouwer X heeft ..."): it still
    describes the name after it. Only a compound, never the bare ending ("Bureau X",
    "Netwerk X" may open a name)."""
    if not tok.raw[1:].islower() or tok.norm in VH.APPOSITIVE_COMPOUND_ENDINGS:
        return False
    return text[: tok.start].rstrip()[-1:] in _SENTENCE_OPENERS


def _hyphenated_start(text: str, toks: list[Token], k: int) -> int:
    """The first of the capitalised words joined to token ``k`` by hyphens: a compound
    name is one word ("Sint-Franciscusziekenhuis", "Onze-Lieve-Vrouwziekenhuis")."""
    start = k
    while (
        start > 0 and toks[start - 1].cap and text[toks[start - 1].end : toks[start].start] == "-"
    ):
        start -= 1
    return start


def _compound_name_end(text: str, toks: list[Token], k: int) -> int:
    """The last token of the one name (hyphens joining its parts) after a network or
    hospital compound at token ``k``: "Ziekenhuisnetwerk Noordzee", "Ziekenhuisnetwerk
    Kempen-Hageland", "Maasziekenhuis Pantein". Not a name that goes on with another
    capitalised word ("Kinderziekenhuis Erasmus MC"), not an acronym or a word that opens
    no name."""
    j = k + 1
    if j >= len(toks) or text[toks[k].end : toks[j].start] != " " or not toks[j].cap:
        return k
    if toks[j].raw.isupper() or toks[j].norm in STARTERS or toks[j].norm in _ROLE_WORDS:
        return k
    while j + 1 < len(toks) and toks[j + 1].cap and text[toks[j].end : toks[j + 1].start] == "-":
        j += 1
    if j + 1 < len(toks) and toks[j + 1].cap and text[toks[j].end : toks[j + 1].start] == " ":
        return k
    return j


def _named_before(text: str, toks: list[Token], k: int) -> bool:
    """A capitalised word that opens no sentence and no name of its own stands right before
    token ``k``: the compound there ends a longer name ("het Wilhelmina
    Kinderziekenhuis", "ZNA Koningin Paola Kinderziekenhuis"). Not an opening adjective
    ("Nationaal Ouderenfonds"), and not before an acronym that the whole name has."""
    if k == 0 or text[toks[k - 1].end : toks[k].start] != " ":
        return False
    before = toks[k - 1]
    return (
        before.cap
        and not before.raw.isupper()
        and before.norm not in STARTERS
        and before.raw not in _DUTCH_OPENING_ADJECTIVES
        and not ACRONYM_AFTER.match(text, toks[k].end)  # "... Onderzoeksinstituut (BIOMED)"
    )


def _word_before(text: str, toks: list[Token], k: int) -> str:
    """The first letter of the capitalised word right before token ``k`` ("" if none)."""
    if k == 0 or not toks[k - 1].cap or text[toks[k - 1].end : toks[k].start] != " ":
        return ""
    return toks[k - 1].raw[0]


def _compound_candidates(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """One-word Dutch compounds ending in a head ("Oncologienetwerk Midden-Nederland",
    "Gezondheidsraad"): with a place after them, or anywhere but at a sentence start."""
    out = []
    for k in compress(count(), map(_cap_of, toks)):
        tok = toks[k]
        raw = tok.raw
        if len(raw) < 9 or not raw[1:].islower():
            continue
        m = _COMPOUND.match(tok.norm)
        if m is None or tok.norm in _BUDGET_COMPOUNDS:
            continue  # "uit het Nationaal Groeifonds": a budget, no body
        kind = VH.COMPOUND_HEADS[m.group(1)]
        end = k
        while (
            end + 1 < len(toks)
            and toks[end + 1].norm in _PLACES
            and RULE_GAP.match(text[toks[end].end : toks[end + 1].start])
        ):
            end += 1
        named = end
        while (
            named + 1 < len(toks)
            and toks[named + 1].cap
            and text[toks[named].end : toks[named + 1].start] == " "
        ):
            named += 1
        acronym = ACRONYM_AFTER.match(text, toks[named].end) if named > end else None
        if acronym is not None and acronym.group(1)[0] in (raw[0], _word_before(text, toks, k)):
            end = named  # "Ziekenhuisnetwerk Antwerpen (ZNA)": the acronym spells it all
            # (maybe from a capitalised word before it: "Regionaal Opleidingsnetwerk X (RO..)")
        elif end == k and m.group(1) in VH.NAMED_COMPOUND_HEADS:
            end = _compound_name_end(text, toks, k)  # "Ziekenhuisnetwerk Noordzee"
        if end == k:
            end = _portfolio_end(text, toks, k, _PORTFOLIO_CONNECTORS)  # "Adviesraad voor X"
        opens = k == 0 or text[: tok.start].rstrip()[-1:] in (".", "!", "?", ":", "")
        if end == k and opens:
            continue
        start = _hyphenated_start(text, toks, k)  # "Sint-Franciscusziekenhuis"
        if (
            start == k
            and k > 0
            and toks[k - 1].cap
            and toks[k - 1].norm.endswith(("e", "es"))
            and toks[k - 1].norm not in STARTERS
            and text[toks[k - 1].end : tok.start] == " "
        ):
            start = k - 1  # an inflected adjective: "Europese Onderzoeksraad", "Statistisches
            # Bundesamt"
        elif start == k and end == k and _named_before(text, toks, k):
            continue  # "het Emma Kinderziekenhuis": the compound alone is no name
        out.append((start, end, kind))
    return out
