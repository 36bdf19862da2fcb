"""HTML decoding (BOM, header, meta prescan, detection, fallback) and tolerant parsing."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime

import httpx
import pytest
from lxml import etree

from scraper.html import decode_html, document, soup
from scraper.models import Page

DUTCH = "Het café in Delft – ‘zo’n’ overeenkomst van € 5 miljoen. Naïef en coöperatief."


def _page(body: bytes, content_type: str | None = None) -> Page:
    headers = {"content-type": content_type} if content_type else {}
    return Page(
        url="http://127.0.0.1/x",
        body=body,
        fetched_at=datetime(2025, 1, 1, tzinfo=UTC),
        headers=headers,
    )


@pytest.mark.parametrize(
    ("body", "header", "expected_encoding", "expected_text"),
    [
        # BOM beats a lying header.
        (
            codecs.BOM_UTF8 + "<p>é</p>".encode(),
            "text/html; charset=windows-1252",
            "utf-8",
            "<p>é</p>",
        ),
        (codecs.BOM_UTF16_LE + "<p>é</p>".encode("utf-16-le"), None, "utf-16-le", "<p>é</p>"),
        (codecs.BOM_UTF16_BE + "<p>é</p>".encode("utf-16-be"), None, "utf-16-be", "<p>é</p>"),
        # Header beats meta.
        (
            '<meta charset="windows-1252"><p>é</p>'.encode(),
            "text/html; charset=UTF-8",
            "utf-8",
            '<meta charset="windows-1252"><p>é</p>',
        ),
        # Quoted header charset.
        ("<p>é</p>".encode("cp1252"), 'text/html; charset="iso-8859-15"', "iso8859-15", "<p>é</p>"),
        # <meta charset> when the header has none.
        (
            '<meta charset="iso-8859-1"><p>“é”</p>'.encode("cp1252"),
            "text/html",
            "windows-1252",
            None,
        ),
        # <meta http-equiv> form.
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><p>ë</p>'.encode(),
            None,
            "utf-8",
            None,
        ),
        # A meta tag cannot declare UTF-16 truthfully: the spec says UTF-8.
        (
            '<meta charset="utf-16"><p>é</p>'.encode(),
            None,
            "utf-8",
            '<meta charset="utf-16"><p>é</p>',
        ),
    ],
)
def test_declared_encodings(body, header, expected_encoding, expected_text):
    text, encoding = decode_html(body, header)
    assert codecs.lookup(encoding).name == codecs.lookup(expected_encoding).name
    if expected_text is not None:
        assert text == expected_text


def test_latin1_label_decodes_as_windows_1252():
    # 0x93/0x94 are curly quotes in windows-1252 and control codes in ISO-8859-1.
    text, encoding = decode_html(b"<p>\x93quoted\x94 \x80 5</p>", "text/html; charset=ISO-8859-1")
    assert encoding == "cp1252"
    assert text == "<p>“quoted” € 5</p>"


def test_bogus_header_charset_falls_through_to_meta():
    body = '<meta charset="windows-1252"><p>café</p>'.encode("cp1252")
    text, encoding = decode_html(body, "text/html; charset=no-such-charset")
    assert encoding == "cp1252"
    assert "café" in text


def test_bogus_meta_charset_falls_through_to_detection():
    body = f'<meta charset="x-klingon"><p>{DUTCH}</p>'.encode()
    text, encoding = decode_html(body, None)
    assert encoding == "utf-8"
    assert DUTCH in text


def test_undeclared_windows_1252_is_not_read_as_utf8():
    body = f"<html><body><p>{DUTCH}</p></body></html>".encode("cp1252")
    text, encoding = decode_html(body, None)
    assert encoding == "cp1252"
    assert DUTCH in text


def test_undeclared_utf8_is_detected():
    body = f"<html><body><p>{DUTCH}</p></body></html>".encode()
    text, encoding = decode_html(body, "text/html")
    assert encoding == "utf-8"
    assert DUTCH in text


def test_a_declared_latin_charset_gives_way_to_bytes_that_are_utf8():
    # A server's or template's default label over a UTF-8 page: browsers garble it.
    body = f'<meta charset="iso-8859-1"><p>{DUTCH}</p>'.encode()
    text, encoding = decode_html(body, "text/html; charset=ISO-8859-1")
    assert encoding == "utf-8"
    assert DUTCH in text


def test_a_declared_latin_charset_holds_for_windows_1252_bytes():
    body = f'<meta charset="iso-8859-1"><p>{DUTCH}</p>'.encode("cp1252")
    text, encoding = decode_html(body, None)
    assert encoding == "cp1252"
    assert DUTCH in text


def test_a_declared_non_latin_charset_is_not_second_guessed():
    body = "<p>Привет, café</p>".encode()
    assert decode_html(body, "text/html; charset=koi8-r")[1] == "koi8-r"


def test_utf8_after_a_long_ascii_head_is_detected():
    # Scripts and styles fill the first 64 KB; the article's text comes after.
    body = b"<script>" + b"var x = 1;\n" * 7000 + b"</script>" + f"<p>{DUTCH}</p>".encode()
    text, encoding = decode_html(body, None)
    assert encoding == "utf-8"
    assert DUTCH in text


def test_a_stray_windows_1252_byte_in_a_utf8_page_keeps_it_utf8():
    body = b"<script>" + b"var x = 1;\n" * 7000 + b"</script>"
    body += f"<p>{DUTCH} {DUTCH} {DUTCH}</p>".encode() + b"<p>\x93ad\x94</p>"
    text, encoding = decode_html(body, None)
    assert encoding == "utf-8"
    assert DUTCH in text


def test_windows_1252_after_a_long_ascii_head_stays_windows_1252():
    body = b"<script>" + b"var x = 1;\n" * 7000 + b"</script>" + f"<p>{DUTCH}</p>".encode("cp1252")
    text, encoding = decode_html(body, None)
    assert encoding == "cp1252"
    assert DUTCH in text


def test_pure_ascii_without_declaration_defaults_to_windows_1252():
    assert decode_html(b"<p>plain</p>", None) == ("<p>plain</p>", "cp1252")


def test_meta_after_first_1024_bytes_is_ignored():
    body = b"<!--" + b"x" * 1100 + b'--><meta charset="koi8-r"><p>plain</p>'
    assert decode_html(body, None)[1] == "cp1252"


def test_undecodable_bytes_are_replaced_not_raised():
    text, encoding = decode_html(b"<p>\xff\xfe\xfa broken \xc3</p>", "text/html; charset=utf-8")
    assert encoding == "utf-8"
    assert "broken" in text and "\ufffd" in text


def test_decoding_a_body_served_over_http(httpserver):
    body = f"<p>{DUTCH}</p>".encode("cp1252")
    httpserver.expect_request("/cp").respond_with_data(
        body, content_type="text/html; charset=windows-1252"
    )
    response = httpx.get(httpserver.url_for("/cp"))
    text, encoding = decode_html(response.content, response.headers["content-type"])
    assert encoding == "cp1252"
    assert DUTCH in text


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"\x00\x00\x00",
        b"<html><body><p>unclosed <b>bold <i>italic</p></div></span>",
        b"<<<>>><!-- never closed",
        b"<table><tr><td>cell<td>cell</table></table></table>",
        b"<html>\x00<p>nul byte</p></html>",
        bytes(range(256)) * 4,
        b"<svg><foreignObject><p>odd</p></foreignObject></svg><math><mi>x</mi></math>",
    ],
)
def test_soup_never_raises_on_broken_html(body):
    tree = soup(_page(body))
    assert isinstance(tree.get_text(), str)


def test_soup_reads_the_declared_encoding():
    tree = soup(
        _page(
            "<html><body><p>coöperatie</p></body></html>".encode("cp1252"),
            "text/html; charset=windows-1252",
        )
    )
    assert tree.p.get_text() == "coöperatie"


def test_xhtml_and_tiny_bodies_parse_without_warnings(recwarn):
    soup(_page(b'<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>'))
    soup(_page(b"https://example.org/"))
    assert [w for w in recwarn if "bs4" in str(w.filename) or "html.py" in str(w.filename)] == []


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"\x00\x00\x00",
        b"plain text",
        b"<<<>>><!-- never closed",
        b'<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>',
        bytes(range(256)) * 4,
    ],
)
def test_document_never_raises_and_has_an_html_root(body):
    root = document(_page(body))
    assert root.tag == "html"
    assert isinstance("".join(root.itertext()), str)


def test_document_and_soup_see_the_same_elements():
    body = (
        b"<html><head><title>T</title></head><body><div><p>one<b>two</p><p>three</div>"
        b"<table><tr><td>cell<td>cell</table><ul><li>a<li>b</ul></body></html>"
    )
    tags = [t.name for t in soup(_page(body)).find_all(True)]
    assert [el.tag for el in document(_page(body)).iter(etree.Element)] == tags


def test_document_reads_the_declared_encoding():
    root = document(
        _page(
            "<html><body><p>coöperatie</p></body></html>".encode("cp1252"),
            "text/html; charset=windows-1252",
        )
    )
    assert root.find(".//p").text == "coöperatie"


def test_a_page_is_decoded_once_by_all_its_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A source's soup, the generic parser's tree and discovery's links share one decoding."""
    from scraper import html
    from scraper.discover import html_links

    calls: list[bytes] = []
    real = html.decode_html

    def counted(body: bytes, content_type: str | None) -> tuple[str, str]:
        calls.append(body)
        return real(body, content_type)

    monkeypatch.setattr(html, "decode_html", counted)
    body = f'<html><body><p>{DUTCH}</p><a href="/next">more</a></body></html>'.encode()
    page = _page(body, "text/html; charset=utf-8")
    tree = soup(page)
    root = document(page)
    links = html_links(page.body, page.url, content_type=page.headers["content-type"])
    assert len(calls) == 1
    assert DUTCH in tree.get_text() and DUTCH in "".join(root.itertext())
    assert list(links.links) == ["http://127.0.0.1/next"]
    # Another body (even an equal one) is decoded again: the memo is the object, not its value.
    soup(_page(bytes(bytearray(body)), "text/html; charset=utf-8"))
    assert len(calls) == 2


@pytest.mark.parametrize(
    "body",
    [
        f"<html><body><p>{DUTCH}</p></body></html>".encode(),
        codecs.BOM_UTF8 + f"<p>{DUTCH}</p>".encode(),
        f"<p>{DUTCH}</p>".encode() + b"<p>a stray \xe9 byte</p>",
        "<p>a replacement character \ufffd kept as it is</p>".encode(),
        "<p>bell\x07 and\x00 nul, \ufffe and \uffff</p>".encode(),
        f"<p>{DUTCH}</p>".encode("cp1252", errors="replace"),
        b"",
    ],
    ids=["utf8", "bom", "malformed", "fffd", "controls", "cp1252", "empty"],
)
@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", None])
def test_document_parses_the_page_as_document_from_text_parses_its_text(
    body: bytes, content_type: str | None
) -> None:
    """Parsing a UTF-8 body's own bytes (no second encoding) builds the same tree."""
    from scraper.html import body_text, document_from_text

    page = _page(body, content_type)
    expected = etree.tostring(document_from_text(body_text(body, content_type)), encoding="unicode")
    assert etree.tostring(document(page), encoding="unicode") == expected
