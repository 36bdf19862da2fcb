"""The organisation whose site a page is on: read from the host, else from the site's name.

"The university" on a university's own news site is that university. The host often
spells it ("www.tudelft.nl"); where it does not ("www.ncl.ac.uk", "www.qub.ac.uk"), the
name the site gives itself (``og:site_name``: "Newcastle University Press Office") says
whom it means: a known organisation, or a name the head-word rules read as a university's
or a hospital's whole name.
"""

from __future__ import annotations

import functools
import re

from scraper.extract.organisations.gazetteer import OWNER_KINDS, Gazetteer, GazetteerEntry
from scraper.extract.organisations.lexicon import tokenize
from scraper.extract.organisations.rules import rule_candidates
from scraper.extract.organisations.vocab import heads as VH

# What a site's name says after the organisation's: "Newcastle University Press Office",
# "UMC Utrecht – Nieuws", "The University of Sheffield News".
_SITE_TAIL = re.compile(
    r"(?:\s*[-–—|:·]\s*|\s+)(?:" + "|".join(VH.SITE_NAME_TAILS) + r")\s*$", re.IGNORECASE
)
_LEADING_THE = re.compile(r"^(?:the|de|het)\s+", re.IGNORECASE)


def site_owner(
    gazetteer: Gazetteer, url: str | None, site_name: str | None = None
) -> GazetteerEntry | None:
    """The university or hospital whose site the page at ``url`` is on: the one its host
    spells (``Gazetteer.site_owner``), else the one ``site_name`` names; None for a site
    of anyone else (a newspaper, a ministry, a company)."""
    owner = gazetteer.site_owner(url)
    if owner is not None or not site_name:
        return owner
    name = owner_name(site_name)
    if not name:
        return None
    known = gazetteer.lookup(name)
    if known is not None:
        return known if known.kind in OWNER_KINDS else None
    kind = _whole_name_kind(name)
    return GazetteerEntry(name=name, kind=kind, aliases=(name,)) if kind else None


def owner_name(site_name: str) -> str:
    """``site_name`` without what follows the organisation's name ("Press Office",
    "News") and without a leading article: "The University of Sheffield News" is
    "University of Sheffield"."""
    name = site_name.strip()
    while (tail := _SITE_TAIL.search(name)) is not None and tail.start() > 0:
        name = name[: tail.start()].rstrip()
    return _LEADING_THE.sub("", name, count=1)


@functools.lru_cache(maxsize=256)
def _whole_name_kind(name: str) -> str | None:
    """The kind of organisation ``name`` is, when the head-word rules read all of it as
    one university's or hospital's name; else None. Cached (speed): it depends on the name
    alone, and every page of a site gives the same one."""
    toks = tokenize(name)
    if not toks:
        return None
    last = len(toks) - 1
    kinds = {kind for i, j, kind in rule_candidates(name, toks, {}) if i == 0 and j == last}
    owned = sorted(kinds & OWNER_KINDS)
    return owned[0] if len(owned) == 1 else None
