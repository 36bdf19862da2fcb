"""Read and edit an lxml HTML tree the way the generic parser's heuristics expect.

The generic parser used to work on a BeautifulSoup tree; building and
searching that tree was most of a page's parse time, so it now works on
lxml elements directly. The heuristics were tuned on BeautifulSoup's view
of text, and these helpers keep it:

- text is a sequence of strings whose boundaries matter: :func:`text` strips
  each string and joins them with spaces, so ``a<!-- -->b`` reads "a b";
- comments never count as text, and a removed element leaves a boundary
  behind (:func:`drop` puts an empty comment in its place);
- a string of nothing but ASCII whitespace reads as one newline (when it has
  one) or one space, except inside ``<pre>`` and ``<textarea>``;
- strings inside ``<script>``, ``<style>``, ``<template>``, ``<rt>`` and
  ``<rp>`` are their own kind: :func:`text` of an ordinary element skips them.

Pure functions; no I/O.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from lxml import etree

Element = etree._Element

# Elements whose strings BeautifulSoup stores as a special string type.
STRING_CONTAINERS: tuple[str, ...] = ("script", "style", "template", "rt", "rp")
_STRING_CONTAINER_SET = frozenset(STRING_CONTAINERS)
# Elements inside which whitespace-only strings are kept as they are.
_PRESERVE_WHITESPACE = ("pre", "textarea")
_ASCII_SPACES = " \n\t\x0c\r"
# The text nodes below an element, in document order, as plain ``str``: what
# ``itertext()`` yields (comments and processing instructions are not text), since
# libxml2 keeps adjacent text merged into one node.
_TEXT_NODES = etree.XPath("descendant::text()", smart_strings=False)


def is_element(node: object) -> bool:
    """True for an element; False for comments, processing instructions and entities."""
    return isinstance(getattr(node, "tag", None), str)


def classes(el: Element) -> list[str]:
    """The element's class names (``class`` split on whitespace)."""
    value = el.get("class")
    return value.split() if value else []


def rels(el: Element) -> list[str]:
    """The element's ``rel`` values, lower-cased."""
    value = el.get("rel")
    return [r.lower() for r in value.split()] if value else []


def class_matches(el: Element, pattern: object) -> bool:
    """A class name matches the regex, or the whole class list does (bs4's ``class_=``)."""
    value = el.get("class")
    if value is None:
        return False
    return _class_value_matches(value, pattern)


@functools.lru_cache(maxsize=4096)
def _class_value_matches(value: str, pattern: object) -> bool:
    """``class_matches`` for a class attribute's value. Cached: a page repeats its few
    class lists on many elements, and several readers ask about each (speed only)."""
    names = value.split()
    search = pattern.search  # type: ignore[attr-defined]
    if any(search(name) for name in names):
        return True
    return len(names) != 1 and search(" ".join(names)) is not None


def drop(el: Element) -> None:
    """Remove an element with its content; the text after it stays a separate string."""
    parent = el.getparent()
    if parent is None:
        # The root cannot leave the document: empty it instead.
        for child in list(el):
            el.remove(child)
        el.text = None
        return
    marker = etree.Comment()
    tail = el.tail
    try:
        marker.tail = tail
    except ValueError:
        # The parser keeps control characters that lxml refuses to set again.
        marker.tail = _CONTROL_CHARS.sub("", tail or "")
    el.tail = None
    parent.replace(el, marker)


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _special_container(el: Element) -> str | None:
    """The string type of text directly in ``el``: its own or its nearest container's name."""
    if el.tag in _STRING_CONTAINER_SET:
        return el.tag
    ancestor = next(el.iterancestors(*STRING_CONTAINERS), None)
    return ancestor.tag if ancestor is not None else None


def has_descendant(el: Element, tags: tuple[str, ...], names: frozenset[str]) -> bool:
    """An element named in ``tags`` somewhere inside ``el``; ``names`` is ``frozenset(tags)``.

    lxml takes about a microsecond to set up a filter of several tag names, more
    than walking a small subtree in Python: look at the first nodes in Python,
    and filter in C only when the subtree turns out to be larger.
    """
    if not len(el):
        return False
    for i, node in enumerate(el.iterdescendants()):
        if node.tag in names:
            return True
        if i >= 24:
            return next(el.iterdescendants(*tags), None) is not None
    return False


def is_plain(el: Element) -> bool:
    """No special string kind in or around ``el``: all its strings are ordinary text.

    Then every element inside ``el`` is plain too, and stays so while the tree
    only loses elements: callers test a container once and pass ``plain=True``
    to :func:`text`, :func:`has_text` and :func:`text_length` for what is inside.
    """
    if el.tag in _STRING_CONTAINER_SET:
        return False
    if has_descendant(el, STRING_CONTAINERS, _STRING_CONTAINER_SET):
        return False
    parent = el.getparent()
    while parent is not None:
        if parent.tag in _STRING_CONTAINER_SET:
            return False
        parent = parent.getparent()
    return True


def strings(el: Element, *, plain: bool = False) -> Iterable[str]:
    """The element's text strings in order, skipping other string kinds (see module doc).

    ``plain=True`` says the caller knows :func:`is_plain` holds for ``el``.
    """
    if plain or is_plain(el):
        if not len(el):
            own = el.text  # no child nodes: the element's own string is all there is
            return (own,) if own else ()
        # The same strings as ``el.itertext()``, read in C without an element proxy per node.
        return _TEXT_NODES(el)  # type: ignore[return-value]  # XPath "text()" gives strings
    # An ordinary element wants ordinary strings, even inside a <template>.
    want = el.tag if el.tag in _STRING_CONTAINER_SET else None
    return _typed_strings(el, want, _special_container(el))


def _typed_strings(el: Element, want: str | None, kind: str | None) -> Iterator[str]:
    """Strings below ``el`` whose kind is ``want``; ``kind`` is the kind of ``el``'s own text."""
    if el.text and kind == want:
        yield el.text
    for child in el:
        if is_element(child):
            child_kind = child.tag if child.tag in _STRING_CONTAINER_SET else kind
            yield from _typed_strings(child, want, child_kind)
        if child.tail and kind == want:
            yield child.tail


def text(el: Element, *, plain: bool = False) -> str:
    """Stripped strings joined by one space (BeautifulSoup's ``get_text(" ", strip=True)``)."""
    return " ".join(filter(None, map(str.strip, strings(el, plain=plain))))


def has_text(el: Element, *, plain: bool = False) -> bool:
    """True when some string of the element is not blank."""
    return any(map(str.strip, strings(el, plain=plain)))


def text_length(el: Element, *, plain: bool = False) -> int:
    """Characters of the element's text with whitespace collapsed to single spaces."""
    # Joining with a space keeps string boundaries as word boundaries.
    return len(collapse_whitespace(" ".join(strings(el, plain=plain))))


def collapse_whitespace(s: str) -> str:
    """``" ".join(s.split())``: whitespace runs become one space, none at the ends."""
    # Only " " is both whitespace and printable: printable text without a double
    # space has nothing to collapse but its ends, and needs no list of words.
    if s.isprintable() and "  " not in s:
        return s.strip(" ")
    return " ".join(s.split())


def text_longer_than(el: Element, limit: int, *, plain: bool = False) -> bool:
    """``text_length(el) > limit``, reading no more strings than it takes to tell."""
    # Each string adds its words and one space before each word but the first.
    length = -1
    for s in strings(el, plain=plain):
        for word in s.split():
            length += len(word) + 1
        if length > limit:
            return True
    return length > limit


def _as_stored(s: str, preserve: bool) -> str:
    """A whitespace-only string as BeautifulSoup stores it: one newline or one space."""
    if preserve or s.strip(_ASCII_SPACES):
        return s
    return "\n" if "\n" in s else " "


def preserves_whitespace(el: Element) -> bool:
    """Inside ``<pre>`` or ``<textarea>``, where whitespace-only strings are kept."""
    return (
        el.tag in _PRESERVE_WHITESPACE
        or next(el.iterancestors(*_PRESERVE_WHITESPACE), None) is not None
    )


def child_nodes(el: Element, preserve: bool | None = None) -> Iterator[str | Element]:
    """Children in order: strings and elements; comments are skipped, their tails kept."""
    if preserve is None:
        preserve = preserves_whitespace(el)
    if el.text:
        yield _as_stored(el.text, preserve)
    for child in el:
        if is_element(child):
            yield child
        if child.tail:
            yield _as_stored(child.tail, preserve)
