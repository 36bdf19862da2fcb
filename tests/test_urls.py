"""URL identity, cleaning, scope and trap checks (scraper.urls)."""

from __future__ import annotations

import random
from datetime import date

import pytest

from scraper.urls import (
    KEYS_REMEMBERED,
    _url_key,
    clean_url,
    host_of,
    in_scope,
    same_document,
    trap_reason,
    url_key,
)

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("url", "key"),
    [
        # scheme and host case
        ("HTTP://WWW.Example.ORG/News", "http://www.example.org/News"),
        # IDNA host
        ("https://Universität.example/x", "https://xn--universitt-y5a.example/x"),
        # default ports dropped, others kept
        ("http://example.org:80/a", "http://example.org/a"),
        ("https://example.org:443/a", "https://example.org/a"),
        ("https://example.org:80/a", "https://example.org:80/a"),
        ("http://example.org:8080/a", "http://example.org:8080/a"),
        ("http://[2001:db8::1]:80/a", "http://[2001:db8::1]/a"),
        # empty path, trailing dot on the host
        ("https://example.org", "https://example.org/"),
        ("https://example.org./a", "https://example.org/a"),
        # fragment dropped
        ("https://example.org/a#section-2", "https://example.org/a"),
        # dot-segments
        ("https://example.org/a/./b/../c", "https://example.org/a/c"),
        ("https://example.org/a/%2e%2e/b", "https://example.org/b"),
        # percent-encoding: unreserved decoded, hex upper-cased, spaces encoded
        ("https://example.org/%7euser/a%2fb", "https://example.org/~user/a%2Fb"),
        ("https://example.org/caf%c3%a9", "https://example.org/caf%C3%A9"),
        ("https://example.org/café", "https://example.org/caf%C3%A9"),
        ("https://example.org/a b", "https://example.org/a%20b"),
        # query sorted
        ("https://example.org/?b=2&a=1&a=0", "https://example.org/?a=0&a=1&b=2"),
        # tracking parameters
        (
            "https://example.org/n?id=4&utm_source=tw&utm_medium=social",
            "https://example.org/n?id=4",
        ),
        ("https://example.org/n?UTM_Campaign=x&id=4", "https://example.org/n?id=4"),
        ("https://example.org/n?fbclid=abc&gclid=def&id=4", "https://example.org/n?id=4"),
        ("https://example.org/n?mc_cid=1&mc_eid=2&_ga=3&yclid=4", "https://example.org/n"),
        ("https://example.org/n?msclkid=1&ref_src=twsrc&igshid=5", "https://example.org/n"),
        # session ids, in the query and as path parameters
        ("https://example.org/n?PHPSESSID=abc&id=4", "https://example.org/n?id=4"),
        ("https://example.org/n?jsessionid=abc&sid=1&sessionid=2", "https://example.org/n"),
        ("https://example.org/n;jsessionid=A1B2C3?id=4", "https://example.org/n?id=4"),
        ("https://example.org/n;JSESSIONID=A1B2C3", "https://example.org/n"),
        # ordinary parameters that resemble tracking ones stay
        ("https://example.org/n?utm=1&ref=home", "https://example.org/n?ref=home&utm=1"),
        # surrounding whitespace
        ("  https://example.org/a \n", "https://example.org/a"),
    ],
)
def test_url_key_normalises(url: str, key: str) -> None:
    assert url_key(url) == key


@pytest.mark.parametrize(
    "garbage",
    ["", "not a url", "mailto:someone@example.org", "/relative/path", "http://", "http://[::1/x"],
)
def test_url_key_returns_garbage_stripped(garbage: str) -> None:
    assert url_key(f"  {garbage}  ") == garbage


def test_url_key_keeps_a_bad_port_as_given() -> None:
    assert url_key("http://example.org:99999/a ") == "http://example.org:99999/a"


def _random_url(rng: random.Random) -> str:
    pieces = "a b c .. . %2e %7E %7e b%2fc ;jsessionid=x A%20B ä 中 %zz ~".split()

    def word() -> str:
        return "".join(
            rng.choice("abcXYZ019-_.~%+ =&;:@!$'()*,é") for _ in range(rng.randint(0, 6))
        )

    scheme = rng.choice(["http", "HTTPS", "https", "ftp", ""])
    host = rng.choice(["Example.ORG", "münchen.de", "ex.org.", "[::1]", "127.0.0.1", word()])
    port = rng.choice(["", ":80", ":443", ":8080", ":", ":x"])
    path = "/".join(rng.choice([*pieces, word()]) for _ in range(rng.randint(0, 5)))
    params = [
        f"{rng.choice(['a', 'B', 'utm_x', 'sid', 'q', '%61', 'a+b', '', word()])}"
        f"={rng.choice(['1', '%20', '+', '', '%3D', word()])}"
        for _ in range(rng.randint(0, 4))
    ]
    query = f"?{'&'.join(params)}" if params else rng.choice(["", "?"])
    return f"{scheme}://{host}{port}/{path}{query}{rng.choice(['', '#f', '#'])}"


def test_url_key_is_idempotent_and_never_raises() -> None:
    rng = random.Random(20261123)
    for _ in range(5000):
        url = _random_url(rng)
        key = url_key(url)
        assert url_key(key) == key, url
        clean_url(url)
        trap_reason(url, today=TODAY)


def test_url_key_remembers_a_bounded_number_of_keys_and_answers_as_it_computes() -> None:
    # A crawl asks for a page's key several times: the answers are remembered, a bounded
    # number of them, and a remembered answer is the one computed afresh.
    rng = random.Random(7)
    urls = [_random_url(rng) for _ in range(KEYS_REMEMBERED)]
    for url in [*urls, *rng.sample(urls, 500), *(_random_url(rng) for _ in range(KEYS_REMEMBERED))]:
        assert url_key(url) == _url_key.__wrapped__(url), url
    assert _url_key.cache_info().currsize <= KEYS_REMEMBERED
    assert _url_key.cache_info().hits >= 500


@pytest.mark.parametrize(
    ("url", "cleaned"),
    [
        ("https://Example.org/B?z=1&utm_source=x&a=2#top", "https://Example.org/B?z=1&a=2"),
        ("https://example.org/n;jsessionid=XYZ?id=4&fbclid=1", "https://example.org/n?id=4"),
        ("https://example.org/n?utm_medium=rss", "https://example.org/n"),
        ("https://example.org:443/%7e", "https://example.org:443/%7e"),
        ("javascript:void(0)", "javascript:void(0)"),
    ],
)
def test_clean_url_only_strips_tracking_sessions_and_fragment(url: str, cleaned: str) -> None:
    assert clean_url(url) == cleaned


def test_same_document() -> None:
    assert same_document("http://Example.org:80/a?b=1&a=2#x", "http://example.org/a?a=2&b=1")
    assert not same_document("http://example.org/a", "https://example.org/a")
    assert not same_document("http://example.org/a?id=1", "http://example.org/a?id=2")


@pytest.mark.parametrize(
    ("url", "hosts", "expected"),
    [
        ("https://www.example.org/news", ["www.example.org"], True),
        ("https://WWW.Example.org:8443/news", ["www.example.org"], True),
        ("https://news.example.org/x", ["*.example.org"], True),
        ("https://a.b.example.org/x", ["*.example.org"], True),
        ("https://example.org/x", ["*.example.org"], False),
        ("https://badexample.org/x", ["*.example.org"], False),
        ("https://example.org.evil.test/x", ["example.org"], False),
        ("https://example.org/x", ["other.test", "EXAMPLE.org"], True),
        ("ftp://example.org/x", ["example.org"], False),
        ("mailto:x@example.org", ["example.org"], False),
        ("https://münchen.de/x", ["xn--mnchen-3ya.de"], True),
        ("https://xn--mnchen-3ya.de/x", ["münchen.de"], True),
        ("https://example.org/x", "example.org", True),
        ("https://example.org/x", [], False),
        ("garbage", ["example.org"], False),
    ],
)
def test_in_scope(url: str, hosts: list[str], expected: bool) -> None:
    assert in_scope(url, hosts) is expected


def test_host_of() -> None:
    assert host_of("https://News.Example.org:8080/x") == "news.example.org"
    assert host_of("https://münchen.de/") == "xn--mnchen-3ya.de"
    assert host_of("/relative") == ""


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://example.org/" + "a" * 2100, "too-long"),
        ("https://example.org/" + "/".join(f"s{i}" for i in range(30)), "too-deep"),
        ("https://example.org/a/b/a/b/a/b", "repeated-segment"),
        ("https://example.org/news/news/news/item", "repeated-segment"),
        ("https://example.org/calendar/2031/05/", "calendar"),
        ("https://example.org/agenda?month=2031-05", "calendar"),
        ("https://example.org/agenda?year=2031&month=5", "calendar"),
        ("https://example.org/events?date=1999-01-01", "calendar"),
        ("https://example.org/events/2030-01-01/", "calendar"),
        ("https://example.org/events/2001-03-04/lecture", "calendar"),
        ("https://example.org/kalender/2009/", "calendar"),
        ("https://example.org/cal?tx_cal_controller[getdate]=20350101", "calendar"),
        ("https://example.org/news/2035/01/15/x", "calendar"),
        ("https://example.org/x?a=1&b=2&c=3&d=4&e=5&f=6", "query-explosion"),
        ("https://example.org/news?sort=date&page=3", "sorted-pagination"),
        ("https://example.org/news?order=asc&offset=40", "sorted-pagination"),
        ("https://example.org/(S(lit3py55t21z5v55vlm25s55))/news.aspx", "session-id"),
        ("https://example.org/n?sessionkey=0123456789abcdef01234567", "session-id"),
        ("https://example.org/n?s=0123456789abcdef0123456789abcdef", "session-id"),
    ],
)
def test_trap_reason_flags(url: str, code: str) -> None:
    reason = trap_reason(url, today=TODAY)
    assert reason is not None and reason.startswith(f"{code}:"), reason


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/",
        "https://example.org/news/2026/11/20/leiden-and-delft-sign-agreement",
        "https://example.org/news/2005/06/old-story",  # old news is fine outside a calendar
        "https://example.org/events/2026-12-01/symposium",
        "https://example.org/agenda?month=2026-12",
        "https://example.org/news/plans-for-2050",  # a year in a slug is not a date
        "https://example.org/node/203105",
        "https://example.org/news?page=7",
        "https://example.org/a/b/a/b",
        "https://example.org/n?a=1&b=2&c=3&d=4&e=5",
        "https://example.org/n?x[action]=detail&x[controller]=News&x[news]=12&x[day]=3"
        "&x[month]=5&x[year]=2026&cHash=0af3&L=1",
        # tracking and strippable session parameters do not count
        "https://example.org/n?a=1&b=2&c=3&d=4&e=5&utm_source=x&utm_medium=y&PHPSESSID=1",
        "https://example.org/n?id=0123456789abcdef0123456789abcdef",
        "https://example.org/" + "a" * 2000,
    ],
)
def test_trap_reason_passes_normal_urls(url: str) -> None:
    assert trap_reason(url, today=TODAY) is None


def test_trap_reason_window_moves_with_today() -> None:
    url = "https://example.org/calendar/2031/05/"
    assert trap_reason(url, today=TODAY) is not None
    assert trap_reason(url, today=date(2030, 1, 1)) is None
    assert trap_reason(url, today=TODAY, years_ahead=5) is None
    reason = trap_reason("https://example.org/" + "a" * 600, max_length=500)
    assert reason is not None and reason.startswith("too-long")
