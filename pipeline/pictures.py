"""Pictures of one organisation's agreements: its neighbourhood and a timeline, as SVG.

Pure functions from ``AgreementRecordSummary`` objects to self-contained SVG
(no script, no fonts or styles from elsewhere), with a deterministic layout so
the same records always give the same file:

- ``neighbourhood_svg``: the organisation in the middle, its partners on a
  circle (alphabetical, clockwise from the top), one line per record, coloured
  and dashed by the record's current status;
- ``timeline_svg``: one row per record, a bar from its first to its last
  date, each lifecycle event a mark on it;
- ``pictures_html``: one HTML page holding both, with the records listed.

Every name passes through ElementTree, which escapes it; long names are cut
for the label and kept whole in a ``<title>`` tooltip.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from html import escape

from db.record_types import AgreementRecordSummary
from pipeline.digest import date_span, parties_text
from scraper.keys import alias_key

SVG_NS = "http://www.w3.org/2000/svg"
FONT = "font-family:sans-serif;font-size:12px"

# Okabe-Ito colours (distinguishable with colour blindness); ended records are
# dashed as well, so the status does not rest on colour alone.
STATUS_COLOURS: dict[str, str] = {
    "planned": "#E69F00",
    "announced": "#E69F00",
    "signed": "#009E73",
    "ongoing": "#56B4E9",
    "renewed": "#0072B2",
    "extended": "#0072B2",
    "ended": "#D55E00",
}
OTHER_COLOUR = "#777777"
EVENT_SHAPES = {"announced": "triangle", "signed": "circle", "extended": "diamond", "ended": "bar"}
LABEL_CHARS = 34
CHAR_WIDTH = 6.6  # about right for 12px sans-serif; only used to size the canvas


def status_colour(status: str) -> str:
    """The colour a status is drawn in (grey for a status this module does not know)."""
    return STATUS_COLOURS.get(status, OTHER_COLOUR)


def _short(name: str, limit: int = LABEL_CHARS) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "\u2026"


def _svg(width: float, height: float, title: str) -> ET.Element:
    root = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "width": f"{width:.0f}",
            "height": f"{height:.0f}",
            "viewBox": f"0 0 {width:.0f} {height:.0f}",
            "role": "img",
            "style": FONT,
        },
    )
    ET.SubElement(root, "title").text = title
    ET.SubElement(root, "rect", width="100%", height="100%", fill="white")
    return root


def _text(parent: ET.Element, x: float, y: float, text: str, **attrib: str) -> ET.Element:
    element = ET.SubElement(parent, "text", {"x": f"{x:.1f}", "y": f"{y:.1f}", **attrib})
    element.text = text
    return element


def _serialise(root: ET.Element) -> str:
    ET.indent(root)
    return ET.tostring(root, encoding="unicode") + "\n"


def _legend(parent: ET.Element, x: float, y: float, statuses: Sequence[str]) -> None:
    """A key of the statuses drawn, one swatch and word each, in a row."""
    _text(parent, x, y + 4, "status:", fill="#333")
    x += 52
    for status in statuses:
        line = {"stroke": status_colour(status), "stroke-width": "3"}
        if status == "ended":
            line["stroke-dasharray"] = "6 3"
        ends = {"x1": f"{x:.1f}", "y1": f"{y:.1f}", "x2": f"{x + 22:.1f}", "y2": f"{y:.1f}"}
        ET.SubElement(parent, "line", {**ends, **line})
        _text(parent, x + 27, y + 4, status)
        x += 27 + len(status) * CHAR_WIDTH + 16


def _statuses(records: Sequence[AgreementRecordSummary]) -> list[str]:
    known = [s for s in STATUS_COLOURS if any(r.status == s for r in records)]
    other = sorted({r.status for r in records} - set(STATUS_COLOURS))
    return known + other


@dataclass(frozen=True)
class _Edge:
    partner: str
    record: AgreementRecordSummary


def partners_of(
    center: str, records: Sequence[AgreementRecordSummary], aliases: Collection[str] = ()
) -> list[_Edge]:
    """One edge per record and partner: every party that is not ``center`` (or an alias).

    A record none of whose parties matches the centre still counts (the
    query matched it through a sub-unit or alias this function was not
    given): all its parties become partners, so no record is dropped.
    """
    own = {alias_key(name) for name in (center, *aliases)}
    edges: list[_Edge] = []
    for record in records:
        partners = [p for p in record.parties if alias_key(p) not in own]
        if not partners and not any(alias_key(p) in own for p in record.parties):
            partners = list(record.parties)
        edges.extend(_Edge(partner, record) for partner in dict.fromkeys(partners))
    return edges


def neighbourhood_svg(
    center: str, records: Sequence[AgreementRecordSummary], aliases: Collection[str] = ()
) -> str:
    """The neighbourhood picture as SVG text (see ``_neighbourhood``)."""
    return _serialise(_neighbourhood(center, records, aliases))


def _neighbourhood(
    center: str, records: Sequence[AgreementRecordSummary], aliases: Collection[str]
) -> ET.Element:
    """The organisation and its partners, radial; one line per record, coloured by status.

    Two records with the same partner give two lines, bent apart so both
    show. Partners are placed alphabetically (by ``alias_key``) clockwise
    from the top, so the picture is the same for the same records.
    """
    edges = partners_of(center, records, aliases)
    partners = sorted({e.partner for e in edges}, key=lambda n: (alias_key(n), n))
    label_room = max([len(_short(p)) for p in partners] + [8]) * CHAR_WIDTH + 20
    radius = max(120.0, len(partners) * 60 / (2 * math.pi))
    width = 2 * (radius + label_room) + 40
    height = 2 * (radius + label_room) + 90
    cx, cy = width / 2, radius + label_room + 40
    title = f"Agreements of {center}: {len(records)} records, {len(partners)} partners"
    root = _svg(width, height, title)
    _text(root, 20, 24, _short(title, 90), style="font-size:15px;font-weight:bold")
    where = {}
    for index, partner in enumerate(partners):
        angle = -math.pi / 2 + 2 * math.pi * index / max(len(partners), 1)
        where[partner] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    lines = ET.SubElement(root, "g", {"fill": "none", "stroke-width": "2.5"})
    seen: dict[str, int] = {}
    for edge in sorted(edges, key=lambda e: (e.partner, e.record.first_date or "", e.record.id)):
        x, y, _angle = where[edge.partner]
        count = sum(1 for e in edges if e.partner == edge.partner)
        nth = seen.get(edge.partner, 0)
        seen[edge.partner] = nth + 1
        bend = (nth - (count - 1) / 2) * 18
        # The control point sits off the straight line by `bend`, perpendicular to it.
        length = math.hypot(x - cx, y - cy) or 1.0
        mx = (cx + x) / 2 - (y - cy) / length * bend
        my = (cy + y) / 2 + (x - cx) / length * bend
        attrib = {"d": f"M{cx:.1f},{cy:.1f} Q{mx:.1f},{my:.1f} {x:.1f},{y:.1f}"}
        attrib["stroke"] = status_colour(edge.record.status)
        if edge.record.status == "ended":
            attrib["stroke-dasharray"] = "6 3"
        path = ET.SubElement(lines, "path", attrib)
        ET.SubElement(path, "title").text = (
            f"{parties_text(edge.record)}: {edge.record.type}, {edge.record.status}, "
            f"{date_span(edge.record.first_date, edge.record.last_date)}, "
            f"{edge.record.articles} article(s)"
        )
    nodes = ET.SubElement(root, "g")
    for partner in partners:
        x, y, angle = where[partner]
        node = ET.SubElement(nodes, "g", {"class": "partner"})
        ET.SubElement(node, "title").text = partner
        ET.SubElement(
            node, "circle", cx=f"{x:.1f}", cy=f"{y:.1f}", r="6", fill="#444", stroke="white"
        )
        # Labels point away from the centre (turned over on the left half so
        # they never read upside down): neighbours near the top and bottom
        # of the circle would overlap if they were all horizontal.
        right = math.cos(angle) >= -1e-9
        turn = math.degrees(angle) + (0 if right else 180)
        _text(
            node,
            x + (10 if right else -10),
            y + 4,
            _short(partner),
            transform=f"rotate({turn:.1f} {x:.1f} {y:.1f})",
            **{"text-anchor": "start" if right else "end"},
        )
    centre = ET.SubElement(root, "g", {"class": "centre"})
    ET.SubElement(centre, "title").text = center
    ET.SubElement(centre, "circle", cx=f"{cx:.1f}", cy=f"{cy:.1f}", r="11", fill="#222")
    # The name sits on a white box: lines to the partners above would cross it.
    label = _short(center, 50)
    box = len(label) * (CHAR_WIDTH + 0.6) + 10
    ET.SubElement(
        centre,
        "rect",
        x=f"{cx - box / 2:.1f}",
        y=f"{cy - 33:.1f}",
        width=f"{box:.1f}",
        height="19",
        rx="4",
        fill="white",
        opacity="0.9",
    )
    _text(centre, cx, cy - 19, label, style="font-weight:bold", **{"text-anchor": "middle"})
    if not records:
        _text(root, cx, cy + 30, "no agreements recorded", **{"text-anchor": "middle"})
    _legend(root, 20, height - 24, _statuses(records))
    return root


def year_fraction(date: str) -> float:
    """An ISO date at any precision as a year with a fraction: ``2024-07`` is 2024.5."""
    parts = [int(p) for p in date.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 1
    day = parts[2] if len(parts) > 2 else 1
    return year + (month - 1) / 12 + (day - 1) / 365


def _mark(parent: ET.Element, shape: str, x: float, y: float, colour: str) -> ET.Element:
    if shape == "circle":
        return ET.SubElement(parent, "circle", cx=f"{x:.1f}", cy=f"{y:.1f}", r="5", fill=colour)
    if shape == "triangle":
        points = f"{x:.1f},{y - 6:.1f} {x + 6:.1f},{y + 5:.1f} {x - 6:.1f},{y + 5:.1f}"
    elif shape == "diamond":
        points = f"{x:.1f},{y - 6:.1f} {x + 6:.1f},{y:.1f} {x:.1f},{y + 6:.1f} {x - 6:.1f},{y:.1f}"
    else:
        corners = ((x - 2, y - 8), (x + 2, y - 8), (x + 2, y + 8), (x - 2, y + 8))
        points = " ".join(f"{px:.1f},{py:.1f}" for px, py in corners)
    return ET.SubElement(parent, "polygon", points=points, fill=colour, stroke="black")


def _row_label(center: str, record: AgreementRecordSummary, aliases: Collection[str]) -> str:
    partners = [e.partner for e in partners_of(center, [record], aliases)]
    return f"{' + '.join(partners) or parties_text(record)} ({record.type})"


def timeline_svg(
    center: str, records: Sequence[AgreementRecordSummary], aliases: Collection[str] = ()
) -> str:
    """The timeline picture as SVG text (see ``_timeline``)."""
    return _serialise(_timeline(center, records, aliases))


def _timeline(
    center: str, records: Sequence[AgreementRecordSummary], aliases: Collection[str]
) -> ET.Element:
    """The organisation's records on a time axis, oldest first, one row each.

    A bar runs from the first to the last date, in the status colour; events
    are marks (triangle announced, circle signed, diamond extended, bar
    ended). A record with no date keeps its row, marked ``no date``.
    """
    ordered = sorted(records, key=lambda r: (r.first_date is None, r.first_date or "", r.id))
    dates = [
        year_fraction(d)
        for r in records
        for d in (r.first_date, r.last_date, *(e.date for e in r.events))
        if d
    ]
    start = math.floor(min(dates)) if dates else 2000
    end = math.floor(max(dates)) + 1 if dates else 2001
    label_width = max([len(_short(_row_label(center, r, aliases), 48)) for r in records] + [10])
    left = label_width * CHAR_WIDTH + 30
    per_year = max(48.0, 560 / (end - start))
    width = left + (end - start) * per_year + 30
    row = 26
    top = 70
    height = top + row * max(len(ordered), 1) + 70
    root = _svg(width, height, f"Agreements of {center} over time")
    _text(
        root,
        20,
        24,
        _short(f"Agreements of {center} over time", 90),
        style="font-size:15px;font-weight:bold",
    )

    def x_of(date: str) -> float:
        return left + (year_fraction(date) - start) * per_year

    axis = ET.SubElement(root, "g", stroke="#ccc")
    step = 1 if end - start <= 15 else 5
    for year in range(start, end + 1):
        if (year - start) % step:
            continue
        x = left + (year - start) * per_year
        ET.SubElement(
            axis, "line", x1=f"{x:.1f}", y1=f"{top - 12}", x2=f"{x:.1f}", y2=f"{height - 50}"
        )
        _text(root, x, top - 18, str(year), fill="#555", **{"text-anchor": "middle"})
    for index, record in enumerate(ordered):
        y = top + row * index + row / 2
        group = ET.SubElement(root, "g", {"class": "record"})
        ET.SubElement(group, "title").text = (
            f"{parties_text(record)}: {record.type}, {record.status}, "
            f"{date_span(record.first_date, record.last_date)}"
        )
        _text(
            group,
            left - 10,
            y + 4,
            _short(_row_label(center, record, aliases), 48),
            **{"text-anchor": "end"},
        )
        colour = status_colour(record.status)
        first = record.first_date or record.last_date
        if first is None:
            _text(group, left + 6, y + 4, "no date", fill="#777", style="font-style:italic")
            continue
        x1 = x_of(first)
        x2 = max(x_of(record.last_date or first), x1 + 6)
        bar = {"x": f"{x1:.1f}", "y": f"{y - 5:.1f}", "width": f"{x2 - x1:.1f}", "height": "10"}
        # A bar of one date is a dot: full colour, or it would not be seen.
        bar.update(fill=colour, rx="3", opacity="0.55" if x2 - x1 > 8 else "1")
        ET.SubElement(group, "rect", bar)
        for event in record.events:
            if event.date:
                mark = _mark(
                    group, EVENT_SHAPES.get(event.kind, "circle"), x_of(event.date), y, colour
                )
                ET.SubElement(mark, "title").text = f"{event.date}: {event.kind}" + (
                    f" ({event.detail})" if event.detail else ""
                )
    if not ordered:
        _text(root, left, top + 16, "no agreements recorded")
    _legend(root, 20, height - 24, _statuses(records))
    _event_key(root, 20, height - 44)
    return root


def _event_key(parent: ET.Element, x: float, y: float) -> None:
    _text(parent, x, y + 4, "events:", fill="#333")
    x += 52
    for kind, shape in EVENT_SHAPES.items():
        _mark(parent, shape, x + 6, y, "#888")
        _text(parent, x + 16, y + 4, kind)
        x += 16 + len(kind) * CHAR_WIDTH + 16


def pictures_svg(
    center: str, records: Sequence[AgreementRecordSummary], aliases: Collection[str] = ()
) -> str:
    """Both pictures in one SVG file: the neighbourhood above the timeline."""
    top = _neighbourhood(center, records, aliases)
    bottom = _timeline(center, records, aliases)
    width = max(float(top.get("width", 0)), float(bottom.get("width", 0)))
    height = float(top.get("height", 0)) + float(bottom.get("height", 0))
    root = _svg(width, height, f"Agreements of {center}")
    bottom.set("y", top.get("height", "0"))
    root.extend([top, bottom])
    return _serialise(root)


def pictures_html(
    center: str, records: Sequence[AgreementRecordSummary], aliases: Collection[str] = ()
) -> str:
    """One self-contained HTML page: the neighbourhood, the timeline and the records listed."""
    items = []
    for record in sorted(records, key=lambda r: (r.first_date or "", r.id)):
        links = ", ".join(
            f'<a href="{escape(url, quote=True)}">{escape(title)}</a>'
            for url, title in dict.fromkeys(
                (m.article_url, m.article_title or m.article_url) for m in record.mentions
            )
        )
        items.append(
            f"<li>{escape(parties_text(record))}: {escape(record.type)}, "
            f"{escape(record.status)}, {escape(date_span(record.first_date, record.last_date))}"
            + (f" &mdash; {links}" if links else "")
            + "</li>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Agreements of {escape(center)}</title>\n"
        "<style>body{font-family:sans-serif;margin:2em}svg{max-width:100%;height:auto}</style>\n"
        f"</head>\n<body>\n<h1>Agreements of {escape(center)}</h1>\n"
        f"{neighbourhood_svg(center, records, aliases)}"
        f"{timeline_svg(center, records, aliases)}"
        f"<h2>Records</h2>\n<ul>\n" + "\n".join(items) + "\n</ul>\n</body>\n</html>\n"
    )
