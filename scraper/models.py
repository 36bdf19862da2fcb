"""Plain data passed between fetching, parsing, extraction and storage.

Everything here is a frozen dataclass: parsers and extractors take and return
these, never database rows or HTTP responses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any, Literal

from scraper.errors import ErrorKind

Precision = Literal["day", "month", "season", "half", "year"]
AgreementType = Literal[
    "agreement",
    "mou",
    "partnership",
    "alliance",
    "consortium",
    "collaboration",
    "joint_programme",
    "termination",
    "other",
]
AgreementStatus = Literal["signed", "planned", "ongoing", "renewed", "ended"]
PageKind = Literal["article", "listing", "page"]

AGREEMENT_TYPES: tuple[str, ...] = AgreementType.__args__  # type: ignore[attr-defined]
AGREEMENT_STATUSES: tuple[str, ...] = AgreementStatus.__args__  # type: ignore[attr-defined]
PRECISIONS: tuple[str, ...] = Precision.__args__  # type: ignore[attr-defined]


# Response headers kept with a stored body: what parsers and conditional
# requests need, nothing that identifies a session.
STORED_HEADERS = ("content-type", "content-language", "etag", "last-modified", "date")
# The headers a FetchResult carries: the stored ones, and those the fetcher
# itself reads (redirects, Retry-After, the declared size).
KEPT_HEADERS = (*STORED_HEADERS, "retry-after", "location", "content-length")
RETRYABLE_STATUSES = (408, 429, 500, 502, 503, 504)
# "deadline" is left out on purpose: a server that answered but dripped its
# body past the hard deadline would only hold a worker as long again.
RETRYABLE_KINDS = (ErrorKind.TIMEOUT, ErrorKind.CONNECT, ErrorKind.NETWORK)


@dataclass(frozen=True)
class FetchResult:
    """The outcome of fetching one URL (following redirects).

    ``body`` is decoded of Content-Encoding (raw bytes otherwise) and empty
    unless the response was a readable 2xx. ``headers`` has lower-case names
    and only the ones in ``KEPT_HEADERS``. ``error_kind`` is None on success
    and a short word otherwise: timeout, connect, network, dns, deadline,
    too_large, blocked, robots, robots_unreachable (robots.txt could not be
    read, so nothing on its origin is fetched), http_status, redirect_loop,
    too_many_redirects, unsupported_type, decoding, invalid_url, paused (host closed by
    the circuit breaker while the request waited).

    It is also what the store records of a fetch (``pipeline.store.save_fetch``),
    and :meth:`page` is the one way a fetched page becomes a parser's ``Page``.
    """

    url: str
    final_url: str
    status: int | None
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    not_modified: bool = False
    error_kind: ErrorKind | None = None
    error: str | None = None
    redirects: tuple[str, ...] = ()
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        """A usable answer: a readable 2xx body, or 304 Not Modified."""
        return self.error_kind is None

    @property
    def retryable(self) -> bool:
        """Worth another attempt: connection trouble, timeouts, 408/429/5xx gateway errors."""
        if self.error_kind in RETRYABLE_KINDS:
            return True
        return self.error_kind == ErrorKind.HTTP_STATUS and self.status in RETRYABLE_STATUSES

    @property
    def page_url(self) -> str:
        """The URL the answer came from: the final URL after redirects (else the one asked for)."""
        return self.final_url or self.url

    @property
    def readable(self) -> bool:
        """A body to store and parse: no error, and not a 304."""
        return self.error_kind is None and not self.not_modified

    @cached_property
    def sha256(self) -> str | None:
        """The body's SHA-256 (hex) when it is readable, computed once; else None."""
        return hashlib.sha256(self.body).hexdigest() if self.readable else None

    def page(self) -> Page:
        """The page as a parser sees it (the body is empty unless readable).

        >>> from datetime import UTC, datetime
        >>> when = datetime(2026, 1, 1, tzinfo=UTC)
        >>> r = FetchResult("http://a.example/x", "http://a.example/y", 200,
        ...                 {"content-type": "text/html"}, b"<p>hi</p>", when)
        >>> r.page().url, r.page().content_type
        ('http://a.example/y', 'text/html')
        """
        return Page(
            url=self.page_url,
            body=self.body if self.readable else b"",
            fetched_at=self.fetched_at,
            status=self.status or 200,
            headers=dict(self.headers),
        )


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response as stored: the only input a parser receives.

    ``url`` is the final URL after redirects. ``headers`` has lower-case names.
    ``fetched_at`` is timezone-aware UTC and is the parser's only notion of "now".
    """

    url: str
    body: bytes
    fetched_at: datetime
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        """The media type of the response, lower-case, without parameters."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """What a source parser reads from one page, before entity extraction.

    ``published_source`` says where the date came from: ``json-ld``, ``meta``,
    ``time``, ``text``, ``url`` or ``selector``. ``links`` are the article URLs a
    listing page points to; ``next_page`` its pagination link.
    ``alternates`` maps hreflang codes to the URLs of translated variants.
    ``oldest_listed`` is, on a listing, the oldest day shown with its items
    (a crawl pages no further back than its cutoff).
    ``parsed_by`` names the parser that produced each part (``title``,
    ``published``, ``body``, ``language``, or ``page`` for all of it) where a
    source's selectors missed and the generic parser filled in; ``warnings``
    says what missed. ``layout_changed`` is true then: the page was read, but
    the source needs new selectors.
    ``truncated`` says why the parser could not read the whole page (None: it did).
    ``site_name`` is the name the site gives itself (``og:site_name``, else the JSON-LD
    publisher's name): on a university's site whose host does not spell it ("ncl.ac.uk"),
    it says whom "the university" is.
    """

    url: str
    title: str | None
    published: date | None = None
    published_source: str | None = None
    language: str | None = None
    paragraphs: tuple[str, ...] = ()
    kind: PageKind = "article"
    links: tuple[str, ...] = ()
    next_page: str | None = None
    canonical_url: str | None = None
    modified: date | None = None
    alternates: Mapping[str, str] = field(default_factory=dict)
    oldest_listed: date | None = None
    layout_changed: bool = False
    warnings: tuple[str, ...] = ()
    parsed_by: Mapping[str, str] = field(default_factory=dict)
    truncated: str | None = None
    site_name: str | None = None

    @property
    def text(self) -> str:
        """The main text, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text, normalised to ISO at its precision.

    ``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. Seasons and halves
    are given as the first month of the period (see docs/extract-json.md).
    ``value`` is None for a relative date on a page with no reference day
    (no publication or fetch date): kept with its text and natural precision,
    never resolved against the day the extraction runs.
    """

    text: str
    value: str | None
    precision: Precision
    span: tuple[int, int] | None = field(default=None, compare=False)
    """Character offsets of ``text`` in the string it was found in."""


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation named on a page: canonical name and the surface forms used."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class Agreement:
    """An agreement between organisations, as stated on one page.

    ``parties`` are canonical names that also appear in the page's organisations.
    """

    type: AgreementType
    parties: tuple[str, ...]
    status: AgreementStatus
    evidence: str
    date: str | None = None
    date_precision: Precision | None = None
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the pipeline extracts from one page."""

    article: ParsedArticle
    organisations: tuple[Organisation, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    dates: tuple[DateMention, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The stable ``campusnews extract`` JSON shape (docs/extract-json.md)."""
        art = self.article
        out: dict[str, Any] = {
            "url": art.url,
            "title": art.title,
            "published": art.published.isoformat() if art.published else None,
            "published_source": art.published_source,
            "language": art.language,
            "kind": art.kind,
            "text": art.text,
            "layout_changed": art.layout_changed,
            "parsed_by": dict(art.parsed_by),
            "warnings": list(art.warnings),
            "organisations": [
                {"name": o.name, "aliases": list(o.aliases), "kind": o.kind}
                for o in self.organisations
            ],
            "agreements": [
                {
                    "type": a.type,
                    "parties": list(a.parties),
                    "date": a.date,
                    "date_precision": a.date_precision,
                    "status": a.status,
                    "evidence": a.evidence,
                    "confidence": round(a.confidence, 2),
                }
                for a in self.agreements
            ],
            "dates": [
                {"text": d.text, "value": d.value, "precision": d.precision} for d in self.dates
            ],
        }
        if art.kind == "listing" or art.links:
            out["links"] = list(art.links)
        return out
