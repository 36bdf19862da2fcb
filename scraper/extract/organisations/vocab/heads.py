"""Head words that make a capitalised span an organisation name, with the kind they imply.

Data only: the extractors compile these once. English and Dutch sit side by side.
"""

from __future__ import annotations

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
    "zorggroep": "hospital",
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
    # "Faraday Institution", "Royal Institution": an institute's other head.
    "institution": "research_institute",
    # "Scottish Enterprise", "Cambridge Enterprise": agencies and companies.
    "enterprise": "company",
    "foundation": "foundation",
    "fund": "foundation",
    "trust": "foundation",
    "society": "association",
    "association": "association",
    # "Irish Nurses and Midwives Organisation", "Commonwealth Scientific and Industrial
    # Research Organisation".
    "organisation": "association",
    "organization": "association",
    "vereniging": "association",
    "academy": "research_institute",
    "akademie": "research_institute",
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
    "labs": "company",
    # Last words of company names ("Tessera Therapeutics", "Lumion Biosciences", "Nordic
    # Semiconductors"): in running text a capitalised name ending in one is a company (see
    # COMPANY_ENDINGS).
    "therapeutics": "company",
    "pharmaceuticals": "company",
    "biosciences": "company",
    "biotherapeutics": "company",
    "biopharma": "company",
    "diagnostics": "company",
    "robotics": "company",
    "semiconductors": "company",
    "infra": "company",  # "Hoekstra Infra": a contractor's civil-works company
    "maritime": "company",  # "Valdemar Maritime": a group's marine company
    "holding": "company",
    "holdings": "company",
    # Investors and advisers ("Lindqvist Ventures", "Brackwell Partners").
    "ventures": "company",
    "partners": "company",
    "maatschappij": "company",
    "ontwikkelingsmaatschappij": "government",
    "umc": "umc",
    "school": "school",
    "fonds": "funder",
    "raad": "government",
    "netwerk": "alliance",
    "agentschap": "government",
    "directorate": "government",
    # Weak heads (see WEAK_HEADS): only with an acronym defined or in a partner list.
    "centre": "research_institute",
    "center": "research_institute",
    "centrum": "research_institute",
    "platform": "alliance",
    "board": "government",
    "administration": "government",
    # Government bodies and networks named by a head at the end ("Scottish Government",
    # "Vlaamse Regering", "European Parliament", "European Students' Union",
    # "Regional Universities Forum for ...").
    "government": "government",
    "regering": "government",
    "parliament": "government",
    "parlement": "government",
    "secretariat": "government",
    "union": "association",
    "forum": "alliance",
    "stiftung": "foundation",
    # Nordic foundations and public health trusts: "Knut och Alice Wallenbergs Stiftelse",
    # "Novo Nordisk Fonden", "Helse Midt-Norge RHF" (regional health trust), "Helse Bergen
    # HF" (health trust).
    "stiftelse": "foundation",
    "fonden": "foundation",
    "rhf": "hospital",
    "hf": "hospital",
    "universitet": "university",
    "ziekenhuizen": "hospital",
    "hospitals": "hospital",
    "mc": "hospital",
    # Embassies and consulates ("British Embassy", "Nederlandse ambassade"), with their city
    # after "in" (``mentions._with_seat``).
    "embassy": "government",
    "ambassade": "government",
    "consulate": "government",
    "consulaat": "government",
    # "North Sea Energy Coalition": a network of organisations.
    "coalition": "alliance",
}

# Company heads that end a name only after one to three plain capitalised words, at least one
# of them not a common word ("Tessera Therapeutics", not "Advanced Robotics" or "the Centre
# for Molecular Diagnostics", whose head is "Centre").
COMPANY_ENDINGS: frozenset[str] = frozenset(
    {
        "therapeutics",
        "pharmaceuticals",
        "biosciences",
        "biotherapeutics",
        "biopharma",
        "diagnostics",
        "robotics",
        "semiconductors",
        "infra",
        "maritime",
        "holding",
        "holdings",
        "ventures",
        "partners",
    }
)

# Heads that also name things that are not organisations ("the Centre for Digital
# Humanities" is a university unit, "the Data Platform" a system): a name with such a head
# counts only when the page defines an acronym for it ("Centre for X (CX)") or lists it
# among partners.
WEAK_HEADS: frozenset[str] = frozenset(
    {"centre", "center", "centrum", "platform", "board", "administration"}
)

# Words after "Institute of"/"School of"/"Centre for" that make the name a unit of a
# university ("the Institute of Environmental Sciences", "School of Business and
# Economics"): a faculty-like part, never an organisation of its own.
DISCIPLINE_WORDS: frozenset[str] = frozenset(
    """sciences science studies physics chemistry biology mathematics history law economics
    psychology philosophy linguistics medicine engineering computer computing informatics
    management education environmental political social behavioural behavioral cultural
    area life earth health humanities arts geosciences pharmacy pharmaceutical nanoscience
    astronomy biomedical molecular public international business governance languages
    literature religious theology archaeology anthropology sociology communication media
    ecology evolutionary applied advanced data digital legal criminal criminology
    wetenschappen geschiedenis rechten economie industrial information imaging design
    aerospace""".split()
)

# Heads of a university's units only where they open the name before "of" and its subjects
# ("College of Engineering", "Faculty of Law"); after other words they head bodies of
# their own ("Royal College of Nursing", "Imperial College London").
HEAD_FIRST_UNIT_HEADS: frozenset[str] = frozenset({"college", "faculty", "faculteit"})
# A word that opens a unit's name before its head ("Graduate School of Law").
UNIT_HEAD_OPENERS: frozenset[str] = frozenset({"graduate"})

# Endings of Dutch compound subjects ("Publiekrecht", "Sterrenkunde", "Taalwetenschap",
# "Neurobiologie"): an "Instituut voor" such a subject is a unit of a university.
DISCIPLINE_ENDINGS: tuple[str, ...] = (
    "recht",
    "kunde",
    "wetenschap",
    "wetenschappen",
    "logie",
    "studies",
    "kunst",
    "kunsten",
)

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
    ("university", "school"),
    ("umc", "school"),
    ("university_of_applied_sciences", "school"),
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
    ("universitair", "ziekenhuis"): "hospital",
    ("academisch", "ziekenhuis"): "hospital",
    ("development", "agency"): "government",
    ("stock", "exchange"): "company",  # "London Stock Exchange"
    ("innovation", "agency"): "government",
    # The European Union's public-private bodies ("Clean Aviation Joint Undertaking").
    ("joint", "undertaking"): "government",
    ("ontwikkelings", "maatschappij"): "government",
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
    # National directorates and agencies named by their remit: "Norwegian Directorate for
    # Higher Education and Skills", "Directorate of Health", "Directoraat-generaal ...".
    "directorate": ("government", True),
    "institute": ("research_institute", True),
    "academy": ("research_institute", True),
    "bank": ("company", True),
    "hochschule": ("university_of_applied_sciences", False),
    # German abbreviations of "Fachhochschule" and "Technische Hochschule": "FH Münster",
    # "TH Köln".
    "FH": ("university_of_applied_sciences", False),
    "TH": ("university_of_applied_sciences", False),
    "fachhochschule": ("university_of_applied_sciences", False),
    # A museum named after its head is the institution ("Museum Boerhaave", "Museum für
    # Naturkunde", "Muséum national d'Histoire naturelle"); "X Museum" may be a building.
    "museum": ("foundation", False),
    # Heads of official names in other European languages: "Université Paris-Saclay",
    # "Universidad Politécnica de Madrid", "Politecnico di Milano", "Institut Pasteur".
    "université": ("university", False),
    "universitat": ("university", False),
    "universität": ("university", False),
    "universidad": ("university", False),
    "università": ("university", False),
    "universidade": ("university", False),
    "politecnico": ("university", False),
    "politechnika": ("university", False),
    "école": ("university", False),
    "escuela": ("university", False),
    "escola": ("university", False),
    "instituto": ("research_institute", False),
    "istituto": ("research_institute", False),
    "institut": ("research_institute", False),
    # Observatories and laboratories named in their own language: "Observatoire de la Côte
    # d'Azur", "Osservatorio Astronomico di Roma", "Observatorio Astronómico Nacional",
    # "Laboratoire national de métrologie et d'essais".
    "observatoire": ("research_institute", False),
    "observatorio": ("research_institute", False),
    "osservatorio": ("research_institute", False),
    "observatório": ("research_institute", False),
    "laboratoire": ("research_institute", False),
    "laboratorio": ("research_institute", False),
    "laboratório": ("research_institute", False),
    "consiglio": ("research_institute", False),
    "consejo": ("research_institute", False),
    "fondazione": ("foundation", False),
    "fundación": ("foundation", False),
    "fundação": ("foundation", False),
    "hôpital": ("hospital", False),
    "hospital": ("hospital", True),
    "ziekenhuis": ("hospital", False),
    # Dutch care groups of hospitals and nursing homes: "Zorggroep Noorderboog".
    "zorggroep": ("hospital", False),
    # Flemish care homes: "WZC Hof ter Kempen" (woonzorgcentrum).
    "wzc": ("hospital", False),
    "woonzorgcentrum": ("hospital", False),
    # Belgian hospitals: "AZ Sint-Lucas Gent" (algemeen ziekenhuis), "UZ Gent".
    "az": ("hospital", False),
    "uz": ("hospital", False),
    "inspectie": ("government", False),
    "agentschap": ("government", False),
    "government": ("government", True),
    "secretariat": ("government", True),
    "office": ("government", True),
    "stad": ("municipality", False),
    "institutes": ("research_institute", True),
    # Dutch regional public bodies named by their region: "GGD Hollands Midden",
    # "Veiligheidsregio Rotterdam-Rijnmond", "Omgevingsdienst Haaglanden".
    "ggd": ("government", False),
    "veiligheidsregio": ("government", False),
    "omgevingsdienst": ("government", False),
    "uniwersytet": ("university", False),
    "roc": ("school", False),
    "universitas": ("university", False),
    "universiti": ("university", False),
    "royal": ("", False),
    "hoogheemraadschap": ("government", False),
    "waterschap": ("government", False),
    "instituut": ("research_institute", True),
    "vereniging": ("association", False),
    # Dutch regulators and top sectors: "Autoriteit Persoonsgegevens", "Autoriteit
    # Consument & Markt", "Topsector Energie", "Topsector Water & Maritiem".
    "autoriteit": ("government", False),
    "topsector": ("alliance", False),
    # Co-operatives: "Coöperatie Noordelijke X" (the accent folds away when matched).
    "coöperatie": ("company", False),
    "association": ("association", True),
    # "Organisation for Research and Treatment of Cancer", "Organisation of European Cancer
    # Institutes".
    "organisation": ("association", True),
    "organization": ("association", True),
    "raad": ("government", True),
    "council": ("government", True),
    "fonds": ("funder", False),
    "rijksdienst": ("government", True),
    "agency": ("government", True),
    "ontwikkelingsmaatschappij": ("government", False),
    "centre": ("research_institute", True),
    "center": ("research_institute", True),
    "centrum": ("research_institute", True),
    "school": ("school", True),
    "state": ("government", True),
    # Official names of hospitals, universities and public bodies in other European languages,
    # kept whole ("Azienda Ospedale Università Padova", "Klinikum rechts der Isar",
    # "Universitetet i Bergen", "Högskolan i Borås", "Ministerio de Ciencia e Innovación").
    "azienda": ("hospital", False),
    "ospedale": ("hospital", False),
    "policlinico": ("hospital", False),
    "klinikum": ("hospital", False),
    "universitätsklinikum": ("umc", False),
    "universitätsspital": ("umc", False),
    "kantonsspital": ("hospital", False),
    "krankenhaus": ("hospital", False),
    "universitetet": ("university", False),
    "univerzita": ("university", False),
    "universitatea": ("university", False),
    "högskolan": ("university_of_applied_sciences", False),
    "høgskolen": ("university_of_applied_sciences", False),
    "centro": ("research_institute", True),
    "agenzia": ("government", False),
    "agencia": ("government", False),
    "ministero": ("ministry", False),
    "ministerio": ("ministry", False),
    "ministerium": ("ministry", False),
    "staatsministerium": ("ministry", False),
    "ministère": ("ministry", False),
    "bundesministerium": ("ministry", False),
    # Regional governments of other countries, named by their region: "Xunta de Galicia",
    # "Generalitat de Catalunya", "Junta de Andalucía", "Comunidad de Madrid", "Regione
    # Lombardia", "Bezirksregierung Köln", "Städteregion Aachen", "Landkreis Leer",
    # "Region Stockholm", "Embassy of Japan".
    "xunta": ("government", False),
    "generalitat": ("government", False),
    "junta": ("government", False),
    "comunidad": ("government", False),
    "regione": ("government", False),
    "bezirksregierung": ("government", False),
    "städteregion": ("government", False),
    "landkreis": ("government", False),
    "region": ("government", False),
    # Cross-border and Dutch regional bodies: "Euregio Rijn-Waal", "Regio Twente".
    "euregio": ("government", False),
    "regio": ("government", False),
    # Dutch networks named by their field and region: "Netwerk Acute Zorg Noord".
    "netwerk": ("alliance", False),
    # Port authorities: "Port of Antwerp-Bruges", "Port of Esbjerg", "Port of Gothenburg".
    "port": ("company", True),
    # The NHS bodies of a nation or region: "NHS England", "NHS Devon", "NHS Lothian".
    "nhs": ("government", False),
    "embassy": ("government", True),
}

# Health bodies named by regions joined by "and" after a prefix ("NHS Ayrshire and Arran"):
# ``rules._joined_places``.
REGION_NAMED_PREFIXES: frozenset[str] = frozenset({"NHS"})

# Prefix heads whose name is mostly used without them ("Hoogheemraadschap van Rijnland"
# is "Rijnland" in the next sentence): the rest of the name becomes a page alias.
REGION_PREFIX_HEADS: frozenset[str] = frozenset({"hoogheemraadschap", "waterschap"})

# Lower-case heads that belong to the name they introduce ("de gemeente Enschede", the
# Flemish "de stad Mechelen").
# "ministerie" and "state" need "van"/"of" after them ("the state of North Rhine-Westphalia").
LOWER_PREFIX_HEADS: dict[str, str] = {
    "gemeente": "municipality",
    "stad": "municipality",
    "provincie": "government",
    "ministerie": "ministry",
    "state": "government",
    "hoogheemraadschap": "government",
    "waterschap": "government",
}
# Spellings of one word inside names, for tying a page's forms of one organisation
# ("AZ St.-Lucas" in the headline is "AZ Sint-Lucas Gent" in the text).
NAME_WORD_SPELLINGS: dict[str, str] = {"St": "Sint", "Saint": "Sint", "Sankt": "Sint"}

LOWER_PREFIX_NEEDS_OF: frozenset[str] = frozenset({"ministerie", "state"})

# Words of an official name before its head ("Federal Ministry of ...", "Bavarian State
# Ministry of ...", "State Secretariat for ...", "Capital Region of ...", a German city
# state's "Senate Department for ..."): walked back over from the head.
OFFICIAL_MODIFIERS: frozenset[str] = frozenset(
    {"Federal", "State", "Royal", "Free", "Capital", "Senate"}
)

# Words besides a nationality that open the name of a country's own institute or school
# rather than a university's unit ("National Institute of Public Health").
NATIONAL_OPENERS: frozenset[str] = frozenset({"National", "Nationaal", "Nationale", "Federal"})

# Adjectives of regions that are part of the official name of their bodies ("Bavarian
# State Ministry", "Flemish Government"), unlike "German" in "German Federal Ministry".
REGIONAL_ADJECTIVES: frozenset[str] = frozenset(
    """Bavarian Flemish Walloon Scottish Welsh Catalan Basque Saxon Hessian Tyrolean
    Andalusian Galician Lombard Brussels Vlaamse Waalse Beierse Schotse""".split()
)

# English heads a nationality before them may belong to ("the Danish Ministry of ...", "the
# Norwegian Institute of Public Health"). Before a head in another language the
# nationality only describes: "the Spanish Ministerio de Ciencia", "de Duitse Hochschule X".
ENGLISH_PREFIX_HEADS: frozenset[str] = frozenset(
    """Ministry Agency Council Office Government Directorate Secretariat Embassy State Region
    Province Municipality City Institute Institutes Academy Centre Center Foundation
    Association University School Hospital Bank Port Fund Royal NHS""".split()
)

# Heads whose names list a portfolio joined by commas and "and" ("Ministerie van
# Onderwijs, Cultuur en Wetenschap", "Agentschap Zorg en Gezondheid").
PORTFOLIO_HEADS: frozenset[str] = frozenset(
    """ministry ministerie ministries agentschap agency inspectie secretariat office
    department departement bundesministerium ministerium staatsministerium""".split()
)
# Articles and determiners of other languages, capitalised where they open a sentence: no
# word of the name after them ("Das Bundesministerium für X", "La Universidad de X").
FOREIGN_ARTICLES: frozenset[str] = frozenset(
    """der die das dem des ein eine einer el la los las le les il lo gli una uno un
    o os as um uma det den ett en""".split()
)
# Heads a body's portfolio follows without a connector, in Dutch: "Agentschap Zorg en
# Gezondheid", "Agentschap Innoveren en Ondernemen" (an English "Agency Health" is no name).
BARE_PORTFOLIO_HEADS: frozenset[str] = frozenset({"agentschap"})
# Connectors between a compound body's head and its portfolio: "Adviesraad voor Innoveren en
# Ondernemen", "Raad voor Cultuur".
PORTFOLIO_CONNECTORS: frozenset[str] = frozenset({"voor", "for", "van", "of", "fur"})

# Endings of nationality adjectives ("Kenyan", "Japanese", "Japanse", "Finnish", "Israeli"):
# such a word before a ministry or government keeps it from being read as the Dutch body
# of that name ("the Kenyan Ministry of Education" is not the Dutch one).
NATIONALITY_ENDINGS: tuple[str, ...] = ("ian", "ean", "ese", "ish", "an", "ic", "i", "se", "ch")
# Adjectives of the country the gazetteer's national bodies belong to.
HOME_NATIONALITIES: frozenset[str] = frozenset({"Dutch", "Nederlandse", "Netherlands"})

# Nationality adjectives that belong to the name of a national body after them
# ("the Danish Ministry of Higher Education and Science").
# Endings of place names that the nationality endings above would take for adjectives
# ("Munich", "Zurich", "Norwich"; "Kazakhstan").
PLACE_ENDINGS: tuple[str, ...] = ("ich", "stan")
# Places whose names end like an adjective of nationality ("Milan", "Japan", "Helsinki").
PLACES_LIKE_NATIONALITIES: frozenset[str] = frozenset(
    """Milan Japan Iran Sudan Taiwan Oman Jordan Wuhan Hunan Sichuan Tehran Yerevan Michigan
    Manhattan Helsinki Delhi Nairobi Mumbai Shanghai Dubai Hanoi Brunei Malawi Mali Haiti
    Chennai Toulouse Syracuse""".split()
)
NATIONALITIES: frozenset[str] = frozenset(
    """Dutch Danish German Belgian Flemish Walloon French British Swedish Norwegian Finnish
    Icelandic Estonian Spanish Italian Portuguese Austrian Swiss Polish Czech Irish Luxembourg
    Scottish Welsh Nederlandse Vlaamse Duitse Belgische Deense Zweedse Noorse Finse""".split()
)

# Place words that may end a name after its head ("Long Alliantie Nederland",
# "Oncologienetwerk Midden-Nederland", "Techniek Nederland").
TRAILING_PLACES: frozenset[str] = frozenset(
    """nederland netherlands nl holland vlaanderen flanders belgie belgium belgique deutschland
    germany europe europa international internationaal brabant limburg gelderland overijssel
    friesland groningen drenthe zeeland utrecht zuid noord oost west midden""".split()
)

# Endings of one-word Dutch compound names that make them organisations
# ("Oncologienetwerk", "Gezondheidsraad", "Warmtebedrijf"); the word needs a place after
# it or must not open a sentence.
COMPOUND_HEADS: dict[str, str] = {
    "netwerk": "alliance",
    "ziekenhuis": "hospital",
    "gasthuis": "hospital",
    "fonds": "funder",
    "raad": "government",
    "vereniging": "association",
    "alliantie": "alliance",
    "instituut": "research_institute",
    "hogeschool": "university_of_applied_sciences",
    "bedrijf": "company",
    "maatschappij": "company",
    # German federal and state offices: "Bundeskartellamt", "Statistisches Bundesamt".
    "amt": "government",
    # Dutch public services: "de Belastingdienst", "de Immigratie- en Naturalisatiedienst".
    "dienst": "government",
    # Co-operatives: "Zuivelcoöperatie X", "Landbouwcoöperatie X".
    "cooperatie": "company",
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
    "onderzoekscentrum": "research_institute",
    "centre": "research_institute",
    "netwerk": "alliance",
    "network": "alliance",
    "organisation": "association",
    "organization": "association",
    "organisatie": "association",
    # Trades named before a company in news copy: "the Swiss cloud provider Infomaniak",
    # "drug maker X", "de netbeheerder Y", "software developer Z".
    "provider": "company",
    "operator": "company",
    "developer": "company",
    "maker": "company",
    "distributor": "company",
    "publisher": "company",
    "broadcaster": "company",
    "airline": "company",
    "consultancy": "company",
    "aanbieder": "company",
    "ontwikkelaar": "company",
    "netbeheerder": "company",
    # A port's, a utility's or a drug company's trade: "de Poolse havenbeheerder X",
    # "drugmaker Y", "the carmaker Z".
    "havenbeheerder": "company",
    "havenbeheerders": "company",
    "drugmaker": "company",
    "drugmakers": "company",
    "carmaker": "company",
    "automaker": "company",
    "steelmaker": "company",
    "shipbuilder": "company",
    "utility": "company",
    # Flemish inter-municipal companies: "de intercommunale Leiedal".
    "intercommunale": "government",
    "uitgever": "company",
    "uitgeverij": "company",
    "omroep": "company",
    # Roles of companies in business news: "its rival Thermalis", "investor Lakestar",
    # "seed breeder KWS UK", "ETH spinout X", "forestry group Holmen" (not after the words
    # in ``NON_COMPANY_GROUPS``: "the research group Quantum Optics").
    "group": "company",
    "rival": "company",
    "competitor": "company",
    "concurrent": "company",
    "investor": "company",
    "investeerder": "company",
    "breeder": "company",
    "spinout": "company",
    # Public bodies named after what they are: "the Italian agency ANVUR", "the quality
    # agency AQU Catalunya", "toezichthouder NZa", "the regulator Ofqual", "fonds X".
    "agency": "government",
    "agentschap": "government",
    "regulator": "government",
    "toezichthouder": "government",
    "watchdog": "government",
    "inspectorate": "government",
    "fund": "funder",
    "fonds": "funder",
    # Unions and associations: "vakbond ACV Puls", "the nurses' union Vårdförbundet", "the
    # trade association MedTech Europe", "de vereniging VSNU".
    "vakbond": "association",
    "union": "association",
    "association": "association",
    "federation": "association",
    "vereniging": "association",
}

# Words before "group" that make it people, not a company ("research group X", "working
# group Y", "the steering group Z").
NON_COMPANY_GROUPS: frozenset[str] = frozenset(
    """research working work study steering advisory expert focus user users interest
    reading project target patient patients control peer age pressure action lobby
    parliamentary political ethnic""".split()
)

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

# Plural heads that coordinate several names: "the Universities of Ghent and Bristol" is
# University of Ghent + University of Bristol. Per plural: the kind, then the forms tried
# against known names, the first one also the name of an unknown organisation.
COORDINATED_HEADS: dict[str, tuple[str, tuple[str, ...]]] = {
    "universities": (
        "university",
        ("University of {}", "{} University", "Universiteit {}", "Universiteit van {}"),
    ),
    "universiteiten": (
        "university",
        ("Universiteit {}", "Universiteit van {}", "University of {}", "{} University"),
    ),
    "hogescholen": ("university_of_applied_sciences", ("Hogeschool {}", "Hogeschool van {}")),
    "municipalities": ("municipality", ("Municipality of {}", "Gemeente {}")),
    "gemeenten": ("municipality", ("Gemeente {}", "Municipality of {}")),
    "gemeentes": ("municipality", ("Gemeente {}", "Municipality of {}")),
    "provinces": ("government", ("Province of {}", "Provincie {}")),
    "provincies": ("government", ("Provincie {}", "Province of {}")),
}

# Dutch plural heads that also list their names without "van": "de provincies Gelderland en
# Fryslân", "de gemeenten Leiden en Katwijk", "de universiteiten Gent en Leuven".
COORDINATED_BARE_HEADS: tuple[str, ...] = (
    "provincies",
    "gemeenten",
    "gemeentes",
    "universiteiten",
    "hogescholen",
)

# Heads after which a Dutch or Flemish hospital name goes on with a saint and a place
# ("Regionaal Ziekenhuis Heilig Hart Tienen", "Algemeen Ziekenhuis Sint-Jan Brugge").
OPEN_HEADS: frozenset[str] = frozenset({"ziekenhuis", "gasthuis", "kliniek"})

# Heads of the named parts of a university (institutes, laboratories, colleges, observatories,
# research schools): such a name next to its university ("ETH's Laboratory of X", "X Institute
# of Y University", "Y University, whose X Institute") is folded into it.
UNIT_HEADS: frozenset[str] = frozenset(
    """institute institutes instituut institut laboratory laboratories lab labs observatory
    sterrenwacht college school centre center centrum faculty faculteit department afdeling
    graduate onderzoeksschool""".split()
)
# Unit heads after a university's city that make the name a part of that university when
# the page names it ("Delft Hydraulic Engineering Laboratory", "Amsterdam School for
# Cultural Analysis"); not "centre" or "college", which also head hospitals and schools.
CITY_UNIT_HEADS: frozenset[str] = frozenset(
    """institute institutes instituut institut laboratory laboratories lab labs faculty
    faculteit department graduate onderzoeksschool school""".split()
)
# Dutch compounds ending in a unit head ("Onderzoeksinstituut", "Kenniscentrum").
UNIT_COMPOUND_ENDINGS: tuple[str, ...] = ("instituut", "centrum", "laboratorium", "school")

# Endings of Dutch compound nouns that introduce a name, with the kind they imply
# ("chemieconcern Umicore", "recyclagebedrijf Campine", "landbouworganisatie X",
# "zaadbedrijf KWS"). Plural forms introduce a list ("de woningcorporaties De Key en DUWO").
APPOSITIVE_COMPOUND_ENDINGS: dict[str, str] = {
    "bedrijf": "company",
    "bedrijfje": "company",
    "bedrijven": "company",
    "concern": "company",
    "fabrikant": "company",
    "fabrikanten": "company",
    "producent": "company",
    "producenten": "company",
    "verzekeraar": "company",
    "verzekeraars": "company",
    "leverancier": "company",
    "leveranciers": "company",
    "corporatie": "company",
    "corporaties": "company",
    "organisatie": "association",
    "organisaties": "association",
    "koepel": "association",
    "federatie": "association",
    "vereniging": "association",
    "bond": "association",
    "netwerk": "alliance",
    "bouwer": "company",
    "bouwers": "company",
    "bureau": "company",
    "uitgeverij": "company",
    # Investors and funders: "investeringsmaatschappij LRM", "innovatiefinancier
    # Innosuisse", "durfinvesteerder Fortino" (not "-fonds": "onderzoeksfonds Horizon
    # Europe" is a programme).
    "maatschappij": "company",
    "financier": "funder",
    "financiers": "funder",
    "investeerder": "company",
    "investeerders": "company",
}

# Plural nouns that introduce a list of names ("the companies Avebe and Cosun").
APPOSITIVE_PLURALS: dict[str, str] = {
    "companies": "company",
    "firms": "company",
    "insurers": "company",
    "banks": "company",
    "manufacturers": "company",
    "producers": "company",
    "suppliers": "company",
    "startups": "company",
    "organisations": "association",
    "organizations": "association",
    "bedrijven": "company",
    "verzekeraars": "company",
    "organisaties": "association",
}

# Short forms: a university or hospital named on the page is also called by the one word of
# its name that is not generic ("Oxford" for the University of Oxford, "Twente", "Exeter's
# rector"), or by an acronym that opens its name ("de HU" for HU University of Applied
# Sciences Utrecht). The kinds that are called so, and the generic words of their names.
SHORT_FORM_KINDS: frozenset[str] = frozenset(
    {"university", "university_of_applied_sciences", "umc", "hospital"}
)
SHORT_FORM_GENERIC_WORDS: frozenset[str] = frozenset(
    """university universities universiteit universität universitat université universite
    università universita universidad universidade uniwersytet univerzita universitet
    universiteti hogeschool hochschule college school institute institut instituut
    technology technological technische technical technik tecnologia technologie polytechnic
    politecnico politécnica politecnica polytechnique applied sciences science wetenschappen
    medical medisch medische center centre centrum hospital hospitals ziekenhuis ziekenhuizen
    gasthuis clinic kliniek umc mc az uz academic academisch academy state national royal
    free open public federal catholic katholieke vrije of van the de der des di degli del
    della dei do da für fur zu and en und et y e in at am an den""".split()
)

# Short forms of company names, as news uses them after (or in a headline before) the
# full name: "Kestrel Minerals plc" ... "Imperial and Kestrel signed", "Koninklijke Philips
# N.V." ... "Philips". The first proper word of a company's name of several words, after
# the words skipped here; never one of the stop words (generic or national words).
COMPANY_SHORT_FORM_KINDS: frozenset[str] = frozenset({"company"})
COMPANY_SHORT_FORM_SKIP: frozenset[str] = frozenset("""the de het royal koninklijke""".split())
COMPANY_SHORT_FORM_STOP: frozenset[str] = frozenset(
    """general national international european dutch german belgian british french
    american chinese first new nederlandse groep group port haven holding stichting bank
    university universiteit hogeschool""".split()
)
# Before a company's short form, these say it is a town ("in Kestrel", "te Zhenhai").
COMPANY_SHORT_FORM_PLACE_BEFORE: frozenset[str] = frozenset(
    """in at near from te uit naar nabij""".split()
)

# The last words of names that often join two places with "and" or "upon" (British health
# and public bodies): "Kent and Medway Medical School", "York and Scarborough Teaching
# Hospitals NHS Foundation Trust", "Newcastle upon Tyne Hospitals", "Cardiff and Vale
# University Health Board", "Brighton and Hove City Council". The place before the glue
# belongs to the name after it (``rules._joined_places``, ``rules._glued_runs``).
JOINED_PLACE_HEADS: frozenset[str] = frozenset(
    """trust board school hospital hospitals council authority""".split()
)
# The words before a pair that make "and" the pair's.
PAIR_OPENERS: frozenset[str] = frozenset({"between", "tussen"})

# Heads of names that go on with their seat after "in": "British Embassy in The Hague",
# "Embassy of the Kingdom of the Netherlands in Canberra", "Nederlandse ambassade in Berlijn".
SEATED_HEADS: frozenset[str] = frozenset("""embassy ambassade consulate consulaat""".split())

# Heads of names that go on with their seat after "in" (``mentions._with_named_seat``): a
# name opening with "Royal" and its country ("Royal College of Surgeons in Ireland"), and a
# country's institute abroad (``ABROAD_SEAT_HEADS``, a country or nationality in the name)
# with its city ("Royal Netherlands Institute in Rome", "German Historical Institute in
# London").
NAMED_SEAT_HEADS: frozenset[str] = frozenset(
    """college academy university society institute school""".split()
)
ABROAD_SEAT_HEADS: frozenset[str] = frozenset("""institute academy school""".split())

# Heads of official names in Romance languages that go on with their seat after "de"/"di"
# (``ROMANCE_SEAT_CONNECTORS``): a known "Institut Pasteur" followed by "de Dakar" names
# another institute of that network ("Institut Pasteur de Tunis", "Istituto Nazionale X di
# Milano"); ``mentions._seat_extends``.
ROMANCE_SEAT_HEADS: frozenset[str] = frozenset(
    """institut instituto istituto université universidad università universidade
    hôpital école escuela escola politecnico""".split()
)
ROMANCE_SEAT_CONNECTORS: frozenset[str] = frozenset("""de di du del da do""".split())

# Adjectives of a place or country that describe a name rather than begin it
# (``mentions._without_describing_adjective``): a Dutch adjective of a place before a
# company with a legal form or a hospital ("de Delftse Fermentum B.V.", "het Roeselaarse
# AZ Delta", "het Duitse Laborverbund Ems-Vechte GmbH"). These begin official names and stay
# (also Norwegian "Helse", health, which ends like them: "Helse Bergen HF"):
NAME_OPENING_ADJECTIVES: frozenset[str] = frozenset(
    """Nederlandse Vlaamse Koninklijke Katholieke Vrije Algemene Academische Belgische
    Europese Internationale Nationale Federale Openbare Christelijke Protestantse
    Helse""".split()
)
# Modifiers between a nationality and a national body: "the German Federal Ministry of
# Education" is Germany's, never the Dutch ministry the gazetteer knows by the rest.
NATIONAL_MODIFIERS: frozenset[str] = frozenset(
    """Federal State National Royal Central Bundes""".split()
)

# Possessors inside English names of hospitals, trusts, schools and funds: "Sheffield
# Children's NHS Foundation Trust", "Royal Brisbane and Women's Hospital", "St Mary's
# Hospital", "Wilhelmina Children's Hospital Fund" (``mentions._possessive_names``).
NAME_POSSESSORS: tuple[str, ...] = tuple(
    """Children Women Men People Mary Marys Guy Thomas John George James Peter Paul Luke
    Mark Michael Patrick Bartholomew Vincent Joseph Catherine Elizabeth Margaret Anne Helen
    Andrew David Stephen Columba Brigid Queen King Martin Jude Christopher Francis""".split()
)

# Dutch adjectives that open the name of a fund, network or platform the rules found after
# them: "Nationaal Ouderenfonds", "Regionaal Kennisnetwerk West-Brabant"
# (``mentions._with_opening_adjective``).
DUTCH_OPENING_ADJECTIVES: frozenset[str] = frozenset(
    """Nationaal Nationale Regionaal Regionale Landelijk Landelijke Provinciaal Provinciale
    Stedelijk Stedelijke Gemeentelijk Gemeentelijke Algemeen Algemene Koninklijk Koninklijke
    Academisch Academische Openbaar Openbare""".split()
)

# The country the gazetteer's national bodies belong to, as written before a possessive
# ("the Netherlands' Ministry of Finance"). A national body after any other place's possessive
# ("Kenya's Ministry of Health") is a foreign body of its own, never the Dutch one.
HOME_PLACES: frozenset[str] = frozenset(
    {"Netherlands", "Nederland", "Holland", "NL", "Kingdom", "Koninkrijk", "Dutch"}
)

# The nouns a university's or hospital's own site uses for itself ("the university", "de
# universiteit", "het ziekenhuis"), by the kind of the site's owner.
# What a site's name says after its owner's name ("Newcastle University Press Office",
# "UMC Utrecht – Nieuws"), as regular expressions matched case-blind at the end.
SITE_NAME_TAILS: tuple[str, ...] = (
    r"press\s+office",
    r"press\s+releases?",
    r"press",
    r"news(?:room)?",
    r"nieuws(?:kamer)?",
    r"pers(?:berichten)?",
    r"media",
    r"blog",
)

OWNER_NOUNS: dict[str, tuple[str, ...]] = {
    "university": ("university", "universiteit", "University", "Universiteit"),
    "university_of_applied_sciences": ("university of applied sciences", "hogeschool"),
    "umc": ("umc", "UMC", "medical centre", "medical center", "hospital", "ziekenhuis"),
    "hospital": ("hospital", "ziekenhuis"),
}

# Heads written in lower case after the name in Central European and Nordic official names
# ("Masarykova univerzita", "Lunds universitet", "Helsingin yliopisto", "Tartu ülikool").
LOWER_SUFFIX_HEADS: dict[str, str] = {
    "univerzita": "university",
    "universitet": "university",
    "universitetet": "university",
    "yliopisto": "university",
    "egyetem": "university",
    "ülikool": "university",
    "universitāte": "university",
    "universitetas": "university",
    "sveučilište": "university",
    "univerza": "university",
    "högskola": "university_of_applied_sciences",
}

# Nouns before a lower-case brand name that make it a company ("ETH spinout kelvyn",
# "Gentse spin-off qubiome", "the start-up nuvi"); compound endings of Dutch company
# nouns count too (``APPOSITIVE_COMPOUND_ENDINGS``: "biotechbedrijf qubiome").
# Young companies ("spinout", "start-up"): before a brand name, in both lists below.
START_UP_NOUNS: tuple[str, ...] = (
    "spinout",
    "spin-out",
    "spin-off",
    "spinoff",
    "startup",
    "start-up",
    "scale-up",
    "scaleup",
)
BRAND_NOUNS: tuple[str, ...] = (
    *START_UP_NOUNS,
    "company",
    "firm",
    "maker",
    "developer",
    "group",
    "rival",
)

# Lower-case brand names the page introduces (``mentions._learn_introduced_brands``): in an
# apposition with a company noun ("cardiolink, a young company from Leuven", "kwanta, a
# Bristol-based start-up") or right after one of these nouns ("start-up nuaMed", "spinout
# kelvyn") or a Dutch compound ending in a company or organisation noun ("sectorfederatie
# essenscia", "biotechbedrijf qubiome").
INTRODUCING_NOUNS: tuple[str, ...] = START_UP_NOUNS
APPOSED_BRAND_NOUNS: tuple[str, ...] = (
    "company",
    "firm",
    "start-up",
    "startup",
    "spin-out",
    "spinout",
    "spin-off",
    "spinoff",
    "scale-up",
    "scaleup",
    "bedrijf",
    "onderneming",
)

# First words of a government department's portfolio after "Department of" or the Flemish
# "Departement" ("Department of Health and Social Care", "Department of Foreign Affairs and
# Trade", "Departement Zorg"); a department "of" anything else is a university's ("Department
# of Physics"). After "Department for" (a British form) any portfolio word counts.
GOVERNMENT_PORTFOLIOS: frozenset[str] = frozenset(
    """health education further higher foreign justice defence defense finance agriculture
    transport economy environment employment social housing communities trade business work
    culture home treasury infrastructure enterprise children rural tourism energy labor
    labour veterans commerce interior
    zorg mobiliteit onderwijs economie omgeving landbouw cultuur werk financien kanselarij
    welzijn buitenlandse""".split()
)

# Heads that end a one-word compound name and open the names of bodies of their kind
# ("Rijksmuseum" + "Twenthe", "Stadsarchief" + "Breda"): a capitalised word after a known
# such name is another body's own name (``mentions._with_own_name``).
OWN_NAME_COMPOUND_HEADS: frozenset[str] = frozenset({"museum", "archief", "archiv"})

# Fields only a university's department lists ("Department of Arts and Humanities",
# "Department of Science and Technology Studies"): a department "of" a listed portfolio
# that holds one is no government's (``rules._listed_portfolio``).
ACADEMIC_ONLY_FIELDS: frozenset[str] = frozenset(
    """sciences studies engineering medicine arts humanities economics wetenschappen
    mathematics physics chemistry biology""".split()
)

# Names made of one word and the country or region the body serves, in no list and with no
# head word: sector and umbrella associations ("Universities UK", "Universities Scotland",
# "Zorgverzekeraars Nederland", "Techniek Nederland", "MedTech Europe") and national
# development, trade and statistics agencies ("Enterprise Ireland", "Invest Northern
# Ireland", "Innovate UK", "Research England", "Business Finland", "Statistics Norway").
# The word opens the name; the place is one of ``COUNTRY_NAMES`` or
# ``NATIONAL_BODY_PLACES`` (``rules._national_body_candidates``).
NATIONAL_BODY_WORDS: dict[str, str] = {
    "universities": "association",
    "universiteiten": "association",
    "colleges": "association",
    "hogescholen": "association",
    "zorgverzekeraars": "association",
    "patiëntenfederatie": "association",
    "techniek": "association",
    "bouwend": "association",
    "netbeheer": "association",
    "medtech": "association",
    "science": "association",
    "enterprise": "government",
    "invest": "government",
    "innovate": "government",
    "innovation": "government",
    "business": "government",
    "research": "government",
    "tourism": "government",
    "statistics": "government",
    "education": "government",
    "health": "government",
    "sport": "government",
}

# Places such a name may end in beyond the countries: the short forms ("UK", "NI", "NL") and
# the parts of a country with bodies of their own.
NATIONAL_BODY_PLACES: frozenset[str] = frozenset(
    """uk ni nl vlaanderen flanders wallonie wallonia""".split()
)

# Words that open a two-word place after such a word: "Invest Northern Ireland".
NATIONAL_BODY_PLACE_OPENERS: frozenset[str] = frozenset({"Northern", "New", "South"})

# Lower-case Dutch hospital heads after a one-word brand and an article, as regional news
# writes them: "het Elkerliek ziekenhuis", "het Helmondse Elkerliek ziekenhuis"
# (``rules._lower_hospital_candidates``).
LOWER_HOSPITAL_HEADS: tuple[str, ...] = ("ziekenhuis", "gasthuis")

# Compound heads after which one name follows as part of the organisation's name (a region
# or a brand): "Ziekenhuisnetwerk Noordzee", "Ziekenhuisnetwerk Kempen-Hageland",
# "Maasziekenhuis Pantein", and a hogeschool's city: "Erasmushogeschool Brussel"
# (``rules._compound_name_end``).
NAMED_COMPOUND_HEADS: frozenset[str] = frozenset(
    {"netwerk", "ziekenhuis", "gasthuis", "hogeschool", "cooperatie"}
)

# Nouns that introduce a company as another's part ("its Dutch subsidiary, Veltrix
# Manufacturing BV", "Petronas Research Sdn Bhd, the oil company's research arm", "haar
# dochterbedrijf X"): the first word of its name then names the parent, not it
# (``mentions._learn_short_forms``).
SUBSIDIARY_NOUNS: tuple[str, ...] = (
    "subsidiary",
    "subsidiaries",
    "research arm",
    "arm of",
    "division of",
    "daughter company",
    "dochteronderneming",
    "dochterbedrijf",
    "dochtermaatschappij",
    "Tochtergesellschaft",
    "Tochterunternehmen",
)

# Dutch compounds that name a public budget, not a body ("uit het Nationaal Groeifonds",
# "het Regionaal Investeringsfonds mbo", "het Klimaatfonds"): no organisation as a compound
# of their own; "Stichting Noordelijk Innovatiefonds", a foundation, is found by its head.
BUDGET_COMPOUNDS: frozenset[str] = frozenset(
    """groeifonds investeringsfonds transitiefonds klimaatfonds infrastructuurfonds
    mobiliteitsfonds gemeentefonds provinciefonds herstelfonds innovatiefonds""".split()
)

# Heads of official French, Italian, Spanish and Portuguese names written in sentence case,
# lower-case words inside ("École nationale des ponts et chaussées", "Istituto nazionale di
# fisica nucleare", "Muséum national d'Histoire naturelle", "Centre hospitalier de X"), with
# the kind they imply: ``rules._sentence_case_candidates``. The name goes on after the head
# with the link words and adjectives below, never with an English or Dutch word.
SENTENCE_CASE_HEADS: dict[str, str] = {
    "école": "university",
    "escuela": "university",
    "escola": "university",
    "université": "university",
    "università": "university",
    "universidad": "university",
    "universidade": "university",
    "politecnico": "university",
    "conservatoire": "university",
    "institut": "research_institute",
    "instituto": "research_institute",
    "istituto": "research_institute",
    "centre": "research_institute",
    "centro": "research_institute",
    "laboratoire": "research_institute",
    "observatoire": "research_institute",
    "consiglio": "research_institute",
    "consejo": "research_institute",
    "conseil": "government",
    "muséum": "foundation",
    "museo": "foundation",
    "museu": "foundation",
    "fondation": "foundation",
    "fondazione": "foundation",
    "fundación": "foundation",
    "fundação": "foundation",
    "hôpital": "hospital",
    "ospedale": "hospital",
    "agence": "government",
    "agenzia": "government",
    "agencia": "government",
    "ministère": "ministry",
    "ministero": "ministry",
    "ministerio": "ministry",
    "réseau": "alliance",
    "fédération": "association",
    "federazione": "association",
    "federación": "association",
}
# Link words of those names: articles and prepositions, and "and" ("et", "e", "y"); the
# elided "d'"/"l'" are ``ELIDED_CONNECTORS``. No Dutch or English word ("en", "a", "i").
SENTENCE_CASE_LINKS: frozenset[str] = frozenset(
    """de des du la le les di del della delle dei degli dello da do dos das et e y per pour
    para pela pelo sur al alla los las el lo""".split()
)
# Endings of the Romance adjectives inside those names ("nationale", "supérieure",
# "hospitalier", "médicale", "nucleare", "politécnica", "chaussées"); a word of five
# letters or more with one of them goes on a name where a plain word does not.
SENTENCE_CASE_ADJECTIVE_ENDINGS: tuple[str, ...] = tuple(
    """ale ali al ales aux ique iques ieure ieur ier iers ière aire aires ico ica ici iche are
    ari aria ario elle elles ée ées ano ana ena ina ino ais aise eo ea ienne iens ata ati ato
    ada ado""".split()
)
