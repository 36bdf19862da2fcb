"""Where a news page shows its publication date, when its metadata does not say.

Used by ``scraper.generic`` after JSON-LD and ``<meta>``: ``<time>`` elements,
visible date lines near the title, elements whose class says "date", and the
URL. Modified dates ("Last updated", "Bijgewerkt") are told apart by label.
Pure functions over a tree from which page layout has been removed.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from itertools import islice
from urllib.parse import unquote, urlsplit

from lxml import etree

from scraper.extract.case_blind import fold_lower
from scraper.extract.dates.find import find_dates, parse_day
from scraper.generic_tree import (
    Element,
    class_matches,
    classes,
    collapse_whitespace,
    has_descendant,
    has_text,
    is_plain,
    text,
    text_longer_than,
)
from scraper.models import DateMention

# Labels in front of a date line, and labels that mark a date as not the publication date.
PUBLISHED_LABELS = re.compile(
    r"\b(?:published|posted|date|dated|gepubliceerd|geplaatst|datum|verschenen|"
    r"publicatiedatum|nieuwsbericht|persbericht|press release|"
    # French, German, Spanish / Portuguese, Italian: "Publié le", "Veröffentlicht am",
    # "Erschienen am", "Publicado el", "Pubblicato il".
    r"(?:publi[ée]e?|paru|ver(?:ö|oe?)ffentlicht|erschienen|publiziert|publicad[oa]|"
    r"pubblicat[oa])\b)\b",
    re.IGNORECASE,
)
MODIFIED_LABELS = re.compile(
    r"\b(?:updated|last\s+updated|modified|last\s+modified|revised|edited|"
    r"gewijzigd|laatst\s+gewijzigd|bijgewerkt|aangepast|herzien|"
    # "Mis à jour le", "Modifié le", "Aktualisiert am", "Zuletzt geändert",
    # "Actualizado el", "Atualizado em", "Aggiornato il", "Modificato il".
    r"mis\s+[àa]\s+jour|modifi[ée]e?|aktualisiert|ge(?:ä|ae?)ndert|actualizad[oa]|"
    r"atualizad[oa]|aggiornat[oa]|modificat[oa])\b",
    re.IGNORECASE,
)
# Where a label starts: found in the whole line whenever the label regex finds
# one in the text before a date (which may end right after the label).
_MODIFIED_START = re.compile(MODIFIED_LABELS.pattern.removesuffix(r"\b"), re.IGNORECASE)
_PUBLISHED_START = re.compile(PUBLISHED_LABELS.pattern.removesuffix(r"\b"), re.IGNORECASE)
# A word in every alternative of MODIFIED_LABELS (for ASCII text, lower-cased).
_MODIFIED_WORDS = (
    "updated", "modified", "revised", "edited", "gewijzigd", "bijgewerkt", "aangepast", "herzien",
    "jour", "modifie", "aktualisiert", "gendert", "actualizad", "atualizad", "aggiornat",
    "modificat",
)  # fmt: skip
# The same for other text that lower-cases exactly (``fold_lower``): "modifié", "geändert".
_MODIFIED_WORDS_FOLDED = (
    "updated", "modifi", "revised", "edited", "gewijzigd", "bijgewerkt", "aangepast", "herzien",
    "jour", "aktualisiert", "ndert", "actualizad", "atualizad", "aggiornat",
)  # fmt: skip

# Class names of elements that hold a date: span.date, abbr.published, p.newsdatum.
DATE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:date|datum|dateline|pubdate|published|posted|postdate|entry-date|"
    r"post-date|publish-date|timestamp|datetime|time|submitted)(?:$|[\s_-])|date$|datum$",
    re.IGNORECASE,
)

_DIGIT = re.compile(r"\d")
# itemprop="datePublished", property="schema:dateCreated" (RDFa), ...
_DATE_ITEMPROP = re.compile(r"^(?:\w+:)?date(Published|Modified|Created)$")
_MODIFIED_ITEMPROP = re.compile(r"^(?:\w+:)?dateModified$")
_MODIFIED_CLASS = re.compile(r"updat|modif|gewijzigd|bijgewerkt|revis", re.IGNORECASE)
_LINE_TAGS = ("p", "span", "div", "time", "li", "h1", "h2", "small", "dd", "em")
_LINE_INNER_TAGS = ("p", "div", "li", "h1", "h2", "span", "time")
_LINE_INNER_SET = frozenset(_LINE_INNER_TAGS)

# /2024/03/12/, /2024-03-12-slug, /2024/3/12/, /20240312/, /20240312-slug, /20240312.html.
# A one-digit day must end a path segment: "/2023/10/3-fragen" is a slug, not the 3rd.
URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-]"
    r"((?:0[1-9]|[12]\d|3[01])(?=[/_-]|\.\w+$|$)|[1-9](?=/|\.\w+$|$))"
    r"|/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_-]|\.\w+$|$)"
)
# /meldungen/29-10-2021, /12.03.2024-slug, /aktuelles/08112021-slug: day first, as
# written in the page's language (one separator throughout, or none).
URL_DATE_DMY = re.compile(
    r"/(0[1-9]|[12]\d|3[01])([.-]?)(0[1-9]|1[0-2])\2((?:19|20)\d\d)(?=[/_-]|\.\w+$|$)"
)

# Text lines read around the title when looking for a visible date.
_DATE_LINE_WINDOW = 8
_MAX_DATE_LINE = 90


def time_dates(
    area: Element,
    tree: Element,
    date_order: str,
    latest: date,
    *,
    own: frozenset[str] = frozenset(),
    languages: tuple[str, ...] = ("en", "nl"),
) -> tuple[date | None, date | None]:
    """``<time>`` elements in the article area, or marked as the publication date anywhere.

    A ``<time>`` that shows a full day other than its ``datetime`` counts with the
    day it shows: the reader's date is the one the page stands by (a machine
    stamp may be a later edit or another time zone's day).
    """
    published = modified = None
    marked = [
        el
        for el in tree.iter(etree.Element)
        if (prop := el.get("itemprop") or el.get("property")) is not None
        and _DATE_ITEMPROP.search(prop)
    ]
    # datePublished before dateCreated (a draft's day), each in document order.
    marked.sort(key=_created_last)
    candidates = [
        *marked,
        # A <time> in a teaser (related news, a card) carries its own story's date.
        *(el for el in area.iterdescendants("time") if not _in_linked_item(el, own)),
        *(el for el in tree.iter("time") if el.get("pubdate") is not None),
    ]
    for el in candidates:
        raw = el.get("datetime") or el.get("content") or text(el)
        day = parse_day(str(raw), date_order=date_order)
        if day is not None and el.tag == "time" and el.get("datetime"):
            day = _shown_day(el, date_order, languages) or day
        if day is None:
            continue
        if _is_modified_marker(el):
            modified = modified or day
        elif published is None and day <= latest:
            published = day
    return published, modified


def _shown_day(el: Element, date_order: str, languages: tuple[str, ...]) -> date | None:
    """The full day a ``<time>`` element's visible text shows, if it shows one."""
    shown = text(el)
    if not shown or not _DIGIT.search(shown) or len(shown) > _MAX_DATE_LINE:
        return None
    return _line_day(shown, date_order, languages)[0]


def _created_last(el: Element) -> bool:
    """Sort key: an element marked ``dateCreated`` after the others."""
    return str(el.get("itemprop") or el.get("property")).endswith("Created")


def marked_dates(
    area: Element,
    date_order: str,
    languages: tuple[str, ...],
    latest: date,
    *,
    own: frozenset[str] = frozenset(),
) -> tuple[date | None, date | None]:
    """Elements whose class says they hold the date (``span.date``, ``abbr.published``).

    Dates inside linked list items are the items' (teasers), not the page's.
    """
    published = modified = None
    found = 0
    for el in area.iterdescendants(etree.Element):
        if found >= 30:
            break
        # Most elements have no class at all: skip the call.
        if el.get("class") is None or not class_matches(el, DATE_CLASS):
            continue
        found += 1
        if _in_linked_item(el, own):
            continue
        for raw in (
            el.get("datetime"),
            el.get("title"),
            el.get("content"),
            text(el),
        ):
            if not raw or len(str(raw)) > _MAX_DATE_LINE:
                continue
            mentions = dates_in_line(str(raw), date_order, languages)
            day = next(
                (
                    date.fromisoformat(m.value)
                    for m in mentions
                    if m.precision == "day" and m.value is not None
                ),
                None,
            )
            if day is None:
                continue
            if _is_modified_marker(el) or MODIFIED_LABELS.search(str(raw)):
                modified = modified or day
            elif published is None and day <= latest:
                published = day
            break
    return published, modified


def framed_date(
    tree: Element, date_order: str, languages: tuple[str, ...], latest: date
) -> date | None:
    """A date element in the article's own frame, read before page layout is removed.

    Many templates put the date in the article's header bar, footer or info box
    (``div.footer``, ``aside.meta``), which look like page chrome. A date
    element (``<time>``, ``itemprop=datePublished``, a class that says date)
    counts when it shares a block with the headline below ``<body>``: a page
    footer or sidebar shares only ``<body>`` with it. Teasers in linked list items
    and "last updated" dates never count (sharing the headline's frame is
    evidence enough against other teaser blocks).
    """
    h1 = next((el for el in tree.iter("h1") if has_text(el)), None)
    if h1 is None:
        return None
    # The ancestors themselves, not their id(): a proxy no one holds is freed and its
    # id() reused by the next one lxml makes (elements compare by identity).
    frame = {el for el in h1.iterancestors() if el.tag not in _PAGE_LEVEL}
    if not frame:
        return None
    seen = 0
    for el in tree.iter(etree.Element):
        if not _is_date_element(el):
            continue
        seen += 1
        if seen > 60:
            break
        if next(el.iterancestors("a", "nav"), None) is not None or _in_linked_list_item(el):
            continue
        if not any(a in frame for a in el.iterancestors()):
            continue
        if _is_modified_marker(el):
            continue
        for raw in (el.get("datetime"), el.get("content"), el.get("title"), text(el)):
            if not raw or len(str(raw)) > _MAX_DATE_LINE:
                continue
            if MODIFIED_LABELS.search(str(raw)):
                break
            day = parse_day(str(raw), date_order=date_order, languages=languages)
            if day is not None:
                if day <= latest:
                    return day
                break
    return None


_PAGE_LEVEL = frozenset({"html", "body"})


# A publication time a framework keeps in its page state (Next.js' __NEXT_DATA__,
# window.__INITIAL_STATE__, a shop's product JSON, a widget's data block), JSON
# quoted or JSON in a JavaScript string ({\"publishedDate\":\"...\"}).
_SCRIPT_PUBLISHED = re.compile(
    r'\\?"(?:datePublished|publishedDate|publishDate|publicationDate|firstPublishedDate|'
    r'published_at|publishedAt|date_published|pubDate)\\?"\s*:\s*\\?"([^"\\]{8,40})'
)
# A record's creation time in the same page state (a headless CMS's "createdAt"):
# read only when no publication key is there.
_SCRIPT_CREATED = re.compile(r'\\?"(?:createdAt|created_at)\\?"\s*:\s*\\?"([^"\\]{8,40})')


def script_date(tree: Element, date_order: str, latest: date) -> date | None:
    """The publication day the page's scripts keep as data, when they name one day only.

    JSON-LD is not read here (see ``scraper.metadata``). A page whose state
    holds several publication days lists several stories (an overview, related
    items): none of them is the page's. A record's creation time ("createdAt")
    counts only when no publication field is there. Read before scripts are removed.
    """
    scripts = [
        code
        for script in tree.iter("script")
        if (code := script.text) and "ld+json" not in (script.get("type") or "").lower()
    ]
    published = [c for c in scripts if "ublish" in c or "ubDate" in c]
    found = _one_script_day(published, _SCRIPT_PUBLISHED, date_order, latest)
    if found is not None or any(_SCRIPT_PUBLISHED.search(c) for c in published):
        return found
    created = [c for c in scripts if "reated" in c]
    return _one_script_day(created, _SCRIPT_CREATED, date_order, latest)


def _one_script_day(
    scripts: list[str], key: re.Pattern[str], date_order: str, latest: date
) -> date | None:
    """The one day the ``key`` fields of ``scripts`` name, else ``None`` (none, or several)."""
    day: date | None = None
    for code in scripts:
        for match in key.finditer(code):
            found = parse_day(match.group(1), date_order=date_order)
            if found is None or found > latest:
                continue
            if day is not None and found != day:
                return None
            day = found
    return day


def extensive_date(
    tree: Element,
    meta: dict[str, str],
    date_order: str,
    languages: tuple[str, ...],
    latest: date,
    min_count: int = 1,
    *,
    own: frozenset[str] = frozenset(),
) -> date | None:
    """The last resort: the day the whole page shows most often, the earliest on a tie.

    Read when no other place gave a date: every short text line and date
    attribute of the page (sidebars and footers included, scripts not), and
    ``<meta>`` tags named after a creation or upload. A line labelled "last
    updated" never counts; one labelled "published" wins outright.
    """
    counts: Counter[date] = Counter()
    labelled: date | None = None
    # One sighting is one element (its date attribute or else its text), one tail or one tag.
    sightings: list[tuple[str, ...]] = [
        (v,) for k, v in meta.items() if _CREATED_META.search(k) and not _MODIFIED_META.search(k)
    ]
    # A comment's text is hidden, but its tail is shown: "<!-- a removed link --> 4 March 2020".
    for el in tree.iter(etree.Element, etree.Comment):
        if el.tag in _EXTENSIVE_SKIP:
            continue
        comment = el.tag is etree.Comment
        raw = (
            None
            if comment
            else el.get("datetime") or (el.get("title") if el.tag == "abbr" else None)
        )
        if raw is None and not comment and el.attrib:
            # data-date="2023-11-02", data-date-time="2023-11-02 20:06:13"
            # HTML attribute values are str (lxml-stubs say str | bytes).
            raw = next(  # type: ignore[assignment]
                (v for k, v in el.attrib.items() if _DATA_DATE.match(k) and _DIGIT.search(v)),  # type: ignore[arg-type]
                None,
            )
        own_text = el.text if not comment and el.text and _DIGIT.search(el.text) else None
        tail_has_digit = bool(el.tail and _DIGIT.search(el.tail))
        if not (raw or own_text or tail_has_digit):
            continue
        # Teasers (linked list items) carry their own stories' dates; navigation and the
        # page footer carry the site's.
        if _in_linked_item(el, own) or next(el.iterancestors("nav", "footer"), None) is not None:
            continue
        parent = el.getparent()
        # The line as a reader sees it: "<span>Datum:</span> 26. Januar 2022" and
        # "<b>Last updated</b> <span>3 May</span>" carry their label in the parent.
        whole = text(parent) if parent is not None and (own_text or tail_has_digit) else ""
        line = whole if 0 < len(whole) <= _MAX_DATE_LINE else None
        if line is not None and _may_say_modified(line):
            continue
        if raw or own_text:
            sightings.append(tuple(str(v) for v in (raw, line or own_text) if v))
        if tail_has_digit:
            sightings.append((line or str(el.tail),))
        if len(sightings) > 400:
            break
    for values in sightings:
        for value in values:
            day, line = _line_day(value, date_order, languages)
            if day is None:
                continue
            if day <= latest:
                if labelled is None and _PUBLISHED_START.search(line):
                    labelled = day
                counts[day] += 1
            break
    if labelled is not None:
        return labelled
    if not counts:
        return None
    top = max(counts.values())
    if top < min_count:
        return None
    return min(day for day, n in counts.items() if n == top)


def _line_day(value: str, date_order: str, languages: tuple[str, ...]) -> tuple[date | None, str]:
    """The first day in a short line that is not a "last updated" line, and the line."""
    if len(value) > _MAX_DATE_LINE * 2:
        return None, value
    line = collapse_whitespace(value)
    if not line or len(line) > _MAX_DATE_LINE or _may_say_modified(line):
        return None, line
    day = parse_day(line, date_order=date_order, languages=languages)
    if day is None:
        found = dates_in_line(line, date_order, languages)
        day = next(
            (
                date.fromisoformat(m.value)
                for m in found
                if m.precision == "day" and m.value is not None
            ),
            None,
        )
    return day, line


# A day with a two-digit year in a date line: "30.10.23", "8.5.12" (day first, as German
# and Dutch write it), "10/31/23" (in the page's date order). Only in short date lines:
# in running text such a number is a version, a score or a reference.
_SHORT_YEAR = re.compile(r"(?<![\w.,/:-])(\d{1,2})([./])(\d{1,2})\2(\d\d)(?!\w|[.,/:-]\d)")
_VERSION_BEFORE = re.compile(r"\b(?:version|versie|release|v)\s*:?\s*$", re.IGNORECASE)
# Words a date with a two-digit year may follow directly ("am 8.5.12", "on 10/31/23"); after
# any other word it is a version ("WordPress 4.8.12"); after a comma, a bar, a colon or
# nothing it stands on its own ("Party, 30.10.23").
_WORDS_BEFORE_SHORT_YEAR = frozenset(
    {"am", "vom", "den", "on", "op", "le", "du", "el", "il", "del", "date", "dated", "datum"}
)


def dates_in_line(line: str, date_order: str, languages: tuple[str, ...]) -> list[DateMention]:
    """The dates in a short date line: :func:`find_dates`, else days with a two-digit year."""
    found = find_dates(line, date_order=date_order, languages=languages)
    if found or "." not in line and "/" not in line:
        return found
    return [
        m
        for match in _SHORT_YEAR.finditer(line)
        if _may_precede_short_year(line[: match.start()]) and (m := _short_year(match, date_order))
    ]


def _may_precede_short_year(before: str) -> bool:
    """Whether a two-digit-year date may follow this text (see _WORDS_BEFORE_SHORT_YEAR)."""
    before = before.rstrip()
    if not before:
        return True
    if _VERSION_BEFORE.search(before):
        return False
    if not before[-1].isalnum():
        return True
    return before.rsplit(None, 1)[-1].lower() in _WORDS_BEFORE_SHORT_YEAR


def _short_year(match: re.Match[str], date_order: str) -> DateMention | None:
    first, separator, second, year = map(match.group, (1, 2, 3, 4))
    orders = [(int(first), int(second)), (int(second), int(first))]
    if separator == "/" and date_order == "MDY":
        orders.reverse()
    # Day first with a full stop; with a slash in the page's order, else the only valid one.
    if separator == ".":
        del orders[1]
    century = 2000 if int(year) < 70 else 1900  # the web's news is younger than 1970
    for day, month in orders:
        try:
            value = date(century + int(year), month, day)
        except ValueError:
            continue
        return DateMention(match.group(0), value.isoformat(), "day", match.span())
    return None


_DATA_DATE = re.compile(r"data-(?:date|time|pubdate|published|created)(?:-?time)?$")
_CREATED_META = re.compile(r"publish|creat|upload|release|issued|pubdate", re.IGNORECASE)
_MODIFIED_META = re.compile(r"modif|updat|edit|expir|avail|valid", re.IGNORECASE)
_EXTENSIVE_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title"})


def _is_date_element(el: Element) -> bool:
    """``<time>``, a date ``itemprop``, a ``pubdate`` mark, or a class that says date."""
    if el.tag == "time" or el.get("pubdate") is not None:
        return True
    prop = el.get("itemprop") or el.get("property")
    if prop is not None and _DATE_ITEMPROP.search(prop):
        return True
    return el.get("class") is not None and class_matches(el, DATE_CLASS)


def text_dates(
    area: Element,
    h1: Element | None,
    date_order: str,
    languages: tuple[str, ...],
    latest: date,
    *,
    own: frozenset[str] = frozenset(),
) -> tuple[date | None, date | None, date | None]:
    """Visible date lines: ``(published, modified, first date line anywhere)``.

    Published is a labelled line ("Published on ...") or a date line just
    under the title; the first date line anywhere is a weaker last resort.
    Dates after ``latest`` (the fetch date) cannot be publication dates.
    """
    lines = _short_lines(area, own)
    published = modified = None
    title_at = next((i for i, (el, _) in enumerate(lines) if h1 is not None and (
        el is h1 or any(p is h1 for p in el.iterancestors()))), None)  # fmt: skip
    labelled: date | None = None
    near: date | None = None
    anywhere: date | None = None
    for i, (_, line) in enumerate(lines):
        if not _DIGIT.search(line):
            continue  # without a reference date, no date is written without a digit
        close = title_at is None and i < _DATE_LINE_WINDOW
        close = close or (title_at is not None and abs(i - title_at) <= _DATE_LINE_WINDOW)
        # Reading dates is the costly part: skip lines that can no longer change
        # any result (the loop below only ever fills results that are still None).
        if not (
            (
                len(line) <= _MAX_DATE_LINE
                and (
                    anywhere is None
                    or (near is None and close)
                    or (labelled is None and _PUBLISHED_START.search(line))
                )
            )
            or (modified is None and _may_say_modified(line))
        ):
            continue
        mentions = [
            m for m in dates_in_line(line, date_order, languages)
            if m.precision == "day" and m.span is not None
        ]  # fmt: skip
        if not mentions:
            continue
        mostly_date = sum(len(m.text) for m in mentions) >= 0.4 * len(line) or len(line) <= 40
        for mention in mentions:
            if mention.value is None:  # unresolved (never here: a reference-free scan)
                continue
            day = date.fromisoformat(mention.value)
            # The label nearest before the date decides what it is: one line
            # may say "Last updated: 10 Feb | Published on 4 Feb".
            label = _last_label(line[: mention.span[0]])  # type: ignore[index]  # filtered above
            if label is None and _labelled_after(line, mention, mentions):
                label = "modified"  # "January 29, 2026 (updated)"
            if label == "modified":
                modified = modified or day
            elif day > latest:
                continue
            elif label == "published" and len(line) <= _MAX_DATE_LINE:
                labelled = labelled or day
            elif label is None and mostly_date and len(line) <= _MAX_DATE_LINE:
                if near is None and close:
                    near = day
                anywhere = anywhere or day
    published = labelled or near
    return published, modified, anywhere


def _may_say_modified(line: str) -> bool:
    """``_MODIFIED_START`` finds a label in ``line``."""
    if line.isascii():
        # Every label contains one of these words; plain substring tests are far
        # cheaper than a case-blind regex over a long paragraph.
        lowered = line.lower()
        if not any(word in lowered for word in _MODIFIED_WORDS):
            return False
    else:
        folded = fold_lower(line)
        if folded is not None and not any(word in folded for word in _MODIFIED_WORDS_FOLDED):
            return False
    return _MODIFIED_START.search(line) is not None


# A "last updated" label right after a date, in brackets or after a dash or comma.
_MODIFIED_AFTER = re.compile(r"[\s(\[,;:|–—-]*" + MODIFIED_LABELS.pattern, re.IGNORECASE)


def _labelled_after(line: str, mention: DateMention, mentions: list[DateMention]) -> bool:
    """ "January 29, 2026 (updated)", "12.03.2024 – bijgewerkt": the date the label follows is
    the modified one, when no other date comes after the label for it to belong to."""
    end = mention.span[1] if mention.span is not None else len(line)
    if any(m.span is not None and m.span[0] >= end for m in mentions):
        return False
    return _may_say_modified(line[end:]) and _MODIFIED_AFTER.match(line, end) is not None


def _last_label(before: str) -> str | None:
    """``published`` or ``modified``: whichever label occurs last in ``before``."""
    pub = [m.end() for m in PUBLISHED_LABELS.finditer(before)]
    mod = [m.end() for m in MODIFIED_LABELS.finditer(before)]
    if not pub and not mod:
        return None
    return "modified" if max(mod, default=-1) > max(pub, default=-1) else "published"


def _is_modified_marker(el: Element) -> bool:
    """A date element that belongs to "last updated", by attribute, class or label."""
    if _MODIFIED_ITEMPROP.search(str(el.get("itemprop") or el.get("property") or "")):
        return True
    for node in (el, *islice(el.iterancestors(), 2)):
        cls, node_id = node.get("class"), node.get("id")
        if not cls and not node_id:
            continue  # nothing to match against
        if node is el and _hatom_post_date(el):
            continue
        names = " ".join(classes(node)) + " " + str(node_id or "")
        if _MODIFIED_CLASS.search(names):
            return True
    parent = el.getparent()
    # A plain parent has a plain child: one test serves both.
    plain = is_plain(parent if parent is not None else el)
    label = text(parent, plain=plain) if parent is not None else ""
    own = text(el, plain=plain)
    before = label.split(own)[0] if has_text(el, plain=plain) else label
    return bool(MODIFIED_LABELS.search(before[-40:]))


def _hatom_post_date(el: Element) -> bool:
    """The post date a blog theme marks with hAtom's ``updated`` beside a date class.

    hAtom requires an ``updated`` date, so themes add the class to the date they
    show under the title ("entry-date updated", "entry-meta-date updated",
    "entry-date published updated"). A ``time.updated`` on its own, or one whose
    text says "last updated", stays the modified date.
    """
    names = classes(el)
    return "updated" in names and any(
        n != "updated" and _DATE_CLASS_NAME.search(n) and not _MODIFIED_CLASS.search(n)
        for n in names
    )


# One class name that says date ("entry-date", "td-module-date", "published").
_DATE_CLASS_NAME = re.compile(
    r"^(?:[\w-]*[_-])?(?:date|datum|pubdate|published|posted|postdate|timestamp|datetime)$",
    re.IGNORECASE,
)


def _short_lines(area: Element, own: frozenset[str]) -> list[tuple[Element, str]]:
    """Leaf text elements in document order, as ``(element, text)``; the first 200."""
    out: list[tuple[Element, str]] = []
    plain = is_plain(area)
    longer: dict[Element, bool] = {}  # the tree does not change here: blocks asked once
    for el in area.iterdescendants(*_LINE_TAGS):
        # Most lines are leaves (no child nodes): nothing inside them to look for.
        leaf = not len(el)
        if not leaf and el.tag != "h1" and has_descendant(el, _LINE_INNER_TAGS, _LINE_INNER_SET):
            continue
        # Dates of linked items (related news, teasers) are theirs, not the page's, and so
        # are those of quoted text (an embedded post in a <blockquote>) and of a factbox
        # kept in the story (an <aside>: "Founded: 8 February 2027").
        if next(el.iterancestors("a", "blockquote", "aside"), None) is not None or _in_linked_item(
            el, own, longer
        ):
            continue
        line = collapse_whitespace(text(el, plain=plain))
        links = 0 if leaf else sum(len(text(a, plain=plain)) for a in el.iterdescendants("a"))
        if line and links < 0.5 * len(line):
            out.append((el, line))
        if len(out) >= 200:
            break
    return out


def own_url_keys(*urls: str | None) -> frozenset[str]:
    """Keys of the page's own URLs (its address, its canonical URL) for :func:`_in_linked_item`.

    A permalink around a post's title or date links to the page itself: it is
    no teaser of another page.
    """
    keys = {_url_key(u) for u in urls if u}
    keys.update(_HOST_KEY + host for u in urls if u and (host := _host(u)))
    return frozenset(keys)


def _host(url: str) -> str:
    """The host name of an absolute URL without ``www.``, else ``""``."""
    try:
        return (urlsplit(url.strip()).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


_HOST_KEY = "host:"


def _url_key(url: str) -> str:
    """Path and query of a URL, without a trailing slash: relative and absolute links compare."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    path = unquote(parts.path).rstrip("/")
    return f"{path}?{parts.query}" if parts.query else path


def _in_linked_item(
    el: Element, own: frozenset[str] = frozenset(), longer: dict[Element, bool] | None = None
) -> bool:
    """Inside a teaser of another page: the date is that page's, not this one's.

    A teaser is a list item that links elsewhere, or a small block (a card, a
    "related" box of any markup) around the date whose link reads as a
    headline: a link in a heading or of several words. The block is one of the
    date's closest ancestors, shorter than a paragraph of prose and without the
    page's own ``<h1>``. ``longer`` remembers which blocks are longer than that, for a
    caller that asks about many elements of one tree it does not change (speed only).
    """
    if _in_linked_list_item(el):
        return True
    block: Element | None = el
    for _ in range(_TEASER_DEPTH):
        block = block.getparent() if block is not None else None
        if block is None or block.tag in _PAGE_BLOCKS:
            return False
        long = longer.get(block) if longer is not None else None
        if long is None:
            long = text_longer_than(block, _TEASER_TEXT)
            if longer is not None:
                longer[block] = long
        if long:
            return False
        # A list item or paragraph without a link of its own is no teaser (its
        # siblings may be); a block with the page's headline is the page's own.
        if block.tag in _NOT_TEASERS or _HAS_H1(block):
            return False
        if any(_headline_link(a, own) for a in block.iter("a")):
            return _repeated(block)
    return False


def _in_linked_list_item(el: Element) -> bool:
    """Inside a list item that links elsewhere: a teaser in a list, with the teaser's date."""
    item = next(el.iterancestors("li"), None)
    return item is not None and any(a.get("href") is not None for a in item.iterdescendants("a"))


def _repeated(block: Element) -> bool:
    """``block`` or one of its two closest ancestors has a sibling of the same shape.

    Teasers come in runs (cards, a "related" box): one block of its kind beside
    the headline is the page's own (a byline, an info bar).
    """
    node: Element | None = block
    for _ in range(3):
        if node is None or node.tag in _PAGE_BLOCKS:
            return False
        shape = (node.tag, node.get("class"))
        for sibling in (*node.itersiblings(preceding=True), *node.itersiblings()):
            if (sibling.tag, sibling.get("class")) == shape and _HAS_LINK(sibling):
                return True
        node = node.getparent()
    return False


def _headline_link(a: Element, own: frozenset[str]) -> bool:
    """A link to another page whose text reads as a headline (a heading, or several words).

    Words with a digit do not count: a link around a date ("10 May 2024") is no headline.
    """
    href = a.get("href")
    if href is None or href.startswith(_NOT_A_PAGE):
        return False
    key = _url_key(href)
    host = _host(href)
    if host and _HOST_KEY + host not in own:
        return False  # a link to another site: a source or a partner, not a teaser here
    # The page itself (a permalink), a page above it (the blog, the section) or a
    # person or tag page (the byline) is no other story.
    if key in own or _NOT_A_STORY.search(key) or any(o.startswith(key + "/") for o in own):
        return False
    if next(a.iterancestors(*_HEADINGS), None) is not None or _HAS_HEADING(a):
        return True
    words = [w for w in text(a).split() if not _DIGIT.search(w)]
    return len(words) >= _HEADLINE_WORDS and sum(map(len, words)) >= _HEADLINE_CHARS


# How far up from a date a teaser block may start, and how much text it may hold.
_TEASER_DEPTH = 3
_TEASER_TEXT = 400
_HEADLINE_WORDS = 4
_HEADLINE_CHARS = 20
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_NOT_A_PAGE = ("#", "javascript:", "mailto:", "tel:")
_PAGE_BLOCKS = frozenset({"html", "body", "main"})
# A paragraph with a date and a link is prose (a dateline, a byline), not a teaser.
_NOT_TEASERS = frozenset({"li", "p"})
_NOT_A_STORY = re.compile(
    r"/(?:authors?|autoren?|auteurs?|auteur|users?|profiles?|people|persons?|members?|"
    r"tags?|categor(?:y|ies)|categorie|kategorien?|rubrie[kc]|topics?|themas?|themen?)(?:/|$)",
    re.IGNORECASE,
)
_HAS_H1 = etree.XPath("boolean(descendant::h1)")
_HAS_LINK = etree.XPath("boolean(descendant-or-self::a[@href])")
_HAS_HEADING = etree.XPath("boolean(descendant::h2|descendant::h3|descendant::h4|descendant::h5)")


def lead_date(
    paragraphs: list[str], date_order: str, languages: tuple[str, ...], latest: date
) -> date | None:
    """The date a lead paragraph opens with: "(18.01.2018) The ...", "LEIDEN, 3 May 2024 – ...".

    Only a day at the very start counts, after nothing but punctuation or a place.
    """
    for paragraph in paragraphs:
        head = paragraph[:_LEAD_HEAD]
        if not _DIGIT.search(head):
            continue
        found = find_dates(head, date_order=date_order, languages=languages)
        first = next((m for m in found if m.precision == "day" and m.span is not None), None)
        before = head[: first.span[0]] if first is not None and first.span else ""
        if first is None or not _LEAD_BEFORE.match(before) or MODIFIED_LABELS.search(before):
            continue
        if first.value is None:
            continue
        day = date.fromisoformat(first.value)
        return day if day <= latest else None
    return None


_LEAD_HEAD = 80
# Before a lead date: punctuation, or a place (in capitals or not) and a separator, the
# date maybe in brackets ("Leiden, (3.5.2024).").
_LEAD_BEFORE = re.compile(
    r"^[\W_]*(?:[A-ZÀ-Þ][\w.'’/ -]{0,40}?\s*(?:\([^()]{1,30}\))?[,:–—-]\s*[(\[]?)?$"
)


def dated_story_url(url: str) -> bool:
    """A full date in the path followed by a slug (/2024/05/07/some-story): one story.

    A path that ends at the date (/2024/05/07/) is a day's archive, an overview.
    """
    path = unquote(urlsplit(url).path)
    match = URL_DATE.search(path) or URL_DATE_DMY.search(path)
    return match is not None and _SLUG_WORD.search(path[match.end() :]) is not None


_SLUG_WORD = re.compile(r"[^\W\d_]{3,}")


def url_date(url: str) -> date | None:
    """A date in the URL path (/2024/03/12/): day precision only."""
    path = unquote(urlsplit(url).path)
    match = URL_DATE.search(path)
    if match:
        groups = [g for g in match.groups() if g is not None]
    elif dmy := URL_DATE_DMY.search(path):
        groups = [dmy[4], dmy[3], dmy[1]]
    else:
        return None
    try:
        return date(int(groups[0]), int(groups[1]), int(groups[2]))
    except ValueError:
        return None
