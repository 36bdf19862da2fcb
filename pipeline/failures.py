"""When a source failed a run, and the one line that says why and names the fix.

A source fails when it stored nothing new and every fetch it made failed:
the host does not resolve, refuses connections, fails TLS, the address
policy refused it, or its robots.txt could not be read (so nothing may be
fetched). A run like that must exit 1 with a line a cron mail can act on,
never pass as "ok".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from scraper.addresses import NON_PUBLIC
from scraper.errors import ErrorKind
from scraper.models import FetchResult

PRIVATE_FIX = "allow it with --allow-private or allow_private = true"
# Kinds of failure that mean "the site could not be reached at all".
_UNREACHABLE = (ErrorKind.CONNECT, ErrorKind.TIMEOUT, ErrorKind.NETWORK, ErrorKind.DEADLINE)


@dataclass
class SourceTally:
    """What one source's fetches came to in a run."""

    answered: int = 0
    stored: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    # The first failure of each kind: (url, message).
    examples: dict[str, tuple[str, str]] = field(default_factory=dict)

    def count(self, result: FetchResult) -> None:
        """Add one fetch outcome (after retries)."""
        kind = result.error_kind
        if kind is None:
            self.answered += 1
            return
        self.failed[kind] += 1
        self.examples.setdefault(kind, (result.final_url or result.url, result.error or kind))


def failure_reason(tally: SourceTally) -> str | None:
    """Why the source failed, with the fix, or None when it did its job.

    >>> t = SourceTally()
    >>> t.failed["blocked"] = 1
    >>> t.examples["blocked"] = ("http://127.0.0.1/", "127.0.0.1 is a non-public address")
    >>> failure_reason(t).endswith("(allow it with --allow-private or allow_private = true)")
    True
    """
    if tally.answered or tally.stored or not tally.failed:
        return None
    kind = tally.failed.most_common(1)[0][0]
    url, message = tally.examples[kind]
    if kind == ErrorKind.BLOCKED:
        fix = PRIVATE_FIX if NON_PUBLIC in message else "check start_urls and hosts"
        return f"every fetch was refused: {message} ({fix})"
    if kind == ErrorKind.ROBOTS:
        return (
            f"every fetch was disallowed by robots.txt: {message} "
            "(the site asks crawlers to keep out; ask its owner or remove the source)"
        )
    if kind == ErrorKind.DNS:
        return f"every fetch failed: {message} (check the host name in start_urls)"
    if kind == ErrorKind.HTTP_STATUS:
        fix = "check start_urls"
        if message.startswith("HTTP 5") or message == "HTTP 429":
            fix = "the site answers with server errors; try again later"
        return f"every fetch failed: {message} for {url} ({fix})"
    return f"every fetch failed: {message} ({_network_fix(message)})"


def _network_fix(message: str) -> str:
    lowered = message.lower()
    if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
        return "TLS failed: check http/https in start_urls and the site's certificate"
    if "robots.txt" in lowered and "http " in lowered:
        return "the site answers robots.txt with a server error; try again later or tell its owner"
    return "is the site up? check the host and port in start_urls"
