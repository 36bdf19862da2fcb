"""Cues for the date of an agreement record (``scraper.extract.agreements.dating``): which
date in or around a sentence is the agreement's, and which belongs to another event.

Patterns as strings, compiled once by their user.
"""

# Right before a date that tells when the news was announced, not when the agreement was
# made ("the two partners announced on Wednesday", "maakte woensdag bekend"): used with
# search() on the text before the date.
ANNOUNCED_BEFORE = (
    r"\b(?:announced|said|confirmed|reported|maakten?\s+(?:\S+\s+)?bekend|lieten?\s+weten|"
    r"zeiden|meldden?)\s+(?:(?:on|in|op)\s+)?$"
)

# Right before the date on which an ending takes effect ("would leave the alliance on",
# "de opleiding stopt definitief op", "De opschorting gaat in op", "ends on"), or took
# effect, told in the past ("the agreement expired on", "de overeenkomst liep af op"): a
# termination takes the date it ends. Used with search() on the text before the date.
ENDS_ON_BEFORE = (
    r"\b(?:leaves?|left|ends?|ended|ending|expires?|expired|stops?|stopped|ceases?|ceased|"
    r"takes?\s+effect|took\s+effect|effective|stopt|stopte|stopten|stoppen|eindigt|eindigde|"
    r"eindigden|eindigen|(?:loopt|liep|liepen)\s+af|gaat\s+in|gaan\s+in|ging\s+in|ingaat|"
    r"vervalt|verviel|verliep|verlaat|verlaten|verliet)"
    r"(?:\s+\S+){0,6}?\s+(?:on|op|per|from|vanaf|as\s+of|in)\s+$|"
    # The day it takes effect, however the ending was worded: "voted on Wednesday to
    # terminate the agreement with effect from 30 June", "effective 1 July", "met ingang
    # van 1 september".
    r"\b(?:with\s+effect\s+(?:from|on)|effective(?:\s+(?:from|on|as\s+of))?|"
    r"met\s+ingang\s+van)\s+$"
)

# Dutch puts the verb of an ending last: "wordt per 1 januari 2027 ontbonden", "wordt met
# ingang van 1 september opgeheven", "stopt op 31 augustus". The words right before the
# date (used with search(), anchored at their end) and right after it (used with match()).
ENDS_ON_LEAD = r"\b(?:per|met\s+ingang\s+van|vanaf|op|from|wordt|worden)\s+$"
ENDS_ON_VERB_AFTER = (
    r"\s*(?:\S+\s+){0,3}?(?:ontbonden|beëindigd|beeindigd|opgeheven|stopgezet|opgeschort|"
    r"opgezegd|afgeschaft|gesplitst|ontvlecht|beëindigen|ontbinden|opheffen|stopzetten|"
    r"(?:loopt|lopen)\s+(?:\S+\s+){0,2}?af|"
    # The particle of a split verb closing the clause: "de overeenkomst loopt op 31 augustus
    # 2028 af" (ENDS_ON_LEAD's "op" before the date).
    r"af(?=\s*(?:[.;,]|$))|"
    # A programme that takes no one in: "Vanaf 1 september 2027 worden er geen nieuwe
    # studenten meer toegelaten", "From September 2027 no new students will be admitted".
    r"(?:geen|no|niet\s+meer|no\s+longer)\s+(?:\S+\s+){0,4}?(?:toegelaten|ingeschreven|"
    r"aangenomen|admitted|enrolled|accepted))\b"
)

# Right before a date that ends the term an agreement runs for ("extending it to 2031",
# "tot 2030 verlengd", "until 2030", "through 2028"): the term's end, not the signing.
# Used with search() on the text before the date.
TERM_END_BEFORE = (
    r"\b(?:(?:extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|run(?:s|ning)?|runs?\s+on|it|them)\s+"
    r"(?:\S+\s+){0,3}?(?:to|until|till|through)|until|till|through|tot\s+en\s+met|t/m|tot)\s+"
    # "until the end of 2029": the date's text may hold "end of", its article stays out.
    r"(?:the\s+|het\s+)?(?:(?:the\s+end\s+of|eind|einde|het\s+einde\s+van|end)\s+)?$"
)

# A signing, renewal or deal told in the past without a day of its own ("The memoranda
# were signed between ...", "sealed memoranda with", "ondertekende bij die gelegenheid",
# "put their signatures to"): on a page that told the day of the occasion before, that day.
OCCASION_SIGNED = (
    # Not a finding: "a study concluded that ..." concludes no deal.
    r"\b(?:signed|sealed|concluded(?!\s+that\b)|renewed|extended|put\s+their\s+signatures?|"
    r"ondertekend[e]?|ondertekenden|getekend|tekende|tekenden|gesloten|sloot|sloten|"
    r"verlengd|verlengden|verlengde|handtekening(?:en)?)\b"
)

# A deal told as apart from the occasion told before ("Separately, A and B each signed a
# letter of intent", "Los daarvan sloot de universiteit ...", "A sloot daarnaast aparte
# overeenkomsten met B en C"): not signed that day; dated by the news, like any signing
# reported as news. Used with search() on the sentence.
SEPARATE_OCCASION = (
    r"\b(?:separately|in\s+a\s+separate\s+(?:step|move|deal|agreement|announcement|ceremony)|"
    r"apart\s+from\s+(?:that|this)|daarnaast|los\s+daarvan|daar\s+los\s+van|"
    r"apart\s+daarvan|onafhankelijk\s+daarvan|"
    # Apart from a named tie: "Los van het convenant sloten A en B ...", "Apart from the
    # covenant, A signed ...", "Independently of the framework deal, ...".
    r"los\s+van\s+(?:het|de|dit|dat|deze|die)\s+\w+|"
    r"(?:apart\s+from|independently\s+of|separate\s+from)\s+(?:the|this|that|its|their)\s+\w+)\b"
)

# A signing told as before the news ("had signed", "hadden ... getekend"): an older event.
PLUPERFECT = (
    r"\b(?:had|hadden|had\s+been)\s+(?:\S+\s+){0,8}?(?:signed|getekend|ondertekend|gesloten)\b"
)


# A later sentence telling the act itself with its day, beyond the words of ``DECISION``:
# "De bestuurders zetten afgelopen vrijdag hun handtekening", "was formalised on 16 April".
ACT_TOLD = (
    r"\b(?:(?:zett?en|zette)\s+(?:\S+\s+){0,6}?(?:hun|zijn|haar|de)\s+handtekening(?:en)?|"
    r"put\s+(?:\S+\s+){0,3}?(?:their|his|her|its)\s+signatures?|"
    # The same act in the passive: "De handtekeningen werden woensdag gezet", "The
    # signatures were put to paper on Monday".
    r"handtekening(?:en)?\s+(?:werd|werden|is|zijn)\s+(?:\S+\s+){0,6}?gezet|"
    r"signatures\s+were\s+(?:\S+\s+){0,4}?(?:put|added|affixed)|"
    r"(?:was|were|werd|werden)\s+(?:\S+\s+){0,3}?(?:formalised|formalized|geformaliseerd|"
    r"bezegeld|sealed|inked|incorporated|registered|opgericht|ingeschreven|"
    # A joining told apart: "was accepted as the alliance's ninth member on 14 October".
    r"accepted\s+as|admitted\s+(?:as|to)|toegelaten|als\s+lid\s+aanvaard|"
    # A company's founding told apart: "was entered in the commercial register on 2 February".
    r"entered\s+in(?:to)?\s+the\s+(?:\w+\s+)?register)|"
    # The signing told as an event: "De ondertekening vond dinsdag plaats", "The signing
    # (ceremony) took place on Monday", "the signing was held in Ghent on Friday".
    r"(?:ondertekening|signing(?:\s+ceremony)?)\s+(?:\S+\s+){0,2}?(?:vond|vindt|took|"
    r"was\s+held))\b"
)

# A later sentence about the body the partners made, named there ("The new company,
# CatalyX Ltd, was incorporated last month", "De nieuwe vennootschap, ReMetal Kempen, ..."):
# its name is no other organisation that moves the text on. Used with search().
NEW_BODY = (
    r"^\W*(?:the|de|het)\s+(?:new\s+|nieuwe\s+|joint\s+|gezamenlijke\s+)?(?:company|firm|"
    r"venture|joint\s+venture|entity|business|vennootschap|bedrijf|onderneming|joint\s+venture)\b"
)

# A later sentence about the deed that founds the body ("The deed establishing the company,
# X Ltd, was signed on Thursday", "De oprichtingsakte van X BV werd woensdag getekend"): the
# name it holds is the new body, not another organisation that moves the text on. Used with
# search().
FOUNDING_DEED = (
    r"^\W*(?:the|de|het)\s+(?:notarial\s+|notariële\s+)?(?:deed|akte|oprichtingsakte|"
    r"articles\s+of\s+(?:association|incorporation)|statuten)\b"
)

# A month relative to the news ("last month", "vorige maand"): when a later sentence tells
# the act in it, the act's date.
RELATIVE_MONTH = r"^(?:last|vorige|afgelopen)\s+(?:month|maand)$"


# An earlier tie told in a sentence of its own, beside the news of its renewal or
# successor: "De eerste overeenkomst dateert van 2019.", "Het eerste zorgpact werd in 2022
# gesloten.", "The original agreement was signed in 2016." (a first, original or previous
# tie noun), or the tie a new one extends or replaces, with its year: "die het akkoord uit
# 2016 verlengt", "replaces the agreements from 2018". The noun names the type
# (``triggers.ORIGIN_NOUN_TYPES``). Used with search() on the sentence.
EARLIER_TIE = (
    r"\b(?:de|het|the|their|hun|its|haar)\s+(?:eerste|first|original|oorspronkelijke|"
    r"vorige|previous|earlier|eerdere|oude|old)\s+(?:[\w-]+\s+)?(?P<noun>\w*(?:overeenkomst|"
    r"akkoord|convenant|contract|pact|agreement|covenant|partnership|partnerschap|samenwerking|"
    r"alliantie|alliance|memorand|afspraken)\w*)\b"
)
EARLIER_TIE_FROM = (
    r"\b(?:verleng\w*|vervang\w*|vernieuw\w*|extend\w*|replac\w*|renew\w*|succeed\w*|"
    r"opvolg\w*)\b(?:\s+\S+){0,4}?\s+(?P<noun>\w*(?:overeenkomst|akkoord|convenant|contract|"
    r"pact|agreement|covenant|partnership|partnerschap|memorand)\w*)\s+(?:uit|van|from|of)\s+$"
)
EARLIER_TIE_FROM_AFTER = (
    r"\b(?:de|het|the)\s+(?P<noun>\w*(?:overeenkomst|akkoord|convenant|contract|pact|agreement|"
    r"covenant|partnership|partnerschap|memorand|afspraken)\w*)\s+(?:uit|van|from|of)\s+$"
)
EARLIER_TIE_VERB_AFTER = (
    r"\s+(?:\S+\s+){0,3}?(?:verleng\w*|vervang\w*|vernieuw\w*|uitbreid\w*|extend\w*|"
    r"replac\w*|renew\w*)\b"
)

# A later sentence telling when a planned tie is to start or be signed: a date after the
# news, led by a preposition of time ("de ondertekening volgt op 2 maart", "Vanaf 1 januari
# 2027 kan het ziekenhuis ...", "moet de fusie op 1 januari 2028 een feit zijn", "expects
# the work to begin in September"), in a sentence that looks ahead (PLANNED_AHEAD).
PLANNED_LEAD = r"\b(?:vanaf|from|per|met\s+ingang\s+van|starting|as\s+of|op|in|on|by|tegen)\s+$"
PLANNED_AHEAD = (
    r"\b(?:volgt|volgen|moet|moeten|zal|zullen|will|expects?|expected|is\s+to|are\s+to|gaat|"
    r"gaan|kan|kunnen|begin\w*|start\w*|een\s+feit|takes?\s+effect|ingaat|gaat\s+in|vanaf)\b"
)
# In such a later sentence, a tie already made ("the first projects under the renewed
# agreement start in September"): the start is that tie's, not the plan's.
DONE_TIE = (
    r"\b(?:renewed|extended|signed|existing|current|verlengde|vernieuwde|ondertekende|"
    r"bestaande|huidige)\s+(?:[\w-]+\s+)?(?:agreements?|contracts?|partnerships?|memorand\w*|"
    r"covenants?|\w*overeenkomst\w*|\w*akkoord\w*|convenant\w*|partnerschap\w*)\b"
)

# The current period ("dit jaar", "this year", "deze maand"): in a sentence about an
# ongoing tie it tells when something else happened ("kreeg dit jaar minder aanmeldingen"),
# not when the tie began. Used with match() on a date's text.
CURRENT_PERIOD = r"(?:this|dit|deze|het\s+huidige|the\s+current)\s+(?:year|jaar|month|maand|week)$"

# A join told in the present, as news: "Nieuw is dat ook imec zich bij het partnerschap
# aansluit", "X sluit zich aan bij G", "X treedt toe tot G", "X wordt partner van G",
# "X becomes a member of G", "G welcomes X as its newest member". Without a cue of its
# own such a sentence reads as a standing tie; it is the news of a joining. Used with
# search() on the sentence.
JOIN_NOW = (
    r"\b(?:sluit(?:en)?\s+zich\s+(?:\S+\s+){0,8}?aan|zich\s+(?:\S+\s+){0,8}?aansluit(?:en)?|"
    r"(?:treedt|treden)\s+(?:\S+\s+){0,6}?toe|toetreedt|toetreden|"
    r"(?:partner|lid|deelnemer)\s+(?:wordt|worden)|"
    r"(?:wordt|worden)\s+(?:\S+\s+){0,3}?(?:partner|lid|deelnemer)\s+(?:van|bij|in)|"
    r"(?:becomes|become)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:member|partner)\s+(?:of|in)|"
    r"welcomes\s+(?:\S+\s+){1,8}?as\s+(?:a\s+|an\s+|its\s+)?(?:\w+\s+)?(?:member|partner)|"
    # "X has been admitted to G", "X is als lid toegelaten tot G".
    r"(?:has|have)\s+been\s+(?:admitted|accepted)\s+(?:to|into|as)|"
    r"(?:is|zijn)\s+(?:\S+\s+){0,3}?toegelaten\s+(?:tot|als|in))\b"
)

# A year that is one end of a range ("for the period 2026-2030", "voor 2026–2031", "from
# 2026 to 2030"): in a signing or renewal it tells the term, not the day of the act. Right
# after the first year (match()) and right before the second (search(), anchored at its end).
RANGE_AFTER = r"\s*(?:[-–—/]|to|until|tot(?:\s+en\s+met)?|t/m)\s*(?:\d{4}|\d\d)\b"
RANGE_BEFORE = r"\b\d{4}\s*(?:[-–—/]|to|until|tot(?:\s+en\s+met)?|t/m)\s*$"

# A founding told in an aside right after an organisation's name, up to the date it gives
# ("Medivora, founded in 2019 as a spin-off", "X (established in 1969)", "Y – opgericht in
# 1931 –"): the date of that organisation, not of a tie it is a party to. From the aside's
# opening mark to the date (search(), anchored at its end).
FOUNDED_ASIDE = (
    r"(?:,|\(|\s[–—])\s*(?:(?:which|that)\s+was\s+)?(?:founded|established|set\s+up|"
    r"incorporated|opgericht|gesticht|gegründet)(?:\s+[^\s,;:()]+){0,3}?\s+(?:in|on|op|im)\s+$"
)

# A since-date that dates a suspension, a state that began then ("has suspended its exchange
# agreement with B since March", "on hold since May"; Dutch: "ligt sinds maandag stil", "is
# sinds maart opgeschort"): the day the tie stopped, not the start of the tie (as in "ends
# the degree it has offered since 2014"). Before the date (search() on the words before
# it, anchored at their end): a verb of suspension, with nothing between that opens another
# clause (a comma, a relative pronoun, a subject with its verb). After it (match()): the
# Dutch participle or particle of a suspension.
SUSPENDED_SINCE_BEFORE = (
    r"\b(?:suspended|halted|paused|frozen|on\s+hold|opgeschort|stilgelegd|bevroren)\b"
    r"(?:(?!\b(?:that|which|who|it|they|has|have|had|die|dat|ze|zij|heeft|hebben|waar)\b)"
    r"[^,;:.]){0,80}?\b(?:since|sinds|sedert)\s+$"
)
SUSPENDED_SINCE_AFTER = (
    r"\s*(?:\S+\s+){0,2}?(?:stil|opgeschort|stilgelegd|bevroren|on\s+hold|in\s+de\s+wacht)\b"
)

# An approval of a tie, not the tie's making ("Its membership was approved by the general
# assembly last month", "De raad van bestuur keurde de toetreding goed"): beside a mention
# that tells the tie to start after the news ("will join on 1 January 2027"), the tie is
# that plan. Used with search().
APPROVED = (
    r"\b(?:approved|approval|endorsed|ratified|goedgekeurd|goedkeuring|keurde\w*\s+(?:\S+\s+)"
    r"{0,6}?goed|ingestemd|stemde\w*\s+(?:\S+\s+){0,6}?in)\b"
)

# A signing told as a noun, done ("Met de ondertekening van de raamovereenkomst krijgen
# studenten vanaf september 2027 ...", "With the signing of the agreement, students will
# ..."): like a signing told in the past, a date after the news in its sentence is what the
# agreement brings, not the signing. Used with search().
SIGNING_DONE_NOUN = (
    r"\b(?:met|na|with|after|following)\s+(?:de|het|the)\s+(?:ondertekening|signing|"
    r"signature)\s+(?:van|of)\b"
)

# The making of a tie told by its date inside the noun phrase of a tie that is renewed or
# ended in the same sentence (``lifecycle.with_original``). A year right before the noun,
# after a determiner: "the 2018 agreement", "their 2019 research agreement", "het convenant
# uit 2018" (the last with ORIGINAL_NOUN_FROM).
ORIGINAL_YEAR_BEFORE_NOUN = r"\b(?:the|their|its|his|her|de|het|hun|haar|zijn)\s+$"
ORIGINAL_NOUN_AFTER_YEAR = (
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?P<noun>\w*(?:agreements?|memorand(?:um|a|ums)|mous?|"
    r"contracts?|covenants?|pacts?|partnerships?|alliances?|deals?|collaborations?|cooperation|"
    r"co-operation|overeenkomst\w*|akkoord\w*|convenant\w*|partnerschap\w*|samenwerking\w*|"
    r"allianties?|afspraken|intentieverklaring\w*))\b"
)
# The noun, then "from"/"of"/"uit"/"van" right before the year: "their memorandum of
# understanding from 2020", "de overeenkomst uit 2018".
ORIGINAL_NOUN_FROM = (
    r"\b(?P<noun>\w*(?:agreements?|memorand(?:um|a|ums)(?:\s+of\s+understanding)?|mous?|"
    r"contracts?|covenants?|pacts?|partnerships?|alliances?|deals?|overeenkomst\w*|akkoord\w*|"
    r"convenant\w*|partnerschap\w*|samenwerking\w*|allianties?|afspraken|"
    r"intentieverklaring\w*))\s+(?:from|of|uit|van|dating\s+from)\s+$"
)
# A verb of making right before the date ("the agreement it signed with B in 2018", "they
# concluded in 2019"), with no clause break between, or, in Dutch, right after it ("dat A en
# B in 2018 sloten").
ORIGINAL_MADE_BEFORE = (
    r"\b(?:signed|concluded|sealed|agreed|entered\s+into|made|struck|gesloten|getekend|"
    r"ondertekend|afgesloten|aangegaan)\b"
    # No other verb of the tie's life between ("signed in 2014 and last renewed in 2020").
    r"(?:(?!\b(?:and|en|renew|extend|verleng|end|expir|termin)\w*\b)[^,;:.()]){0,60}?"
    r"\b(?:in|back\s+in)\s+$"
)
ORIGINAL_MADE_AFTER = (
    r"\s+(?:\S+\s+){0,1}?(?:sloten|sloot|tekenden|tekende|ondertekenden|ondertekende|"
    r"afsloten|afsloot|aangingen|aanging|hebben\s+gesloten|gesloten|getekend|ondertekend)\b"
)

# The subject of a relative clause that tells when a tie was made ("the concordat that the
# University and B signed in 2019", "de afspraken die de HU en het ROC in 2019 sloten"):
# what stands after the subject up to the date, and a description as one side of it.
RELATIVE_PRONOUN_OPENING = r"(?:that|which|die|dat)\s+"
SUBJECT_TAIL = (
    r"\s+(?:(?:first\s+|originally\s+)?(?:signed|concluded|agreed|sealed|entered\s+into)\s+)?"
    r"(?:back\s+)?in\s*$"
)
SUBJECT_AND = r"\s+(?:and|en|&)\s+"
SUBJECT_DESCRIPTION = r"(?:the|de|het)\s+(?P<word>[\w-]{2,})"
