"""Find a news page's main text: drop page chrome, pick the body container, split paragraphs.

Heuristics are data (the tuples below), in the trafilatura habit. The tree is
modified in place: callers pass a tree they no longer need for anything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import PreformattedString

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
        "popup", "modal", "subscribe", "disqus", "respond", "replies",
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

# Roles of page chrome (WAI-ARIA landmarks that are never the article).
CHROME_ROLES: frozenset[str] = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"}
)

# Body containers of common CMSs, best group first. Keys: a tag name, ".class",
# "#id" or "attribute=value" (matched in one pass, which is much faster than CSS).
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
        "figure", "header", "details", "summary", "address", "center", "tbody", "thead",
    }
)  # fmt: skip

# Whole-paragraph boilerplate, English and Dutch.
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
_BOILERPLATE = re.compile("|".join(BOILERPLATE_PARAGRAPHS), re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[\s_-]+|(?<=[a-z])(?=[A-Z])")


def _tokens(tag: Tag) -> set[str]:
    classes = tag.get("class") or []
    raw = " ".join(classes if isinstance(classes, list) else [str(classes)])
    raw += " " + str(tag.get("id") or "")
    return {t.lower() for t in _TOKEN_SPLIT.split(raw) if t}


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def is_chrome(tag: Tag, tokens: frozenset[str] = CHROME_TOKENS) -> bool:
    """True when an element is page chrome rather than content (by tag, role, class, id)."""
    if tag.name in DROP_TAGS or _is_hidden(tag):
        return True
    if str(tag.get("role") or "").lower() in CHROME_ROLES:
        return True
    return bool(_tokens(tag) & tokens)


def drop_noise(tree: BeautifulSoup) -> None:
    """Remove scripts, styles, comments and hidden elements everywhere (one pass)."""
    comments: list[Comment] = []
    tags: list[Tag] = []
    for node in tree.descendants:
        if isinstance(node, Comment):
            comments.append(node)
        elif isinstance(node, Tag) and (node.name in NOISE_TAGS or _is_hidden(node)):
            tags.append(node)
    for comment in comments:
        comment.extract()
    # Innermost first, so no tag is removed after its ancestor already destroyed it.
    for tag in reversed(tags):
        tag.decompose()


def drop_chrome(root: Tag, keep: Tag | None = None, tokens: frozenset[str] = CHROME_TOKENS) -> None:
    """Remove chrome inside ``root``, but never ``keep`` or an element containing it."""
    protected = {id(keep)} | {id(p) for p in keep.parents} if keep is not None else set()
    for tag in list(root.find_all(True)):
        if tag.parent is None or id(tag) in protected or tag is root:
            continue  # already removed with an ancestor, or the container we want
        if tag.name in ("html", "body", "main", "h1"):
            continue
        if tag.name == "header" and tag.find_parent(["article", "main"]) is None:
            tag.decompose()
            continue
        if is_chrome(tag, tokens) and not _holds_main_text(tag):
            tag.decompose()


def _holds_main_text(tag: Tag) -> bool:
    """A wrapper whose class happens to match a chrome token ("page-with-sidebar")."""
    if tag.name in DROP_TAGS or str(tag.get("role") or "").lower() in CHROME_ROLES:
        return False
    if tag.find("h1") is not None or tag.find("main") is not None:
        return True
    if tag.find(attrs={"itemprop": "articleBody"}) is not None:
        return True
    if _tokens(tag) & STRONG_CHROME_TOKENS:
        return False
    words = 0
    for p in tag.find_all("p", limit=40):
        words += len(p.get_text(" ", strip=True).split())
        if words > 120:
            return True
    # Prose without <p> (blog engines that use <br>): much text, few links.
    text = text_length(tag)
    return text >= 400 and _link_text_length(tag) < 0.35 * text


def text_length(tag: Tag) -> int:
    """Characters of text in ``tag``."""
    return len(" ".join(tag.get_text(" ", strip=True).split()))


def _link_text_length(tag: Tag) -> int:
    return sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))


def _container_group(tag: Tag) -> int | None:
    keys = [tag.name, f"#{tag.get('id') or ''}"]
    classes = tag.get("class") or []
    for c in classes if isinstance(classes, list) else [classes]:
        keys.append(f".{c}")
        # Theme prefixes: "cb-entry-content", "td-post-content", "c-article__body".
        if "-" in c:
            keys.append(f".{c.split('-', 1)[1]}")
    keys += [
        f"{attr}={tag.get(attr)}" for attr in ("itemprop", "property", "role") if tag.get(attr)
    ]
    groups = [g for k in keys if (g := _CONTAINER_GROUP.get(k.lower())) is not None]
    return min(groups) if groups else None


def find_container(tree: BeautifulSoup) -> Tag | None:
    """The element holding the article body: a known container, else the densest block."""
    by_group: dict[int, list[Tag]] = {}
    for tag in tree.find_all(True):
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


def _container_score(tag: Tag) -> float:
    """Paragraph text, or half the loose non-link text for bodies written with <br>."""
    loose = text_length(tag) - _link_text_length(tag)
    return max(float(_paragraph_score(tag)), 0.5 * loose)


def _paragraph_score(tag: Tag) -> int:
    """Characters in paragraph-like text outside links: what an article body is made of."""
    score = 0
    for p in tag.find_all(["p", "li", "blockquote", "h2", "h3"]):
        if p.find(["p", "li"]) is not None:
            continue
        text = len(p.get_text(" ", strip=True))
        links = _link_text_length(p)
        if text and links / text < 0.5:
            score += text - links
    return score


def densest_block(tree: BeautifulSoup) -> Tag | None:
    """Fallback for div soup: the block with the most non-link text in its own paragraphs."""
    best: tuple[float, Tag | None] = (0.0, None)
    for tag in tree.find_all(["div", "section", "td", "body"]):
        own = 0
        for child in tag.children:
            if isinstance(child, NavigableString):
                own += len(child.strip())
            elif isinstance(child, Tag) and child.name in (
                "p",
                "br",
                "span",
                "b",
                "i",
                "em",
                "strong",
                "font",
                "a",
            ):
                text = len(child.get_text(" ", strip=True))
                own += text - (_link_text_length(child) if child.name != "a" else text)
        if own > best[0]:
            best = (float(own), tag)
    return best[1]


def paragraphs(container: Tag, title: str | None) -> list[str]:
    """Paragraph texts of the container in order: lead, headings, list items, quotes."""
    title_key = _key(title) if title else None
    out: list[str] = []
    for text in _blocks(container):
        text = " ".join(text.split())
        if len(text) < 2 or _BOILERPLATE.search(text):
            continue
        if title_key and _key(text) == title_key:
            continue
        if out and out[-1] == text:
            continue
        out.append(text)
    return out


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _blocks(tag: Tag) -> Iterator[str]:
    """Walk the tree: inline runs between block elements become paragraphs."""
    buffer: list[str] = []
    for child in tag.children:
        if isinstance(child, PreformattedString):
            continue
        if isinstance(child, NavigableString):
            buffer.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name == "br":
            # One <br> is a line break inside a paragraph; two end it.
            if buffer and buffer[-1] == "\n":
                yield "".join(buffer)
                buffer = []
            else:
                buffer.append("\n")
            continue
        if child.name in BLOCK_TAGS:
            if buffer:
                yield "".join(buffer)
                buffer = []
            if child.name in LEAF_BLOCKS and child.find(_INNER_BLOCKS) is None:
                if not _mostly_links(child, LEAF_LINK_DENSITY):
                    yield inline_text(child)
            elif not _is_link_list(child):
                yield from _blocks(child)
            continue
        buffer.append(inline_text(child))
    if buffer:
        yield "".join(buffer)


LEAF_BLOCKS: frozenset[str] = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre"}
)
_INNER_BLOCKS = sorted(BLOCK_TAGS - {"span"})
# A paragraph that is nothing but a link is a teaser or a "read more", not text.
LEAF_LINK_DENSITY = 0.9
# A block mostly made of several links is a list of other pages (most read, related).
BLOCK_LINK_DENSITY = 0.6


def _mostly_links(tag: Tag, threshold: float) -> bool:
    text = text_length(tag)
    return text > 0 and _link_text_length(tag) >= threshold * text


def _is_link_list(tag: Tag) -> bool:
    if tag.name not in ("div", "section", "ul", "ol", "table", "nav", "dl", "tbody"):
        return False
    return len(tag.find_all("a", limit=3)) >= 3 and _mostly_links(tag, BLOCK_LINK_DENSITY)


def inline_text(tag: Tag) -> str:
    """Text of an element as a reader sees it: no spaces invented around inline tags."""
    parts: list[str] = []
    for node in tag.descendants:
        if isinstance(node, PreformattedString):
            continue
        if isinstance(node, NavigableString):
            parts.append(str(node))
        elif isinstance(node, Tag) and (node.name == "br" or node.name in BLOCK_TAGS):
            parts.append(" ")
    return "".join(parts)


def lead_blocks(container: Tag, stop: Tag | None) -> list[Tag]:
    """Paragraph blocks just before the container: an intro set apart from the body.

    Many CMSs keep the lead in its own field next to the body field. We take
    preceding siblings of the container (and of its parent) that read as
    prose, stopping at the title block ``stop`` (the h1).
    """
    leads: list[Tag] = []
    level: Tag | None = container
    for _ in range(2):
        if level is None or level.name in ("body", "html", "main", "article"):
            break
        for sibling in level.find_previous_siblings():
            if not isinstance(sibling, Tag):
                continue
            if stop is not None and (sibling is stop or stop in sibling.descendants):
                return _prose_after(sibling, stop) + leads
            if is_chrome(sibling):
                continue
            if _paragraph_score(sibling) >= 80 and sibling.find("p") is not None:
                leads.insert(0, sibling)
        level = level.parent if isinstance(level.parent, Tag) else None
    return leads


def _prose_after(block: Tag, h1: Tag) -> list[Tag]:
    """Prose paragraphs after the h1 inside the title block (a lead set under the title)."""
    out: list[Tag] = []
    seen_h1 = False
    for node in block.descendants:
        if node is h1:
            seen_h1 = True
        elif seen_h1 and isinstance(node, Tag) and node.name == "p":
            if not is_chrome(node) and len(node.get_text(" ", strip=True)) >= 80:
                out.append(node)
    return out
