"""Find a news page's main text: drop page chrome, pick the body container, split paragraphs.

Heuristics are data (the tuples below), in the trafilatura habit. The tree is
modified in place: callers pass a tree they no longer need for anything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import cast

from lxml import etree

from scraper.extract.dates.find import find_dates
from scraper.generic_tree import (
    Element,
    child_nodes,
    classes,
    collapse_whitespace,
    drop,
    has_descendant,
    is_element,
    is_plain,
    preserves_whitespace,
    text,
    text_length,
)

# Never content.
DROP_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
    "button", "select", "input", "textarea", "nav", "aside", "footer",
    "figcaption", "dialog", "menu", "canvas", "video", "audio", "map", "head",
)  # fmt: skip

NOISE_TAGS: frozenset[str] = frozenset({"script", "style", "noscript", "template", "svg", "head"})

# class/id tokens (split on space, "_", "-" and camelCase) of page layout that
# is never the article: cookie banners, breadcrumbs, share buttons, related
# news, sidebars, language switchers, pagination. Removed before anything else.
LAYOUT_TOKENS: frozenset[str] = frozenset(
    {
        "cookie", "cookies", "cookiebar", "cookiebanner", "consent", "gdpr", "breadcrumb",
        "breadcrumbs", "crumbs", "share", "sharing", "sharebar", "social", "socials", "related",
        "sidebar", "newsletter", "footer", "nav", "navbar", "navigation", "menu", "mainnav",
        "skip", "skiplink", "comment", "comments", "advert", "ads", "advertisement", "promo",
        "popup", "modal", "subscribe", "toolbar", "widget", "langswitch", "languageswitch",
        "gerelateerd", "delen", "topbar", "quicklinks", "zoeken", "disclaimer", "disqus",
        "respond", "replies",
    }
)  # fmt: skip

# Chrome so distinct that prose inside it (reader comments!) never makes it content.
STRONG_CHROME_TOKENS: frozenset[str] = frozenset(
    {
        "comment", "comments", "cookie", "cookies", "cookiebar", "cookiebanner", "consent",
        "gdpr", "breadcrumb", "breadcrumbs", "newsletter", "advert", "ads", "advertisement",
        "popup", "modal", "subscribe", "disqus", "respond", "replies", "related", "gerelateerd",
    }
)  # fmt: skip

# Further tokens of small chrome inside an article: date lines, bylines, photo
# credits, tags, labels. Removed only when reading paragraphs, after the date
# has been read from them.
CHROME_TOKENS: frozenset[str] = LAYOUT_TOKENS | frozenset(
    {
        "pagination", "pager", "tags", "tagcloud", "print", "caption", "credit", "credits",
        "photocredit", "language", "lang", "languages", "meta", "byline", "author",
        "updated", "modified", "readmore", "banner", "service", "search", "contact",
        "presscontact", "source", "type", "label", "category", "categories", "date", "datum",
        "published", "timestamp", "dateline", "hidden", "visually", "sr", "image", "photo",
        "foto", "figure", "gallery", "discreet",
    }
)  # fmt: skip

# Class names that hide an element (the token "hidden" in CHROME_TOKENS stands for these).
HIDDEN_CLASSES: frozenset[str] = frozenset(
    {
        "hidden", "is-hidden", "u-hidden", "visually-hidden", "visuallyhidden", "element-hidden",
        "hide", "is-hide", "d-none", "invisible", "element-invisible",
    }
)  # fmt: skip

# Roles of page chrome (WAI-ARIA landmarks that are never the article).
CHROME_ROLES: frozenset[str] = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"}
)

# Body containers of common CMSs, best group first. Keys: a tag name, ".class",
# "#id" or "attribute=value" (matched in one pass over the tree, not one search per key).
BODY_CONTAINERS: tuple[tuple[str, ...], ...] = (
    ("itemprop=articleBody", "property=articleBody"),
    (".article-body", ".article__body", ".articleBody", ".article-content", ".article__content"),
    (".news-body", ".news__body", ".news-content", ".newsdetail__content", ".news-detail__content"),
    (".entry-content", ".post-content", ".post-body", ".story-body", ".story-content"),
    (".field--name-body", ".field-name-body", ".node__content", ".content-body", ".body-text"),
    (".richtext", ".rich-text", ".c-rte", ".rte", ".text-content", ".page-content"),
    ("article",),
    ("main", "role=main"),
    ("#content", "#main", "#main-content", ".content", ".main-content"),
)
_CONTAINER_GROUP: dict[str, int] = {
    key.lower(): i for i, group in enumerate(BODY_CONTAINERS) for key in group
}

BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd",
        "div", "section", "article", "main", "ul", "ol", "dl", "table", "tr", "td", "th",
        "figure", "header", "details", "summary", "address", "center", "tbody", "thead", "aside",
    }
)  # fmt: skip

# Whole-paragraph boilerplate, English and Dutch; each pattern starts with "^".
BOILERPLATE_PARAGRAPHS: tuple[str, ...] = (
    r"^(?:photo|foto|image|beeld|picture|afbeelding|credit|illustration|illustratie)s?\s*:",
    r"^(?:mail|e-mail|email)\s+(?:the\s+)?(?:editorial|editors|redactie)",
    r"^(?:share|deel|delen)\b.{0,40}$",
    r"^(?:read more|lees meer|meer lezen|more news|meer nieuws|back to|terug naar)\b.{0,60}$",
    r"^(?:this website uses cookies|deze website gebruikt cookies|we use cookies)",
    r"^(?:last updated|laatst gewijzigd|laatst bijgewerkt|bijgewerkt op|updated on)\b.{0,40}$",
    r"^(?:published|posted|gepubliceerd|geplaatst)(?:\s+(?:on|op))?\b.{0,40}$",
    r"^©",
    r"^.{0,150}©\s*[\w .&/-]{2,50}$",  # a caption ending in a photo credit
    r"^(?:tags|trefwoorden|categories|categorie[eë]n)\s*:",
    r"^(?:follow us|volg ons)\b",
)
# Every pattern is anchored with "^": ``paragraphs`` uses ``match``, not ``search``.
_BOILERPLATE = re.compile("|".join(BOILERPLATE_PARAGRAPHS), re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[\s_-]+|(?<=[a-z])(?=[A-Z])")
# A class of the form "<part>-type-<value>", "<part>--label-<value>", "view-mode-<value>".
_DESCRIPTOR = re.compile(r"(?:^|[-_])(?:type|label|view-mode)-+\w", re.IGNORECASE)


_KEY_SPLIT = re.compile(r"[^\w]+")
_FIRST_KEY_WORD = re.compile(r"[^\w]*(\w+)")
# Compiled once: an XPath test runs in C instead of a Python loop over descendants.
_HAS_ARTICLE_BODY = etree.XPath('boolean(descendant::*[@itemprop="articleBody"])')
_PARAGRAPH_TAGS = ("p", "li", "blockquote", "h2", "h3")
_PRESERVE_WHITESPACE = ("pre", "textarea")
# Elements with an attribute _is_hidden reads, in document order.
_MAY_HIDE = etree.XPath(
    "descendant-or-self::*/@hidden/.. | descendant-or-self::*/@aria-hidden/.."
    " | descendant-or-self::*/@style/.."
)
_NESTED_PARAGRAPH_TAGS = ("p", "li")
_NESTED_PARAGRAPH_SET = frozenset(_NESTED_PARAGRAPH_TAGS)
_DROP_TAG_SET = frozenset(DROP_TAGS)
_NEVER_CHROME = frozenset({"html", "body", "main", "h1"})
_DENSE_TAGS = ("div", "section", "td", "body")
# Inline children whose text counts towards a block's own text (densest_block).
_DENSE_INLINE: frozenset[str] = frozenset(
    {"p", "br", "span", "b", "i", "em", "strong", "font", "a"}
)


def _tokens(tag: Element) -> set[str]:
    cls, el_id = tag.get("class"), tag.get("id")
    if not cls and not el_id:
        return set()  # most elements: nothing to split
    # Descriptors say how a CMS stores an element, not what it is: Drupal's
    # "field-type-text-long", "field-label-hidden", "paragraph--type--text",
    # WordPress's "type-post". Their words ("type", "label") are not chrome.
    names = classes(tag)
    low = cls.lower() if cls else ""
    if "type-" in low or "label-" in low or "mode-" in low:
        names = [name for name in names if not _DESCRIPTOR.search(name)]
    raw = " ".join(names) + " " + str(el_id or "")
    tokens = {t.lower() for t in _TOKEN_SPLIT.split(raw) if t}
    # "hidden" stands for a class that hides the element ("d-none" too), not for one
    # that names "hidden" as a part ("overflow-hidden", "hidden-xs").
    tokens.discard("hidden")
    if ("hid" in low or "none" in low or "invisible" in low) and _hides(names):
        tokens.add("hidden")
    return tokens


def _hides(names: list[str]) -> bool:
    """A class that hides the element on every screen ("hidden", "visually-hidden").

    A responsive variant beside it ("hidden md:block") shows it on larger screens.
    """
    lowered = [name.lower() for name in names]
    return any(name in HIDDEN_CLASSES for name in lowered) and not any(
        ":" in name for name in lowered
    )


def _is_hidden(tag: Element) -> bool:
    if tag.get("hidden") is not None or tag.get("aria-hidden") == "true":
        return True
    style = tag.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def is_chrome(tag: Element, tokens: frozenset[str] = CHROME_TOKENS) -> bool:
    """True when an element is page chrome rather than content (by tag, role, class, id)."""
    # Called for nearly every element: each attribute is read once, and an
    # element without class or id skips the token split.
    if tag.tag in _DROP_TAG_SET:
        return True
    get = tag.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    if style:
        style = style.replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
    role = get("role")
    if role and str(role).lower() in CHROME_ROLES:
        return True
    cls, el_id = get("class"), get("id")
    if not cls and not el_id:
        return False
    return bool(_tokens(tag) & tokens)


def drop_noise(tree: Element) -> None:
    """Remove scripts, styles and hidden elements everywhere (one pass).

    Comments stay in the lxml tree: every reader here skips them, and
    removing one would merge the strings on either side of it.
    """
    # Found in C (a tag filter, an XPath over attributes) rather than by reading the tag
    # and attributes of every element in Python, which cost twice as much (speed only).
    # The order of removal changes nothing: an element removed after an ancestor is
    # removed from the part that already left the tree.
    may_hide = cast(list[Element], _MAY_HIDE(tree))  # an XPath to elements
    tags = [*tree.iter(*NOISE_TAGS), *(el for el in may_hide if _is_hidden(el))]
    done: set[Element] = set()
    # Innermost first, as far as it costs nothing.
    for tag in reversed(tags):
        if tag not in done:
            done.add(tag)
            drop(tag)


def drop_chrome(
    root: Element, keep: Element | None = None, tokens: frozenset[str] = CHROME_TOKENS
) -> None:
    """Remove chrome inside ``root``, but never ``keep`` or an element containing it."""
    protected = {keep, *keep.iterancestors()} if keep is not None else set()
    # Document order, never entering a removed element: each decision sees
    # the tree as the removals before it left it.
    stack = [child for child in reversed(root) if isinstance(child.tag, str)]
    while stack:
        tag = stack.pop()
        name = tag.tag
        if name not in _NEVER_CHROME and tag not in protected and not _swallowed_page(tag):
            if name == "header" and next(tag.iterancestors("article", "main"), None) is None:
                drop(tag)
                continue
            if (
                is_chrome(tag, tokens)
                and not _holds_main_text(tag)
                and not _is_factbox(tag, tokens)
            ):
                drop(tag)
                continue
        if len(tag):
            # Elements only: comments and processing instructions have a non-str tag.
            stack.extend([child for child in reversed(tag) if isinstance(child.tag, str)])


def _swallowed_page(tag: Element) -> bool:
    """A ``<header>``, ``<nav>`` or ``<footer>`` (or a banner, menu, footer or sidebar
    by its role) that holds the story itself.

    A tag left open in a site's header (an unclosed ``<header>`` or ``<li>``)
    makes the parser nest the rest of the page inside it, and some sites put a
    role on the wrapper of their whole layout: the headline (or the
    ``<article>``) and the story's paragraphs are then its descendants. Its own
    chrome is still removed element by element below it.
    """
    if tag.tag in _LAYOUT_WRAPPERS:
        marks: tuple[str, ...] = ("h1", "article", "main")
    elif str(tag.get("role") or "").lower() in _LAYOUT_ROLES:
        # A sidebar lists other stories in <article> teasers: only a headline counts.
        marks = ("h1", "main")
    else:
        return False
    if next(tag.iterdescendants(*marks), None) is None:
        return False
    plain = is_plain(tag)
    words = 0
    for p in tag.iterdescendants("p"):
        words += len(text(p, plain=plain).split())
        if words > _SWALLOWED_WORDS:
            return True
    return False


_LAYOUT_WRAPPERS = frozenset({"header", "nav", "footer"})
_LAYOUT_ROLES = frozenset({"banner", "navigation", "contentinfo", "complementary"})
# More prose than a site's header, menu or footer ever carries.
_SWALLOWED_WORDS = 150


def _is_factbox(tag: Element, tokens: frozenset[str]) -> bool:
    """An ``<aside>`` that belongs to the story: a factbox.

    It sits inside the ``<article>``, or among the story's paragraphs (right
    after one: a sidebar follows the article or a layout column, never a
    paragraph); it holds text ("First signed: May 2021") with few links, and no
    class that says chrome ("related", "share"): an aside that lists other
    stories is mostly links.
    """
    if tag.tag != "aside" and str(tag.get("role") or "").lower() != "complementary":
        return False
    if _is_hidden(tag):
        return False
    if next(tag.iterancestors("article"), None) is None and not _after_paragraph(tag):
        return False
    if _tokens(tag) & (tokens | STRONG_CHROME_TOKENS | _NOT_FACTBOX):
        return False
    plain = is_plain(tag)
    # A short box of facts ("Founded: 2022", "Term: 2026-2031") is the story's too: terms
    # with their descriptions, without links, however little prose they hold.
    return _prose(tag, _MIN_FACTBOX, 0.2, plain) or (
        _described_terms(tag) >= _MIN_FACT_TERMS and not _link_text_length(tag, plain)
    )


def _described_terms(tag: Element) -> int:
    """How many descriptions the term lists (``<dl>`` of ``<dt>``/``<dd>``) in ``tag`` hold."""
    return sum(
        sum(1 for c in dl if is_element(c) and c.tag == "dd")
        for dl in tag.iter("dl")
        if _is_term_list(dl)
    )


def _after_paragraph(tag: Element) -> bool:
    """The element right before ``tag`` is a paragraph of text."""
    previous = tag.getprevious()
    while previous is not None and not is_element(previous):
        previous = previous.getprevious()
    return previous is not None and previous.tag == "p" and bool(text(previous).strip())


# A factbox of a few facts ("Founded: 2017", "Closes: 1 January 2027") is short.
_MIN_FACTBOX = 80
# Or this many described terms in a term list, however short.
_MIN_FACT_TERMS = 2
# Asides with prose that is not the story's: a paywall's offer, a login gate.
_NOT_FACTBOX = frozenset({"paywall", "gate", "premium", "login", "offer"})


def _holds_main_text(tag: Element) -> bool:
    """A wrapper whose class happens to match a chrome token ("page-with-sidebar")."""
    if tag.tag in DROP_TAGS or str(tag.get("role") or "").lower() in CHROME_ROLES:
        return False
    if next(tag.iterdescendants("h1", "main"), None) is not None:
        return True
    if _HAS_ARTICLE_BODY(tag):
        return True
    if _tokens(tag) & STRONG_CHROME_TOKENS:
        return False
    plain = is_plain(tag)
    words = 0
    for i, p in enumerate(tag.iterdescendants("p")):
        if i >= 40:
            break
        words += len(text(p, plain=plain).split())
        if words > 120:
            return True
    # Prose without <p> (blog engines that use <br>): much text, few links.
    return _prose(tag, 400, 0.35, plain)


def _prose(tag: Element, minimum: int, link_share: float, plain: bool = False) -> bool:
    """At least ``minimum`` characters of text, less than ``link_share`` of them in links;
    ``plain``: ``is_plain(tag)`` is known to hold."""
    length = text_length(tag, plain=plain)
    return length >= minimum and _link_text_length(tag, plain) < link_share * length


def _link_text_length(tag: Element, plain: bool = False) -> int:
    """Text length of the links inside ``tag``; ``plain``: ``is_plain(tag)`` is known to hold."""
    anchors = list(tag.iterdescendants("a")) if len(tag) else []
    if not anchors:
        return 0
    # One test for the whole element instead of one per link.
    plain = plain or is_plain(tag)
    return sum(len(text(a, plain=plain)) for a in anchors)


def _container_group(tag: Element) -> int | None:
    get = tag.get
    if not (get("id") or get("class") or get("itemprop") or get("property") or get("role")):
        # Only the tag name can match (an empty "#" key never does).
        return _CONTAINER_GROUP.get(tag.tag.lower())
    keys = [tag.tag, f"#{tag.get('id') or ''}"]
    for c in classes(tag):
        keys.append(f".{c}")
        # Theme prefixes: "cb-entry-content", "td-post-content", "c-article__body".
        if "-" in c:
            keys.append(f".{c.split('-', 1)[1]}")
    keys += [
        f"{attr}={tag.get(attr)}" for attr in ("itemprop", "property", "role") if tag.get(attr)
    ]
    groups = [g for k in keys if (g := _CONTAINER_GROUP.get(k.lower())) is not None]
    return min(groups) if groups else None


def find_container(tree: Element) -> Element | None:
    """The element holding the article body: a known container, else the densest block."""
    by_group: dict[int, list[Element]] = {}
    for tag in tree.iter(etree.Element):
        group = _container_group(tag)
        if group is not None:
            by_group.setdefault(group, []).append(tag)
    for group in sorted(by_group):
        matches = [
            m for m in by_group[group] if not is_chrome(m, LAYOUT_TOKENS) or _holds_main_text(m)
        ]
        if not matches:
            continue
        scored = [(_container_score(m), m) for m in matches]
        best_score, best = max(scored, key=lambda pair: pair[0])
        if best_score >= 150:
            return best
    return densest_block(tree)


def _container_score(tag: Element) -> float:
    """Paragraph text, or half the loose non-link text for bodies written with <br>."""
    plain = is_plain(tag)
    loose = text_length(tag, plain=plain) - _link_text_length(tag, plain)
    return max(float(_paragraph_score(tag, plain)), 0.5 * loose)


def _paragraph_score(tag: Element, plain: bool = False) -> int:
    """Characters in paragraph-like text outside links: what an article body is made of."""
    plain = plain or is_plain(tag)
    score = 0
    for p in tag.iterdescendants(*_PARAGRAPH_TAGS):
        if has_descendant(p, _NESTED_PARAGRAPH_TAGS, _NESTED_PARAGRAPH_SET):
            continue
        length = len(text(p, plain=plain))
        links = _link_text_length(p, plain)
        if length and links / length < 0.5:
            score += length - links
    return score


def densest_block(tree: Element) -> Element | None:
    """Fallback for div soup: the block with the most non-link text in its own paragraphs."""
    best: tuple[float, Element | None] = (0.0, None)
    plain = is_plain(tree)
    for tag in tree.iter(*_DENSE_TAGS):
        own = 0
        for child in child_nodes(tag, preserve=True):
            if isinstance(child, str):
                own += len(child.strip())
            elif child.tag in _DENSE_INLINE:
                length = len(text(child, plain=plain))
                own += length - (_link_text_length(child, plain) if child.tag != "a" else length)
        if own > best[0]:
            best = (float(own), tag)
    return best[1]


def paragraphs(container: Element, title: str | None) -> list[str]:
    """Paragraph texts of the container in order: lead, headings, list items, quotes."""
    title_key = _key(title) if title else None
    # A block whose first word differs from the title's is not the title:
    # checking that first spares building the key of every long paragraph.
    title_first = title_key.split(" ", 1)[0] if title_key else None
    out: list[str] = []
    for block in _blocks(container, preserves_whitespace(container), is_plain(container)):
        block = collapse_whitespace(block)
        # Every pattern is anchored at the start: match, not a search through the text.
        if len(block) < 2 or _BOILERPLATE.match(block) or _is_date_line(block):
            continue
        if title_key and _first_word(block) == title_first and _key(block) == title_key:
            continue
        if out and out[-1] == block:
            continue
        out.append(block)
    return out


def drop_trailing_headings(paragraphs: list[str], blocks: Iterable[Element]) -> list[str]:
    """``paragraphs`` without the headings at their end, read from ``blocks``.

    A heading introduces what follows it: one that ends the text headed a box
    whose content was removed as chrome ("Related stories", "Share this page",
    "Tags"), and is left over from it. Headings are known by their text: a
    closing paragraph that repeats a subheading word for word goes too.
    """
    if len(paragraphs) < 2 or len(paragraphs[-1]) > _MAX_HEADING:
        return paragraphs
    headings = {
        collapse_whitespace(_inline_text(h, False))
        for block in blocks
        for h in block.iter(*_SUBHEADINGS)
    }
    end = len(paragraphs)
    while end > 1 and len(paragraphs[end - 1]) <= _MAX_HEADING and paragraphs[end - 1] in headings:
        end -= 1
    return paragraphs[:end]


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
_MAX_HEADING = 120


def _is_date_line(block: str) -> bool:
    """A byline or dateline: a date, perhaps a time and an author after a separator.

    "15 september 2026", "5 juni 2025 · Communications", "Tuesday 3 March 2025, 10:00".
    A date followed by words without a separator ("12 March: kick-off") is content.
    """
    if len(block) > _MAX_DATE_LINE or not _DIGIT.search(block):
        return False
    found = find_dates(block)
    if not found or found[0].precision != "day" or found[0].span is None:
        return False
    start, end = found[0].span
    if start > 0:
        return False
    rest = _TIME.sub("", block[end:]).strip()
    if not rest:
        return True
    return rest[0] in _BYLINE_SEPARATORS and len(rest[1:].split()) <= 4


_MAX_DATE_LINE = 70
_DIGIT = re.compile(r"\d")
_TIME = re.compile(
    r"^[\s,|·•-]*(?:om\s+|at\s+|um\s+)?\d{1,2}[:.h]\d\d(?:\s*(?:uur|uhr|h|[ap]\.?m\.?))?"
)
_BYLINE_SEPARATORS = frozenset("·•|–—-/")


def _key(value: str) -> str:
    return " ".join(_KEY_SPLIT.sub(" ", value.lower()).split())


def _first_word(value: str) -> str | None:
    """The first word of ``_key(value)``, reading only the start of ``value``."""
    match = _FIRST_KEY_WORD.match(value.lower())
    return match.group(1) if match else None


def _blocks(tag: Element, preserve: bool, plain: bool) -> Iterator[str]:
    """Walk the tree: inline runs between block elements become paragraphs.

    ``preserve`` is ``preserves_whitespace(tag)``, ``plain`` is ``is_plain(tag)``.
    """
    buffer: list[str] = []
    for child in child_nodes(tag, preserve):
        if isinstance(child, str):
            buffer.append(child)
            continue
        name = child.tag
        if name == "br":
            # One <br> is a line break inside a paragraph; two end it.
            if buffer and buffer[-1] == "\n":
                yield "".join(buffer)
                buffer = []
            else:
                buffer.append("\n")
            continue
        if name in BLOCK_TAGS:
            if buffer:
                yield "".join(buffer)
                buffer = []
            if name in LEAF_BLOCKS and not _has_inner_block(child):
                if not _mostly_links(child, LEAF_LINK_DENSITY, plain):
                    yield _inline_text(child, preserve or name == "pre")
            elif _is_link_list(child, plain):
                pass
            elif name == "dl" and _is_term_list(child):
                yield from _terms(child, preserve)
            else:
                yield from _blocks(child, preserve or name == "pre", plain)
            continue
        buffer.append(_inline_text(child, preserve or name in _PRESERVE_WHITESPACE))
    if buffer:
        yield "".join(buffer)


def _is_term_list(dl: Element) -> bool:
    """A ``<dl>`` of plain terms and descriptions (a factbox's "Founded" / "8 May 2021")."""
    children = [c for c in dl if is_element(c)]
    return bool(children) and all(
        c.tag in ("dt", "dd") and not _has_inner_block(c) for c in children
    )


def _terms(dl: Element, preserve: bool) -> Iterator[str]:
    """Each description with its term, as a reader takes them: "Founded: 8 May 2021".

    A term is a label: alone, a date or a name under it would lose what it is
    (and a date alone reads as a dateline).
    """
    term: str | None = None
    described = False
    for child in dl:
        if not is_element(child):
            continue
        value = collapse_whitespace(_inline_text(child, preserve))
        if child.tag == "dt":
            if term and not described:
                yield term
            term, described = value, False
        elif term and value:
            yield f"{term.rstrip(':').rstrip()}: {value}"
            described = True
        elif value:
            yield value
    if term and not described:
        yield term


LEAF_BLOCKS: frozenset[str] = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre"}
)
_INNER_BLOCKS = tuple(sorted(BLOCK_TAGS - {"span"}))
_INNER_BLOCK_SET = frozenset(_INNER_BLOCKS)
# A paragraph that is nothing but a link is a teaser or a "read more", not text.
LEAF_LINK_DENSITY = 0.9
# A block mostly made of several links is a list of other pages (most read, related).
BLOCK_LINK_DENSITY = 0.6


def _has_inner_block(el: Element) -> bool:
    """A block element somewhere inside ``el``."""
    return has_descendant(el, _INNER_BLOCKS, _INNER_BLOCK_SET)


def _mostly_links(tag: Element, threshold: float, plain: bool = False) -> bool:
    # Without links the link text is 0, never at least a positive share of the text:
    # no need to measure the text at all.
    if not len(tag) or next(tag.iterdescendants("a"), None) is None:
        return False
    plain = plain or is_plain(tag)
    length = text_length(tag, plain=plain)
    return length > 0 and _link_text_length(tag, plain) >= threshold * length


def _is_link_list(tag: Element, plain: bool = False) -> bool:
    if tag.tag not in ("div", "section", "ul", "ol", "table", "nav", "dl", "tbody"):
        return False
    links = sum(1 for _ in zip(range(3), tag.iterdescendants("a"), strict=False))
    return links >= 3 and _mostly_links(tag, BLOCK_LINK_DENSITY, plain)


def inline_text(tag: Element) -> str:
    """Text of an element as a reader sees it: no spaces invented around inline tags."""
    return _inline_text(tag, preserves_whitespace(tag))


def _inline_text(tag: Element, preserve: bool) -> str:
    """:func:`inline_text` when ``preserves_whitespace(tag)`` is already known."""
    parts: list[str] = []
    _inline(tag, preserve, parts)
    return "".join(parts)


def _inline(tag: Element, preserve: bool, parts: list[str]) -> None:
    for node in child_nodes(tag, preserve):
        if isinstance(node, str):
            parts.append(node)
            continue
        if node.tag == "br" or node.tag in BLOCK_TAGS:
            parts.append(" ")
        _inline(node, preserve or node.tag in ("pre", "textarea"), parts)


def lead_blocks(container: Element, stop: Element | None) -> list[Element]:
    """Paragraph blocks just before the container: an intro set apart from the body.

    Many CMSs keep the lead in its own field next to the body field, or under
    the title in the article's header. We take preceding siblings of the
    container and of its ancestors (up to ``_LEAD_LEVELS``) that read as prose,
    stopping at the title block ``stop`` (the h1), from which we take the
    prose after the title. Two levels up, and beside the article's own frame
    (``<article>``, ``<main>``), only a block marked as a lead counts.
    """
    leads: list[Element] = []
    level: Element | None = container
    for depth in range(_LEAD_LEVELS):
        if level is None or level.tag in ("body", "html"):
            break
        frame = level.tag in ("main", "article")
        for sibling in level.itersiblings(preceding=True):
            if not is_element(sibling):
                continue
            if stop is not None and (sibling is stop or _contains_equal(sibling, stop)):
                return _prose_after(sibling, stop) + leads
            if is_chrome(sibling):
                continue
            if frame or depth >= 2:
                leads[:0] = _marked_leads(sibling)
            elif sibling.tag == "p":
                # A lead paragraph of its own beside the body ("<p class=lead>").
                length = len(text(sibling))
                if length - _link_text_length(sibling, False) >= 80:
                    leads.insert(0, sibling)
            elif (
                _paragraph_score(sibling) >= 80
                and next(sibling.iterdescendants("p"), None) is not None
            ) or _is_marked_lead(sibling):
                leads.insert(0, sibling)
        if frame:
            break
        level = level.getparent()
    return leads


_LEAD_LEVELS = 4
# class/id tokens of an article's intro: "field-name-field-intro-text", "article__lead",
# "standfirst", "entry-summary", TYPO3's "teaser-text", German "anrisstext"/"vorspann".
LEAD_TOKENS: frozenset[str] = frozenset(
    {
        "intro", "introduction", "introtext", "lead", "leadtext", "lede", "teaser",
        "teasertext", "summary", "standfirst", "excerpt", "abstract", "deck", "anriss",
        "anrisstext", "vorspann", "inleiding",
    }
)  # fmt: skip
# Shorter than a body paragraph: a one-sentence intro is still the intro.
_MIN_MARKED_LEAD = 50


def _is_marked_lead(el: Element) -> bool:
    """A block whose class says it is the article's intro, with prose and (nearly) no links."""
    if not (el.get("class") or el.get("id")) or not _tokens(el) & LEAD_TOKENS:
        return False
    return _prose(el, _MIN_MARKED_LEAD, 0.2)


def _marked_leads(block: Element) -> list[Element]:
    """The outermost intro blocks in ``block`` (itself included), in document order."""
    if _is_marked_lead(block):
        return [block]
    out: list[Element] = []
    for node in block.iterdescendants(etree.Element):
        if out and any(p is out[-1] for p in node.iterancestors()):
            continue  # inside an intro already taken
        if _is_marked_lead(node) and not is_chrome(node):
            out.append(node)
    return out


def body_sections(container: Element) -> tuple[list[Element], list[Element]]:
    """Blocks of the body container's own shape beside it: a body split into sections.

    Some CMSs cut one story into sibling blocks ("section.article-section",
    "div.c-text-element__wrapper"); the container is one of them. Returned:
    the sections before the container and those after it, in document order.
    A section counts when it is shaped like the container (same tag, same
    first class), is not chrome, and holds prose with few links. We look at
    the container and up to two ancestors, never above the article's frame.
    """
    before: list[Element] = []
    after: list[Element] = []
    level: Element | None = container
    for _ in range(_SECTION_LEVELS):
        if level is None or level.tag in ("body", "html", "main", "article"):
            break
        shape = _shape(level)
        if shape is not None:
            for sibling in level.itersiblings(preceding=True):
                if _is_section(sibling, shape):
                    before.insert(0, sibling)
            for sibling in level.itersiblings():
                if _is_section(sibling, shape):
                    after.append(sibling)
            if before or after:
                break
        level = level.getparent()
    return before, after


_SECTION_LEVELS = 3
_MIN_SECTION = 150
_DIGITS = re.compile(r"\d+")


def _shape(el: Element) -> tuple[str, str] | None:
    """Tag and first class name (digits dropped): what a CMS repeats for each section."""
    names = classes(el)
    if not names:
        return None
    return el.tag, _DIGITS.sub("", names[0])


def _is_section(el: Element, shape: tuple[str, str]) -> bool:
    if not is_element(el) or el.tag != shape[0] or _shape(el) != shape or is_chrome(el):
        return False
    plain = is_plain(el)
    score = _paragraph_score(el, plain)
    return score >= _MIN_SECTION and _link_text_length(el, plain) < 0.3 * text_length(
        el, plain=plain
    )


def _contains_equal(block: Element, target: Element) -> bool:
    """``target`` or an element just like it (same markup) inside ``block``.

    The rule was written against BeautifulSoup, whose ``in`` compares
    elements by content: an identical copy of the h1 counts as the h1.
    """
    markup: bytes | None = None
    for node in block.iterdescendants(target.tag):
        if node is target:
            return True
        if markup is None:
            markup = _markup(target)
        if _markup(node) == markup:
            return True
    return False


def _markup(el: Element) -> bytes:
    return etree.tostring(el, with_tail=False)


def _prose_after(block: Element, h1: Element) -> list[Element]:
    """Prose after the h1 inside the title block (a lead set under the title).

    Paragraphs of 80 characters or more, and blocks marked as the intro.
    """
    out: list[Element] = []
    seen_h1 = False
    for node in block.iterdescendants(etree.Element):
        if node is h1:
            seen_h1 = True
        elif seen_h1:
            if out and any(p is out[-1] for p in node.iterancestors()):
                continue  # inside a lead already taken
            if node.tag == "p" and len(text(node)) >= 80 and not is_chrome(node):
                out.append(node)
            elif _is_marked_lead(node) and not is_chrome(node):
                out.append(node)
    return out
