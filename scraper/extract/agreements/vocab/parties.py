"""Cues that keep organisations out of an agreement's parties: funders, hosts, places, background.

Data only: the extractors compile these once. English and Dutch sit side by side.
"""

from __future__ import annotations

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

# Words that may stand between a name and a noun of ``THING_NOUNS``, ``FUNDING_NOUNS`` or
# ``MODIFIED_NOUNS`` without making the name a modifier of that noun: a time word ("signed
# with TU Delft last week", "met de Universiteit Leiden vorige week") and a linking verb
# ("A, B and C are members of G") start a phrase of their own, while "the TU Delft campus",
# "an NWO grant" and "LDE minors" are about the name's own things.
NOT_A_MODIFIER = (
    r"(?:last|next|this|that|same|each|every|per|earlier|later|vorige|volgende|deze|die|"
    r"afgelopen|komende|dezelfde|elke|iedere|eerder|are|is|were|was|remain|remained|become|"
    r"became|as|zijn|waren|blijven|bleven|worden|werden|als)"
)

# Sentences that deny a relationship ("are not partners in the agreement").
NEGATION = (
    r"\b(?:not|no\s+longer)\s+(?:a\s+|formal\s+)?(?:partners?|part(?:y|ies)|members?|involved|"
    r"signator(?:y|ies))\b|\bgeen\s+(?:partner|partij|lid|onderdeel|ondertekenaar|\w*ondertekenaar)\w*|"
    # "is not part of the agreement", "heeft geen gezamenlijke opleidingen"
    r"\bnot\s+(?:a\s+)?part\s+of\b|\b(?:has|have|had)\s+no\s+(?:formal\s+)?(?:joint|ties|agreement)|"
    r"\bgeen\s+(?:deel\s+uit|gezamenlijke|samenwerking\w*|banden|formele)|"
    # "X has no partnership with Y", "een fusie is niet aan de orde" (never planned; "off
    # the table" ends plans that were, a termination): no tie.
    r"\b(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:partnership|collaboration|cooperation|"
    r"relationship)s?\s+with\b|\bniet\s+aan\s+de\s+orde\b|"
    # Talks are no tie yet: "is in talks with X about a fourth agreement", "zit in gesprek
    # met", "onderhandelt met X over een nieuw akkoord".
    r"\b(?:is|are|was|were|remains?|zit|zitten|is\s+nog|zijn\s+nog)\s+in\s+(?:\w+\s+)?"
    r"(?:talks|negotiations|discussions|gesprek|onderhandeling\w*)\s+(?:with|met)\b|"
    r"\b(?:onderhandelt|onderhandelen|negotiating)\s+(?:\S+\s+){0,4}?(?:met|with)\b|"
    # "er zijn nog geen contracten getekend", "no agreement has been signed yet": none yet.
    r"\bgeen\s+(?:\w+\s+)?(?:contract|overeenkomst|akkoord|convenant)\w*|"
    r"\bno\s+(?:\w+\s+)?(?:contracts?|agreements?|deals?)\s+(?:has|have)\s+(?:yet\s+)?been\s+signed|"
    # "None of them is a party to the memorandum", "geen van beide is partij".
    r"\bnone\s+of\s+(?:them|these|those|the\s+\w+)\s+(?:is|are|was|were|will\s+be)\s+(?:a\s+)?"
    r"(?:party|parties|partners?|signator(?:y|ies)|members?)\b|"
    r"\bgeen\s+van\s+(?:hen|beide|beiden|allen|de\s+\w+)\s+(?:is|zijn|was|waren|wordt)\s+"
    r"(?:partij|partner|lid|ondertekenaar)"
)

# A denial that a tie named before belongs to another tie: "(is) not part of the new
# contract", "falls outside the agreement", "geen onderdeel van de overeenkomst". Matched
# where NEGATION matched.
APART_FROM = (
    r"(?:not\s+(?:a\s+)?part\s+of|geen\s+(?:deel\s+uit\s+van|onderdeel\s+(?:uit\s+)?van))\s+"
    r"(?:the\s+|this\s+|that\s+|de\s+|het\s+|deze\s+|dit\s+)?(?:new\s+|nieuwe\s+)?"
    r"(?:[\w-]+\s+)?(?:agreements?|contracts?|deals?|mergers?|partnerships?|alliances?|consorti(?:um|a)|"
    r"memorand\w*|mous?|covenants?|\w*overeenkomst\w*|akkoord\w*|fusie\w*|convenant\w*|"
    r"samenwerking\w*|partnerschap\w*)\b"
)

# Prepositions after which an organisation is a place or a vehicle, not a party
# ("through the Casimir Research School", "during Medical Delta's annual meeting").
NON_PARTY_PREPOSITIONS = (
    r"(?:through|via|at|within|during|tijdens|binnen|bij|of|in|from|van|voor|for|under|onder)"
    r"\s+(?:the\s+|de\s+|het\s+)?"
    # "in de alliantie LDE", "within the European university alliance X": the kind of body
    # may stand between the preposition and its name.
    r"(?:(?:[\w-]+\s+){0,2}?(?:alliance|alliantie|consortium|network|netwerk|"
    r"samenwerkingsverband)\s+)?$"
)

# The organisation something sets up is the result, not a party
# ("set up the ARCNL as a public-private partnership"), and so is the company a joint
# venture creates, named after its deed or its noun ("tekenden de oprichtingsakte van X",
# "own a joint venture, X, which ...", "de nieuwe onderneming, X, waarin zij ieder de
# helft houden", "a new company called X", "de joint venture X"); "a joint venture with X"
# names a partner.
CREATED_BEFORE = (
    # "to form X, a joint venture", "will form X": what the signatories make is no party;
    # nor is it after a gerund ("an agreement creating X", "a deed establishing X").
    r"(?:(?:set\s+up|established|founded|launched|created|(?:to|will|would)\s+form|"
    r"creating|establishing|founding|setting\s+up|"
    r"richtten\s+op|richtte|opgericht|"
    r"oprichtingsakte\s+van)\s+(?:the\s+|a\s+|an\s+|de\s+|het\s+|een\s+)?|"
    # "a joint venture, X", "een gezamenlijke onderneming, X", "a new joint company named X".
    r"(?:joint[\s-]+venture(?:\s+(?:company|firm|entity))?|"
    r"(?:nieuwe|new|gezamenlijke|joint)\s+(?:joint\s+)?"
    r"(?:onderneming|vennootschap|dochteronderneming|company|entity|firm))"
    r"(?:,\s*|\s+(?:called|named|genaamd)\s+)|"
    # "set up the joint venture X", "hebben de joint venture X opgericht": the joint
    # venture's own name right after the noun ("a joint venture with X" names a partner).
    r"\bjoint[\s-]+venture\s+)$"
)

# The body members make up, told after its verb ("the three hospitals have formed G since
# 2019", "together they form the G consortium", "de drie partijen vormen sinds vorig jaar
# samen het netwerk G"): what they make, not a party of its own. Between the verb and the
# name only time words, adverbs, an article and the kind of body; "form part of G",
# "vormen met A het consortium G" and "form a partnership with G" are something else.
FORMED_BEFORE = (
    r"\b(?:form|forms|formed|forming|make\s+up|makes\s+up|made\s+up|constitute|constitutes|"
    r"constituted|vormen|vormt|vormden|vormde|gevormd)\s+"
    r"(?:(?!part\b|deel\b|onderdeel\b|of\b|van\b|with\b|met\b|and\b|en\b|a\b|an\b|een\b)"
    r"[\w'’-]+,?\s+){0,7}?$"
)

# The same in the passive, after the name ("G was founded in 2006 as a partnership of ...",
# "G werd in 2019 opgericht door ..."). Used with match() right after the name.
CREATED_AFTER = (
    r"\s+(?:was|were|is|werd|werden)\s+(?:\S+\s+){0,3}?(?:founded|set\s+up|established|created|"
    r"launched|opgericht|gestart)\b"
)

# A founding told with its founders after the verb, in a clause or an aside: "The alliance,
# founded in 2020 by A and B, ...", "G, which was set up in 2023 by A, B and C",
# "opgericht in 2019 door A en B". The founders' list starts where this ends.
FOUNDED_BY_LIST = (
    r"\b(?:founded|set\s+up|established|created|opgericht)"
    r"(?:\s+(?:in|on|at)\s+[\w-]+(?:\s+[\w-]+){0,2}?)?\s+(?:by|door)\s+"
)

# A relationship noun followed by "of"/"van" lists its members, who are parties, not places
# ("a partnership of Leiden University, ...", "een samenwerkingsverband van A en B").
MEMBERS_OF = (
    r"\b(?:partnership|alliance|consortium|collaboration|network|association|federation|"
    r"samenwerkingsverband|samenwerking|alliantie|netwerk|partnerschap|vereniging|"
    # "have been partners of TNO since 2010": TNO is the other party.
    r"partners?)\s+(?:of|between|van|tussen)\s+(?:the\s+|de\s+|het\s+)?$"
)

# A body said to be made "as a partnership of ...": the page's own word types the record.
NAMED_AS = (
    r"\b(?:as|als)\s+(?:a|an|een)\s+(?:[\w-]+\s+)?(?:partnership|alliance|consortium|"
    r"collaboration|partnerschap|alliantie|samenwerkingsverband|samenwerking)\b"
)

# Fellow members told after the body one member belongs to: "A is a member of G, alongside
# B and C", "A is lid van G, samen met B en C". Each is a membership of its own (gold
# README: "one sentence may give several records"), unlike "A and B are members of G", one
# state the members share. Matched right after the body's name.
COMPANIONS_AFTER_GROUP = (
    r"\)?(?:\s+(?:as\s+well|too|also|ook|eveneens))?\s*,?\s*(?:(?:just\s+)?like\s+|net\s+als\s+|"
    r"(?:together|along)\s+with\s+|alongside\s+|samen\s+met\s+|naast\s+|evenals\s+)"
)

# Relative clauses whose organisations are background, not parties
# ("..., the alliance of which TU/e is a founding member").
RELATIVE_CLAUSE = (
    r",\s+(?:(?:the|a|an|de|het|een)\s+[^,]{0,60}?\s+)?"
    r"(?:of\s+which|which|that|where|whose|who|waarvan|waar|die|dat)\b"
)

# "Separately, ..." opening a sentence turns to another matter (wire and press style), and
# "in a separate move" or "a separate agreement" is one thing apart from the last: neither
# makes the sentence's party list distributive. "signed separate agreements with", "will
# sign separately" do.
_SEPARATE = r"(?<!\ba\s)(?<!\ban\s)separate|(?<=\w\W)separately|(?<=\w\W\W)separately"

# The main clause going on after a background clause ("G, of which A is a member, signed
# ..."): a comma and a finite verb of relationship or signing. Used with match() at the comma.
ACTS_AFTER_CLAUSE = (
    r",\s+(?:(?:has|have|had|will|is|are|was|were|heeft|hebben|zal|zullen|gaat|gaan)\s+)?"
    r"(?:\w+\s+)?(?:signed|signs|sign|concluded|agreed|entered|tekende|tekenden|tekent|"
    r"ondertekende|ondertekenden|ondertekend|sloot|sloten|sluit|sluiten|"
    r"renewed|extended|verlengde|verlengden|verlengt|ended|terminated|joined|joins|"
    r"launched|founded|formed|partnered|partners|works|worked|werkt|werkte|werken)\b"
)

# Several bilateral relationships in one sentence ("on separate projects").
SEPARATE = rf"\b(?:{_SEPARATE}|individual|afzonderlijke?|elk\s+apart)\b"

# Distributive party lists: "X signed memoranda with A, B and C" is one agreement per
# partner (X+A, X+B, X+C), while "X signed a covenant with A, B and C" is one agreement
# of all four. A plural agreement noun, or a word that says "each", makes a list distributive.
PLURAL_AGREEMENTS = (
    r"\b\w*(?:memoranda|memorandums|mous|mou['’]s|moas|agreements|contracts|contracten|covenants|akkoorden|"
    # "meerjarenafspraken met A, B en C", "stageafspraken met A en met B".
    r"afspraken|"
    r"overeenkomsten|convenanten|intentieverklaringen|letters\s+of\s+intent|partnerships|"
    r"partnerschappen|deals|pacts|accords|samenwerkingsverbanden|samenwerkingen|"
    # "signed letters of agreement with", "samenwerkingsprotocollen met", "formed joint
    # ventures with": one per partner too. Not "alliances": the name of a kind of body
    # ("ENLIGHT and the other 64 alliances"), not a tie of one partner each.
    r"letters\s+of\s+agreement|protocollen|joint\s+ventures)\b|"
    # Ties in the plural name one tie per partner too ("has collaborations with A, B and
    # C", "forged ties with", "offers double degrees with"); whole words ("universities").
    r"\b(?:collaborations|cooperations|co-operations|ties|links|relationships|"
    r"(?:double|dual|joint)\s+degrees|"
    # "offers joint (degree) programmes with A, B and C", "gezamenlijke opleidingen met".
    r"(?:double|dual|joint)[\s-]+(?:degree\s+)?(?:programmes|programs)|gezamenlijke\s+opleidingen)\b"
)
# "bilateral" says one agreement per partner ("bilateral agreements with A, B and C").
EACH = (
    rf"\b(?:{_SEPARATE}|individual|each|respectively|afzonderlijke?|elk|elke|ieder|iedere|"
    r"respectievelijk|bilateral|bilaterale|one-to-one|allebei|"
    # "A and B have both signed a memorandum with C": one each (not "both universities").
    r"both(?=\s+(?:have\s+|had\s+|hebben\s+)?(?:signed|concluded|ondertekend|getekend|"
    r"ondertekenden|tekenden)\s+(?:a|an|een)\s))\b"
)
# Right before the signatory named after a counterpart list: "were signed by (the rector
# of) X", "door X ondertekend", "on behalf of X".
AGENT_BEFORE = (
    r"\b(?:by|door|on\s+behalf\s+of|namens)\s+(?:the\s+|de\s+|het\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:of\s+|van\s+)?(?:the\s+|de\s+|het\s+)?$"
)
# A closing attribution after a name: "..., X said", "..., X announced", "..., meldt X".
ATTRIBUTION_AFTER = (
    r"[’']?s?\s+(?:said|says|announced|announces|reported|reports|confirmed|stated|meldt|"
    r"meldde|laat\s+weten|liet\s+weten|maakte\s+bekend|maakt\s+bekend)\b"
)
# The end of an intro to a list of partners, one per list item: "signed agreements with:",
# "met de volgende partners:", "with the following institutions:".
COUNTERPART_LIST_INTRO = (
    r"\b(?:with|met|between|tussen|partners?|partijen|institutions|instellingen|universities|"
    r"universiteiten|following|volgende)\s*:\s*$"
)
# A colon between a plural agreement noun and its counterpart list opens the list, it ends
# no clause: "signed three agreements: with A, B and C", "drie convenanten: met A, B en C".
# Matched against the stretch from the noun to the preposition.
COLON_BEFORE_COUNTERPART = r"[^;,:.]{0,40}:\s*$"
# Between the one organisation after "between" and the list that follows it: "the memoranda
# between X and A, B and C", "tussen X en elk van A, B en C" (no comma before "and": "between
# A, B and C" is a list of equals).
HUB_GLUE = (
    r"\s+(?:and|en)\s+(?:(?:each|every\s+one|elk|elke|ieder|iedere)\s+(?:of|van)\s+)?"
    r"(?:(?:the|de|het)\s+)?"
)
# "Also A and B work with C", "Ook A en B werken met C samen", "A and B also work with C":
# more ties of C, each of its own, told after other news of C. Searched before the
# counterpart preposition.
ALSO_TIES = r"\b(?:also|ook|eveneens|likewise)\b"
# What A and B do together with C: then one tie of all three ("also work with C on a joint
# project", "werken ook met C samen in een consortium", "together with", "gezamenlijk").
ACTING_TOGETHER = (
    r"\b(?:together|jointly|gezamenlijk\w*|samen\s+met|joint|(?:a|an|one|een|één|the|het|de|their|"
    r"hun)\s+(?:[\w-]+\s+)?(?:project|programme|program|programma|consortium|lab|centre|center|"
    r"centrum|initiative|initiatief|network|netwerk))\b"
)
# An aside between commas right after the signatory, about it, before its verb: "X, part of
# the Y alliance, signed memoranda with ...", "X, a member of G, ...", "X, lid van G, ...",
# "X, which belongs to G, ...". The names in it are no signatories. Matched right after the
# signatory's name, up to the comma that closes the aside.
SIGNATORY_ASIDE = (
    r",\s+(?:(?:part|a\s+member|member|a\s+partner|partner|a\s+subsidiary|subsidiary|a\s+unit|"
    r"home|one|onderdeel|lid|deel|dochter(?:bedrijf|onderneming)?|partner|een\s+van|één\s+van)"
    r"\s+(?:of|van)\b|(?:which|that|who|whose|die|dat|waarvan|sinds)\b)[^,;:()]{1,90},"
)
# What may stand before a counterpart list that opens its sentence ("Met A, B en C sloot
# ...", "Ook met A en B zijn overeenkomsten gesloten", "Also with A and B ..."): matched
# against the whole stretch before the preposition.
FRONTED_LIST_LEAD = r"(?:(?:ook|also|daarnaast|verder|eveneens|bovendien)\s+)?"
# A list item that names its tie before its partner: "a memorandum of understanding with A;",
# "een onderzoekscontract met B", "research agreement with C". Matched against the item's
# text before its first name; the item must hold a tie word of its own.
ITEM_TIE_OPENING = (
    r"(?:[-–•*]\s*)?(?:(?:a|an|one|een|één|the|de|het)\s+)?(?:[\w-]+\s+){1,4}?(?:with|met)\s+"
    r"(?:(?:the|de|het)\s+)?"
)
# "A and B signed agreements with C and D respectively": partners paired in order.
RESPECTIVELY = r"\b(?:respectively|respectievelijk)\b"

# The head of a counterpart list, before its first name: "with each of", "with three
# partners:", "met respectievelijk", "met elk van de drie instellingen:", "with
# universities including".
COUNTERPART_HEAD = (
    # "met respectievelijk A, B en C", "with, respectively, A and B": the list follows.
    r"^\s*(?:,?\s*(?:respectively|respectievelijk)\s*,?\s+)?"
    # "met onder meer A, B en C", "with, among others, A and B", "with i.a. A and B": a
    # hedge that the list is not complete, the list follows.
    r"(?:,?\s*(?i:onder\s+(?:meer|andere)|o\.a\.|among\s+others|inter\s+alia|i\.a\.|including)"
    r"\s*,?\s+)?"
    r"(?:(?:each|every\s+one|all)\s+of\s+|(?:elk|elke|ieder|iedere)\s+van\s+)?"
    # "agreements with both A and B", "akkoorden met zowel A als B": the list follows.
    r"(?:(?:both|zowel)\s+)?"
    r"(?:(?:the|de|het|its|their|hun|haar)\s+)?"
    # "with universities in Belgium and Sweden: A and B": a few words, then the list.
    # A dash opens a list too: "met drie bedrijven uit de regio – A, B en C – elk".
    r"(?:(?:[\w-]+\s+){0,5}?[\w-]+(?:\s*:|\s+[(–—]|,?\s+(?:including|namely|such\s+as|among\s+them|"
    r"waaronder|namelijk|zoals|te\s+weten)\b)|"
    # A plural noun of kind right before the names: "met de ziekenhuizen A en B", "with the
    # universities A and B", "with Swedish companies A and B".
    r"(?:[\w-]+\s+)?(?i:universities|universiteiten|hospitals|ziekenhuizen|companies|"
    r"bedrijven|hogescholen|institutes|instituten|instellingen|institutions|partners|"
    r"municipalities|gemeenten|provinces|provincies|organisations|organizations|organisaties|"
    r"firms|start-?ups|colleges|umc's|umcs)\s+$|"
    # A singular noun of kind right before the name, a compound too: "met het baggerbedrijf
    # X", "with the quantum company X", "met het Duitse onderzoeksinstituut X".
    r"(?:[\w-]+\s+)?[\w-]*?(?i:bedrijf|company|firm|start-?up|spin-?off|university|universiteit|"
    r"hospital|ziekenhuis|institute|instituut|hogeschool|organisation|organization|organisatie|"
    r"drugmaker|maker|fabrikant|manufacturer|producent|producer|leverancier|supplier|"
    r"provider|group|groep)\s+$|"
    # Their leaders, who sign for them: "with the presidents of A and B", "met de rectoren
    # van A en B".
    r"(?i:presidents?|rectors?|rectoren|heads?|leaders?|chief\s+executives?|deans?|"
    r"directors?|directeuren|vice-chancellors?|voorzitters?|bestuurders?)\s+(?i:of|van)\s+"
    r"(?:(?:the|de|het)\s+)?$|"
    # A counted group and a comma: "with three European partners, A, B and C", "met vier
    # Vlaamse hogescholen, A, B, C en D".
    r"(?i:(?:two|three|four|five|six|seven|eight|nine|ten|twee|drie|vier|vijf|zes|zeven|acht|"
    r"negen|tien|\d{1,2})\s+)(?:[\w-]+\s+){0,3}?[\w-]+,)?"
)

# Pairs told in one sentence: "were signed between A and B; C and D; and E and F",
# "tussen A en B en tussen C en D". The separators between pairs.
PAIR_SEPARATOR = r";|\b(?:and|en)\s+(?:between|tussen)\b|,\s+(?:between|tussen)\b"

# The start of a sentence that names one partner of several agreements announced just
# before: "With A it will ...", "Met B wordt ...", "The agreement with C covers ...", "The
# first, with D, ...", "Under the memorandum with E, ...".
PARTNER_SENTENCE = (
    r"^(?:(?:under|in|onder|in)\s+)?(?:(?:the|de|het)\s+)?(?:(?:first|second|third|fourth|last|"
    r"other|eerste|tweede|derde|vierde|laatste|andere)\s*,?\s*)?(?:(?:[\w-]+\s+)?(?:agreement|"
    r"memorandum(?:\s+of\s+understanding)?|mou|contract|partnership|deal|letter\s+of\s+intent|"
    r"overeenkomst|akkoord|intentieverklaring|convenant|partnerschap)\s+|one\s+|(?:is|was)\s+)?"
    r"(?:with|met)\s+(?:the\s+|de\s+|het\s+)?$"
)

# The preposition that introduces the counterparts ("signed agreements with A, B and C").
COUNTERPART = r"\b(?:with|met)\b"

# A word of origin (a demonym: "Zweedse", "Belgische", "Norwegian", "Swiss", "Japanese") and
# at most three lower-case words of kind after it, right before a name.
ORIGIN_BEFORE_NAME = (
    r"\b[A-Z][a-zà-ÿ]+(?:se|sche|an|ish|ese|ch|ss)\s+(?:[a-z][\w-]*\s+|[A-Z]{2,}-[a-z]+\s+){0,3}"
)

# What may stand between two names of a counterpart list: commas, "and", articles and a
# place after a name ("Makerere University in Uganda, the University of ...").
COUNTERPART_GLUE = (
    r"^(?:[\s,]|(?i:\b(?:and|en|the|de|het|as\s+well\s+as|alsook|evenals|alsmede|zowel|als)\b)|"
    r"&|\(|\)|['’]s|"
    # A place or a country in brackets after a name: "Ghent University (Belgium), ...".
    r"\([^()]{1,40}\)|"
    # A country's possessive before a name: "with Germany's Fraunhofer-Gesellschaft, ...".
    r"\b[A-Z][\w-]+['’]s(?=\s)|"
    # A place after a name: "in Sweden", "uit Nijmegen", "from Belgium", "te Gent", "of Japan".
    r"(?i:\b(?:in|uit|from|te|at|aus|of)\s+(?:the\s+)?)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|"
    # When each partner's tie began, after its name: "with A in 2019 and B in 2021", "met A
    # sinds 2015 en B sinds 2019", "with A (since 2015) and B".
    r"(?i:\b(?:in|since|sinds|sedert|from|vanaf|per)\s+)(?:(?:\d{1,2}\s+)?[A-Za-z]+\s+)?\d{4}\b|"
    # Where a name is based, between commas: "A, based in Kyoto, and B", "A, gevestigd in
    # Gent, en B".
    r"(?i:\b(?:based|located|headquartered|gevestigd)\s+(?:in|at|te)\s+)[^,;:()]{1,40}?(?=\s*,)|"
    # An apposition headed by a possessive, between commas: "A, Japan's oldest university,
    # and B" (a possessive right before the next name is handled above).
    r"\b[A-Z][\w-]+['’]s\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+(?=\s*,)|"
    # A short apposition between commas: "A, the oldest university in Sweden, B and C",
    # "A, one of the largest universities in Belgium, and B", "A, een van de oudste ...".
    r"(?i:\b(?:(?:one\s+of|een\s+van|één\s+van)\s+)?(?:the|a|an|de|het|een)\s+)"
    r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+(?=\s*,)|"
    # A relative clause about a name, closed by a comma and naming no one: "A, which
    # hosts the lab, and B", "A, die al sinds 2010 partner is, en B".
    r"(?i:\b(?:which|who|that|whose|where|die|dat|waar\w*)\b)[^,;:()]{1,80}?(?=\s*,)|"
    # Where a name is based: "with the Ghent-based X and ...", "the Leuven-based start-up X".
    r"\b[A-Z][\w]+-based\s+(?:[a-z][\w-]*\s+){0,3}|" + ORIGIN_BEFORE_NAME + r")*$"
    # Where a name is from, and what it is, before it: "met het Zweedse KTH", "with the
    # Norwegian engineering firm X", "met het Utrechtse AI-bedrijf X", "with Swiss drugmaker X".
)

# A name after ", and" / ", en" that opens a clause of its own, its verb right after it
# ("with A on Tuesday, and C signed a similar agreement with D", "met A, en C sloot een
# akkoord met D"): the new clause's subject, not one more counterpart. ``NEW_SUBJECT_GLUE``
# is the gap before the name, ``NEW_SUBJECT_VERB`` what follows it (a short form in
# brackets may stand between). No passive auxiliary: "with A, B, and C were signed".
NEW_SUBJECT_GLUE = r",\s+(?:and|en)\s+(?:the\s+|de\s+|het\s+)?$"
NEW_SUBJECT_VERB = (
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:also|ook|itself|zelf|then|dan|now|nu)\s+)?"
    r"(?:(?:has|have|had)(?!\s+been\b)|will|would|heeft|hebben|had|hadden|zal|zullen|"
    r"signed|signs|renewed|renews|extended|extends|concluded|concludes|agreed|agrees|joined|"
    r"joins|entered|enters|launched|launches|sealed|seals|struck|formed|forms|"
    r"tekende|tekenden|tekent|tekenen|ondertekende|ondertekenden|ondertekent|sloot|sloten|"
    r"sluit|sluiten|verlengde|verlengden|verlengt|verlengen|trad|traden|treedt|treden|"
    r"ging|gingen|gaat|gaan|richtte|richtten|vormt|vormen|vormde|vormden)\b"
)

# Between a name in a counterpart list and the name it qualifies: "Singapore's National
# Water Agency", "Siemens’ research arm X" (a possessive, at most two words of kind after it).
POSSESSIVE_GAP = r"(?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+){0,2}"

# Regulators and insurers told of a deal or still to approve it: "De ACM moet de joint
# venture nog goedkeuren", "must still approve", "is over de plannen geïnformeerd". Their
# subjects are no parties, as those of ``FUNDER_VERBS``; tried only in a sentence that has
# one of ``BYSTANDER_STEMS`` (speed).
BYSTANDER_VERBS = (
    r"\b(?:(?:moet|moeten|must|has\s+to|have\s+to|needs?\s+to)\s+(?:\S+\s+){0,6}?"
    r"(?:goedkeuren|approve|clear)|"
    r"(?:is|zijn|was|were|has\s+been|have\s+been)\s+(?:\S+\s+){0,4}?(?:geïnformeerd|"
    r"informed|consulted|geraadpleegd)|"
    # Guests and observers: "A and B took part in the meetings as guests", "namen als
    # waarnemer deel aan het overleg".
    r"(?:took|take|takes|taking|attended|attends|attend)\s+(?:\S+\s+){0,8}?as\s+(?:guests?|"
    r"observers?)|(?:nam|namen|neemt|nemen)\s+(?:\S+\s+){0,8}?als\s+(?:gast|gasten|"
    r"waarnemer|waarnemers)\b|"
    # Observers told as a state or a role: "A and B are observers", "zijn als waarnemer bij
    # de alliantie betrokken", "act as observers", "treden op als waarnemer".
    r"(?:is|are|was|were|remains?|remained|zijn|waren|blijft|blijven)\s+(?:\S+\s+){0,2}?"
    r"(?:observers?|waarnemers?)|(?:acts?|acted|acting|treedt|treden|trad|traden)\s+"
    r"(?:\S+\s+){0,2}?(?:as|als)\s+(?:observers?|waarnemers?)|"
    # Attendees of the signing: "X attended the signing", "woonde de ondertekening bij",
    # "was represented at the signing by", "was bij de ondertekening vertegenwoordigd door".
    r"(?:attended|attends|attend|witnessed|witnesses|woonde|woonden|woont|wonen)\s+"
    r"(?:\S+\s+){0,3}?(?:signing|ceremony|ondertekening|ceremonie|plechtigheid)|"
    r"(?:is|are|was|were|waren|werd|werden)\s+(?:(?:present|represented)\s+at|(?:aanwezig|"
    r"vertegenwoordigd)\s+bij|(?:at|bij)\s+(?:the|de|het)\s+(?:signing|ceremony|ondertekening|"
    r"ceremonie|plechtigheid)\s+(?:\S+\s+){0,4}?(?:present|represented|aanwezig|"
    r"vertegenwoordigd))|"
    # Staying out of a tie others make: "X doet niet mee aan het convenant", "neemt niet
    # deel", "does not take part in", "will not sign the agreement", "has no seat in it".
    r"(?:doet|doen|deed|deden|neemt|nemen|nam|namen)\s+(?:\S+\s+){0,3}?niet\s+(?:mee|deel)|"
    r"(?:does|do|did|will|would)\s+not\s+(?:take\s+part|participate|sign)|"
    r"(?:is|are|was|were)\s+not\s+(?:taking\s+part|participating)|"
    r"(?:has|have|had)\s+no\s+seat|(?:heeft|hebben|had|hadden)\s+geen\s+zetel)\b"
)
BYSTANDER_STEMS = (
    "goedkeur",
    "approve",
    "clear",
    "informe",
    "consult",
    "geraadpleegd",
    "guest",
    "observer",
    "gast",
    "waarnemer",
    "attend",
    "witness",
    "woon",
    "present",
    "aanwezig",
    "vertegenwoordigd",
    "niet mee",
    "niet deel",
    "not take part",
    "not participat",
    "not sign",
    "no seat",
    "geen zetel",
)

# Organisations that are the subject of one of these verbs are funders, not parties
# ("De Europese Commissie steunt de alliantie", "FWO and NWO have been asked to support").
FUNDER_VERBS = (
    # Plural subjects too: "NWO and JSPS fund the first two projects".
    r"\b(?:(?:also|ook|jointly|together|samen)\s+)?(?:funds|fund|co-fund|finances|finance|"
    r"financiert|financieren|sponsors|subsidises|"
    r"subsidizes|steunt|steunen|ondersteunt|supports|is\s+funding|are\s+funding|will\s+fund|"
    r"contributes|draagt\s+(?:\S+\s+){1,4}?bij|dragen\s+(?:\S+\s+){0,4}?bij|awarded|awards|"
    r"kent\s+(?:\S+\s+){0,6}?toe|"
    # "The ministry co-funds the programme", "de provincie cofinanciert het lab".
    r"co-?(?:funds|finances)|co-?financier\w*|medefinancier\w*|"
    # Money given: "X is providing a £6m grant", "X provides EUR 2 million", "verstrekt".
    r"(?:(?:is|are)\s+providing|provides|provided|will\s+provide|verstrekt|verstrekte|"
    r"verstrekken)\s+(?:\S+\s+){0,3}?(?:grants?|subsid\w+|loans?|lening\w*|funding|"
    r"financiering|[£€$]|(?:EUR|USD|GBP|CHF|SEK|NOK|DKK)\b|\d[\d.,]*\s*(?:m|bn|mln|million|"
    r"miljoen|billion|miljard)\b)|"
    r"(?:has|have)\s+been\s+asked\s+to\s+(?:support|fund|contribute)|(?:is|zijn)\s+gevraagd|"
    r"approved|keurde\s+goed|"
    # Lenders and contributors of money: "the EIB is lending the joint venture 15 million",
    # "VLAIO is contributing a further 2 million", "de bank leent ... 10 miljoen".
    r"(?:is|are)\s+(?:contributing|lending)|will\s+(?:contribute|lend)|lends|leent|lenen|"
    r"verstrekt\s+(?:\S+\s+){0,4}?(?:lening|subsidie)\w*|"
    # Bystanders who welcome a deal of others: "A, B and C welcomed the memorandum",
    # "de universiteiten juichen het akkoord toe" (not "G welcomed X as a member").
    r"(?:welcom(?:ed|es)|applaud(?:ed|s)|prais(?:ed|es)|verwelkom(?:t|en|de|den)|"
    r"(?:juicht|juichen|juichte|juichten)(?=\s+(?:\S+\s+){0,4}?toe\b))\s+"
    # "welcomed both agreements", "verwelkomde beide akkoorden": several deals of others too.
    r"(?:the|this|that|these|those|both|de|het|dit|deze|beide|both\s+the)\s+(?:\w+\s+){0,2}?"
    r"(?:memorand\w*|agreements?|deals?|partnerships?|accords?|letters?|overeenkomst(?:en)?|"
    r"akkoord(?:en)?|intentieverklaring(?:en)?|samenwerking|convenant(?:en)?))\b"
)

# Between a funder or bystander and its verb: its short form in brackets and a relative
# clause about it ("The STFC (STFC), which funds the detector work, welcomed the memorandum"),
# or the relative pronoun that makes it the verb's subject ("X, which also funds the lab").
SUBJECT_ASIDE = (
    r"\s*(?:\([^()]{1,24}\)\s*|\)\s*)?(?:,\s*(?:which|who|die|dat)\b[^,;()]{1,100},\s*|"
    # An apposition about it: "X, a long-time partner of both universities, attended ...".
    r",\s*(?:a|an|the|een|de|het)\s+[^,;()]{1,80},\s*|"
    r",\s*(?:which|who|die|dat)\s+(?:also\s+|ook\s+)?)"
)

# Between a funder or bystander and its verb: an auxiliary of the active verb ("NWO has
# awarded", "de provincie heeft al toegezegd"); never "has been" (a recipient: "A has been
# awarded a grant by X"). Matched against the whole gap.
SUBJECT_AUXILIARY = (
    r"\s+(?:has|have|had|will|would|heeft|hebben|had|zal|zullen)"
    r"(?:\s+(?:also|ook|al|already|now|nu|jointly|together|samen))?\s+"
)

# Between two names of a funder's or bystander's list: the list glue and a word of origin
# before the next name ("The Port Authority and the Dutch Ministry of X are observers").
SUBJECT_LIST_GLUE = (
    r"(?:[\s,]|\b(?i:and|en|the|de|het)\b|&|\(|\)|['’]s)*"
    r"(?:[A-Z][a-zà-ÿ]+(?:se|sche|an|ish|ese|ch|ss)\s+)?"
)

# Phrases after which the organisations named are not parties (funders, hosts, attendees,
# regulators). The list after the phrase ("funded by NWO and ZonMw") is excluded.
NON_PARTY_CUES: tuple[str, ...] = (
    r"funded\s+by",
    r"backed\s+by",
    r"with\s+backing\s+from",
    r"financed\s+by",
    r"funded\s+(?:through|via)",
    r"loans?\s+from",
    r"lening\s+van",
    r"co-?funded\s+by",
    r"sponsored\s+by",
    r"(?:a\s+)?grants?\s+from",
    r"funding\s+from",
    r"subsid(?:y|ies)\s+from",
    r"support(?:ed)?\s+(?:from|by)",
    r"with\s+(?:financial\s+)?support\s+(?:from|of)",
    r"made\s+possible\s+by",
    r"awarded\s+(?:\S+\s+){0,4}?by",
    r"toegekend\s+(?:\S+\s+){0,4}?door",
    r"in\s+the\s+presence\s+of",
    r"attended\s+by",
    r"witnessed\s+by",
    r"under\s+the\s+auspices\s+of",
    r"onder\s+(?:het\s+)?toeziend\s+oog\s+van",
    r"onder\s+auspiciën\s+van",
    r"hosted\s+by",
    r"at\s+the\s+invitation\s+of",
    r"recogni[sz]ed\s+by",
    r"approved\s+by",
    r"accredited\s+by",
    r"commissioned\s+by",
    r"gefinancierd\s+(?:door|met|via)",
    r"medegefinancierd\s+door",
    r"met\s+steun\s+van",
    r"subsidie\s+van",
    # Paying for a partner's share is funding it ("will be paid for by the State Secretariat").
    r"paid\s+for\s+by",
    r"underwritten\s+by",
    r"with\s+(?:money|funds)\s+from",
    r"betaald\s+door",
    r"bekostigd\s+door",
    r"met\s+(?:geld|middelen)\s+van",
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
    # A company's parent or origin is no party to the company's deal: "qubiome, a spin-off
    # of Ghent University and VIB", "een dochterbedrijf van", "owned by", "spun out of".
    r"(?:spin-?(?:off|out)s?|spun\s+(?:off|out))\s+(?:of|from|van)",
    r"subsidiary\s+of",
    r"dochter\w*\s+van",
    r"owned\s+by",
    r"eigendom\s+van",
    # Regulators that approve or clear a deal: "moet nog worden goedgekeurd door de
    # mededingingsautoriteit", "subject to approval by", "with the approval of".
    r"goedgekeurd\s+door",
    r"goedkeuring\s+(?:van|door)",
    r"toestemming\s+van",
    r"(?:approval|clearance)\s+(?:from|by|of)",
    r"cleared\s+by",
    # Regulators that review or vet a deal before it may go ahead: "moet nog worden getoetst
    # door de toezichthouder", "beoordeeld door", "reviewed by the competition watchdog".
    r"(?:ge)?toetst\s+door",
    r"beoordeeld\s+door",
    # The client whose tender the parties bid for: "bidding in the tender of the roads
    # agency", "schrijft in op de aanbesteding van de provincie".
    r"aanbesteding(?:en)?\s+van",
    r"(?:tenders?|procurement)\s+(?:of|by|from|issued\s+by|launched\s+by)",
    r"(?:reviewed|vetted|scrutini[sz]ed|examined|assessed)\s+by",
    # Regulators that oversee what the parties do: "trials overseen by the MHRA".
    r"(?:overseen|supervised|regulated)\s+by",
    r"onder\s+toezicht\s+van",
    # Speakers, guests and delegations of an event: "brought together speakers from A, B
    # and C", "sprekers van A en B", "delegates from".
    r"speakers?\s+(?:from|of)",
    r"sprekers?\s+(?:van|uit)",
    r"panel(?:ists|\s+members)?\s+from",
    r"(?:attendees|delegates|delegations?|visitors|guests)\s+from",
    r"(?:gasten|bezoekers|delegaties?)\s+(?:van|uit)",
)

# Signatories by role: "the rector of Y signed", "namens de gemeente tekende wethouder ...",
# "Y's president signed": in a sentence about signing, the organisation a signatory
# stands for is a party (not a place, and not someone who only attends).
SIGNATORY_ROLES: tuple[str, ...] = (
    r"rector(?:\s+magnificus)?",
    r"rectores\s+magnifici",
    r"(?:vice-?|pro)?rectors?",
    r"(?:vice-?)?presidents?",
    r"representatives?",
    r"vertegenwoordigers?",
    r"heads?",
    r"leaders?",
    r"bestuurders?",
    r"directors",
    r"deans",
    r"vice-?chancellor",
    r"chancellor",
    r"provost",
    # "the principal of McGill University", "Snam's chief technology officer".
    r"principal",
    r"chief\s+\w+\s+officer",
    r"(?:cto|cfo|coo|cso|cmo)",
    r"(?:general|executive)\s+(?:manager|director)",
    r"vice-?chair(?:man|woman|person)?",
    r"(?:onder|vice-?)voorzitter",
    r"(?:state\s+)?secretary(?:\s+of\s+state)?",
    r"staatssecretaris",
    r"schepen",
    r"governor",
    r"gouverneur",
    r"dijkgraaf",
    r"dean",
    r"decaan",
    r"ceo",
    r"chief\s+executive(?:\s+officer)?",
    r"director(?:-general)?",
    r"directeur",
    r"managing\s+director",
    r"chair(?:man|woman|person)?",
    r"voorzitter",
    r"bestuursvoorzitter",
    r"mayor",
    r"burgemeester",
    r"alderman",
    r"wethouder",
    r"minister",
    r"gedeputeerde",
    r"secretary-general",
    r"(?:executive\s+)?boards?",
    r"(?:boards?\s+of\s+)?(?:directors|governors|trustees)",
    r"(?:college|colleges)\s+van\s+(?:bestuur|besturen)",
    r"(?:raad|raden)\s+van\s+(?:bestuur|toezicht)",
    r"(?:bestuur|directie)",
)
SIGNING_VERB = (
    r"\b(?:sign(?:s|ed|ing)?|countersign\w*|ondertek\w*|tekende|tekenden|tekent|tekenen|"
    r"getekend|handtekening\w*)\b"
)
SIGNATORY_BEFORE = (
    r"(?:on\s+behalf\s+of|namens|signed\s+for|tekende\s+voor|(?:"
    + "|".join(SIGNATORY_ROLES)
    + r")\s+(?:of|van))\s+(?:the\s+|de\s+|het\s+)?$"
)
SIGNATORY_AFTER = r"['’]s\s+(?:\w+\s+)?(?:" + "|".join(SIGNATORY_ROLES) + r")\b"
# The leaders of an organisation as the sentence's subject, whatever they do with the tie
# ("The presidents of A, B and C renewed their alliance", "De rectoren van A en B
# verlengden"): A is a party, not a place after "of". At the start of the sentence.
SIGNATORY_SUBJECT = (
    r"^\s*(?:(?:the|de|het)\s+)?(?:" + "|".join(SIGNATORY_ROLES) + r"|rectoren|"
    r"voorzitters|bestuurders)\s+(?:of|van)\s+(?:the\s+|de\s+|het\s+)?$"
)


# A part of a university named with it is folded into it (gold README: "a faculty, school
# or institute of a university is folded into that university"): the university is the
# party, not its part. The part's name has one of these heads (or the page knows it as a
# research institute), and the university follows it ("the X Institute of the University
# of Y", "the X School at Y University", "X, the engineering school of Y") or owns it
# ("Y's X Institute").
UNIT_HEADS = (
    r"(?i:\b(?:institut\w*|instituto|instituut|school|schule|escola|scuola|[ée]cole|"
    r"facult\w*|department|departement|centre|center|centrum|laborator\w*|lab)\b)"
)
UNIT_OF_PARENT = (
    r"\s+(?:of|at|van|aan)\s+(?:the\s+|de\s+|het\s+)?|"
    r",\s+(?:the|its|de|het|haar)\s+(?:[\w-]+\s+){0,2}?(?:\w*school|\w*faculty|faculteit|"
    r"institute|instituut)\s+(?:of|at|van|aan)\s+(?:the\s+|de\s+|het\s+)?"
)
PARENT_OF_UNIT = r"['’]s\s+(?:the\s+|de\s+)?"

# A counterpart fronted before the clause's subject: "With B, both ...", "Samen met B hebben
# beide ...". Such a name is not among the organisations a count after it refers to.
FRONTED_COUNTERPART = r"^\W*(?:(?:together|along|alongside)\s+with|with|samen\s+met|met)\s"
# A count told as the counterpart of the names before it: "B signed with both universities",
# "B sloot akkoorden met beide hogescholen", "a tie between B and the two hospitals".
COUNT_AS_COUNTERPART = r"\b(?:with|met|between|tussen|and|en|&)\s+(?:the\s+|de\s+|het\s+)?$"
# A government body named with its state, region or country before it ("Western
# Australia's Department of Energy", "Québec's Ministère de l'Économie", "Bavaria's State
# Ministry of Science"): the body is the party, its owner no party of its own. The body's
# name starts with one of these heads (matched case-blind at the name's start).
GOVERNMENT_UNIT_HEADS = (
    r"(?i:(?:(?:federal|state|national|regional)\s+)?(?:department|ministry|minist[eè]re|"
    r"ministerio|ministerium|ministerie|directorate|agency|secretariat|office)\b)"
)
