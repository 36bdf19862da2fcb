"""Agreement trigger language: types, cheap stem gates, joining, status and signing cues.

Data only: the extractors compile these once. English and Dutch sit side by side.
"""

from __future__ import annotations

# Trigger patterns: (regex, agreement type, strength 0..1). The first pattern that matches
# a sentence wins, so stronger and more specific triggers come first. Regexes are
# compiled case-insensitively.
TRIGGERS: tuple[tuple[str, str, float], ...] = (
    # Endings.
    (
        r"\b(?:terminat\w*|beëindig\w*|beeindig\w*|will\s+not\s+(?:be\s+)?(?:renew|extend|continue)\w*|"
        r"not\s+to\s+(?:renew|extend|continue)|(?:decided|decide|decides)\s+to\s+(?:end|stop)|"
        r"discontinu\w*|dissolv\w*|pull(?:s|ed)?\s+out\s+of|withdr[ae]w\w*\s+from|ontbonden|opgezegd|"
        r"niet\s+(?:meer\s+)?(?:te\s+)?(?:verlengen|vernieuwen|voortzetten|verlengd|vernieuwd|voortgezet|"
        r"continueren|"
        r"voort\s+te\s+zetten)|"
        r"(?:is|are|was|were|will|has|have)\s+not\s+(?:be\s+|being\s+|been\s+)?"
        r"(?:renewed|extended|continued|prolonged)|"
        r"(?:end|ends|ended|ending|stop|stops|stopped|stopping)\s+(?:(?:the|their|its|this|our|a)\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:partnership|collaboration|cooperation|co-operation|agreement|alliance|"
        r"contract|relationship|ties|membership|covenant|merger|joint\s+venture|pilot)|"
        # Undoing a merger or a joint venture ends it: "unwind the merger", "ontvlechten".
        r"unwind(?:s|ing)?|unwound|ontvlecht\w*|"
        r"(?:stoppen|stopt|stopten|gestopt)\s+(?:\w+\s+){0,4}(?:samenwerking|alliantie|partnerschap|"
        r"overeenkomst|convenant|lidmaatschap)|"
        r"(?:partnership|collaboration|cooperation|agreement|alliance|contract|samenwerking\w*|"
        r"\w*overeenkomst|convenant|covenant|membership|lidmaatschap)\s+"
        # "ends a long search" uses "end" as a transitive verb: not an ending.
        # "by the end of the year" names a time: "end" after an article or before "of" is a noun.
        # Words between may be hyphenated ("with Heriot-Watt University on solid-state cells").
        r"(?:[\w'’-]+\s+){0,12}?(?:will\s+)?(?:(?<!\bthe\s)(?<!\ban\s)(?<!\bthat\s)(?:end|ends|ended)"
        r"(?!\s+(?:a|an|the|this|its|their|of)\b)|"
        r"(?:comes?|coming)\s+to\s+an\s+end|came\s+to\s+an\s+end|"
        r"expires?|expired|runs\s+out|ran\s+out|stopt|eindigt|afgelopen)|"
        r"(?:samenwerking\w*|\w*overeenkomst|convenant|contract|partnerschap|alliantie|lidmaatschap)"
        r"\s+(?:\S+\s+){0,6}?(?:loopt|liep)\s+(?:\S+\s+){0,6}?af|"
        # The verb first: "Tegelijk loopt de oncologische samenwerking van A met B af".
        r"(?:loopt|liep|lopen|liepen)\s+(?:de|het|hun|haar)\s+(?:\S+\s+){0,2}?(?:samenwerking\w*|"
        r"\w*overeenkomst\w*|convenant|contract|partnerschap|alliantie|lidmaatschap)\s+"
        r"(?:[^\s;.]+\s+){0,12}?af\b|"
        # Suspensions and plans called off end a tie too ("schort de samenwerking op",
        # "suspended its exchange agreement", "the merger was called off").
        # The tie's counterpart and where it sits may stand between: "has put its research
        # collaboration with the X Institute (XI) in Lyon on hold".
        r"suspend\w*|suspension|put\s+(?:\S+\s+){0,14}?on\s+hold|part(?:s|ed|ing)?\s+ways|"
        # A tie that lies still is suspended: "de samenwerking van A met B ligt sinds juli
        # stil", "Een tweede samenwerking, met B, ligt stil", "the exchange agreement with
        # B has been on hold since May", "het convenant met B werd stilgelegd".
        r"(?:samenwerking\w*|\w*overeenkomst\w*|convenant\w*|\w*contract\w*|partnerschap|"
        r"alliantie),?\s+(?:[^\s;.]+\s+){0,14}?(?:(?:ligt|liggen|lag|lagen)\s+(?:[^\s;.]+\s+){0,4}?"
        r"stil\b|(?:is|zijn|werd|werden|wordt|worden)\s+(?:[^\s;.]+\s+){0,4}?stilgelegd)|"
        r"(?:partnership|collaboration|cooperation|agreement|alliance|contract),?\s+"
        r"(?:[^\s;.]+\s+){0,14}?(?:is|are|was|were|has\s+been|have\s+been|remains?|remained)\s+"
        r"(?:\w+\s+){0,2}?on\s+hold|"
        # Freezing a tie or winding it down ends it for now: "froze their collaboration",
        # "wind down the joint lab", "zet de samenwerking on hold", "bevriest de banden".
        r"(?:freez\w*|froze|frozen|bevr(?:iest|iezen|oor|oren|oren))\s+(?:\S+\s+){0,4}?"
        r"(?:ties|links|relations|collaboration|cooperation|partnership|agreement|exchange\w*|"
        r"banden|samenwerking\w*|partnerschap|overeenkomst|uitwisseling\w*|"
        r"(?:[\w-]+\s+)?(?:programmes?|programs?|programma's|programma|opleidingen|opleiding|degrees?))|"
        # "afbouwen" also means finishing a building: only with a tie as its object.
        r"wind(?:s|ing)?\s+down|wound\s+down|"
        r"afbouw\w*\s+(?:van\s+)?(?:de|het|hun|haar)\s+(?:\S+\s+)?(?:samenwerking\w*|"
        r"partnerschap|banden|uitwisseling\w*|overeenkomst\w*)|"
        r"bouw\w*\s+(?:de|het|hun|haar)\s+(?:\S+\s+)?(?:samenwerking\w*|partnerschap|banden|"
        r"uitwisseling\w*|overeenkomst\w*|\w*opleiding\w*|master\w*|bachelor\w*|programma\w*)\s+"
        r"(?:\S+\s+){0,8}?af|"
        r"(?:zet|zetten|zette|gezet)\s+(?:\S+\s+){0,8}?(?:on\s+hold|in\s+de\s+wacht|op\s+pauze)|"
        r"(?:zet|zetten|zette|zetten)\s+(?:\S+\s+){0,4}?(?:een\s+)?punt\s+achter|"
        # "Stopzetten" split around the tie or joint thing it stops: "A en B zetten hun
        # gezamenlijk lab stop", "zette de samenwerking met B per 1 mei stop" (not "zetten
        # hun eigen programma's stop": what each ran alone is no tie).
        r"(?:zet|zetten|zette)\s+(?:[^\s;:,.]+\s+){0,4}?(?:\w*samenwerking\w*|partnerschap\w*|"
        r"\w*overeenkomst\w*|\w*contract\w*|convenant\w*|alliantie|gezamenlijke?|"
        r"gemeenschappelijke?)\s+(?:[^\s;:,.]+\s+){0,8}?stop\b|"
        # "Opzeggen" split around the tie it ends: "zegde het ziekenhuis het contract met
        # X op". The particle closes the clause ("op tijd", "op 1 mei" are no particle).
        r"(?:zegt|zeggen|zegde|zegden)\s+(?:\S+\s+){0,6}?(?:\w*samenwerking\w*|\w*overeenkomst\w*|"
        r"\w*contract\w*|\w*convenant|partnerschap|lidmaatschap|alliantie)\s+(?:[^\s;.]+\s+){0,10}?"
        r"op(?=\s*(?:[,;:.]|$|\b(?:en|omdat|want|nadat|zodat)\b))|"
        # The parties' names may stand between: "De fusie tussen het St. X in A en het Y in
        # B gaat niet door".
        r"(?:fusie\w*|samenwerking\w*|\w*overeenkomst|samengaan)\s+(?:[^\s;]+\s+){0,16}?"
        r"(?:gaat|gaan|ging|gingen)\s+niet\s+door|(?:cut|cuts|severs?|severed)\s+(?:\w+\s+){0,2}ties|"
        r"call(?:s|ed)?\s+off|scrap(?:s|ped)?\s+(?:\w+\s+){0,3}(?:merger|plans?|partnership)|"
        r"opgeschort|opschort\w*|(?:schort|schorten|schortte|schortten)\s+(?:\S+\s+){0,14}?op|"
        r"stopgezet|afgeblazen|(?:blazen|blaast|bliezen)\s+(?:\S+\s+){0,6}?af|"
        r"(?:stapt|stappen|stapte|stapten)\s+(?:\S+\s+){0,6}?uit|"
        r"(?:stoppen|stopt|stopten|gestopt|stop)\s+(?:\S+\s+){0,6}?(?:fusie\w*|verkenning|gesprekken|"
        r"merger|talks))\b",
        "termination",
        0.9,
    ),
    # More endings as the press words them: plans abandoned, cancelled, dropped or scrapped,
    # programmes phased out, ventures wound up, "pull the plug"; "van de baan", "zien af van",
    # "afgeschaft", "trekken de stekker uit", "breken de gesprekken af".
    (
        r"\b(?:(?:abandon(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|drop(?:s|ped|ping)?|"
        r"scrap(?:s|ped|ping)?)\s+(?:\w+\s+){0,3}(?:merger|plans?|partnership|talks|agreement|"
        r"collaboration|cooperation|alliance|joint\s+venture|(?:[\w'’-]+\s+)?programmes?|"
        r"(?:[\w'’-]+\s+)?degrees?)|(?:merger|plans?|partnership|talks|agreement|collaboration|"
        r"cooperation|alliance|joint\s+venture|programmes?|degrees?)\s+(?:[^\s;,.]+\s+){0,12}?"
        r"(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+(?:\w+\s+)?"
        r"(?:abandoned|cancell?ed|dropped|scrapped)|"
        r"(?:not|no\s+longer)\s+go(?:ing)?\s+ahead|phas(?:e|es|ed|ing)\s+out|"
        r"wound\s+up|wind(?:s|ing)?\s+up\s+(?:the|their|its)|"
        r"pull(?:s|ed|ing)?\s+the\s+plug|van\s+de\s+baan|"
        r"(?:zien|ziet|zagen|zag)\s+(?:\S+\s+){0,6}?af\s+van|afgezien\s+van|afzien\s+van|"
        r"afgeschaft|afschaffen|(?:schaft|schaffen|schafte|schaften)\s+(?:\S+\s+){0,6}?af|"
        r"stekker\s+(?:\S+\s+){0,3}?uit|afgebroken|"
        r"(?:breken|breekt|brak|braken)\s+(?:\S+\s+){0,6}?(?:gesprekken|onderhandelingen|"
        r"verkenning|samenwerking)\s+(?:\S+\s+){0,2}?af)\b",
        "termination",
        0.85,
    ),
    # Endings as real news words them beyond "end" and "terminate": a tie that goes on "no
    # longer" / "niet langer", is left ("exits the partnership", "trekt zich terug uit"),
    # broken off ("verbreekt de banden", "breaks off ties"), given notice ("opzegging"), or
    # comes to its end ("komt ten einde", "maakt een einde aan").
    (
        r"\b(?:(?:no|any)\s+longer\s+(?:\S+\s+){0,3}?(?:work\w*|collaborat\w*|co-?operat\w*|partner\w*|"
        r"be\s+(?:an?\s+)?(?:partner|member)s?|take\s+part|participat\w*|accept\w*|enter\w*)|"
        r"(?:work\w*\s+(?:together\s+)?with|collaborat\w*\s+with|co-?operat\w*\s+with|partner\w*\s+with)\s+"
        r"(?:\S+\s+){0,5}?any\s+longer|"
        r"niet\s+(?:langer|meer)\s+(?:\S+\s+){0,4}?(?:samen\s+(?:te\s+)?werken|samenwerk\w*|partner\w*|"
        r"lid\b|deel\s+(?:uit\s+)?van)|"
        r"(?:werkt|werken|werkte|werkten)\s+(?:\S+\s+){0,4}?niet\s+(?:langer|meer)\s+(?:\S+\s+){0,6}?samen|"
        r"exit(?:s|ed|ing)?\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:partnership|agreement|"
        r"alliance|consortium|collaboration|cooperation|contract|network|joint\s+venture)|"
        r"(?:leav(?:e|es|ing)|left)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:alliance|consortium|"
        r"partnership|network)|pulling\s+out\s+of|"
        # "verlaat op 31 december het ziekenhuisnetwerk X", "verlaten de alliantie".
        r"(?:verlaat|verlaten|verliet|verlieten)\s+(?:\S+\s+){0,4}?(?:het|de|hun|haar|zijn)\s+"
        r"(?:[\w-]+\s+){0,2}?\w*(?:netwerk|alliantie|consortium|samenwerkingsverband)\b|"
        r"(?:trekt|trekken|trok|trokken)\s+(?:\S+\s+){0,4}?terug\s+uit|(?:teruggetrokken|terugtrekken)\s+uit|"
        r"(?:verbreekt|verbreken|verbrak|verbraken|verbroken)\s+(?:\S+\s+){0,4}?(?:banden|band|"
        r"samenwerking\w*|relatie\w*|contact\w*|partnerschap)|"
        r"(?:break(?:s|ing)?|broke|broken)\s+(?:off\s+)?(?:(?:the|its|their|all)\s+)?"
        r"(?:ties|links|relations|partnership|collaboration|cooperation)|"
        r"(?:break(?:s|ing)?|broke|broken)\s+off\s+(?:(?:the|its|their)\s+)?(?:\S+\s+){0,2}?(?:talks|"
        r"agreement|merger|negotiations)|"
        # A merger or venture given up or gone: "decided not to proceed with the merger",
        # "will not pursue a merger", "would not move forward with a merger", "the joint
        # venture will cease to exist", "de joint venture houdt op te bestaan".
        r"(?:not|no\s+longer)\s+(?:to\s+)?(?:proceed(?:ing)?\s+with|go(?:ing)?\s+ahead\s+with|"
        r"mov(?:e|ing)\s+forward\s+with|pursu(?:e|es|ing))\s+(?:the|a|an|their|its|any)\s+"
        r"(?:[\w-]+\s+)?(?:merger|joint\s+venture|partnership|alliance|plans?)|"
        r"ceas(?:e|es|ed|ing)\s+to\s+exist|"
        # A joint service or venture stopped: "stopt eind dit jaar met de gezamenlijke dienst
        # radiotherapie", "ends its joint radiotherapy service".
        r"(?:stopt|stoppen|stopte|stopten|gestopt)\s+(?:\S+\s+){0,4}?met\s+(?:de|het|hun|zijn|haar)\s+"
        r"(?:gezamenlijke|gemeenschappelijke)\b|"
        r"(?:end|ends|ended|ending)\s+(?:the|their|its)\s+joint\s+[\w-]+|"
        r"(?:houdt|houden|hield|hielden)\s+(?:\S+\s+){0,3}?op\s+te\s+bestaan|"
        r"(?:ophoudt|ophouden)\s+te\s+bestaan|"
        r"ceas(?:e|es|ed|ing)\s+(?:(?:the|its|their|all)\s+)?(?:[\w-]+\s+){0,2}?(?:partnership|collaboration|"
        r"cooperation|co-operation|relationship|ties|agreement|contract|membership)|"
        r"opzeg\w*|"
        r"(?:komt|komen|kwam|kwamen|loopt|liep)\s+(?:\S+\s+){0,4}?(?:ten|tot\s+een)\s+einde|"
        # "Tegelijk komt er een einde aan de leerwerkplaats", "liep de verkenning op niets uit".
        r"(?:komt|komen|kwam|kwamen)\s+(?:er\s+)?(?:nu\s+|dan\s+|ook\s+)?een\s+einde\s+aan|"
        r"(?:loopt|lopen|liep|liepen)\s+(?:\S+\s+){0,12}?op\s+niets\s+uit|"
        r"(?:maakt|maken|maakte|maakten|gemaakt)\s+(?:\S+\s+){0,4}?einde\s+aan|"
        # Talks and mergers that fail: "merger talks collapsed", "the merger is off the
        # table", "called a halt to the talks", "de fusie is afgeketst / teruggedraaid".
        r"(?:merger|talks|negotiations|discussions|fusie\w*|gesprekken|onderhandelingen)\s+"
        r"(?:[^\s;.]+\s+){0,10}?(?:collaps\w*|failed(?!\s+to\b)|fell\s+through|"
        r"broke\s+down|(?:is|was|are|were)\s+off\b|off\s+the\s+table|"
        r"(?:have|has|had)\s+come\s+to\s+(?:an\s+end|a\s+close)|came\s+to\s+(?:an\s+end|a\s+close)|"
        r"mislukt\w*|afgeketst|gestaakt|gestrand|van\s+tafel|teruggedraaid|"
        # "the merger talks ended without a deal", "de fusiegesprekken zijn gestopt".
        r"ended(?!\s+(?:a|an|the|this|its|their|een|de|het)\b)|stopped|gestopt)|"
        r"call(?:s|ed|ing)?\s+a\s+halt\s+to|(?:bring|brings|brought|bringing)\s+(?:\S+\s+){0,3}?to\s+a\s+close|"
        r"defusie\w*|(?:ketst|ketsten)\s+(?:\S+\s+){0,4}?af|"
        r"(?:staken|staakt|staakte|staakten)\s+(?:\S+\s+){0,4}?(?:gesprekken|onderhandelingen|"
        r"samenwerking\w*|fusie\w*)|"
        # A joint programme that ends or takes no more students.
        r"(?:programmes?|programs?|degrees?|master['’]?s?|opleiding\w*|programma\w*)\s+"
        r"(?:[^\s;,.]+\s+){0,6}?(?:will\s+)?(?:end|ends|ended|stops|stopped|stopt|stoppen|eindigt)\b"
        r"(?!\s+(?:a|an|the|this|its|their|with|met|bij)\b)|"
        r"(?:end|ends|ended|ending|stop|stops|stopped|stopping|close|closes|closed|closing)\s+"
        r"(?:(?:the|their|its|this|a)\s+)?(?:[\w'’-]+\s+){0,3}?(?:programmes?|programs?|degrees?)\b|"
        r"(?:sluiten|sluit|sloten)\s+(?:de|het|hun|haar)\s+(?:[\w'’-]+\s+){0,2}?(?:opleiding\w*|"
        r"master\w*|bachelor\w*|programma\w*)|"
        r"(?:stoppen|stopt|stopten|gestopt)\s+(?:met\s+)?(?:\S+\s+){0,4}?(?:\w*opleiding\w*|master\w*|"
        r"bachelor\w*|programma\w*|minor)|(?:stop|stops|stopped|stopping|ceas\w*)\s+offering\b|"
        r"(?:stop|stops|stopped|stopping)\s+(?:admitting|accepting|enrolling|recruiting|taking)\s+"
        r"(?:new\s+)?students|no\s+(?:longer\s+)?(?:admit|accept|enrol|enroll)\w*\s+(?:new\s+)?students|"
        r"geen\s+nieuwe\s+(?:studenten|instroom)|"
        # A merger or group undone: "demerge", "break up the group", "reverse the merger",
        # "disband the alliance", "de fusie terugdraaien", "gaan uit elkaar", "opgeheven".
        r"de-?merg\w*|disband\w*|(?:break|breaks|breaking|broke|split|splits|splitting)\s+up\b|"
        r"(?:undo|undoes|undid|undone|reverse|reverses|reversed|reversing)\s+(?:the|their|its)\s+"
        r"(?:[\w-]+\s+)?merger|terugdraai\w*|(?:draaien|draait|draaiden)\s+(?:\S+\s+){0,4}?"
        r"(?:fusie\w*|samenwerking\w*)\s+(?:\S+\s+){0,3}?terug|uit\s+elkaar\s+(?:gaan|gaat|ging|gingen)|"
        r"(?:gaan|gaat|ging|gingen)\s+(?:\S+\s+){0,3}?uit\s+elkaar|"
        r"(?:fusie\w*|groep|combinatie|federatie|alliantie|samenwerkingsverband|netwerk)\s+"
        r"(?:\S+\s+){0,10}?(?:wordt|worden|werd|werden|is|zijn)\s+(?:\S+\s+)?(?:opgeheven|gesplitst)|"
        # "the merger will be reversed", "splitsen het fusieziekenhuis weer op", "heffen de
        # joint venture op", "gaan ieder hun eigen weg", "sells its stake in the joint venture".
        r"(?:merger|fusie\w*|joint\s+venture)\s+(?:[^\s;,.]+\s+){0,8}?(?:will\s+be|is\s+being|"
        r"was|has\s+been|is\s+to\s+be)\s+reversed|"
        r"(?:splitsen|splitst|splitste|splitsten)\s+(?:\S+\s+){0,3}?(?:fusie\w*|groep|combinatie|"
        r"\w*ziekenhuis\w*|organisatie|joint\s+venture)\s+(?:\S+\s+){0,3}?op\b|"
        r"(?:heffen|heft|hief|hieven)\s+(?:\S+\s+){0,4}?(?:fusie\w*|joint\s+venture|"
        r"samenwerkingsverband|alliantie|groep|netwerk|consortium)\s+(?:\S+\s+){0,3}?op\b|"
        r"(?:ieder|elk)\s+(?:hun|zijn|haar)\s+eigen\s+weg|"
        # "zet een streep door de fusie", "de ontbinding van de groep", "the tie-up comes
        # apart", "plans have fallen through", "worden weer zelfstandig" (after a merger).
        r"streep\s+(?:\S+\s+){0,2}?door\s+(?:de|het|hun|haar)\s+(?:\S+\s+)?(?:fusie\w*|samenwerking\w*|"
        r"overeenkomst\w*|partnerschap|alliantie|joint\s+venture)|"
        r"ontbind(?:ing|en|t)\s+(?:van\s+)?(?:de|het|hun|haar)\s+(?:\S+\s+){0,3}?(?:fusie\w*|groep|"
        r"samenwerking\w*|overeenkomst\w*|alliantie|joint\s+venture|combinatie|federatie)|"
        r"(?:comes?|came|coming)\s+apart|(?:has|have|had)\s+fallen\s+through|"
        # A merger that will not happen and a programme no longer offered end the tie: "de
        # fusie komt er niet", "gaan niet fuseren", "decided against a merger", "the merger
        # was shelved / blocked", "put the merger on ice", "will no longer offer the joint
        # master's", "bieden de master niet langer aan".
        r"(?:fusie\w*|merger|samengaan|joint\s+venture)\s+(?:[^\s;.]+\s+){0,8}?(?:komt|kwam)\s+"
        r"er\s+(?:toch\s+|dus\s+|voorlopig\s+)?niet\b|"
        r"(?:gaan|gaat|zullen|zal)\s+(?:\S+\s+){0,3}?niet\s+(?:meer\s+)?fuseren|"
        # Flemish "zet de samenwerking stop", "besliste de plannen stop te zetten", "de
        # stopzetting van het partnerschap"; a programme phased out ("wordt uitgefaseerd",
        # "faseren hun master uit").
        r"(?:zet|zetten|zette|zetten)\s+(?:\S+\s+){0,3}?(?:samenwerking\w*|partnerschap\w*|"
        r"\w*overeenkomst\w*|\w*akkoord\w*|convenant\w*|contract\w*|alliantie|fusie\w*|plannen|"
        r"banden|uitwisseling\w*|\w*opleiding\w*|master\w*|bachelor\w*|programma\w*)\s+"
        r"(?:[^\s,;]+\s+){0,8}?stop\b|"
        r"(?:samenwerking\w*|partnerschap\w*|\w*overeenkomst\w*|\w*akkoord\w*|convenant\w*|"
        r"contract\w*|alliantie|fusie\w*|plannen|banden|uitwisseling\w*|\w*opleiding\w*|master\w*|"
        r"bachelor\w*|programma\w*)\s+(?:\S+\s+){0,8}?(?:stop\s+te\s+zetten|stopzetten)\b|"
        r"stopzetting\s+van|uitgefaseerd|uit\s+te\s+faseren|uitfaser\w*|"
        r"(?:faseren|faseert|faseerde|faseerden)\s+(?:\S+\s+){0,6}?uit\b|"
        # "Er komt geen fusie tussen A en B", "dat er geen fusie komt", "besloten het
        # fusietraject te stoppen" (the noun before the verb of ending).
        r"(?:komt|kwam)\s+(?:er\s+)?geen\s+fusie\b|\ber\s+geen\s+fusie\s+(?:\S+\s+){0,2}?(?:komt|kwam)\b|"
        r"(?:fusie\w*|verkenning|gesprekken|onderhandelingen)\s+(?:\S+\s+){0,3}?te\s+"
        r"(?:stoppen|staken|beëindigen|beeindigen)\b|"
        r"(?:fuseren|fuseert)\s+(?:\S+\s+){0,2}?(?:toch|dus)\s+niet\b|"
        r"(?:will|would|shall)\s+(?:not|no\s+longer)\s+(?:now\s+)?merge|won['’]t\s+merge|"
        r"decid(?:e|es|ed|ing)\s+against\s+(?:\S+\s+){0,2}?(?:merger|partnership|joint\s+venture|"
        r"alliance|merging)|"
        r"(?:merger|plans?|partnership|talks|joint\s+venture|fusie\w*)\s+(?:[^\s;,.]+\s+){0,8}?"
        r"(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+(?:\w+\s+)?(?:shelved|blocked)|"
        r"put\s+(?:\S+\s+){0,3}?(?:merger|plans?|partnership|collaboration|talks)\s+on\s+ice|"
        r"in\s+de\s+ijskast|"
        r"(?:merger|plans?|fusie\w*)\s+(?:[^\s;.]+\s+){0,8}?(?:will|would|did|does)\s+not\s+"
        r"(?:now\s+)?materiali[sz]e|not\s+served\s+by\s+(?:a\s+)?(?:formal\s+)?merger|"
        r"(?:end|ends|ended|ending)\s+(?:\S+\s+){0,2}?talks\s+(?:about|on|over)\s+(?:a\s+)?merg\w*|"
        r"(?:no|not|any)\s+longer\s+(?:\S+\s+){0,2}?offer\w*\s+(?:\S+\s+){0,3}?(?:joint|double|dual|"
        r"programmes?|programs?|degrees?|master)|"
        r"(?:bieden|biedt|boden|bood)\s+(?:\S+\s+){0,5}?niet\s+(?:langer|meer)\s+aan|"
        r"(?:wordt|worden|werd|werden|zijn|gaan)\s+(?:binnenkort\s+|straks\s+)?weer\s+zelfstandig|"
        r"(?:sells?|sold|selling|verkoopt|verkopen|verkocht\w*)\s+(?:its|their|zijn|haar|hun)\s+"
        r"(?:\S+\s+){0,2}?(?:stake|shareholding|belang|aandelen)\s+in\s+(?:the\s+|de\s+|het\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:joint\s+venture|consortium)|"
        # The end of a merger or a joint venture, as news tells it: "the merger ends on 1
        # January", "de fusie eindigt", "the merger will be undone", "wordt ongedaan gemaakt",
        # "gaan weer als zelfstandige hogescholen verder"; a tie halted: "halted their
        # exchange programme".
        r"(?:merger|fusie\w*|joint\s+venture)\s+(?:[^\s;.]+\s+){0,8}?(?:will\s+)?(?:ends|ended|"
        r"eindigt|eindigde|stopt|stopte)\b(?!\s+(?:a|an|the|this|its|their|een|de|het)\b)|"
        r"(?:undone|ongedaan\s+(?:te\s+)?(?:gemaakt|maken|maakt))|"
        r"(?:gaan|gaat|ging|gingen)\s+(?:\S+\s+){0,6}?weer\s+(?:als\s+)?zelfstandig\w*\s+"
        r"(?:\S+\s+){0,3}?verder|"
        r"halt(?:s|ed|ing)?\s+(?:the|their|its|all)\s+(?:[\w'’-]+\s+){0,2}?(?:programmes?|programs?|"
        r"partnerships?|collaborations?|cooperation|exchanges?|ties|agreements?|talks|merger)|"
        # A joint programme closed or run down, a venture liquidated: "de gezamenlijke
        # opleiding wordt afgebouwd", "the joint master's will be closed", "de joint venture
        # wordt geliquideerd", "the joint venture will be liquidated".
        r"(?:programmes?|programs?|degrees?|master['’]?s?|opleiding\w*|programma\w*|joint\s+venture|"
        r"samenwerking\w*)\s+(?:[^\s;,.]+\s+){0,10}?(?:will\s+be|is\s+being|was|has\s+been|is\s+to\s+be|"
        r"wordt|worden|werd|werden)\s+(?:\w+\s+)?(?:closed|discontinued|liquidated|wound\s+up|"
        # Not "gesloten": "de samenwerking werd gisteren gesloten" is concluded, not closed.
        r"afgebouwd|opgeheven|stopgezet|geliquideerd|ontbonden)|"
        r"liquidat(?:e|es|ed|ing|ion)\s+(?:of\s+)?(?:the|their|its)\s+(?:[\w-]+\s+)?joint\s+venture)\b",
        "termination",
        0.85,
    ),
    # Mergers and joint ventures ("other" in the schema): a new organisation or one
    # organisation made of two.
    (
        # A merger agreement is an agreement ("fusieovereenkomst", "merger agreement").
        r"\b(?:mergers?(?!\s+agreements?\b)|merg(?:e|es|ed|ing)\s+(?:with|into|to\s+form)|"
        r"(?:to|will)\s+merge|agreed\s+to\s+merge|joint[\s-]+ventures?|"
        r"fusie(?!gesprek|verkenning|onderzoek|plan|overeenkomst|akkoord)\w*|"
        r"fuseren|fuseert|fuseerden|gefuseerd|samengaan|"
        # "samenvoegen" split and whole: "beslist om beide ziekenhuizen samen te voegen",
        # "voegen hun afdelingen samen"; going on as one organisation is merging too.
        r"samen\s+te\s+voegen|samenvoeg\w*|samengevoegd|"
        r"(?:voegen|voegt|voegden|voegde)\s+(?:[^\s,;:.]+\s+){1,6}?samen\b|"
        r"samen\s+verder\s+(?:\S+\s+){0,2}?als\s+(?:één|een)\s+(?:[\w-]+\s+)?"
        r"(?:\w*organisatie|\w*ziekenhuis\w*|instelling|hogeschool|universiteit)|"
        r"(?:continue|go\s+on|carry\s+on)\s+(?:together\s+)?as\s+(?:one|a\s+single)\s+"
        r"(?:[\w-]+\s+)?(?:organi[sz]ation|institution|hospital|university|company)|"
        # A company founded together is a joint venture: "set up a joint company", "richten
        # samen een bedrijf op", "tekenden de oprichtingsakte", "the deed of incorporation".
        r"(?:joint|gezamenlijke?)\s+(?:[\w-]+\s+)?(?:company|firm|bedrijf|onderneming|spin-?off|"
        r"start-?up|vennootschap)|oprichtingsakte\w*|deeds?\s+of\s+incorporation|"
        r"(?:set\s+up|founded|established|created|launched|formed)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
        r"(?:company|firm|business)\s+together|"
        r"(?:richten|richtten|richt|zetten|zette|zet)\s+(?:samen\s+)?(?:een\s+)?(?:[\w-]+\s+)?"
        r"(?:bedrijf|onderneming|spin-?off|start-?up|vennootschap)\s+(?:\S+\s+){0,8}?op)\b",
        "other",
        0.85,
    ),
    # Memoranda and letters of intent ("MoU": patterns are lower-case, matched case-blind).
    (
        r"\b(?:memorand(?:um|ums|a)(?:\s+(?:of\s+understanding|van\s+overeenstemming))?|mous?|"
        r"letters?\s+of\s+intent|declaration\s+of\s+intent|statement\s+of\s+intent|"
        r"intentieverklaring\w*|intentie-?overeenkomst\w*)\b",
        "mou",
        0.9,
    ),
    # Joint degrees and programmes (teaching; "joint research programme" is collaboration).
    (
        # One word may stand between: "joint doctoral programme", not "joint research programme".
        r"\b(?:joint\s+(?:(?!research\b)[\w-]+\s+)?(?:degree|degrees|programme|programmes|program|programs|"
        r"master(?:['’]?s)?|bachelor(?:['’]?s)?|phd|doctorate|education|minor|minors|"
        # Flemish news writes "joint doctoraat", "joint master-opleiding".
        r"doctora(?:at|ten|atsprogramma)|[\w-]*opleiding(?:en)?)|double\s+degree\w*|"
        r"dual\s+degree\w*|gezamenlijke?\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*opleiding\w*|master\w*|bachelor\w*|"
        # "een gezamenlijk doctoraat" (a het-word: no -e); "gezamenlijke promotietrajecten"
        # (joint PhD tracks; not "gezamenlijke promotie", a joint marketing campaign).
        r"graad|programma\w*|doctora(?:at|ten)\w*|promotie(?:traject|programma|plaats)\w*)|dubbele?\s+(?:[\w-]+\s+)?(?:diploma\w*|graad|[\w-]*master\w*|"
        # "een dubbele master", "de dubbele bacheloropleiding".
        r"[\w-]*bachelor\w*|[\w-]*opleiding\w*)|[\w-]*masterdiploma\w*|"
        r"(?:jointly|together)\s+offer\w*\s+(?:\w+\s+){0,3}(?:programme|programmes|degree|master|masters|"
        r"master['’]s|bachelor|bachelors|bachelor['’]s)|"
        # A programme started together: "launch a new master's programme together with X",
        # "start samen met X een opleiding", "bieden samen een bacheloropleiding aan"; a
        # research programme is a collaboration, not teaching.
        r"(?:launch|offer|start|run|set\s+up|develop|creat|introduc)\w*\s+(?:a\s+|an\s+|the\s+)?"
        r"(?:new\s+)?(?:(?!research\b)[\w'’-]+\s+){0,2}?(?:programmes?|degrees?|master['’]?s?|"
        r"bachelor['’]?s?|minors?|courses?)\s+(?:[^\s.;]+\s+){0,3}?(?:together|jointly)\s+with|"
        r"(?:start|starten|startte|startten|begint|beginnen|lanceert|lanceren|biedt|bieden|bood|"
        r"boden|ontwikkelt|ontwikkelen|zet|zetten)\s+(?:[^\s.;]+\s+){0,4}?samen\s+"
        r"(?:met\s+(?:[^\s.;]+\s+){1,8}?)?(?:een|de|het)\s+(?:nieuwe?\s+)?(?:[\w-]+\s+)?"
        r"(?!onderzoek)[\w-]*(?:opleiding|master|bachelor|minor|leerlijn)\w*|"
        # A programme one offers together with another, told in a relative clause: "de
        # master, die de KU Leuven samen met de ULB aanbiedt", "the degree, which it launched
        # together with the Spanish university".
        r"(?:opleiding|master|bachelor|programma|minor)\w*(?:\s+[^\s,.;]+){0,4}?,?\s+(?:die|dat)\s+"
        r"(?:\S+\s+){0,6}?"
        r"samen\s+met\s+(?:[^\s.;]+\s+){1,14}?(?:aanbiedt|aanbieden|aanbood|aanboden|verzorgt|"
        r"verzorgen|organiseert|organiseren|opzette|opzetten|startte|startten)|"
        r"(?:programme|degree|master['’]?s?|bachelor['’]?s?|course)(?:\s+[^\s,.;]+){0,4}?,?\s+"
        r"(?:which|that)\s+(?:\S+\s+){0,6}?"
        r"(?:offers?|offered|runs?|ran|launched|set\s+up|started|created)\s+(?:it\s+)?"
        r"(?:together|jointly)\s+with)\b",
        "joint_programme",
        0.8,
    ),
    # Signed agreements, contracts and covenants.
    (
        # "broad agreement", "in agreement with" are opinions, not contracts.
        r"(?:(?<!broad )(?<!general )(?<!in )(?<!full )(?<!wide )agreements?\b|"
        r"\bcontract(?:s|en)?|covenants?|convenant(?:s|en)?|samenwerkingsovereenkomst\w*|"
        # A licence between organisations is a contract: "an exclusive licence", "licensed
        # the test to X", "the licence under which X uses", "een licentie op"; a licence
        # alone ("licensed physicians", "a Creative Commons licence") is none.
        r"\b(?:exclusive|non-exclusive|worldwide|global|exclusieve|wereldwijde)\s+licen[cs]es?\b|"
        # Licensing to a company the parties set up ("to the new company", "to the joint
        # venture") belongs to that venture, not a tie of its own.
        # The verb in its plain form needs its object: "will license its patents to X" ("a
        # licence to operate" is none).
        r"\blicen[cs](?:es|ed|ing|e(?=\s+(?!to\b)\S+\s))\s+(?:(?!to\b)\S+\s+){0,8}?to\s+"
        r"(?!(?:the|a|an|its|their)\s+(?:new|joint|own)\b)|"
        r"\blicen[cs]e\s+(?:under\s+which|(?:\w+\s+){1,2}took\s+out)\b|"
        r"\b\w*licenties?\s+(?:op|aan|van|voor)\b|\blicentieovereenkomst\w*|"
        # Press words for a signed deal: "inks a pact", "a three-way accord", "sealed a
        # deal", "zetten hun handtekening onder".
        r"\bpacts?\b|(?<!own )(?<!with )\baccords?\b|"
        # Dutch compounds: "het Techniekpact", "een zorgpact" ("impact", "compact" are none).
        r"(?<=[^\Wm])pact(?:en)?\b|"
        # "afspreken" split, in the past (news of a deal): "A en B spraken af dat ...". The
        # present tells what a document says ("In het convenant spreken de partijen af").
        r"\b(?:spraken|sprak)\s+(?:[^\s,;:.]+\s+){0,6}?af\b(?=\s*(?:[,;:.]|$|dat\b|om\b))|"
        r"\b(?:sign|ink|seal|strike|struck|clinch|close|conclude)\w*\s+(?:a\s+|an\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?deals?\b|"
        # The deal as subject: "A deal between A and B was struck", "the new deal with B" (a
        # determiner first: "to deal with" is a verb).
        r"(?:(?<=\ba\s)|(?<=\bthe\s)|(?<=\bnew\s)|(?<=\bthis\s)|(?<=\bthat\s)|(?<=\bits\s)|"
        r"(?<=\btheir\s))deals?\s+(?:between|with)\b|"
        r"\bdeals?\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|struck|sealed|inked|"
        r"closed|concluded|clinched)\b|"
        r"\bhandtekening(?:en)?\s+(?:\S+\s+){0,2}?onder\b|"
        # A deal told by its verb: "A and B have agreed to launch a joint call", "A has agreed
        # to lease the site to B" (buying and merging are typed by their own words).
        r"\b(?:have|has|had)\s+(?:\w+\s+)?agreed\s+to\s+(?!(?:acquire|buy|purchase|take\s+over|"
        r"merge|sell|disagree)\b)|"
        # "afspraken maken over verwijzingen" is working practice; only concluded or
        # compound arrangements ("prestatieafspraken", "sloten afspraken") are agreements.
        r"overeenkomst\w*|raamovereenkomst\w*|\bakkoord\b|(?<=\w)akkoord(?:en)?\b|\bakkoorden\b|"
        r"(?<=\w)afspraken\b|"
        r"\b(?:sloot|sluit|sloten|sluiten|gesloten|afgesloten|legde|legden|leggen)\s+"
        # "sloot met A en B afzonderlijke afspraken": the partners may stand between.
        r"(?:[^\s;:]+\s+){0,8}?afspraken\b|"
        # A tie put in writing or signed by its heads: "woensdag kwam de samenwerking ook op
        # papier", "zetten hun samenwerking op papier", "Met de handtekeningen van beide
        # voorzitters is de samenwerking een feit", "with the signatures of both rectors".
        r"\b(?:kwam|komt|kwamen|komen|zetten|zet|zette|staat|stond|staan)\s+(?:\S+\s+){0,14}?op\s+papier\b|"
        r"\bmet\s+de\s+handtekening(?:en)?\s+van\b|\bwith\s+the\s+signatures?\s+of\b|"
        r"\bafspraken\s+(?:\S+\s+){0,6}?(?:vastgelegd|ondertekend|getekend|gesloten|uit)\b)\b",
        "agreement",
        0.85,
    ),
    # Consortia.
    (r"(?:consortium|consortia|consortiums)\b", "consortium", 0.75),
    # Alliances.
    (
        r"(?:alliances?|allianties?)\b|"
        r"\b(?:sluiten|sloten|sluit|sloot|gesloten|vormen|vormden)\s+(?:\S+\s+){0,3}?verbond\b|"
        # A network is an alliance where it is founded or formed: "the network was founded in
        # 2018 by A, B and C", "Het netwerk werd in 2022 opgericht door", "A vormt sinds 2020
        # het ziekenhuisnetwerk X met B en C".
        r"\b\w*(?:network|netwerk)\s+(?:\S+\s+){0,8}?(?:was|were|werd|werden|is|has\s+been)\s+"
        r"(?:\S+\s+){0,4}?(?:founded|formed|set\s+up|established|opgericht|gevormd)\b"
        # "was founded in 2010 as a partnership of A, B and C": the page's own word types it.
        r"(?!(?:\s+\S+){0,3}?\s+(?:as|als)\s)|"
        # The partners may stand between: "A en B vormen voortaan samen met C een klinisch
        # netwerk", "A, B and C form a new network for ...".
        r"\b(?:vormt|vormen|vormde|vormden)\s+(?:[^\s;:]+\s+){0,10}?(?:het|een)\s+(?:[\w-]+\s+)?"
        r"\w*netwerk\b|"
        r"\b(?:form|forms|formed|forming)\s+(?:(?!of\b)[^\s;:]+\s+){0,10}?(?:the|a|an)\s+"
        r"(?:[\w-]+\s+){0,2}?network\b|"
        # A founding charter founds a body: "signed the founding charter".
        r"\bfounding\s+charters?\b|\boprichtingshandvest\w*",
        "alliance",
        0.75,
    ),
    # Partnerships.
    (
        r"(?:partnerships?\b|partnerschap\w*|strategic\s+partners?|"
        # "X partners with Y", "has partnered with", "partnering up with".
        r"\bpartner(?:s|ed|ing)?\s+(?:up\s+)?with\b|"
        r"(?:become|became|are|were|been|zijn|waren)\s+partners|"
        # "has been the academic partner of X since 2012", "is sinds 2019 de vaste partner van X".
        r"(?:is|was|are|were|been|zijn|waren)\s+(?:\S+\s+){0,3}?(?:the|a|an|its|their|de|een|hun)\s+"
        r"(?:[\w-]+\s+)?partners?\s+(?:of|van)|"
        # "NKI joined Oncode Institute as a partner institution" (joining an alliance as a
        # partner stays an alliance: that type ranks first).
        r"(?:join(?:s|ed|ing)?|treedt\s+toe|trad\s+toe)\s+(?:\S+\s+){1,6}?(?:as|als)\s+"
        r"(?:an?\s+|een\s+)?(?:[\w-]+\s+)?partners?)\b",
        "partnership",
        0.75,
    ),
    # Founding something together ("one of the founders of X, together with Y").
    (
        r"\b(?:co-?founders?\s+of|founders?\s+of|founding\s+partners?|(?:mede-?)?oprichters?\s+van|"
        # "A co-founded G in 2019 together with B and C", "A en B richtten G op": the founders
        # are the parties (G is what they created, see CREATED_BEFORE).
        r"co-?found(?:ed|s)|mede-?opgericht|(?:jointly|together)\s+(?:founded|set\s+up|established)|"
        r"(?:founded|set\s+up|established)\s+(?:\S+\s+){0,8}?together\s+with|"
        r"(?:richtten|richten)\s+(?:\S+\s+){0,8}?op|"
        # One founder with others: "richtte in 2019 samen met A en B het netwerk N op", "dat
        # het in 2020 samen met A oprichtte".
        r"(?:richtte|richt)\s+(?:\S+\s+){0,3}?samen\s+met\s+(?:[^\s.;]+\s+){1,16}?op|"
        r"samen\s+met\s+(?:[^\s.;]+\s+){1,10}?(?:oprichtte|oprichtten|heeft\s+opgericht|"
        r"hebben\s+opgericht))\b",
        "partnership",
        0.5,
    ),
    # General collaboration.
    (
        r"\b(?:collaborat\w*|co-?operat(?:e|es|ed|ing|ion|ions)|work(?:s|ed|ing)?\s+(?:\w+\s+){0,2}together|"
        r"work(?:s|ed|ing)?\s+(?:closely\s+|together\s+)?with|join(?:s|ed|ing)?\s+forces|"
        r"team(?:s|ed|ing)?\s+up|samenwerk\w*|"
        # Idioms of real news: "join hands", "unite forces", "pool their expertise",
        # "a tie-up", "forge ties"; "slaan de handen ineen", "gaan in zee met", "de
        # krachten bundelen", "samen optrekken".
        r"join(?:s|ed|ing)?\s+hands|unit(?:e|es|ed|ing)\s+(?:their\s+)?forces|"
        r"pool(?:s|ed|ing)?\s+(?:their\s+|its\s+)?(?:[\w-]+\s+)?(?:resources|expertise|strengths|"
        r"knowledge|forces)|tie-?ups?|(?:tie|ties|tied|tying)\s+up\s+with|"
        r"forg(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:ties|links|bonds)|"
        r"handen\s+ineen|in\s+zee\s+met|(?:gaan|gaat|ging|gingen)\s+(?:\S+\s+){0,6}?in\s+zee|"
        r"krachten\s+(?:\w+\s+)?(?:bundelen|bundelt|bundelden|gebundeld)|"
        r"samen\s+op(?:trekken|trekt|trokken)|"
        # The particle closes the clause, however long: "werken als universitair ziekenhuis en
        # universiteit uiteraard al langer samen".
        r"(?:werken|werkt|werkten|werkte)\s+(?:[^\s,;:.]+\s+){0,10}?samen\b|"
        r"bundel\w*\s+(?:\w+\s+)?krachten|trekken\s+(?:\w+\s+)?samen\s+op|"
        r"joint\s+(?:\w+\s+)?research(?:\s+\w+)?|joint\s+projects?|"
        r"(?:take|takes|taken|took|taking)\s+part\s+in|nemen\s+deel\s+aan|neemt\s+deel\s+aan|"
        # Doing something together since a year is a collaboration ("leiden sinds 2016 samen
        # verpleegkundigen op", "have jointly run the clinic since 2019").
        r"(?:sinds|since)\s+\d{4}\s+(?:samen|together|jointly)|"
        # Something joint held since a year: "hebben sinds 2015 een gezamenlijk fonds", "have
        # since 2019 had a joint office".
        r"(?:sinds|since)\s+\d{4}\s+(?:\S+\s+){0,2}?(?:een|a|an|hun|their)\s+"
        r"(?:gezamenlijke?|joint|gemeenschappelijke?)\s+[\w-]+|"
        r"(?:samen|together|jointly|joint|gezamenlijke?)\s+(?:(?:met|with)\s+)?(?:\S+\s+){0,6}?"
        r"(?:sinds|since)\s+\d{4}|"
        # Sharing a facility is working together ("have shared a microscopy facility since
        # 2018", "delen een laboratorium").
        r"shar(?:e|es|ed|ing)\s+(?:a|an|the|their|one)\s+(?:[\w-]+\s+){0,3}?(?:facilit(?:y|ies)|"
        r"laborator(?:y|ies)|labs?|campus|building|infrastructure|equipment|platform|department|unit)|"
        # The subject may stand between after a fronted time: "Sinds 2024 delen A en B een lab".
        r"(?:(?:delen|deelt|deelden)\s+(?:[^\s,;:.]+\s+){0,6}?|gedeeld\s+)"
        r"(?:een|de|het|hun)\s+(?:[\w-]+\s+){0,3}?(?:faciliteit\w*|"
        r"laboratori\w*|lab|campus|gebouw|infrastructuur|apparatuur|platform|afdeling|dienst)|"
        # Exchanging people is working together: "have exchanged master's students since
        # 2019", "wisselen sinds 2015 onderzoekers uit"; so is a shared team or unit ("met
        # een gedeelde equipe van urologen", "run a shared department").
        # Only what has been done: "they will exchange researchers" is what an agreement
        # says it will bring, not a tie of its own.
        r"(?:have|has|had)\s+(?:\w+\s+)?exchanged\s+(?:[\w'’-]+\s+){0,2}?(?:students|staff|researchers|"
        r"lecturers|scientists|doctors|nurses)|"
        r"(?:wisselen|wisselt|wisselden)\s+(?:al\s+)?(?:sinds|sedert)\s+(?:\S+\s+){0,4}?(?:studenten|"
        r"onderzoekers|docenten|medewerkers|artsen|verpleegkundigen)\s+(?:\S+\s+){0,4}?uit|"
        r"(?:gedeelde|gemeenschappelijke|shared)\s+(?:[\w-]+\s+)?(?:equipe|teams?|dienst|afdeling|"
        r"departments?|units?|labs?|laborator(?:y|ies|ium)|leerstoel|chair))\b|"
        # Compounds: "onderzoekssamenwerking", "ketensamenwerking".
        r"(?<=[a-z])samenwerking\w*|"
        # A project that runs (with a partner told before it): "Met A loopt sinds 2024 een
        # onderzoeksproject", "met B liep al een project".
        r"\b(?:loopt|liep|lopen|liepen)\s+(?:[^\s,.;:]+\s+){0,6}?(?:een|het)\s+(?:[\w-]+\s+)?"
        r"[\w-]*project(?:en)?\b",
        "collaboration",
        0.6,
    ),
)

# A renewal denied ends the tie: "ended in June 2025 when neither side renewed the
# contract", "did not renew its agreement", "verlengen hun overeenkomst niet" (the Dutch
# negation closes the clause: not "verlengen niet alleen ..."). A sentence the renewal cues
# read as renewed is then a termination. Used with search().
RENEWAL_DENIED = (
    r"\b(?:neither|no)\s+(?:side|party|parties|partner|of\s+(?:them|the\s+\w+))\s+"
    r"(?:\S+\s+){0,2}?(?:renewed|extended|wanted\s+to\s+(?:renew|extend))\b|"
    r"\b(?:did|do|does|would|could)\s+not\s+(?:\S+\s+)?(?:renew|extend)\b|"
    r"\b(?:verlengen|verlengt|verlengden|verlengde|vernieuwen|vernieuwt|vernieuwden)\s+"
    r"(?:[^\s,;.]+\s+){0,12}?niet(?=\s*(?:[.;,:]|$|\b(?:en|maar|omdat|want|meer)\b))"
)

# Dutch compounds whose first part names the agreement's type ("consortiumovereenkomst" is a
# consortium, "partnerschapsovereenkomst" a partnership), as "consortium agreement" does in
# English (COMPOUND_MODIFIER_TYPES). (pattern, type), searched case-blind.
TYPED_COMPOUNDS: tuple[tuple[str, str], ...] = (
    (r"\bconsortium(?:overeenkomst|akkoord)\w*", "consortium"),
    (r"\bpartnerschaps?(?:overeenkomst|akkoord)\w*", "partnership"),
    (r"\balliantie(?:overeenkomst|akkoord)\w*", "alliance"),
    # The merger accord of Flemish and Dutch news ("keurden het fusieakkoord goed",
    # "ondertekenden het fusieakkoord") is the merger itself (a "fusieovereenkomst" stays
    # an agreement, as the gold files have it).
    (r"\bfusie-?akkoord\w*", "other"),
)

# A collaboration told with its signing or its putting in writing is an agreement: "Met de
# handtekeningen van beide voorzitters is de samenwerking een feit", "kwam de samenwerking
# op papier", "with the signatures of both rectors".
SIGNED_IN_WRITING = (
    r"\bmet\s+de\s+handtekening(?:en)?\s+van\b|\bwith\s+the\s+signatures?\s+of\b|"
    r"\bop\s+papier\b|\bin\s+writing\b"
)

# Working together "under an agreement" is working under that agreement: "will co-operate
# with X under an agreement the two signed in Sendai", "op basis van een convenant". The
# noun names the type (ORIGIN_NOUN_TYPES).
UNDER_AGREEMENT = (
    r"\b(?:under|onder|op\s+basis\s+van|in\s+het\s+kader\s+van)\s+(?:a|an|the|their|its|een|de|"
    r"het|hun|haar)\s+(?:new\s+|nieuwe?\s+)?(?:[\w-]+\s+)?(?P<noun>agreement|contract|"
    r"memorandum|mou|covenant|convenant|\w*overeenkomst|\w*akkoord)\b"
)

# A kind of relationship that, right before "agreement", names the agreement's type: a
# "consortium agreement" is a consortium ("collaboration agreement" stays an agreement).
COMPOUND_MODIFIER_TYPES = frozenset({"consortium", "partnership", "alliance", "joint_programme"})

# The ending pattern's own words ("no longer", "verbreekt de banden", ...): stems of the
# termination type and the witnesses its pattern needs, one list for both.
ENDING_WORDS: tuple[str, ...] = (
    "no longer",
    "any longer",
    "niet langer",
    "niet meer",
    "exit",
    "leav",
    "verlaat",
    "verlaten",
    "verliet",
    "left the",
    "left its",
    "left their",
    "pulling out",
    "terug uit",
    "teruggetrokken",
    "terugtrekken",
    "verbr",
    "break",
    "broke",
    "ceas",
    "opzeg",
    "ten einde",
    "een einde",
    "op niets",
    "an end",
    "a close",
    "collaps",
    "failed",
    "fell through",
    "a halt",
    "defusie",
    "ketst",
    "staak",
    "staken",
    "is off",
    "are off",
    "was off",
    "were off",
    "off the table",
    "mislukt",
    "afgeketst",
    "gestaakt",
    "gestrand",
    "tafel",
    "teruggedraaid",
    " end ",
    " end.",
    " end,",
    " ends",
    " ended",
    " ending",
    "stop",
    "eindigt",
    "close ",
    "closes",
    "closed",
    "closing",
    "sluit",
    "sloten",
    "offering",
    "admitting",
    "accepting",
    "enrolling",
    "recruiting",
    "taking",
    "no admit",
    "no accept",
    "no enrol",
    "geen nieuwe",
    "demerg",
    "de-merg",
    "disband",
    "split",
    "undo",
    "undid",
    "revers",
    "terugdraai",
    "draai",
    "elkaar",
    "opgeheven",
    "gesplitst",
    "heff",
    "heft",
    "hief",
    "eigen weg",
    "streep",
    "ontbind",
    " apart",
    "fallen through",
    "weer zelfstandig",
    # Narrow words for the mergers that will not happen (speed: "fusie" or "merger" alone
    # would wake the pattern on every sentence of merger news).
    "komt er",
    "kwam er",
    "niet fuseren",
    "geen fusie",
    "fasee",
    "faser",
    "niet meer fuseren",
    "toch niet",
    "dus niet",
    "not merge",
    "not now merge",
    "longer merge",
    "t merge",
    "materialis",
    "materializ",
    "not served",
    "talks about",
    "talks on",
    "talks over",
    "against",
    "shelved",
    "blocked",
    "on ice",
    "ijskast",
    "longer",
    "stake in",
    "shareholding",
    "belang in",
    "aandelen in",
    # The end of a merger, a tie halted ("undone" holds "undo"; "ends", "eindigt" are in).
    "ongedaan",
    "weer als zelfstandig",
    "halt",
    # Programmes closed or run down, ventures liquidated.
    "discontinu",
    "liquid",
    "afgebouwd",
    # A merger given up, a venture that ceases to exist.
    "proceed",
    "pursu",
    "forward with",
    "te bestaan",
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
        "overeenkomst",
        "convenant",
        "covenant",
        "membership",
        "lidmaatschap",
        "suspen",
        "on hold",
        " ties",
        "ll off",
        "lled off",
        "lls off",
        "ways",
        "punt",
        "scrap",
        "schort",
        "stopgez",
        # "zegde het partnerschap op": the tie nouns of the split "opzeggen" (its verb is a
        # witness below; "zegt" alone is in every quote).
        "partnerschap",
        "alliantie",
        "afgebl",
        "blaz",
        "blaast",
        "blies",
        "stapt",
        "stappen",
        "stapte",
        "unwind",
        "unwound",
        "ontvlecht",
        "freez",
        "froze",
        "bevr",
        "wind",
        "wound",
        "bouw",
        "zet",
        "abandon",
        "go ahead",
        "going ahead",
        "cancel",
        "phase out",
        "phased out",
        "phases out",
        "phasing out",
        "drop",
        "wound up",
        "plug",
        "van de baan",
        "af van",
        "afgeschaft",
        "afschaf",
        "schaft",
        "schaff",
        "stekker",
        "afgebroken",
        "breken",
        "breekt",
        "brak",
        *ENDING_WORDS,
    ),
    "other": (
        "merg",
        "voeg",
        " as one",
        "single",
        "als één",
        "als een",
        "venture",
        "fusie",
        "fuse",
        "samengaan",
        "joint",
        "gezamenlijk",
        "oprichtingsakte",
        "incorporation",
        "together",
        "bedrijf",
        "onderneming",
        "spin-off",
        "spinoff",
        "start-up",
        "startup",
        "vennootschap",
    ),
    "mou": ("memorand", "mou", "letter", "declaration", "statement", "intentie"),
    "joint_programme": (
        "joint",
        "double",
        "dual",
        "gezamenlijk",
        "together",
        "diploma",
        "samen",
        "dubbel",
    ),
    "agreement": (
        "agreement",
        "agreed to",
        # With their space: "impact", "according" and "ideal" are no triggers (speed).
        " pact",
        "pact ",
        "pact.",
        "pact,",
        "pacten",
        "sprak",
        " accord",
        " deal",
        "handtekening",
        "contract",
        "covenant",
        "convenant",
        "overeenkomst",
        "akkoord",
        "afspraken",
        "papier",
        "signature",
        "licen",
    ),
    "consortium": ("consorti",),
    "alliance": (
        "allian",
        "verbond",
        "network",
        "netwerk",
        "founding charter",
        "oprichtingshandvest",
    ),
    "partnership": ("partner", "found", "oprich", "opgericht", "richtten", "richtte", "richt "),
    "collaboration": (
        "collab",
        "gezamenlijk",
        "project",
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
        "shar",
        "delen",
        "deel",
        "hands",
        "forces",
        "exchang",
        "wissel",
        "gedeelde",
        "gemeenschappelijke",
        "pool",
        "tie-up",
        "tieup",
        "tie up",
        "ties up",
        "tied up",
        "tying up",
        "forge",
        "handen",
        "in zee",
        "optrek",
        "optrok",
    ),
}

# A second pre-check for the trigger patterns whose stems (above) pass many sentences the
# pattern never matches: every match of the pattern contains one of these words (the
# n-th pattern of a type, in TRIGGERS order). Speed, not meaning: a sentence must then
# contain one of its type's stems and one of these.
TRIGGER_WITNESSES: dict[tuple[str, int], tuple[str, ...]] = {
    # The endings: "the partnership ends" needs the verb too, not only the noun.
    ("termination", 0): (
        "terminat",
        "beëindig",
        "beeindig",
        "not",
        "decide",
        "discontinu",
        "dissolv",
        "pull",
        "withdr",
        "ontbonden",
        "opgezegd",
        "niet",
        "end",
        "stop",
        "unwind",
        "unwound",
        "ontvlecht",
        "expire",
        "out",
        "eindigt",
        "afgelopen",
        "loopt",
        "liep",
        "suspen",
        "hold",
        # "ligt ... stil" ("stil" alone would pass every English "still").
        "ligt",
        "liggen",
        " lag ",
        " lagen ",
        "stilgelegd",
        "ways",
        "freez",
        "froze",
        "bevr",
        "wind",
        "wound",
        "bouw",
        "zet",
        "ties",
        "off",
        "scrap",
        "schort",
        "afgeblazen",
        "blaz",
        "blaast",
        "bliez",
        "stap",
        "zegt",
        "zegg",
        "zegd",
    ),
    ("termination", 2): ENDING_WORDS,
    # Mergers, joint ventures and companies founded together name what they make.
    ("other", 0): (
        "merg",
        "voeg",
        "organisat",
        "organizat",
        "ziekenhuis",
        "instelling",
        "hogeschool",
        "universit",
        "institution",
        "hospital",
        "venture",
        "fusie",
        "fuse",
        "samengaan",
        "compan",
        "firm",
        "business",
        "bedrijf",
        "onderneming",
        "spin",
        "start",
        "vennootschap",
        "oprichtingsakte",
        "incorporation",
    ),
    ("partnership", 0): ("partner",),
    ("partnership", 1): ("found", "oprichter", "opgericht", "richt", "together", "jointly"),
}

# The same for the other sentence-level patterns (joining, partner lists, anaphors).
GATE_STEMS: tuple[str, ...] = (
    # "Het programma loopt af op ...": a programme noun matters only when the tie runs out.
    "loopt af",
    "liep af",
    "expire",
    "arrival",
    "admi",
    "welcom",
    "komst van",
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
    # "A, B and C set up G", "... have formed G since 2019" (see find._founders_before).
    "set up",
    "launched",
    " formed",
    " form ",
    "vormen",
    "vormt",
    "vormden",
)

# Joining is an event per organisation: "A and B joined G" is two records.
# Words that admit a newcomer ("grew with the arrival of A and B", "admitted A as a member").
ADMISSION = (
    r"arrival\s+of|admi(?:t|ts|tted|tting|ssion\s+of)|welcom(?:es|ed)\s+(?:\S+\s+){1,8}?as\s+(?:a\s+|an\s+|its\s+)?"
    r"(?:\w+\s+)?(?:member|partner)|new\s+members?|toetreding\s+van|komst\s+van|nieuwe\s+leden|"
    r"toegelaten|verwelkom\w*\s+(?:\S+\s+){1,8}?als\s+(?:\w+\s+){0,2}(?:lid|partner)"
)

JOIN_EVENT = (
    r"\b(?:join(?:s|ed|ing)?|become\s+(?:a\s+)?members?|became\s+(?:a\s+)?members?|treedt\s+toe|"
    r"trad\s+toe|treden\s+toe|traden\s+toe|toegetreden|sluit\w*\s+(?:zich\s+)?aan|"
    # The verb of a subordinate clause: "waar ze zich in 2006 bij aansloot", "toetrad".
    r"aansloot|aansloten|aangesloten|toetrad|toetraden|lid\s+(?:werd|werden|is\s+geworden)|"
    # "A en B werden in 2020 lid van G": becoming members is joining, one by one.
    r"(?:werd|werden|worden|wordt)\s+(?:\S+\s+){0,3}?lid|"
    # Inverted order after a fronted phrase: "Eerder dit jaar werden A en B lid van G".
    r"(?:werd|werden)\s+(?:\S+\s+){0,10}?lid\s+van|"
    # Joining told without the body: "will sign up as partners", "sluiten zich later aan".
    r"sign(?:s|ed)?\s+up\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:partners?|members?)|"
    # The particle split from its verb by the subject or a time ("Daarnaast treedt X per 1
    # januari toe tot G", "Per 1 maart treedt ook X tot het netwerk toe", "X sluit zich op
    # 1 januari bij G aan").
    r"(?:treedt|treden|trad|traden)\s+(?:[^\s,;.]+\s+){1,6}?toe\s+tot\b|"
    r"(?:treedt|treden|trad|traden)\s+(?:[^\s,;.]+\s+){0,6}?tot\s+(?:[^\s,;.]+\s+){1,6}?toe\b|"
    r"(?:sluit|sluiten|sloot|sloten)\s+(?:[^\s,;.]+\s+){0,3}?zich\s+(?:[^\s,;.]+\s+){0,4}?bij\s+"
    r"(?:[^\s,;.]+\s+){1,6}?aan\b|"
    r"sluit\w*\s+zich\s+(?:[^\s,;.]+\s+){0,4}?aan\b|" + ADMISSION + r")\b"
)

JOIN_PATTERN = (
    r"\b(?:join(?:s|ed|ing)?|become\s+(?:a\s+)?member|became\s+(?:a\s+)?member|members?\s+of|"
    r"belongs?\s+to|treedt\s+toe|trad\s+toe|toegetreden|sluit\w*\s+(?:zich\s+)?aan|lid\s+van|"
    r"maakt\s+deel\s+uit|maken\s+deel\s+uit|deel\s+uit\s+(?:te\s+)?maken|part\s+of|"
    # A time or an adverb may split the verb from its particle: "maken sinds 2019 deel uit
    # van", "maakt al jaren deel uit van".
    r"deel\s+uit\s+van|"
    r"among\s+(?:the\s+|its\s+)?members|founding\s+members?|"
    # "sluit zich per 1 maart aan bij G", "is sinds 2024 aangesloten bij G", "dat X partner
    # wordt van G", "becomes an associate partner of G".
    r"sluit\w*\s+zich\s+(?:\S+\s+){0,6}?aan\s+bij|aangesloten\s+bij|"
    r"(?:partner|lid)\s+(?:wordt|worden|werd|werden)\s+(?:van|bij)|"
    r"(?:wordt|worden|werd|werden)\s+(?:\S+\s+){0,3}?partner\s+(?:van|bij|in)|"
    r"(?:become|becomes|became|becoming)\s+(?:a\s+|an\s+)?(?:\w+\s+)?partner\s+(?:of|in)|"
    # "will sign up as associate partners", "sluiten zich volgend jaar aan": joining, the
    # body named before.
    r"sign(?:s|ed)?\s+up\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:partners?|members?)|"
    # The particle split from its verb by the subject or a time ("Daarnaast treedt X per 1
    # januari toe tot G", "Per 1 maart treedt ook X tot het netwerk toe", "X sluit zich op
    # 1 januari bij G aan").
    r"(?:treedt|treden|trad|traden)\s+(?:[^\s,;.]+\s+){1,6}?toe\s+tot\b|"
    r"(?:treedt|treden|trad|traden)\s+(?:[^\s,;.]+\s+){0,6}?tot\s+(?:[^\s,;.]+\s+){1,6}?toe\b|"
    r"(?:sluit|sluiten|sloot|sloten)\s+(?:[^\s,;.]+\s+){0,3}?zich\s+(?:[^\s,;.]+\s+){0,4}?bij\s+"
    r"(?:[^\s,;.]+\s+){1,6}?aan\b|"
    # The subject between the verb and "zich" after a fronted time: "Per 1 september sluit X
    # zich aan bij G".
    r"(?:sluit|sluiten|sloot|sloten)\s+(?:[^\s,;.]+\s+){1,4}?zich\s+(?:[^\s,;.]+\s+){0,3}?aan\s+bij|"
    r"sluit\w*\s+zich\s+(?:[^\s,;.]+\s+){0,4}?aan\b|" + ADMISSION + r")\b"
)

# Words about a relationship's life: only such a sentence adds a date to an earlier record.
LIFECYCLE = (
    r"\b(?:sign\w*|ondertek\w*|getekend|tekenen|tekenden|start\w*|began|begins|begint|"
    r"took\s+effect|takes\s+effect|in\s+effect|approved|concluded|formed|established|launched|"
    r"founded|set\s+up|ingegaan|gaat\s+in|ging\s+in|van\s+kracht|in\s+werking|loopt|runs|"
    r"expires?|ends?|ended|eindigt|renew\w*|verleng\w*|extended|goedgekeurd|opgericht|liep|"
    r"lopen|liepen|ran|gesloten|sloten|aangegaan|entered\s+into|"
    # "De eerste overeenkomst dateert van 2019", "the first agreement dates back to 2012".
    r"dateert|dateerde|dates\s+(?:back\s+)?(?:from|to)|dating\s+(?:back\s+)?(?:from|to))\b"
)

# A sentence that only says how long an agreement runs ("De nieuwe overeenkomst loopt tot
# eind 2030"): its date is the end of the term, not when the agreement was made.
TERM_END = (
    r"\b(?:loopt\s+(?:nog\s+|nu\s+|voortaan\s+)?(?:tot|t/m)|lopen\s+tot|runs?\s+(?:until|till|through)|"
    r"(?:is\s+)?valid\s+until|geldig\s+tot|until|tot\s+en\s+met|duurt\s+tot)\b"
)

# "the first agreement": a sentence about the original, not about a renewal.
ORIGINAL = r"\b(?:first|original|earlier|previous|eerste|oorspronkelijke|vorige)\b"

# Status cues, checked in this order (after renewal and a past signing, which win);
# the first that matches the sentence decides.
STATUS_CUES: tuple[tuple[str, str], ...] = (
    (
        "renewed",
        # "can be renewed by mutual consent", "kan worden verlengd": a term, not a renewal
        # (looked behind only once the word matched: speed, not meaning).
        r"\b(?:renew(?:s|ed|ing|al)?(?<!can be renewed)(?<!may be renewed)(?<!could be renewed)|"
        r"extend(?:s|ed|ing)?\s+(?:\w+\s+){0,4}(?:agreement|partnership|"
        r"collaboration|cooperation|alliance|contract|membership|participation)|extension\s+of|"
        r"prolong\w*|verleng\w*(?<!kan worden verlengd)(?<!kunnen worden verlengd)|vernieuw\w*|"
        # Going on for a new term is a renewal: "zetten hun samenwerking minstens vijf jaar
        # voort", "continue their partnership for another five years".
        r"(?:zetten|zet|zette)\s+(?:\S+\s+){0,10}?(?:jaar|jaren)\s+voort|"
        r"continu\w*\s+(?:\S+\s+){0,6}?for\s+(?:another|a\s+further|an\s+additional)\s+"
        r"(?:\w+\s+)?years?)\b",
    ),
    (
        "planned",
        r"\b(?:will\s+(?:\w+\s+)?(?:sign|collaborate|cooperate|work|join|form|launch|set\s+up|"
        r"establish|start|become|enter|intensify|strengthen|explore|offer|create|develop)\w*|"
        r"intends?\s+to|intention\s+to|plans?\s+to|planned|planning\s+to|aims?\s+to|"
        r"(?:is|are)\s+going\s+to|"
        r"wish(?:es)?\s+to|want\s+to|are\s+to|is\s+to|to\s+be\s+signed|expected\s+to|"
        r"(?:is|are)\s+expected|wordt\s+verwacht|verwacht\w*|"
        r"gaan\s+(?:\w+\s+)?samenwerken|gaan\s+(?:\w+\s+){0,3}(?:tekenen|ondertekenen)|zullen|willen|wil|"
        # "gaan een strategische alliantie aan": about to enter into it.
        r"(?:gaan|gaat)\s+(?:\S+\s+){0,5}?(?:\w*alliantie|\w*samenwerking\w*|partnerschap|"
        r"verbintenis|\w*overeenkomst|fusie)\s+aan|"
        r"van\s+plan|voornemen|verkennen|naar\s+verwachting|wordt\s+(?:\w+\s+)?(?:getekend|ondertekend)|"
        r"to\s+(?:intensify|strengthen|collaborate|cooperate|work\s+together|join|sign|form|launch|"
        r"deepen|expand|offer|start|open|create|set\s+up|establish|found))\b",
    ),
    (
        "signed",
        r"\b(?:sign(?:s|ed|ing)?|ondertek\w*|tekenen|tekenden|getekend|tekent|sealed|concluded|"
        r"entered\s+into|formed|forms|established|set\s+up|launched|founded|joined|joins|"
        r"agreed|gesloten|sloten|sluiten|opgericht|aangegaan|formalised|formalized|approved|"
        r"admitted|arrival\s+of|toegelaten|toegetreden|co-?founded|mede-?opgericht|"
        r"became\s+(?:a\s+)?members?|(?:werd|werden)\s+(?:\S+\s+){0,3}?lid\b|"
        # A tie made, told as news: "teams up with", "joined forces", "has partnered with",
        # "inked", "slaan de handen ineen", "gaat in zee met".
        r"team(?:s|ed)\s+up|join(?:s|ed)\s+(?:forces|hands)|unit(?:es|ed)\s+(?:their\s+)?forces|"
        r"(?:has|have)\s+partnered|partnered\s+(?:up\s+)?with|partners\s+with|inks|inked|"
        r"struck|slaan\s+(?:\S+\s+){0,3}?handen\s+ineen|sloegen\s+(?:\S+\s+){0,3}?handen\s+ineen|"
        r"(?:gaat|gaan|ging|gingen)\s+(?:\S+\s+){0,6}?in\s+zee|bundelen\s+(?:\S+\s+){0,2}?krachten|"
        r"bundelden|zetten\s+(?:\S+\s+){0,2}?handtekening|zetten\s+(?:\S+\s+){0,2}?handtekeningen|"
        r"announced|announces|kondigden\s+aan|kondigen\s+aan|"
        r"(?:started|began|launched|founded|created)\s+(?:the|a|an|their|de|het|een)\b|"
        r"took\s+effect|takes\s+effect|ingegaan|gaat\s+in|"
        # A company founded, told in the present as news: "richten samen een joint venture
        # op", "richt met B een bedrijf op" (not "richten zich op", to focus on).
        r"(?:richten|richt)\s+(?!zich\b)(?:\S+\s+){0,10}?(?:joint\s+venture|\w*bedrijf|"
        r"vennootschap|onderneming|stichting|spin-?off|start-?up)\s+op)\b",
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
    # The Dutch of "have formed / established": "hebben een consortium gevormd".
    r"\b(?:hebben|heeft)\s+(?:\S+\s+){0,10}?(?:gevormd|opgericht)\b|"
    r"\bsigned\s+today\b"
)

# A signing, renewal or ending stated as just done: the news item's date is its date.
SIGNED_NOW = (
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:signed|concluded|sealed|formed|established|joined|"
    r"entered|renewed|extended|ended|terminated)|\bsigned\b|\bsigns\b|\bondertekend|\btekenden\b|"
    r"\btekende\b|\btekent\b|\bends\b|\bsuspends\b|\bschort\b|"
    r"\bgetekend\b|\bondertekenden\b|\btekenen\b|\bbeëindig(?:t|en|d)\b|\bterminat(?:es|ed)\b|"
    r"\bstopt\b|\bstoppen\b|\bannounced\b|\b(?:hebben|heeft)\s+(?:\S+\s+){0,14}?(?:ondertekend|"
    r"getekend|gesloten|verlengd|beëindigd)|\bjoined\b|\bjoins\b|\btoday\b|\bvandaag\b|"
    # A renewal in the Dutch perfect, its verb last after a long object ("heeft haar
    # samenwerking met X op het gebied van ... met vijf jaar verlengd") or in the passive
    # ("dat het partnerschap met X ... met vijf jaar is verlengd"): news of the day.
    r"\b(?:hebben|heeft)\s+(?:[^\s.;:]+\s+){15,30}?(?:verlengd|vernieuwd)\b|"
    r"\b(?:verlengd|vernieuwd)\s+(?:is|zijn)\b|\b(?:is|zijn)\s+(?:\S+\s+){0,4}?(?:verlengd|"
    r"vernieuwd)\b|"
    # A body set up or a deal concluded, reported as news: "have set up a joint venture",
    # "was concluded between", "hebben een joint venture opgericht".
    r"\b(?:have|has)\s+(?:\w+\s+)?(?:set\s+up|founded)\b|"
    r"\b(?:was|were)\s+(?:\w+\s+)?concluded\b|"
    r"\b(?:hebben|heeft)\s+(?:\S+\s+){0,14}?(?:opgericht|opgezet|afgesloten|aangegaan|gevormd)\b|"
    # Concluding in the simple past or present: "sloot overeenkomsten met", "sluiten een convenant".
    r"\b(?:sloot|sloten|sluit|sluiten|concludes|concluded)\b|"
    # A company founded, told in the present: "richten samen een joint venture op".
    r"\b(?:richten|richt)\s+(?!zich\b)(?:\S+\s+){0,10}?(?:joint\s+venture|\w*bedrijf|"
    r"vennootschap|onderneming|stichting|spin-?off|start-?up)\s+op\b|"
    # An ending reported as just done: "has suspended", "heeft ... opgeschort", "part ways".
    r"\b(?:have|has)\s+(?:\w+\s+){0,2}?(?:suspended|put|called\s+off|scrapped|cut)\b|"
    # Renewals and endings in the simple past or present: "extended their partnership",
    # "pulled out of", "froze the collaboration", "verlengden", "bevriest de banden".
    r"\b(?:renewed|extended|renews|extends|verlengden|verlengde|verlengt|"
    r"(?:has|have)\s+(?:\w+\s+)?(?:pulled\s+out|withdrawn|frozen|dissolved)|pulled\s+out|"
    r"withdrew|froze|freezes|bevriest|bevriezen|bevroor|bevroren|"
    r"(?:zet|zetten|zette|zetten)\s+(?:\S+\s+){0,8}?on\s+hold)\b|"
    r"\b(?:hebben|heeft)\s+(?:\S+\s+){0,14}?(?:opgeschort|stopgezet|afgeblazen|opgezegd)\b|"
    r"\bpart\s+ways\b|\b(?:zet|zetten)\s+(?:\S+\s+){0,4}?punt\s+achter\b|"
    # An ending in the simple past, as news: "suspended its partnership", "halted".
    r"\b(?:suspended|halted)\b|"
    # An ending that takes effect at once is the news's: "schorten de samenwerking per direct
    # op", "met onmiddellijke ingang", "with immediate effect", "has wound down".
    r"\b(?:per\s+direct|met\s+onmiddellijke\s+ingang|with\s+immediate\s+effect|"
    r"effective\s+immediately|(?:has|have)\s+(?:\w+\s+)?wound\s+down)\b|"
    # Put in writing, as news: "hebben hun samenwerking vastgelegd", "kwam op papier";
    # agreements made, as news: "heeft afzonderlijke meerjarenafspraken gemaakt met".
    r"\b(?:vastgelegd|legden\s+(?:\S+\s+){0,6}?vast|op\s+papier)\b|"
    r"\b(?:hebben|heeft)\s+(?:\S+\s+){0,6}?\w*afspraken\s+(?:\S+\s+){0,2}?gemaakt\b|"
    # A tie made, told as news: "has teamed up with", "joined forces", "slaan de handen ineen".
    # An ending decided, told as news: "have abandoned", "was cancelled", "zien af van".
    r"\b(?:abandoned|cancell?ed|scrapped|dropped|afgeschaft|(?:zien|ziet)\s+(?:\S+\s+){0,4}?af)\b|"
    r"\b(?:team(?:s|ed)\s+up|join(?:s|ed)\s+(?:forces|hands)|unit(?:es|ed)\s+(?:their\s+)?forces|"
    r"(?:has|have)\s+partnered|partnered\s+with|inks|inked|"
    r"slaan\s+(?:\S+\s+){0,3}?handen\s+ineen|sloegen\s+(?:\S+\s+){0,3}?handen\s+ineen|"
    r"(?:gaat|gaan|ging|gingen)\s+(?:\S+\s+){0,6}?in\s+zee)\b|"
    # An acquisition agreed or told in the present, as news: "has agreed to acquire",
    # "acquires", "neemt ... over", "koopt".
    r"\b(?:(?:has|have)\s+agreed\s+to|acquires|buys|koopt|kopen|"
    r"(?:neemt|nemen)\s+(?:\S+\s+){0,8}?over)\b"
)

# A leading phrase naming another tie beside the sentence's own ("Alongside the memorandum,
# A and B renewed their agreement", "Naast de intentieverklaring sloten ze ..."): its
# trigger does not type the sentence. Used with match().
ASIDE = r"\W*(?:alongside|besides|in\s+addition\s+to|naast|behalve)\s+[^,;]{1,80},"

# "On the same day they also signed ...": the date of the record just before.
SAME_DAY = (
    r"\b(?:on\s+the\s+same\s+day|the\s+same\s+day|on\s+that\s+day|op\s+dezelfde\s+dag|"
    r"dezelfde\s+dag|die\s+dag|op\s+diezelfde\s+dag|at\s+the\s+same\s+(?:ceremony|occasion)|"
    r"tijdens\s+dezelfde\s+bijeenkomst|"
    # "Alongside the memorandum, A and B renewed ...": at the same occasion.
    r"^\W*(?:alongside|besides|naast)\s+(?:the|this|that|de|het|dit|deze|dat)\s+"
    r"(?:memorand\w*|agreements?|mous?|letters?\s+of\s+intent|intentieverklaring|"
    r"\w*overeenkomst|akkoord|convenant))\b"
)

# Date expressions relative to the news item ("gisteren", "last Friday"): such a date in
# the sentence before a signing is the signing's date.
RELATIVE_DAY = (
    r"\b(?:yesterday|today|this\s+(?:morning|afternoon|evening)|last\s+\w+day|on\s+\w+day|"
    r"gisteren|eergisteren|vandaag|vanochtend|vanmiddag|vorige\s+\w+|afgelopen\s+\w+)\b|"
    # A bare weekday, also of a part of the day ("Tuesday evening", "dinsdagavond").
    r"^\w+day(?:\s+(?:morning|afternoon|evening|night))?$|^\w+dag(?:ochtend|middag|avond|nacht)?$"
)

# A sentence about an ended agreement that says when it runs out ("loopt op 31 maart af",
# "expires at the end of 2025"): the date of the ending, not of a new agreement.
EXPIRY = (
    r"\b(?:expires?|expired|runs\s+out|ran\s+out|ends|ended|will\s+end|comes\s+to\s+an\s+end|"
    r"loopt\s+(?:\S+\s+){0,6}?af|liep\s+(?:\S+\s+){0,6}?af|eindigt|stopt|afgelopen|"
    r"runs\s+until|loopt\s+(?:nog\s+)?tot)\b"
)

# A sentence right after a decision that says when it was taken ("Het college van bestuur
# nam dat besluit woensdag", "The board decided on Monday"): its relative day dates the
# record of the sentence before.
DECISION = (
    r"\b(?:besluit|besloot|besloten|beslist|beslisten|beslissing|decision|decided|decides|voted|"
    r"stemde|stemden|announced|maakte\s+\S+\s+bekend|maakten\s+\S+\s+bekend|"
    # The act itself told apart: "De akte werd woensdag verleden", "The deal was signed on
    # Tuesday", "de rectoren tekenden maandag".
    # Dutch puts the day and the place between: "werden vorige week vrijdag in Hasselt
    # ondertekend".
    r"(?:werd|werden|was|were|is|zijn)\s+(?:\S+\s+){0,6}?(?:ondertekend|getekend|verleden|"
    r"bekrachtigd|signed|sealed|finalised|finalized|approved|goedgekeurd)|"
    r"signed|tekende|tekenden|ondertekende|ondertekenden|agreed|overeengekomen)\b"
)

# A later sentence that points back at the news before it ("Dat hebben de besturen maandag
# beslist", "The rectors signed on Tuesday", "De akte werd woensdag verleden"): only such a
# sentence, or one naming the record's own parties, may tell the record's day.
BACK_REFERENCE = (
    r"^\W*(?:dat|dit|that|this|it|they|ze|zij)\b|\b(?:beide|both|the\s+two|de\s+twee)\b|"
    r"\b(?:the|their|its|that|this|these|de|het|hun|haar|dat|dit|deze|die)\s+(?:\w+\s+)?"
    r"(?:rectors?|presidents?|boards?|directors?|chairs?|deed|document|decision|deal|"
    r"signatures?|akte|oprichtingsakte|bestuur|besturen|raad|raden|college|colleges|rector|"
    r"rectoren|bestuurders?|voorzitters?|directies?|besluit|beslissing|handtekening(?:en)?|"
    # "The partners signed the shareholders' agreement on Friday", "de partijen tekenden".
    r"partners|partijen|"
    # The tie itself named back, or its signing: "The memoranda were signed on Tuesday",
    # "De overeenkomsten werden woensdag getekend", "De ondertekening vond maandag plaats".
    r"agreements?|memorand(?:um|a)|contracts?|covenants?|convenant(?:en)?|"
    r"\w*overeenkomst(?:en)?|akkoord(?:en)?|intentieverklaring(?:en)?|ondertekening|signing)\b"
)

# Agreements of a whole class, not of named organisations ("partnerships with institutions
# in high-risk countries", "samenwerkingen met bedrijven"): no record. Used with match().
GENERIC_COUNTERPART = (
    # A counted class ("with three partners") is named elsewhere on the page.
    r"\s*(?:with|met)\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|twee|drie|vier|vijf|"
    r"zes|zeven|acht|negen|tien|\d+)\s)(?:\w+\s+){0,2}?\w*(?:institutions|instellingen|universities|universiteiten|"
    r"companies|bedrijven|organisations|organizations|organisaties|partners|countries|landen|"
    r"hospitals|ziekenhuizen)\b"
    # "with three partners: A, B and C", "with universities including A", "with
    # universities in Belgium and Sweden: A and B": named after all.
    r"(?!(?:\s+(?:in|from|uit|van|across)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*[:(]|"
    r",?\s+(?:including|namely|such\s+as|waaronder|namelijk|zoals)\b|"
    # "met de ziekenhuizen Rijnstate en Isala": the names follow the noun at once.
    r"\s+(?-i:[A-Z]))"
)

# What follows the date of a wire dateline ("March 11, 2026 /PRNewswire/ --",
# "3 maart 2026 (ANP) -"). Used with match() right after the date.
DATELINE_END = r"\s*(?:/[A-Za-z .-]{2,30}/|\([A-Za-z .-]{2,30}\))?\s*(?:--|—|–|-)\s"

# The words before a date that starts an ongoing state ("since 2014").
SINCE_BEFORE = (
    r"\b(?:since|sinds|sedert|ever\s+since|al\s+sinds)\s+(?:(?:early|late|begin|eind|midden)\s+)?$"
)

# A signing told in the present perfect, as news ("have signed", "hebben ... getekend"): it
# takes no past date of its own, so a date after a relative pronoun later in the sentence
# ("that takes further the memorandum they concluded in April 2023") is another event's.
SIGNED_PERFECT = (
    r"\b(?:have|has)\s+(?:\w+\s+)?(?:signed|concluded|sealed|entered)\b|"
    r"\b(?:hebben|heeft)\s+(?:\S+\s+){0,10}?(?:ondertekend|getekend|gesloten)\b"
)
RELATIVE_CLAUSE = r"\b(?:that|which|who|whom|die|dat|welke|waarmee|waarin|waarvan)\b"

# Right before a renewal word: an option or a possibility to renew, which is a term of the
# tie, not its renewal ("kan daarna met vijf jaar worden verlengd", "can then be renewed
# once", "with an option to extend", "met een optie tot verlenging"). Used with search() on
# the text before the word, up to its end.
RENEWAL_OPTION = (
    r"(?:\b(?:kan|kunnen|can|may|could|might)\b(?:\s+[^\s,;.]+){0,6}?\s+(?:worden|be)|"
    r"\boptions?\s+(?:to|for)(?:\s+(?:a|an|its|their))?|\bopties?\s+(?:op|tot)(?:\s+een)?)\s+$"
)

# The first signing in a sentence that also tells of a renewal ("was signed in 2014 and
# last renewed in 2020", "werd in 2019 gesloten en in 2024 verlengd").
SIGNED_BEFORE_RENEWAL = (
    r"\b(?:signed|concluded|sealed|entered\s+into|established|founded|started|began|launched|"
    r"gesloten|getekend|ondertekend|opgericht|gestart|begonnen|aangegaan|"
    # The Dutch simple past closing the relative clause that tells the first signing ("Het
    # convenant, dat A en B in 2021 sloten, is vorige maand verlengd"); in a main clause it
    # tells the new signing ("ondertekenden donderdag een overeenkomst die ... verlengt").
    r"(?:sloot|sloten|tekende|tekenden|ondertekende|ondertekenden)(?=\s*,))\b"
)

# Near a date in a renewal sentence: the date of the first signing, not of the renewal.
FIRST_TIME = (
    r"\b(?:first|originally|initially|voor\s+het\s+eerst|oorspronkelijk|aanvankelijk|destijds)\b"
)

# A relative clause that tells when a tie named before it ended ("..., which ended on
# 31 December 2025", "..., dat in maart afliep").
ENDED_CLAUSE = (
    r",\s+(?:which|that|die|dat)\s+(?:\S+\s+){0,4}?(?:ended|expired|lapsed|ran\s+out|was\s+terminated|"
    r"afliep|eindigde|stopte|werd\s+beëindigd|werd\s+opgezegd)\b"
)
# The main verb right after an aside (after its closing comma or dash) that dates the making
# ("The agreement with B, signed in 2019, ends on 31 August", "Het akkoord met B, dat in 2016
# werd gesloten, loopt eind juni af"): the tie ends, dated by what follows the verb.
ENDS_AFTER_ASIDE = (
    r"\s*(?:(?:will|shall)\s+)?(?:ends?|expires?|runs?\s+out|comes?\s+to\s+an\s+end|"
    r"loopt|eindigt|stopt|vervalt)\b"
)

# Right before the name of a body that others are members of or join: such a body of
# unknown kind is an alliance ("member of the OECI", "lid van de VSNU", "joined X").
MEMBER_BEFORE = (
    r"\b(?:members?\s+of|lid\s+van|leden\s+van|joined|joins|join|toegetreden\s+tot|"
    r"toetreden\s+tot|trad\s+toe\s+tot|"
    # The Dutch particles of joining right before the body: "sluit zich (daarnaast) aan bij
    # G", "is sinds 2024 aangesloten bij G", "trad het ITG ook toe tot G".
    r"zich\s+(?:\S+\s+){0,3}?aan\s+bij|aangesloten\s+bij|toe\s+tot)\s+(?:the\s+|de\s+|het\s+)?"
    # What the body is may stand before its name: "a member of the trade association X".
    r"(?:(?:trade\s+|professional\s+|industry\s+|branche)?(?:association|vereniging|"
    r"federation|federatie|society|network|netwerk)\s+)?$"
)

# A relative clause after a body that others join, naming members it already has: "G,
# waar BUas al sinds 2022 lid van is", "G, waarvan A en B deel uitmaken", "G, of which A
# and B are members".
FELLOW_MEMBERS = (
    r",\s+(?:waar|waarvan|waarin|of\s+which|in\s+which|to\s+which)\b[^,;]*?"
    r"\b(?:lid|leden|deel\s+(?:van\s+)?uit\w*|members?|belongs?|aangesloten)\b"
)

# Joining told without the body, which the text named before: "will join as associate
# members next year", "will sign up as associate partners on 1 January", "sluiten zich
# volgend jaar aan", "treedt per 1 maart toe" (no "bij"/"tot" and no object).
OBJECTLESS_JOIN = (
    r"\b(?:(?:join|joins|joined)\s+(?:as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:partners?|members?)\b|"
    r"(?:next|later|this)\s+(?:year|month|spring|summer|autumn|winter)\b|in\s+\d{4}\b|"
    r"on\s+\d{1,2}\s+[A-Z]|\s*[.;:])|"
    r"sign(?:s|ed)?\s+up\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:partners?|members?)\b|"
    r"(?:sluit|sluiten|sloot|sloten)\s+zich\s+(?:[^\s,;.]+\s+){0,4}?aan\s*[.;:]|"
    r"(?:treedt|treden|trad|traden)\s+(?:[^\s,;.]+\s+){0,4}?toe\s*[.;:])"
)

# A membership told without the body, which the text named before: "B and C are already
# members.", "B has been a member since 2019.", "B en C zijn er al lid van." (the body right
# after "member(s) of" is told in full and read elsewhere).
ELLIPTIC_MEMBER = (
    r"\b(?:is|are|zijn|has\s+been|have\s+been|is\s+er|zijn\s+er)\s+(?:(?:er|already|also|both|"
    r"still|al|ook|nog|allebei|beide|sinds\s+\d{4}|since\s+\d{4})\s+)*(?:(?:a|an)\s+)?"
    r"(?:members?|lid|leden)(?:\s+van)?(?:\s+(?:too|as\s+well|already|since\s+\d{4}|"
    r"sinds\s+\d{4}))?\s*[.;]?\s*$"
)

# Between a member and the association it belongs to when the organisation itself is the
# member: a verb, adverbs and a year ("has been a member of", "is sinds 2021 lid van",
# "are both members of the"), no comma and no other name.
MEMBER_GAP = (
    r"^\.?\s*(?:(?:is|are|was|were|has|have|had|been|become|became|remains?|also|already|now|"
    r"both|still|itself|zijn|is|was|waren|al|ook|nog|allebei|beide|sinds|since|\d{4}|a|an|"
    r"een|full|founding|associate|active|members?|lid|leden|of|van|the|de|het|trade|"
    r"association|vereniging|branchevereniging|society|federation|federatie)\s+)*$"
)
# Right before an organisation that qualifies a person ("Professor A of X", "a researcher
# at X", "hoogleraar bij X"): X's name is no subject of the sentence.
PERSON_OF_BEFORE = r"\b(?:of|at|van|bij|aan|from|for)\s+(?:the\s+|de\s+|het\s+)?$"

# An organisation named by a group noun as its head is an alliance or a consortium of
# members, whatever kind the organisation finder gave it: Dutch puts the noun first
# ("Alliantie Technisch Talent", "Netwerk Acute Zorg Noord", "Consortium X"), English last
# ("Nordic AI in Health Consortium", "the Baltic Ports Alliance"); an English noun first is
# no head ("Network Rail", "Alliance Healthcare" are companies). Case-sensitive: the noun is
# part of the name.
GROUP_NAME = (
    r"^(?:Alliantie|Consortium|Netwerk)\s+\S|"
    r"\s(?:Alliance|Alliantie|Consortium|Network|Netwerk)$"
)

# A tie named with when it began, inside a sentence about something else: "renewed their
# memorandum, extending a partnership that began in 2015", "a research partnership that
# dates back to 2009", "het partnerschap dat in 2021 van start ging". The noun names the
# tie's type (ORIGIN_NOUN_TYPES), the date next to the verb its start.
ORIGIN_NOUN = (
    r"\b(?P<noun>partnerships?|collaborations?|cooperation|co-operation|agreements?|contracts?|"
    r"alliances?|memorand(?:um|a|ums)|mous?|programmes?|programs?|degrees?|relationships?|ties|"
    r"exchanges?|samenwerking\w*|partnerschap\w*|\w*overeenkomst\w*|akkoord\w*|convenant\w*|"
    r"allianties?|opleiding\w*|programma\w*|uitwisseling\w*)\b"
)
# English and Dutch verbs of a beginning that come before their date (a signing only
# "first signed": "the new agreement was signed on Tuesday" is the sentence's own event).
ORIGIN_VERB_BEFORE_DATE = (
    r"\b(?:that|which|die|dat)?\s*(?:has\s+|had\s+)?(?:began|begun|started|"
    r"dates?\s+back\s+to|dating\s+(?:back\s+)?(?:to|from)|goes\s+back\s+to|going\s+back\s+to|"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:(?:first|originally)\s+(?:signed|concluded|agreed)|"
    r"(?:first\s+|originally\s+)?(?:launched|set\s+up|established|founded|formed|created))|"
    r"launched|set\s+up|established|"
    r"(?:first|originally)\s+(?:signed|concluded|agreed)|teruggaat\s+tot|teruggaan\s+tot|"
    r"dateert\s+(?:uit|van)|dateren\s+(?:uit|van))\s+(?:in\s+|on\s+|uit\s+|van\s+)?$"
)
# Dutch verbs of a beginning that stand after their date, in a relative clause ("dat in
# 2021 begon"; a signing only "voor het eerst").
ORIGIN_VERB_AFTER_DATE = (
    r"\s*(?:begon|begonnen|startte|startten|van\s+start\s+ging|werd\s+(?:opgezet|gestart|"
    r"opgericht)|is\s+(?:begonnen|gestart|opgezet)|voor\s+het\s+eerst\s+(?:werd\s+)?"
    r"(?:gesloten|ondertekend|getekend|sloten|tekenden|ondertekenden))\b"
)
# Dutch verbs of entering into a tie that stand after their date, in a relative clause
# right after the tie's noun, the subject between: "De alliantie die A en B in 2021
# aangingen, wordt ontbonden", "het convenant dat ze in 2019 sloten".
ORIGIN_ENTERED_AFTER_DATE = (
    # The partner may stand between: "die Treant in 2016 met het labbedrijf Certe sloot".
    r"\s*(?:met\s+(?:[^\s,;:.]+\s+){1,6}?)?(?:aangingen|aanging|zijn\s+aangegaan|is\s+aangegaan|"
    r"hebben\s+gesloten|heeft\s+gesloten|sloten|sloot)\b"
)
# Right before a programme noun: it names a joint programme ("joint master's programme").
JOINT_BEFORE = r"\b(?:joint|double|dual|gezamenlijke?|dubbele?)\s+(?:[\w'’-]+\s+){0,2}$"
ORIGIN_NOUN_TYPES: dict[str, str] = {
    # Looked up in this order, by containment: "samenwerkingsovereenkomst" is an agreement,
    # "uitwisselingsprogramma" an exchange agreement, not a joint programme.
    "overeenkomst": "agreement",
    "akkoord": "agreement",
    "convenant": "agreement",
    "contract": "agreement",
    "agreement": "agreement",
    "exchange": "agreement",
    "uitwisseling": "agreement",
    "partnership": "partnership",
    "partnerschap": "partnership",
    "collaboration": "collaboration",
    "cooperation": "collaboration",
    "co-operation": "collaboration",
    "relationship": "collaboration",
    "ties": "collaboration",
    "samenwerking": "collaboration",
    "alliance": "alliance",
    "alliantie": "alliance",
    "memorand": "mou",
    "mou": "mou",
    "programme": "joint_programme",
    "program": "joint_programme",
    "degree": "joint_programme",
    "opleiding": "joint_programme",
    "programma": "joint_programme",
}

# Acquisitions: one organisation buys another (type "other", as a merger). Found by
# structure (find._acquisition): the buyer named before the verb, the one bought named right
# after it ("X has agreed to acquire Y", "X neemt Y over", "X kocht vorig jaar het Delftse
# Y") or, with the verb last in a relative clause, right before it ("X, dat vorig jaar Y
# overnam"). A verb with no organisation as its object ("bought four start-ups", "acquired
# a stake in Y", "takes over from Y") gives nothing.
ACQUISITION_STEMS: tuple[str, ...] = (
    "acquir",
    "buy",
    "bought",
    "purchas",
    " over",
    "kocht",
    "koopt",
    "kopen",
)
# The verb before its object; Dutch "neemt ... over" needs its particle right after the
# object (ACQUIRED_PARTICLE).
ACQUIRES = (
    r"\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|"
    r"(?:take|takes|taking|took)\s+over|koopt|kopen|kocht|kochten|"
    r"(?P<split>neemt|nemen|nam|namen))\b"
)
ACQUIRED_PARTICLE = r"\s*over\b"
# The verb after its object, closing a subordinate clause.
ACQUIRES_LAST = r"\b(?:overnam|overnamen|overneemt|overnemen|heeft\s+overgenomen|kocht|kochten)\b"
# Between the verb and the organisation bought: articles, a time, and adjectives written with
# a capital ("het Delftse", "the Belgian", "vorig jaar al het Nederlandse").
ACQUIRED_GAP = (
    r"(?:\s+(?:the|a|an|de|het|een|al|ook|nog|already|also|vorig|vorige|jaar|maand|week|"
    r"eerder|in|\d{4}|[A-Z][\w'’-]*|[\w-]+-based))*\s+"
)
# Between the buyer and its verb: an apposition between commas, then a few auxiliaries
# ("Halden Medical AG, the Zug-based maker of implants, has agreed to acquire").
BUYER_GAP = r"\.?(?:\s*,[^,;:]{1,80},)?(?:\s+[^\s,;:]+){0,4}?\s+"
# Between the buyer and the object of a clause-final verb: a relative pronoun and a time.
BUYER_BEFORE_OBJECT = r"\s*,\s*(?:dat|die|which|that)(?:\s+[^\s,;:]+){0,5}?\s+"
# A denial between the buyer and its verb: "decided not to buy", "wil X niet overnemen".
ACQUISITION_DENIED = r"\b(?:not|never|niet|nooit|geen)\b"

# A tie told in a relative clause about an organisation (find._relative_ties): "X, waarmee
# Y al jaren samenwerkt, ...", "X, with which Y has worked since 2019, ...": the clause's
# subject with X; "X, dat sindsdien samen met Y een dienst aanbiedt", "X, which trains
# doctors in partnership with Y": X with the partner after the preposition.
RELATIVE_TIE = (
    r",\s+(?:(?P<with>waarmee|with\s+which|with\s+whom|met\s+wie)|dat|die|which|that|who)\b"
)
# Between the organisation and the comma of its clause: its place or short form only.
RELATIVE_ANTECEDENT_GAP = r"\)?(?:\s*\([^()]{1,20}\)|\s+(?:in|uit|of|from)\s+[A-Z][\w'’-]+)?"
# Right before the partner of "dat ... samen met Y": the preposition of acting together.
TOGETHER_BEFORE = (
    r"\b(?:samen\s+met|together\s+with|jointly\s+with|in\s+partnership\s+with|"
    r"in\s+samenwerking\s+met|in\s+collaboration\s+with)\s+(?:the\s+|de\s+|het\s+)?$"
)
