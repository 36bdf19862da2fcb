"""A parse worker: a child process that turns fetched pages into extractions.

Started by ``pipeline.parse_pool`` as ``python -m pipeline.parse_worker``. It
reads frames from stdin and writes frames to stdout; a frame is a 4-byte
big-endian length followed by a pickle (both ends are this package, over a
private pipe). Requests:

- ``("source", name, pickled_source)``: a parser the pages may name;
- ``("page", request_id, source_name, page, links)``: parse and extract one
  page; with ``links`` true (a start URL, whose links the crawl follows) read
  its links too (``scraper.discover.html_links``), so the crawl process does
  not parse the page a second time for them.

Replies: ``("ready",)`` once the extractors are loaded, then for each page
``(request_id, "ok", wire, html_links_or_None)``, ``(request_id, "parse_error", kind, message)``,
``(request_id, "crash", message)`` or ``(request_id, "unavailable", None)`` when
the source could not be rebuilt here (the caller then parses it itself). The
``wire`` form of an ``Extraction`` is plain tuples of its fields
(``extraction_to_wire``): they pickle and unpickle in about half the time of
the dataclass objects, on both ends of the pipe.

Parsing is pure, so this process imports only the parsers and extractors:
no database, no HTTP client.
"""

from __future__ import annotations

import logging
import pickle
import struct
import sys
from dataclasses import fields
from typing import IO, Any

from pipeline.extraction import extract_page
from pipeline.gctune import tune_for_long_run
from scraper.errors import ParseError
from scraper.extract import load_gazetteer
from scraper.models import Agreement, DateMention, Extraction, Organisation, ParsedArticle
from scraper.source import Source

HEADER = struct.Struct(">I")

# The fields of each object an extraction is made of, in constructor order.
_ARTICLE = tuple(f.name for f in fields(ParsedArticle))
_ORGANISATION = tuple(f.name for f in fields(Organisation))
_AGREEMENT = tuple(f.name for f in fields(Agreement))
_DATE = tuple(f.name for f in fields(DateMention))

Wire = tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def extraction_to_wire(extraction: Extraction) -> Wire:
    """``extraction`` as plain tuples of its fields (``extraction_from_wire`` rebuilds it)."""
    article = extraction.article
    return (
        tuple([getattr(article, name) for name in _ARTICLE]),
        [tuple([getattr(o, name) for name in _ORGANISATION]) for o in extraction.organisations],
        [tuple([getattr(a, name) for name in _AGREEMENT]) for a in extraction.agreements],
        [tuple([getattr(d, name) for name in _DATE]) for d in extraction.dates],
    )


def extraction_from_wire(wire: Wire) -> Extraction:
    """The ``Extraction`` ``extraction_to_wire`` made ``wire`` of, field for field."""
    article, organisations, agreements, dates = wire
    return Extraction(
        ParsedArticle(*article),
        tuple([Organisation(*o) for o in organisations]),
        tuple([Agreement(*a) for a in agreements]),
        tuple([DateMention(*d) for d in dates]),
    )


def read_frame(stream: IO[bytes]) -> Any | None:
    """The next unpickled frame, or None at the end of the stream."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (size,) = HEADER.unpack(header)
    payload = stream.read(size)
    if len(payload) < size:
        return None
    return pickle.loads(payload)


def frame(message: object) -> bytes:
    """``message`` pickled, with its length in front."""
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(payload)) + payload


def answer(
    request_id: int, source: Source | None, page: Any, *, links: bool = False
) -> tuple[Any, ...]:
    """The reply for one page request; with ``links`` the page's ``HtmlLinks`` too."""
    if source is None:
        return (request_id, "unavailable", None)
    try:
        wire = extraction_to_wire(extract_page(page, source))
        found = None
        if links:
            # Imported for a start page only: scraper.discover's sitemap and feed
            # readers (42 modules, about 2 MB) are no use to a worker otherwise.
            from scraper.discover import html_links

            found = html_links(page.body, page.url, content_type=page.headers.get("content-type"))
        return (request_id, "ok", wire, found)
    except ParseError as exc:
        return (request_id, "parse_error", exc.kind, str(exc))
    except Exception as exc:  # noqa: BLE001 - reported to the crawl, which records it
        return (request_id, "crash", f"{type(exc).__name__}: {exc}")


def serve(requests: IO[bytes], replies: IO[bytes]) -> int:
    """Answer requests until the input ends; return the exit status."""
    sources: dict[str, Source | None] = {}
    load_gazetteer()
    tune_for_long_run()
    replies.write(frame(("ready",)))
    replies.flush()
    while (request := read_frame(requests)) is not None:
        if request[0] == "source":
            _, name, blob = request
            try:
                sources[name] = pickle.loads(blob)
            except Exception:  # noqa: BLE001 - e.g. a parser from a file only the crawl has
                sources[name] = None
            continue
        _, request_id, name, page, links = request
        replies.write(frame(answer(request_id, sources.get(name), page, links=links)))
        replies.flush()
    return 0


def main() -> int:
    """Run the worker on stdin and stdout."""
    # The crawl logs what matters; a worker's own warnings would reach cron's mail.
    logging.basicConfig(level=logging.ERROR)
    try:
        return serve(sys.stdin.buffer, sys.stdout.buffer)
    except (BrokenPipeError, KeyboardInterrupt):
        return 0


if __name__ == "__main__":
    sys.exit(main())
