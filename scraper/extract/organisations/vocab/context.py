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
    r"research\s+center|onderzoekscentrum|kennisinstituut|kennisinstelling|umbrella\s+body"
)
