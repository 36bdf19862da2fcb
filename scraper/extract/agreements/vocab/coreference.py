"""Words that refer back to organisations or agreements named before, and partner lists.

Data only: the extractors compile these once. English and Dutch sit side by side.
"""

from __future__ import annotations

from scraper.extract.organisations.vocab.context import COUNTRY_NAMES
from scraper.keys import alias_key

# "The new agreement was signed on 19 May": a sentence about the previous record.
ANAPHOR = (
    r"\b(?:the|this|that|these|those|their|its|each|every|de|het|deze|dit|die|hun|haar|elk|elke|"
    r"ieder|iedere)\s+(?:(?:new|renewed|extended|"
    r"revised|first|original|previous|founding|formal|nieuwe|verlengde|vernieuwde|eerste|huidige|"
    r"current|two|three|four|five|six|twee|drie|vier|vijf|zes)\s+)?"
    # A compound's head is its last noun: "the cooperation agreement" is an agreement.
    r"(?:(?:cooperation|collaboration|research|partnership|exchange|framework|consortium|"
    r"accession|alliance|strategic)\s+)?"
    r"(?P<noun>agreements?|contracts?|partnerships?|collaboration|cooperation|alliance|consortium|"
    r"covenants?|memorand(?:um|a)|mous?|membership|overeenkomst(?:en)?|samenwerkingsovereenkomst(?:en)?|"
    r"samenwerking|convenant|alliantie|partnerschap|intentieverklaring(?:en)?|lidmaatschap|signing|"
    r"ondertekening|akkoord(?:en)?|programme|program|programma|opleiding|degree|master)\b"
)

# A body that an organisation joins or belongs to, referred to by its kind right after the
# joining or membership words ("sluit zich op 1 januari bij dat netwerk aan", "treedt toe tot
# het netwerk", "is al lid van dat netwerk", "joined the network", "a member of the cluster"):
# the body named before. Not before a name ("the network X" names it) or a possessive.
BODY_ANAPHOR = (
    r"\b(?:of|to|join|joins|joined|joining|van|tot|bij)\s+(?:the|this|that|het|dat|dit|deze|de)\s+"
    r"(?:[\w-]+\s+)?(?P<noun>network|netwerk|cluster|consortium|alliance|alliantie|association|"
    r"vereniging)\b(?!\s*['’]s\b)(?-i:(?!\s+[A-Z]))"
)

# Nouns for a programme, not an agreement: "the programme runs out on 31 August" ends the
# joint programme, but "the boards approved the programme" adds nothing to it.
PROGRAMME_NOUNS: tuple[str, ...] = ("programm", "program", "opleiding", "degree", "master")

# Which records an anaphoric noun can refer to (matched on the noun's start).
ANAPHOR_TYPES: dict[str, tuple[str, ...]] = {
    "agreement": ("agreement", "mou", "joint_programme", "partnership", "consortium", "alliance"),
    "contract": ("agreement",),
    "covenant": ("agreement",),
    "convenant": ("agreement",),
    "overeenkomst": ("agreement",),
    "akkoord": ("agreement",),
    "samenwerkingsovereenkomst": ("agreement",),
    "memorand": ("mou",),
    "mou": ("mou",),
    "intentieverklaring": ("mou",),
    # Nouns a joiner refers to ("sluit zich aan bij de afspraken", ``JOINED_AGREEMENT``).
    "afspraken": ("agreement", "mou"),
    "declaration": ("mou", "agreement"),
    "verklaring": ("mou", "agreement"),
    "pact": ("agreement",),
    "deal": ("agreement",),
    "accord": ("agreement",),
    "partnership": ("partnership",),
    "partnerschap": ("partnership",),
    "collaboration": ("collaboration",),
    "cooperation": ("collaboration",),
    "samenwerking": ("collaboration",),
    "programm": ("joint_programme",),
    "program": ("joint_programme",),
    "opleiding": ("joint_programme",),
    "degree": ("joint_programme",),
    "master": ("joint_programme",),
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
# A word that may describe the organisation between the article and its head, as the
# press writes: "the Dutch university", "the Veldhoven-based company", "de Twentse
# universiteit", "het Amsterdamse softwarebedrijf", "the mining company".
_DESCRIBING = (
    r"(?:\w+(?:se|sche)|[\w-]+-based|"
    # English adjectives of nation or region: "the Chilean", "the Taiwanese", "the Danish",
    # "the Baltic" (and "the US", "the UK").
    r"[a-z]+(?:an|ese|ish|ic)|us|uk|dutch|belgian|german|british|french|swedish|danish|"
    r"norwegian|finnish|american|chinese|japanese|indian|italian|spanish|swiss|austrian|irish|"
    r"scottish|flemish|brazilian|canadian|australian|european|new|nieuwe|local|regional|"
    r"regionale|private|public|academic|academische|mining|pharmaceutical|pharma|technology|"
    r"tech|software|energy|chemical|biotech|dairy|semiconductor|engineering|"
    # "the university hospital", "het universitair ziekenhuis": a hospital (its head noun).
    r"university|universitair|academisch)"
)
SINGULAR_REFERENCE = (
    # "we", "our university", "onze hogeschool": the publisher (``FIRST_PERSON``).
    r"\b(?:we|wij|(?:our|onze|ons)\s+(?:university|universiteit|hogeschool|hospital|ziekenhuis|"
    r"institute|instituut|faculty|faculteit|organisation|organisatie|umc)|"
    r"it|(?:the|de|het)\s+(?:" + _DESCRIBING + r"\s+){0,2}?(?:"
    r"university(?!\s+(?:hospital|medical\s+cent(?:re|er))\b)|universiteit|"
    r"hospital|ziekenhuis|institute|instituut|company|bedrijf|hogeschool|"
    # A faculty is folded into its university: "the Faculty of Humanities signed", "de
    # faculteit Geneeskunde tekende" (the university's own, or the one named last).
    r"faculty|faculteit|"
    # Governments and companies by description: "the city", "de gemeente", "de groep".
    r"city|municipality|stad|gemeente|province|provincie|ministry|ministerie|group|groep|firm|"
    r"chipmaker|drugmaker|carmaker|manufacturer|insurer|giant|start-?up|spin-?off|"
    # Cooperatives, utilities and publishers are firms: "de coöperatie", "the utility".
    r"cooperative|coöperatie|cooperatie|utility|publisher|uitgeverij|"
    r"medical\s+cent(?:re|er)|umc|"
    # Health trusts, funds and foundations, clinics: "the trust", "het fonds", "de stichting".
    r"trust|foundation|fund|fonds|stichting|clinic|kliniek|bank|"
    # A firm by its trade, a research centre, a network by its kind: "the Norwegian
    # operator", "de Duitse leverancier", "the Belgian research centre", "het Vlaamse
    # onderzoekscentrum", "the network", "het netwerk" (the body named before).
    r"operator|exploitant|supplier|leverancier|provider|aanbieder|manufacturer|fabrikant|"
    r"producer|producent|developer|ontwikkelaar|foundry|airline|carrier|retailer|lender|"
    r"broadcaster|shipyard|[a-z]+maker|research\s+cent(?:re|er)|research\s+council|"
    r"(?:onderzoeks|kennis|expertise)centrum)|"
    # "the network", "het netwerk": the body named before; not where members work ("In het
    # netwerk werken A en B samen" is their alliance, the network no party of its own).
    r"(?<!\bin\s)(?<!\bbinnen\s)(?<!\bwithin\s)(?:the|het)\s+(?:" + _DESCRIBING + r"\s+)?"
    # "het netwerk Zorgdata Zuid" names a body of its own.
    r"(?:network|netwerk)(?-i:(?!\s+[A-Z]))|"
    # Dutch compounds: "het energiebedrijf", "de chipmachinemaker", "het techconcern".
    r"(?:de|het)\s+(?:" + _DESCRIBING + r"\s+)?[\w-]+(?:bedrijf|ziekenhuis|universiteit|hogeschool|"
    r"instituut|concern|maker|reus|coöperatie|cooperatie|uitgeverij|leverancier|fabrikant))\b"
)

# Between a singular reference and a name coordinated with it ("the Dutch hospital and X",
# "het Duitse universiteitsziekenhuis en X"): the reference is not X.
COORDINATED_AFTER_REFERENCE = r"\s+(?:and|en|&)\s+(?:(?:the|de|het)\s+)?"

# A Dutch adjective of place inside a reference, lower case ("delftse", "leidse",
# "rotterdamse", "haagsche"): its stem starts the name of the place.
PLACE_ADJECTIVE = r"(?P<stem>[a-zà-ÿ-]{4,}?)(?:se|sche)"

# Right before a singular reference that is the other party of the tie told before it:
# "signed a contract with the university", "werkt samen met de hogeschool", "the agreement
# between the trust and A", "tussen de hogeschool en het Arnhemse ziekenhuis" (the second
# of a "between" pair; at most four words for the first). Not the subject of a relative
# clause ("the network that the university hosts"): that one often tells of something else.
COUNTERPART_BEFORE_REFERENCE = (
    r"\b(?:with|met|between|tussen)\s+$|"
    r"\b(?:between|tussen)\s+(?:[\w'’.+-]+\s+){1,4}(?:and|en)\s+$"
)
# From the start of a tie told by a separable verb to a reference that is the clause's
# subject put after the verb ("zegde | het ziekenhuis ... op", "werkt | de universiteit ...
# samen"): the finite verb alone.
VERB_BEFORE_SUBJECT = r"[^\W\d]+\s+"
# A reference whose possessive names the tie right after it: "the university's licence
# agreement with A", "the hospital’s partnership with B" (at most three words between).
POSSESSIVE_TIE = r"^['’]s\s+(?:[\w-]+\s+){0,3}$"

# The kinds each singular reference may point at, matched on a stem of the phrase; when
# several stems occur, the one that ends last is the head ("the university hospital",
# "het universiteitsziekenhuis" are hospitals).
SINGULAR_KINDS: dict[str, tuple[str, ...]] = {
    "universit": ("university",),
    "facult": ("university", "university_of_applied_sciences", "umc"),
    "hogeschool": ("university_of_applied_sciences",),
    "hospital": ("hospital", "umc"),
    "ziekenhuis": ("hospital", "umc"),
    "institu": ("research_institute",),
    "company": ("company",),
    "bedrijf": ("company",),
    "city": ("municipality",),
    "municipal": ("municipality",),
    "stad": ("municipality",),
    "gemeente": ("municipality",),
    "provinc": ("government",),
    "minist": ("ministry",),
    "group": ("company",),
    "groep": ("company",),
    "firm": ("company",),
    "maker": ("company",),
    "concern": ("company",),
    "manufacturer": ("company",),
    "insurer": ("company",),
    "giant": ("company",),
    "reus": ("company",),
    "cooperative": ("company",),
    "coöperatie": ("company",),
    "cooperatie": ("company",),
    "utilit": ("company",),
    "publisher": ("company",),
    "uitgever": ("company",),
    "start": ("company",),
    "spin": ("company",),
    "medical cent": ("umc", "hospital"),
    "umc": ("umc",),
    # An NHS trust is a hospital group (the organisation finder kinds it a foundation).
    "trust": ("foundation", "hospital", "umc"),
    "foundation": ("foundation", "funder"),
    "fund": ("funder", "foundation"),
    "fonds": ("funder", "foundation"),
    "stichting": ("foundation", "funder"),
    "clinic": ("hospital",),
    "kliniek": ("hospital",),
    "bank": ("company", "funder"),
    "operator": ("company",),
    "exploitant": ("company",),
    "supplier": ("company",),
    "leverancier": ("company",),
    "provider": ("company",),
    "aanbieder": ("company",),
    "fabrikant": ("company",),
    "producer": ("company",),
    "producent": ("company",),
    "developer": ("company",),
    "foundry": ("company",),
    "airline": ("company",),
    "carrier": ("company",),
    "retailer": ("company",),
    "lender": ("company", "funder"),
    "broadcaster": ("company",),
    "shipyard": ("company",),
    "ontwikkelaar": ("company",),
    "research cent": ("research_institute",),
    "research council": ("research_institute", "government", "funder"),
    "centrum": ("research_institute",),
    "network": ("alliance", "consortium"),
    "netwerk": ("alliance", "consortium"),
}

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
    "hogescholen": ("university_of_applied_sciences",),
    # NHS trusts are hospital groups (the organisation finder kinds them foundations).
    "trusts": ("foundation", "hospital", "umc"),
    "foundations": ("foundation", "funder"),
    "funds": ("funder", "foundation"),
    "fondsen": ("funder", "foundation"),
    "stichtingen": ("foundation", "funder"),
    "clinics": ("hospital",),
    "klinieken": ("hospital",),
    "ministries": ("ministry",),
    "ministeries": ("ministry",),
    # The governing boards act for their organisations: "De colleges van bestuur besloten
    # ... te beëindigen" ends the two institutions' tie.
    "colleges van bestuur": (),
    "raden van bestuur": (),
    "besturen": (),
    "boards": (),
}

# Finite verbs after a stand-alone "beide" (plural present and past).
BEIDE_VERBS = (
    r"zijn|waren|blijven|bleven|hebben|hadden|gaan|gingen|werken|werkten|tekenen|tekenden|"
    r"ondertekenen|ondertekenden|zullen|zouden|willen|wilden|kunnen|konden|moeten|moesten|"
    r"maken|maakten|sluiten|sloten|treden|traden|houden|hielden|behouden|stoppen|stopten|"
    r"delen|deelden|kiezen|kozen|zetten|leveren|leverden|investeren|bieden|boden"
)

# Pronouns that refer to the parties of the previous sentence.
COREF_PRONOUNS: tuple[str, ...] = (
    "they",
    "their",
    "them",
    "both",
    "zij",
    "ze",
    "hun",
    "beiden",
    # "Beide blijven lid van G": "beide" alone, before its verb ("beide akkoorden",
    # "beide partijen" are a determiner and a counted description).
    r"beide(?=\s+(?:" + BEIDE_VERBS + r")\b)",
    # "with each of the three", "met elk van de drie": a count with no noun after it, the
    # organisations of the sentence before ("... met elk van de drie een afzonderlijk akkoord").
    r"(?:each|elk|elke|ieder|iedere)\s+(?:of\s+the|van\s+de)\s+(?:two|three|four|five|six|"
    r"twee|drie|vier|vijf|zes)(?=\s*[,.;:]|\s+(?:een|a|an|separate|afzonderlijk\w*)\b)",
)

# A sentence that lists partners: "The partners are A, B and C."
PARTNER_LIST = (
    # "The institutions are A, B and C", "Het gaat om A, B en C" (after "contracts with
    # three hospitals"): the list names who the agreements are with.
    r"^(?:the\s+)?(?:institutions|universities|hospitals|companies|organisations|organizations|"
    r"instellingen|universiteiten|ziekenhuizen|bedrijven|hogescholen|organisaties)\s+"
    r"(?:are|include|zijn)\b|^het\s+gaat\s+om\b|"
    r"\b(?:partners|parties|members|participants|deelnemers|partijen|leden)\s+"
    r"(?:in\s+(?:the|this|het|dit)\s+\w+\s+)?(?:are|include|zijn|were|waren)\b|"
    # "The partner institutions are A and B", "A, B and C are the partners", "A en B zijn de
    # partners" (not a fact box's "Partners: A, B": a label, it tells no news).
    r"^(?:the\s+)?partner\s+(?:institutions|universities|organisations|organizations|"
    r"companies|hospitals)\s+(?:are|include)\b|"
    r"\b(?:are|zijn)\s+(?:the|de)\s+(?:\w+\s+)?(?:partners|partijen)\s*\.?$|"
    # "They are with A, B and C" (after "signed three agreements"), "Die zijn met A en B".
    r"^(?:they|these|die|deze)\s+(?:are|were|zijn|waren)\s+(?:with|met)\b|"
    r"\b(?:consists\s+of|comprises|is\s+made\s+up\s+of|bestaat\s+uit|bestaan\s+uit|"
    r"brings\s+together|brengt\s+samen)\b"
)

# "we"/"our university": the publisher, resolved only when the page says who "we" are.
WE_PATTERN = r"\b(?:we|our|wij|onze|ons)\b"
# A reference in the first person (a ``SINGULAR_REFERENCE`` that starts so): the site's owner.
FIRST_PERSON = r"(?:we|wij|our|onze|ons)\b"
# "we" as the subject of quoted speech: the speaker's organisation tells of its own ties.
QUOTED_WE = r"\b(?:we|wij)\b"
# A tie a quote tells as an infinitive is a feeling or a wish, not news of a tie: "we are
# proud to work with A", "we look forward to working with A", "we hopen samen te werken".
QUOTED_WISH = r"\b(?:to|te)\s+$"

# A list that adds to what was said ("Also among the members are ..."): it is not what a
# reference just before it ("both new members") points at.
ADDITIVE = r"^\s*(?:also|in\s+addition|moreover|furthermore|ook|daarnaast|verder|bovendien)\b"

# A sentence about an earlier agreement that adds a party to it ("the renewed partnership
# also includes X", "voortaan is ook X partij").
INCLUDES = (
    r"\b(?:(?:also|now)\s+(?:includes|involves|covers)|(?:is|are)\s+(?:also|now)\s+(?:a\s+)?(?:party|"
    r"parties|partners?|signator(?:y|ies))\s+to|omvat\s+(?:nu\s+)?ook|(?:is|zijn)\s+(?:voortaan\s+|nu\s+)?"
    r"ook\s+(?:partij|partner))\b"
)

# A definite description in lower case ("the port authority", "het academisch ziekenhuis"):
# it may name an organisation of the page by words of its own name. Case-sensitive.
DESCRIPTION = (
    r"\b(?:[Tt]he|[Dd]e|[Hh]et)\s+(?P<words>(?:[a-zà-ÿ][a-zà-ÿ]+\s+){1,2}[a-zà-ÿ][a-zà-ÿ]+)\b"
)

# "The new agreements build on A's collaboration with B": what follows is the relationship
# the sentence states; the subject is the record told before.
BUILDS_ON = (
    r"\b(?:builds?\s+on|built\s+on|follows|follow|is\s+based\s+on|bouwt?\s+voort\s+op|"
    r"bouwen\s+voort\s+op|volgt\s+op|borduurt\s+voort\s+op)\b"
)

# Places that the organisation finder may take for an organisation ("universities from
# Europe and Africa", "Germany's Fraunhofer-Gesellschaft"): never a party on their own. The
# countries and continents are the organisation finder's (its place gate, one list for
# both); the party rule adds the regions beyond them that stand beside organisations in
# lists of partners ("universities in Flanders and Scandinavia"). Lookup keys
# (``scraper.keys.alias_key``: lower case, no accents).
PARTY_REGIONS = frozenset(
    """americas antarctica benelux scandinavia flanders vlaanderen wallonia wallonie""".split()
)
PLACES_NOT_PARTIES = frozenset(alias_key(n) for n in COUNTRY_NAMES | PARTY_REGIONS)

# Types whose noun, told after a general collaboration of the same parties ("will work
# together" ... "the signing of the agreement"), names what that collaboration became.
NAMED_AFTER_COLLABORATION = frozenset({"agreement", "mou", "partnership", "joint_programme"})

# An organisation that joins an agreement told before, or signs it later ("Ook X sluit zich
# aan bij de afspraken", "X sluit volgend jaar aan bij het akkoord", "X is expected to join
# the agreement", "X will also sign up to the covenant", "Ook X ondertekent het convenant in
# april"). Before the reference to the agreement ("the agreement", "het convenant").
JOINS_AGREEMENT = (
    r"\b(?:(?:sluit|sluiten|sloot|sloten)\s+(?:zich\s+)?(?:\S+\s+){0,10}?aan\s+bij|"
    # A subordinate clause puts the verb last: "dat ook X zich bij het partnerschap aansluit"
    # (``JOINED_AGREEMENT`` then follows "bij" at once).
    r"zich\s+bij|"
    r"(?:treedt|treden|trad|traden)\s+(?:\S+\s+){0,6}?toe\s+tot|"
    r"(?:wordt|worden|werd|werden)\s+(?:\S+\s+){0,4}?partij\s+bij|"
    r"join(?:s|ed|ing)?|sign(?:s|ed|ing)?\s+up\s+to|accede(?:s|d)?\s+to|acceding\s+to|"
    r"(?:become|becomes|became)\s+(?:a\s+)?(?:party|parties|signator(?:y|ies))\s+to|"
    # A later signatory: "also signs", "ook ondertekent", "tekent later ook".
    r"(?:also|later)\s+(?:\S+\s+){0,3}?sign(?:s|ed)?|(?:will|is\s+to|are\s+to)\s+also\s+sign|"
    r"ook\s+(?:\S+\s+){0,3}?(?:ondertekent|ondertekenen|tekent|tekenen)|"
    r"(?:ondertekent|ondertekenen|tekent|tekenen)\s+(?:\S+\s+){0,6}?(?:later|eveneens)\s+ook)\b"
)
# The agreement joined, referred to right after the joining verb (or a few words on).
JOINED_AGREEMENT = (
    r"\s+(?:\S+\s+){0,4}?(?:the|this|that|these|its|de|het|dit|deze|die|dat)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>agreements?|contracts?|covenants?|memorand(?:um|a)|"
    r"declaration|charter|pact|deal|accord|convenant(?:en)?|overeenkomst(?:en)?|"
    r"\w*overeenkomst(?:en)?|akkoord(?:en)?|\w*akkoord(?:en)?|afspraken|intentieverklaring|"
    r"verklaring|handvest|partnerships?|partnerschap)\b"
)

# The binding agreement a letter of intent announces for later, told in a sentence of its own
# ("A cooperation agreement is to follow in spring 2027", "Een uitgewerkte
# samenwerkingsovereenkomst volgt in de tweede helft van 2027", "A definitive agreement is
# expected to be completed by the end of March", "Een definitieve overeenkomst wordt in
# september verwacht"): the document, then the verb that puts it in the future.
FOLLOW_UP_NOUN = (
    r"\b(?:agreements?|contracts?|covenants?|convenant|\w*overeenkomst|\w*akkoord|"
    r"\w*contract)\b"
)
FOLLOW_UP_LATER = (
    r"\b(?:(?:is|are|will|shall|should|must|has|have)\s+(?:\S+\s+){0,2}?(?:to\s+)?"
    r"(?:follow|be\s+(?:signed|concluded|finali[sz]ed|formali[sz]ed|completed|drawn\s+up|"
    r"agreed))|(?:is|are)\s+(?:\S+\s+){0,2}?(?:expected|due|planned|scheduled)|"
    r"expected\s+to\s+be|"
    r"volgt|volgen|(?:wordt|worden|zal|zullen|moet|moeten)\s+(?:\S+\s+){0,6}?"
    r"(?:verwacht|gepland|ondertekend|getekend|gesloten|volgen|afgerond|uitgewerkt))\b"
)
# Not announced: "no binding agreement is expected", "er komt geen contract".
FOLLOW_UP_DENIED = r"\b(?:no|not|never|geen|niet|nooit)\b"

# A bare reference to the kind of organisation whose own site the page is on ("the
# university", "de universiteit", "the hospital", "het ziekenhuis", "de hogeschool"): on that
# site, its own; with a describing word ("the Spanish university") another one.
BARE_OWNER_REFERENCE = (
    r"(?:the|de|het)\s+(?:university|universiteit|hogeschool|hospital|ziekenhuis|"
    r"medical\s+cent(?:re|er)|umc|faculty|faculteit)"
)

# A new tie told with the earlier one it builds on or replaces, dated ("takes further the
# memorandum the two universities concluded in April 2023", "replaces a 2019 memorandum",
# "builds on the 2016 affiliation agreement between the two", "Het akkoord vervangt de
# afspraken uit 2016", "bouwt voort op het convenant dat ze in 2019 sloten"): the earlier
# tie is a record of its own, after this verb.
BUILT_ON_EARLIER = (
    r"\b(?:builds?\s+on|built\s+on|building\s+on|takes?\s+further|taking\s+further|"
    r"replaces?|replacing|supersedes?|succeeds?|"
    r"vervangt|vervangen|bouwt\s+voort\s+op|bouwen\s+voort\s+op|borduurt\s+voort\s+op|"
    # A subordinate clause puts the verb last: "dat voortbouwt op de intentieverklaring".
    r"voortbouw(?:t|en)\s+op|"
    r"is\s+een\s+vervolg\s+op|volgt\s+(?:\S+\s+){0,2}?op)\b"
)

# A plural agreement noun that refers back to several agreements told just before ("the three
# memorandums", "under the memoranda", "the new deals", "de akkoorden", "deze
# overeenkomsten"): a determiner, at most two words, the noun.
PLURAL_BACK_REFERENCE = (
    # Lower-case words between ("de Hanzehogeschool ... overeenkomsten" is a name's article),
    # and none that makes the agreements new ones ("afzonderlijke overeenkomsten met").
    r"\b(?:the|these|those|both|de|deze|die|beide)\s+"
    r"(?:(?!separate\b|individual\b|bilateral\b|afzonderlijke\b|aparte\b|bilaterale\b)"
    r"(?-i:[a-z0-9][\w-]*)\s+){0,2}?"
    r"(?:memoranda|memorandums|mous|agreements|contracts|deals|accords|pacts|partnerships|"
    r"\w*overeenkomsten|\w*akkoorden|intentieverklaringen|convenanten|contracten)\b"
)

# Words after a number that count partners still to come, not ones told before: "wants to
# add two more partners", "zoekt drie extra partners", "two further members" (and "nog" or
# "more" before it: "zoekt nog twee partners").
COUNT_BEYOND = r"(?:more|additional|further|extra|meer|nog)"

# Right before a tie noun that names a tie already known to the reader: a definite article
# or a possessive and at most two modifiers ("the exchange agreement with", "het bestaande
# akkoord met", "its research partnership with", "de oncologische samenwerking met"). The
# first person is the publisher's own tie on its own site ("Our exchange agreement with A
# lapsed", "Onze samenwerking met B loopt door"): the subject is the site's owner.
TIE_DETERMINER = (
    r"\b(?:the|its|their|this|that|our|het|de|haar|zijn|hun|dit|deze|dat|onze|ons)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
# The same for a tie told as news without its other party, the organisation the text is
# about: an indefinite article and a word of likeness or order ("a similar agreement was
# signed with", "een vergelijkbare afspraak werd vastgelegd met", "a second memorandum, with").
NEW_TIE_DETERMINER = (
    r"\b(?:a|an|een)\s+(?:similar|comparable|second|third|further|new|separate|vergelijkbare|"
    r"soortgelijke|gelijkaardige|tweede|derde|nieuwe|aparte)\s+(?:[\w-]+\s+)?$"
)
# Between such a tie's noun and "with"/"met": nothing, a comma, or the passive of its making
# ("was signed with", "werd al vastgelegd met", "een afspraak gesloten met": Dutch puts the
# auxiliary before the noun).
TIE_TO_COUNTERPART = (
    r"\s*,?\s*|\s+(?:(?:was|were|is|has\s+been|have\s+been|had\s+been|werd|werden|wordt|zijn)\s+)?"
    r"(?:(?:also|already|ook|al|eerder|vorig\s+jaar|last\s+year)\s+)*"
    r"(?:signed|concluded|agreed|reached|struck|made|gesloten|getekend|ondertekend|afgesloten|"
    r"vastgelegd|aangegaan|gemaakt)\s+"
)
# A tie told after its fronted counterparts, running or existing, with no organisation as
# its subject: "Met A loopt sinds vorig jaar een onderzoeksproject", "Met A en B bestaat al
# sinds 2019 een samenwerking", "Met A is er een raamakkoord". From the end of the list to
# the tie's noun.
LIST_TO_RUNNING_TIE = (
    r"\s*,?\s*(?:loopt|liep|lopen|liepen|bestaat|bestond|bestaan|bestonden|is\s+er|was\s+er|"
    r"zijn\s+er|waren\s+er)\s+(?:[^\s,.;:]+\s+){0,6}?(?:een|de|het)\s+(?:[\w-]+\s+){0,2}"
)
# Right before a count that says what a group is made of, not which organisations told
# before it means: an indefinite noun and "of" ("G, a partnership of four trusts that ...",
# "een netwerk van vijf ziekenhuizen"); "the partnership of the two universities" refers.
COMPOSITION_BEFORE_COUNT = r"\b(?:a|an|een)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:of|van)\s+$"
# The running verb that opens such a tie's trigger itself ("loopt een onderzoeksproject").
RUNNING_TIE = r"(?:loopt|liep|lopen|liepen)\b"
# Between "with"/"met" and the first counterpart of such a tie: an article and a word of
# origin at most ("met de Universiteit Gent", "with the Swiss ETH Zurich").
NEAR_COUNTERPART = r"\s+(?:(?i:the|de|het|een|a|an)\s+)?(?:[A-Z][\w-]*\s+)?"
# In a relative clause after such a tie, the verb that tells when it was made ("dat in 2016
# werd gesloten", "which was signed in 2019", "first concluded in 2018"); "since" (a tie's
# running) is read elsewhere.
MADE_IN_CLAUSE = (
    r"\b(?:(?:werd|werden|is|zijn|was|were)\s+(?:\S+\s+){0,2}?)?(?:gesloten|getekend|"
    r"ondertekend|afgesloten|aangegaan|signed|concluded|agreed)\b"
)
