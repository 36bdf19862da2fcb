"""Words that connect, open or disqualify organisation names.

Data only: the extractors compile these once. English and Dutch sit side by side.
"""

from __future__ import annotations

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
        # Romance, Portuguese and German connectors of official names ("Università degli
        # Studi di Padova", "Universidade do Porto", "University of Dar es Salaam",
        # "Goethe-Universität Frankfurt am Main").
        "degli",
        "della",
        "delle",
        "dei",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "es",
        "am",
        # German particles of the people a body is named after ("Carl von Ossietzky
        # University of Oldenburg", "Alexander von Humboldt Foundation").
        "von",
        # Dutch and German contracted article-prepositions inside names of places and
        # bodies ("Hof ter Kempen", "Huis ten Bosch", "Leibniz-Institut zur Analyse des
        # Biodiversitätswandels").
        "ter",
        "ten",
        "zur",
        "zum",
        # "and" and "in" of Spanish, Catalan, Italian, Portuguese and Nordic official names
        # ("Ministerio de Ciencia e Innovación", "Universitat de Vic i Central",
        # "Högskolan i Borås", "Universitetet i Bergen").
        "y",
        "e",
        "i",
        # Swedish "and" ("Knut och Alice Wallenbergs Stiftelse").
        "och",
        # "for" of Portuguese and Spanish names, with the article after it ("Fundação para
        # a Ciência e a Tecnologia", "Agencia Nacional para la Investigación").
        "para",
        "a",
        # Spanish articles after a connector ("Universidad de los Andes", "Universidad de
        # las Américas", "Red de Universidades de América Latina y el Caribe").
        "los",
        "las",
        "el",
    }
)

# Elided connectors of French and Italian names, written with an apostrophe and no space
# before the next word ("Université Côte d'Azur", "Università degli Studi dell'Aquila",
# "Université de l'Ontario"): a connector only right before an apostrophe.
ELIDED_CONNECTORS: frozenset[str] = frozenset(
    {"d", "l", "dell", "dall", "all", "nell", "sull", "degl", "dagl", "coll"}
)

# Capitalised elided words followed by an apostrophe and a space inside a name: Venetian
# "Ca'" (house) in "Università Ca' Foscari", "Ca' Granda", "Ospedale Ca' Foncello".
ELIDED_BEFORE_SPACE: frozenset[str] = frozenset({"Ca"})

# Lower-case words that may follow a start-up noun or a company compound, or open an
# apposition, and are no brand ("the spin-out said", "het bedrijf heeft", "partners, a
# company"): ``mentions._learn_introduced_brands``.
# Endings of the words after a start-up noun that are a verb or an adverb, not a brand
# ("the start-up created", "the spin-off recently", "de start-up groeide", "opgerichte"):
# ``mentions._before_and_or_verb``.
VERB_OR_ADVERB_ENDINGS: tuple[str, ...] = ("ed", "ing", "ly", "de", "te", "self", "selves", "s")
# The words after a lower-case brand that say it is one: "and" with the next party, an
# auxiliary verb ("the start-up qwerko has signed", "de start-up zorgly heeft getekend").
WORDS_AFTER_A_BRAND: frozenset[str] = frozenset(
    """and en und et has had will would is was heeft had zal wil is was""".split()
)

LOWER_FUNCTION_WORDS: frozenset[str] = frozenset(
    """a an the and or but of in on at to for from with by as into about after before over
    under between within without through its their his her our your this that these those
    which who whom whose what when where while will would shall should can could may might
    must is are was were be been being has have had do does did said says say says told
    also now then still already just only even again based founded called named known led
    owned run set develops developed makes made builds built sells sold signed raised
    announced plans planned aims works worked offers offered provides provided uses used
    supplies supplied opened joined became becomes remains one two three several many
    some other another such new first last next own
    de het een en of in op aan te met van voor door naar uit bij om over onder tussen
    tot zonder na die dat dit deze wie wat waar wanneer terwijl zal zullen kan kunnen mag
    moet moeten is zijn was waren wordt worden werd werden heeft hebben had hadden ook nu
    dan nog al pas zelf zijn haar hun ons onze mijn jouw opgericht genaamd gevestigd
    levert leverde maakt maakte ontwikkelt ontwikkelde tekent tekende sluit sloot werkt
    werkte biedt bood gebruikt gebruikte kreeg krijgt""".split()
)

# Non-name starters that are adjectives opening names ("New Energy Coalition", "Nieuwe
# Energie Coöperatie"): inside a sentence, after a lower-case word, they are part of the
# name (``rules._opening_adjective_inside``).
NAME_OPENING_STARTERS: frozenset[str] = frozenset({"new", "nieuw", "nieuwe"})

# Capitalised words that open a sentence or a headline but never start a name.
NON_NAME_STARTERS: frozenset[str] = frozenset(
    {
        # Adverbs that open a sentence, capitalised there but never a name ("Separately,
        # X and Y ...", "Instead the trust ...", "Daarnaast tekenden ...").
        "separately",
        "instead",
        "meanwhile",
        "however",
        "moreover",
        "furthermore",
        "additionally",
        "likewise",
        "besides",
        "previously",
        "earlier",
        "elsewhere",
        "ondertussen",
        "daarnaast",
        "bovendien",
        "intussen",
        "tegelijk",
        "eerder",
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
        # "About Velmora Therapeutics", "Over Radboudumc": the boilerplate heading of a
        # press release opens with the word, the name follows it.
        "about",
        "over",
        # Days and months open sentences and end lists ("... in Berlin on Thursday").
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "januari",
        "februari",
        "maart",
        "juni",
        "juli",
        "augustus",
        "oktober",
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
        # Prepositions, conjunctions and adverbs that open a sentence before a name
        # ("Volgens Patiëntenfederatie Nederland ...", "Namens Zorgverzekeraars Nederland
        # tekende ...", "Following Universities UK's advice ...").
        "volgens",
        "namens",
        "dankzij",
        "sinds",
        "tijdens",
        "zonder",
        "ondanks",
        "naast",
        "tegen",
        "vanuit",
        "binnen",
        "buiten",
        "na",
        "tot",
        "daarna",
        "vervolgens",
        "inmiddels",
        "toen",
        "omdat",
        "hoewel",
        "nadat",
        "zodra",
        "als",
        "want",
        "daarom",
        "dus",
        "hier",
        "daar",
        "according",
        "despite",
        "following",
        "through",
        "among",
        "amongst",
        "within",
        "alongside",
        "unlike",
        "then",
        "thus",
        "therefore",
        "hence",
        "here",
        "there",
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
        # "elected a Fellow of the Royal Society", "Members of the European Parliament"
        "fellow",
        "fellows",
        "member",
        "members",
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
        "summer",
        "winter",
        "agenda",
        "strategy",
        "plan",
        "deal",
        "act",
        "awards",
        "scholarship",
        "exhibition",
        "expo",
        "tour",
        "route",
        "garden",
        "tower",
        # Documents, never organisations ("Memorandum of Understanding (MoU)", "Letter of
        # Intent", "Joint Research Agreement (JRA)", "Samenwerkingsovereenkomst").
        "agreement",
        "agreements",
        "understanding",
        "intent",
        "declaration",
        "memorandum",
        "memoranda",
        "charter",
        "contract",
        "treaty",
        "covenant",
        "convenant",
        "overeenkomst",
        "samenwerkingsovereenkomst",
        "raamovereenkomst",
        "intentieverklaring",
        "verklaring",
        "akkoord",
        "letter",
    }
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
        "student",
        "students",
        "works",
        "advisory",
        "municipal",
        "employee",
        "participation",
        "scientific",
        "raad",
        "fonds",
        "platform",
        "labs",
        "netwerk",
        "vereniging",
        "instituut",
        "umc",
        "waterschap",
        "hoogheemraadschap",
        "agentschap",
        "innovation",
        "development",
        "regional",
        "global",
        "state",
    }
)

# Words that make any capitalised span an event, wherever they stand in it
# ("Leiden Summer School", "Delft Winter Academy").
EVENT_WORDS: frozenset[str] = frozenset(
    {"summer", "winter", "zomerschool", "winterschool", "bootcamp", "alumni", "days", "dagen"}
    | {"symposium", "festival", "week"}
)

# Words after "Head of"/"Head van" that a name may list with commas and "and"
# ("Ministry of Economy, Trade and Industry", "Institute of Science and Technology
# Austria", "Arts and Humanities Research Council"): fields of a portfolio, so "and"
# between them joins the name instead of separating two organisations.
FIELD_WORDS: frozenset[str] = frozenset(
    """science sciences technology technologies research innovation space education culture
    cultural health welfare sport sports economy economic economics affairs trade industry
    industrial agriculture nature food quality fisheries energy climate environment
    environmental infrastructure water management housing spatial planning justice security
    defence defense finance finances interior kingdom relations foreign development
    cooperation employment social labour labor transport mobility digital digitalisation
    universities higher arts humanities engineering medicine heritage tourism youth family
    families communities equality migration asylum public works care meteorology
    climatology hydrology glaciology hydraulics biotechnology agricultural rural forestry
    consumer consumers markets competition media communication communications information
    statistics policy policies building capacity knowledge enterprise entrepreneurship
    onderwijs cultuur wetenschap wetenschappen volksgezondheid welzijn economische zaken
    klimaat handel industrie landbouw natuur voedselkwaliteit infrastructuur waterstaat
    volkshuisvesting ruimtelijke ordening justitie veiligheid financien binnenlandse
    koninkrijksrelaties buitenlandse defensie sociale werkgelegenheid gezondheid zorg
    innovatie onderzoek economie technologie energie milieu jeugd innoveren ondernemen
    wonen mobiliteit visserij bosbouw opleiding training openbare werken voedselzekerheid
    asiel migratie emancipatie groene groei
    forschung bildung wissenschaft wissenschaften technologie raumfahrt wirtschaft
    klimaschutz umwelt naturschutz gesundheit kultur kunst verkehr digitales arbeit
    soziales familie senioren frauen ernährung landwirtschaft heimat ciencia innovación
    universidades educación investigación tecnología salud sanidad cultura deporte
    economía industria comercio trabajo università ricerca istruzione merito salute
    ciência tecnologia ensino superior inovação prevention preventie prävention pflege
    integration integratie vorming conocimiento conhecimento""".split()
)

# Endings of abstract nouns that may close a portfolio after its field words, when no field
# word does ("Department of Energy and Economic Diversification", "Department of Industry,
# Science and Resources", "Department of Health and Senior Services"): a person's or a
# company's name rarely ends so (``rules._portfolio_list_end``).
PORTFOLIO_NOUN_ENDINGS: tuple[str, ...] = tuple(
    """tion sion ment ness ity ance ence vices ources""".split()
)

# Abbreviations that end in a full stop inside a name ("St. Anna Ziekenhuis",
# "AZ St.-Lucas", "Mt. Sinai Hospital"): the stop does not end the name.
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"st", "ste", "mt", "sta", "sto"})

# Legal forms that make the name before them a company ("argenx SE", "Lumicks B.V.",
# "Bayer AG", "Fiat S.p.A."), as written (case matters: "as" is a word, "AS" a form).
# Alone they are no organisation.
LEGAL_SUFFIXES: tuple[str, ...] = (
    "SE",
    "NV",
    "N.V.",
    "BV",
    "B.V.",
    "GmbH",
    "AG",
    "S.p.A.",
    "SpA",
    "S.A.",
    "SA",
    "Ltd",
    "Ltd.",
    "plc",
    "PLC",
    "Inc",
    "Inc.",
    "LLC",
    "KG",
    "SARL",
    "SAS",
    "S.r.l.",
    "Srl",
    "BVBA",
    "CVBA",
    "Oy",
    "AB",
    "ASA",
    "ApS",
    "S.L.",
    # German, Nordic, French and Belgian forms seen in partnership news.
    "KGaA",
    "GmbH & Co. KG",
    "A/S",
    "Oyj",
    "S.A.S.",
    "SRL",
    "NV/SA",
    # As Flemish and German news writes them ("Lamot Aero Services nv", "Agrarhandel
    # Emsland eG"), Dutch cooperatives ("Coöperatie X U.A.") and partnerships ("Verhage &
    # Co").
    "nv",
    "bv",
    "eG",
    "U.A.",
    "& Co",
    "& Co.",
    # Norwegian, Malaysian, Singaporean and Australian forms in partnership news ("Fjordkraft
    # Analyse AS", "Petronas Research Sdn Bhd", "X Pte Ltd", "Y Pty Ltd").
    "AS",
    "Sdn Bhd",
    "Sdn. Bhd.",
    "Bhd",
    "Pte Ltd",
    "Pte. Ltd.",
    "Pty Ltd",
    # German non-profit companies and associations ("Kliniken Oberland gGmbH", "X e.V."), and
    # Chinese and Korean companies as English news writes them ("Shenzhen X Co., Ltd.").
    "gGmbH",
    "e.V.",
    "Co., Ltd.",
    "Co., Ltd",
    "Co. Ltd.",
    # A company's form as English news writes it for Japanese, Korean and American firms
    # ("X Pharmaceutical Co.", "Y Corp.", "Z K.K."), and Polish, Hungarian, Spanish and
    # Brazilian forms ("Sp. z o.o.", "Kft.", "S.L.U.", "Ltda."). Not the lower-case ones
    # ("s.r.o.", "sp. z o.o."): their first word "s" (as in "Leiden's") would send every
    # unit with a possessive to the legal-form search (speed, not meaning).
    "Co.",
    "Corp.",
    "K.K.",
    "Sp. z o.o.",
    "S.A.U.",
    "S.L.U.",
    "Ltda.",
    "Kft.",
)

# Legal forms that are also acronyms of their own ("AS patients", "an AS level"): they make
# a company only of a capitalised name ("Fjordkraft Analyse AS"), never of a lower-case
# brand before them.
LEGAL_FORMS_AFTER_CAPITALS: tuple[str, ...] = ("AS", "Bhd", "Co.", "Corp.")

# Words inside brackets after a name that define the short form the text goes on to use:
# "(hierna: UvA)", "(hereafter: the UvA)", '(hereinafter "KNON")', "(verder: Zentrix)".
# Matched case-blind, with an optional colon or comma after them.
DEFINING_WORDS: tuple[str, ...] = (
    "hierna te noemen",
    "hierna genoemd",
    "hierna",
    "hereinafter referred to as",
    "hereinafter",
    "hereafter",
    "henceforth",
    "verder",
    "further",
    "below",
    "hieronder",
    "kortweg",
    "in short",
)

# Adjectives that name a field, not a company, before a company ending ("Advanced Robotics",
# "Molecular Diagnostics", "Clinical Therapeutics"), and words that say what kind of partners
# or ventures they are ("Industry Partners", "Founding Partners", "Joint Ventures").
COMMON_MODIFIERS: frozenset[str] = frozenset(
    """advanced molecular clinical experimental cellular genetic genomic precision
    personalised personalized translational regenerative digital surgical medical
    industrial mobile soft social humanoid autonomous cognitive collaborative pediatric
    paediatric veterinary laboratory rapid point-of-care companion novel gene cell rna
    dna industry strategic founding founder core knowledge associate associated project
    local joint corporate key main lead leading principal technical implementation
    delivery funding financial private public commercial business trusted preferred
    official other all our their new""".split()
)

# Words before "Board" that make it an organ of another organisation ("Executive Board",
# "Scientific Advisory Board", "Faculty Board"), not a public body of its own.
GOVERNING_BOARD_WORDS: frozenset[str] = frozenset(
    """executive supervisory advisory editorial management governing steering programme
    program examination examinations exam scientific academic strategic project review
    ethics appeals selection works student students faculty university college hospital
    school institute department company corporate group trust foundation partnership
    consortium alliance network joint general annual interim
    external internal independent membership members member directors governors trustees
    operating oversight audit finance investment admissions recruitment""".split()
)

# Month and weekday names (English, Dutch): capitalised, but never the place in a name
# ("LMU Tuesday" is no university).
MONTH_AND_DAY_NAMES: frozenset[str] = frozenset(
    """January February March April May June July August September October November December
    Januari Februari Maart Mei Juni Juli Augustus Oktober Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag
    Zondag""".split()
)

# Capitalised words after a company's or research institute's one-word name that make it a
# company or institute of the group with a name of its own ("Hitachi Energy", "Philips
# Research", "Bosch Rexroth" is not one: only these common division words). Sector words
# in the group's own language name a division as well ("<Utility> Waterbedrijf",
# "<Institute> Energi", "<Contractor> Infra", "<Group> Maritime").
BUSINESS_UNIT_WORDS: frozenset[str] = frozenset(
    """Energy Research Healthcare HealthCare Health Digital Mobility Pharma Pharmaceuticals
    Electronics Semiconductors Technologies Labs Ventures Lighting Medical Aerospace Defence
    Defense Software Solutions Nederland Netherlands Belgium België Benelux Deutschland
    Germany France Energi Energie Waterbedrijf Drinkwater Infra Maritime Marine Offshore
    Ocean Bouw Engineering Automotive""".split()
)

# Compass words after the acronym of an association or company that name its regional
# branch, a body of its own ("LTO Noord", "VNO-NCW Midden", "FNV Zuid").
REGIONAL_BRANCH_WORDS: frozenset[str] = frozenset(
    """Noord Zuid Oost West Midden Noordoost Noordwest Zuidoost Zuidwest""".split()
)

# Currency codes that are also acronyms of organisations ("EUR" is Erasmus University
# Rotterdam): next to an amount ("EUR 40 million", "2 mln EUR") they are money, no name.
CURRENCY_CODES: frozenset[str] = frozenset(
    """EUR USD GBP CHF SEK NOK DKK JPY CNY AUD CAD PLN CZK HUF INR SGD""".split()
)
