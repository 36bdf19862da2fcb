"""Words that make up date expressions, per language, as data for ``scraper.extract.dates.find``.

Normalisation constants (season and half start months) are fixed and shared
with the gold annotations: change them only together with the gold files.
"""

from __future__ import annotations

MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    "nl": {
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3,
        "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
        "augustus": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    # German is not a default language; sources for German-speaking peers opt in.
    "de": {
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3,
        "mär": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
        "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    },
    # French, like German, is read when a page declares it (``GenericSource``).
    "fr": {
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3,
        "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
        "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11,
        "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
    },
    # Spanish, Italian and Portuguese, read when a page declares one: partner universities'
    # own news and official names dated in their language ("12 marzo 2025", "3 de maio").
    "es": {
        "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
        "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
        "noviembre": 11, "diciembre": 12, "dic": 12,
    },
    "it": {
        "gennaio": 1, "genn": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5,
        "giugno": 6, "luglio": 7, "agosto": 8, "settembre": 9, "sett": 9, "ottobre": 10,
        "ott": 10, "novembre": 11, "dicembre": 12,
    },
    "pt": {
        "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "abril": 4,
        "maio": 5, "junho": 6, "julho": 7, "agosto": 8, "setembro": 9, "set": 9,
        "outubro": 10, "out": 10, "novembro": 11, "dezembro": 12, "dez": 12,
    },
}  # fmt: skip

# English month names that are also ordinary words ("you may", "a march"):
# in running text they count only when capitalised.
AMBIGUOUS_MONTH_WORDS: frozenset[str] = frozenset({"may", "march", "mar"})

SEASONS: dict[str, dict[str, int]] = {
    "en": {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12},
    "nl": {"voorjaar": 3, "lente": 3, "zomer": 6, "najaar": 9, "herfst": 9, "winter": 12},
    "de": {"frühling": 3, "frühjahr": 3, "sommer": 6, "herbst": 9, "winter": 12},
    "fr": {"printemps": 3, "été": 6, "automne": 9, "hiver": 12},
    "es": {"primavera": 3, "verano": 6, "otoño": 9, "invierno": 12},
    "it": {"primavera": 3, "estate": 6, "autunno": 9, "inverno": 12},
    "pt": {"primavera": 3, "verão": 6, "outono": 9, "inverno": 12},
}

SEASON_START_MONTHS: tuple[int, ...] = (3, 6, 9, 12)

# Phrase before a year -> first month of the half it names.
HALVES: dict[str, dict[str, int]] = {
    "en": {
        "early": 1, "beginning of": 1, "start of": 1, "first half of": 1,
        "mid": 6, "middle of": 6, "midway through": 6,
        "late": 7, "end of": 7, "second half of": 7, "latter half of": 7,
    },
    "nl": {
        "begin": 1, "begin van": 1, "start van": 1, "eerste helft van": 1,
        "medio": 6, "midden": 6, "halverwege": 6,
        "eind": 7, "einde": 7, "eind van": 7, "einde van": 7, "tweede helft van": 7,
        "eind van het jaar": 7,
    },
    "de": {"anfang": 1, "erste hälfte": 1, "mitte": 6, "ende": 7, "zweite hälfte": 7},
    "fr": {"début": 1, "premier semestre": 1, "mi": 6, "fin": 7, "second semestre": 7},
    "es": {"principios de": 1, "mediados de": 6, "finales de": 7},
    "it": {"inizio": 1, "metà": 6, "fine": 7},
    "pt": {"início de": 1, "meados de": 6, "final de": 7},
}  # fmt: skip

WEEKDAYS: dict[str, dict[str, int]] = {
    "en": {
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6,
    },
    "nl": {
        "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4,
        "zaterdag": 5, "zondag": 6,
    },
    "de": {
        "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
        "samstag": 5, "sonnabend": 5, "sonntag": 6,
    },
    "fr": {
        "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
        "dimanche": 6,
    },
    "es": {
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
        "sábado": 5, "sabado": 5, "domingo": 6,
    },
    "it": {
        "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
        "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
    },
    "pt": {
        "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3,
        "sexta-feira": 4, "sábado": 5, "domingo": 6,
    },
}  # fmt: skip

# Modifiers before weekday/season/week/month/year words: -1 past, 0 current, +1 next.
RELATIVE_MODIFIERS: dict[str, dict[str, int]] = {
    "en": {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1},
    "nl": {
        "afgelopen": -1, "vorige": -1, "vorig": -1, "jongstleden": -1,
        "deze": 0, "dit": 0, "komende": 1, "komend": 1, "volgende": 1, "volgend": 1,
    },
    "de": {
        "letzten": -1, "letzte": -1, "letztes": -1, "vergangenen": -1, "vergangene": -1,
        "diesen": 0, "diese": 0, "dieses": 0, "nächsten": 1, "nächste": 1, "nächstes": 1,
        "kommenden": 1, "kommende": 1,
    },
    # French puts "dernier" and "prochain" after the noun: only the prefixed ones here.
    "fr": {"ce": 0, "cette": 0, "cet": 0},
    "es": {"este": 0, "esta": 0, "próximo": 1, "próxima": 1},
    "it": {"questo": 0, "questa": 0, "prossimo": 1, "prossima": 1, "scorso": -1, "scorsa": -1},
    "pt": {"este": 0, "esta": 0, "próximo": 1, "próxima": 1},
}  # fmt: skip

UNIT_WORDS: dict[str, dict[str, str]] = {
    "en": {"week": "week", "month": "month", "year": "year"},
    "nl": {"week": "week", "maand": "month", "jaar": "year"},
    "de": {"woche": "week", "monat": "month", "jahr": "year"},
    "fr": {"semaine": "week", "mois": "month", "année": "year"},
    "es": {"semana": "week", "mes": "month", "año": "year"},
    "it": {"settimana": "week", "mese": "month", "anno": "year"},
    "pt": {"semana": "week", "mês": "month", "ano": "year"},
}

# Parts of the day a weekday is compounded with: "dinsdagavond", "Dienstagabend".
# The compound names the weekday itself ("Tuesday evening").
DAY_PARTS: dict[str, tuple[str, ...]] = {
    "en": (),
    # Flemish news says "voormiddag" and "namiddag" ("woensdagnamiddag").
    "nl": ("ochtend", "morgen", "voormiddag", "middag", "namiddag", "avond", "nacht"),
    "de": ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"),
    "fr": (),
    "es": (),
    "it": (),
    "pt": (),
}

# Articles before a year used as a modifier: "the 2015 agreement", "het 2030-doel",
# "a 1990 spin-off", "its 2019 strategy".
YEAR_ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("the", "a", "an", "its", "their", "our", "his", "her"),
    "nl": ("de", "het"),
    "de": ("die", "der", "das", "dem", "den"),
    "fr": ("le", "la", "l'", "l’"),
    "es": ("el", "la"),
    "it": ("il", "lo", "la", "l'", "l’"),
    "pt": ("o", "a"),
}

# Prepositions before "the summer", "de zomer": a season of the reference's year or the last.
SEASON_ARTICLES: dict[str, tuple[str, ...]] = {
    "en": (
        "in the",
        "during the",
        "over the",
        "since the",
        "from the",
        "until the",
        "by the",
        "before the",
        "after the",
    ),
    "nl": (
        "in de",
        "in het",
        "tijdens de",
        "sinds de",
        "sinds het",
        "na de",
        "na het",
        "vanaf de",
        "vanaf het",
        "tot de",
        "tot het",
        "voor de",
        "voor het",
    ),
    "de": ("im", "seit dem"),
    "fr": ("au", "en", "depuis l'", "depuis l’"),
    "es": ("en", "desde"),
    "it": ("in", "dal", "nel"),
    "pt": ("no", "na", "desde"),
}

# Of those, the ones that look ahead: "from the autumn" is the coming autumn.
SEASON_AHEAD: tuple[str, ...] = (
    "from the", "until the", "by the", "before the", "vanaf de", "vanaf het", "tot de", "tot het",
    "voor de", "voor het",
)  # fmt: skip

# Single words meaning a day relative to the reference date.
DAY_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
        "this morning": 0, "this afternoon": 0, "this evening": 0,
        "the day before yesterday": -2, "the day after tomorrow": 2,
    },
    "nl": {
        "vandaag": 0, "gisteren": -1, "eergisteren": -2, "overmorgen": 2, "morgen": 1,
        "vanmorgen": 0, "vanochtend": 0, "vanmiddag": 0, "vanavond": 0, "vannacht": 0,
        "gisteravond": -1, "gistermiddag": -1, "gisterochtend": -1,
        # The full forms as Flemish and regional news write them.
        "gisterenavond": -1, "gisterenmiddag": -1, "gisterenochtend": -1,
        "gisterennamiddag": -1, "gisterennacht": -1,
    },
    "de": {"heute": 0, "gestern": -1, "vorgestern": -2, "übermorgen": 2},
    "fr": {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1},
    "es": {"hoy": 0, "ayer": -1, "anteayer": -2, "mañana": 1},
    "it": {"oggi": 0, "ieri": -1, "domani": 1},
    "pt": {"hoje": 0, "ontem": -1, "amanhã": 1},
}  # fmt: skip

# Days told relative to another day of the page ("een dag eerder", "two days later", "the
# day before"): counted from the last day told before them (``anchored``), not from the
# publication date. The count, the word of direction (days after the anchor: +1, before:
# -1), and whole phrases with their shift.
DAY_COUNTS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "een": 1, "één": 1, "two": 2, "twee": 2, "three": 3, "drie": 3,
}  # fmt: skip
SHIFT_WORDS: dict[str, int] = {
    "later": 1, "after": 1, "afterwards": 1, "daarna": 1, "erna": 1, "nadien": 1,
    "earlier": -1, "before": -1, "eerder": -1, "ervoor": -1, "daarvoor": -1,
}  # fmt: skip
ANCHORED_DAY_PHRASES: dict[str, int] = {
    "the day before": -1, "the previous day": -1, "the preceding day": -1,
    "the day after": 1, "the next day": 1, "the following day": 1,
    "de dag ervoor": -1, "de dag daarvoor": -1, "de dag voordien": -1, "daags ervoor": -1,
    "daags daarvoor": -1, "de dag erna": 1, "de dag daarna": 1, "de volgende dag": 1,
    "daags erna": 1, "daags daarna": 1,
}  # fmt: skip

# "morgen" also means "morning": not "tomorrow" after these words.
MORGEN_NOT_AFTER: tuple[str, ...] = ("'s", "’s", "deze", "die", "elke", "iedere", "goede", "de")

# Words after which a bare four-digit number reads as a year.
YEAR_CONTEXT: dict[str, tuple[str, ...]] = {
    "en": (
        "in", "since", "until", "till", "from", "by", "to", "of", "during", "before",
        "after", "through", "around", "circa", "year", "early", "late", "mid",
        # "throughout 2025", "starting 2027", "the years 2019 and 2020", "in both 2024 and
        # 2025", "FY 2026" (a fiscal year).
        "throughout", "starting", "years", "both", "fy",
        # "first hydrogen is planned for 2029", "beyond 2030", "towards 2030".
        "for", "beyond", "towards", "toward",
        # "three joint calls between now and 2029".
        "between now and",
    ),
    "nl": (
        "sinds", "tot", "vanaf", "per", "uit", "van", "in", "jaar", "voor", "na",
        "rond", "medio", "t/m", "tot en met", "begin", "eind", "tegen",
        # "uiterlijk 2027", "vóór 2030", "boekjaar 2025", "het schooljaar 2026-2027".
        "uiterlijk", "vóór", "boekjaar", "schooljaar", "studiejaar", "academiejaar",
        "collegejaar",
        # "verspreid over 2027 en 2028", "sedert 2019", "richting 2030", "anno 2026".
        "over", "sedert", "richting", "anno",
        # "tussen nu en 2030".
        "tussen nu en",
    ),
    "de": (
        "im", "seit", "bis", "von", "ab", "vor", "nach", "jahr", "jahre", "anfang", "ende", "mitte",
    ),
    "fr": ("en", "depuis", "dès", "avant", "après", "vers", "année", "début", "fin", "mi"),
    "es": ("en", "desde", "hasta", "antes", "después", "año"),
    "it": ("nel", "dal", "fino", "prima", "dopo", "anno"),
    "pt": ("em", "desde", "até", "antes", "depois", "ano"),
}  # fmt: skip

# Words before a bare month name ("in March") that make it a date.
MONTH_CONTEXT: dict[str, tuple[str, ...]] = {
    "en": (
        "in",
        "since",
        "until",
        "from",
        "by",
        "before",
        "after",
        "during",
        "early",
        "late",
        "mid",
        # "at the end of March", "by the beginning of June".
        "end of",
        "beginning of",
        "start of",
        "middle of",
    ),
    "nl": (
        "in",
        "sinds",
        "tot",
        "vanaf",
        "per",
        "voor",
        "na",
        "begin",
        "eind",
        "medio",
        "half",
        "tegen",
    ),
    "de": ("im", "seit", "bis", "ab", "anfang", "ende", "mitte"),
    "fr": ("en", "depuis", "dès", "début", "fin", "mi"),
    "es": ("en", "desde", "hasta"),
    "it": ("a", "in", "da", "fino"),
    "pt": ("em", "desde", "até"),
}

# Words shortly before a bare month that put it ahead ("expected to start in January",
# "zal in januari openen"): the next such month, not the nearest.
FUTURE_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        "will", "shall", "'ll", "’ll", "due to", "expected to", "expects", "expect", "set to",
        "plans to", "planned", "scheduled", "to start", "to begin", "to open", "to launch",
        "to take effect", "starting",
        # "A formal agreement is expected in the autumn", "is due in March".
        "is expected", "are expected", "is due", "are due",
        # A start told in the present looks ahead: "the programme starts in September" (not
        # "start" or "begin": "start-up", Dutch "begin maart").
        "starts", "begins", "opens",
        # An ending or a going-on told in the present looks ahead too: "the agreement,
        # which expires on 31 December", "leaves the network on 1 July", "the mission
        # continues in Johannesburg on Thursday".
        "expires", "ends", "ceases", "leaves", "continues",
        # The future of reported speech: "said it would end the agreement at the end of March".
        "would",
    ),
    "nl": (
        "zal", "zullen", "gaat", "gaan", "moet", "moeten", "vanaf", "verwacht", "gepland", "wordt",
        "worden",
        # "De eerste studenten beginnen in september": a start told in the present.
        "begint", "beginnen", "starten", "opent",
        # "AZ Herentals verlaat op 31 december het netwerk", "de overeenkomst verloopt op 1
        # juli", "de opleiding stopt op 31 augustus": an ending told in the present.
        "verlaat", "verlaten", "verloopt", "vervalt", "eindigt", "eindigen", "stopt",
        # "Een definitieve overeenkomst volgt naar verwachting in het najaar".
        "naar verwachting",
    ),
    "de": ("wird", "werden", "soll", "sollen", "ab"),
    "fr": ("va", "vont", "sera", "seront", "dès"),
    "es": ("va a", "van a", "será", "serán"),
    "it": ("sarà", "saranno"),
    "pt": ("vai", "vão", "será", "serão"),
}  # fmt: skip

# Words in the clause right after a bare month that tell it in the past ("In March the
# ministry asked ...", "In maart werd ..."): the latest such month, not the nearest.
# English regular past forms ("-ed") count too.
PAST_CUES: dict[str, tuple[str, ...]] = {
    "en": ("was", "were", "had", "did", "said", "began", "took", "made", "saw", "came", "went"),
    "nl": (
        "was", "waren", "werd", "werden", "had", "hadden", "tekende", "tekenden", "sloot",
        "sloten", "besloot", "besloten", "vroeg", "vroegen", "begon", "begonnen", "kwam",
        "ondertekende", "ondertekenden",
    ),
    "de": ("war", "waren", "wurde", "wurden", "hatte", "hatten"),
    "fr": (),
    "es": (),
    "it": (),
    "pt": (),
}  # fmt: skip

# Right after a year that opens a sentence, verbs that make it the subject, a date: "2027
# wordt het eerste jaar ...", "2025 was the year ...". (A number opening a sentence with
# another word after it may be a quantity: "2500 studenten".)
YEAR_OPENING_VERBS: dict[str, tuple[str, ...]] = {
    "en": (
        "is", "was", "will", "would", "has", "had", "saw", "sees", "brought", "brings",
        "marks", "marked", "became", "becomes", "began", "begins", "starts", "started",
        "ends", "ended", "proved", "promises", "looks", "turned", "must", "should", "could",
    ),
    "nl": (
        "wordt", "werd", "is", "was", "zal", "zou", "moet", "kan", "begint", "begon",
        "eindigt", "eindigde", "bracht", "brengt", "lijkt", "leek", "blijkt", "bleek",
        "stond", "staat", "geldt", "gold", "heeft", "had", "markeert", "markeerde", "gaat",
        "ging",
    ),
}  # fmt: skip

# Words that may stand between a past cue and the date it puts in the past: "signed on 3
# December", "announced in the spring", "werd in maart", "tekenden op 3 juni".
PAST_GLUE: tuple[str, ...] = (
    "on", "in", "at", "during", "the", "op", "in", "tijdens", "de", "het", "begin", "eind",
)  # fmt: skip

# Before a participle, words that make it an adjective ("the renewed agreement").
PARTICIPLE_AFTER: tuple[str, ...] = (
    "the", "a", "an", "its", "their", "this", "de", "het", "een", "hun", "haar", "zijn",
)  # fmt: skip

# Right before a date, words that make a look-ahead word look back: "met terugwerkende
# kracht tot 1 september", "retroactive to 1 January", "backdated to".
RETROACTIVE: tuple[str, ...] = (
    "terugwerkende kracht",
    "retroactive",
    "retroactively",
    "backdated",
)

# Of the words before a bare month, the ones that look ahead: "from September", "vanaf
# september", "tegen maart" (Flemish "by March").
MONTH_AHEAD: tuple[str, ...] = ("from", "by", "until", "vanaf", "per", "tot", "tegen", "ab", "bis")

# Words right before a day or month without a year that name when something takes effect
# ("met ingang van 1 september", "with effect from 30 June", "effective 1 July"): the next
# one, even in a sentence told in the past ("besloot dinsdag de samenwerking met ingang van
# 1 september te beëindigen").
EFFECT_AHEAD: tuple[str, ...] = (
    "met ingang van", "with effect from", "with effect on", "effective from", "effective",
)  # fmt: skip

# Right before a bare weekday, words that put it ahead: "continues until Tuesday", "the
# mission ends on Friday", "loopt tot zaterdag".
WEEKDAY_AHEAD_BEFORE: tuple[str, ...] = (
    "until", "till", "through", "ends on", "ending on", "continues on", "closes on",
    "tot", "tot en met", "t/m", "eindigt op", "loopt tot",
)  # fmt: skip
# Right after a bare weekday or a day without a year, a verb in the present that puts it
# ahead, even after a past verb of another clause: "die zaterdag afloopt", "de overeenkomst
# die ze in 2019 sloten en die op 31 december afloopt", "de regeling die op 1 juli ingaat".
AHEAD_AFTER: tuple[str, ...] = (
    "afloopt", "aflopen", "eindigt", "eindigen", "begint", "beginnen", "plaatsvindt",
    "opent", "ingaat", "ingaan", "verloopt", "verlopen", "vervalt", "vervallen", "stopt",
    "stoppen",
)  # fmt: skip

# Dutch separable verbs in the present, by the particle that closes their clause: the
# finite form stands before a day or month without a year, the particle after it ("Dijklander
# sluit zich op 1 januari bij het netwerk aan", "de laatste studenten studeren op 30 juni
# af", "het akkoord loopt eind juni af"), or right after the verb ("loopt af op 31
# augustus"). A present told with a date looks ahead: the next such day. Only present forms:
# "sloot zich aan", "studeerden af", "liep af" tell the past.
SEPARABLE_AHEAD: dict[str, tuple[str, ...]] = {
    "aan": ("sluit", "sluiten", "vangt", "vangen", "treedt", "treden"),
    "af": (
        "loopt", "lopen", "studeert", "studeren", "sluit", "sluiten", "rondt", "ronden",
        "bouwt", "bouwen", "treedt", "treden", "zwaait", "zwaaien",
    ),
    "toe": ("treedt", "treden"),
    "in": ("gaat", "gaan", "treedt", "treden", "stapt", "stappen"),
    "op": ("houdt", "houden", "heft", "heffen", "zegt", "zeggen"),
    "uit": ("stapt", "stappen", "treedt", "treden"),
    "over": ("stapt", "stappen", "neemt", "nemen", "gaat", "gaan"),
    "mee": ("doet", "doen", "stopt", "stoppen"),
    "door": ("gaat", "gaan", "loopt", "lopen"),
    "van start": ("gaat", "gaan"),
}  # fmt: skip

# Words that may follow the particle of a separable verb that closes its clause: the
# preposition of a phrase put after it ("sluit zich op 1 januari aan bij het netwerk",
# "treedt in maart toe tot de alliantie").
AFTER_PARTICLE: tuple[str, ...] = ("bij", "tot", "met", "van", "voor", "na", "in", "aan", "op")

# Prepositions before "the past year": a span up to now ("over the past year"), no date.
SPAN_BEFORE_PAST: tuple[str, ...] = ("over the", "in the", "during the", "for the", "within the")

# A four-digit number followed by one of these is a quantity, not a year.
QUANTITY_WORDS: frozenset[str] = frozenset(
    {
        "students", "studenten", "people", "mensen", "participants", "deelnemers",
        "employees", "medewerkers", "members", "leden", "euro", "euros", "dollars",
        "pounds", "hours", "uur", "km", "kilometres", "kilometers", "metres", "meter",
        "square", "tonnes", "ton", "pages", "words", "applicants", "patients",
        "patiënten", "researchers", "onderzoekers", "staff", "jobs", "banen", "copies",
        "visitors", "bezoekers", "new", "nieuwe", "extra", "more", "meer", "scientists",
        "children", "kinderen", "times", "keer", "m2", "m²", "beds", "bedden", "signatures",
        "respondents", "alumni", "places", "plaatsen", "seats", "homes", "woningen",
        "volunteers", "vrijwilligers", "cases", "gevallen", "samples", "monsters",
        "euro's", "mln", "million", "miljoen", "billion", "miljard",
    }
)  # fmt: skip

# Context words only a time can follow: "sinds 2012 studenten uit" is since 2012, not a
# count of 2012 students (QUANTITY_WORDS do not apply after them).
ONLY_TIME_BEFORE: tuple[str, ...] = ("since", "sinds", "sedert", "seit")

# A label whose words include one of these counts something: the number after its colon
# is a quantity, not a year ("Number of graduates: 2019", "Aantal plaatsen: 2000").
QUANTITY_LABEL_WORDS: frozenset[str] = QUANTITY_WORDS | frozenset(
    {
        "number", "aantal", "total", "totaal", "amount", "bedrag", "budget", "cost",
        "costs", "kosten", "capacity", "capaciteit", "size", "omvang", "graduates",
        "afgestudeerden", "count", "population", "price", "prijs", "value", "waarde",
    }
)  # fmt: skip
