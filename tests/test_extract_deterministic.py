"""Extraction must not depend on the interpreter's string hashing.

Python salts ``str`` hashes per process (``PYTHONHASHSEED``), so iterating a set of names
gives another order in every run. Where a rule's result depends on that order (which
short form is tied first), the same page gives other organisations in another process,
and the eval figures move between two runs of the same code. Each case below is
extracted in processes with different seeds; every process must print the same result.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A company named three ways ("Norvik", "Norvik Diagnostics", "Norvik Diagnostics ApS"):
# which short form is tied to which name once depended on a set's order.
COMPANY_NAMED_THREE_WAYS = (
    "Norvik Diagnostics and Linnaeus University Hospital strengthen ties with co-development deal",
    "Norvik Diagnostics and Linnaeus University Hospital have strengthened their ties with a "
    "co-development agreement for rapid sepsis tests, the company said on Tuesday.",
    "The agreement was formalised at the hospital's Växjö site on 16 April and was signed by "
    "Norvik's chief executive and by the hospital director on behalf of Linnaeus University "
    "Hospital. It gives the hospital's laboratory early access to Norvik's cartridge platform, "
    "and gives Norvik access to anonymised samples from the hospital's biobank.",
    "Region Kronoberg, which owns the hospital, approved the terms in March; its framework "
    "agreement with Norvik on laboratory supplies, signed in 2023, remains in force.",
    "Norvik's Danish subsidiary, Norvik Diagnostics ApS, will manufacture the cartridges used "
    "in the studies.",
    "About Norvik Diagnostics",
    "Norvik Diagnostics develops point-of-care tests for infectious disease.",
)

_SCRIPT = """
import json, sys
from datetime import date
from scraper.extract import extract
from scraper.models import ParsedArticle
units = json.loads(sys.stdin.read())
article = ParsedArticle(url="https://www.norvik.com/news/2026/04/sepsis", title=units[0],
                        paragraphs=tuple(units[1:]), published=date(2026, 4, 16), language="en")
found = extract(article)
print(json.dumps({
    "organisations": sorted((o.name, sorted(o.aliases)) for o in found.organisations),
    "agreements": sorted((sorted(a.parties), a.type) for a in found.agreements),
}, sort_keys=True))
"""


def _extract_with_seed(units: tuple[str, ...], seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        input=json.dumps(units),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize("units", [COMPANY_NAMED_THREE_WAYS], ids=["company-named-three-ways"])
def test_the_same_page_gives_the_same_extraction_under_every_hash_seed(
    units: tuple[str, ...],
) -> None:
    results = {_extract_with_seed(units, seed) for seed in range(8)}
    assert len(results) == 1, "\n".join(sorted(results))
    assert json.loads(results.pop())["organisations"]  # the case names organisations at all
