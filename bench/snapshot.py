"""Compare a benchmark's outputs with a snapshot taken before a speed-up.

``bench/parse_hotpath.py`` and ``bench/extract_hotpath.py`` write every page's
output as JSON (``--snapshot``) and later check that a faster version still
gives exactly the same (``--check``); this prints where it does not.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write_snapshot(path: Path, outputs: dict[str, Any]) -> None:
    """Write every page's output as sorted, indented JSON."""
    path.write_text(
        json.dumps(outputs, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
    )
    print(f"snapshot: {len(outputs)} pages written to {path}")


def check_snapshot(path: Path, outputs: dict[str, Any]) -> int:
    """Compare every page's output with the snapshot at ``path``; 0 when all are identical."""
    want = json.loads(path.read_text(encoding="utf-8"))
    # Round-trip through JSON so both sides compare as the same plain types.
    got = json.loads(json.dumps(outputs, ensure_ascii=False))
    differing = report_differences(got, want)
    if differing:
        print(f"check: {differing} of {len(set(got) | set(want))} pages differ")
        return 1
    print(f"check: identical for all {len(got)} pages")
    return 0


def report_differences(got: dict[str, Any], want: dict[str, Any], show: int = 5) -> int:
    """Print the first ``show`` differing pages, field by field; return how many differ."""
    differing = [k for k in sorted(set(got) | set(want)) if got.get(k) != want.get(k)]
    for key in differing[:show]:
        if "heldout" in key:
            # Held-out pages are never shown, only counted.
            print("  differs: a held-out page (not shown)")
            continue
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
