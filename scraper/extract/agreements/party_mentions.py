"""The organisation mentions party finding reads, adjusted for how news names them.

Places are no parties: a continent, country or region recognised as an organisation
("universities from Europe and Africa", "Germany's Fraunhofer-Gesellschaft") is left out.
(Short forms of company names, "Kestrel" for "Kestrel Minerals plc", are mentions the
organisation finder makes: ``organisations.mentions._company_short_form``.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from scraper.extract.agreements.vocab import coreference as VC
from scraper.extract.sentences import Sentence


def without_places(sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """``sentences`` without mentions that name a place, not an organisation."""
    out = list(sentences)
    for k, sent in enumerate(sentences):
        if any(m.name in VC.PLACES_NOT_PARTIES for m in sent.orgs):
            out[k] = replace(
                sent, orgs=[m for m in sent.orgs if m.name not in VC.PLACES_NOT_PARTIES]
            )
    return out
