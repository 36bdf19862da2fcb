"""Reading untrusted XML (sitemaps, feeds) without letting it hurt us.

Sitemaps and feeds come from the network, so a body may be a gzip bomb, a
billion-laughs document or an external-entity probe (``file:///etc/passwd``,
an internal URL). The rules here:

- gzip is inflated incrementally and stops at a size cap;
- lxml parses with entity expansion, DTD loading and network access off,
  and without ``huge_tree``, so nothing is expanded or fetched while parsing;
- a document that declares any entity is then rejected outright: sitemaps and
  feeds never need one, and keeping half a document built on entity tricks
  would only invite mistakes later;
- malformed XML is read in recover mode: what could be read comes back with
  an error message, and nothing raises.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass

from lxml import etree

logger = logging.getLogger(__name__)

__all__ = ["GZIP_MAGIC", "XmlDocument", "local_name", "maybe_gunzip", "parse_xml", "text_of"]

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class XmlDocument:
    """A parsed document: ``root`` is None when nothing usable could be read.

    ``error`` is set when the document was rejected, or read only in part.
    """

    root: etree._Element | None
    error: str | None = None


def maybe_gunzip(body: bytes, *, max_bytes: int) -> tuple[bytes, str | None]:
    """Inflate ``body`` if it starts with the gzip magic bytes, stopping at ``max_bytes``.

    Returns the (possibly inflated) bytes and an error. On a gzip bomb or a
    corrupt stream the bytes are empty: a truncated prefix is not worth parsing.
    A plain body longer than ``max_bytes`` is refused the same way.
    """
    if not body.startswith(GZIP_MAGIC):
        if len(body) > max_bytes:
            return b"", f"body larger than {max_bytes} bytes"
        return body, None
    out = bytearray()
    data = body
    try:
        # Loop over members: concatenated gzip streams are valid gzip.
        while data:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            while True:
                # max_length bounds each step, so a bomb never inflates past the cap.
                room = max_bytes - len(out) + 1
                chunk = inflater.decompress(data, min(room, _CHUNK))
                out += chunk
                if len(out) > max_bytes:
                    return b"", f"decompressed size exceeds {max_bytes} bytes"
                data = inflater.unconsumed_tail
                # With no input left, keep calling until zlib has no output pending.
                if inflater.eof or (not data and not chunk):
                    break
            if not inflater.eof:
                return b"", "truncated gzip stream"
            data = inflater.unused_data
            if data and not data.startswith(GZIP_MAGIC):
                # Trailing garbage after the last member: keep what we have.
                break
    except zlib.error as exc:
        return b"", f"corrupt gzip stream: {exc}"
    return bytes(out), None


def parse_xml(body: bytes) -> XmlDocument:
    """Parse untrusted XML safely (see module docstring). Never raises."""
    if not body.strip():
        return XmlDocument(None, "empty document")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        return XmlDocument(None, f"unreadable XML: {exc}")
    if root is None:
        return XmlDocument(None, _first_error(parser) or "unreadable XML")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None:
        names = [entity.name for entity in dtd.iterentities()]  # type: ignore[union-attr]  # lxml-stubs 0.5 lacks it
        if names:
            logger.warning("rejected XML declaring entities: %s", ", ".join(names[:5]))
            return XmlDocument(None, f"entity declarations are not allowed ({names[0]})")
    return XmlDocument(root, _first_error(parser))


def _first_error(parser: etree.XMLParser) -> str | None:
    for entry in parser.error_log:
        if entry.level >= etree.ErrorLevels.ERROR:
            return f"malformed XML, line {entry.line}: {entry.message.strip()}"
    return None


def local_name(element: etree._Element) -> str:
    """The tag without namespace, lower-case; ``""`` for comments, entities and PIs.

    Sitemaps and feeds in the wild get namespaces wrong or leave them out, so
    we match on local names only.
    """
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2].lower()


def text_of(element: etree._Element | None) -> str:
    """All text inside ``element``, whitespace-collapsed; ``""`` for None."""
    if element is None:
        return ""
    text = "".join(t for t in element.itertext() if isinstance(t, str))
    return " ".join(text.split())
