"""Normalised keys that define identity in the database."""

from __future__ import annotations

import re
import unicodedata

_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING_ARTICLE = re.compile(r"^(the|de|het)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")


def alias_key(name: str) -> str:
    """The lookup key of an organisation name: case, accents, 'the', possessive, punctuation.

    >>> alias_key("the LUMC's")
    'lumc'
    >>> alias_key("Universiteit  Leiden")
    'universiteit leiden'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.strip().casefold()
    text = _LEADING_ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return _NON_WORD.sub(" ", text).strip()
