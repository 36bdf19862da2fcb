"""An Atom feed (RFC 4287) of agreement records that are new or changed status.

Built with lxml, which campusnews already depends on: a feed is a dozen
elements, and writing them directly keeps the entry ids, the order and the
XHTML content under our control without a new dependency (feedgen is a
wrapper over lxml too).

Each entry is one record. Its id is a ``tag:`` URI (RFC 4151) made from the
record's stable key (``record_key``, kept when records are rebuilt), so
when a record changes again its entry is *updated* (same id, later
``updated``) instead of a second entry in the reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

from db.record_types import AgreementRecordSummary
from pipeline.digest import date_span, parties_text

ATOM_NS = "http://www.w3.org/2005/Atom"
XHTML_NS = "http://www.w3.org/1999/xhtml"
DEFAULT_AUTHORITY = "campusnews,2026"
FEED_TITLE = "campusnews: new and changed agreements"

_A = f"{{{ATOM_NS}}}"
_X = f"{{{XHTML_NS}}}"


@dataclass(frozen=True)
class FeedEntry:
    """A record as it changed: ``updated`` is when (the run that saw the change)."""

    record: AgreementRecordSummary
    updated: datetime


def record_tag(record: AgreementRecordSummary, authority: str = DEFAULT_AUTHORITY) -> str:
    """The entry id of a record: ``tag:campusnews,2026:agreement-record/9c4fe9bfeeb244c6``.

    From the record's ``record_key``; a record without one (built by hand)
    falls back to its id.

    ``authority`` is RFC 4151's ``name,date`` (a domain or e-mail you held on
    that date); give your own so two databases' feeds never share ids.
    """
    key = record.record_key or str(record.id)
    return f"tag:{authority}:agreement-record/{key}"


def _utc(moment: datetime) -> datetime:
    """``moment`` as an aware datetime; a naive one is taken as UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def atom_time(moment: datetime) -> str:
    """RFC 3339 time as Atom wants it; a naive datetime is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def entry_title(record: AgreementRecordSummary) -> str:
    """``New: Leiden University + ESA (framework agreement, signed)``."""
    change = record.change or "listed"
    if change == "new":
        what = "New"
    elif change.startswith("status:"):
        what = "Status " + change.removeprefix("status:").strip()
    else:
        what = change.capitalize()
    return f"{what}: {parties_text(record)} ({record.type}, {record.status})"


def _text(parent: etree._Element, tag: str, text: str, **attrib: str) -> etree._Element:
    element = etree.SubElement(parent, tag, attrib)
    element.text = text
    return element


def _content(entry: etree._Element, record: AgreementRecordSummary) -> None:
    """The record in XHTML: parties, type, status, dates, lifecycle and its articles."""
    content = etree.SubElement(entry, _A + "content", type="xhtml")
    div = etree.SubElement(content, _X + "div", nsmap={None: XHTML_NS})
    facts = etree.SubElement(div, _X + "dl")
    rows = [
        ("Parties", parties_text(record)),
        ("Type", record.type + (f" ({record.name})" if record.name else "")),
        ("Status", record.status),
        ("Dates", date_span(record.first_date, record.last_date)),
    ]
    if record.change:
        rows.append(("Change", record.change))
    for term, value in rows:
        _text(facts, _X + "dt", term)
        _text(facts, _X + "dd", value)
    if record.events:
        _text(div, _X + "p", "Lifecycle:")
        events = etree.SubElement(div, _X + "ul")
        for event in record.events:
            detail = f" ({event.detail})" if event.detail else ""
            _text(events, _X + "li", f"{event.date or 'undated'}: {event.kind}{detail}")
    if record.mentions:
        _text(div, _X + "p", "Articles:")
        articles = etree.SubElement(div, _X + "ul")
        for url, title in _articles(record):
            item = etree.SubElement(articles, _X + "li")
            _text(item, _X + "a", title, href=url)


def _articles(record: AgreementRecordSummary) -> list[tuple[str, str]]:
    """Each distinct article once, in mention order: (URL, title or URL)."""
    seen: dict[str, str] = {}
    for mention in record.mentions:
        if mention.article_url not in seen:
            seen[mention.article_url] = mention.article_title or mention.article_url
    return list(seen.items())


def _entry(feed: etree._Element, item: FeedEntry, authority: str) -> None:
    record = item.record
    entry = etree.SubElement(feed, _A + "entry")
    _text(entry, _A + "id", record_tag(record, authority))
    _text(entry, _A + "title", entry_title(record))
    _text(entry, _A + "updated", atom_time(item.updated))
    articles = _articles(record)
    # RFC 4287 4.1.1: at most one alternate link per type and hreflang; the
    # record's first article is it, the others are related.
    for number, (url, title) in enumerate(articles):
        rel = "alternate" if number == 0 else "related"
        etree.SubElement(entry, _A + "link", rel=rel, href=url, title=title)
    for facet, term in (("type", record.type), ("status", record.status)):
        scheme = f"tag:{authority}:agreement-{facet}"
        etree.SubElement(entry, _A + "category", term=term, scheme=scheme)
    _content(entry, record)


def atom_feed(
    entries: Sequence[FeedEntry],
    *,
    now: datetime,
    authority: str = DEFAULT_AUTHORITY,
    self_url: str | None = None,
    title: str = FEED_TITLE,
) -> bytes:
    """The feed as UTF-8 XML bytes, newest change first.

    ``now`` is the feed's ``updated`` when it has no entries (else the newest
    entry's). ``self_url`` is where the file will be served, for the
    ``rel="self"`` link RFC 4287 recommends. A record listed twice keeps its
    latest change only, since an entry id may occur once in a feed.
    """
    latest: dict[str, FeedEntry] = {}
    for item in entries:
        tag = record_tag(item.record, authority)
        known = latest.get(tag)
        if known is None or atom_time(item.updated) >= atom_time(known.updated):
            latest[tag] = item
    # Atom times have whole seconds; two runs can end within one, so the full time
    # breaks the tie (newest run first), then the record id, within one run.
    ordered = sorted(
        latest.values(), key=lambda i: (atom_time(i.updated), _utc(i.updated), i.record.id)
    )
    ordered.reverse()
    feed = etree.Element(_A + "feed", nsmap={None: ATOM_NS})
    _text(feed, _A + "id", f"tag:{authority}:agreement-records")
    _text(feed, _A + "title", title)
    updated = ordered[0].updated if ordered else now
    _text(feed, _A + "updated", atom_time(updated))
    author = etree.SubElement(feed, _A + "author")
    _text(author, _A + "name", "campusnews")
    _text(feed, _A + "generator", "campusnews")
    if self_url:
        etree.SubElement(feed, _A + "link", rel="self", href=self_url, type="application/atom+xml")
    for item in ordered:
        _entry(feed, item, authority)
    return etree.tostring(feed, xml_declaration=True, encoding="UTF-8", pretty_print=True)
