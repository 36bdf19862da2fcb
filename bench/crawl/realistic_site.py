"""A realistic university news site: heavy page chrome, long bilingual articles.

The light site of ``synthetic_site.py`` names two organisations and one
agreement per article in a few KB of repetitive text. The news sites users
crawl look different, and this module generates pages like theirs:

- articles of 30-60 KB: a mega-menu, breadcrumb, cookie banner, share buttons,
  newsletter form, related-news sidebar, footer, inline CSS, an analytics and
  a config script, JSON-LD ``NewsArticle`` and Open Graph metadata;
- 500-1,200 words of body text in English or Dutch (about one page in three
  is Dutch), with 8-15 organisations (Dutch universities, UMCs, hogescholen,
  companies, foreign universities, ministries and funders, often with an
  acronym in parentheses, sometimes a faculty or department "of" one), and
  3-7 agreement sentences in varied phrasing (a memorandum of understanding,
  an intentieverklaring, joining a consortium, extending or ending a
  partnership, a joint degree, distributive lists of partners), quotes,
  figures and dates in the running text.

Every sentence template below was written for this benchmark. Everything is
derived from a seeded RNG: :func:`article_html` for the same arguments always
returns the same page.

The site (:func:`generate`, :func:`write_port_files`, :func:`html_paths`)
has the same layout and interface as ``synthetic_site``: home, section pages,
listing pages ``/news/`` and ``/news/page/K/`` with numbered pagination,
articles under ``/news/YYYY/MM/slug/``, print versions and tag searches that
robots.txt disallows, a sitemap index whose children hold 1,500 and 1,000 URLs
in turn (sitemaps larger than 1,000 URLs occur in the wild; the protocol
allows 50,000) and an RSS feed.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

SITE_VERSION = "r2"
PER_LISTING = 20
# Child sitemap sizes, in turn: the first holds 1,500 URLs (over the 1,000 a
# cautious crawler might assume), the next 1,000, and so on; the last holds the rest.
SITEMAP_SIZES = (1500, 1000)
FEED_ITEMS = 50
SECTIONS = (
    "education", "research", "about", "library", "students", "staff", "alumni", "contact",
    "innovation", "international",
)  # fmt: skip
DISALLOWED = ("/news/print/", "/search")
LANGS = ("en", "nl")

# -- organisations -----------------------------------------------------------
# (English name, Dutch name); an acronym is part of the name where sites write one.
UNIVERSITIES = (
    ("Leiden University", "Universiteit Leiden"),
    ("Delft University of Technology (TU Delft)", "Technische Universiteit Delft (TU Delft)"),
    ("Erasmus University Rotterdam (EUR)", "Erasmus Universiteit Rotterdam (EUR)"),
    ("University of Amsterdam (UvA)", "Universiteit van Amsterdam (UvA)"),
    ("Vrije Universiteit Amsterdam (VU)", "Vrije Universiteit Amsterdam (VU)"),
    ("Utrecht University", "Universiteit Utrecht"),
    ("Radboud University", "Radboud Universiteit"),
    ("Maastricht University (UM)", "Universiteit Maastricht (UM)"),
    ("University of Twente (UT)", "Universiteit Twente (UT)"),
    ("Wageningen University & Research (WUR)", "Wageningen University & Research (WUR)"),
    ("Eindhoven University of Technology (TU/e)", "Technische Universiteit Eindhoven (TU/e)"),
    ("University of Groningen", "Rijksuniversiteit Groningen (RUG)"),
    ("Tilburg University", "Tilburg University"),
    ("Open University of the Netherlands", "Open Universiteit"),
)  # fmt: skip
UMCS = (
    ("Erasmus MC", "Erasmus MC"),
    ("Leiden University Medical Center (LUMC)", "Leids Universitair Medisch Centrum (LUMC)"),
    ("Amsterdam UMC", "Amsterdam UMC"),
    ("UMC Utrecht", "UMC Utrecht"),
    ("Radboud university medical center (Radboudumc)", "Radboudumc"),
    ("University Medical Center Groningen (UMCG)", "Universitair Medisch Centrum Groningen (UMCG)"),
    ("Maastricht UMC+", "Maastricht UMC+"),
    ("Netherlands Cancer Institute (NKI)", "Nederlands Kanker Instituut (NKI)"),
)  # fmt: skip
HOGESCHOLEN = (
    ("Amsterdam University of Applied Sciences (AUAS)", "Hogeschool van Amsterdam (HvA)"),
    ("HU University of Applied Sciences Utrecht", "Hogeschool Utrecht (HU)"),
    ("Fontys University of Applied Sciences", "Fontys Hogescholen"),
    ("The Hague University of Applied Sciences (THUAS)", "De Haagse Hogeschool"),
    ("Saxion University of Applied Sciences", "Saxion Hogeschool"),
    ("Rotterdam University of Applied Sciences", "Hogeschool Rotterdam"),
    ("Hanze University of Applied Sciences", "Hanzehogeschool Groningen"),
    ("Avans University of Applied Sciences", "Avans Hogeschool"),
    ("Inholland University of Applied Sciences", "Hogeschool Inholland"),
)  # fmt: skip
COMPANIES = (
    ("ASML", "ASML"), ("Philips", "Philips"), ("Shell", "Shell"), ("KPN", "KPN"),
    ("Siemens Healthineers", "Siemens Healthineers"), ("Royal HaskoningDHV", "Royal HaskoningDHV"),
    ("NXP Semiconductors", "NXP Semiconductors"), ("Unilever", "Unilever"),
    ("Alliander", "Alliander"), ("Thales Nederland", "Thales Nederland"),
    ("Deltares", "Deltares"), ("Port of Rotterdam", "Havenbedrijf Rotterdam"),
)  # fmt: skip
FOREIGN = (
    ("KU Leuven", "KU Leuven"), ("Ghent University", "Universiteit Gent"),
    ("RWTH Aachen University", "RWTH Aachen University"),
    ("Technical University of Munich (TUM)", "Technische Universität München (TUM)"),
    ("ETH Zurich", "ETH Zürich"), ("University of Cambridge", "University of Cambridge"),
    ("University of Copenhagen", "Københavns Universitet"),
    ("University of São Paulo (USP)", "Universidade de São Paulo (USP)"),
    ("Stellenbosch University", "Stellenbosch University"),
    ("National University of Singapore (NUS)", "National University of Singapore (NUS)"),
    ("University of Toronto", "University of Toronto"),
    ("Sorbonne University", "Sorbonne Université"),
)  # fmt: skip
PUBLIC = (
    ("the Ministry of Education, Culture and Science (OCW)",
     "het ministerie van Onderwijs, Cultuur en Wetenschap (OCW)"),
    ("the Ministry of Economic Affairs and Climate Policy (EZK)",
     "het ministerie van Economische Zaken en Klimaat (EZK)"),
    ("the Ministry of Health, Welfare and Sport (VWS)",
     "het ministerie van Volksgezondheid, Welzijn en Sport (VWS)"),
    ("the Dutch Research Council (NWO)",
     "de Nederlandse Organisatie voor Wetenschappelijk Onderzoek (NWO)"),
    ("TNO", "TNO"), ("SURF", "SURF"), ("ZonMw", "ZonMw"), ("Rijkswaterstaat", "Rijkswaterstaat"),
    ("the Municipality of Rotterdam", "de gemeente Rotterdam"),
    ("the Province of Zuid-Holland", "de provincie Zuid-Holland"),
)  # fmt: skip
ORG_KINDS = (UNIVERSITIES, UMCS, HOGESCHOLEN, COMPANIES, FOREIGN, PUBLIC)
UNITS = (
    ("Faculty of Science", "Faculteit der Bètawetenschappen"),
    ("Faculty of Medicine", "Faculteit Geneeskunde"),
    ("Faculty of Law", "Faculteit der Rechtsgeleerdheid"),
    ("Department of Cardiology", "afdeling Cardiologie"),
    ("Institute for Environmental Studies", "Instituut voor Milieuvraagstukken"),
    ("School of Engineering", "School of Engineering"),
    ("Centre for Digital Humanities", "Centrum voor Digital Humanities"),
    ("Department of Public Health", "afdeling Maatschappelijke Gezondheidszorg"),
)  # fmt: skip

TOPICS = (
    ("quantum computing", "quantumcomputing"), ("climate adaptation", "klimaatadaptatie"),
    ("public health", "volksgezondheid"), ("urban water management", "stedelijk waterbeheer"),
    ("artificial intelligence", "kunstmatige intelligentie"),
    ("regenerative medicine", "regeneratieve geneeskunde"),
    ("the energy transition", "de energietransitie"), ("digital humanities", "digital humanities"),
    ("cyber security", "cybersecurity"), ("biodiversity", "biodiversiteit"),
    ("teacher training", "de lerarenopleiding"), ("data science", "datawetenschap"),
    ("circular construction", "circulair bouwen"), ("oncology", "oncologie"),
    ("sustainable food systems", "duurzame voedselsystemen"),
    ("semiconductor design", "chipontwerp"),
)  # fmt: skip
CONSORTIA = (
    "NextGen Water", "Quantum Delta", "HealthyLives", "CircuLab", "OpenMind AI", "FoodFutures",
    "GreenPort", "ChipNL", "OncoTrack", "HeritageNet",
)  # fmt: skip
PEOPLE = (
    "Anna de Vries", "Pieter Jansen", "Fatima El Amrani", "Jeroen Bakker", "Sanne Visser",
    "Mohammed Yilmaz", "Lotte Smit", "Daan Mulder", "Eva Bos", "Ruben Hendriks", "Noor Peters",
    "Thomas de Boer", "Iris van Dijk", "Lucas Meijer", "Julia Dekker", "Sem Vermeulen",
)  # fmt: skip
ROLES_EN = ("professor of {t}", "dean", "rector magnificus", "programme director", "researcher")
ROLES_NL = ("hoogleraar {t}", "decaan", "rector magnificus", "opleidingsdirecteur", "onderzoeker")
CITIES = (
    "Leiden",
    "Delft",
    "Rotterdam",
    "Utrecht",
    "Amsterdam",
    "Brussels",
    "Eindhoven",
    "Groningen",
)
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DAYS_NL = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()

# -- agreement sentences ------------------------------------------------------
# Slots: {a} {b} {c} {d} organisations, {t} topic, {date} a long date, {y} a year,
# {n} a number of years, {k} a consortium, {city} a city.
AGREEMENTS_EN = (
    "On {date}, {a} and {b} signed a memorandum of understanding (MoU) on {t}.",
    "{a} has signed an MoU with {b} that covers student exchange and joint research in {t}.",
    "{a} joins the {k} consortium, which is led by {b} and will run for {n} years.",
    "{a}, {b} and {c} have agreed to extend their partnership in {t} until {y}.",
    "After {n} years, {a} and {b} will end their collaboration on {t} on {date}.",
    "{a} and {b} are launching a joint degree programme in {t}, starting in September {y}.",
    "The rectors of {a} and {b} put their signatures to a strategic alliance in {city} on {date}.",
    "{a}, {b}, {c} and {d} each signed a letter of intent with {a2}.",
    "Together with {b}, {a} will set up a shared laboratory for {t}; the contract was signed"
    " on {date}.",
    "{a} is terminating its exchange agreement with {b} as of {date}.",
    "{a} and {b} renewed their framework agreement for another {n} years.",
    "{b} and {a} formalised their cooperation on {t} in a collaboration agreement last week.",
)  # fmt: skip
AGREEMENTS_NL = (
    "{a} en {b} hebben op {date} een intentieverklaring ondertekend over {t}.",
    "Op {date} tekenden {a} en {b} een samenwerkingsovereenkomst op het gebied van {t}.",
    "{a} sluit zich aan bij het consortium {k}, dat onder leiding staat van {b}.",
    "{a}, {b} en {c} verlengen hun samenwerking op het gebied van {t} tot en met {y}.",
    "{a} en {b} beëindigen per {date} hun samenwerking rond {t}.",
    "Vanaf september {y} bieden {a} en {b} samen een joint degree in {t} aan.",
    "De rectoren van {a} en {b} zetten op {date} in {city} hun handtekening onder een"
    " strategisch partnerschap.",
    "{a}, {b}, {c} en {d} ondertekenden elk een convenant met {a2}.",
    "Samen met {b} richt {a} een gedeeld lab voor {t} op; het contract werd op {date} getekend.",
    "{a} zegt de uitwisselingsovereenkomst met {b} per {date} op.",
    "{a} en {b} hebben hun raamovereenkomst met {n} jaar verlengd.",
    "{b} en {a} hebben hun samenwerking in {t} vastgelegd in een overeenkomst.",
)  # fmt: skip

# -- filler sentences --------------------------------------------------------
FILLER_EN = (
    "The project brings together researchers from {a} and {b} who have worked on {t} for years.",
    "“We can only make progress on {t} if we combine our strengths,” says {p}, {role} at {a}.",
    "According to {p}, the first results are expected in {month} {y}.",
    "In {y}, more than {num} students enrolled in courses on {t}.",
    "The programme receives €{m} million in funding from {a} over {n} years.",
    "Researchers at {a} will focus on field studies, while {b} contributes its data"
    " infrastructure.",
    "A kick-off meeting is planned for {date} in {city}.",
    "Earlier this year, {a} published a report on the state of {t} in the Netherlands.",
    "PhD candidates will spend at least six months at a partner institution.",
    "The partners will also organise a summer school on {t} every year.",
    "Students can take part through internships, thesis projects and guest lectures.",
    "“This is good news for the region,” says {p}.",
    "The team will present its plans at a public symposium on {date}.",
    "Since {y}, the number of joint publications has almost doubled.",
    "The initiative is part of a national programme that runs until {y}.",
    "More information is available from the press office of {a}.",
)  # fmt: skip
FILLER_NL = (
    "In het project werken onderzoekers van {a} en {b} samen die al jaren met {t} bezig zijn.",
    "‘We boeken alleen vooruitgang op {t} als we onze krachten bundelen,’ zegt {p}, {role}"
    " bij {a}.",
    "Volgens {p} worden de eerste resultaten in {month} {y} verwacht.",
    "In {y} schreven zich meer dan {num} studenten in voor vakken over {t}.",
    "Het programma krijgt de komende {n} jaar €{m} miljoen van {a}.",
    "Onderzoekers van {a} richten zich op veldonderzoek; {b} levert de data-infrastructuur.",
    "Op {date} vindt in {city} een startbijeenkomst plaats.",
    "Eerder dit jaar publiceerde {a} een rapport over de stand van {t} in Nederland.",
    "Promovendi brengen minstens zes maanden door bij een partnerinstelling.",
    "De partners organiseren daarnaast elk jaar een zomerschool over {t}.",
    "Studenten kunnen meedoen via stages, afstudeerprojecten en gastcolleges.",
    "‘Dit is goed nieuws voor de regio,’ zegt {p}.",
    "Het team presenteert zijn plannen op {date} tijdens een openbaar symposium.",
    "Sinds {y} is het aantal gezamenlijke publicaties bijna verdubbeld.",
    "Het initiatief maakt deel uit van een landelijk programma dat loopt tot {y}.",
    "Meer informatie is verkrijgbaar bij de persvoorlichting van {a}.",
)  # fmt: skip
HEADINGS_EN = (
    "Background",
    "What will change",
    "Students",
    "Funding",
    "Next steps",
    "About the partners",
)
HEADINGS_NL = (
    "Achtergrond",
    "Wat verandert er",
    "Studenten",
    "Financiering",
    "Vervolg",
    "Over de partners",
)
TITLES_EN = (
    "{a} and {b} join forces on {t}",
    "New partnership for {t}",
    "{a} signs agreement with {b}",
    "Consortium {k} starts work on {t}",
    "Joint degree in {t} from September",
    "{a} and {b} part ways on {t}",
)  # fmt: skip
TITLES_NL = (
    "{a} en {b} bundelen krachten op {t}",
    "Nieuw partnerschap voor {t}",
    "{a} tekent overeenkomst met {b}",
    "Consortium {k} van start met {t}",
    "Joint degree in {t} vanaf september",
    "{a} en {b} stoppen samenwerking rond {t}",
)  # fmt: skip


def _short(name: str) -> str:
    """A name without its acronym and article: for titles and slugs."""
    name = name.split(" (")[0]
    for article in ("the ", "het ", "de "):
        if name.startswith(article):
            return name[len(article) :]
    return name


def long_date(day: date, lang: str) -> str:
    """``12 March 2026`` or ``12 maart 2026``."""
    months = MONTHS_NL if lang == "nl" else MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class ArticleMeta:
    """What listings, sitemaps and feeds say about article ``index``."""

    index: int
    lang: str
    path: str
    title: str  # plain text (escape it for HTML)
    published: date
    topic: str
    orgs: tuple[str, str]


def article_lang(i: int) -> str:
    """About one article in three is Dutch (deterministic in ``i``)."""
    return "nl" if random.Random(f"lang-{i}").random() < 0.35 else "en"


def published(i: int) -> date:
    """Article ``i`` is about ``i * 0.4`` days older than article 0 (newest first)."""
    return date(2026, 10, 31) - timedelta(days=int(i * 0.4))


def article_meta(i: int, lang: str | None = None) -> ArticleMeta:
    """Title, path, date and main parties of article ``i`` (``lang``: :func:`article_lang`)."""
    lang = lang or article_lang(i)
    rng = random.Random(f"meta-{i}-{lang}")
    nl = lang == "nl"
    kinds = rng.sample(ORG_KINDS, 2)
    a = rng.choice(kinds[0])[1 if nl else 0]
    b = rng.choice(kinds[1])[1 if nl else 0]
    topic = rng.choice(TOPICS)[1 if nl else 0]
    k = rng.choice(CONSORTIA)
    title = rng.choice(TITLES_NL if nl else TITLES_EN).format(
        a=_short(a), b=_short(b), t=topic, k=k
    )
    title = title[0].upper() + title[1:]
    day = published(i)
    plain = unicodedata.normalize("NFKD", f"{_short(a)} {_short(b)} {topic}".lower())
    # ASCII slugs ("sao-paulo", "zurich"), as CMSs make them.
    words = "".join(
        c if c.isascii() and c.isalnum() else " " for c in plain if not unicodedata.combining(c)
    )
    slug = "-".join(words.split()[:8])
    section = "nieuws" if nl else "news"
    path = f"/news/{day.year}/{day.month:02d}/{section}-{slug}-{i}/"
    return ArticleMeta(i, lang, path, title, day, topic, (a, b))


def _org_pool(rng: random.Random, lang: str, first: tuple[str, str]) -> list[str]:
    """8-15 distinct organisation names of mixed kinds, the article's two parties first."""
    nl = lang == "nl"
    want = rng.randint(8, 15)
    pool = list(first)
    while len(pool) < want:
        kind = rng.choice(ORG_KINDS)
        name = rng.choice(kind)[1 if nl else 0]
        if rng.random() < 0.15 and kind in (UNIVERSITIES, UMCS):
            unit = rng.choice(UNITS)[1 if nl else 0]
            name = (
                f"{unit} {'van' if nl else 'of'} {name}"
                if nl or not name.startswith("the ")
                else name
            )
        if name not in pool:
            pool.append(name)
    return pool


def _cap(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:] if sentence else sentence


def _fill(
    template: str, rng: random.Random, orgs: list[str], lang: str, topic: str, day: date
) -> str:
    nl = lang == "nl"
    a, b, c, d, a2 = rng.sample(orgs, 5)
    when = day + timedelta(days=rng.randint(-200, 300))
    p = rng.choice(PEOPLE)
    role = rng.choice(ROLES_NL if nl else ROLES_EN).format(t=topic)
    return _cap(
        template.format(
            a=a, b=b, c=c, d=d, a2=a2, t=topic, p=p, role=role,
            date=long_date(when, lang), y=when.year + rng.randint(0, 4), n=rng.randint(2, 10),
            k=rng.choice(CONSORTIA), city=rng.choice(CITIES),
            month=(MONTHS_NL if nl else MONTHS_EN)[rng.randrange(12)],
            num=rng.choice((120, 250, 400, 1300, 2500)), m=rng.choice((1.2, 2.5, 4, 7.8, 12, 25)),
        )
    )  # fmt: skip


def article_body(i: int, lang: str) -> tuple[str, int, int]:
    """The ``<article>`` body HTML of article ``i``: (html, words, agreement sentences)."""
    meta = article_meta(i, lang)
    rng = random.Random(f"body-{i}-{lang}")
    nl = lang == "nl"
    orgs = _org_pool(rng, lang, meta.orgs)
    fillers = FILLER_NL if nl else FILLER_EN
    agreements = AGREEMENTS_NL if nl else AGREEMENTS_EN
    target_words = rng.randint(520, 1100)
    n_agreements = rng.randint(3, 7)
    # The lead names the two parties and the first agreement; the rest is spread out.
    lead_agreement = _fill(rng.choice(agreements), rng, orgs, lang, meta.topic, meta.published)
    lead = f"{lead_agreement} " + _fill(
        rng.choice(fillers), rng, [*meta.orgs, *orgs[2:5]], lang, meta.topic, meta.published
    )
    parts = [f'<p class="lead"><strong>{escape(lead, quote=False)}</strong></p>']
    words = len(lead.split())
    placed = 1
    unused = list(orgs[2:])  # every organisation of the pool is named at least once
    headings = list(HEADINGS_NL if nl else HEADINGS_EN)
    rng.shuffle(headings)
    while words < target_words:
        if headings and rng.random() < 0.3:
            parts.append(f"<h2>{headings.pop()}</h2>")
        sentences = []
        for _ in range(rng.randint(3, 6)):
            if placed < n_agreements and rng.random() < 0.25:
                sentence = _fill(
                    rng.choice(agreements), rng, orgs, lang, meta.topic, meta.published
                )
                placed += 1
            else:
                sentence = _fill(rng.choice(fillers), rng, orgs, lang, meta.topic, meta.published)
            if unused and rng.random() < 0.5:
                extra = unused.pop()
                sentence += (
                    f" Ook {extra} is bij het project betrokken."
                    if nl
                    else f" {_cap(extra)} is also involved."
                )
            sentences.append(sentence)
        text = " ".join(sentences)
        words += len(text.split())
        if rng.random() < 0.12:
            parts.append(f"<blockquote><p>{escape(sentences[0], quote=False)}</p></blockquote>")
        parts.append(f"<p>{escape(text, quote=False)}</p>")
    tail = []
    while placed < n_agreements:
        tail.append(_fill(rng.choice(agreements), rng, orgs, lang, meta.topic, meta.published))
        placed += 1
    for extra in unused:
        tail.append(f"Ook {extra} doet mee." if nl else f"{_cap(extra)} takes part as well.")
    if tail:
        text = " ".join(tail)
        words += len(text.split())
        parts.append(f"<p>{escape(text, quote=False)}</p>")
    return "".join(parts), words, n_agreements


# -- page chrome ---------------------------------------------------------------

MENU_WORDS = (
    "Overview", "Programmes", "Admissions", "Scholarships", "Exchange", "Open days",
    "Research themes", "Institutes", "Facilities", "Graduate school", "Careers", "Events",
    "Organisation", "Facts and figures", "Sustainability", "Diversity",
)  # fmt: skip


def _mega_menu(lang: str) -> str:
    items = []
    for s in SECTIONS:
        cols = []
        for c in range(3):
            links = "".join(
                f'<li><a href="/{s}/#{w.lower().replace(" ", "-")}-{c}" class="mega-link">'
                f"{w}</a></li>"
                for w in MENU_WORDS[c * 5 : c * 5 + 6]
            )
            cols.append(
                f'<div class="mega-col"><h3 class="mega-heading">{s.title()}</h3>'
                f"<ul>{links}</ul></div>"
            )
        items.append(
            f'<li class="nav-item has-mega"><a href="/{s}/" class="nav-link" aria-expanded="false">'
            f'{s.title()}</a><div class="mega-panel" hidden>{"".join(cols)}'
            f'<div class="mega-promo"><img src="/static/img/promo-{s}.jpg" alt="" loading="lazy">'
            f'<a href="/{s}/">Discover {s}</a></div></div></li>'
        )
    switch = '<a href="/" hreflang="nl" lang="nl">NL</a> <a href="/" hreflang="en" lang="en">EN</a>'
    return (
        '<header class="site-header" role="banner"><div class="top-bar"><ul class="top-links">'
        '<li><a href="/students/">Students</a></li><li><a href="/staff/">Staff</a></li>'
        '<li><a href="/alumni/">Alumni</a></li><li><a href="/library/">Library</a></li></ul>'
        f'<div class="lang-switch">{switch}</div></div>'
        '<a class="logo" href="/"><img src="/static/img/logo.svg" alt="University of Example" '
        'width="180" height="48"></a><button class="menu-toggle" aria-controls="main-nav">Menu'
        '</button><nav id="main-nav" class="main-nav" aria-label="Main"><ul class="nav-list">'
        + "".join(items)
        + '</ul></nav><form class="site-search" action="/search" role="search">'
        '<label for="q" class="sr-only">Search</label><input id="q" name="q" type="search">'
        f'<button type="submit">{"Zoeken" if lang == "nl" else "Search"}</button></form></header>'
    )


def _cookie_banner(lang: str) -> str:
    if lang == "nl":
        text = (
            "Wij gebruiken cookies om de website goed te laten werken, het gebruik te meten en "
            "je relevante inhoud te tonen. Kies hieronder welke cookies je accepteert."
        )
        ok, no, more = "Alles accepteren", "Alleen noodzakelijk", "Instellingen"
    else:
        text = (
            "We use cookies to make this website work, to measure how it is used and to show "
            "you relevant content. Choose below which cookies you accept."
        )
        ok, no, more = "Accept all", "Necessary only", "Settings"
    options = "".join(
        f'<label class="cookie-opt"><input type="checkbox" name="{k}"'
        f"{' checked disabled' if k == 'necessary' else ''}>"
        f"{k.title()}</label>"
        for k in ("necessary", "analytics", "marketing", "video")
    )
    return (
        '<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite">'
        f'<div class="cookie-text"><h2>Cookies</h2><p>{text}</p>'
        f'<p><a href="/about/#privacy">Privacy statement</a></p></div>'
        f'<form class="cookie-form">{options}<button class="btn-accept">{ok}</button>'
        f'<button class="btn-reject">{no}</button><button class="btn-settings">{more}</button>'
        "</form></div>"
    )


def _footer(lang: str) -> str:
    cols = []
    for s in SECTIONS:
        links = "".join(
            f'<li><a href="/{s}/#{w.lower().replace(" ", "-")}">{w}</a></li>'
            for w in MENU_WORDS[s.__len__() % 8 :][:7]
        )
        cols.append(f'<div class="footer-col"><h4>{s.title()}</h4><ul>{links}</ul></div>')
    social = "".join(
        f'<a class="social-{s}" href="https://{s}.example.com/universityofexample" rel="noopener">'
        f'<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M{i} 2h{20 - i}v20H2z"/></svg>'
        f'<span class="sr-only">{s}</span></a>'
        for i, s in enumerate(("social", "video", "photos", "jobs", "podcast"))
    )
    return (
        '<footer class="site-footer" role="contentinfo"><div class="footer-cols">'
        + "".join(cols)
        + f'</div><div class="footer-social">{social}</div><div class="footer-bottom">'
        '<p><a href="/news/feed.xml">RSS</a> · <a href="/sitemap.xml">Sitemap</a> · '
        '<a href="/about/#privacy">Privacy</a> · <a href="/about/#cookies">Cookies</a> · '
        '<a href="/about/#accessibility">Accessibility</a> · <a href="/contact/">Contact</a></p>'
        "<address>University of Example, Rapenburg 1, 2311 EZ Example City, the Netherlands"
        "</address><p>© 2026 University of Example</p></div></footer>"
    )


CHROME = {lang: (_mega_menu(lang), _cookie_banner(lang), _footer(lang)) for lang in LANGS}


def _css(rng: random.Random) -> str:
    # Critical CSS inlined in the head: 6-12 KB on the sites this imitates.
    props = ("margin", "padding", "color", "background", "font-size", "line-height", "border")
    rules = []
    for i in range(rng.randint(90, 170)):
        decl = ";".join(
            f"{p}:{rng.randint(0, 40)}px"
            if p not in ("color", "background")
            else f"{p}:#{rng.randrange(1 << 24):06x}"
            for p in rng.sample(props, 3)
        )
        rules.append(f".c-{i} .{rng.choice(MENU_WORDS).split()[0].lower()}-{i % 7}{{{decl}}}")
    return "".join(rules)


def _scripts(rng: random.Random, meta_path: str) -> str:
    # An analytics snippet and a CMS config blob, as news pages carry at the end of the body.
    config = {
        "page": {"path": meta_path, "template": "news-article", "id": rng.randrange(10**6)},
        "features": {f"flag{i}": rng.random() < 0.5 for i in range(rng.randint(30, 60))},
        "i18n": {f"label_{i}": f"{rng.choice(MENU_WORDS)} {i}" for i in range(rng.randint(40, 90))},
    }
    analytics = (
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'start':new Date().getTime(),"
        "event:'init'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
        "j.src='/static/js/tag.js?id='+i;f.parentNode.insertBefore(j,f);})"
        "(window,document,'script','dataLayer','XYZ-123');"
    )
    return (
        f"<script>{analytics}</script>"
        f"<script>window.__CMS__={json.dumps(config, separators=(',', ':'))};</script>"
        '<script src="/static/js/app.js" defer></script>'
    )


def _page(
    lang: str, title: str, head_extra: str, main: str, sidebar: str, rng: random.Random, path: str
) -> str:
    nav, cookie, footer = CHROME[lang]
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | University of Example</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta property="og:site_name" content="University of Example">'
        '<link rel="alternate" type="application/rss+xml" href="/news/feed.xml">'
        '<link rel="stylesheet" href="/static/css/main.css">'
        '<link rel="icon" href="/static/img/favicon.ico">'
        f"{head_extra}<style>{_css(rng)}</style></head><body>"
        f'<a class="skip-link" href="#main">Skip to content</a>{cookie}{nav}'
        f'<div class="layout"><main id="main">{main}</main>'
        f'<aside class="sidebar">{sidebar}</aside></div>{footer}'
        f"{_scripts(rng, path)}</body></html>"
    )


def _related(meta: ArticleMeta, related: list[ArticleMeta]) -> str:
    nl = meta.lang == "nl"
    items = "".join(
        f'<li class="related-item"><a href="{r.path}">'
        f'<img src="/static/img/thumb-{r.index % 50}.jpg" alt="" loading="lazy" width="120" '
        f'height="80"><span class="related-title">{escape(r.title)}</span></a>'
        f'<time datetime="{r.published.isoformat()}">{long_date(r.published, r.lang)}</time></li>'
        for r in related
    )
    newsletter = (
        '<section class="newsletter"><h2>Newsletter</h2><form action="/newsletter" method="post">'
        '<input type="email" name="email" placeholder="you@example.com"><button>Subscribe</button>'
        "</form></section>"
    )
    return (
        f'<section class="related"><h2>{"Gerelateerd nieuws" if nl else "Related news"}</h2>'
        f"<ul>{items}</ul></section>"
        '<section class="press"><h2>Press office</h2><p>Media enquiries: +31 71 000 0000, '
        "press@example.edu</p></section>" + newsletter
    )


def article_html(i: int, lang: str | None = None, related: list[ArticleMeta] | None = None) -> str:
    """The full HTML page of article ``i`` in ``lang`` ("en" or "nl"; default :func:`article_lang`).

    Deterministic: the same arguments give the same page. ``related`` are the
    sidebar's related articles (default: articles ``i+1``, ``i+2``, ``i+3``, ``i+97``).
    """
    lang = lang or article_lang(i)
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    meta = article_meta(i, lang)
    if related is None:
        related = [article_meta(i + k) for k in (1, 2, 3, 97)]
    rng = random.Random(f"page-{i}-{lang}")
    body, _, _ = article_body(i, lang)
    iso = meta.published.isoformat()
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": meta.title,
        "inLanguage": lang, "datePublished": f"{iso}T09:00:00+01:00",
        "dateModified": f"{iso}T11:30:00+01:00",
        "author": {"@type": "Organization", "name": "Communications Office"},
        "publisher": {"@type": "Organization", "name": "University of Example",
                      "logo": {"@type": "ImageObject", "url": "/static/img/logo.png"}},
        "image": [f"/static/img/news-{i % 200}.jpg"], "mainEntityOfPage": meta.path,
    }  # fmt: skip
    title = escape(meta.title)
    head = (
        f'<link rel="canonical" href="{meta.path}">'
        f'<meta name="description" content="{escape(meta.orgs[0])} / {escape(meta.orgs[1])}: '
        f'{escape(meta.topic)}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
        f'<meta property="og:image" content="/static/img/news-{i % 200}.jpg">'
        f'<meta property="article:published_time" content="{iso}T09:00:00+01:00">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    nl = lang == "nl"
    share = "".join(
        f'<a class="share-{s}" href="https://{s}.example.com/share?u={meta.path}" '
        f'rel="noopener">{s}</a>'
        for s in ("social", "mail", "chat", "link")
    )
    weekday = (DAYS_NL if nl else DAYS_EN)[meta.published.weekday()]
    main = (
        '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
        f'<li><a href="/news/">{"Nieuws" if nl else "News"}</a></li>'
        f'<li aria-current="page">{title}</li></ol></nav>'
        f'<article class="news-article"><header><h1>{title}</h1>'
        f'<p class="meta"><span class="category">{escape(meta.topic)}</span> · '
        f'<time datetime="{iso}T09:00:00+01:00">{weekday} {long_date(meta.published, lang)}'
        f'</time></p><figure class="hero"><img src="/static/img/news-{i % 200}.jpg" alt="" '
        f'width="1200" height="675"><figcaption>{"Foto" if nl else "Photo"}: '
        "Communications Office</figcaption></figure></header>"
        f'<div class="article-body">{body}</div>'
        f'<footer class="article-footer"><div class="share">{share}</div>'
        f'<p class="tools"><a href="/news/print/{i}/">'
        f"{'Print dit artikel' if nl else 'Print this article'}</a> "
        f'<a href="/search?tag={meta.topic.replace(" ", "+")}">#{escape(meta.topic)}</a></p>'
        "</footer></article>"
    )
    return _page(lang, meta.title, head, main, _related(meta, related), rng, meta.path)


# -- the site ------------------------------------------------------------------


@dataclass(frozen=True)
class SiteShape:
    """How many pages of each kind a site of ``n_pages`` HTML pages has."""

    n_pages: int
    articles: int
    listings: int
    sections: int

    @classmethod
    def for_pages(cls, n_pages: int) -> SiteShape:
        """Split N HTML pages into home + sections + listings + articles (N >= 60)."""
        if n_pages < 60:
            raise ValueError("a site needs at least 60 pages")
        rest = n_pages - 1 - len(SECTIONS)
        listings = math.ceil(rest / (PER_LISTING + 1))
        return cls(n_pages, rest - listings, listings, len(SECTIONS))


def listing_path(page: int) -> str:
    """URL path of listing page ``page`` (1-based)."""
    return "/news/" if page == 1 else f"/news/page/{page}/"


def _metas(shape: SiteShape) -> list[ArticleMeta]:
    return [article_meta(i) for i in range(shape.articles)]


def _teaser(m: ArticleMeta) -> str:
    return (
        f'<article class="news-item" lang="{m.lang}"><a class="card" href="{m.path}">'
        f'<img src="/static/img/thumb-{m.index % 50}.jpg" alt="" loading="lazy" width="320" '
        'height="180">'
        f"<h3>{escape(m.title)}</h3></a>"
        f'<time datetime="{m.published.isoformat()}">{long_date(m.published, m.lang)}</time>'
        f"<p>{escape(_short(m.orgs[0]))} · {escape(_short(m.orgs[1]))} · {escape(m.topic)}</p>"
        "</article>"
    )


def _pagination(page: int, last: int) -> str:
    numbers = sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)})
    parts = []
    if page > 1:
        parts.append(f'<a rel="prev" href="{listing_path(page - 1)}">‹ Previous</a>')
    prev = 0
    for k in numbers:
        if k - prev > 1:
            parts.append('<span class="gap">…</span>')
        cls = ' aria-current="page"' if k == page else ""
        parts.append(f'<a href="{listing_path(k)}"{cls}>{k}</a>')
        prev = k
    if page < last:
        parts.append(f'<a rel="next" class="next" href="{listing_path(page + 1)}">Next ›</a>')
    return '<nav class="pagination" aria-label="Pages">' + " ".join(parts) + "</nav>"


def _filters() -> str:
    return (
        "<h2>Topics</h2><ul>"
        + "".join(
            f'<li><a href="/search?tag={t.replace(" ", "+")}">{t}</a></li>' for t, _ in TOPICS
        )
        + "</ul>"
    )


def _listing_html(page: int, last: int, items: list[ArticleMeta]) -> str:
    rng = random.Random(f"listing-{page}")
    head = f'<link rel="canonical" href="{listing_path(page)}">'
    if page < last:
        head += f'<link rel="next" href="{listing_path(page + 1)}">'
    if page > 1:
        head += f'<link rel="prev" href="{listing_path(page - 1)}">'
    main = (
        f'<h1>News{f" (page {page})" if page > 1 else ""}</h1><div class="news-list">'
        + "".join(_teaser(m) for m in items)
        + "</div>"
        + _pagination(page, last)
    )
    return _page("en", "News", head, main, _filters(), rng, listing_path(page))


def _static_html(section: str, latest: list[ArticleMeta]) -> str:
    rng = random.Random(f"section-{section}")
    orgs = [u[0] for u in UNIVERSITIES]
    main = f"<h1>{section.title()}</h1>" + "".join(
        f'<h2 id="{w.lower().replace(" ", "-")}">{w}</h2><p>'
        + " ".join(
            _fill(rng.choice(FILLER_EN), rng, orgs, "en", "education", date(2026, 1, 1))
            for _ in range(4)
        )
        + "</p>"
        for w in MENU_WORDS[:8]
    )
    sidebar = (
        "<h2>Latest news</h2><ul>"
        + "".join(f'<li><a href="{m.path}">{escape(m.title)}</a></li>' for m in latest)
        + "</ul>"
    )
    return _page("en", section.title(), "", main, sidebar, rng, f"/{section}/")


def _home_html(latest: list[ArticleMeta]) -> str:
    rng = random.Random("home")
    main = (
        '<h1>University of Example</h1><section class="home-news"><h2>Latest news</h2>'
        + "".join(_teaser(m) for m in latest)
        + '<p><a href="/news/">All news</a></p></section>'
    )
    sidebar = (
        "<h2>Sections</h2><ul>"
        + "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in SECTIONS)
        + "</ul>"
    )
    return _page("en", "Home", "", main, sidebar, rng, "/")


def _write(root: Path, path: str, text: str) -> None:
    target = root / path.lstrip("/") / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def html_paths(shape: SiteShape) -> list[str]:
    """Every HTML URL path of the site: the N pages a crawler should fetch."""
    paths = ["/", *(f"/{s}/" for s in SECTIONS)]
    paths += [listing_path(p) for p in range(1, shape.listings + 1)]
    return paths + [m.path for m in _metas(shape)]


def generate(root: Path, n_pages: int) -> SiteShape:
    """Write the HTML of a site of ``n_pages`` pages under ``root`` (reused when already there)."""
    shape = SiteShape.for_pages(n_pages)
    marker = root / ".generated"
    stamp = f"{SITE_VERSION} {n_pages}"
    if marker.is_file() and marker.read_text() == stamp:
        return shape
    shutil.rmtree(root, ignore_errors=True)
    metas = _metas(shape)
    _write(root, "/", _home_html(metas[:12]))
    for section in SECTIONS:
        _write(root, f"/{section}/", _static_html(section, metas[:5]))
    for page in range(1, shape.listings + 1):
        items = metas[(page - 1) * PER_LISTING : page * PER_LISTING]
        _write(root, listing_path(page), _listing_html(page, shape.listings, items))
    n = len(metas)
    for m in metas:
        # Related links reach forward and backward so every article is linked from others too.
        related = [metas[(m.index + k) % n] for k in (1, 2, 3, -1, -2, 97)]
        _write(root, m.path, article_html(m.index, m.lang, related))
    marker.write_text(stamp)
    return shape


def sitemap_chunks(count: int) -> list[tuple[int, int]]:
    """(start, end) of each child sitemap of ``count`` entries, sized by SITEMAP_SIZES in turn."""
    chunks, start, k = [], 0, 0
    while start < count:
        end = min(count, start + SITEMAP_SIZES[k % len(SITEMAP_SIZES)])
        chunks.append((start, end))
        start, k = end, k + 1
    return chunks


def write_port_files(root: Path, shape: SiteShape, base_url: str) -> None:
    """Write robots.txt, the sitemap index and children, and the RSS feed for ``base_url``."""
    disallow = "".join(f"Disallow: {p}\n" for p in DISALLOWED)
    (root / "robots.txt").write_text(
        f"User-agent: *\n{disallow}Allow: /\n\nSitemap: {base_url}/sitemap.xml\n"
    )
    metas = _metas(shape)
    sm_dir = root / "sitemaps"
    shutil.rmtree(sm_dir, ignore_errors=True)
    sm_dir.mkdir()
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    # Articles first (newest first), then home, sections and listings, as news CMSs list them.
    entries = [(m.path, m.published.isoformat()) for m in metas]
    entries += [(p, None) for p in html_paths(shape)[: -len(metas)]]
    names = []
    for k, (start, end) in enumerate(sitemap_chunks(len(entries))):
        name = f"pages-{k + 1}.xml"
        urls = "".join(
            f"<url><loc>{base_url}{p}</loc>{f'<lastmod>{d}</lastmod>' if d else ''}</url>"
            for p, d in entries[start:end]
        )
        (sm_dir / name).write_text(
            f'<?xml version="1.0" encoding="UTF-8"?><urlset {ns}>{urls}</urlset>'
        )
        names.append(name)
    index = "".join(f"<sitemap><loc>{base_url}/sitemaps/{name}</loc></sitemap>" for name in names)
    (root / "sitemap.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {ns}>{index}</sitemapindex>'
    )
    items = "".join(
        f"<item><title>{escape(m.title)}</title><link>{base_url}{m.path}</link>"
        f"<pubDate>{m.published.strftime('%a, %d %b %Y')} 09:00:00 +0000</pubDate></item>"
        for m in metas[:FEED_ITEMS]
    )
    (root / "news").mkdir(exist_ok=True)
    (root / "news" / "feed.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>University of Example news</title><link>{base_url}/news/</link>{items}"
        "</channel></rss>"
    )


if __name__ == "__main__":
    # A quick look at the page sizes and contents: python bench/crawl/realistic_site.py
    sizes, words = [], []
    for i in range(200):
        html = article_html(i)
        sizes.append(len(html.encode()))
        words.append(article_body(i, article_lang(i))[1])
    print(f"size KB: min {min(sizes) / 1024:.1f} max {max(sizes) / 1024:.1f}")
    print(f"words: min {min(words)} max {max(words)}")
