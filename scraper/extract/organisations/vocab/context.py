"""Words for recognising organisation names by their context, not by a head word.

Used by ``scraper.extract.organisations.context``: which all-caps words are never names, which
sentences talk about partners, which verbs make a name a party, and which nouns in an
apposition describe an organisation.
"""

from __future__ import annotations

# All-caps and CamelCase words that are not organisations even next to one
# ("PhD", "MRI", "CEO"): the list-context rule skips them.
NON_ORG_ACRONYMS: frozenset[str] = frozenset(
    """AI PhD PhDs MSc BSc MA BA LLM MBA MRI CT PET DNA RNA COVID CEO CTO CFO COO ICT IT HR
    UK US USA NL BE DE EU's STEM SDG SDGs GDP CO2 PFAS ERC-grant MoU MoUs LoI NDA R&D
    iPhone YouTube LinkedIn PowerPoint OK TV PR FAQ PDF URL GPS ID""".split()
)

# Last words that make a name with a defined acronym a thing, not an organisation
# ("Magnetic Resonance Imaging (MRI)", "Dutch Research Agenda (NWA)").
NON_ORG_ACRONYM_TAILS: frozenset[str] = frozenset(
    """imaging intelligence learning disease diseases syndrome therapy index goals goal
    technologies technology method methods model score test scan survey study studies
    trial trials tests scans models scores surveys regulation directive framework standard
    protocol system systems agenda strategy
    programme program project initiative prize award act law""".split()
)

# Sentences about partners or agreements: only there do list positions and agreement
# verbs make an unknown acronym or capitalised name an organisation.
LIST_CONTEXT = (
    r"\b(?:partner|sign|agreement|consorti|allian|collaborat|co-?operat|samenwerk|"
    r"overeenkomst|samenwerkingsovereenkomst|raamovereenkomst|convenant|covenant|memorand|"
    r"intentieverklaring|letters?\s+of\s+intent|member|leden\b|deelnemer|participant|partijen|"
    r"join|toegetreden|treedt\s+toe|ondertek|tekenen|tekenden|getekend|network|netwerk|founder|"
    r"oprichter|teams?\s+up|teamed\s+up)"
)

# Verbs after a name that make it a party to an agreement ("VLAIO signs ...").
AGREEMENT_VERBS = (
    r"signs|signed|has\s+signed|have\s+signed|will\s+sign|joins|joined|has\s+joined|will\s+join|"
    r"tekent|ondertekent|ondertekende|heeft\s+(?:\w+\s+){0,3}ondertekend|treedt\s+toe|trad\s+toe|"
    r"sluit\s+zich\s+aan|partners\s+with|teams\s+up|is\s+teaming\s+up|gaat\s+samenwerken|"
    r"werkt\s+samen|collaborates|is\s+joining"
)

# Nouns of a description in apposition after a name ("ParkinsonNet, het landelijke netwerk
# van ...", "CEMS, the global alliance in management education"): the name is an
# organisation.
DESCRIPTION_HEADS = (
    r"alliance|alliantie|network|netwerk|association|vereniging|foundation|stichting|"
    r"consortium|company|bedrijf|organi[sz]ation|organisatie|institute|instituut|agency|"
    r"federation|platform|cooperative|co[oö]peratie|start-?up|spin-?off|university|universiteit|"
    r"hospital|ziekenhuis|fund|fonds|council|society|koepel\w*|branche\w*|research\s+centre|"
    r"research\s+center|onderzoekscentrum|kennisinstituut|kennisinstelling|umbrella\s+body|"
    r"samenwerkingsverband|joint\s+venture|spin-?out|\w*maatschappij|"
    # Dutch compounds ending in a body's noun: "ontwikkelingsagentschap", "innovatiestichting"
    r"\w*agentschap|\w+stichting|\w+bedrijf|\w+vereniging|\w+organisatie"
)

# Adverbs that open a paragraph before a comma and are no name ("Later, a company, founded
# in 2001, ..."); those ending in "-ly" or "-wards" are known by their ending.
OPENING_ADVERBS: frozenset[str] = frozenset(
    """later soon again now then first next still also meanwhile ook daarna nu toen eerst
    vervolgens intussen inmiddels verder""".split()
)
OPENING_ADVERB_ENDINGS: tuple[str, ...] = ("ly", "wards")

# Of those, the nouns of a company, which no place is ("moved to Causeway3, a spin-out").
COMPANY_DESCRIPTION_HEADS = r"\b(?:company|bedrijf|start-?up|spin-?off|spin-?out)\b"

# What may follow a list of names that makes every name in it a party: "A, B and C have
# entered into a partnership", "A en B zetten samen een bedrijf op", "A and B signed".
PARTY_VERBS = (
    r"\s+(?:(?:have|has|had|will|hebben|heeft|hadden|zullen|gaan|zetten|richten)\s+"
    r"(?:\w+\s+){0,3}?)?(?:signed|sign|entered|enter|agreed|agree|founded|established|"
    r"formed|set\s+up|launched|cooperated|collaborated|partnered|teamed\s+up|joined|merged|"
    r"renewed|extended|ondertekend|ondertekenden|ondertekenen|getekend|tekenden|tekenen|"
    r"gesloten|sloten|sluiten|opgericht|richtten|samengewerkt|werken\s+samen|werkten\s+samen|"
    r"samen|op\b|fuseren|fuseerden|verlengd|verlengden)\b"
)

# What a sentence whose opening names sign or join together must speak of: the document or
# the body they make ("Aquafin en Pidpa tekenden een charter"), so that "X and Y signed
# copies of the book" or two people who "work together" stay out.
SIGNED_NOUNS = (
    r"\b(?:agreements?|contracts?|memorand\w*|mous?\b|charters?|covenants?|letters?\s+of\s+"
    r"intent|partnerships?|alliances?|consorti\w*|joint\s+ventures?|deals?\b|licen[cs]e|"
    r"overeenkomst\w*|\w*akkoord\w*|convenant\w*|intentieverklaring\w*|charter|"
    r"partnerschap\w*|samenwerkingsverband\w*|\w*contract\w*|allian\w+|fusie\w*)"
)

# What before a list of names makes every name in it a party: "signed agreements with A,
# B and C", "een raamovereenkomst met A".
PARTY_WITH = (
    r"(?:\b(?:agreements?|contracts?|memorand\w*|mous?|partnerships?|collaborat\w*|"
    r"cooperat\w*|deals?|alliances?|signed|worked|works|working|partnered|"
    r"ondertekend\w*|ondertekende|tekende|werkt\s+\w+\s+samen|samen)"
    # Dutch agreement nouns also at the end of a compound: "stageovereenkomsten",
    # "onderzoeksakkoord", "samenwerkingsconvenant".
    r"|(?:overeenkomst|samenwerking|akkoord|convenant|intentieverklaring)\w*)\b[^.;:!?]{0,80}?"
    r"\b(?:with|met)\s+(?:(?:the|de|het)\s+)?$"
)

# The same with "between": "the partnership between A and B", "de samenwerking tussen A en
# B". Places stand there too ("a corridor between Rotterdam and the Rhine-Ruhr"), so the
# list must hold a known organisation.
PARTY_BETWEEN = (
    r"\b(?:agreements?|contracts?|memorand\w*|mous?|partnerships?|collaborat\w*|"
    r"cooperat\w*|deals?|alliances?|ties|overeenkomst\w*|raamovereenkomst\w*|"
    r"samenwerking\w*|akkoord\w*|convenant\w*|intentieverklaring\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:between|tussen)\s+(?:(?:the|de|het)\s+)?"
)

# Words before a name that make it a place, not an organisation ("In Leiden, A and B ...").
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    """in at near from to te bij uit nabij naar op aan around across""".split()
)

# Roles of people: a name with one in or right before it is a person ("President Anna
# Smit", "IPP Scientific Director X"), never an organisation.
ROLE_WORDS: frozenset[str] = frozenset(
    """president director chair chairman chairwoman chairperson ceo cto cfo officer rector
    dean minister mayor burgemeester wethouder schepen voorzitter directeur bestuurder
    vice-president vicepresident principal chancellor provost secretary commissioner
    gouverneur governor spokesperson woordvoerder""".split()
)

# Endings of Dutch and German adjectives of places, capitalised but no name ("Leuvense",
# "Amsterdamse", "Zuid-Hollandse", "Haagse", "Bayerische").
ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "mse",
    "dse",
    "tse",
    "gse",
    "lse",
    "nse",
    "ese",
    "kse",
    "rse",
    "sche",
)

# Tails of institutions that are organisations when the page defines an acronym for them
# ("Koninklijke Bibliotheek (KB)", "National Museum of X (NMX)"), buildings otherwise.
INSTITUTION_TAILS: frozenset[str] = frozenset({"library", "bibliotheek", "museum"})

# Lower-case words after "and" that describe, not name, a partner ("X and industry signed").
COMMON_PARTNER_WORDS: frozenset[str] = frozenset(
    """industry government business others partners colleagues students staff we they
    he she it you one all both each together also then now jointly formally officially
    bedrijfsleven overheid partners anderen collega zij wij ze ook samen""".split()
)

# Words right after a place name that make it the place ("Oxford-based", "Leiden region"),
# so that a university's short form is not read there.
PLACE_TAILS: frozenset[str] = frozenset(
    """based area region regio city stad street straat station campus centre center county
    shire province provincie""".split()
)

# Nouns for a place right before its name ("de stad Gent", "the city of Oxford"): the name
# after one is the place, not the university called after it.
PLACE_NOUNS: frozenset[str] = frozenset(
    """stad city town gemeente municipality regio region provincie province county state
    dorp village hoofdstad capital""".split()
)

# Words that give a new body its name ("the joint venture will be called X", "het
# consortium, dat de naam X draagt", "krijgt de naam X", "under the name X"): the name
# after one is an organisation when a body noun (``NAMED_BODIES``) stands before it in the
# sentence.
NAMING_CUES = (
    r"(?:called|named|dubbed|christened|known\s+as|trading\s+as|under\s+the\s+name|"
    r"with\s+the\s+name|(?:the|de|den)\s+(?:name|naam|namen)|genaamd|geheten|"
    r"gedoopt\s+tot)"
)

# Nouns of a body that is given a name, new or renamed: companies, joint ventures,
# spin-offs, consortia, foundations, networks (English, Dutch, German).
NAMED_BODIES = (
    r"joint[\s-]?ventures?|compan(?:y|ies)|firms?|start-?ups?|spin-?offs?|spin-?outs?|"
    r"consorti(?:um|a)|foundations?|alliances?|networks?|entity|organi[sz]ations?|"
    r"vennootschap(?:pen)?|ondernemingen|onderneming|bedrijf(?:je)?|stichting|"
    r"samenwerkingsverband|netwerk|alliantie|co[oö]peratie|dochter(?:onderneming|bedrijf)|"
    r"unternehmen|gemeinschaftsunternehmen|gesellschaft|gründung"
)

# What after a sentence's first name makes that name a party to an agreement with a known
# organisation later in the sentence ("Polaris AI strikes research partnerships with
# Sorbonne", "okkio signs a research agreement with Maastricht UMC+", "Hemocellular
# establishes a licensing agreement with UNC", "Deltalinqs sluit een convenant met ..."):
# a verb of concluding, then an agreement noun within a few words, then "with"/"met".
SUBJECT_AGREEMENT = (
    r"\s+(?:(?:has|have|had|will|heeft|hebben|gaat|zal)\s+)?"
    r"(?:signs?|signed|inks?|inked|strikes?|struck|seals?|sealed|enters?\s+into|entered\s+into|"
    r"establish(?:es|ed)?|conclude[sd]?|forms?|formed|launch(?:es|ed)?|renews?|renewed|"
    r"extends?|extended|expands?|expanded|announces?|announced|tekent|tekende|ondertekent|"
    r"ondertekende|ondertekend|sluit|sloot|gesloten|verlengt|verlengde|verlengd)\s+"
    r"(?:[\w'’-]+\s+){0,5}?"
    r"(?:agreements?|partnerships?|deals?|memorand\w*|mous?|contracts?|allian\w+|"
    r"collaborations?|cooperation|joint\s+ventures?|overeenkomst\w*|akkoord\w*|convenant\w*|"
    r"samenwerking\w*|partnerschap\w*|intentieverklaring\w*|contract\w*)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:with|met)\s"
)

# Plural nouns of organisations that open a list after a dash or a colon ("drie bedrijven
# uit de regio – Demcon, Thales Nederland en Bronkhorst High-Tech –", "three hospitals:
# A, B and C", "De deelnemende ziekenhuizen:" before a bulleted list): every name of the
# list is an organisation.
LIST_OPENING_NOUNS = (
    r"companies|firms|businesses|bedrijven|ondernemingen|institutions|instellingen|"
    r"kennisinstellingen|organi[sz]ations|organisaties|hospitals|ziekenhuizen|universities|"
    r"universiteiten|hogescholen|colleges|institutes|instituten|partners|partijen|"
    r"funders|financiers|members|leden|corporaties|woningcorporaties|gemeenten|"
    r"provincies|hospitals|clinics|klinieken"
)

# The nouns of ``NAMED_BODIES`` as words (the last word of "joint venture"): an
# apposition after one names the body ("de nieuwe vennootschap, ReMetal Kempen, ...").
NAMED_BODY_WORDS: frozenset[str] = frozenset(
    """venture ventures joint-venture company companies firm firms startup start-up startups
    start-ups spin-off spinoff spin-offs spinout spin-out spinouts consortium consortia
    foundation foundations alliance alliances network networks entity organisation
    organization organisations organizations vennootschap vennootschappen onderneming
    ondernemingen bedrijf bedrijfje stichting samenwerkingsverband netwerk alliantie
    coöperatie cooperatie dochteronderneming dochterbedrijf unternehmen
    gemeinschaftsunternehmen gesellschaft""".split()
)

# Last words that make two or three plain capitalised words in a list with a known
# organisation a name, not a person ("Enterprise Ireland", "Patiëntenfederatie Nederland",
# "Breakthrough Energy Ventures"): countries and a few company words. Not "Research",
# "Health" or "Foundation": those end the names of units and programmes as often.
CONJUNCT_NAME_TAILS: frozenset[str] = frozenset(
    """nederland netherlands belgie belgium vlaanderen flanders deutschland ireland england
    scotland wales ventures capital partners group groep""".split()
)

# Words before a list that make its names places ("in Gent, Brugge en Kortrijk"); fewer than
# ``PLACE_PREPOSITIONS``: "with participation from A and B", "bij A en B" name bodies.
LIST_PLACE_WORDS: frozenset[str] = frozenset(
    """in at near to te nabij naar uit around across""".split()
)

# Countries and continents, in English and Dutch: a name found by its context that is one of
# these is the place, not a body ("from Europe and Africa", "Germany’s Fraunhofer").
COUNTRY_NAMES: frozenset[str] = frozenset(
    """europe europa africa afrika asia azie america amerika australia australie oceania
    netherlands nederland holland belgium belgie germany duitsland deutschland france
    frankrijk italy italie spain spanje portugal ireland ierland england engeland scotland
    schotland wales britain uk luxembourg luxemburg austria oostenrijk switzerland
    zwitserland sweden zweden norway noorwegen denmark denemarken finland iceland ijsland
    poland polen czechia tsjechie hungary hongarije greece griekenland estonia latvia
    lithuania slovenia slovakia croatia romania bulgaria turkey turkije ukraine oekraine
    russia rusland china japan korea india indonesia vietnam singapore taiwan brazil
    brazilie canada mexico chile argentina kenya uganda nigeria ghana egypt morocco marokko
    israel belarus wit-rusland brasil brasilien palestine iran iraq syria colombia
    peru egypte indonesie malaysia maleisie rwanda tanzania thailand philippines filipijnen
    cambodia cambodja laos myanmar bangladesh pakistan nepal mongolia mongolie kazakhstan
    kazachstan uzbekistan oezbekistan qatar jordanie lebanon libanon cyprus
    malta albania albanie serbia servie bosnia bosnie montenegro macedonia moldova moldavie
    georgia georgie armenia armenie azerbaijan azerbeidzjan estland letland litouwen
    slovenie slowakije kroatie roemenie bulgarije ethiopia ethiopie kenia oeganda senegal
    mozambique zambia zimbabwe namibia namibie botswana malawi cameroon kameroen
    tunisia tunesie algeria algerije libya libie sudan soedan somalia somalie mali niger
    benin togo burundi congo angola madagascar mauritius cuba ecuador bolivia bolivie
    venezuela uruguay paraguay chili argentinie suriname curacao aruba irak syrie
    noord-korea zuid-korea zuid-afrika saoedi-arabie""".split()
)

# Regions, provinces and large cities: with the countries, a list item of
# ``conjunct_names`` that is one of these is a place ("Gelderland en Fryslân", "Leuven, Gent
# en Brugge"). Not for other context rules: "Windesheim, Deltion en Zwolle tekenen" names
# the municipality.
PLACE_NAMES: frozenset[str] = COUNTRY_NAMES | frozenset(
    """flanders vlaanderen wallonia wallonie brussels brussel jerusalem
    groningen friesland fryslan drenthe overijssel flevoland gelderland utrecht
    noord-holland zuid-holland zeeland noord-brabant brabant limburg antwerpen antwerp
    oost-vlaanderen west-vlaanderen vlaams-brabant henegouwen luik namen
    amsterdam rotterdam haag hague eindhoven tilburg almere breda nijmegen apeldoorn
    arnhem haarlem enschede amersfoort zwolle leiden maastricht dordrecht zoetermeer delft
    deventer alkmaar venlo leeuwarden heerlen sittard helmond hengelo ede wageningen
    vlissingen middelburg terneuzen den bosch 's-hertogenbosch gouda hilversum emmen assen
    lelystad roermond oss geldrop veldhoven gent ghent brugge bruges leuven louvain mechelen
    hasselt genk kortrijk oostende ostend aalst roeselare turnhout geel lier diest tienen
    liege namur charleroi london paris parijs berlin berlijn madrid rome lisbon lissabon
    vienna wenen prague praag warsaw warschau copenhagen kopenhagen stockholm oslo helsinki
    dublin edinburgh glasgow manchester birmingham munich munchen hamburg cologne keulen koln
    aachen aken dusseldorf frankfurt zurich geneva geneve milan milaan barcelona valencia
    porto athens athene budapest tokyo beijing peking shanghai boston oxford cambridge""".split()
)

# Names of programmes and the like that stand in lists with organisations ("funded by NWO
# and Horizon Europe", "Interreg en de provincie"): never a list item of ``conjunct_names``.
NOT_BODY_NAMES: frozenset[str] = frozenset(
    """horizon europe europa interreg erasmus erasmus+ euraxess marie curie covid covid-19
    brexit""".split()
)

# Canonical names of unions of states that are also the place they cover ("outside the
# European Union").
UNIONS_OF_STATES: frozenset[str] = frozenset({"European Union"})

# The word before a name that makes it the name of a funding programme, not of the body
# that runs it: "the Interreg Euregio Meuse-Rhine programme", "het Interreg-programma
# Euregio Maas-Rijn", "het programma Vlaanderen-Nederland".
PROGRAMME_BEFORE: frozenset[str] = frozenset(
    """interreg interreg-programma interregprogramma interreg-programme programma programme
    program""".split()
)

# Governing bodies of an organisation: never an organisation of their own ("de Raad van
# Bestuur van het Radboudumc", "the Executive Board of the university").
GOVERNING_BODIES: tuple[str, ...] = (
    "raad van bestuur",
    "raad van toezicht",
    "raad van commissarissen",
    "raad van beheer",
    "college van bestuur",
    "board of directors",
    "board of governors",
    "board of trustees",
    "executive board",
    "supervisory board",
)

# Investors named in funding news ("a Series A led by Lakestar, with participation from
# Breakthrough Energy Ventures", "Roche Venture Fund and 5AM Ventures led the round, with
# further investments from A, B and C", "other investors include A and B", "een
# financieringsronde onder leiding van X"): the names of the list after one of these cues
# are organisations (``context.investor_names``). "led by" counts only after a funding noun
# earlier in the sentence (``FUNDING_NOUNS``): "a delegation led by the rector" names none.
INVESTOR_CUES = (
    r"(?:with\s+(?:further\s+|additional\s+)?(?:participation|investments?|support)\s+"
    r"(?:from|of|by)|(?:other|existing|new|further)\s+investors\s+(?:include|including|are)|"
    r"investors\s+such\s+as|met\s+deelname\s+van|(?:andere\s+)?investeerders\s+(?:zijn|als))"
)
INVESTOR_LED_CUES = r"(?:(?:co-)?led\s+by|onder\s+leiding\s+van|geleid\s+door)"
FUNDING_NOUNS = (
    r"\b(?:round|series\s+[a-f]\d?|financing|funding|investment|raise|seed|"
    r"kapitaalronde|financieringsronde|investeringsronde|kapitaalverhoging)\b"
)
