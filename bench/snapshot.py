"""Compare a benchmark's outputs with a snapshot taken before a speed-up.

``bench/parse_hotpath.py`` and ``bench/extract_hotpath.py`` write every page's
output as JSON (``--snapshot``) and later check that a faster version still
gives exactly the same (``--check``); this prints where it does not.
"""

from __future__ import annotations

import json
from typing import Any


def report_differences(got: dict[str, Any], want: dict[str, Any], show: int = 5) -> int:
    """Print the first ``show`` differing pages, field by field; return how many differ."""
    differing = [k for k in sorted(set(got) | set(want)) if got.get(k) != want.get(k)]
    for key in differing[:show]:
        print(f"  differs: {key}")
        before, now = want.get(key), got.get(key)
        if before is None or now is None:
            print(f"    {'missing now' if now is None else 'not in snapshot'}")
            continue
        for name in sorted(set(before) | set(now)):
            if before.get(name) != now.get(name):
                print(f"    {name}: before {_shown(before.get(name))}")
                print(f"    {name}: now    {_shown(now.get(name))}")
    return len(differing)


def _shown(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)[:300]
