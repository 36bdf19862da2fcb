"""Scheme and address rules: no requests into private networks unless a source allows it."""

from __future__ import annotations

import asyncio
import ipaddress

import pytest

from scraper.addresses import check_address, check_scheme, is_forbidden_ip
from scraper.errors import BlockedURL
from scraper.policy import CrawlPolicy, SourceScope

FORBIDDEN = [
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "100.64.0.1",  # CGNAT
    "100.127.255.254",
    "0.0.0.0",
    "224.0.0.251",  # multicast
    "240.0.0.1",  # reserved
    "255.255.255.255",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:169.254.169.254",
    "::ffff:10.0.0.1",
]
PUBLIC = ["132.229.1.1", "8.8.8.8", "131.180.1.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"]


@pytest.mark.parametrize("text", FORBIDDEN)
def test_forbidden_addresses(text: str) -> None:
    assert is_forbidden_ip(ipaddress.ip_address(text))


@pytest.mark.parametrize("text", PUBLIC)
def test_public_addresses(text: str) -> None:
    assert not is_forbidden_ip(ipaddress.ip_address(text))


def _fake_resolver(answers: list[str]):  # type: ignore[no-untyped-def]
    async def resolve(host: str, port: int) -> list[str]:
        return answers

    return resolve


def test_every_resolved_address_is_checked() -> None:
    resolve = _fake_resolver(["132.229.1.1", "10.0.0.5"])
    with pytest.raises(BlockedURL, match="10.0.0.5"):
        asyncio.run(check_address("https://news.example/", private_ok=False, resolve=resolve))
    ok = _fake_resolver(["132.229.1.1", "2001:4860:4860::8888"])
    asyncio.run(check_address("https://news.example/", private_ok=False, resolve=ok))


def test_literal_addresses_need_no_resolver() -> None:
    with pytest.raises(BlockedURL):
        asyncio.run(check_address("http://169.254.169.254/latest/meta-data/", private_ok=False))
    with pytest.raises(BlockedURL):
        asyncio.run(check_address("http://[::ffff:127.0.0.1]:8080/", private_ok=False))


def test_localhost_resolves_to_loopback_and_is_refused() -> None:
    with pytest.raises(BlockedURL, match="non-public"):
        asyncio.run(check_address("http://localhost/", private_ok=False))
    asyncio.run(check_address("http://localhost/", private_ok=True))


@pytest.mark.parametrize(
    "url", ["ftp://example.org/", "file:///etc/passwd", "javascript:alert(1)", "http://:80/"]
)
def test_only_http_and_https_with_a_host(url: str) -> None:
    with pytest.raises(BlockedURL):
        check_scheme(url)
    with pytest.raises(BlockedURL):
        asyncio.run(check_address(url, private_ok=True))


def test_check_scheme_gives_host_and_default_port() -> None:
    assert check_scheme("HTTPS://News.Example.ORG/x") == ("news.example.org", 443)
    assert check_scheme("http://example.org:8080/") == ("example.org", 8080)


def test_private_ok_only_for_trusted_hosts() -> None:
    scope = SourceScope("intranet", frozenset({"Intra.Example", "*.lab.example"}), True)
    closed = SourceScope("public", frozenset({"intra.example"}), False)
    policy = CrawlPolicy(allow_private_hosts=frozenset({"test.local"}))
    assert policy.private_ok("http://intra.example/a", scope)
    assert policy.private_ok("http://x.lab.example/a", scope)
    assert not policy.private_ok("http://other.example/a", scope)
    assert not policy.private_ok("http://intra.example/a", closed)
    assert policy.private_ok("http://test.local/", closed)
