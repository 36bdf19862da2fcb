"""Learn each site's own "not found" page, to know a soft 404 that does not say so.

Once per host and run, before the crawl, a URL that cannot exist
(``/campusnews-no-such-page-<random>``) is fetched through the normal fetcher
(robots.txt, address rules and the politeness delay apply). A site that
answers it with 200 has a soft-404 page; a crawled page with exactly that
body is one too. A site that answers 404, or not at all, teaches nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
from collections.abc import Sequence
from urllib.parse import urlsplit

from scraper.fetch import Fetcher
from scraper.policy import SourceScope
from scraper.urls import host_of

log = logging.getLogger(__name__)

PROBE_PATH = "/campusnews-no-such-page-"


async def learn_not_found_pages(
    fetcher: Fetcher, starts: Sequence[tuple[str, SourceScope]]
) -> dict[str, str]:
    """The SHA-256 of each host's answer to a URL that cannot exist, for hosts answering 200.

    ``starts`` are (start URL, its source's scope); one probe per origin.
    """
    origins: dict[str, SourceScope] = {}
    for url, scope in starts:
        parts = urlsplit(url)
        origins.setdefault(f"{parts.scheme}://{parts.netloc}", scope)
    token = secrets.token_hex(8)
    probes = [
        fetcher.fetch(f"{origin}{PROBE_PATH}{token}", scope=scope)
        for origin, scope in origins.items()
    ]
    learnt: dict[str, str] = {}
    for result in await asyncio.gather(*probes):
        if result.ok and result.status == 200 and result.body and not result.redirects:
            learnt[host_of(result.url)] = hashlib.sha256(result.body).hexdigest()
            log.info("%s answers a URL that cannot exist with 200: a soft-404 site", result.url)
    return learnt
