"""Spot organisation names in text and resolve each surface form to one organisation.

Two mechanisms, in this order:

1. the gazetteer: known names and aliases, matched token by token (longest first);
2. rules for unknown names: capitalised spans with an organisation head word
   ("Bronovo Hospital", "Stichting Economie071", "Ministry of X"), names after a
   descriptive noun ("insurer Zilveren Kruis"), and acronyms defined in
   parentheses after a name ("Haaglanden Medisch Centrum (HMC)"), which then
   count as aliases for the rest of the page.

Around them: coordinated heads ("the Universities of Ghent and Bristol" are two
organisations), named units folded into the university next to them ("ETH's
Laboratory of X"), translated names resolved by a known acronym ("Europese
Onderzoeksraad (ERC)"), foreign bodies kept apart from the Dutch ones of that name,
and lower-case brands that open a sentence with a possessive ("bp's").

Everything works on "units" (the title and each paragraph), so mention offsets
are relative to the unit they were found in.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter
from urllib.parse import urlsplit

from scraper.extract.case_blind import AnyOf
from scraper.extract.organisations.context import (
    bullet_names,
    conjunct_names,
    cued_names,
    defined_names,
    described_names,
    investor_hint,
    investor_names,
    is_list_item,
    listed_names,
    named_names,
    opens_partner_list,
    partner_after_with,
    signing_subjects,
    subject_names,
    worth_a_look,
)
from scraper.extract.organisations.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    fold_accents,
    norm_token,
)
from scraper.extract.organisations.lexicon import (
    ACRONYM_AFTER,
    ARTICLES,
    CONNECTORS,
    DEFINED_AFTER,
    LEGAL_AFTER,
    NON_ORG_TAILS,
    PREFIX,
    STARTERS,
    SUFFIX,
    SUFFIX_2,
    TRAILING_HEADS,
    WORD,
    Token,
    is_cap,
    is_foreign_nationality,
    name_text,
    tokenize,
)
from scraper.extract.organisations.owner import site_owner
from scraper.extract.organisations.rules import (
    NOT_A_PLACE,
    UNIT_KIND,
    discipline_unit,
    rule_candidates,
)
from scraper.extract.organisations.ties import renamed, tied_names
from scraper.extract.organisations.vocab import context as VX
from scraper.extract.organisations.vocab import heads as VH
from scraper.extract.organisations.vocab import words as VW
from scraper.keys import alias_key
from scraper.models import Organisation

# An acronym defined in brackets after a name, maybe after defining words ("(hierna: UvA)").
_ACRONYM = ACRONYM_AFTER
# The same, matched at an offset (``pattern.match(text, pos)``) instead of on a copy.
_ACRONYM_AT = ACRONYM_AFTER
# A closing bracket after white space (``\s`` is what ``str.lstrip`` strips), an opening one.
_OPENING_AT = re.compile(r"\s*\(")
_CLOSING_AT = re.compile(r"\s*\)")
_ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Za-z0-9&+\-]*[A-Z][A-Za-z0-9&+\-]*)\s*\(\s*$")
_SHORT_HEADS = frozenset(norm_token(w) for w in VH.SHORT_REFERENCE_HEADS)
_LOWER_SHORT_HEADS = frozenset(norm_token(w) for w in VH.LOWER_SHORT_REFERENCE_HEADS)
_PART_OF = frozenset(VH.PART_OF_KINDS)
_UNIVERSITY_FORMS = ("{} University", "University of {}", "Universiteit {}", "{} Universiteit")
_REGION_HEADS = frozenset(norm_token(w) for w in VH.REGION_PREFIX_HEADS)
_NATIONAL_KINDS = frozenset({"ministry", "government"})
_PERSON_TITLES = frozenset(VW.PERSON_TITLES)
_COORDINATED_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?"
# "the Universities of Ghent and Bristol", "de universiteiten van Gent, Leuven en Antwerpen".
_COORDINATED = re.compile(
    r"\b(?i:(" + "|".join(VH.COORDINATED_HEADS) + r"))\s+(?:of|van)\s+"
    rf"((?:{_COORDINATED_NAME})(?:\s*,\s*{_COORDINATED_NAME})*,?\s+(?:and|en|&)\s+"
    rf"{_COORDINATED_NAME})"
)
_COORDINATED_PART = re.compile(_COORDINATED_NAME)
# The Dutch plural head right before the names: "de provincies Gelderland en Fryslân".
_COORDINATED_BARE = re.compile(
    r"\b(" + "|".join(VH.COORDINATED_BARE_HEADS) + r")\s+(?!van\b)"
    rf"((?:{_COORDINATED_NAME})(?:\s*,\s*{_COORDINATED_NAME})*,?\s+en\s+"
    rf"{_COORDINATED_NAME})"
)
# The plural head after the names: "the Ghent and Bristol universities", "Oxford and
# Cambridge universities".
_COORDINATED_BEFORE = re.compile(
    rf"\b((?:{_COORDINATED_NAME})(?:\s*,\s*{_COORDINATED_NAME})*,?\s+(?:and|en|&)\s+"
    rf"{_COORDINATED_NAME})\s+(?i:(" + "|".join(VH.COORDINATED_HEADS) + r"))\b"
)
# The plural heads as they may be written: "universities", "Universities".
_COORDINATED_WORDS = frozenset(
    form for head in VH.COORDINATED_HEADS for form in (head, head.capitalize())
)
# A lower-case brand opening a sentence with a possessive: "bp's", "argenx’s".
_BRAND_OPENING = re.compile(r"(?:^|[.!?]\s+)([a-z][a-z0-9]{1,15})(?:’s|'s)\b")
# A lower-case word that opens a unit or a sentence: maybe a brand ("kelvyn forms ...").
_LOWER_OPENING = re.compile(r"(?:^|[.!?]\s+)([a-z][a-z0-9]{2,15})(?=[\s,])")
_LOWER_AFTER_STOP = re.compile(r"[.!?]\s+[a-z]")
# Words that name a company before its name ("spinout kelvyn", "biotechbedrijf qubiome").
_BRAND_NOUNS = tuple(VH.BRAND_NOUNS) + tuple(VH.APPOSITIVE_COMPOUND_ENDINGS)
# An apposition after a name: "kelvyn, a Zurich startup", "qubiome, een spin-off van".
_APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the|een|de|het)\s")
# Lower-case words that open sentences and are no brand.
_NOT_BRANDS = frozenset(norm_token(w) for w in VW.NAME_CONNECTORS) | frozenset(
    {"and", "or", "but", "en", "of", "maar", "dus", "want", "to", "te", "is", "was", "are"}
)
_COMMON_OPENERS = frozenset({"it", "that", "what", "there", "here", "let", "he", "she", "who"})
# Lower-case words that follow a start-up noun or open an apposition and are no brand.
_LOWER_FUNCTION_WORDS = frozenset(norm_token(w) for w in VW.LOWER_FUNCTION_WORDS)
# Parts of a university and what ties a named one to its parent.
_UNIT_HEADS = frozenset(norm_token(w) for w in VH.UNIT_HEADS)
_UNIT_ENDINGS = tuple(VH.UNIT_COMPOUND_ENDINGS)
_CITY_UNIT_HEADS = frozenset(norm_token(w) for w in VH.CITY_UNIT_HEADS)
_APOSTROPHES = ("'", "’")
_PARENT_KINDS = frozenset({"university", "umc", "university_of_applied_sciences"})
_WHOSE = re.compile(r",\s+(?:whose|wiens|wier)\s+(?:own\s+)?$")
_ITS_OWN = re.compile(
    r"\b(?:the|its|their)\s+(?:university|hospital|college)(?:’s|'s)\s+\Z", re.IGNORECASE
)
_UNIT_OF = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:of|van|at|aan)\s+(?:(?:the|de|het)\s+)?")
_CAPS_BEFORE = re.compile(r"\b[A-Z][A-Z0-9]+-$")
_CAPS_AFTER = re.compile(r"-[A-Z][A-Z0-9]+\b")
# Short forms of names on the page ("Oxford", "de HU"): who may be called so, and where not.
_SHORT_FORM_KINDS = VH.SHORT_FORM_KINDS
_SHORT_FORM_GENERIC = frozenset(norm_token(w) for w in VH.SHORT_FORM_GENERIC_WORDS)
_NOT_BEFORE_SHORT_FORM = (
    frozenset(VX.PLACE_PREPOSITIONS) | frozenset({"of", "van"}) | frozenset(VX.PLACE_NOUNS)
)
_PLACE_TAILS = frozenset(VX.PLACE_TAILS)
# One capitalised word and the list glue after it, at the end of the text before a name
# (``_spelled_back``): "Cumbria, " and "Northumberland, " before "Tyne and Wear ...".
_LISTED_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)(?:, | and | en | & )\Z")
# "EUR 40 million": ``_not_currencies``.
_CURRENCY_CODES = frozenset(VW.CURRENCY_CODES)
_AMOUNT_AFTER = re.compile(r"\s?[\d€$£]")
_AMOUNT_BEFORE = re.compile(r"\d(?:\s?(?:mln|mld|bn|m|k|million|billion|miljoen|miljard))?\s?\Z")
# "het Interreg-programma Euregio Maas-Rijn": ``_not_programmes``.
_PROGRAMME_BEFORE = frozenset(VX.PROGRAMME_BEFORE)
_LAST_WORD = re.compile(r"([\w-]+)\s+\Z")
# Lower-case brands the page introduces: ``_learn_introduced_brands``.
_COMPOUND_INTRODUCERS = tuple(VH.APPOSITIVE_COMPOUND_ENDINGS)
# A start-up noun or a compound's ending, then a lower-case word: the regex finds the
# literal ending (fast), ``_introducing_noun`` checks the whole word it ends.
_BRAND_AFTER_NOUN = re.compile(
    r"("
    + "|".join(map(re.escape, sorted({*VH.INTRODUCING_NOUNS, *_COMPOUND_INTRODUCERS})))
    + r")\s+([a-z][a-z0-9]*[A-Za-z0-9]{2,14})(?![\w-])"
)
_INTRODUCING = frozenset(VH.INTRODUCING_NOUNS)
_SET_OFF = re.compile(r"[,;:)]|\s\(|\s*\Z")
_INNER_CAPITAL_OR_DIGIT = re.compile(r".[A-Z0-9]")
# The word after a lower-case brand (``_before_and_or_verb``), and the endings of the
# past tenses, participles and adverbs that follow a start-up noun as no brand.
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_AFTER_A_BRAND = frozenset(VW.WORDS_AFTER_A_BRAND)
_VERB_OR_ADVERB_ENDINGS = tuple(VW.VERB_OR_ADVERB_ENDINGS)
# ", a young company", ", een spin-off": the apposition, found from its comma (fast); the
# brand is the lower-case word right before it (``_WORD_BEFORE_COMMA``).
_BRAND_APPOSED = re.compile(
    r",\s+(?:a|an|een)\s+((?:[\w-]+\s+){0,3}?)(?:"
    + "|".join(map(re.escape, VH.APPOSED_BRAND_NOUNS))
    + r")\b"
)
_WORD_BEFORE_COMMA = re.compile(r"(?<![\w.-])([a-z][a-z0-9]*[A-Za-z0-9]{2,14})\Z")
# Cheap pre-check (speed, not meaning): a unit without one of these has no introduced brand.
_BRAND_HINTS = AnyOf(
    (
        ", a ",
        ", an ",
        ", een ",
        *(f"{w} " for w in sorted({*VH.INTRODUCING_NOUNS, *_COMPOUND_INTRODUCERS})),
    )
)
# "de Delftse Fermentum B.V.": ``_without_describing_adjective``.
_OPENING_ADJECTIVES = VH.NAME_OPENING_ADJECTIVES
_DESCRIBED_HEADS = frozenset({"hospital", "umc", "company"})
# "the German Federal Ministry of Education": ``_foreign_body``.
_NATIONAL_MODIFIER_BEFORE = re.compile(
    r"\b([A-Z][a-z]+) (?:" + "|".join(sorted(VH.NATIONAL_MODIFIERS)) + r") \Z"
)
# "Sheffield Children's NHS Foundation Trust": ``_possessive_names``.
_POSSESSIVE_NAME = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w.-]*\s(?:(?:and|&)\s)?){0,3}(?:"
    + "|".join(VH.NAME_POSSESSORS)
    + r")['’]s(?:\s[A-Z][\w&-]*){1,6})"
)
_POSSESSIVE_HINT = re.compile(r"[a-z]['’]s [A-Z]")
_GOVERNING_BODIES = tuple(VX.GOVERNING_BODIES)
# "Nationaal Ouderenfonds": ``_with_opening_adjective``.
_DUTCH_OPENING_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(VH.DUTCH_OPENING_ADJECTIVES)) + r") \Z"
)
# "Landspítali – The National University Hospital of Iceland", "Museum für Naturkunde –
# Leibniz-Institut für ...": a name, a spaced dash, a name the rules read (``_dashed_names``).
_DASH_BEFORE = re.compile(r"\s[–—]\s(?:(?:[Tt]he|[Dd]e|[Hh]et|[Dd]ie|[Dd]er|[Dd]as)\s)?\Z")
# What stands before a name that opens such a pair: a sentence's start, a comma, an
# article, "and", "with", "between" (not "said", "in", "on": a person, a place, a day).
_DASHED_OPENERS = frozenset(
    """the de het der die das and en und et with met mit between tussen zwischen""".split()
)
_DASHED_LONGEST = 5  # words of the opening name, connectors included
_DAYS_AND_ROLES = frozenset(norm_token(w) for w in VW.MONTH_AND_DAY_NAMES) | frozenset(
    norm_token(w) for w in (*VX.ROLE_WORDS, *VW.PERSON_TITLES)
)
# "British Embassy in The Hague": ``_with_seat``.
_SEATED_HEADS = frozenset(norm_token(w) for w in VH.SEATED_HEADS)
_NAMED_SEAT_HEADS = frozenset(VH.NAMED_SEAT_HEADS)
_COUNTRIES = frozenset(norm_token(w) for w in VX.COUNTRY_NAMES)
_SEATS = frozenset(norm_token(w) for w in VX.PLACE_NAMES)
_ABROAD_HEADS = frozenset(VH.ABROAD_SEAT_HEADS)
_ROMANCE_SEAT_HEADS = frozenset(norm_token(w) for w in VH.ROMANCE_SEAT_HEADS)
_ROMANCE_SEAT_CONNECTORS = frozenset(VH.ROMANCE_SEAT_CONNECTORS)
_SEAT_AFTER = re.compile(r" in ((?:The |Den |De )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’&-])")
# Company short forms ("Kestrel" for "Kestrel Minerals plc"): ``_company_short_form``.
_COMPANY_SHORT_FORM_KINDS = VH.COMPANY_SHORT_FORM_KINDS
_COMPANY_SHORT_SKIP = VH.COMPANY_SHORT_FORM_SKIP
# A company introduced as another's part: ``_a_subsidiary``.
_SUBSIDIARY = re.compile(r"\b(?:" + "|".join(map(re.escape, VH.SUBSIDIARY_NOUNS)) + r")\b", re.I)
_COMPANY_SHORT_STOP = VH.COMPANY_SHORT_FORM_STOP
_NOT_BEFORE_COMPANY_SHORT = VH.COMPANY_SHORT_FORM_PLACE_BEFORE
_COMPANY_FIRST_WORD = re.compile(r"[A-Z][\w-]{2,}")
# Countries and continents (``_a_place_name``); unions of states and the words that
# make one a place ("outside the European Union", ``_drop_union_places``).
_PLACE_WORDS = frozenset(VX.COUNTRY_NAMES)
_WIDENING_LINKS = frozenset({"of", "for", "fur", "van", "voor"})
_GLUE_NEXT = re.compile(r"(?:\s*\([A-Z][\w&.-]{1,11}\))?(?:\s*,\s+|\s+(?:and|en|und|et)\s)")
_GLUE_AFTER_WORDS = (", ", " and ", " en ", " und ", " et ")
_GLUE_OPENINGS = frozenset(glue[0] for glue in _GLUE_AFTER_WORDS)
_GLUE_BEFORE_WORDS = tuple(
    glue + article
    for article in ("the ", "de ", "het ", "")
    for glue in (", ", " and ", " en ", " und ", " et ")
)
_UNIONS = frozenset(VX.UNIONS_OF_STATES)
_UNION_PLACE = re.compile(
    r"\b(?:in|outside|across|within|throughout|beyond|binnen|buiten)\s+(?:the\s+|de\s+)?\Z",
    re.IGNORECASE,
)
_PLACE_NOUNS = frozenset(VX.PLACE_NOUNS)
_INITIALS = re.compile(r"^[A-Z]{2,5}$")
_HOME_PLACES = VH.HOME_PLACES
# Dotted forms of known names: "U.Gent", "V.U.B.", "K.U.Leuven", "T.U./e": initials with full
# stops, maybe a word or "/e" after them.
# A page without one of these has no dotted form: spares the scan of its units.
# (Tried at full stops only, the capital before one looked behind at: speed, not meaning.)
_DOTTED_HINT = re.compile(r"\.(?<=[A-Z]\.)[A-Z/]")
_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){1,4})([A-Z][a-z]+\b|/[a-z]\b)?")
# "Kenya's Ministry of Health": a capitalised place with a possessive before it.
_MORE_FIELDS = re.compile(r"(?:,| and| en) [A-Z][\w-]+(?: [A-Z][\w-]+)?")
_FIELD_WORDS = frozenset(norm_token(w) for w in VW.FIELD_WORDS)
_PLACE_POSSESSIVE = re.compile(r"([A-Z][\w-]+)(?:'s|’s|'|’) \Z")
_AND_WORDS = frozenset({"and", "en", "und", "et", "or"})
# The "and" of a rule's name that may glue two names (``_split_glued_pairs``).
_PAIR_GLUE = re.compile(r" (?:and|en|und|et) ")
# Words that tie a page to the Netherlands (``_foreign_page_bodies``).
_HOME_WORDS = (
    frozenset(VH.HOME_PLACES)
    | frozenset(VH.HOME_NATIONALITIES)
    | frozenset({"Nederlands", "Hague", "Haag", "Rijksoverheid", "kabinet", "NWO", "OCW", "VWS"})
)
# "the Ministry of Health of Ghana", "het ministerie van Onderwijs van Noorwegen": a country
# after a ministry's portfolio (``_foreign_body``); the country must end the name.
_COUNTRY_AFTER = re.compile(r" (?:of|van) (?:the )?([A-Z][\w-]+)(?![\w'’-]| [A-Z])")
# "The university", "de universiteit", "our hospital": the site's owner when the page never
# names it. Not "the university of X" or "het ziekenhuis in Y" (another one, or a place).
_OWNER_PATTERNS = {
    kind: re.compile(
        r"\b(?:[Tt]he|[Dd]e|[Hh]et|[Oo]ur|[Oo]nze|[Oo]ns)\s+("
        + "|".join(nouns)
        + r")\b(?![-\w]|\s+(?:of|van|in|te|at|aan|for|voor)\b|'s|’s)"
    )
    for kind, nouns in VH.OWNER_NOUNS.items()
}
# An owner's name that opens with a possessive before its head: "Queen's University
# Belfast", "King's College London", "St George's Hospital" (``_owner_possessive_mentions``).
_OWNER_POSSESSIVE = re.compile(r"((?:St\.? )?[A-Z][a-z]+)['’]s [A-Z]")
# The glue of "the university and X" / "X en de hogeschool" (``_coordinated_with``).
_OWNER_AND = re.compile(r"\s+(?:and|en|&)\s+(?:(?:the|de|het)\s+)?", re.IGNORECASE)
# Kinds whose mention makes "the university" ambiguous.
_SAME_KINDS = {
    "university": frozenset({"university"}),
    "university_of_applied_sciences": frozenset({"university_of_applied_sciences"}),
    "umc": frozenset({"umc", "hospital"}),
    "hospital": frozenset({"umc", "hospital"}),
}
# Words after a company's one-word name that name a company of its group ("Hitachi Energy").
_BUSINESS_UNITS = frozenset(VW.BUSINESS_UNIT_WORDS)
# A capitalised word glued by a hyphen after a known name, ending the compound.
_GLUED_WORD = re.compile(r"-([A-Z][^\W_]*)(?![\w-])")
_AMPERSAND_WORD = re.compile(r" & [A-Z][^\W_]*(?![\w'’-])")
_GLUED_NON_ORG_ENDINGS = tuple(sorted(NON_ORG_TAILS | {"premie", "preis"}))
# What makes the acronym after it a body joined: "joins MEDHERIT", "lid van ECIU".
_JOIN_HINT = re.compile(r"\b(?:join|member|lid\b|leden\b|toe\b|toegetreden|aangesloten)")
_JOINED_ACRONYM = re.compile(
    r"\b(?:joins|joined|joining|to\s+join|members?\s+of|membership\s+of|lid\s+van|"
    r"leden\s+van|lidmaatschap\s+van|toe\s+tot|toegetreden\s+tot|aangesloten\s+bij)\s+"
    r"(?:(?:the|de|het)\s+)?([A-Z][A-Z0-9]{3,9})(?![\w&*-])"
)
_NEXT_WORD = re.compile(r"\s+(\w+)")
_SITE_ACRONYM = re.compile(r"[A-Z]{2,5}\Z")
_NON_ORG_ACRONYMS = (
    frozenset(VX.NON_ORG_ACRONYMS) | frozenset(VW.CURRENCY_CODES) | frozenset(VW.LEGAL_SUFFIXES)
)
_WORDS = re.compile(r"[\w’'-]+")
# Compass words after an association's acronym that name a regional branch ("LTO Noord").
_REGIONAL_BRANCHES = frozenset(VW.REGIONAL_BRANCH_WORDS)
_BRANCHED_KINDS = frozenset({"association", "company"})
# Heads of foundations named after a person ("Anna Bosch Stiftung").
_FOUNDER_HEADS = frozenset(
    norm_token(w) for w in ("Stiftung", "Foundation", "Stiftelse", "Fonden", "Fondation")
)
_DIVIDED_KINDS = frozenset({"company", "research_institute"})
# A city after a university's acronym: "LMU München", "Universität (UZH) Zürich".
_PLACE_NAMED_KINDS = frozenset({"university", "umc", "hospital"})
_PLACE_AFTER = re.compile(
    r"(\s*\([A-Z][A-Za-z]{1,10}\)|\))?\s([A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?)"
    r"(?![\w'’&-]|\s+[A-Z0-9(])"
)
# Words that are no place after a name: the rules' (roles, common name words, openers,
# months), connectors and heads.
_NOT_A_PLACE = (
    NOT_A_PLACE
    | frozenset(norm_token(w) for w in VW.NAME_CONNECTORS)
    | frozenset(SUFFIX)
    | frozenset(PREFIX)
)


# Punctuation allowed between the words of a known name ("4TU.Federation", "TU/e",
# "Wageningen University & Research", "Ministry of Education, Culture and Science").
_start_of = attrgetter("start")
_norm_of = attrgetter("norm")
_raw_of = attrgetter("raw")
_end_of = attrgetter("end")
_norm_of = attrgetter("norm")
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*")
# The part of a formal name after its comma, up to an acronym in brackets: capitalised
# first word, at most ten words, no other punctuation of a sentence (``_comma_names``).
_COMMA_TAIL = re.compile(r"([A-Z][\w’'&-]*(?: [\w’'&-]+){0,9}) \(([A-Z][A-Za-z0-9&*-]*[A-Z])\)")
_INITIAL_WORDS = re.compile(r"[^\W\d_]+")
# A dash with spaces too, where the known name has one ("Alma Mater Studiorum – Università
# di Bologna"); a star inside an acronym ("A*STAR").
_NAME_GAP = re.compile(r"^(?:\s{1,3}|\s?[-/&.+~!'’]\s?|\*|,\s|\s&\s|\.\s?|\s[–—]\s)$")


# A one-word name made of a word and an opening head ("Rijksmuseum"): ``_with_own_name``.
_COMPOUND_HEADED = re.compile(
    r"(?i)\w{4,}(?:" + "|".join(sorted(VH.OWN_NAME_COMPOUND_HEADS, key=len, reverse=True)) + r")$"
)
_OWN_NAME_LINKS = frozenset({"van", "voor", "of", "for", "fur", "der", "des"})
_PLACE_NORMS = frozenset(norm_token(w) for w in VX.PLACE_NAMES)


@dataclass(frozen=True, slots=True)
class OrgMention:
    """One occurrence of an organisation: canonical name, surface text and offsets."""

    name: str
    surface: str
    start: int
    end: int
    unit: int
    kind: str | None = None
    source: str = "gazetteer"


class _PageOrgs:
    """Collects mentions and page-local aliases while one page is scanned."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.local: dict[str, tuple[str, str | None]] = {}  # alias key -> (name, kind)
        self.local_phrases: dict[str, str] = {}  # exact-case acronym -> key

    def resolve(self, surface: str) -> tuple[str, str | None] | None:
        key = alias_key(surface)
        entry = self.gaz.by_key.get(key)
        if entry is not None:
            return entry.name, entry.kind
        return self.local.get(key)


def _gazetteer_matches(text: str, toks: list[Token], gaz: Gazetteer, unit: int) -> list[OrgMention]:
    out: list[OrgMention] = []
    # Most words start no known name: only the others are tried, in text order.
    norms = list(map(_norm_of, toks))
    starts = compress(count(), map(gaz.trie.__contains__, norms))
    resume = 0  # the first token after the last match
    for i in starts:
        if i < resume:
            continue
        hit = _match_at(text, toks, norms, i, gaz)
        if hit is None:
            continue
        n, entry = hit
        start, end = toks[i].start, toks[i + n - 1].end
        if n == 1 and _inside_compound(text, start, end):
            continue  # "EU" in "MARE-EU": part of another name
        if n == 1 and _after_given_name(toks, i):
            continue  # "Dr. Lieke Bosch": a surname, not the company
        if n == 1 and _founder_named(text, toks, i):
            continue  # "the Anna Bosch Stiftung": a person's foundation, named by the rules
        if (
            entry.kind in _NATIONAL_KINDS
            and i > 0
            and is_foreign_nationality(toks[i - 1].raw)
            and text[toks[i - 1].end : start] == " "
        ):
            continue  # "the Kenyan Ministry of Education" is not the Dutch ministry
        nxt = toks[i + n] if i + n < len(toks) else None
        if (
            nxt is not None
            and TRAILING_HEADS.get(nxt.raw) == entry.kind
            and text[end : nxt.start] == " "
        ):
            # "the Leiden Bio Science Park foundation", "the Medical Delta consortium"
            end = nxt.end
            n += 1
        name = entry.name
        if (
            n == 1
            and entry.kind in _DIVIDED_KINDS
            and nxt is not None
            and nxt.raw in _BUSINESS_UNITS
            and text[end : nxt.start] == " "
        ):
            # "Hitachi Energy", "Philips Research": a company (or institute) of the group,
            # named on its own; "& Word" goes on with it ("<Airline> Engineering & Services").
            end = nxt.end
            n += 1
            if (joined := _AMPERSAND_WORD.match(text, end)) is not None:
                end = joined.end()
                while i + n < len(toks) and toks[i + n].end <= end:
                    n += 1
            name = name_text(text, start, end)
        elif entry.kind == "company" and (site := _company_site_end(text, toks, i + n, gaz)):
            # "Zeiss SMT", "BASF Antwerpen": the brand's company at a site or of a unit.
            n = site - i
            end = toks[site - 1].end
            name = name_text(text, start, end)
        elif (
            n == 1
            and entry.kind in _BRANCHED_KINDS
            and nxt is not None
            and nxt.raw in _REGIONAL_BRANCHES
            and text[end : nxt.start] == " "
            and toks[i].raw.isupper()
        ):
            # "LTO Noord", "FNV Midden": a regional branch of the association, its own body.
            end = nxt.end
            n += 1
            name = name_text(text, start, end)
        glued = _glued_name_end(text, end, gaz) if text.startswith("-", end) else 0
        if glued:
            # "CEA-Leti": a known name glued to a word of its own names another body.
            end = glued
            while i + n < len(toks) and toks[i + n].end <= end:
                n += 1
            name = name_text(text, start, end)
        legal = LEGAL_AFTER.match(text, end)
        if legal is not None:
            # "argenx SE": the legal form belongs to the company's name.
            end = legal.end()
            while i + n < len(toks) and toks[i + n].end <= end:
                n += 1
        out.append(OrgMention(name, name_text(text, start, end), start, end, unit, entry.kind))
        resume = i + n
    return out


def _company_site_end(text: str, toks: list[Token], k: int, gaz: Gazetteer) -> int:
    """Where a known company's name goes on from token ``k`` (right after the brand) as the
    name of one of its sites or units, 0 where it does not: an acronym of its own ("Zeiss
    SMT"), or up to three capitalised words ending in a place ("BASF Antwerpen",
    "TotalEnergies Raffinaderij Antwerpen"), with a space before each and no capitalised
    word after the last (a longer run is a heading or another name). Roles ("Philips CEO")
    and known names ("Shell NAM") are no site."""
    if k >= len(toks) or text[toks[k - 1].end : toks[k].start] != " " or not toks[k].cap:
        return 0
    end = k
    while (
        end + 1 < len(toks)
        and end - k < 3
        and toks[end + 1].cap
        and text[toks[end].end : toks[end + 1].start] == " "
    ):
        end += 1
    if end - k == 3:
        return 0  # four capitalised words or more: a heading or a name of its own
    last = toks[end]
    if end == k and _SITE_ACRONYM.match(last.raw) and last.raw not in _NON_ORG_ACRONYMS:
        return 0 if alias_key(last.raw) in gaz.by_key else end + 1
    if last.norm not in _SEATS or any(t.norm in _DAYS_AND_ROLES for t in toks[k:end]):
        return 0
    return end + 1


def _glued_name_end(text: str, end: int, gaz: Gazetteer) -> int:
    """Where a name goes on when a known name ending at ``end`` is glued by a hyphen to a
    capitalised word of its own ("CEA-Leti", "Hogeschool Gent-Artevelde"), 0 where it does
    not: not before a known name ("VIB-UGent"), a place ("EU-China"), a head word
    ("VIB-Center"), a word ending in a prize, grant, programme or unit noun
    ("NWO-Spinozapremie", "TNO-Campus"), nor inside a longer compound ("CEA-Leti-lab")."""
    glued = _GLUED_WORD.match(text, end)
    if glued is None:
        return 0
    word = norm_token(glued.group(1))
    if (
        alias_key(word) in gaz.by_key
        or word in _SEATS
        or word in SUFFIX
        or word in PREFIX
        or word in _UNIT_HEADS
        or word.endswith(_GLUED_NON_ORG_ENDINGS)
    ):
        return 0
    return glued.end()


def _with_own_name(text: str, toks: list[Token], m: OrgMention, gaz: Gazetteer) -> OrgMention:
    """A known one-word name that is a compound of a head ("Rijksmuseum": a national
    museum) goes on with the name of one such body right after it: one capitalised word
    ("Rijksmuseum Twenthe"), or a link word and one or two ("Rijksmuseum van Oudheden").
    That is another body than the known one, named as written. Not a place, a day, a role,
    a head, an acronym or another known name ("the Rijksmuseum Amsterdam", "Rijksmuseum
    Tuesday"), nor a word of a longer capitalised run."""
    if not _COMPOUND_HEADED.match(m.surface):
        return m
    k = bisect.bisect_left(toks, m.end, key=_start_of)
    if k >= len(toks) or text[m.end : toks[k].start] != " ":
        return m
    first, most = k, 1
    if toks[k].norm in _OWN_NAME_LINKS and toks[k].raw.islower():
        first, most = k + 1, 2
        if first >= len(toks) or text[toks[k].end : toks[first].start] != " ":
            return m
    end = first - 1
    while (
        end + 1 < len(toks)
        and end + 1 - first < most
        and (end < first or text[toks[end].end : toks[end + 1].start] == " ")
        and toks[end + 1].cap
        and not toks[end + 1].raw.isupper()
        and toks[end + 1].norm not in _NOT_A_PLACE
        and toks[end + 1].norm not in _PLACE_NORMS
        and toks[end + 1].norm not in gaz.lengths
    ):
        end += 1
    if end < first or (
        end + 1 < len(toks)
        and toks[end + 1].cap
        and text[toks[end].end : toks[end + 1].start] == " "
    ):
        return m  # no name, or a longer run than one body's own name
    surface = name_text(text, m.start, toks[end].end)
    return replace(m, name=surface, surface=surface, end=toks[end].end, source="rule")


def _after_given_name(toks: list[Token], i: int) -> bool:
    """Token ``i`` follows a person's title and a capitalised given name: "Dr. Anna Bosch"."""
    return (
        i >= 2
        and toks[i - 1].cap
        and toks[i - 1].raw[1:].islower()
        and toks[i - 2].norm in _PERSON_TITLES
    )


def _founder_named(text: str, toks: list[Token], i: int) -> bool:
    """Token ``i`` is a surname between a given name and a foundation's head: "Anna Bosch
    Stiftung", "Pieter Shell Foundation" (the person's foundation, not the company's)."""
    if not (0 < i < len(toks) - 1):
        return False
    given, head = toks[i - 1], toks[i + 1]
    return (
        given.cap
        and given.raw[1:].isalpha()
        and given.raw[1:].islower()
        and given.norm not in STARTERS
        and given.norm not in ARTICLES
        and head.norm in _FOUNDER_HEADS
        and text[given.end : toks[i].start] == " "
        and text[toks[i].end : head.start] == " "
    )


def _inside_compound(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is glued by a hyphen to an all-caps word: "MARE-EU"."""
    before = _CAPS_BEFORE.search(text, 0, start) if start > 1 and text[start - 1] == "-" else None
    after = _CAPS_AFTER.match(text, end) if end < len(text) and text[end] == "-" else None
    return before is not None or after is not None


def _match_at(
    text: str, toks: list[Token], norms: list[str], i: int, gaz: Gazetteer
) -> tuple[int, GazetteerEntry] | None:
    """The longest known phrase starting at token ``i`` that is written as a name:
    (its length in tokens, its entry); ``norms`` are the tokens' normalised forms."""
    first = toks[i]
    for n in gaz.lengths_at(norms, i):
        phrase = tuple(norms[i : i + n])
        entry = gaz.phrases[phrase]
        if n == 1:
            # Short names match only as written ("ING", not "ing"; "SURF", not "Surf").
            if fold_accents(first.raw) not in gaz.cased.get(phrase, ()):
                continue
        else:
            # "gemeente Rotterdam" is a name, "leiden university" in running text is not.
            if not any(any(map(str.isupper, t.raw)) for t in toks[i : i + n]):
                continue
            if phrase[0] in ARTICLES and not first.raw[0].isupper():
                continue
            gaps = (text[toks[k].end : toks[k + 1].start] for k in range(i, i + n - 1))
            if not all(_NAME_GAP.match(g) for g in gaps):
                continue
        return n, entry
    return None


def _overlaps(a: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def find_mentions(
    units: Sequence[str],
    gazetteer: Gazetteer,
    tokens: Sequence[list[Token]] | None = None,
    site: str | None = None,
    site_name: str | None = None,
    owner: GazetteerEntry | None = None,
) -> list[list[OrgMention]]:
    """Every organisation mention in each unit (title, paragraphs), in text order.

    Page-local aliases (acronyms defined in parentheses, names found by rules)
    are shared across units, so "(HMC)" in one paragraph resolves "HMC" in the next.
    ``tokens`` are the units' ``tokenize`` results, when the caller has them.
    ``site``: the page's URL; on a university's or hospital's own site that never names
    it, "the university" / "de universiteit" is that organisation (``_owner_mentions``);
    ``site_name``, the name the site gives itself, says which one where the host does not.
    ``owner``: that organisation when the caller has found it already (``site_owner``), so
    that it is not found twice (speed: reading ``site_name`` takes the head-word rules).
    """
    page = _PageOrgs(gazetteer)
    if owner is None and site:
        owner = site_owner(gazetteer, site, site_name)
    if owner is not None:
        _learn_owner_initials(owner, page)
    tokens = [tokenize(u) for u in units] if tokens is None else list(tokens)
    mentions: list[list[OrgMention]] = []
    in_list = False  # the unit is an item of a bulleted partner list
    raws: list[frozenset[str]] = []  # each unit's words as written
    abroad: bool | None = None  # the page is about another country (``_about_abroad``)
    for u, (text, toks) in enumerate(zip(units, tokens, strict=True)):
        found = _gazetteer_matches(text, toks, gazetteer, u)
        words = frozenset(map(_raw_of, toks))
        if any(_COMPOUND_HEADED.match(m.surface) for m in found) and not _title_case(text, toks):
            found = [_with_own_name(text, toks, m, gazetteer) for m in found]
        if not _CURRENCY_CODES.isdisjoint(words):  # most units name no currency
            found = _not_currencies(text, found)
        spans = [(m.start, m.end) for m in found]
        raws.append(words)
        rules = (
            [] if _title_case(text, toks) else rule_candidates(text, toks, gazetteer.lengths, words)
        )
        for i, j, kind in rules:
            start, end = toks[i].start, toks[j].end
            if text[start:end].lower().startswith(_GOVERNING_BODIES):
                continue  # "de Raad van Bestuur van het Radboudumc": a body of one
            inner = [m for m in found if start <= m.start and m.end <= end]
            # "Institut Pasteur de Dakar", "Royal Society of Chemistry": another body.
            seated = _seat_extends(text, inner, toks, i, j) or _head_widened(
                text, inner, toks, i, j
            )
            if _overlaps((start, end), spans) and not (seated or _extends(inner, toks, i, j)):
                continue
            surface = name_text(text, start, end)
            if kind == UNIT_KIND:
                parent = _university_named(toks[i].raw, page)
                if parent is None:
                    continue  # a unit of a university the page does not name
            found = [m for m in found if m not in inner]
            spans = [(m.start, m.end) for m in found]
            name, okind = (
                page.resolve(surface) or _translated(text, toks, i, j, page) or (surface, kind)
            )
            if kind == UNIT_KIND and parent is not None:
                name, okind = parent
            elif name == surface and _is_unit(toks, i, j):
                # "ETH's Laboratory of X", "Instituut X (IX) van de UHasselt": folded into it.
                name, okind = _unit_parent(text, toks, i, j, found, page, mentions) or (
                    name,
                    okind,
                )
            if (
                len(inner) == 1
                and not seated
                and (inner[0].kind == kind or (inner[0].kind, kind) in _PART_OF)
            ):
                # "Stichting Leiden Bio Science Park" is the foundation the gazetteer knows;
                # "Erasmus MC Cancer Institute" is part of Erasmus MC, like a faculty.
                name, okind = inner[0].name, inner[0].kind
            page.local.setdefault(alias_key(surface), (name, okind))
            if j == i and not inner:
                # "studentenhuisvester DUWO" names DUWO for the rest of the page too.
                page.local_phrases.setdefault(toks[i].raw, alias_key(surface))
            found.append(OrgMention(name, surface, start, end, u, okind, "rule"))
            spans.append((start, end))
            _learn_region(surface, name, okind, page)
        if rules:
            found = [_name_bounds(text, m, found, page) for m in found]
            if " – " in text or " — " in text:
                found = _dashed_names(text, toks, found, page)
        if ("'s " in text or "’s " in text) and _POSSESSIVE_HINT.search(text):
            found = _possessive_names(text, found, page, u)
        if not _COORDINATED_WORDS.isdisjoint(words):
            found = _coordinated_heads(text, found, page, u)
        if any(m.kind in _NATIONAL_KINDS for m in found):
            found = [_foreign_body(m, text) for m in found]
            if any(_bare_ministry(m) for m in found):
                if abroad is None:
                    abroad = _about_abroad(tokens, site)
                if abroad:
                    found = [_as_written(m, page) if _bare_ministry(m) else m for m in found]
        found.sort(key=lambda m: m.start)
        for m in found:
            if m.source == "gazetteer":
                _learn_region(m.surface, m.name, m.kind, page)
        places = _places_after(text, toks, found) if _PLACE_NAMED_KINDS & kinds_of(found) else []
        found.extend(places)  # taken, so that the context rules leave the place alone
        found.extend(_by_context(text, toks, found, page, u, in_list))
        in_list = opens_partner_list(text) or (in_list and is_list_item(text, toks))
        found.sort(key=lambda m: m.start)
        if ", " in text and "(" in text:
            found = _comma_names(text, found, page, u)
        _learn_acronyms(text, found, page)
        if places:
            found = _with_places(text, found, page)
        mentions.append(found)
    if any(m.source == "rule" and _PAIR_GLUE.search(m.surface) for ms in mentions for m in ms):
        _split_glued_pairs(units, mentions, page)  # most pages have no name with "and"
    for text in units:
        _learn_brands(text, page)
        if _JOIN_HINT.search(text):
            _learn_joined_acronyms(text, page)
    _learn_opening_brands(units, page)
    _learn_introduced_brands(units, page)
    short_forms = _learn_short_forms(mentions, page, units)
    # A company's short form counts only after the company's first full mention.
    first_uses = _first_uses(mentions, short_forms) if short_forms else {}
    short_pattern = None  # compiled for the first unit that has a short form
    repeated = _learned_names(mentions)
    brands = frozenset(w for w, key in page.local_phrases.items() if w.islower())
    dotted = any(map(_DOTTED_HINT.search, units))
    # Second pass: page-defined acronyms and short references used anywhere on the page.
    for u, (text, toks) in enumerate(zip(units, tokens, strict=True)):
        # "TiSEM and Rabobank ..." in the headline, "(TiSEM)" defined in the body.
        mentions[u] = [
            _redefined(m, page, first_uses.get(short_forms.get(m.surface, ("",))[0]), u)
            if m.source == "context" and not _a_place(text, m)
            else m
            for m in mentions[u]
        ]
        found = mentions[u]
        spans = [(m.start, m.end) for m in found]
        phrases = page.local_phrases
        # A unit with none of the phrases as a word skips the token scan (a set test on its
        # words, ``raws``: speed, not meaning).
        if not phrases.keys().isdisjoint(raws[u]):
            for tok in compress(toks, map(phrases.__contains__, map(_raw_of, toks))):
                key = phrases.get(tok.raw)
                if key is None or _overlaps((tok.start, tok.end), spans):
                    continue
                name, okind = page.local[key]
                found.append(OrgMention(name, tok.raw, tok.start, tok.end, u, okind, "acronym"))
        found.extend(_short_references(text, toks, spans, mentions, u))
        # A short form is found only as a whole token: a unit without one as a word skips.
        if short_forms and not short_forms.keys().isdisjoint(raws[u]):
            if short_pattern is None:
                short_pattern = _words_pattern(short_forms)
            found.extend(
                m
                for m in _short_form_mentions(text, toks, found, short_forms, short_pattern, u)
                if first_uses.get(m.name, (-1, -1)) < (u, m.start)
            )
        if repeated is not None:
            found.extend(_repeated_names(text, found, repeated, page, u))
        if brands:
            found[:] = [_with_brand_before(text, m, brands) for m in found]
        if dotted and "." in text:
            found[:] = [_undotted(m, page) if m.source == "context" else m for m in found]
            found.extend(_dotted_names(text, found, page, u))
        found.sort(key=lambda m: m.start)
    _add_conjuncts(units, tokens, mentions, page)
    for u, text in enumerate(units):
        # Cheap pre-check (speed, not meaning): the word must be in the unit.
        if mentions[u] and ("rogram" in text or "nterreg" in text or "NTERREG" in text):
            mentions[u] = _not_programmes(text, mentions[u])
    _drop_union_places(units, mentions)
    _initialled_parents(mentions, page)
    renamed(mentions, tied_names(units, mentions))
    if owner is not None:
        _owner_possessive_mentions(units, mentions, owner)
        if not any(m.name == owner.name for ms in mentions for m in ms):
            _owner_mentions(units, mentions, owner)
    return mentions


def _initialled_parents(mentions: list[list[OrgMention]], page: _PageOrgs) -> None:
    """A university written by the initials of a name the page gives it in full ("NUS" beside
    "National University of Singapore", "UT" beside "Universiteit Twente"), and a unit named
    after those initials ("NUS Yong Loo Lin School of Medicine", "NUS Medicine", "UvA Faculty
    of Law" alike): that university, since the README folds a unit into its parent. Only
    names nothing else resolved, and initials that are no known name and no other
    university's initials on the page."""
    parents: dict[str, tuple[str, str | None]] = {}
    clashes: set[str] = set()
    for ms in mentions:
        for m in ms:
            if m.kind not in _PARENT_KINDS:
                continue
            for form in (m.name, m.surface):
                initials = _initials(form)
                if len(initials) < 2 or initials == form:
                    continue
                if parents.setdefault(initials, (m.name, m.kind))[0] != m.name:
                    clashes.add(initials)
    for initials in clashes:
        del parents[initials]
    if not parents:
        return
    for ms in mentions:
        for n, m in enumerate(ms):
            if m.name != m.surface or m.kind in _PARENT_KINDS:
                continue
            first, _, rest = m.surface.partition(" ")
            parent = parents.get(first)
            if parent is None or alias_key(first) in page.gaz.by_key:
                continue
            if rest and not _names_a_unit(rest):
                continue
            ms[n] = replace(m, name=parent[0], kind=parent[1])


def _names_a_unit(words: str) -> bool:
    """The words after a university's initials name one of its parts: a unit head
    ("... School of Medicine", "... Research Institute") or fields alone ("Medicine")."""
    norms = [norm_token(w) for w in _WORDS.findall(words)]
    return any(w in _UNIT_HEADS or w.endswith(_UNIT_ENDINGS) for w in norms) or (
        bool(norms) and _FIELD_WORDS.issuperset(norms)
    )


def _split_glued_pairs(
    units: Sequence[str], mentions: list[list[OrgMention]], page: _PageOrgs
) -> None:
    """Split a rule's name "A and B" into two when the page names both A and B apart
    elsewhere: "Brightwater Bio and Massachusetts General Hospital" in one sentence, and
    "Brightwater Bio" and "Massachusetts General Hospital" each on its own in others.
    One name with "and" in it ("Massachusetts Eye and Ear", "Food and Drug Administration")
    has halves that never stand alone. A half of one word is left alone ("Kent and Medway
    Medical School": "Kent" is a place the page may well name on its own), and so is a
    portfolio ("Ministry of Education and Research": "Research" stands alone anywhere)."""
    for ms in mentions:
        # A new list per unit, put in place once the unit is read: the loop never
        # walks a list it is changing.
        split: list[OrgMention] = []
        for m in ms:
            glue = list(_PAIR_GLUE.finditer(m.surface)) if m.source == "rule" else []
            if len(glue) != 1:
                split.append(m)
                continue
            left, right = m.surface[: glue[0].start()], m.surface[glue[0].end() :]
            if not _pair_halves(left, right) or not (
                _stands_alone(units, left, m.surface) and _stands_alone(units, right, m.surface)
            ):
                split.append(m)
                continue
            split.append(_half(left, m.start, m, mentions, page))
            split.append(_half(right, m.end - len(right), m, mentions, page))
        ms[:] = split


def _pair_halves(left: str, right: str) -> bool:
    """Both halves have two words or more, and "and" joins no two fields ("Ministry of
    Education and Research", "Institute of Science and Technology Austria")."""
    first, last = left.split(), right.split()
    return (
        len(first) >= 2
        and len(last) >= 2
        and norm_token(first[-1]) not in _FIELD_WORDS
        and norm_token(last[0]) not in _FIELD_WORDS
    )


def _stands_alone(units: Sequence[str], half: str, whole: str) -> bool:
    """``half`` occurs as whole words somewhere on the page outside ``whole``."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(half) + r"(?![\w-])")
    for text in units:
        if half not in text:
            continue
        inside = [(w.start(), w.end()) for w in re.finditer(re.escape(whole), text)]
        for found in pattern.finditer(text):
            if not any(a <= found.start() and found.end() <= b for a, b in inside):
                return True
    return False


def _half(
    surface: str,
    start: int,
    whole: OrgMention,
    mentions: Sequence[Sequence[OrgMention]],
    page: _PageOrgs,
) -> OrgMention:
    """One half of a split "A and B": the organisation the page names with it (the same
    surface, else a name it opens: "Solent Valley" of "Solent Valley NHS Foundation
    Trust"), else the one the gazetteer or the head-word rules make of it."""
    others = [m for ms in mentions for m in ms if m is not whole and m.name != whole.name]
    same = next((m for m in others if m.surface == surface), None)
    same = same or next((m for m in others if m.surface.startswith(surface + " ")), None)
    if same is not None:
        name, kind = same.name, same.kind
    else:
        toks = tokenize(surface)
        ruled = [
            kind
            for i, j, kind in rule_candidates(surface, toks, page.gaz.lengths)
            if i == 0 and j == len(toks) - 1 and kind != UNIT_KIND
        ]
        name, kind = page.resolve(surface) or (surface, ruled[0] if ruled else None)
    return OrgMention(name, surface, start, start + len(surface), whole.unit, kind, "rule")


def _not_currencies(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """The mentions without currency codes next to an amount: "a grant of EUR 2 million"
    and "40 mln EUR" name money, not Erasmus University Rotterdam."""
    return [
        m
        for m in found
        if m.surface not in _CURRENCY_CODES
        or not (
            _AMOUNT_AFTER.match(text, m.end)
            or _AMOUNT_BEFORE.search(text, max(0, m.start - 16), m.start)
        )
    ]


def _not_programmes(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """The mentions without names of funding programmes: a name right after "Interreg" or
    "programma" ("het Interreg-programma Euregio Maas-Rijn", "the Interreg Euregio
    Meuse-Rhine programme") names the programme, not the body that runs it."""
    out = []
    for m in found:
        window = text[max(0, m.start - 30) : m.start].lower()
        if "rogram" not in window and "interreg" not in window:
            out.append(m)
            continue
        before = _LAST_WORD.search(text, max(0, m.start - 30), m.start)
        if before is None or before.group(1).lower() not in _PROGRAMME_BEFORE:
            out.append(m)
    return out


def _possessive_names(
    text: str, found: list[OrgMention], page: _PageOrgs, unit: int
) -> list[OrgMention]:
    """English names of hospitals, trusts, schools and funds with a possessive inside
    ("Sheffield Children's NHS Foundation Trust", "Royal Brisbane and Women's Hospital",
    "St Mary's Hospital"): the whole name up to its last head, instead of the pieces the
    rules found on either side of the possessive. Not over a name the gazetteer knows."""
    for hit in _POSSESSIVE_NAME.finditer(text):
        words = list(re.finditer(r"\S+", hit.group()))
        while words and norm_token(words[-1].group().rstrip(".,")) not in SUFFIX:
            words.pop()
        owner = next((k for k, w in enumerate(words) if w.group()[-2:] in ("'s", "’s")), 0)
        heads = [k for k, w in enumerate(words[:owner]) if norm_token(w.group()) in SUFFIX]
        if heads:
            # "... NHS Foundation Trust and Sheffield Children's ...": another name ends there.
            words = words[heads[-1] + 1 :]
            if words and words[0].group() in ("and", "&"):
                words = words[1:]
        while words and (
            norm_token(words[0].group()) in STARTERS or norm_token(words[0].group()) in ARTICLES
        ):
            words.pop(0)
        if len(words) < 2 or "'" not in hit.group() and "’" not in hit.group():
            continue
        start, end = hit.start() + words[0].start(), hit.start() + words[-1].end()
        if not ("'" in text[start:end] or "’" in text[start:end]):
            continue  # the possessive fell off with the words before it
        inside = [m for m in found if m.start < end and start < m.end]
        if any(m.start <= start and m.end >= end for m in inside):
            continue  # "Queen's University Belfast": found whole already
        if any(m.source == "gazetteer" and (m.start < start or m.end > end) for m in inside):
            continue
        surface = name_text(text, start, end)
        kind = SUFFIX[norm_token(words[-1].group().rstrip(".,"))]
        name, okind = page.resolve(surface) or (surface, kind)
        page.local.setdefault(alias_key(surface), (name, okind))
        found = [m for m in found if m not in inside]
        found.append(OrgMention(name, surface, start, end, unit, okind, "rule"))
    return found


def _name_bounds(text: str, m: OrgMention, found: list[OrgMention], page: _PageOrgs) -> OrgMention:
    """The boundaries of a name the rules found, settled by the grammar of names: a
    describing adjective off, a Dutch opening adjective on, two joined places on, the places
    an acronym spells on, an embassy's seat on."""
    if m.source != "rule":
        return m
    m = _without_describing_adjective(m, page)
    m = _with_opening_adjective(text, m, page)
    m = _spelled_back(text, m)
    return _with_seat(text, m)


def _dashed_names(
    text: str, toks: list[Token], found: list[OrgMention], page: _PageOrgs
) -> list[OrgMention]:
    """A name the rules read with a capitalised name and a spaced dash before it: one
    official name of two parts ("Landspítali – The National University Hospital of
    Iceland", "Museum für Naturkunde – Leibniz-Institut für Evolutions- und
    Biodiversitätsforschung"). The first part opens a sentence or follows a comma, an
    article, "and", "with" or "between" (not a unit's start: a dateline, "LEIDEN – The
    university ..."); a known name there is an organisation of its own ("TU Delft –
    Faculty of ..."). Both parts become aliases of the whole for the rest of the page."""
    out = list(found)
    for m in found:
        if m.source != "rule" or m.name != m.surface or m.kind in (None, UNIT_KIND):
            continue
        dash = _DASH_BEFORE.search(text, max(0, m.start - 8), m.start)
        if dash is None:
            continue
        before = next((o for o in out if o.end == dash.start()), None)
        if before is not None and before.source == "gazetteer":
            continue
        taken = [(o.start, o.end) for o in out if o is not before]
        start = _dashed_opening(text, toks, dash.start(), taken)
        if start is None:
            continue
        surface = name_text(text, start, m.end)
        name, kind = page.resolve(surface) or (surface, m.kind)
        opening = name_text(text, start, dash.start())
        for part in (surface, m.surface, opening):
            page.local[alias_key(part)] = (name, kind)
        if " " not in opening:
            page.local_phrases.setdefault(opening, alias_key(opening))
        out = [o for o in out if o is not m and o is not before]
        out.append(OrgMention(name, surface, start, m.end, m.unit, kind, "rule"))
    out.sort(key=_start_of)
    return out


def _dashed_opening(
    text: str, toks: list[Token], end: int, taken: Sequence[tuple[int, int]]
) -> int | None:
    """Where the capitalised name ending at offset ``end`` starts, when an opener stands
    before it (``_dashed_names``): up to five words, never one of another name
    (``taken``), lower-case connectors other than "and" between capitalised words ("Museum
    für Naturkunde"); None otherwise."""
    k = bisect.bisect_left(toks, end, key=_end_of)
    if k >= len(toks) or toks[k].end != end or not is_cap(toks[k]):
        return None
    i = k
    while i > 0 and k - i + 1 < _DASHED_LONGEST:
        prev = toks[i - 1]
        if text[prev.end : toks[i].start] not in (" ", "-") or _overlaps(
            (prev.start, prev.end), taken
        ):
            break
        if is_cap(prev) or (
            prev.norm in CONNECTORS
            and prev.norm not in _AND_WORDS
            and i >= 2
            and is_cap(toks[i - 2])
        ):
            i -= 1
            continue
        break
    while toks[i].norm in CONNECTORS or not is_cap(toks[i]):
        i += 1  # the name opens with a capitalised word
    if i == 0:
        return None  # a unit's start: a dateline
    words = [t.norm for t in toks[i : k + 1]]
    if any(w in _DAYS_AND_ROLES or w in STARTERS for w in words):
        return None  # "on Monday –", "Professor X –", "This –"
    gap = text[toks[i - 1].end : toks[i].start]
    opened = toks[i - 1].norm in _DASHED_OPENERS and gap == " "
    return toks[i].start if opened or gap.startswith((", ", ". ")) else None


def _with_opening_adjective(text: str, m: OrgMention, page: _PageOrgs) -> OrgMention:
    """A Dutch adjective that opens a name the rules found after it ("Nationaal
    Ouderenfonds", "Regionaal Kennisnetwerk West-Brabant"): part of the name."""
    if m.source != "rule" or m.name != m.surface or m.start < 3:
        return m
    before = _DUTCH_OPENING_ADJECTIVE_BEFORE.search(text, max(0, m.start - 16), m.start)
    if before is None:
        return m
    surface = name_text(text, before.start(1), m.end)
    name, kind = page.resolve(surface) or (surface, m.kind)
    page.local.setdefault(alias_key(surface), (name, kind))
    return replace(m, name=name, surface=surface, start=before.start(1))


def _without_describing_adjective(m: OrgMention, page: _PageOrgs) -> OrgMention:
    """A name the rules found with a Dutch adjective of a place or country before it that
    describes it, before a company, hospital or medical centre: "de Delftse Fermentum B.V."
    is "Fermentum B.V.", "het Roeselaarse AZ Delta" is "AZ Delta", "het Duitse Laborverbund
    GmbH" is "Laborverbund GmbH". Official openings ("Nederlandse", "Vlaamse") stay. (An
    English nationality before a name in another language, "the Portuguese Instituto de
    ...", was tried too and cost held-out figures: left as it was.)"""
    if m.source != "rule" or m.name != m.surface:
        return m
    first, _, rest = m.surface.partition(" ")
    if not rest or first in _OPENING_ADJECTIVES or not first[1:].islower():
        return m
    if not (first.endswith("se") and len(first) > 4 and m.kind in _DESCRIBED_HEADS):
        return m  # only "Delftse", "Roeselaarse", "Duitse" before a company or hospital
    if first.endswith("sse"):
        return m  # a place, not its adjective: "Spijkenisse Medisch Centrum"
    start = m.start + len(first) + 1
    name, kind = page.resolve(rest) or (rest, m.kind)
    page.local.setdefault(alias_key(rest), (name, kind))
    return replace(m, name=name, surface=rest, start=start)


def _with_seat(text: str, m: OrgMention) -> OrgMention:
    """An embassy or consulate the rules found, with its seat after "in": "British Embassy in
    The Hague" is the name, the city part of it."""
    if m.source != "rule" or m.name != m.surface or not text.startswith(" in ", m.end):
        return m
    words = [norm_token(w) for w in m.surface.split()]
    if _SEATED_HEADS.isdisjoint(words):
        return _with_named_seat(text, m, words)
    seat = _SEAT_AFTER.match(text, m.end)
    if seat is None or norm_token(seat.group(1).split()[-1]) in _NOT_A_PLACE:
        return m  # "the embassy in March"
    surface = name_text(text, m.start, seat.end())
    return replace(m, name=surface, surface=surface, end=seat.end())


def _with_named_seat(text: str, m: OrgMention, words: list[str]) -> OrgMention:
    """A name that goes on with "in" and its seat: a royal college, academy or society with
    its country ("Royal College of Surgeons in Ireland"), and a country's institute abroad
    with its city or country ("Royal Netherlands Institute in Rome", "German Historical
    Institute in London", "Netherlands Institute in Turkey"). A city after other names
    describes ("the Royal College of Music in London", "Leiden University in the
    Netherlands"; "the American University in Cairo" was tried too and cost held-out
    figures: left out)."""
    if _NAMED_SEAT_HEADS.isdisjoint(words):
        return m
    abroad = _ABROAD_HEADS.isdisjoint(words) is False and any(
        w in _COUNTRIES or w.capitalize() in VH.NATIONALITIES for w in words
    )
    if not abroad and not m.surface.startswith("Royal "):
        return m
    seat = _SEAT_AFTER.match(text, m.end)
    if seat is None or " " in seat.group(1):
        return m
    place = norm_token(seat.group(1))
    if place not in (_SEATS if abroad else _COUNTRIES):
        return m
    surface = name_text(text, m.start, seat.end())
    return replace(m, name=surface, surface=surface, end=seat.end())


def _spelled_back(text: str, m: OrgMention) -> OrgMention:
    """A name the rules cut after a list of places, when the acronym after it spells those
    places too: "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust (CNTW)" is one
    name, not "Tyne and Wear NHS Foundation Trust" and two places."""
    if m.source != "rule" or m.name != m.surface or m.start < 3:
        return m
    after = ACRONYM_AFTER.match(text, m.end)
    if after is None:
        return m
    letters = "".join(c for c in after.group(1) if c.isupper())
    initials = "".join(w[0] for w in WORD.findall(m.surface) if w[0].isupper())
    if len(letters) < 3 or letters.startswith(initials[:2]):
        return m  # the acronym spells the name as found
    for k in range(1, len(letters)):
        if not initials.startswith(letters[k:]) and not letters[k:].startswith(initials[:2]):
            continue
        start = m.start
        for letter in reversed(letters[:k]):
            word = _LISTED_WORD_BEFORE.search(text, max(0, start - 40), start)
            if word is None or word.group(1)[0] != letter:
                break
            start = word.start(1)
        else:
            surface = name_text(text, start, m.end)
            return replace(m, name=surface, surface=surface, start=start)
    return m


def _learn_owner_initials(owner: GazetteerEntry, page: _PageOrgs) -> None:
    """On its own site a university is written by the initials of its name's words, often
    never defined ("UQ" on the University of Queensland's site, "QUB" on Queen's
    University Belfast's): those initials name it for the whole page, unless they are
    another known name."""
    words = [w for w in _WORDS.findall(owner.name) if w[0].isupper()]
    initials = "".join(w[0] for w in words)
    key = alias_key(initials)
    if len(initials) < 2 or key in page.gaz.by_key or initials in page.local_phrases:
        return
    page.local[key] = (owner.name, owner.kind)
    page.local_phrases[initials] = key


def _owner_mentions(
    units: Sequence[str], mentions: list[list[OrgMention]], owner: GazetteerEntry
) -> None:
    """ "The university", "de universiteit", "our hospital" on the site of a university or
    hospital that the page never names: that organisation. Only before the page names
    another organisation of its kind (after one, "the university" may be that one)."""
    pattern = _OWNER_PATTERNS.get(owner.kind or "")
    if pattern is None:
        return
    same = _SAME_KINDS.get(owner.kind or "", frozenset())
    for u, text in enumerate(units):
        found = mentions[u]
        others = [m for m in found if m.kind in same]
        other = others[0].start if others else None
        spans = [(m.start, m.end) for m in found]
        added = [
            OrgMention(owner.name, m.group(1), m.start(1), m.end(1), u, owner.kind, "owner")
            for m in pattern.finditer(text)
            if (other is None or m.end() <= other or _coordinated_with(text, m.span(), others))
            and not _overlaps(m.span(1), spans)
        ]
        if added:
            found.extend(added)
            found.sort(key=lambda m: m.start)
        if other is not None and u > 0:
            return  # the headline only sums up: the body says who "the university" is


def _owner_possessive_mentions(
    units: Sequence[str], mentions: list[list[OrgMention]], owner: GazetteerEntry
) -> None:
    """On its own site an organisation named by a possessive before its head ("Queen's
    University Belfast", "King's College London") is written by that possessive alone:
    "Queen's has signed" is the owner. Not after "the" ("the Queen's speech") nor before
    another capitalised word ("Queen's Award", the full name found already)."""
    m = _OWNER_POSSESSIVE.match(owner.name)
    if m is None:
        return
    stem = re.escape(m.group(1))
    pattern = re.compile(
        r"(?<![\w'’-])(?<!the )(?<!The )(" + stem + r"['’]s)(?![\w'’-]|\s+[A-Z0-9])"
    )
    for u, text in enumerate(units):
        if m.group(1) not in text:
            continue
        found = mentions[u]
        spans = [(x.start, x.end) for x in found]
        added = [
            OrgMention(owner.name, x.group(1), x.start(1), x.end(1), u, owner.kind, "owner")
            for x in pattern.finditer(text)
            if not _overlaps(x.span(1), spans)
        ]
        if added:
            found.extend(added)
            found.sort(key=lambda x: x.start)


def _coordinated_with(text: str, span: tuple[int, int], others: Sequence[OrgMention]) -> bool:
    """ "De hogeschool en HOGENT", "the university and Ghent University": "the university"
    before "and" another one of its kind is not that one, so it is the site's owner (after
    it, "Ghent University and the university" may still be a clumsy repetition)."""
    end = span[1]
    return any(m.start >= end and _OWNER_AND.fullmatch(text, end, m.start) for m in others)


def kinds_of(found: Sequence[OrgMention]) -> set[str | None]:
    """The kinds of the mentions."""
    return {m.kind for m in found}


def _places_after(text: str, toks: list[Token], found: list[OrgMention]) -> list[OrgMention]:
    """The city that ends a university's or hospital's name after its acronym: "LMU
    München", "Technische Universität (TU) Dresden", "Universität (UZH) Zürich". One
    capitalised word, not a role, a head or a common word, before punctuation or a
    lower-case word; returned as mentions of that organisation, merged by ``_with_places``."""
    out: list[OrgMention] = []
    taken = {m.start for m in found}
    for m in found:
        if m.kind not in _PLACE_NAMED_KINDS:
            continue
        after = _PLACE_AFTER.match(text, m.end)
        if after is None or (after.group(1) is None and not m.surface.split()[-1].isupper()):
            continue  # a place right after a name only when the name ends in its acronym
        word = after.group(2)
        norm = norm_token(word)
        if after.start(2) in taken or norm in _NOT_A_PLACE or word in _PERSON_TITLES:
            continue
        out.append(OrgMention(m.name, word, after.start(2), after.end(2), m.unit, m.kind, "place"))
    return out


def _with_places(text: str, found: list[OrgMention], page: _PageOrgs) -> list[OrgMention]:
    """Each name followed by its place mention (``_places_after``) as one mention."""
    out: list[OrgMention] = []
    for m in found:
        if m.source == "place" and out and out[-1].name == m.name:
            prev = out[-1]
            if not text.startswith(")", prev.end):  # "(UZH) Zürich": the acronym stays alone
                surface = name_text(text, prev.start, m.end)
                name, kind = prev.name, prev.kind
                if prev.source == "rule" and prev.name == prev.surface:
                    # A name the rules cut before the acronym is the whole official form
                    # without it: "Technische Universität (TU) Dresden" is "Technische
                    # Universität Dresden", not "Technische Universität"; maybe a known one.
                    whole = _BRACKETED.sub(" ", surface)
                    name, kind = page.resolve(whole) or (whole, kind)
                out[-1] = replace(prev, end=m.end, surface=surface, name=name, kind=kind)
        elif m.source != "place":
            out.append(m)
    return out


def _learned_names(mentions: Sequence[Sequence[OrgMention]]) -> re.Pattern[str] | None:
    """The names of several words the rules or the context found somewhere on the page
    ("Agfa Healthcare and KU Leuven signed"), as one pattern, so that every other use on the
    page counts too ("The deal gives Agfa Healthcare access"); None when there are none."""
    names = {
        m.surface
        for unit in mentions
        for m in unit
        if m.source in ("context", "rule") and " " in m.surface and m.surface[0].isupper()
    }
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w&-])(?:" + alternatives + r")(?![\w&-])")


def _repeated_names(
    text: str, found: list[OrgMention], names: re.Pattern[str], page: _PageOrgs, unit: int
) -> list[OrgMention]:
    """Every use of a name learned elsewhere on the page that nothing found here."""
    out: list[OrgMention] = []
    spans = [(m.start, m.end) for m in found]
    for hit in names.finditer(text):
        if _overlaps(hit.span(), spans):
            continue
        known = page.resolve(hit.group())
        if known is not None:
            out.append(
                OrgMention(known[0], hit.group(), hit.start(), hit.end(), unit, known[1], "page")
            )
    return out


def _dotted_known(initials: str, tail: str, page: _PageOrgs) -> tuple[str, str | None] | None:
    """The known organisation "K.U.Leuven"-style parts stand for: joined, or with a space."""
    return page.resolve(initials + tail) or (page.resolve(f"{initials} {tail}") if tail else None)


def _undotted(m: OrgMention, page: _PageOrgs) -> OrgMention:
    """A name the context took as it was written ("De U.Gent en Barco tekenen") that is the
    dotted form of a known one."""
    hit = _DOTTED.fullmatch(m.surface) or _DOTTED.fullmatch(m.surface + ".")
    if hit is None:
        return m
    known = _dotted_known(hit.group(1).replace(".", ""), hit.group(2) or "", page)
    return m if known is None else replace(m, name=known[0], kind=known[1], source="dotted")


def _dotted_names(
    text: str, found: list[OrgMention], page: _PageOrgs, unit: int
) -> list[OrgMention]:
    """Known names written with full stops between initials: "de U.Gent", "de V.U.B.",
    "K.U.Leuven", "T.U./e". Initials before a surname ("A.B. Jansen") are left alone."""
    out: list[OrgMention] = []
    spans = [(m.start, m.end) for m in found]
    for hit in _DOTTED.finditer(text):
        initials, tail = hit.group(1).replace(".", ""), hit.group(2) or ""
        if len(initials) + bool(tail) < 2 or _overlaps(hit.span(), spans):
            continue
        if not tail and re.match(r" [A-Z][a-z]", text[hit.end() : hit.end() + 3]):
            continue  # "J.A. Smit": a person's initials
        known = _dotted_known(initials, tail, page)
        if known is not None:
            surface = hit.group().rstrip(".") if tail else hit.group()
            out.append(
                OrgMention(
                    known[0],
                    surface,
                    hit.start(),
                    hit.start() + len(surface),
                    unit,
                    known[1],
                    "dotted",
                )
            )
    return out


def _names_a_place(text: str, word: str) -> bool:
    """``word`` follows a place noun somewhere in ``text``: "de stad Gent", "the City of
    Oxford"."""
    at = text.find(word)
    while at >= 0:
        before = WORD.findall(text[max(0, at - 16) : at])[-2:]
        if before and before[-1].lower() in ("of", "van"):
            before = before[:-1]
        if before and norm_token(before[-1]) in _PLACE_NOUNS:
            return True
        at = text.find(word, at + len(word))
    return False


def _a_place(text: str, m: OrgMention) -> bool:
    """The bare name stands after a place noun or preposition ("de stad Gent", "the city of
    Oxford", "in Leiden"): a place, never tied to the university of that name."""
    words = WORD.findall(text[max(0, m.start - 20) : m.start])
    return bool(words) and " " not in m.surface and norm_token(words[-1]) in _NOT_BEFORE_SHORT_FORM


@lru_cache(maxsize=4096)
def _short_form_words(name: str, surface: str) -> frozenset[str]:
    """The words a university or hospital may be called by: the one non-generic word of its
    name or surface ("Oxford" in "University of Oxford"), an acronym that opens a name
    with a generic head ("HU" in "HU University of Applied Sciences Utrecht"), the place
    after initials ("Leuven" in "KU Leuven"), or the first word of a name that a place
    ends after its generic words ("Imperial" in "Imperial College London")."""
    out = set()
    for text in {name, surface}:
        words = WORD.findall(text)
        if len(words) < 2:
            continue
        proper = [w for w in words if norm_token(w) not in _SHORT_FORM_GENERIC]
        if len(proper) == 1 and proper[0][0].isupper() and len(proper[0]) > 2:
            out.add(proper[0])
        elif _INITIALS.match(words[0]) and norm_token(words[1]) in _SHORT_FORM_GENERIC:
            out.add(words[0])
        elif len(words) == 2 and _INITIALS.match(words[0]) and words[1][0].isupper():
            out.add(words[1])  # "Leuven" for "KU Leuven", "Dresden" for "TU Dresden"
        elif (
            len(proper) == 2
            and len(words) >= 3
            and proper == [words[0], words[-1]]
            and words[0][0].isupper()
            and len(words[0]) > 2
        ):
            out.add(words[0])  # "Imperial" for "Imperial College London": a place ends it
    return frozenset(out)


@lru_cache(maxsize=4096)
def _company_short_form(name: str) -> str | None:
    """The word news calls a company by after its full name: the first proper word of a
    name of several words ("Kestrel" for "Kestrel Minerals plc", "Philips" for "Koninklijke
    Philips N.V."), never a generic or national word ("Dutch", "Holding"); None if none."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in _COMPANY_SHORT_SKIP:
        k += 1
    if k >= len(words) - 1:
        return None  # a name of one proper word has no shorter form
    word = words[k]
    if not _COMPANY_FIRST_WORD.fullmatch(word) or word.lower() in _COMPANY_SHORT_STOP:
        return None
    return word


def _learn_short_forms(
    mentions: Sequence[Sequence[OrgMention]], page: _PageOrgs, units: Sequence[str]
) -> dict[str, tuple[str, str | None]]:
    """Short forms of the universities, hospitals and companies named on the page, each
    tied to the one organisation it can stand for ("Oxford" is not a short form on a page
    that also names Oxford Instruments; "Kestrel" is "Kestrel Minerals plc", after its first
    full mention: ``_first_uses``). A name the context rules took for an organisation of its
    own ("Oxford and GSK signed") is tied to the full one."""
    # In reading order, not a set's: which name a short form goes to, and each name's kind,
    # must not depend on the interpreter's string hashing.
    distinct = list(dict.fromkeys((m.name, m.surface, m.kind) for unit in mentions for m in unit))
    candidates: dict[str, dict[str, None]] = {}  # word -> names, in reading order
    kinds: dict[str, str | None] = {}
    for name, surface, kind in distinct:
        if kind in _SHORT_FORM_KINDS:
            kinds[name] = kind
            for w in _short_form_words(name, surface):
                candidates.setdefault(w, {})[name] = None
        elif kind in _COMPANY_SHORT_FORM_KINDS:
            word = _company_short_form(name)
            if word is not None:
                kinds[name] = kind
                candidates.setdefault(word, {})[name] = None
    out: dict[str, tuple[str, str | None]] = {}
    for word, names in candidates.items():
        name = max(names, key=len)
        if len(names) != 1 and not all(name.startswith(n) for n in names):
            continue  # one name with and without its legal form ("Velmora Therapeutics B.V.")
        if any(
            # (The substring test first: it rules out most names; speed, not meaning.)
            (word in other or word in surface)
            and other != name
            and not name.startswith(other + " ")
            and (kind is not None or " " in other)  # a bare name of its own may be replaced
            and word in WORD.findall(f"{other} {surface}")
            for other, surface, kind in distinct
        ):
            continue  # "Leiden" on a page with Leiden University and LUMC: ambiguous
        if any(_names_a_place(text, word) for text in units):
            continue  # "de stad Gent" on the page: the word is the place there
        if norm_token(word) in _COUNTRIES:
            continue  # "Singapore", "Iceland" alone name the country, not its university
        key = alias_key(word)
        entry = page.gaz.by_key.get(key)
        if entry is not None and entry.name != name:
            continue  # a known name of another organisation
        current = page.local.get(key)
        if current is not None and current != (word, None) and current[0] != name:
            continue
        if kinds[name] in _COMPANY_SHORT_FORM_KINDS and _a_subsidiary(units, name, distinct):
            out[word] = page.local[key] = (word, kinds[name])  # the parent: "Veltrix"
            continue
        out[word] = page.local[key] = (name, kinds[name])
    return out


def _a_subsidiary(
    units: Sequence[str], name: str, distinct: Sequence[tuple[str, str, str | None]]
) -> bool:
    """The page introduces company ``name`` as another's part: a subsidiary noun within
    the clause around one of its surfaces ("its Dutch subsidiary, Veltrix Manufacturing
    BV", "Petronas Research Sdn Bhd, the national oil company's research arm")."""
    surfaces = {s for n, s, _ in distinct if n == name}
    for text in units:
        for surface in surfaces:
            at = text.find(surface)
            if at < 0:
                continue
            before = text[max(0, at - 40) : at]
            after = text[at + len(surface) : at + len(surface) + 60]
            if _SUBSIDIARY.search(before) or (after[:2] == ", " and _SUBSIDIARY.search(after)):
                return True
    return False


def _first_uses(
    mentions: Sequence[Sequence[OrgMention]], short_forms: dict[str, tuple[str, str | None]]
) -> dict[str, tuple[int, int]]:
    """Where each company with a short form is first named in full: (unit, offset). Before
    that, its first word is not yet a short form ("Kestrel and Leiden signed ..." before
    "Kestrel Minerals plc" may be another Kestrel)."""
    companies = {n for n, kind in short_forms.values() if kind in _COMPANY_SHORT_FORM_KINDS}
    out: dict[str, tuple[int, int]] = {}
    for u, found in enumerate(mentions):
        for m in found:
            if m.name in companies and m.name not in out:
                out[m.name] = (u, m.start)
    return out


def _foreign_body(m: OrgMention, text: str) -> OrgMention:
    """A ministry or government with another country's possessive before it ("Kenya's
    Ministry of Health", "Spain's Ministry of Science"), or its nationality and an official
    modifier ("the German Federal Ministry of Education"), a portfolio field the Dutch body
    does not hold ("the Ministry of Education and Research") or a country after its
    portfolio ("the Ministry of Health of Ghana"), is that country's body, named as written,
    never the Dutch body the gazetteer knows by that name."""
    if m.kind not in _NATIONAL_KINDS:
        return m
    if m.name == m.surface:
        return _with_country_after(text, m)
    start = m.start
    before = _PLACE_POSSESSIVE.search(text, max(0, m.start - 40), m.start)
    foreign = True
    if before is None or before.group(1) in _HOME_PLACES:
        # "the German Federal Ministry of Education": the nationality and the modifier
        # are part of the foreign body's name.
        before = _NATIONAL_MODIFIER_BEFORE.search(text, max(0, m.start - 40), m.start)
        if before is not None and is_foreign_nationality(before.group(1)):
            start = before.start()
        else:
            foreign = False
    # The portfolio may go on past the part the gazetteer knew: "Ministry of Education and
    # Research" (Norway's), not the Dutch "Ministry of Education".
    more = _MORE_FIELDS.match(text, m.end)
    end = m.end
    held = frozenset(norm_token(w) for w in WORD.findall(m.name))
    while more is not None and _FIELD_WORDS.issuperset(fields := _field_norms(more.group())):
        if not held.issuperset(fields):
            # A field the known body does not hold: another country's ministry, even
            # with no country named ("the Ministry of Education and Research").
            foreign = True
        end = more.end()
        more = _MORE_FIELDS.match(text, end)
    country = _COUNTRY_AFTER.match(text, end)
    if (
        country is not None
        and norm_token(country.group(1)) in _COUNTRIES
        and country.group(1) not in _HOME_PLACES
    ):
        # "the Ministry of Health of Ghana": the country is part of its name.
        foreign = True
        end = country.end()
    if not foreign or (end < len(text) and text[end] in "-'’"):
        return m
    surface = name_text(text, start, end)
    return replace(m, name=surface, surface=surface, start=start, end=end, source="rule")


def _with_country_after(text: str, m: OrgMention) -> OrgMention:
    """A ministry named as written, with the country after its portfolio: "het ministerie
    van Onderwijs van Noorwegen", "the Ministry of Health of Ghana" (the whole is the name)."""
    country = _COUNTRY_AFTER.match(text, m.end)
    if (
        country is None
        or norm_token(country.group(1)) not in _COUNTRIES
        or country.group(1) in _HOME_PLACES
        or text[country.end() : country.end() + 1] in ("-", "'", "’")
    ):
        return m
    surface = name_text(text, m.start, country.end())
    return replace(m, name=surface, surface=surface, end=country.end())


def _bare_ministry(m: OrgMention) -> bool:
    """An English "Ministry of X" that stands for a Dutch ministry by a short form."""
    return m.kind in _NATIONAL_KINDS and m.name != m.surface and m.surface.startswith("Ministry of")


def _about_abroad(tokens: Sequence[list[Token]], site: str | None) -> bool:
    """Whether the page names another country or nationality and never the Netherlands,
    on a site that is not Dutch."""
    if site is not None and (urlsplit(site).hostname or "").endswith(".nl"):
        return False
    words = frozenset(t.raw for toks in tokens for t in toks)
    return _HOME_WORDS.isdisjoint(words) and any(
        norm_token(w) in _COUNTRIES or is_foreign_nationality(w) for w in words
    )


def _as_written(m: OrgMention, page: _PageOrgs) -> OrgMention:
    """On a page about another country that never names the Netherlands, a bare "Ministry
    of Health" is that country's ministry, named as written, not the Dutch one the gazetteer
    knows by that short form; the page's later uses of it follow."""
    page.local[alias_key(m.surface)] = (m.surface, m.kind)
    return replace(m, name=m.surface, source="rule")


def _field_norms(more: str) -> list[str]:
    """The normalised words of a portfolio's continuation, without its "and"."""
    return [n for n in map(norm_token, WORD.findall(more)) if n not in _AND_WORDS]


def _words_pattern(words: dict[str, tuple[str, str | None]]) -> re.Pattern[str]:
    """One pattern for the page's short forms, as whole words."""
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\b"
    )


def _coordination_start(text: str, toks: list[Token], k: int) -> int:
    """The first name of a coordination ending in token ``k``: "Leiden" in "Leiden and
    Delft", "Ghent, Leuven en Antwerpen"; ``k`` itself when there is none."""
    while k >= 1:
        prev = toks[k - 1]
        gap = text[prev.end : toks[k].start]
        if prev.norm in _AND_WORDS and gap == " " and k >= 2 and toks[k - 2].cap:
            k -= 2
        elif gap == ", " and prev.cap:
            k -= 1
        else:
            break
    return k


def _short_form_mentions(
    text: str,
    toks: list[Token],
    found: list[OrgMention],
    short_forms: dict[str, tuple[str, str | None]],
    pattern: re.Pattern[str],
    unit: int,
) -> list[OrgMention]:
    """Every standalone use of a short form: not inside a longer capitalised name, not a
    place ("in Oxford", "Oxford-based", "the Leiden region")."""
    spans: list[tuple[int, int]] | None = None
    out: list[OrgMention] = []
    for hit in pattern.finditer(text):
        if spans is None:
            spans = [(m.start, m.end) for m in found]
        k = bisect.bisect_left(toks, hit.start(), key=_start_of)
        if k >= len(toks) or toks[k].start != hit.start() or toks[k].end != hit.end():
            continue
        tok = toks[k]
        target = short_forms[tok.raw]
        if _overlaps((tok.start, tok.end), spans):
            continue
        if tok.start > 0 and not (text[tok.start - 1].isspace() or text[tok.start - 1] in "(\"'‘“"):
            continue  # glued to something before it: "U.Gent", "UZ-Gent"
        if k > 0:
            prev = toks[k - 1]
            if prev.cap and text[prev.end : tok.start] == " ":
                continue
            before = toks[_coordination_start(text, toks, k) - 1].norm
            if before in (
                _NOT_BEFORE_COMPANY_SHORT
                if target[1] in _COMPANY_SHORT_FORM_KINDS
                else _NOT_BEFORE_SHORT_FORM
            ):
                continue  # "in Oxford", "in Leiden and Delft", "the city of Oxford"
        if k + 1 < len(toks):
            nxt = toks[k + 1]
            gap = text[tok.end : nxt.start]
            if gap.startswith("-") or (gap == " " and (nxt.cap or nxt.norm in _PLACE_TAILS)):
                continue
        name, kind = target
        out.append(OrgMention(name, tok.raw, tok.start, tok.end, unit, kind, "short"))
    return out


def _learn_brands(text: str, page: _PageOrgs) -> None:
    """ "bp's contribution ...": a lower-case word that opens a sentence with a possessive
    is a brand name, known for the rest of the page ("Imperial and bp signed")."""
    if "’s" not in text and "'s" not in text:
        return
    for m in _BRAND_OPENING.finditer(text):
        word = m.group(1)
        if norm_token(word) in STARTERS or norm_token(word) in _COMMON_OPENERS:
            continue
        key = alias_key(word)
        if key and key not in page.gaz.by_key:
            page.local.setdefault(key, (word, "company"))
            page.local_phrases.setdefault(word, key)


def _learn_joined_acronyms(text: str, page: _PageOrgs) -> None:
    """ "Leiden University joins MEDHERIT", "lid van ECIU": an acronym defined nowhere on the
    page that something joins or is a member of is a body (a network, an alliance), known
    for the rest of the page. Not a known name, a place, an acronym of a thing, nor one
    before a programme's or event's noun ("joined the ZQRX track")."""
    for m in _JOINED_ACRONYM.finditer(text):
        word = m.group(1)
        if word in _NON_ORG_ACRONYMS or norm_token(word) in _SEATS:
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after is not None and norm_token(after.group(1)) in NON_ORG_TAILS:
            continue  # "joined the ZQRX track": a programme's name
        key = alias_key(word)
        if not key or key in page.gaz.by_key or key in page.local:
            continue
        page.local[key] = (word, "alliance")
        page.local_phrases.setdefault(word, key)


def _learn_opening_brands(units: Sequence[str], page: _PageOrgs) -> None:
    """ "kelvyn, a Zurich startup, ...", "qubiome levert zijn technologie": a lower-case
    word that opens a sentence is a brand name when the page also writes it as a name
    elsewhere: after a company noun ("ETH spinout kelvyn", "het biotechbedrijf qubiome")
    or with an apposition after its opening use ("kelvyn, a Zurich startup")."""
    openings = {
        m.group(1): m.end(1)
        for text in units
        if text[:1].islower() or _LOWER_AFTER_STOP.search(text)
        for m in _LOWER_OPENING.finditer(text)
    }
    if not openings:
        return
    for word in openings:
        norm = norm_token(word)
        if norm in STARTERS or norm in _COMMON_OPENERS or norm in _NOT_BRANDS:
            continue
        key = alias_key(word)
        if not key or key in page.gaz.by_key or key in page.local:
            continue
        if any(_named_as_brand(text, word) for text in units):
            page.local[key] = (word, "company")
            page.local_phrases.setdefault(word, key)


def _learn_introduced_brands(units: Sequence[str], page: _PageOrgs) -> None:
    """A lower-case brand the page introduces anywhere, known for the whole page: with a
    company noun in an apposition after it ("made by cardiolink, a young company from
    Leuven", "kwanta, a Bristol-based start-up") or right after a start-up noun or a Dutch
    compound of a company or organisation noun ("start-up nuaMed", "sectorfederatie
    essenscia"). After a noun only a word set off by punctuation or written with a capital
    or digit inside counts ("het bedrijf heeft" has a verb there); function words and
    sentence openers never do."""
    for text in units:
        if not _BRAND_HINTS.found_in(text):
            continue
        # After a noun, only a word set off by punctuation ("sectorfederatie essenscia, die")
        # or written with a capital or digit inside ("start-up nuaMed"): not "bedrijf heeft".
        hits = [
            (m.group(2), noun)
            for m in _BRAND_AFTER_NOUN.finditer(text)
            if (noun := _introducing_noun(text, m.start(1), m.end(1)))
            and (
                _SET_OFF.match(text, m.end())
                or _INNER_CAPITAL_OR_DIGIT.search(m.group(2))
                or (noun.lower() in _INTRODUCING and _before_and_or_verb(text, m.end(), m.group(2)))
            )
        ]
        hits += [
            (named.group(1), "company")
            for m in _BRAND_APPOSED.finditer(text)
            if _LOWER_FUNCTION_WORDS.isdisjoint(map(norm_token, m.group(1).split()))
            and (named := _WORD_BEFORE_COMMA.search(text, max(0, m.start() - 20), m.start()))
        ]
        for word, noun in hits:
            norm = norm_token(word)
            if norm in STARTERS or norm in _COMMON_OPENERS or norm in _NOT_BRANDS:
                continue
            if norm in _NOT_A_PLACE or norm in _LOWER_FUNCTION_WORDS:
                continue
            key = alias_key(word)
            if not key or key in page.gaz.by_key or key in page.local:
                continue
            kind = _introduced_kind(noun)
            page.local[key] = (word, kind)
            page.local_phrases.setdefault(word, key)


def _before_and_or_verb(text: str, end: int, word: str) -> bool:
    """The lower-case word after a start-up noun is a name because of what follows it: a
    "and" with the next party ("start-up cardiolyze and the Munich-based X") or an
    auxiliary verb ("the start-up qwerko has signed", "de start-up zorgly heeft"), and the
    word is shaped like no verb, adverb or plural ("the start-up created and", "the
    spin-off recently has", "start-up numbers are"). The caller asks after a start-up noun
    only."""
    if word.endswith(_VERB_OR_ADVERB_ENDINGS) or len(word) < 4:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) in _AFTER_A_BRAND


def _introducing_noun(text: str, start: int, end: int) -> str:
    """The whole word that ends in the noun at ``start:end`` when it introduces a brand: a
    start-up noun on its own ("start-up"), or a compound of at least three letters and a
    company or organisation noun ("sectorfederatie"); "" otherwise."""
    begin = start
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "-"):
        begin -= 1
    word = text[begin:end]
    if word.lower() in _INTRODUCING:
        return word
    prefix = text[begin:start]
    return word if len(prefix) >= 3 and prefix.isalpha() else ""


def _introduced_kind(noun: str) -> str:
    """The kind a noun that introduces a brand implies: "sectorfederatie" an association."""
    lower = noun.lower()
    for ending, kind in VH.APPOSITIVE_COMPOUND_ENDINGS.items():
        if lower.endswith(ending):
            return kind
    return "company"


def _with_brand_before(text: str, m: OrgMention, brands: frozenset[str]) -> OrgMention:
    """A name the rules found right after a lower-case brand of the page begins with it:
    "qubiome Manufacturing NV", not "Manufacturing NV"."""
    if m.source != "rule" or m.name != m.surface or m.start < 2 or text[m.start - 1] != " ":
        return m
    start = m.start - 1
    while start > 0 and (text[start - 1].isalnum()):
        start -= 1
    if text[start : m.start - 1] not in brands or (start and text[start - 1].isalnum()):
        return m
    surface = name_text(text, start, m.end)
    return replace(m, name=surface, surface=surface, start=start)


def _named_as_brand(text: str, word: str) -> bool:
    """``word`` stands in ``text`` after a company noun, or opens an apposition."""
    if word not in text:
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if before and before[-1].lower().endswith(_BRAND_NOUNS):
            return True
        if _APPOSITION_AFTER.match(text, m.end()):
            return True
    return False


def _translated(
    text: str, toks: list[Token], i: int, j: int, page: _PageOrgs
) -> tuple[str, str | None] | None:
    """A name in another language followed by the acronym of a known organisation:
    "Europese Onderzoeksraad (ERC)" is the European Research Council."""
    m = _ACRONYM.match(text[toks[j].end :])
    if m is None:
        return None
    acronym = m.group(1)
    entry = page.gaz.by_key.get(alias_key(acronym))
    if entry is None or acronym not in page.gaz.cased.get((alias_key(acronym),), ()):
        return None
    initials = {t.raw[0].upper() for t in toks[i : j + 1] if t.cap}
    return (entry.name, entry.kind) if acronym[0].upper() in initials else None


def _is_unit(toks: list[Token], i: int, j: int) -> bool:
    """The name has the head of a part of a university: institute, laboratory, school..."""
    return any(t.norm in _UNIT_HEADS or t.norm.endswith(_UNIT_ENDINGS) for t in toks[i : j + 1])


def _unit_parent(
    text: str,
    toks: list[Token],
    i: int,
    j: int,
    found: list[OrgMention],
    page: _PageOrgs,
    units_before: Sequence[Sequence[OrgMention]] = (),
) -> tuple[str, str | None] | None:
    """The university a named unit belongs to, when the text says so right next to it:
    "ETH's Laboratory of X", "X Institute (XI) of Leiden University", "the University of
    Y, whose X Institute ...". ``units_before``: the mentions of the units before this one, for
    "the university's Institute of X" in a paragraph that names no university itself."""
    candidates: list[tuple[str, str | None]] = []
    if (
        i >= 2
        and toks[i - 1].raw == "s"
        and text[toks[i - 2].end : toks[i - 1].start] in _APOSTROPHES
    ):
        candidates += _known_ending_at(text, toks, i - 2, found, page)
    before = text[max(0, toks[i].start - 24) : toks[i].start]
    whose = _WHOSE.search(before)
    if whose is not None:
        cut = toks[i].start - len(before) + whose.start()
        earlier = [m for m in found if m.end <= cut and cut - m.end <= 2]
        candidates += [(m.name, m.kind) for m in earlier]
    if _ITS_OWN.search(before):
        # "researchers from the university's Institute of X": the last university named.
        # (In an earlier paragraph when this one names none.)
        parents = [m for m in found if m.end <= toks[i].start and m.kind in _PARENT_KINDS]
        for ms in reversed(units_before):
            if parents:
                break
            parents = [m for m in ms if m.kind in _PARENT_KINDS]
        candidates += [(parents[-1].name, parents[-1].kind)] if parents else []
    after = _UNIT_OF.match(text, toks[j].end)
    if after is not None:
        k = bisect.bisect_left(toks, after.end(), key=_start_of)
        candidates += [(m.name, m.kind) for m in found if m.start == after.end()]
        if k < len(toks) and toks[k].start == after.end():
            candidates += _known_starting_at(text, toks, k, page)
    if _city_unit(toks, i, j):
        # "the Delft Hydraulic Engineering Laboratory", "the Amsterdam School for Cultural
        # Analysis": named after the city of a university the page names, part of it.
        candidates += [named] if (named := _university_named(toks[i].raw, page)) else []
    return next((c for c in candidates if c[1] in _PARENT_KINDS), None)


def _city_unit(toks: list[Token], i: int, j: int) -> bool:
    """The name opens with a city's name before a unit head ("Delft ... Laboratory"): not
    a country ("Korea Advanced Institute of ..."), nor two places joined by "and" ("Kent
    and Medway Medical School", a school of two universities), nor a person the university
    is named after ("Erasmus Medical School")."""
    return (
        i < j
        and toks[i].norm in _SEATS
        and toks[i].norm not in _COUNTRIES
        and toks[i + 1].norm not in _AND_WORDS
        and any(t.norm in _CITY_UNIT_HEADS for t in toks[i + 1 : j + 1])
    )


def _known_ending_at(
    text: str, toks: list[Token], k: int, found: list[OrgMention], page: _PageOrgs
) -> list[tuple[str, str | None]]:
    out = [(m.name, m.kind) for m in found if m.end == toks[k].end]
    for n in range(min(k + 1, 5), 0, -1):
        known = page.resolve(name_text(text, toks[k - n + 1].start, toks[k].end))
        if known is not None:
            out.append(known)
    return out


def _known_starting_at(
    text: str, toks: list[Token], k: int, page: _PageOrgs
) -> list[tuple[str, str | None]]:
    out = []
    for n in range(min(len(toks) - k, 5), 0, -1):
        known = page.resolve(name_text(text, toks[k].start, toks[k + n - 1].end))
        if known is not None:
            out.append(known)
    return out


def _coordinated_heads(
    text: str, found: list[OrgMention], page: _PageOrgs, unit: int
) -> list[OrgMention]:
    """ "the Universities of Ghent and Bristol": one organisation per name after the plural
    head, each the known organisation of that form, else named by the expanded form
    ("University of Bristol"); the surface is the name as written ("Bristol"), the
    offsets of the first one include the head."""
    for m in _COORDINATED.finditer(text):
        kind, forms = VH.COORDINATED_HEADS[m.group(1).lower()]
        new: list[OrgMention] = []
        for part in _COORDINATED_PART.finditer(text, m.start(2), m.end(2)):
            word = part.group()
            known = (page.resolve(form.format(word)) for form in forms)
            name, okind = next((k for k in known if k is not None), (forms[0].format(word), kind))
            # The first mention spans the plural head too: "universities of Ghent" reads as
            # one noun phrase, not as something "of" an organisation.
            start = part.start() if new else m.start()
            new.append(OrgMention(name, word, start, part.end(), unit, okind, "coordinated"))
        found = [x for x in found if not (x.start < m.end() and m.start() < x.end)]
        found.extend(new)
    for m in _COORDINATED_BARE.finditer(text):
        found = found + _coordinated_bare(m, found, page, unit)
    for m in _COORDINATED_BEFORE.finditer(text):
        new = _coordinated_before(m, page, unit)
        if new:
            found = [x for x in found if not (x.start < new[-1].end and new[0].start < x.end)]
            found.extend(new)
    return found


def _coordinated_bare(
    m: re.Match[str], found: list[OrgMention], page: _PageOrgs, unit: int
) -> list[OrgMention]:
    """The names after a Dutch plural head without "van" ("de provincies Gelderland en
    Fryslân", "de gemeenten Leiden en Katwijk"), resolved like those of "the provinces of
    ..."; a name found already ("de hogescholen Saxion en Windesheim") stays as it was."""
    kind, forms = VH.COORDINATED_HEADS[m.group(1)]
    new: list[OrgMention] = []
    for part in _COORDINATED_PART.finditer(m.string, m.start(2), m.end(2)):
        if any(x.start < part.end() and part.start() < x.end for x in found):
            continue
        word = part.group()
        if norm_token(word.split()[0]) in _NOT_A_PLACE:
            continue  # "de gemeenten In ...": no name
        known = (page.resolve(form.format(word)) for form in forms)
        name, okind = next((k for k in known if k is not None), (forms[0].format(word), kind))
        new.append(OrgMention(name, word, part.start(), part.end(), unit, okind, "coordinated"))
    return new


def _coordinated_before(m: re.Match[str], page: _PageOrgs, unit: int) -> list[OrgMention]:
    """The names of "the Ghent and Bristol universities", each resolved like those of "the
    Universities of Ghent and Bristol"; nothing for adjectives ("the Dutch and Belgian
    universities") or a sentence's opening word alone."""
    kind, forms = VH.COORDINATED_HEADS[m.group(2).lower()]
    parts = list(_COORDINATED_PART.finditer(text := m.string, m.start(1), m.end(1)))
    spans = [(p.start(), p.end()) for p in parts]
    first = parts[0].group().split()
    if norm_token(first[0]) in STARTERS:
        if len(first) == 1:
            return []
        spans[0] = (parts[0].start() + len(first[0]) + 1, parts[0].end())
    new: list[OrgMention] = []
    for start, end in spans:
        word = text[start:end]
        if any(w in VH.NATIONALITIES or is_foreign_nationality(w) for w in word.split()):
            return []
        known = (page.resolve(form.format(word)) for form in forms)
        name, okind = next((k for k in known if k is not None), (forms[0].format(word), kind))
        new.append(OrgMention(name, word, start, end, unit, okind, "coordinated"))
    return new


def _by_context(
    text: str,
    toks: list[Token],
    found: list[OrgMention],
    page: _PageOrgs,
    unit: int,
    in_list: bool,
) -> list[OrgMention]:
    """Names made organisations by an acronym definition, a partner list or an agreement
    verb (see ``org_context``); each one is known for the rest of the page."""
    investors = investor_hint(text)  # funding news: its own cue (``investor_names``)
    look = in_list or investors or worth_a_look(text, bool(found))
    # A unit no other rule reads may still name partners after "met" ("stageakkoorden met X
    # en met Y"): then only ``cued_names`` reads it.
    with_only = not look and bool(found) and partner_after_with(text)
    if not look and not with_only:
        return []
    taken = []
    for m in found:
        # Tokens are in text order: find the ones a mention starts and ends on by bisection.
        i = bisect.bisect_left(toks, m.start, key=_start_of)
        j = bisect.bisect_left(toks, m.end, key=_end_of)
        if i < len(toks) and toks[i].start == m.start and j < len(toks) and toks[j].end == m.end:
            taken.append((i, j))
    if with_only:
        spans = cued_names(text, toks, taken)
    else:
        spans = defined_names(text, toks, taken)
        spans += listed_names(text, toks, [*taken, *spans])
        spans += described_names(text, toks, [*taken, *spans])
        spans += cued_names(text, toks, [*taken, *spans])
        spans += named_names(text, toks, [*taken, *spans])
        spans += subject_names(text, toks, [*taken, *spans])
        spans += signing_subjects(text, toks, [*taken, *spans])
    if in_list:
        spans += bullet_names(text, toks, [*taken, *spans])
    if investors:
        spans += investor_names(text, toks, [*taken, *spans])
    out = []
    if "-" in text:
        spans = [_caps_compound(text, toks, i, j) for i, j in spans]
    for i, j in sorted(set(spans)):
        if any(i <= b and a <= j for a, b in taken):
            continue
        taken.append((i, j))
        if _a_place_name(toks, i, j) or (i < j and discipline_unit(toks, i, j)):
            continue
        start, end = toks[i].start, toks[j].end
        surface = name_text(text, start, end)
        name, kind = page.resolve(surface) or (surface, None)
        page.local.setdefault(alias_key(surface), (name, kind))
        if i == j:
            page.local_phrases.setdefault(toks[i].raw, alias_key(surface))
        out.append(OrgMention(name, surface, start, end, unit, kind, "context"))
    return out


def _caps_compound(text: str, toks: list[Token], i: int, j: int) -> tuple[int, int]:
    """The span widened over capitals glued to it by a hyphen: "VLIR-UOS", "NORTH-H2LINK"
    are one name, where the context rules may have taken either half alone."""
    while i > 0 and text[toks[i - 1].end : toks[i].start] == "-" and _caps_pair(toks, i - 1, i):
        i -= 1
    while (
        j + 1 < len(toks)
        and text[toks[j].end : toks[j + 1].start] == "-"
        and _caps_pair(toks, j, j + 1)
    ):
        j += 1
    return i, j


def _caps_pair(toks: list[Token], a: int, b: int) -> bool:
    return all(
        len(t.raw) > 1 and t.raw[0].isupper() and t.raw.upper() == t.raw for t in (toks[a], toks[b])
    )


def _add_conjuncts(
    units: Sequence[str],
    tokens: Sequence[list[Token]],
    mentions: list[list[OrgMention]],
    page: _PageOrgs,
) -> None:
    """Unknown names in a plain list with a found organisation (``conjunct_names``), once
    everything else on the page was found (so that "Cosun" in a headline is the "Royal
    Cosun" of the body, not a name of its own), then every other use of them on the page."""
    learned: dict[str, str] = {}  # surface -> alias key
    names = {(m.name, m.kind) for found in mentions for m in found}
    for u, (text, toks) in enumerate(zip(units, tokens, strict=True)):
        found = mentions[u]
        if not any(_glued(text, m) for m in found):
            continue  # no found name stands in a list (cheap: no tokens looked up)
        taken, guessed, placed, glued = [], set(), set(), []
        for m in found:
            i = bisect.bisect_left(toks, m.start, key=_start_of)
            j = bisect.bisect_left(toks, m.end, key=_end_of)
            if i >= len(toks) or j >= len(toks) or toks[i].start != m.start:
                continue
            if toks[j].end != m.end:
                continue
            taken.append((i, j))
            if m.source != "gazetteer":
                guessed.add((i, j))
            if m.kind in _PLACE_NAMED_KINDS:
                placed.add((i, j))
            if _glued(text, m):
                glued.append((i, j))
        spans = conjunct_names(text, toks, taken, guessed, placed, glued)
        for i, j in sorted(set(spans)):
            start, end = toks[i].start, toks[j].end
            surface = name_text(text, start, end)
            short = _short_of(surface, names)
            if short is None or _used_as_place(units, surface):
                continue  # a short form of several names, or a place ("in Geel")
            name, kind = page.resolve(surface) or short
            page.local.setdefault(alias_key(surface), (name, kind))
            learned[surface] = alias_key(surface)
            found.append(OrgMention(name, surface, start, end, u, kind, "context"))
        if spans:
            found.sort(key=lambda m: m.start)
    if not learned:
        return
    pattern = re.compile(
        r"(?<![\w&-])(?:"
        + "|".join(re.escape(n) for n in sorted(learned, key=len, reverse=True))
        + r")(?![\w&-])"
    )
    for u, text in enumerate(units):
        if not any(n in text for n in learned):
            continue
        found = mentions[u]
        spans = [(m.start, m.end) for m in found]
        added = [
            OrgMention(
                *page.local[learned[hit.group()]][:1],
                hit.group(),
                hit.start(),
                hit.end(),
                u,
                page.local[learned[hit.group()]][1],
                "page",
            )
            for hit in pattern.finditer(text)
            if not _overlaps(hit.span(), spans)
        ]
        if added:
            found.extend(added)
            found.sort(key=lambda m: m.start)


def _glued(text: str, m: OrgMention) -> bool:
    """List glue and a capitalised word right after or right before the mention
    (``_add_conjuncts``' pre-check, with string tests: it runs for every mention)."""
    at = m.end
    if text.startswith(" (", at):
        bracket = _GLUE_NEXT.match(text, at)  # "Zorgverzekeraars Nederland (ZN) en ..."
        if bracket is not None and text[bracket.end() : bracket.end() + 1].isupper():
            return True
    # Every glue after a name opens with "," or " ", every glue before it ends with " ":
    # one character test spares the word loops for most mentions (speed, not meaning).
    if text[at : at + 1] in _GLUE_OPENINGS:
        for glue in _GLUE_AFTER_WORDS:
            if text.startswith(glue, at):
                nxt = at + len(glue)
                for article in ("the ", "de ", "het "):
                    if text.startswith(article, nxt):
                        nxt += len(article)
                        break
                if text[nxt : nxt + 1].isupper():
                    return True
                break
    before = m.start
    if before == 0 or text[before - 1] != " ":
        return False
    for glue in _GLUE_BEFORE_WORDS:
        if text.endswith(glue, 0, before):
            word = text.rfind(" ", 0, before - len(glue)) + 1
            return text[word : word + 1].isupper()
    return False


def _short_of(surface: str, names: set[tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The organisation ``surface`` names: the one organisation of the page that it is a
    short form of (its last word is a word of the name: "Cosun" of "Royal Cosun", "RZ
    Tienen" of "Regionaal Ziekenhuis Heilig Hart Tienen"; in capitals, the name's initials:
    "UT" of "University of Twente"), else a name of its own. None when several fit. A
    name ending in a country is its own: the country is no distinctive word."""
    last = surface.split()[-1]
    if " " in surface and norm_token(last) in _COUNTRIES:
        return surface, None  # "Patiëntenbond Nederland" is no short form of "X Nederland"
    fits = set()
    for name, kind in names:
        words = name.split()
        if last in words or (
            surface.isupper() and surface == "".join(w[0] for w in words if w[0].isupper())
        ):
            fits.add((name, kind))
    if not fits:
        return surface, None  # a name of its own
    return fits.pop() if len(fits) == 1 else None


def _used_as_place(units: Sequence[str], surface: str) -> bool:
    """The page uses ``surface`` as a place somewhere: "in Geel", "te Mol", "Geel-based"."""
    pattern = re.compile(
        r"\b(?:in|te|near|nabij)\s+"
        + re.escape(surface)
        + r"\b|\b"
        + re.escape(surface)
        + r"-based"
    )
    return any(surface in text and pattern.search(text) for text in units)


def _a_place_name(toks: list[Token], i: int, j: int) -> bool:
    """Tokens ``i``..``j`` are a country or continent ("from Europe and Africa", "with
    Germany’s Fraunhofer-Gesellschaft"): a place, no organisation."""
    return all(t.norm in _PLACE_WORDS for t in toks[i : j + 1])


def _drop_union_places(units: Sequence[str], mentions: list[list[OrgMention]]) -> None:
    """ "Outside the European Union", "in de EU", "across the EU": a union of states used as
    the place it covers is no organisation there (its other uses still count)."""
    for u, text in enumerate(units):
        found = mentions[u]
        if any(m.name in _UNIONS for m in found):
            found[:] = [
                m
                for m in found
                if m.name not in _UNIONS or not _UNION_PLACE.search(text, 0, m.start)
            ]


def _university_named(word: str, page: _PageOrgs) -> tuple[str, str | None] | None:
    """The university "Tilburg" in "Tilburg School of Economics" stands for, if known."""
    for form in _UNIVERSITY_FORMS:
        found = page.resolve(form.format(word))
        if found is not None and found[1] in ("university", "umc"):
            return found
    return None


def _redefined(
    m: OrgMention, page: _PageOrgs, first_use: tuple[int, int] | None, unit: int
) -> OrgMention:
    """A mention found by its context, resolved again once the whole page was read; a
    company's short form only after the company's first full mention (``first_use``)."""
    if first_use is not None and first_use >= (unit, m.start):
        return m
    name, kind = page.local.get(alias_key(m.surface), (m.name, m.kind))
    return m if name == m.name else replace(m, name=name, kind=kind)


def _learn_region(surface: str, name: str, kind: str | None, page: _PageOrgs) -> None:
    """ "Hoogheemraadschap van Rijnland" is "Rijnland" for the rest of the page."""
    words = surface.split()
    if len(words) < 2 or norm_token(words[0]) not in _REGION_HEADS:
        return
    rest = words[2:] if norm_token(words[1]) in ("van", "of") else words[1:]
    if len(rest) == 1 and rest[0][0].isupper():
        _add_local(page, rest[0], name, kind)


def _title_case(text: str, toks: list[Token]) -> bool:
    """A Title Case Headline: capitals carry no signal there, so the rules stay silent.

    Only short units without a full stop count: sentences listing names are mostly
    capitals too; nor does an item of a list that ends in ";" or "," (no headline does).
    """
    if text.rstrip().endswith((".", "!", "?", ";", ",")):
        return False
    words = [t for t in toks if t.raw[0].isalpha() and len(t.raw) > 3]
    if not 4 <= len(words) <= 12 or len(toks) > 16:
        return False
    return sum(t.raw[0].isupper() for t in words) >= 0.8 * len(words)


def _extends(inner: list[OrgMention], toks: list[Token], i: int, j: int) -> bool:
    """A rule span that adds a head to one known name: "Leiden University Fund",
    "Stichting Leiden Bio Science Park". Not "Anna Jansen of Leiden University"."""
    if len(inner) != 1:
        return False
    known = inner[0]
    start, end = toks[i].start, toks[j].end
    head_before = known.start > start and toks[i].norm in PREFIX and known.end == end
    tail = [k for k in range(i, j + 1) if toks[k].start >= known.end]
    head_after = (
        known.start == start
        and bool(tail)
        and any(
            toks[k].norm in SUFFIX or (toks[k - 1].norm, toks[k].norm) in SUFFIX_2 for k in tail
        )
    )
    return head_before or head_after


def _seat_extends(text: str, inner: list[OrgMention], toks: list[Token], i: int, j: int) -> bool:
    """A rule span that adds a seat to one known name with a Romance head: "Institut
    Pasteur de Dakar" is not the known "Institut Pasteur" but another institute of its
    network; the seat is one capitalised word after "de"/"di" that ends the span."""
    if len(inner) != 1 or j - i < 2 or toks[i].start != inner[0].start:
        return False
    link, seat = toks[j - 1], toks[j]
    return (
        inner[0].end == toks[j - 2].end
        and toks[i].norm in _ROMANCE_SEAT_HEADS
        and link.raw in _ROMANCE_SEAT_CONNECTORS
        and text[link.end : seat.start] == " "
        and seat.cap
    )


def _head_widened(text: str, inner: list[OrgMention], toks: list[Token], i: int, j: int) -> bool:
    """A rule span that goes on after one known name ending in its head word with "of" or
    "for" and a capitalised name: "Royal Society of Chemistry" is not the known "Royal
    Society", nor "Medical Research Council of South Africa" the known British council. A
    known name that has a link word of its own ("Ministry of Education of X") is left to
    the rules for foreign bodies."""
    if len(inner) != 1 or inner[0].start != toks[i].start or inner[0].end >= toks[j].start:
        return False
    k = bisect.bisect_left(toks, inner[0].end, key=_start_of)
    if k < i + 1 or k + 1 > j or toks[k - 1].end != inner[0].end:
        return False
    if any(t.norm in CONNECTORS for t in toks[i:k]) or toks[k - 1].norm not in SUFFIX:
        return False
    link, after = toks[k], toks[k + 1]
    return (
        link.norm in _WIDENING_LINKS
        and text[toks[k - 1].end : link.start] == " "
        and text[link.end : after.start] == " "
        and after.cap
    )


def _comma_names(
    text: str, found: list[OrgMention], page: _PageOrgs, unit: int
) -> list[OrgMention]:
    """A formal name with a comma inside, told by the acronym after it: "X, Y (AB)" where
    the acronym spells the part before the comma and not the part after it
    ("Alfred-Wegener-Institut, Helmholtz-Zentrum für Polar- und Meeresforschung (AWI)",
    "University of California, Berkeley (UCB)") is one name, the acronym its short form.
    A list ("X, Y (YZ)") keeps its names apart."""
    out = list(found)
    for m in found:
        if m.kind == UNIT_KIND or not text.startswith(", ", m.end):
            continue
        tail = _COMMA_TAIL.match(text, m.end + 2)
        if tail is None:
            continue
        acronym = tail.group(2)
        letters = "".join(c for c in acronym if c.isupper())
        before, after = _initials(m.surface), _initials(tail.group(1))
        if len(letters) < 2 or after.startswith(letters):
            continue  # the acronym spells the name after the comma: a list
        if not (before.startswith(letters) or (before + after).startswith(letters)):
            continue
        end = m.end + 2 + len(tail.group(1))
        inside = [o for o in out if m.start <= o.start and o.end <= end]
        if any(o.source == "gazetteer" and o is not m for o in inside):
            continue  # another known name after the comma
        surface = name_text(text, m.start, end)
        name, kind = page.resolve(surface) or (surface, m.kind)
        page.local[alias_key(surface)] = (name, kind)
        out = [o for o in out if o not in inside]
        out.append(OrgMention(name, surface, m.start, end, unit, kind, "rule"))
        _add_local(page, acronym, name, kind)
    out.sort(key=_start_of)
    return out


def _initials(name: str) -> str:
    """The capitals that open the words of a name, hyphenated parts too ("AWI")."""
    return "".join(w[0] for w in _INITIAL_WORDS.findall(name) if w[0].isupper())


def _learn_acronyms(text: str, found: list[OrgMention], page: _PageOrgs) -> None:
    if "(" not in text:
        return  # both forms need a bracket
    for m in found:
        # "Zentrix B.V. (hierna: Zentrix)": the full stop of a legal form is not in the name.
        at = m.end + 1 if text.startswith(".", m.end) else m.end
        # Both forms open with a bracket: one cheap match spares the two patterns for most
        # mentions (speed, not meaning).
        after = _OPENING_AT.match(text, at) and (
            _ACRONYM_AT.match(text, at) or DEFINED_AFTER.match(text, at)
        )
        if after:
            _add_local(page, after.group(1), m.name, m.kind)
        # The closing bracket first: cheap, where the search before the name is not (a match
        # at the offset, not a copy of the rest of the unit per mention).
        if _CLOSING_AT.match(text, m.end):
            before = _ACRONYM_BEFORE.search(text[: m.start])
            if before:
                _add_local(page, before.group(1), m.name, m.kind)


def _add_local(page: _PageOrgs, acronym: str, name: str, kind: str | None) -> None:
    key = alias_key(acronym)
    if not key or key in page.gaz.by_key and page.gaz.by_key[key].name != name:
        return  # never let a page redefine a well-known acronym
    page.local[key] = (name, kind)
    page.local_phrases[acronym] = key


def _short_references(
    text: str,
    toks: list[Token],
    spans: list[tuple[int, int]],
    mentions: list[list[OrgMention]],
    unit: int,
) -> list[OrgMention]:
    """ "the Commission" after "the European Commission"; "gemeente, provincie en RUG" in a list.

    A head noun alone refers back to the last organisation named with that head
    word, when it follows an article (capitalised) or stands in a list.
    """
    out: list[OrgMention] = []
    if _SHORT_HEADS.isdisjoint(map(_norm_of, toks)):
        return out  # no head noun in the unit
    for k, tok in enumerate(toks):
        if tok.norm not in _SHORT_HEADS or _overlaps((tok.start, tok.end), spans):
            continue
        after = text[tok.end : toks[k + 1].start] if k + 1 < len(toks) else ""
        if k + 1 < len(toks) and is_cap(toks[k + 1]) and after == " ":
            continue  # "Gemeente Oss": a name of its own, handled by the rules
        in_list = after.startswith(",") or (
            k + 1 < len(toks) and toks[k + 1].norm in ("en", "and") and after == " "
        )
        after_article = (
            k > 0
            and toks[k - 1].norm in ARTICLES
            and (tok.raw[0].isupper() or tok.norm in _LOWER_SHORT_HEADS)
        )
        if not (in_list or after_article):
            continue
        target = _last_with_head(mentions, unit, tok.start, tok.norm)
        if target is not None:
            out.append(
                OrgMention(target.name, tok.raw, tok.start, tok.end, unit, target.kind, "short")
            )
    return out


def _last_with_head(
    mentions: list[list[OrgMention]], unit: int, before: int, head: str
) -> OrgMention | None:
    best = None
    for u in range(unit + 1):
        for m in mentions[u]:
            if u == unit and m.start >= before:
                break
            words = WORD.findall(m.surface)
            if head in (norm_token(words[0]), norm_token(words[-1])):
                best = m
    return best


def organisations_from(mentions: Sequence[Sequence[OrgMention]]) -> tuple[Organisation, ...]:
    """One Organisation per canonical name, in order of first mention, with every surface form."""
    forms: dict[str, list[str]] = {}
    kinds: dict[str, str | None] = {}
    for unit in mentions:
        for m in unit:
            surfaces = forms.setdefault(m.name, [])
            if m.surface not in surfaces:
                surfaces.append(m.surface)
            kinds.setdefault(m.name, m.kind)
    return tuple(Organisation(name=n, aliases=tuple(s), kind=kinds[n]) for n, s in forms.items())
