"""Discovery from HTML, sitemaps, feeds and robots.txt (scraper.discover, scraper.xmlsafe)."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from scraper.discover import (
    filter_scope,
    html_links,
    meta_refresh,
    parse_feed,
    parse_sitemap,
    robots_sitemaps,
)
from scraper.xmlsafe import maybe_gunzip, parse_xml

SM = "http://www.sitemaps.org/schemas/sitemap/0.9"

PAGE = """<!doctype html>
<html><head>
<link rel="canonical" href="/news/item-1?utm_source=newsletter">
<link rel="alternate" type="application/rss+xml" title="News" href="/news/rss.xml">
<link rel="alternate" type="application/atom+xml" href="https://feeds.example.org/atom">
<link rel="alternate" hreflang="NL" href="https://www.example.org/nl/nieuws/item-1">
<link rel="alternate" hreflang="en" href="/news/item-1">
<meta property="og:url" content="https://www.example.org/news/item-1">
<link rel="next" href="/news?page=2">
</head><body>
<a href="/news/item-2">two</a>
<a href="item-3#comments">three</a>
<a href="javascript:void(0)">js</a>
<a href="mailto:press@example.org">mail</a>
<a href="tel:+31715270000">phone</a>
<a href="#top">top</a>
<a href="">empty</a>
<a href="/news/item-2?fbclid=XYZ">two again</a>
<a rel="nofollow" href="https://partner.example.com/x">partner</a>
<a href="  /news/item-4
   ">four, split over lines</a>
<a href="ftp://files.example.org/f">ftp</a>
<map><area href="/campus-map"></map>
<a href="http://[::1/broken">broken</a>
</body></html>"""


def test_html_links_collects_everything_in_document_order() -> None:
    found = html_links(PAGE, "https://www.example.org/news/index.html")
    assert found.links == [
        "https://www.example.org/news/item-2",
        "https://www.example.org/news/item-3",
        "https://partner.example.com/x",
        "https://www.example.org/news/item-4",
        "https://www.example.org/campus-map",
    ]
    assert found.nofollow == ["https://partner.example.com/x"]
    assert found.feeds == [
        "https://www.example.org/news/rss.xml",
        "https://feeds.example.org/atom",
    ]
    assert found.canonical == "https://www.example.org/news/item-1"
    assert found.og_url == "https://www.example.org/news/item-1"
    assert found.alternates == {
        "nl": "https://www.example.org/nl/nieuws/item-1",
        "en": "https://www.example.org/news/item-1",
    }
    assert found.next_page == "https://www.example.org/news?page=2"
    assert found.meta_refresh is None


def test_html_links_resolve_against_base_href_on_another_host() -> None:
    page = b"""<html><head><base href="https://cdn.elsewhere.test/site/"></head>
    <body><a href="page.html">p</a><a href="/root">r</a><a href="//third.test/x">x</a>
    <a rel="next prefetch" href="?page=2">next</a></body></html>"""
    found = html_links(page, "https://www.example.org/news/")
    assert found.base_url == "https://cdn.elsewhere.test/site/"
    assert found.links == [
        "https://cdn.elsewhere.test/site/page.html",
        "https://cdn.elsewhere.test/root",
        "https://third.test/x",
        "https://cdn.elsewhere.test/site/?page=2",
    ]
    assert found.next_page == "https://cdn.elsewhere.test/site/?page=2"
    # the caller filters scope: links to the base's host are only kept if it is allowed
    assert filter_scope(found.links, ["www.example.org"]) == []
    assert "https://third.test/x" not in filter_scope(found.links, ["*.elsewhere.test"])


def test_relative_base_href_resolves_against_the_page_url() -> None:
    found = html_links('<base href="/en/"><a href="x">x</a>', "https://www.example.org/a/b")
    assert found.links == ["https://www.example.org/en/x"]


@pytest.mark.parametrize(
    ("content", "target"),
    [
        ("0; url=https://www.example.org/new", "https://www.example.org/new"),
        ("0;URL='/moved?id=3&utm_campaign=x'", "https://www.example.org/moved?id=3"),
        ("5, url=other.html", "https://www.example.org/news/other.html"),
        ("3;/direct", "https://www.example.org/direct"),
        ("30", None),
        ("0; url=javascript:alert(1)", None),
    ],
)
def test_meta_refresh(content: str, target: str | None) -> None:
    page = f'<html><head><meta http-equiv="Refresh" content="{content}"></head></html>'
    assert html_links(page, "https://www.example.org/news/old").meta_refresh == target


@pytest.mark.parametrize(
    "head",
    [
        '<meta http-equiv="Refresh" content="0; url=/new">',
        "<meta content='0; url=/new' HTTP-EQUIV = 'refresh'>",
        "<META http-equiv=refresh content=0;url=/new>",
        '<noscript><meta http-equiv="refresh" content="0; url=/no-js"></noscript>',
        '<meta name="description" content="refresh your knowledge">',
        "",
    ],
)
def test_meta_refresh_alone_agrees_with_html_links(head: str) -> None:
    for encoding in ("utf-8", "utf-16"):
        page = f"<html><head>{head}</head><body><p>Nieuws</p></body></html>".encode(encoding)
        base = "https://www.example.org/news/old"
        assert meta_refresh(page, base) == html_links(page, base).meta_refresh


def test_meta_refresh_inside_noscript_is_ignored() -> None:
    page = '<noscript><meta http-equiv="refresh" content="0; url=/no-js"></noscript>'
    assert html_links(page, "https://www.example.org/").meta_refresh is None


def test_html_links_decodes_bytes_with_declared_charset() -> None:
    page = '<meta charset="windows-1252"><a href="/caf\u00e9">x</a>'.encode("cp1252")
    assert html_links(page, "https://www.example.org/").links == ["https://www.example.org/café"]


def test_html_links_uses_the_content_type_charset() -> None:
    page = '<a href="/caf\u00e9">x</a>'.encode("cp1252")
    found = html_links(page, "https://e.org/", content_type="text/html; charset=windows-1252")
    assert found.links == ["https://e.org/café"]
    assert html_links(page, "https://e.org/").links == ["https://e.org/café"]
    utf8 = '<a href="/caf\u00e9">x</a>'.encode()
    assert html_links(utf8, "https://e.org/").links == ["https://e.org/café"]


@pytest.mark.parametrize(
    "page",
    [
        b"",
        b"   ",
        b"\x00\xff\xfe<<<>>>",
        b"<a href='/x'",
        "<?xml version='1.0' encoding='utf-8'?><html><a href='/x'>x</a></html>",
        b"<html><a href=/ok>ok</a><table><tr><td><a href=/cell>",
    ],
)
def test_html_links_never_raises_on_broken_html(page: str | bytes) -> None:
    found = html_links(page, "https://www.example.org/")
    assert all(link.startswith("https://www.example.org/") for link in found.links)


def test_broken_html_still_yields_readable_links() -> None:
    found = html_links(b"<html><a href=/ok>ok</a><table><tr><td><a href=/cell>", "https://e.org/")
    assert found.links == ["https://e.org/ok", "https://e.org/cell"]


# -- sitemaps ---------------------------------------------------------------

URLSET = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="{SM}">
  <url><loc>https://www.example.org/news/a</loc><lastmod>2025-06-03</lastmod></url>
  <url><loc> https://www.example.org/news/b?utm_source=sitemap </loc>
       <lastmod>2025-06-04T10:15:00+02:00</lastmod></url>
  <url><loc>https://other.example.com/c</loc><lastmod>not a date</lastmod></url>
  <url><loc>/relative-is-invalid</loc></url>
</urlset>""".encode()


def test_parse_sitemap_urlset() -> None:
    sitemap = parse_sitemap(URLSET)
    assert sitemap.error is None
    assert sitemap.sitemaps == []
    assert [(e.loc, e.lastmod) for e in sitemap.urls] == [
        ("https://www.example.org/news/a", datetime(2025, 6, 3, tzinfo=UTC)),
        (
            "https://www.example.org/news/b",
            datetime(2025, 6, 4, 10, 15, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("https://other.example.com/c", None),
    ]


def test_parse_sitemap_index() -> None:
    body = f"""<sitemapindex xmlns="{SM}">
      <sitemap><loc>https://www.example.org/sitemap-news.xml</loc>
               <lastmod>2025-06-01</lastmod></sitemap>
      <sitemap><loc>https://www.example.org/sitemap-pages.xml.gz</loc></sitemap>
    </sitemapindex>""".encode()
    sitemap = parse_sitemap(body)
    assert sitemap.error is None
    assert sitemap.urls == []
    assert sitemap.sitemaps == [
        "https://www.example.org/sitemap-news.xml",
        "https://www.example.org/sitemap-pages.xml.gz",
    ]


def test_parse_sitemap_without_namespace() -> None:
    body = b"<urlset><url><loc>https://www.example.org/x</loc></url></urlset>"
    assert [e.loc for e in parse_sitemap(body).urls] == ["https://www.example.org/x"]


def test_parse_gzip_sitemap() -> None:
    sitemap = parse_sitemap(gzip.compress(URLSET))
    assert sitemap.error is None
    assert len(sitemap.urls) == 3


def test_gzip_bomb_stops_at_the_cap() -> None:
    bomb = gzip.compress(b"<" + b" " * (64 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 100 * 1024
    sitemap = parse_sitemap(bomb, max_bytes=1024 * 1024)
    assert sitemap.urls == []
    assert sitemap.error is not None and "exceeds" in sitemap.error


def test_maybe_gunzip_caps_and_reports() -> None:
    payload = b"x" * 5000
    assert maybe_gunzip(gzip.compress(payload), max_bytes=5000) == (payload, None)
    assert maybe_gunzip(gzip.compress(payload), max_bytes=4999)[0] == b""
    assert maybe_gunzip(gzip.compress(payload) + gzip.compress(b"y"), max_bytes=9999) == (
        payload + b"y",
        None,
    )
    assert maybe_gunzip(gzip.compress(payload)[:-12], max_bytes=9999)[1] == "truncated gzip stream"
    assert "corrupt" in (maybe_gunzip(b"\x1f\x8bnot gzip", max_bytes=9999)[1] or "")
    assert maybe_gunzip(b"plain", max_bytes=4) == (b"", "body larger than 4 bytes")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<urlset><url><loc>https://www.example.org/&lol9;</loc></url></urlset>"""


def test_billion_laughs_is_rejected_not_expanded() -> None:
    sitemap = parse_sitemap(BILLION_LAUGHS)
    assert sitemap.urls == []
    assert sitemap.error is not None and "entity" in sitemap.error
    feed = parse_feed(BILLION_LAUGHS.replace(b"urlset", b"rss"))
    assert feed.entries == [] and feed.error is not None and "entity" in feed.error


def _external_entity_docs(target: str, secret_file: Path) -> list[str]:
    file_url = secret_file.as_uri()
    return [
        # general entities, file and http
        f"""<?xml version="1.0"?><!DOCTYPE urlset [
          <!ENTITY file SYSTEM "{file_url}"><!ENTITY web SYSTEM "{target}/entity">]>
          <urlset><url><loc>https://www.example.org/&file;&web;</loc></url></urlset>""",
        # a parameter entity pulling in a remote DTD
        f"""<?xml version="1.0"?><!DOCTYPE urlset [
          <!ENTITY % remote SYSTEM "{target}/param.dtd"> %remote;]>
          <urlset><url><loc>https://www.example.org/p</loc></url></urlset>""",
        # an external DTD subset and an entity defined in it
        f"""<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{target}/external.dtd">
          <rss><channel><item><link>https://www.example.org/&ext;</link></item></channel></rss>""",
        # an external DTD subset on disk defining the entity used
        f"""<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{secret_file.with_suffix(".dtd").as_uri()}">
          <rss><channel><item><link>https://www.example.org/&ext;</link></item></channel></rss>""",
        # an entity in an attribute value, fed to an Atom link
        f"""<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY file SYSTEM "{file_url}">]>
          <feed><entry><link href="https://www.example.org/&file;"/></entry></feed>""",
    ]


def test_external_entities_are_never_read_or_fetched(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    secret.with_suffix(".dtd").write_text('<!ENTITY ext "TOP-SECRET-FROM-DTD">')
    httpserver.expect_request("/entity").respond_with_data("FETCHED-CONTENT")
    httpserver.expect_request("/param.dtd").respond_with_data('<!ENTITY ext "FETCHED-CONTENT">')
    httpserver.expect_request("/external.dtd").respond_with_data('<!ENTITY ext "FETCHED-CONTENT">')
    target = httpserver.url_for("").rstrip("/")
    for doc in _external_entity_docs(target, secret):
        body = doc.encode()
        sitemap = parse_sitemap(body)
        for result in (sitemap, parse_sitemap(gzip.compress(body)), parse_feed(body)):
            assert "TOP-SECRET" not in repr(result)
            assert "FETCHED" not in repr(result)
        if b"<!ENTITY" in body:
            assert sitemap.urls == [] and "entity" in (sitemap.error or "")
    assert httpserver.log == []


def test_parse_xml_rejects_entity_declarations_in_utf16() -> None:
    body = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'
    doc = parse_xml(body.encode("utf-16"))
    assert doc.root is None and "entity" in (doc.error or "")


def test_malformed_sitemap_returns_what_was_read() -> None:
    body = f"""<urlset xmlns="{SM}">
      <url><loc>https://www.example.org/one</loc></url>
      <url><loc>https://www.example.org/two</loc></url>
      <url><loc>https://www.example.org/thr""".encode()
    sitemap = parse_sitemap(body)
    assert [e.loc for e in sitemap.urls][:2] == [
        "https://www.example.org/one",
        "https://www.example.org/two",
    ]
    assert sitemap.error is not None and "malformed" in sitemap.error


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty"),
        (b"<html><body>Not found</body></html>", "not a sitemap"),
        (b"<<<>>>", "XML"),
        (gzip.compress(b"")[:5], "gzip"),
    ],
)
def test_unusable_sitemaps_give_an_error(body: bytes, message: str) -> None:
    sitemap = parse_sitemap(body)
    assert sitemap.urls == [] and sitemap.sitemaps == []
    assert sitemap.error is not None and message in sitemap.error


def test_plain_text_sitemap() -> None:
    body = (
        b"\xef\xbb\xbfhttps://www.example.org/a\r\n\n"
        b"  https://www.example.org/b?utm_source=x  \nnot a url\nftp://x.test/f\n"
    )
    sitemap = parse_sitemap(body)
    assert [e.loc for e in sitemap.urls] == [
        "https://www.example.org/a",
        "https://www.example.org/b",
    ]
    assert sitemap.error == "2 lines are not http(s) URLs"
    assert parse_sitemap(gzip.compress(b"https://www.example.org/a\n")).urls[0].loc.endswith("/a")


def test_feed_given_as_sitemap() -> None:
    sitemap = parse_sitemap(RSS)
    assert [e.loc for e in sitemap.urls][:2] == [
        "https://www.example.org/news/1",
        "https://www.example.org/news/2",
    ]


# -- feeds ------------------------------------------------------------------

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>University News</title>
  <link>https://www.example.org/news</link>
  <atom:link href="https://www.example.org/news/rss.xml" rel="self" type="application/rss+xml"/>
  <item>
    <title>Leiden &amp; Delft sign an agreement</title>
    <link>https://www.example.org/news/1?utm_source=rss&amp;utm_medium=feed</link>
    <pubDate>Tue, 03 Jun 2025 09:30:00 +0200</pubDate>
  </item>
  <item>
    <title><![CDATA[New <em>consortium</em> &eacute;]]></title>
    <guid>https://www.example.org/news/2</guid>
    <pubDate>Wed, 04 Jun 2025 08:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Relative link</title>
    <link>/news/3</link>
    <dc:date>2025-06-05</dc:date>
  </item>
  <item><title>No link at all</title><guid isPermaLink="false">tag:1</guid></item>
  <item><title>Bad date</title><link>https://www.example.org/news/5</link>
    <pubDate>dinsdag 3 juni</pubDate></item>
</channel>
</rss>"""


def test_parse_rss() -> None:
    feed = parse_feed(RSS, base_url="https://www.example.org/news/rss.xml")
    assert feed.error is None
    assert feed.title == "University News"
    assert [(e.link, e.title, e.published) for e in feed.entries] == [
        (
            "https://www.example.org/news/1",
            "Leiden & Delft sign an agreement",
            datetime(2025, 6, 3, 9, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
        (
            "https://www.example.org/news/2",
            "New consortium é",
            datetime(2025, 6, 4, 8, 0, tzinfo=UTC),
        ),
        ("https://www.example.org/news/3", "Relative link", datetime(2025, 6, 5, tzinfo=UTC)),
        ("https://www.example.org/news/5", "Bad date", None),
    ]


def test_relative_feed_links_need_a_base_url() -> None:
    links = [e.link for e in parse_feed(RSS).entries]
    assert "https://www.example.org/news/3" not in links
    assert len(links) == 3


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.example.org/news/">
  <title type="text">Atom News</title>
  <link rel="self" href="https://www.example.org/news/atom.xml"/>
  <entry>
    <title>First</title>
    <link rel="enclosure" href="first.mp3"/>
    <link rel="alternate" type="application/pdf" href="first.pdf"/>
    <link href="first.html"/>
    <published>2025-06-03T09:30:00Z</published>
    <updated>2025-07-01T00:00:00Z</updated>
  </entry>
  <entry xml:base="/archive/">
    <title type="html">Second &amp;amp; &lt;b&gt;last&lt;/b&gt;</title>
    <link rel="alternate" href="second"/>
    <updated>2025-06-05T10:00:00+02:00</updated>
  </entry>
  <entry><title>No link</title></entry>
</feed>"""


def test_parse_atom() -> None:
    feed = parse_feed(ATOM)
    assert feed.error is None
    assert feed.title == "Atom News"
    assert [(e.link, e.title, e.published) for e in feed.entries] == [
        (
            "https://www.example.org/news/first.html",
            "First",
            datetime(2025, 6, 3, 9, 30, tzinfo=UTC),
        ),
        (
            "https://www.example.org/archive/second",
            "Second & last",
            datetime(2025, 6, 5, 10, 0, tzinfo=timezone(timedelta(hours=2))),
        ),
    ]


def test_parse_rss_1_rdf() -> None:
    body = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>RDF news</title></channel>
      <item rdf:about="https://www.example.org/r1"><title>R1</title>
        <link>https://www.example.org/r1</link><dc:date>2025-06-03T12:00:00+01:00</dc:date></item>
    </rdf:RDF>"""
    feed = parse_feed(body)
    assert [(e.link, e.title) for e in feed.entries] == [("https://www.example.org/r1", "R1")]
    assert feed.entries[0].published == datetime(2025, 6, 3, 11, 0, tzinfo=UTC)


def test_malformed_feed_returns_what_was_read() -> None:
    body = RSS.split(b"<item><title>No link")[0]
    feed = parse_feed(body, base_url="https://www.example.org/")
    assert len(feed.entries) == 3
    assert feed.error is not None and "malformed" in feed.error


def test_html_is_not_a_feed() -> None:
    feed = parse_feed(b"<html><body><p>Oops</p></body></html>")
    assert feed.entries == [] and feed.error == "not a feed: root element <html>"


# -- robots.txt and scope ---------------------------------------------------


def test_robots_sitemaps() -> None:
    robots = (
        "\ufeffUser-agent: *\nDisallow: /private\n"
        "Sitemap: https://www.example.org/sitemap.xml\n"
        "sitemap:https://www.example.org/news-sitemap.xml # the news one\n"
        "SITEMAP: https://www.example.org/sitemap.xml\n"
        "  Sitemap : https://www.example.org/s.xml#frag\n"
        "Sitemap: /relative.xml\n"
        "# Sitemap: https://www.example.org/commented.xml\n"
    )
    assert robots_sitemaps(robots) == [
        "https://www.example.org/sitemap.xml",
        "https://www.example.org/news-sitemap.xml",
        "https://www.example.org/s.xml",
    ]
    assert robots_sitemaps("") == []


def test_filter_scope_keeps_order() -> None:
    urls = [
        "https://b.example.org/1",
        "https://elsewhere.test/2",
        "https://example.org/3",
        "mailto:x@example.org",
    ]
    assert filter_scope(urls, ["example.org", "*.example.org"]) == [urls[0], urls[2]]
    assert filter_scope(urls, "example.org") == [urls[2]]
