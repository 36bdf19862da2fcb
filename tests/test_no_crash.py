"""No input crashes an extractor: property-based tests with random and adversarial input.

Every extractor (organisations, agreements, dates), the generic parser and the
built-in sources (declarative and Python, through the generic fallback) get
text and HTML built from the words real announcements use, mixed with
punctuation, connectors, broken markup and random Unicode. The property is
only that nothing raises and the output keeps its invariants; what is
extracted is tested elsewhere.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extraction import extract_page
from scraper.extract import extract
from scraper.extract.dates.find import find_dates
from scraper.models import Page, ParsedArticle
from scraper.registry import load_registry

FETCHED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
REGISTRY = load_registry()

# Words that steer the extractors: names, heads, connectors, cues, dates, pronouns.
WORDS = [
    "Leiden",
    "University",
    "Universiteit",
    "TU",
    "Delft",
    "Erasmus",
    "MC",
    "LUMC",
    "UMC",
    "of",
    "and",
    "&",
    "de",
    "van",
    "für",
    "di",
    "the",
    "The",
    "Institute",
    "Science",
    "Technology",
    "Austria",
    "St.",
    "Anna",
    "Hospital",
    "Johnson",
    "K.U.Leuven",
    "UvA's",
    "signed",
    "sign",
    "tekenen",
    "ondertekend",
    "agreement",
    "memorandum",
    "Memorandum",
    "Understanding",
    "(MoU)",
    "MoU",
    "consortium",
    "alliance",
    "partnership",
    "partners",
    "samenwerking",
    "intentieverklaring",
    "raamovereenkomst",
    "joint",
    "venture",
    "merger",
    "terminated",
    "beëindigd",
    "renewed",
    "verlengd",
    "both",
    "institutions",
    "beide",
    "partijen",
    "de",
    "drie",
    "instellingen",
    "rector",
    "mayor",
    "on",
    "behalf",
    "namens",
    "with",
    "met",
    "between",
    "tussen",
    "funded",
    "by",
    "NWO",
    "ZonMw",
    "yesterday",
    "gisteren",
    "dinsdagavond",
    "last",
    "month",
    "Tuesday",
    "op",
    "3",
    "juni",
    "12",
    "March",
    "2025",
    "2026-01-01",
    "spring",
    "najaar",
    "first",
    "half",
    "mid-2027",
    "1",
    "januari",
    "since",
    "2004",
    "–",
    "-",
    "(",
    ")",
    ",",
    ".",
    ";",
    ":",
    "'s",
    "’s",
    "\u00a0",
    "Qatar,",
    "Doha,",
    "according",
    "to",
    "a",
    "representative.",
    "where",
    "Rotary",
    "members",
    "were",
    "welcomed",
    "in",
    "Ghent,",
    "Belgium,",
    "Universities",
    "Bristol",
    "Università",
    "degli",
    "Studi",
    "Padova",
    "Université",
    "Paris-Saclay",
]

words = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=60).map(" ".join)
texts = st.one_of(words, st.text(max_size=400))
paragraphs = st.lists(texts, max_size=6)

TAGS = [
    "p",
    "div",
    "span",
    "h1",
    "h2",
    "li",
    "ul",
    "article",
    "main",
    "section",
    "time",
    "a",
    "script",
    "table",
    "td",
    "br",
    "header",
    "footer",
    "nav",
]


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    """An HTML page, well-formed or not: random tags around random text and metadata."""
    parts = ["<html><head>"]
    if draw(st.booleans()):
        parts.append(f"<title>{draw(words)}</title>")
    if draw(st.booleans()):
        parts.append(
            '<script type="application/ld+json">'
            + draw(st.sampled_from(['{"datePublished": "2025-05-21"}', "{broken", "[]", "null"]))
            + "</script>"
        )
    if draw(st.booleans()):
        parts.append(f'<meta property="article:published_time" content="{draw(texts)[:30]}">')
    parts.append("</head><body>")
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(st.sampled_from(TAGS))
        attrs = draw(
            st.sampled_from(
                [
                    "",
                    ' class="date"',
                    ' datetime="2024-02-30"',
                    ' class="news-item"',
                    ' href="/news/2025/05/21/x"',
                ]
            )
        )
        closing = draw(st.sampled_from([f"</{tag}>", "", "</div>"]))
        parts.append(f"<{tag}{attrs}>{draw(texts)}{closing}")
    return "".join(parts).encode(draw(st.sampled_from(["utf-8", "latin-1"])), "replace")


slow = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@slow
@given(
    title=st.none() | texts,
    body=paragraphs,
    language=st.sampled_from([None, "en", "nl", "x"]),
    published=st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31)),
)
def test_extract_never_raises_and_parties_are_organisations(
    title: str | None, body: list[str], language: str | None, published: date | None
) -> None:
    article = ParsedArticle(
        url="https://news.example.edu/a",
        title=title,
        paragraphs=tuple(body),
        language=language,
        published=published,
    )
    extraction = extract(article, reference=published)
    names = {o.name for o in extraction.organisations}
    for agreement in extraction.agreements:
        assert set(agreement.parties) <= names
        assert len(set(agreement.parties)) >= 2  # never an organisation with itself


@slow
@given(
    text=texts,
    reference=st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    order=st.sampled_from(["DMY", "MDY", "YMD"]),
)
def test_find_dates_never_raises_and_keeps_its_format(
    text: str, reference: date | None, order: str
) -> None:
    for mention in find_dates(text, reference=reference, date_order=order):
        assert mention.precision in ("day", "month", "season", "half", "year")
        assert len(mention.value) == {"day": 10, "year": 4}.get(mention.precision, 7)


@slow
@given(
    body=html_pages(),
    source=st.sampled_from(["generic", "eur", "tudelft", "leiden"]),
    path=st.sampled_from(["/en/news/2025/05/x", "/nieuws/x", "/en/news", "/x"]),
)
def test_every_parser_reads_any_html_without_raising(body: bytes, source: str, path: str) -> None:
    host = {
        "generic": "news.example.edu",
        "eur": "www.eur.nl",
        "tudelft": "www.tudelft.nl",
        "leiden": "www.universiteitleiden.nl",
    }[source]
    page = Page(
        url=f"https://{host}{path}",
        body=body,
        fetched_at=FETCHED,
        headers={"content-type": "text/html"},
    )
    extraction = extract_page(page, REGISTRY.get(source))
    if extraction.article.layout_changed:
        assert extraction.article.warnings


def test_a_sentence_ending_in_a_joined_name_does_not_crash() -> None:
    # Once an IndexError in the organisation rules (a name joined past the last token).
    text = (
        "The Rotary members were welcomed in Ghent, Belgium, where the club keeps an office, "
        "according to a Rotary spokesperson."
    )
    extract(ParsedArticle(url="https://news.example.edu/a", title=None, paragraphs=(text,)))


def test_control_characters_in_a_page_do_not_crash_the_generic_parser() -> None:
    # Found by the property test above: lxml refuses to move a text node holding \x1f.
    page = Page(
        url="https://news.example.edu/a",
        body=b'<html><body><br class="date">\x1f</br><p>Text \x00 here</p></body></html>',
        fetched_at=FETCHED,
        headers={"content-type": "text/html"},
    )
    extract_page(page, REGISTRY.get("generic"))


def test_a_unit_whose_span_moves_off_its_head_does_not_crash() -> None:
    """A unit head followed by "of" a parent with a lower-case word used to raise StopIteration."""
    sentence = (
        "Centre for Digital Humanities of Radboud university medical center (Radboudumc) "
        "is also involved, with Fontys University of Applied Sciences."
    )
    article = ParsedArticle(url="https://news.example.edu/a", title=None, paragraphs=(sentence,))
    names = {org.name for org in extract(article).organisations}
    assert "Fontys University of Applied Sciences" in names
