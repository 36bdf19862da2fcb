"""Word lists and trigger patterns for organisation and agreement extraction, as data.

Everything language-specific lives here so the extractors stay small and a new
trigger or head word is a one-line change. Patterns are compiled once by the
modules that use them. English and Dutch sit side by side.
"""

from __future__ import annotations

# --- Organisations -------------------------------------------------------------------

# Head words that end an organisation name ("Bronovo Hospital", "Economic Board Consortium"),
# with the kind they imply. Matched case-insensitively on the last token of a capitalised span.
ORG_SUFFIX_HEADS: dict[str, str] = {
    "university": "university",
    "universiteit": "university",
    "universität": "university",
    "université": "university",
    "hogeschool": "university_of_applied_sciences",
    "hospital": "hospital",
    "ziekenhuis": "hospital",
    "gasthuis": "hospital",
    "clinic": "hospital",
    "kliniek": "hospital",
    "institute": "research_institute",
    "instituut": "research_institute",
    "institut": "research_institute",
    "laboratory": "research_institute",
    "laboratories": "research_institute",
    "observatory": "research_institute",
    "consortium": "consortium",
    "alliance": "alliance",
    "alliantie": "alliance",
    "federation": "alliance",
    "network": "alliance",
    "foundation": "foundation",
    "fund": "foundation",
    "trust": "foundation",
    "society": "association",
    "association": "association",
    "vereniging": "association",
    "academy": "research_institute",
    "akademie": "research_institute",
    "academie": "university",
    "college": "university",
    "council": "government",
    "agency": "government",
    "authority": "government",
    "court": "government",
    "tribunal": "government",
    "inspectorate": "government",
    "bank": "company",
    "company": "company",
    "group": "company",
    "groep": "company",
    "corporation": "company",
    "b.v.": "company",
    "bv": "company",
    "n.v.": "company",
    "nv": "company",
    "inc": "company",
    "ltd": "company",
    "gmbh": "company",
    "plc": "company",
    "ag": "company",
    "sa": "company",
}

# (parent kind, head kind): a known name plus such a head is a part of the parent
# ("Erasmus MC Cancer Institute", "TU Delft Graduate School"), not an organisation of its own.
PART_OF_KINDS: tuple[tuple[str, str], ...] = (
    ("university", "research_institute"),
    ("university", "research_school"),
    ("university", "hospital"),
    ("umc", "research_institute"),
    ("umc", "research_school"),
    ("umc", "hospital"),
    ("university_of_applied_sciences", "research_institute"),
)

# Two-word heads checked before single words: "X Medical Center", "X Research School".
ORG_SUFFIX_HEADS_2: dict[tuple[str, str], str] = {
    ("b", "v"): "company",  # "Lumicks B.V."
    ("n", "v"): "company",
    ("medical", "center"): "hospital",
    ("medical", "centre"): "hospital",
    ("medisch", "centrum"): "hospital",
    ("research", "school"): "research_school",
    ("graduate", "school"): "research_school",
    ("business", "school"): "university",
    ("research", "centre"): "research_institute",
    ("research", "center"): "research_institute",
    ("onderzoeksschool", ""): "research_school",
}

# Words that open an organisation name ("University of X", "Stichting X", "Gemeente X").
# A value of True means the head must be followed by "of"/"van"/"for" ("Ministry of X").
ORG_PREFIX_HEADS: dict[str, tuple[str, bool]] = {
    "university": ("university", True),
    "universiteit": ("university", False),
    "hogeschool": ("university_of_applied_sciences", False),
    "stichting": ("foundation", False),
    "foundation": ("foundation", True),
    "gemeente": ("municipality", False),
    "municipality": ("municipality", True),
    "city": ("municipality", True),
    "provincie": ("government", False),
    "province": ("government", True),
    "ministry": ("ministry", True),
    "ministerie": ("ministry", True),
    "institute": ("research_institute", True),
    "academy": ("research_institute", True),
    "bank": ("company", True),
    "hochschule": ("university_of_applied_sciences", False),
    "fachhochschule": ("university_of_applied_sciences", False),
    "université": ("university", True),
    "universitat": ("university", True),
    "universität": ("university", False),
    "universidad": ("university", True),
    "università": ("university", True),
    "universidade": ("university", True),
    "uniwersytet": ("university", False),
    "roc": ("school", False),
    "universitas": ("university", False),
    "universiti": ("university", False),
    "royal": ("", False),
}

# Lower-case words allowed inside a capitalised organisation name.
NAME_CONNECTORS: frozenset[str] = frozenset(
    {
        "of",
        "for",
        "and",
        "&",
        "the",
        "van",
        "voor",
        "de",
        "der",
        "den",
        "het",
        "en",
        "'s",
        "für",
        "und",
        "zu",
        "di",
        "du",
        "des",
        "la",
        "le",
        "et",
        "aan",
    }
)

# Capitalised words that open a sentence or a headline but never start a name.
NON_NAME_STARTERS: frozenset[str] = frozenset(
    {
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "as",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "both",
        "this",
        "these",
        "that",
        "those",
        "our",
        "their",
        "its",
        "his",
        "her",
        "also",
        "yesterday",
        "today",
        "tomorrow",
        "together",
        "after",
        "before",
        "since",
        "during",
        "when",
        "while",
        "why",
        "how",
        "what",
        "new",
        "all",
        "each",
        "every",
        "last",
        "next",
        "other",
        "de",
        "het",
        "een",
        "op",
        "bij",
        "met",
        "voor",
        "door",
        "naar",
        "ook",
        "dit",
        "deze",
        "die",
        "dat",
        "onze",
        "hun",
        "gisteren",
        "vandaag",
        "morgen",
        "samen",
        "nieuwe",
        "alle",
        "nu",
        "several",
        "many",
        "some",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "via",
        "under",
        "between",
        "tussen",
        "researchers",
        "scientists",
        "students",
        "professor",
        "prof",
        "dr",
        "mr",
        "mrs",
        "ms",
        "minister",
        "dean",
        "rector",
        "president",
        "chair",
        "chairman",
        "director",
        "ceo",
        "board",
        "executive",
        "photo",
        "foto",
        "read",
        "lees",
        "more",
        "meer",
    }
)

# Words that mark a capitalised span as something other than an organisation.
NON_ORG_TAILS: frozenset[str] = frozenset(
    {
        "programme",
        "program",
        "programma",
        "prize",
        "award",
        "prijs",
        "medal",
        "grant",
        "beurs",
        "fellowship",
        "chair",
        "leerstoel",
        "lecture",
        "conference",
        "congress",
        "congres",
        "symposium",
        "workshop",
        "day",
        "dag",
        "week",
        "festival",
        "summit",
        "masterclass",
        "course",
        "minor",
        "major",
        "degree",
        "bachelor",
        "master",
        "masters",
        "phd",
        "track",
        "system",
        "systeem",
        "platform",
        "project",
        "journal",
        "magazine",
        "building",
        "hall",
        "gebouw",
        "campus",
        "faculty",
        "faculteit",
        "department",
        "afdeling",
        "library",
        "bibliotheek",
        "museum",
        "challenge",
        "competition",
        "hackathon",
        "lab",
    }
)

# Lower-case heads that belong to the name they introduce ("de gemeente Enschede").
LOWER_PREFIX_HEADS: dict[str, str] = {
    "gemeente": "municipality",
    "provincie": "government",
    "ministerie": "ministry",
}

# Lower-case nouns that introduce a name: "dairy cooperative FrieslandCampina",
# "zorgverzekeraar Zilveren Kruis", "start-up Lumicks". The value is the kind implied.
APPOSITIVE_NOUNS: dict[str, str] = {
    "cooperative": "company",
    "coöperatie": "company",
    "company": "company",
    "firm": "company",
    "startup": "company",
    "start": "company",
    "spin": "company",
    "insurer": "company",
    "zorgverzekeraar": "company",
    "verzekeraar": "company",
    "bedrijf": "company",
    "chipmaker": "company",
    "manufacturer": "company",
    "producer": "company",
    "bank": "company",
    "retailer": "company",
    "supplier": "company",
    "multinational": "company",
    "techbedrijf": "company",
    "technologiebedrijf": "company",
    "scale": "company",
    "charity": "foundation",
    "patiëntenvereniging": "association",
    "instelling": "school",
    "onderwijsinstelling": "school",
    "kennisinstelling": "research_institute",
    "zorginstelling": "hospital",
    "studentenhuisvester": "company",
    "woningcorporatie": "company",
    "corporatie": "company",
    "huisvester": "company",
    "kennisinstituut": "research_institute",
    "onderzoeksinstituut": "research_institute",
}

# Lower-case heads that may follow a known name and belong to it ("the Medical Delta
# consortium", "the Leiden Bio Science Park foundation").
# Only a name of the same kind takes the head ("Erasmus MC consortium" is not Erasmus MC).
TRAILING_HEADS: dict[str, str] = {
    "foundation": "foundation",
    "consortium": "consortium",
    "alliance": "alliance",
    "alliantie": "alliance",
    "network": "alliance",
    "netwerk": "alliance",
    "federation": "alliance",
}

# A capitalised head noun alone after "the"/"de" refers back to the last organisation named
# with that head ("the European Commission ... the Commission").
SHORT_REFERENCE_HEADS: frozenset[str] = frozenset(
    {
        "commission",
        "commissie",
        "ministry",
        "ministerie",
        "municipality",
        "gemeente",
        "province",
        "provincie",
        "consortium",
        "alliance",
        "alliantie",
        "foundation",
        "stichting",
    }
)

# Of those, the ones that refer back even in lower case ("the municipality", "de gemeente").
LOWER_SHORT_REFERENCE_HEADS: frozenset[str] = frozenset(
    {"municipality", "gemeente", "province", "provincie", "ministry", "ministerie"}
)

# Person titles: a span containing one of these is a person, not an organisation.
PERSON_TITLES: frozenset[str] = frozenset(
    {
        "prof",
        "professor",
        "dr",
        "drs",
        "ir",
        "mr",
        "mrs",
        "ms",
        "sir",
        "dame",
        "minister",
        "rector",
        "dean",
        "hoogleraar",
        "dhr",
        "mevr",
    }
)

# Words that are generic on their own: a span made only of these names no organisation
# ("University Medical Centres", "the Research Institute").
GENERIC_NAME_WORDS: frozenset[str] = frozenset(
    {
        "university",
        "universities",
        "universiteit",
        "medical",
        "center",
        "centre",
        "centers",
        "centres",
        "centrum",
        "hospital",
        "hospitals",
        "institute",
        "institutes",
        "research",
        "school",
        "schools",
        "national",
        "european",
        "international",
        "dutch",
        "royal",
        "academic",
        "technical",
        "technology",
        "sciences",
        "science",
        "applied",
        "of",
        "for",
        "and",
        "the",
        "consortium",
        "alliance",
        "foundation",
        "network",
        "partner",
        "partners",
        "group",
        "council",
        "college",
        "graduate",
        "business",
        "company",
        "bank",
        "fund",
        "trust",
        "society",
        "association",
        "city",
        "municipality",
        "ministry",
        "province",
        "stichting",
        "gemeente",
        "ministerie",
        "hogeschool",
        "federation",
        "agency",
        "authority",
        "academy",
        "health",
        "care",
        "new",
        "general",
        "executive",
        "board",
        "supervisory",
        "medisch",
        "universitair",
        "inc",
        "ltd",
        "bv",
        "nv",
        "b",
        "v",
        "n",
    }
)

# --- Agreements ----------------------------------------------------------------------

# Trigger patterns: (regex, agreement type, strength 0..1). The first pattern that matches
# a sentence wins, so stronger and more specific triggers come first. Regexes are
# compiled case-insensitively.
TRIGGERS: tuple[tuple[str, str, float], ...] = (
    # Endings.
    (
        r"\b(?:terminat\w*|beëindig\w*|beeindig\w*|will\s+not\s+(?:be\s+)?(?:renew|extend|continue)\w*|"
        r"not\s+to\s+(?:renew|extend|continue)|(?:decided|decide|decides)\s+to\s+(?:end|stop)|"
        r"discontinu\w*|dissolv\w*|pull(?:s|ed)?\s+out\s+of|withdr[ae]w\w*\s+from|ontbonden|opgezegd|"
        r"niet\s+(?:meer\s+)?(?:verlengen|voortzetten|verlengd)|"
        r"(?:end|ends|ended|ending|stop|stops|stopped|stopping)\s+(?:(?:the|their|its|this|our|a)\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:partnership|collaboration|cooperation|co-operation|agreement|alliance|"
        r"contract|relationship|ties)|"
        r"(?:stoppen|stopt|stopten|gestopt)\s+(?:\w+\s+){0,4}(?:samenwerking|alliantie|partnerschap)|"
        r"(?:partnership|collaboration|cooperation|agreement|alliance|contract|samenwerking)\s+"
        r"(?:\w+\s+){0,4}(?:will\s+)?(?:end|ends|ended|comes?\s+to\s+an\s+end|came\s+to\s+an\s+end|"
        r"stopt|eindigt|afgelopen))\b",
        "termination",
        0.9,
    ),
    # Memoranda and letters of intent.
    (
        r"\b(?:memorandum\s+of\s+understanding|memoranda\s+of\s+understanding|MoUs?|"
        r"letters?\s+of\s+intent|declaration\s+of\s+intent|statement\s+of\s+intent|"
        r"intentieverklaring\w*|intentie-?overeenkomst\w*)\b",
        "mou",
        0.9,
    ),
    # Joint degrees and programmes (teaching; "joint research programme" is collaboration).
    (
        r"\b(?:joint\s+(?:degree|degrees|programme|programmes|program|programs|"
        r"master(?:['’]?s)?|bachelor(?:['’]?s)?|phd|doctorate|education|minor|minors)|double\s+degree\w*|"
        r"dual\s+degree\w*|gezamenlijke\s+(?:opleiding\w*|master\w*|bachelor\w*|graad|programma\w*)|"
        r"(?:jointly|together)\s+offer\w*\s+(?:\w+\s+){0,3}(?:programme|programmes|degree|master|masters|"
        r"master['’]s|bachelor|bachelors|bachelor['’]s))\b",
        "joint_programme",
        0.8,
    ),
    # Signed agreements, contracts and covenants.
    (
        # "broad agreement", "in agreement with" are opinions, not contracts.
        r"(?:(?<!broad )(?<!general )(?<!in )(?<!full )(?<!wide )agreements?\b|"
        r"\bcontracts?|covenants?|convenants?|samenwerkingsovereenkomst\w*|"
        r"overeenkomst\w*|raamovereenkomst\w*|\bakkoord\b|afspraken\b)\b",
        "agreement",
        0.85,
    ),
    # Consortia.
    (r"(?:consortium|consortia|consortiums)\b", "consortium", 0.75),
    # Alliances.
    (r"(?:alliances?|allianties?)\b", "alliance", 0.75),
    # Partnerships.
    (
        r"(?:partnerships?\b|partnerschap\w*|strategic\s+partners?|"
        r"(?:become|became|are|were|been|zijn|waren)\s+partners)\b",
        "partnership",
        0.75,
    ),
    # Founding something together ("one of the founders of X, together with Y").
    (
        r"\b(?:co-?founders?\s+of|founders?\s+of|founding\s+partners?|(?:mede-?)?oprichters?\s+van)\b",
        "partnership",
        0.5,
    ),
    # General collaboration.
    (
        r"\b(?:collaborat\w*|co-?operat(?:e|es|ed|ing|ion|ions)|work(?:s|ed|ing)?\s+(?:\w+\s+){0,2}together|"
        r"work(?:s|ed|ing)?\s+(?:closely\s+|together\s+)?with|join(?:s|ed|ing)?\s+forces|"
        r"team(?:s|ed)?\s+up|samenwerk\w*|(?:werken|werkt|werkten)\s+(?:\w+\s+){0,4}samen|"
        r"bundel\w*\s+(?:\w+\s+)?krachten|trekken\s+(?:\w+\s+)?samen\s+op|"
        r"joint\s+(?:\w+\s+)?research(?:\s+\w+)?|joint\s+projects?|"
        r"(?:take|takes|taken|took|taking)\s+part\s+in|nemen\s+deel\s+aan|neemt\s+deel\s+aan)\b",
        "collaboration",
        0.6,
    ),
)

# Membership of an alliance or consortium: "X joins G", "X is a member of G".
# Cheap pre-checks: a trigger pattern can only match a lower-cased sentence that contains
# one of its stems, so most sentences skip the regular expressions (speed, not meaning).
TRIGGER_STEMS: dict[str, tuple[str, ...]] = {
    "termination": (
        "termin",
        "beëind",
        "beeind",
        "not ",
        "decide",
        "discontinu",
        "dissolv",
        "pull",
        "withdr",
        "ontbond",
        "opgezegd",
        "niet ",
        " end",
        " stop",
        "stopt",
        "partnership",
        "collaboration",
        "cooperation",
        "co-operation",
        "agreement",
        "alliance",
        "contract",
        "samenwerking",
    ),
    "mou": ("memorand", "mou", "letter", "declaration", "statement", "intentie"),
    "joint_programme": ("joint", "double", "dual", "gezamenlijk", "jointly", "together"),
    "agreement": (
        "agreement",
        "contract",
        "covenant",
        "convenant",
        "overeenkomst",
        "akkoord",
        "afspraken",
    ),
    "consortium": ("consorti",),
    "alliance": ("allian",),
    "partnership": ("partner", "founder", "oprichter", "founding"),
    "collaboration": (
        "collab",
        "operat",
        "work",
        "join",
        "team",
        "samenw",
        "samen",
        "krachten",
        "joint",
        "part in",
        "deel aan",
    ),
}
# The same for the other sentence-level patterns (joining, partner lists, anaphors).
GATE_STEMS: tuple[str, ...] = (
    "join",
    "member",
    "belong",
    "toe",
    "aan",
    "lid ",
    "deel",
    "part of",
    "partner",
    "parties",
    "participants",
    "partijen",
    "leden",
    "consist",
    "compris",
    "made up",
    "bestaat",
    "bestaan",
    "brings together",
    "brengt samen",
    "agreement",
    "contract",
    "collaboration",
    "cooperation",
    "alliance",
    "consortium",
    "covenant",
    "memorandum",
    "mou",
    "membership",
    "overeenkomst",
    "samenwerking",
    "convenant",
    "alliantie",
    "partnerschap",
    "intentieverklaring",
    "lidmaatschap",
    "signing",
    "ondertekening",
)

# Joining is an event per organisation: "A and B joined G" is two records.
JOIN_EVENT = (
    r"\b(?:join(?:s|ed|ing)?|become\s+(?:a\s+)?member|became\s+(?:a\s+)?member|treedt\s+toe|"
    r"trad\s+toe|treden\s+toe|traden\s+toe|toegetreden|sluit\w*\s+(?:zich\s+)?aan)\b"
)

JOIN_PATTERN = (
    r"\b(?:join(?:s|ed|ing)?|become\s+(?:a\s+)?member|became\s+(?:a\s+)?member|members?\s+of|"
    r"belongs?\s+to|treedt\s+toe|trad\s+toe|toegetreden|sluit\w*\s+(?:zich\s+)?aan|lid\s+van|"
    r"maakt\s+deel\s+uit|maken\s+deel\s+uit|deel\s+uit\s+(?:te\s+)?maken|part\s+of)\b"
)

# Nouns after an organisation name that make the name a modifier ("the three LDE
# universities", "an EU programme", "Medical Delta's annual meeting"): not a party.
# Funding nouns after a name make it a funder ("an NWO grant", "ERC funding").
FUNDING_NOUNS: tuple[str, ...] = (
    "grant",
    "grants",
    "funding",
    "subsidy",
    "subsidie",
    "beurs",
    "financiering",
)

# Things an organisation has: its name before them is never a party ("an EU programme").
THING_NOUNS: tuple[str, ...] = (
    "programmes",
    "programme",
    "programma",
    "projects",
    "project",
    "week",
    "meeting",
    "office",
    "bureau",
    "campus",
    "site",
    "facilities",
    "labs",
)

MODIFIED_NOUNS: tuple[str, ...] = (
    "universities",
    "universiteiten",
    "centres",
    "centers",
    "centra",
    "minors",
    "minor",
    "members",
    "partners",
    "leden",
    "students",
    "studenten",
    "researchers",
    "onderzoekers",
    "scientists",
    "staff",
    "institutions",
    "instellingen",
    *THING_NOUNS,
)

# Sentences that deny a relationship ("are not partners in the agreement").
NEGATION = (
    r"\b(?:not|no\s+longer)\s+(?:a\s+|formal\s+)?(?:partners?|part(?:y|ies)|members?|involved|"
    r"signator(?:y|ies))\b|\bgeen\s+(?:partner|partij|lid|onderdeel)\w*"
)

# Prepositions after which an organisation is a place or a vehicle, not a party
# ("through the Casimir Research School", "during Medical Delta's annual meeting").
NON_PARTY_PREPOSITIONS = (
    r"(?:through|via|at|within|during|tijdens|binnen|bij|of|in|from|van|voor|for|under|onder)"
    r"\s+(?:the\s+|de\s+|het\s+)?$"
)

# The organisation something sets up is the result, not a party
# ("set up the ARCNL as a public-private partnership").
CREATED_BEFORE = (
    r"(?:set\s+up|established|founded|launched|created|richtten\s+op|richtte|opgericht)\s+"
    r"(?:the\s+|a\s+|an\s+|de\s+|het\s+|een\s+)?$"
)

# Words about a relationship's life: only such a sentence adds a date to an earlier record.
LIFECYCLE = (
    r"\b(?:sign\w*|ondertek\w*|getekend|tekenen|tekenden|start\w*|began|begins|begint|"
    r"took\s+effect|takes\s+effect|in\s+effect|approved|concluded|formed|established|launched|"
    r"founded|set\s+up|ingegaan|gaat\s+in|ging\s+in|van\s+kracht|in\s+werking|loopt|runs|"
    r"expires?|ends?|ended|eindigt|renew\w*|verleng\w*|extended|goedgekeurd|opgericht|liep|"
    r"lopen|liepen|ran)\b"
)

# "the first agreement": a sentence about the original, not about a renewal.
ORIGINAL = r"\b(?:first|original|earlier|previous|eerste|oorspronkelijke|vorige)\b"

# Relative clauses whose organisations are background, not parties
# ("..., the alliance of which TU/e is a founding member").
RELATIVE_CLAUSE = (
    r",\s+(?:(?:the|a|an|de|het|een)\s+[^,]{0,60}?\s+)?"
    r"(?:of\s+which|which|where|whose|who|waarvan|waar|die|dat)\b"
)

# Several bilateral relationships in one sentence ("on separate projects").
SEPARATE = r"\b(?:separate|separately|individual|afzonderlijke?|elk\s+apart)\b"

# Status cues, checked in this order (after renewal and a past signing, which win);
# the first that matches the sentence decides.
STATUS_CUES: tuple[tuple[str, str], ...] = (
    (
        "renewed",
        r"\b(?:renew(?:s|ed|ing|al)?|extend(?:s|ed|ing)?\s+(?:\w+\s+){0,4}(?:agreement|partnership|"
        r"collaboration|cooperation|alliance|contract|membership|participation)|extension\s+of|"
        r"prolong\w*|verleng\w*|vernieuw\w*)\b",
    ),
    (
        "planned",
        r"\b(?:will\s+(?:\w+\s+)?(?:sign|collaborate|cooperate|work|join|form|launch|set\s+up|"
        r"establish|start|become|enter|intensify|strengthen|explore|offer|create|develop)\w*|"
        r"intends?\s+to|intention\s+to|plans?\s+to|planned|planning\s+to|aims?\s+to|"
        r"wish(?:es)?\s+to|want\s+to|are\s+to|is\s+to|to\s+be\s+signed|expected\s+to|"
        r"(?:is|are)\s+expected|wordt\s+verwacht|verwacht\w*|"
        r"gaan\s+(?:\w+\s+)?samenwerken|gaan\s+(?:\w+\s+){0,3}(?:tekenen|ondertekenen)|zullen|willen|"
        r"van\s+plan|voornemen|verkennen|naar\s+verwachting|wordt\s+(?:\w+\s+)?(?:getekend|ondertekend)|"
        r"to\s+(?:intensify|strengthen|collaborate|cooperate|work\s+together|join|sign|form|launch|"
        r"deepen|expand|offer|start|open|create|set\s+up|establish|found))\b",
    ),
    (
        "signed",
        r"\b(?:sign(?:s|ed|ing)?|ondertek\w*|tekenen|tekenden|getekend|tekent|sealed|concluded|"
        r"entered\s+into|formed|forms|established|set\s+up|launched|founded|joined|joins|"
        r"agreed|gesloten|sloten|sluiten|opgericht|aangegaan|formalised|formalized|approved|"
        r"announced|announces|kondigden\s+aan|kondigen\s+aan|"
        r"(?:started|began|launched|founded|created)\s+(?:the|a|an|their|de|het|een)\b|"
        r"took\s+effect|takes\s+effect|ingegaan|gaat\s+in)\b",
    ),
    ("continuing", r"\b(?:continu(?:e|es|ed|ing)\s+to|blijft|blijven|nog\s+steeds|still)\b"),
    (
        "ongoing",
        r"\b(?:have\s+been|has\s+been|for\s+(?:many\s+)?(?:years|decades)|long-?standing|"
        r"already|since|al\s+jaren|sinds|al\s+lang\w*|working\s+together|work\s+together|"
        r"collaborate|cooperate|are\s+partners|werken\s+samen|werkt\s+samen)\b",
    ),
)

# A signing stated as done: beats "will" elsewhere in the sentence
# ("have signed an agreement stating that they will explore ...").
SIGNED_PAST = (
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:signed|concluded|sealed|formed|established|joined|"
    r"entered)\b|(?<!be )(?<!been )\bsigned\b|\bondertekenden\b|\btekenden\b|"
    r"\b(?:hebben|heeft|is|werd|zijn)\s+(?:\S+\s+){0,10}?(?:ondertekend|getekend|gesloten)\b|"
    r"\bsigned\s+today\b"
)

# A signing, renewal or ending stated as just done: the news item's date is its date.
SIGNED_NOW = (
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:signed|concluded|sealed|formed|established|joined|"
    r"entered|renewed|extended|ended|terminated)|\bsigned\b|\bsigns\b|\bondertekend|\btekenden\b|"
    r"\bgetekend\b|\bondertekenden\b|\btekenen\b|\bbeëindig(?:t|en|d)\b|\bterminat(?:es|ed)\b|"
    r"\bstopt\b|\bstoppen\b|\bannounced\b|\bhebben\s+(?:\S+\s+){0,10}?(?:ondertekend|"
    r"getekend|gesloten|verlengd|beëindigd)|\bjoined\b|\bjoins\b|\btoday\b|\bvandaag\b"
)

# Organisations that are the subject of one of these verbs are funders, not parties
# ("De Europese Commissie steunt de alliantie", "FWO and NWO have been asked to support").
FUNDER_VERBS = (
    r"\b(?:(?:also|ook)\s+)?(?:funds|finances|financiert|financieren|sponsors|subsidises|"
    r"subsidizes|steunt|steunen|ondersteunt|supports|is\s+funding|are\s+funding|will\s+fund|"
    r"contributes|draagt\s+\S+\s+(?:\S+\s+)?bij|dragen\s+bij|awarded|awards|kent\s+toe|"
    r"(?:has|have)\s+been\s+asked\s+to\s+(?:support|fund|contribute)|(?:is|zijn)\s+gevraagd|"
    r"approved|keurde\s+goed)\b"
)

# "The new agreement was signed on 19 May": a sentence about the previous record.
ANAPHOR = (
    r"\b(?:the|this|that|their|its|de|het|deze|dit|die|hun|haar)\s+(?:(?:new|renewed|extended|"
    r"revised|first|original|previous|founding|formal|nieuwe|verlengde|vernieuwde|eerste|huidige|"
    r"current)\s+)?"
    r"(?P<noun>agreement|contract|partnership|collaboration|cooperation|alliance|consortium|covenant|"
    r"memorandum|mou|membership|overeenkomst|samenwerkingsovereenkomst|samenwerking|convenant|"
    r"alliantie|partnerschap|intentieverklaring|lidmaatschap|signing|ondertekening)\b"
)

# Which records an anaphoric noun can refer to (matched on the noun's start).
ANAPHOR_TYPES: dict[str, tuple[str, ...]] = {
    "agreement": ("agreement", "mou", "joint_programme", "partnership", "consortium", "alliance"),
    "contract": ("agreement",),
    "covenant": ("agreement",),
    "convenant": ("agreement",),
    "overeenkomst": ("agreement",),
    "samenwerkingsovereenkomst": ("agreement",),
    "memorandum": ("mou",),
    "mou": ("mou",),
    "intentieverklaring": ("mou",),
    "partnership": ("partnership",),
    "partnerschap": ("partnership",),
    "collaboration": ("collaboration",),
    "cooperation": ("collaboration",),
    "samenwerking": ("collaboration",),
    "alliance": ("alliance",),
    "alliantie": ("alliance",),
    "consortium": ("consortium",),
    "membership": ("alliance", "consortium"),
    "lidmaatschap": ("alliance", "consortium"),
    "signing": ("agreement", "mou", "partnership", "joint_programme", "alliance", "consortium"),
    "ondertekening": (
        "agreement",
        "mou",
        "partnership",
        "joint_programme",
        "alliance",
        "consortium",
    ),
}

# An anaphor that continues a renewal ("the new agreement", "de verlengde overeenkomst").
RENEWAL_ANAPHOR = r"\b(?:new|renewed|extended|nieuwe|verlengde|vernieuwde)\s+\w+"

# Singular references to one organisation named before ("it", "the university").
SINGULAR_REFERENCE = (
    r"\b(?:it|the\s+university|de\s+universiteit|the\s+hospital|het\s+ziekenhuis|"
    r"the\s+institute|het\s+instituut|the\s+company|het\s+bedrijf|de\s+hogeschool)\b"
)

# The kinds each singular reference may point at (matched on a stem of the phrase).
SINGULAR_KINDS: dict[str, tuple[str, ...]] = {
    "universit": ("university",),
    "hogeschool": ("university_of_applied_sciences",),
    "hospital": ("hospital", "umc"),
    "ziekenhuis": ("hospital", "umc"),
    "institu": ("research_institute",),
    "company": ("company",),
    "bedrijf": ("company",),
}

# Phrases after which the organisations named are not parties (funders, hosts, attendees,
# regulators). The list after the phrase ("funded by NWO and ZonMw") is excluded.
NON_PARTY_CUES: tuple[str, ...] = (
    r"funded\s+by",
    r"backed\s+by",
    r"with\s+backing\s+from",
    r"financed\s+by",
    r"co-?funded\s+by",
    r"sponsored\s+by",
    r"(?:a\s+)?grants?\s+from",
    r"funding\s+from",
    r"subsid(?:y|ies)\s+from",
    r"support(?:ed)?\s+(?:from|by)",
    r"with\s+(?:financial\s+)?support\s+(?:from|of)",
    r"made\s+possible\s+by",
    r"awarded\s+by",
    r"in\s+the\s+presence\s+of",
    r"attended\s+by",
    r"hosted\s+by",
    r"at\s+the\s+invitation\s+of",
    r"recogni[sz]ed\s+by",
    r"approved\s+by",
    r"accredited\s+by",
    r"commissioned\s+by",
    r"gefinancierd\s+door",
    r"gefinancierd\s+met",
    r"medegefinancierd\s+door",
    r"met\s+steun\s+van",
    r"subsidie\s+van",
    r"mogelijk\s+gemaakt\s+door",
    r"in\s+aanwezigheid\s+van",
    r"in\s+het\s+bijzijn\s+van",
    r"op\s+uitnodiging\s+van",
    r"erkend\s+door",
    r"in\s+opdracht\s+van",
    r"financi(?:ng|ering)\s+van",
    r"receiv\w*\s+.{0,40}?\bfrom",
    r"ontv\w*\s+.{0,40}?\bvan",
    r"on\s+behalf\s+of",
    r"namens",
)

# Number words used in coreference ("the three organisations", "de drie instellingen").
NUMBER_WORDS: dict[str, int] = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "both": 2,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "beide": 2,
    "beiden": 2,
}

# Nouns that refer back to organisations, with the organisation kinds they prefer.
COREF_NOUNS: dict[str, tuple[str, ...]] = {
    "organisations": (),
    "organizations": (),
    "organisaties": (),
    "institutions": (),
    "instellingen": (),
    "kennisinstellingen": (),
    "partners": (),
    "parties": (),
    "partijen": (),
    "partner": (),
    "members": (),
    "universities": ("university",),
    "universiteiten": ("university",),
    "hospitals": ("hospital", "umc"),
    "ziekenhuizen": ("hospital", "umc"),
    "centres": ("umc", "hospital", "research_institute"),
    "centers": ("umc", "hospital", "research_institute"),
    "umcs": ("umc",),
    "companies": ("company",),
    "bedrijven": ("company",),
    "municipalities": ("municipality",),
    "gemeenten": ("municipality",),
    "institutes": ("research_institute",),
    "instituten": ("research_institute",),
}

# Pronouns that refer to the parties of the previous sentence.
COREF_PRONOUNS: tuple[str, ...] = ("they", "their", "them", "zij", "ze", "hun")

# A sentence that lists partners: "The partners are A, B and C."
PARTNER_LIST = (
    r"\b(?:partners|parties|members|participants|deelnemers|partijen|leden)\s+"
    r"(?:in\s+(?:the|this|het|dit)\s+\w+\s+)?(?:are|include|zijn|were|waren)\b|"
    r"\b(?:consists\s+of|comprises|is\s+made\s+up\s+of|bestaat\s+uit|bestaan\s+uit|"
    r"brings\s+together|brengt\s+samen)\b"
)

# "we"/"our university": the publisher, resolved only when the page says who "we" are.
WE_PATTERN = r"\b(?:we|our|wij|onze|ons)\b"
