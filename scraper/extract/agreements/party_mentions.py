"""The organisation mentions party finding reads, adjusted for how news names them.

Places are no parties: a continent, country or region recognised as an organisation
("universities from Europe and Africa", "Germany's Fraunhofer-Gesellschaft") is left out.
(Short forms of company names, "Kestrel" for "Kestrel Minerals plc", are mentions the
organisation finder makes: ``organisations.mentions._company_short_form``.)
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

from scraper.extract.agreements.vocab import coreference as VC
from scraper.extract.sentences import Sentence
from scraper.keys import alias_key


def without_places(sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """``sentences`` without mentions that name a place, not an organisation."""
    out = list(sentences)
    for k, sent in enumerate(sentences):
        if any(_a_place(m.name) for m in sent.orgs):
            out[k] = replace(sent, orgs=[m for m in sent.orgs if not _a_place(m.name)])
    return out


@functools.lru_cache(maxsize=1024)
def _a_place(name: str) -> bool:
    """``name`` is a country, continent or region ("Europe", "België", "Flanders")."""
    return alias_key(name) in VC.PLACES_NOT_PARTIES
