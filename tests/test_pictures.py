"""pipeline/pictures.py: neighbourhood and timeline SVG of an organisation."""

from __future__ import annotations

import dataclasses

import lxml.html
from lxml import etree
from record_samples import erasmus_delft_ended, leiden_esa, undated_consortium

from pipeline.pictures import (
    SVG_NS,
    neighbourhood_svg,
    partners_of,
    pictures_html,
    pictures_svg,
    status_colour,
    timeline_svg,
    year_fraction,
)

NS = {"svg": SVG_NS}
CENTRE = "Leiden University"
ESCAPED = 'Erasmus MC & <Delft> "Convergence"'


def records():
    return [leiden_esa(), erasmus_delft_ended(), undated_consortium()]


def parse(svg: str) -> etree._Element:
    root = etree.fromstring(svg.encode())
    assert root.tag == f"{{{SVG_NS}}}svg"
    assert root.get("viewBox")
    return root


def texts(root: etree._Element, xpath: str) -> list[str]:
    return [e.text for e in root.xpath(xpath, namespaces=NS)]


def test_neighbourhood_has_the_centre_every_partner_and_one_line_per_record_and_partner() -> None:
    root = parse(neighbourhood_svg(CENTRE, records()))
    assert texts(root, "//svg:g[@class='centre']/svg:title") == [CENTRE]
    assert texts(root, "//svg:g[@class='partner']/svg:title") == [
        ESCAPED,
        "European Space Agency",
        "KU Leuven",
        "Universität Wien",
    ], "alphabetical by alias key, full names in the tooltip"
    assert texts(root, "//svg:g[@class='partner']/svg:text") == [
        'Erasmus MC & <Delft> "Convergence"',
        "European Space Agency",
        "KU Leuven",
        "Universität Wien",
    ]
    lines = root.xpath("//svg:path", namespaces=NS)
    assert len(lines) == 4, "the consortium links the centre to both of its partners"
    by_status = sorted((p.get("stroke"), p.get("stroke-dasharray")) for p in lines)
    assert by_status == sorted(
        [
            (status_colour("signed"), None),
            (status_colour("ended"), "6 3"),
            (status_colour("planned"), None),
            (status_colour("planned"), None),
        ]
    )


def test_names_are_escaped_not_markup() -> None:
    svg = neighbourhood_svg(CENTRE, records())
    assert "<Delft>" not in svg
    assert "&lt;Delft&gt;" in svg
    assert "<script" not in svg and "http" not in svg.replace(SVG_NS, "")


def test_the_legend_names_every_status_drawn_and_only_those() -> None:
    root = parse(neighbourhood_svg(CENTRE, [leiden_esa(), erasmus_delft_ended()]))
    legend = texts(root, "/svg:svg/svg:text")
    assert legend[-3:] == ["status:", "signed", "ended"]
    odd = dataclasses.replace(leiden_esa(), status="suspended")
    legend = texts(parse(neighbourhood_svg(CENTRE, [odd])), "/svg:svg/svg:text")
    assert legend[-2:] == ["status:", "suspended"]


def test_two_records_with_one_partner_give_two_lines_bent_apart() -> None:
    later = dataclasses.replace(leiden_esa(), id=18, status="ended", first_date="2026")
    root = parse(neighbourhood_svg(CENTRE, [leiden_esa(), later]))
    paths = [p.get("d") for p in root.xpath("//svg:path", namespaces=NS)]
    assert len(paths) == 2 and paths[0] != paths[1]


def test_layout_is_deterministic_whatever_the_order_of_the_records() -> None:
    assert neighbourhood_svg(CENTRE, records()) == neighbourhood_svg(CENTRE, records()[::-1])
    assert timeline_svg(CENTRE, records()) == timeline_svg(CENTRE, records()[::-1])


def test_aliases_say_which_party_is_the_centre() -> None:
    record = dataclasses.replace(leiden_esa(), parties=("Universiteit Leiden", "ESA"))
    assert [e.partner for e in partners_of(CENTRE, [record])] == ["Universiteit Leiden", "ESA"]
    assert [e.partner for e in partners_of(CENTRE, [record], ["Universiteit Leiden"])] == ["ESA"]


def test_timeline_has_one_row_per_record_oldest_first_and_keeps_the_undated() -> None:
    root = parse(timeline_svg(CENTRE, records()))
    rows = root.xpath("//svg:g[@class='record']", namespaces=NS)
    assert [r.find("svg:text", NS).text for r in rows] == [
        'Erasmus MC & <Delft> "Convergence" (partnership)',
        "European Space Agency (framework agreement)",
        "KU Leuven + Universität Wien (consortium)",
    ]
    assert rows[2].findall("svg:text", NS)[1].text == "no date"
    ended = rows[0].find("svg:rect", NS)
    assert ended.get("fill") == status_colour("ended")
    assert float(ended.get("width")) > 5 * float(rows[1].find("svg:rect", NS).get("width"))
    marks = [t.text for t in rows[0].xpath(".//svg:title", namespaces=NS)][1:]
    assert marks == ["2019: signed", "2025-01: ended (terminated)"]
    years = texts(root, "/svg:svg/svg:text")
    assert "2019" in years and "2026" in years


def test_year_fraction_reads_every_precision() -> None:
    assert year_fraction("2024") == 2024
    assert year_fraction("2024-07") == 2024.5
    assert 2024.5 < year_fraction("2024-07-15") < 2024.6


def test_no_records_still_draws_a_labelled_picture() -> None:
    assert "no agreements recorded" in texts(parse(neighbourhood_svg(CENTRE, [])), "//svg:text")
    assert "no agreements recorded" in texts(parse(timeline_svg(CENTRE, [])), "//svg:text")


def test_html_page_holds_both_pictures_and_links_the_articles() -> None:
    page = pictures_html(CENTRE, records())
    document = lxml.html.document_fromstring(page)
    assert document.findtext(".//title") == "Agreements of Leiden University"
    assert len(document.xpath("//svg")) == 2
    assert not document.xpath("//script | //link | //img")
    hrefs = document.xpath("//li/a/@href")
    assert "https://news.example.edu/en/news/convergence-ends" in hrefs
    assert ESCAPED in document.text_content()


def test_one_svg_file_holds_the_neighbourhood_above_the_timeline() -> None:
    root = parse(pictures_svg(CENTRE, records()))
    top, bottom = root.findall("svg:svg", NS)
    assert top.findtext("svg:title", namespaces=NS).startswith("Agreements of Leiden University:")
    assert (
        bottom.findtext("svg:title", namespaces=NS) == "Agreements of Leiden University over time"
    )
    assert bottom.get("y") == top.get("height")
    assert float(root.get("height")) == float(top.get("height")) + float(bottom.get("height"))
