"""Soft 404s: pages answered with 200 whose title or main heading says they do not exist.

Many CMSs answer a removed news item with a 200 and a "Page not found" page;
stored as an article it would be a false item in every query. The test reads
only the ``<title>`` and the first ``<h1>`` of the raw bytes (no parse), in
English and Dutch. A word like "404" counts only as the whole title or
heading, or beside "error"/"fout"/"not found": an article may well be about
404 students.
"""

from __future__ import annotations

import re
from html import unescape

__all__ = ["not_found_reason"]

# Phrases that say "this page does not exist", matched in a lower-cased,
# whitespace-collapsed title or heading.
NOT_FOUND_PHRASES: tuple[str, ...] = (
    "page not found",
    "page cannot be found",
    "page can't be found",
    "page could not be found",
    "page does not exist",
    "page doesn't exist",
    "page no longer exists",
    "pagina niet gevonden",
    "pagina is niet gevonden",
    "pagina kan niet worden gevonden",
    "pagina kon niet worden gevonden",
    "pagina bestaat niet",
    "deze pagina bestaat niet",
    "pagina bestaat niet meer",
)
# A whole title or heading (before a " | Site name" suffix) that is only this.
NOT_FOUND_WHOLE: tuple[str, ...] = (
    "404",
    "not found",
    "error 404",
    "404 error",
    "fout 404",
    "404 not found",
    "niet gevonden",
    "oops",
    "oeps",
)

_PHRASE = re.compile("|".join(re.escape(p) for p in NOT_FOUND_PHRASES))
_CODE = re.compile(r"\b404\b.*\b(?:error|fout|not found|niet gevonden)\b|\b(?:error|fout)\s*404\b")
_TITLE = re.compile(rb"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(rb"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SUFFIX = re.compile(r"\s+[|\-–—:·»]\s+")
# Only the head of a page is searched: a title and main heading come early.
_HEAD_BYTES = 256 * 1024


def not_found_reason(body: bytes) -> str | None:
    """Why the page is a "not found" page (``title says 'Page not found'``), or None.

    >>> not_found_reason(b"<title>Pagina niet gevonden | Universiteit</title>")
    "title says 'Pagina niet gevonden | Universiteit'"
    >>> not_found_reason(b"<h1>404 students start in Leiden</h1>") is None
    True
    """
    head = body[:_HEAD_BYTES]
    for where, pattern in (("title", _TITLE), ("main heading", _H1)):
        match = pattern.search(head)
        if match is None:
            continue
        text = _plain(match.group(1))
        if _says_not_found(text):
            return f"{where} says {text[:100]!r}"
    return None


def _plain(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    return " ".join(unescape(_TAG.sub(" ", text)).split())


def _says_not_found(text: str) -> bool:
    lowered = text.lower()
    if _PHRASE.search(lowered) or _CODE.search(lowered):
        return True
    first = _SUFFIX.split(lowered, maxsplit=1)[0].strip(" !.")
    return first in NOT_FOUND_WHOLE
