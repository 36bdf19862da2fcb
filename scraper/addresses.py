"""Which URLs may be requested at all: scheme and resolved address rules.

A crawler that follows links and redirects from the open web must not be
steered into the machine's own network (SSRF): loopback, private ranges,
link-local (cloud metadata at 169.254.169.254), CGNAT, unique-local IPv6 and
friends are refused unless the source explicitly allows its own hosts.

Known gap: the address is checked here and httpx resolves the name again when
it connects, so a DNS server answering differently the second time (DNS
rebinding) could slip through. Pinning the checked IP in the transport would
close that; for news sites the check-then-connect window is accepted.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from scraper.errors import BlockedURL

ALLOWED_SCHEMES = ("http", "https")
NON_PUBLIC = "non-public address"
"""In the message of every refusal by the address rule (callers name the fix by it)."""

# Ranges the ipaddress flags miss or that we name explicitly for clarity.
_EXTRA_FORBIDDEN = (
    ipaddress.ip_network("100.64.0.0/10"),  # CGNAT: provider-internal
    ipaddress.ip_network("169.254.0.0/16"),  # link-local incl. cloud metadata
    ipaddress.ip_network("fc00::/7"),  # unique-local IPv6
    ipaddress.ip_network("0.0.0.0/8"),  # "this network"
)

Resolver = Callable[[str, int], Awaitable[list[str]]]
"""Returns every address a host name resolves to (as strings)."""

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_forbidden_ip(ip: IPAddress) -> bool:
    """True for addresses a public crawl must not reach (loopback, private, metadata...)."""
    if isinstance(ip, ipaddress.IPv6Address):
        # ::ffff:127.0.0.1 and friends reach the IPv4 address they wrap.
        if ip.ipv4_mapped is not None:
            return is_forbidden_ip(ip.ipv4_mapped)
        if ip.sixtofour is not None and is_forbidden_ip(ip.sixtofour):
            return True
    if (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    ):
        return True
    return any(ip.version == net.version and ip in net for net in _EXTRA_FORBIDDEN)


async def system_resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host`` (IPv4 and IPv6)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def check_scheme(url: str) -> tuple[str, int]:
    """The URL's host (lower-case) and port; raise BlockedURL for other schemes or no host."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. an unclosed IPv6 bracket
        raise BlockedURL(f"malformed URL {url!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise BlockedURL(f"scheme {scheme or '(none)'!r} is not fetched: {url}")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise BlockedURL(f"bad port in {url}") from exc
    try:
        host = (parts.hostname or "").lower()
    except ValueError as exc:
        raise BlockedURL(f"malformed host in {url!r}") from exc
    if not host:
        raise BlockedURL(f"no host in {url}")
    return host, port


async def check_address(url: str, *, private_ok: bool, resolve: Resolver = system_resolve) -> None:
    """Raise BlockedURL unless every address ``url``'s host resolves to may be fetched.

    ``private_ok`` lifts the address rule (never the scheme rule) for hosts a
    source explicitly trusts. Resolution failures raise ``OSError``; a host
    name the resolver cannot even encode (bad IDNA) raises BlockedURL.
    """
    host, port = check_scheme(url)
    if private_ok:
        return
    try:
        literal: IPAddress | None = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    if literal is not None:
        addresses: list[str] = [str(literal)]
    else:
        try:
            addresses = await resolve(host, port)
        except UnicodeError as exc:
            raise BlockedURL(f"host {host!r} cannot be resolved: {exc}") from exc
    # Every address, not the first: a name with one public and one private
    # record could be connected to either.
    for text in addresses:
        ip = ipaddress.ip_address(text.split("%")[0])  # drop IPv6 zone ids
        if is_forbidden_ip(ip):
            if literal is not None:
                raise BlockedURL(f"{ip} is a {NON_PUBLIC}")
            raise BlockedURL(f"{host} resolves to {NON_PUBLIC} {ip}")
