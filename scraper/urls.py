"""URL identity, scope and crawler-trap checks.

``url_key`` is the normalised identity of a URL, used only to deduplicate
(frontier, pages table). We always fetch the URL as found, minus tracking and
session parameters (``clean_url``): some servers care about parameter order or
encoding, so a key is never fetched.

Nothing here does I/O. ``trap_reason`` reads the clock only when no ``today``
is passed, so the crawl engine can pin it.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from urllib.parse import SplitResult, unquote_plus, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

logger = logging.getLogger(__name__)

__all__ = [
    "TRACKING_PARAMS",
    "SESSION_PARAMS",
    "clean_url",
    "host_of",
    "in_scope",
    "same_document",
    "trap_reason",
    "url_key",
]

# Query parameters that only say where a click came from: they never change
# the document, so they are dropped from keys and from fetched URLs.
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ref_src",
        "ref_url",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wt_mc",
        "s_cid",
        "__twitter_impression",
    }
)
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "pk_", "mtm_", "hsa_")

# Session identifiers: a new value per visitor, so the same page would be
# crawled once per session without them being stripped.
SESSION_PARAMS: frozenset[str] = frozenset(
    {
        "jsessionid",
        "phpsessid",
        "sid",
        "sessionid",
        "session_id",
        "sessid",
        "aspsessionid",
        "cfid",
        "cftoken",
        "oscsid",
        "zenid",
    }
)

# ``;jsessionid=...`` style path parameters (Java servlets, PHP trans_sid).
_PATH_SESSION = re.compile(
    r";(?:jsessionid|phpsessid|sessionid|sessid|sid)=[^/;?#]*", re.IGNORECASE
)
# Session ids we cannot strip: ASP.NET cookieless sessions live in the path.
_UNSTRIPPABLE_SESSION = re.compile(r"/\((?:[A-Z]\([^)]*\))+\)/|aspsessionid", re.IGNORECASE)
# A 32-hex ``s=`` is the vBulletin/phpBB session; any "sess" name with a long
# token is a session whatever the software.
_SESSIONISH_NAME = re.compile(r"sess|^s$", re.IGNORECASE)
_LONG_TOKEN = re.compile(r"^[0-9a-zA-Z_-]{20,}$")

_DEFAULT_PORTS = {"http": 80, "https": 443}

# Path segments that mark a calendar or event listing, where a "next month"
# link leads on forever.
CALENDAR_WORDS: tuple[str, ...] = (
    "calendar",
    "kalender",
    "agenda",
    "events",
    "event",
    "evenementen",
    "activiteiten",
    "schedule",
)
# Query parameter names that carry a calendar position.
_DATE_PARAM = re.compile(r"date|month|year|day|week|cal|period|maand|jaar|datum", re.IGNORECASE)
# In query values a date may be written without separators (TYPO3 getdate=20310501).
_QUERY_DATE = re.compile(
    r"(?<!\d)((?:19|20|21)\d\d)(?:[-/._]?(0[1-9]|1[0-2])(?:[-/._]?(0[1-9]|[12]\d|3[01]))?)?(?!\d)"
)
# In the path only separated dates count: slugs mention years ("goals-for-2050")
# and ids are long numbers.
_PATH_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_.](0[1-9]|1[0-2])(?:[-_.](0[1-9]|[12]\d|3[01]))?(?!\d)"
)
_YEAR_SEGMENT = re.compile(r"^(?:19|20)\d\d$")
_MONTH_SEGMENT = re.compile(r"^(?:0?[1-9]|1[0-2])$")

# Faceted listings: every sort order times every page is a new URL.
SORT_PARAMS: tuple[str, ...] = (
    "sort",
    "sortby",
    "sort_by",
    "order",
    "orderby",
    "order_by",
    "dir",
    "direction",
)
PAGE_PARAMS: tuple[str, ...] = ("page", "p", "pg", "pagina", "offset", "start")

MAX_QUERY_PARAMS = 5
MAX_SEGMENT_REPEATS = 3
MAX_PATH_SEGMENTS = 25


def _is_tracking(name: str) -> bool:
    lowered = unquote_plus(name).strip().lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def _is_session(name: str) -> bool:
    lowered = unquote_plus(name).strip().lower()
    return lowered in SESSION_PARAMS or lowered.startswith("aspsessionid")


def _strip_query(query: str) -> str:
    """Drop tracking and session parameters, keeping the rest byte for byte."""
    if not query:
        return ""
    kept = [
        part
        for part in query.split("&")
        if part
        and not _is_tracking(part.split("=", 1)[0])
        and not _is_session(part.split("=", 1)[0])
    ]
    return "&".join(kept)


def _split(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return parts


def _netloc(parts: SplitResult, scheme: str) -> str:
    """Host lower-cased without trailing dot; port only when not the default."""
    userinfo, _, _ = parts.netloc.rpartition("@")
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    return f"{userinfo}@{netloc}" if userinfo else netloc


def url_key(url: str) -> str:
    """The normalised identity of ``url`` for deduplication; never fetched.

    Lower-case scheme and IDNA host, no default port, no fragment, dot-segments
    resolved, percent-encoding normalised, query sorted, tracking and session
    parameters removed. Anything that is not an absolute http(s) URL comes back
    stripped but otherwise unchanged. Idempotent; never raises.

    >>> url_key("HTTPS://Www.Example.org:443/a/./b/../c?utm_source=x&b=2&a=1#top")
    'https://www.example.org/a/c?a=1&b=2'

    The last ``KEYS_REMEMBERED`` answers are kept: a crawl asks for a fetched
    page's key when it checks the stored body, when it stores the fetch and
    for its canonical URL (mostly the same URL), each a w3lib canonicalisation.
    """
    return _url_key(url)


# How many URLs' keys ``url_key`` remembers (about 100 KB; a crawl asks for a
# page's key again within the few pages in flight).
KEYS_REMEMBERED = 1024


@functools.lru_cache(maxsize=KEYS_REMEMBERED)
def _url_key(url: str) -> str:
    text = url.strip()
    if _split(text) is None:
        return text
    try:
        canonical = canonicalize_url(text, keep_fragments=False)
    except ValueError:
        # IDNA failures and odd hosts: w3lib gives up, so do we.
        logger.debug("cannot canonicalise %r", text)
        return text
    parts = _split(canonical)
    if parts is None:
        return text
    scheme = parts.scheme.lower()
    path = _PATH_SESSION.sub("", parts.path) or "/"
    query = _strip_query(parts.query)
    return urlunsplit((scheme, _netloc(parts, scheme), path, query, ""))


def clean_url(url: str) -> str:
    """``url`` as it should be fetched: tracking and session ids and fragment removed.

    Unlike ``url_key`` nothing else changes (parameter order, encoding, case of
    the path), because servers may depend on them. Never raises.

    >>> clean_url("https://example.org/news?id=7&utm_medium=rss#comments")
    'https://example.org/news?id=7'
    """
    text = url.strip()
    parts = _split(text)
    if parts is None:
        return text
    path = _PATH_SESSION.sub("", parts.path)
    return urlunsplit((parts.scheme, parts.netloc, path, _strip_query(parts.query), ""))


def same_document(a: str, b: str) -> bool:
    """Whether two URLs have the same key, i.e. name the same document for us."""
    return url_key(a) == url_key(b)


def host_of(url: str) -> str:
    """The ASCII (IDNA) lower-case host of an http(s) URL, without port; ``""`` if none."""
    parts = _split(url.strip())
    if parts is None:
        return ""
    return _idna(parts.hostname or "")


def _idna(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


# A hosts entry with a port: "127.0.0.1:8000" (not an IPv6 address, which has several colons).
_PORTED = re.compile(r"([^:\[\]]+):(\d{1,5})")


def _port(url: str) -> int | None:
    """The URL's port, the scheme's default when none is written (None if unreadable)."""
    try:
        parts = urlsplit(url.strip())
        return parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    except ValueError:
        return None


def in_scope(url: str, hosts: Iterable[str]) -> bool:
    """Whether ``url`` is http(s) on an allowed host.

    ``hosts`` holds exact hosts (``www.example.org``) and wildcard patterns
    (``*.example.org``, which matches any subdomain but not ``example.org``
    itself: list that separately). A bare host matches every port; a
    ``host:port`` entry only that port (``127.0.0.1:8000``, a test site).
    Case and IDNA are ignored.

    >>> in_scope("http://127.0.0.1:8000/news", ["127.0.0.1:8000"])
    True
    >>> in_scope("http://127.0.0.1:9000/news", ["127.0.0.1:8000"])
    False
    """
    host = host_of(url)
    if not host:
        return False
    if isinstance(hosts, str):
        hosts = (hosts,)
    # A scope's hosts are a frozenset: its exact hosts, suffixes and host:port
    # entries are worked out once, so a check is a set lookup however many
    # hosts the scope lists.
    exact, suffixes, ported = _patterns(hosts if isinstance(hosts, frozenset) else frozenset(hosts))
    if host in exact or host.endswith(suffixes):
        return True
    return bool(ported) and (host, _port(url)) in ported


@functools.lru_cache(maxsize=256)
def _patterns(
    hosts: frozenset[str],
) -> tuple[frozenset[str], tuple[str, ...], frozenset[tuple[str, int]]]:
    """The exact hosts, the ``.example.org`` suffixes of ``*.example.org``, and (host, port)s."""
    wanted = [_idna(pattern) for pattern in hosts]
    ported = {w: _PORTED.fullmatch(w) for w in wanted}
    plain = [w for w in wanted if ported[w] is None]
    exact = frozenset(w for w in plain if not w.startswith("*."))
    with_port = frozenset(
        (match.group(1), int(match.group(2))) for match in ported.values() if match is not None
    )
    return exact, tuple(w[1:] for w in plain if w.startswith("*.")), with_port


def trap_reason(
    url: str,
    *,
    max_length: int = 2048,
    today: date | None = None,
    years_back: int = 10,
    years_ahead: int = 2,
) -> str | None:
    """Why ``url`` looks like a crawler trap, or None when it looks fine.

    The reason starts with a code: ``too-long``, ``too-deep``, ``repeated-segment``,
    ``calendar``, ``query-explosion``, ``sorted-pagination`` or ``session-id``.
    Calendar checks accept dates from ``years_back`` years before ``today`` to
    ``years_ahead`` years after it; ``today`` defaults to the current UTC date.
    Tracking and session parameters are stripped first (``clean_url``), since
    that is what gets fetched.
    """
    text = url.strip()
    if len(text) > max_length:
        return f"too-long: {len(text)} > {max_length} characters"
    # The path and query of ``clean_url(text)``, from one split of the URL.
    parts = _split(text)
    if parts is None:
        return None
    path = _PATH_SESSION.sub("", parts.path)
    if _UNSTRIPPABLE_SESSION.search(path):
        return "session-id: session in the path"
    segments = [s for s in path.split("/") if s]
    if len(segments) > MAX_PATH_SEGMENTS:
        return f"too-deep: {len(segments)} path segments"
    repeated = _repeated_segment(segments)
    if repeated is not None:
        return f"repeated-segment: {repeated!r} appears {MAX_SEGMENT_REPEATS}+ times"
    params = _query_params(_strip_query(parts.query))
    session = next(
        (n for n, v in params if _SESSIONISH_NAME.search(n) and _LONG_TOKEN.match(v)), None
    )
    if session is not None:
        return f"session-id: parameter {session!r}"
    names = {n for n, _ in params}
    # PHP array parameters (TYPO3's tx_news_pi1[action], [controller], [news])
    # are one structured parameter, not a combination to explode.
    groups = {n.split("[", 1)[0] for n in names}
    if len(groups) > MAX_QUERY_PARAMS:
        return f"query-explosion: {len(groups)} query parameters"
    if names & set(SORT_PARAMS) and names & set(PAGE_PARAMS):
        return "sorted-pagination: sort order combined with paging"
    today = today or datetime.now(UTC).date()
    return _calendar_reason(segments, params, today, years_back, years_ahead)


def _repeated_segment(segments: list[str]) -> str | None:
    counts: dict[str, int] = {}
    for segment in segments:
        counts[segment] = counts.get(segment, 0) + 1
        if counts[segment] >= MAX_SEGMENT_REPEATS:
            return segment
    return None


def _query_params(query: str) -> list[tuple[str, str]]:
    params = []
    for part in query.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        params.append((unquote_plus(name).strip().lower(), unquote_plus(value).strip()))
    return params


def _calendar_reason(
    segments: list[str],
    params: list[tuple[str, str]],
    today: date,
    years_back: int,
    years_ahead: int,
) -> str | None:
    """Dates in calendar-like URLs outside the window around ``today``.

    A news URL dated far in the future is a generated link, wherever the date
    sits. Far-past dates are only suspicious in calendar context: old news
    archives are legitimate.
    """
    low = (today.year - years_back, today.month)
    high = (today.year + years_ahead, today.month)
    lowered = [s.lower() for s in segments]
    in_calendar = any(word in lowered for word in CALENDAR_WORDS)
    found: list[tuple[int, int]] = []
    for i, segment in enumerate(segments):
        if _YEAR_SEGMENT.match(segment):
            nxt = segments[i + 1] if i + 1 < len(segments) else ""
            month = int(nxt) if _MONTH_SEGMENT.match(nxt) else 1
            found.append((int(segment), month))
        else:
            found.extend(_dates_in(segment, _PATH_DATE))
    for position in found:
        if position > high or (in_calendar and position < low):
            return f"calendar: {position[0]:04d}-{position[1]:02d} in path"
    for name, value in params:
        if not _DATE_PARAM.search(name):
            continue
        for position in _dates_in(value, _QUERY_DATE):
            if position > high or position < low:
                return f"calendar: {name}={value}"
    return None


def _dates_in(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [(int(m.group(1)), int(m.group(2) or 1)) for m in pattern.finditer(text)]
