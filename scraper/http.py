"""The HTTP client: the only module that imports httpx.

Everything else sees ``Client`` (an opaque type), ``open_get`` (one GET,
streamed) and ``TransportFailure`` (what went wrong on the wire, as a kind).
Redirects are never followed here: ``scraper.fetch`` follows them by hand so
scope, robots and address rules are checked on every hop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx

from scraper.errors import ErrorKind
from scraper.policy import CrawlPolicy

Client = httpx.AsyncClient


class TransportFailure(Exception):
    """A request failed below HTTP; ``kind`` says how (timeout, connect, network, decoding...)."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def build_client(
    policy: CrawlPolicy, *, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """One client per run: explicit timeouts and limits, our User-Agent, no auto-redirects."""
    return httpx.AsyncClient(
        headers={"User-Agent": policy.user_agent},
        follow_redirects=False,
        timeout=httpx.Timeout(
            connect=policy.connect_timeout,
            read=policy.read_timeout,
            write=policy.read_timeout,
            pool=policy.fetch_deadline,
        ),
        limits=httpx.Limits(
            max_connections=policy.concurrency,
            max_keepalive_connections=policy.concurrency,
        ),
        transport=transport,
        # Proxies and .netrc from the environment would change where requests
        # go behind the address checks' back; config enters only via settings.
        trust_env=False,
    )


@dataclass
class RawResponse:
    """Status and headers of a streamed response; read the body with ``chunks()``."""

    status: int
    headers: dict[str, str]
    _response: httpx.Response

    async def chunks(self) -> AsyncIterator[bytes]:
        """The body, decoded of Content-Encoding (gzip, deflate, br when installed)."""
        try:
            async for chunk in self._response.aiter_bytes():
                yield chunk
        except httpx.HTTPError as exc:
            raise _failure(exc) from exc


@asynccontextmanager
async def open_get(
    client: httpx.AsyncClient, url: str, headers: Mapping[str, str]
) -> AsyncIterator[RawResponse]:
    """Send one GET and yield its status and headers; the body is read on demand."""
    try:
        async with client.stream("GET", url, headers=dict(headers)) as response:
            # Repeated headers (rare for the ones we keep) are joined, as HTTP allows.
            merged: dict[str, str] = {}
            for name, value in response.headers.multi_items():
                name = name.lower()
                merged[name] = f"{merged[name]}, {value}" if name in merged else value
            yield RawResponse(response.status_code, merged, response)
    except httpx.HTTPError as exc:
        raise _failure(exc) from exc
    except httpx.InvalidURL as exc:
        raise TransportFailure(ErrorKind.INVALID_URL, str(exc)) from exc


def _failure(exc: httpx.HTTPError) -> TransportFailure:
    if isinstance(exc, httpx.TimeoutException):
        kind = ErrorKind.TIMEOUT
    elif isinstance(exc, httpx.ConnectError):
        kind = ErrorKind.CONNECT
    elif isinstance(exc, httpx.DecodingError):
        kind = ErrorKind.DECODING
    elif isinstance(exc, httpx.UnsupportedProtocol):
        kind = ErrorKind.BLOCKED
    else:
        kind = ErrorKind.NETWORK
    return TransportFailure(
        kind, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    )
