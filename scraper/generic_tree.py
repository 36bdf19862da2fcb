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

from collections.abc import Iterator

from lxml import etree

Element = etree._Element

# Elements whose strings BeautifulSoup stores as a special string type.
STRING_CONTAINERS: tuple[str, ...] = ("script", "style", "template", "rt", "rp")
_STRING_CONTAINER_SET = frozenset(STRING_CONTAINERS)
# Elements inside which whitespace-only strings are kept as they are.
_PRESERVE_WHITESPACE = ("pre", "textarea")
_ASCII_SPACES = " \n\t\x0c\r"


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
    marker.tail = el.tail
    el.tail = None
    parent.replace(el, marker)


def _special_container(el: Element) -> str | None:
    """The string type of text directly in ``el``: its own or its nearest container's name."""
    if el.tag in _STRING_CONTAINER_SET:
        return el.tag  # type: ignore[return-value]
    ancestor = next(el.iterancestors(*STRING_CONTAINERS), None)
    return ancestor.tag if ancestor is not None else None  # type: ignore[return-value]


def _plain(el: Element) -> bool:
    """No special string kind in or around ``el``: all its strings are ordinary text."""
    return (
        el.tag not in _STRING_CONTAINER_SET
        and next(el.iterdescendants(*STRING_CONTAINERS), None) is None
        and next(el.iterancestors(*STRING_CONTAINERS), None) is None
    )


def strings(el: Element) -> Iterator[str]:
    """The element's text strings in order, skipping other string kinds (see module doc)."""
    if _plain(el):
        return el.itertext()  # type: ignore[no-any-return]
    # An ordinary element wants ordinary strings, even inside a <template>.
    want = el.tag if el.tag in _STRING_CONTAINER_SET else None
    return _typed_strings(el, want, _special_container(el))  # type: ignore[arg-type]


def _typed_strings(el: Element, want: str | None, kind: str | None) -> Iterator[str]:
    """Strings below ``el`` whose kind is ``want``; ``kind`` is the kind of ``el``'s own text."""
    if el.text and kind == want:
        yield el.text
    for child in el:
        if is_element(child):
            child_kind = child.tag if child.tag in _STRING_CONTAINER_SET else kind
            yield from _typed_strings(child, want, child_kind)  # type: ignore[arg-type]
        if child.tail and kind == want:
            yield child.tail


def text(el: Element) -> str:
    """Stripped strings joined by one space (BeautifulSoup's ``get_text(" ", strip=True)``)."""
    return " ".join(filter(None, map(str.strip, strings(el))))


def has_text(el: Element) -> bool:
    """True when some string of the element is not blank."""
    return any(map(str.strip, strings(el)))


def text_length(el: Element) -> int:
    """Characters of the element's text with whitespace collapsed to single spaces."""
    # Joining with a space keeps string boundaries as word boundaries.
    return len(" ".join(" ".join(strings(el)).split()))


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
