"""pipeline/atom_feed.py: the Atom feed, checked against the schema and rules of RFC 4287."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import etree
from record_samples import erasmus_delft_ended, leiden_esa, undated_consortium

from pipeline.atom_feed import ATOM_NS, FeedEntry, atom_feed, record_tag

NS = {"atom": ATOM_NS, "x": "http://www.w3.org/1999/xhtml"}
SCHEMA = Path(__file__).parent / "schemas" / "atom-rfc4287.rng"
SCHEMATRON = "http://www.ascc.net/xml/schematron"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def relaxng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


def rfc_rule_failures(feed: etree._Element) -> list[str]:
    """The RFC's Schematron rules (s:rule in the schema), each an XPath test per context."""
    failures = []
    for rule in etree.parse(str(SCHEMA)).iter(f"{{{SCHEMATRON}}}rule"):
        for context in feed.xpath("descendant-or-self::" + rule.get("context"), namespaces=NS):
            for check in rule.iter(f"{{{SCHEMATRON}}}assert"):
                if not context.xpath(check.get("test"), namespaces=NS):
                    failures.append(check.text)
    return failures


def assert_valid(document: bytes, relaxng: etree.RelaxNG) -> etree._Element:
    feed = etree.fromstring(document)
    assert relaxng.validate(feed), str(relaxng.error_log)
    assert rfc_rule_failures(feed) == []
    return feed


def sample_feed() -> bytes:
    return atom_feed(
        [
            FeedEntry(leiden_esa(), datetime(2026, 2, 1, 6, 30, tzinfo=UTC)),
            FeedEntry(erasmus_delft_ended(), datetime(2026, 2, 3, 6, 30, tzinfo=UTC)),
            FeedEntry(undated_consortium(), datetime(2026, 2, 2, 6, 30, tzinfo=UTC)),
        ],
        now=NOW,
        self_url="https://example.org/agreements.atom",
    )


def test_the_schema_and_rules_catch_a_broken_feed(relaxng: etree.RelaxNG) -> None:
    feed = etree.fromstring(sample_feed())
    entry = feed.find("atom:entry", NS)
    entry.remove(entry.find("atom:id", NS))
    assert not relaxng.validate(feed)
    feed = etree.fromstring(sample_feed())
    feed.remove(feed.find("atom:author", NS))
    assert relaxng.validate(feed), "the schema leaves authors to the rules"
    assert (
        rfc_rule_failures(feed)
        == [
            "An atom:feed must have an atom:author unless all of its atom:entry children "
            "have an atom:author.",
        ]
        + ["An atom:entry must have an atom:author if its feed does not."] * 3
    )


def test_feed_is_valid_atom_with_every_required_element(relaxng: etree.RelaxNG) -> None:
    document = sample_feed()
    assert document.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    feed = assert_valid(document, relaxng)
    assert feed.tag == f"{{{ATOM_NS}}}feed"
    assert feed.findtext("atom:id", namespaces=NS) == "tag:campusnews,2026:agreement-records"
    assert feed.findtext("atom:title", namespaces=NS)
    assert feed.findtext("atom:author/atom:name", namespaces=NS) == "campusnews"
    assert feed.findtext("atom:updated", namespaces=NS) == "2026-02-03T06:30:00Z"
    assert feed.find("atom:link[@rel='self']", NS).get("href") == (
        "https://example.org/agreements.atom"
    )
    entries = feed.findall("atom:entry", NS)
    assert [e.findtext("atom:id", namespaces=NS) for e in entries] == [
        "tag:campusnews,2026:agreement-record/5",
        "tag:campusnews,2026:agreement-record/30",
        "tag:campusnews,2026:agreement-record/9c4fe9bfeeb244c6",
    ], "newest change first"
    for entry in entries:
        assert entry.findtext("atom:title", namespaces=NS)
        assert entry.findtext("atom:updated", namespaces=NS).endswith("Z")
        assert len(entry.findall("atom:link[@rel='alternate']", NS)) == 1


def test_an_entry_holds_parties_type_status_dates_and_links_to_every_article() -> None:
    feed = etree.fromstring(sample_feed())
    entry = feed.find("atom:entry[atom:id='tag:campusnews,2026:agreement-record/5']", NS)
    assert entry.findtext("atom:title", namespaces=NS) == (
        'Status signed -> ended: Leiden University + Erasmus MC & <Delft> "Convergence" '
        "(partnership, ended)"
    )
    facts = entry.findall("atom:content/x:div/x:dl/*", NS)
    assert [f.text for f in facts] == [
        "Parties",
        'Leiden University + Erasmus MC & <Delft> "Convergence"',
        "Type",
        "partnership (Convergence <AI>)",
        "Status",
        "ended",
        "Dates",
        "2019 to 2025-01",
        "Change",
        "status: signed -> ended",
    ]
    lifecycle = [li.text for li in entry.findall("atom:content/x:div/x:ul[1]/x:li", NS)]
    assert lifecycle == ["2019: signed", "2025-01: ended (terminated)"]
    links = [(a.get("rel"), a.get("href")) for a in entry.findall("atom:link", NS)]
    assert links == [
        ("alternate", "https://news.example.edu/en/news/convergence-2019"),
        ("related", "https://news.example.edu/en/news/convergence-ends"),
    ]
    anchors = [a.get("href") for a in entry.findall(".//x:a", NS)]
    assert anchors == [href for _rel, href in links]
    categories = {c.get("scheme"): c.get("term") for c in entry.findall("atom:category", NS)}
    assert categories == {
        "tag:campusnews,2026:agreement-type": "partnership",
        "tag:campusnews,2026:agreement-status": "ended",
    }


def test_an_article_in_two_languages_links_once() -> None:
    feed = etree.fromstring(sample_feed())
    entry = feed.find(
        "atom:entry[atom:id='tag:campusnews,2026:agreement-record/9c4fe9bfeeb244c6']", NS
    )
    assert [a.get("href") for a in entry.findall("atom:link", NS)] == [
        "https://news.example.edu/en/news/leiden-esa",
        "https://news.example.edu/en/news/esa-follow-up",
    ]


def test_entry_ids_are_stable_and_a_later_change_updates_the_entry(
    relaxng: etree.RelaxNG,
) -> None:
    first = etree.fromstring(sample_feed())
    ended_later = dataclasses.replace(
        leiden_esa(), status="ended", change="status: signed -> ended"
    )
    document = atom_feed(
        [
            FeedEntry(leiden_esa(), datetime(2026, 2, 1, tzinfo=UTC)),
            FeedEntry(ended_later, datetime(2026, 4, 1, tzinfo=UTC)),
        ],
        now=NOW,
    )
    second = assert_valid(document, relaxng)
    entries = second.findall("atom:entry", NS)
    assert len(entries) == 1, "one entry per record: an id occurs once in a feed"
    assert (
        entries[0].findtext("atom:id", namespaces=NS)
        == first.find(
            "atom:entry[atom:id='tag:campusnews,2026:agreement-record/9c4fe9bfeeb244c6']/atom:id",
            NS,
        ).text
    )
    assert entries[0].findtext("atom:updated", namespaces=NS) == "2026-04-01T00:00:00Z"
    assert entries[0].findtext("atom:title", namespaces=NS).startswith("Status signed -> ended")


def test_an_empty_feed_is_valid_and_dated_now(relaxng: etree.RelaxNG) -> None:
    feed = assert_valid(atom_feed([], now=NOW), relaxng)
    assert feed.findall("atom:entry", NS) == []
    assert feed.findtext("atom:updated", namespaces=NS) == "2026-03-01T12:00:00Z"


def test_times_are_utc_and_the_authority_is_yours(relaxng: etree.RelaxNG) -> None:
    amsterdam = timezone(timedelta(hours=1))
    document = atom_feed(
        [
            FeedEntry(leiden_esa(), datetime(2026, 2, 1, 7, 0, tzinfo=amsterdam)),
            FeedEntry(undated_consortium(), datetime(2026, 1, 1, 7, 0)),
        ],
        now=NOW,
        authority="example.org,2026",
    )
    feed = assert_valid(document, relaxng)
    updated = [u.text for u in feed.findall("atom:entry/atom:updated", NS)]
    assert updated == ["2026-02-01T06:00:00Z", "2026-01-01T07:00:00Z"]
    tag = "tag:example.org,2026:agreement-record/9c4fe9bfeeb244c6"
    assert record_tag(leiden_esa(), "example.org,2026") == tag
    assert feed.findtext("atom:entry/atom:id", namespaces=NS) == tag


def test_the_entry_id_is_the_record_key_not_the_row_id_that_a_rebuild_may_change() -> None:
    rebuilt = dataclasses.replace(leiden_esa(), id=99)
    assert record_tag(rebuilt) == record_tag(leiden_esa())
    assert record_tag(dataclasses.replace(rebuilt, record_key=None)).endswith("/99")
