"""The gold sets the extraction is scored on, side by side, and the guard on held-out ones.

Tuned sets may be looked at while changing the extractors; held-out sets are
written by someone who has not seen the code and only measure. A held-out
set's content is pinned by a digest (``fixtures/eval-digests.json``): an eval
on a changed held-out set is refused unless the change is accepted, which
re-pins it, so that tuning on held-out pages cannot happen unnoticed.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate import Counts, Report, check_floors, evaluate, gold_files
from pipeline.evaluate_records import MergeScore
from pipeline.fixture_site import fixtures_dir
from scraper.source import Source

DIGESTS_FILE = fixtures_dir() / "eval-digests.json"
FLOORS_FILE = fixtures_dir() / "eval-floors.json"


@dataclass(frozen=True)
class EvalSet:
    """One folder of gold files: its name, where it is, and whether it is held out."""

    name: str
    gold_dir: Path
    held_out: bool
    about: str
    # Which gold mentions are one agreement (pipeline/evaluate_records.py), where annotated.
    identity: Path | None = None

    @property
    def files(self) -> list[Path]:
        """Its gold files (none when the folder is missing)."""
        return gold_files(self.gold_dir) if self.gold_dir.is_dir() else []


def eval_sets(root: Path | None = None) -> tuple[EvalSet, ...]:
    """Every set, tuned ones first."""
    base = root or fixtures_dir()
    return (
        EvalSet(
            "gold",
            base / "gold",
            False,
            "fixture site and recorded pages (tuned on)",
            base / "identity" / "gold.json",
        ),
        EvalSet(
            "newsdev",
            base / "newsdev" / "gold",
            False,
            "written from real news (tuned on)",
            base / "identity" / "newsdev.json",
        ),
        EvalSet("heldout", base / "heldout" / "gold", True, "university-style pages, held out"),
        EvalSet("newsheldout", base / "newsheldout" / "gold", True, "from real news, held out"),
    )


def set_digest(eval_set: EvalSet, root: Path | None = None) -> str:
    """SHA-256 over the set's gold files and the pages they annotate, in name order."""
    base = root or fixtures_dir()
    digest = hashlib.sha256()
    for path in eval_set.files:
        data = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + data + b"\0")
        page = base / json.loads(data).get("page", "")
        digest.update(page.read_bytes() if page.is_file() else b"<missing page>")
        digest.update(b"\0")
    return digest.hexdigest()


def changed_held_out(
    sets: Iterable[EvalSet], pinned: dict[str, str], root: Path | None = None
) -> list[str]:
    """Held-out sets whose content differs from the pinned digest, as readable lines."""
    out = []
    for eval_set in sets:
        if not eval_set.held_out or not eval_set.files:
            continue
        now = set_digest(eval_set, root)
        if pinned.get(eval_set.name) != now:
            was = pinned.get(eval_set.name, "nothing")[:12]
            out.append(f"held-out set {eval_set.name} changed (digest {now[:12]}, pinned {was})")
    return out


def read_json(path: Path) -> dict:
    """A JSON object from ``path``, or {} when the file is missing."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def pin_digests(sets: Iterable[EvalSet], root: Path | None = None) -> dict[str, str]:
    """Write the current digests of the held-out sets to ``DIGESTS_FILE``; return them."""
    pinned = read_json(DIGESTS_FILE)
    for eval_set in sets:
        if eval_set.held_out and eval_set.files:
            pinned[eval_set.name] = set_digest(eval_set, root)
    DIGESTS_FILE.write_text(json.dumps(pinned, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return pinned


def run_sets(source_for: Callable[[str], Source], sets: Sequence[EvalSet]) -> dict[str, Report]:
    """Score every set that has gold files."""
    return {
        s.name: evaluate(source_for, s.gold_dir, identity_file=s.identity) for s in sets if s.files
    }


MEASURES = (
    ("organisations F1", "organisations"),
    ("agreements (parties) F1", "agreements"),
    ("agreements (strict) F1", "agreements_strict"),
    ("dates in text F1", "dates"),
    ("published date acc.", "published"),
    ("title acc.", "title"),
    ("records B3 precision", "records_precision"),
    ("records B3 recall", "records_recall"),
    ("records B3 F1", "records_f1"),
)
_RECORD_MEASURES = {
    "records_precision": "precision",
    "records_recall": "recall",
    "records_f1": "f1",
}


def pooled(reports: Iterable[Report], measure: str) -> float | None:
    """One figure over several sets' pages together (micro-average); None for no pages."""
    reports = list(reports)
    if not reports:
        return None
    if measure in _RECORD_MEASURES:
        scored = [r.records for r in reports if r.records is not None]
        if not scored:
            return None
        merged = MergeScore()
        for score in scored:
            merged.add(score)
        return float(getattr(merged, _RECORD_MEASURES[measure]))
    if measure in ("published", "title"):
        right = sum(getattr(r, measure).right for r in reports)
        total = sum(getattr(r, measure).total for r in reports)
        return right / total if total else None
    counts = Counts()
    for r in reports:
        c = getattr(r, measure)
        counts.add(c.tp, c.fp, c.fn)
    return counts.f1


def figure(report: Report, measure: str) -> float | None:
    """The F1 (or accuracy) of one measure in one report; None where it was not measured."""
    if measure in _RECORD_MEASURES:
        if report.records is None:
            return None
        return float(getattr(report.records, _RECORD_MEASURES[measure]))
    if measure in ("published", "title"):
        return getattr(report, measure).value
    return getattr(report, measure).f1


def table(sets: Sequence[EvalSet], reports: dict[str, Report]) -> list[list[str]]:
    """Rows of the side-by-side table: measure, each set, tuned, held out, gap."""
    shown = [s for s in sets if s.name in reports]
    tuned = [reports[s.name] for s in shown if not s.held_out]
    held = [reports[s.name] for s in shown if s.held_out]
    header = [
        "measure",
        *(f"{s.name}{'*' if s.held_out else ''} ({reports[s.name].pages})" for s in shown),
        "tuned",
        "held out",
        "gap",
    ]
    rows = [header]
    for label, measure in MEASURES:
        row = [label, *(_shown(figure(reports[s.name], measure)) for s in shown)]
        t, h = pooled(tuned, measure), pooled(held, measure)
        row += [
            "" if t is None else f"{t:.3f}",
            "" if h is None else f"{h:.3f}",
            "" if t is None or h is None else f"{t - h:+.3f}",
        ]
        rows.append(row)
    return rows


def _shown(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def below_floors(reports: dict[str, Report], floors: dict[str, dict[str, float]]) -> list[str]:
    """Figures under their set's pinned floor, as readable lines (``check_floors`` per set)."""
    return [
        f"{name} {line}"
        for name, set_floors in sorted(floors.items())
        if name in reports
        for line in check_floors(reports[name].figures(), set_floors)
    ]


def kinds_table(reports: dict[str, Report]) -> list[list[str]]:
    """Mistakes by kind (rows) per set (columns), grouped by measure, most frequent first."""
    totals: Counter[str] = Counter()
    for report in reports.values():
        totals += report.kinds
    ordered = sorted(totals, key=lambda k: (k.split(":")[0], -totals[k], k))
    rows = [["mistakes by kind", *reports]]
    for kind in ordered:
        rows.append([kind, *(str(r.kinds.get(kind, 0)) for r in reports.values())])
    return rows
