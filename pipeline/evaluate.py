"""Score extraction against the hand-annotated pages in fixtures/gold/.

Matching rules (also in fixtures/gold/README.md):
- an extracted organisation matches a gold one when the normalised key
  (``scraper.keys.alias_key``) of its name or any alias equals that of the gold
  name or any gold alias; each gold organisation is matched at most once;
- an agreement matches on its party set, with parties mapped to gold
  organisations by the same rule ("parties"); "strict" also needs the same
  type and date;
- dates in the text match on (value, precision), as multisets; an unresolved
  mention (value None) matches a gold date whose value is null;
- the published date and title are scored per page, as accuracy.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.error_kinds import (
    agreement_kinds,
    date_kinds,
    evidence_kinds,
    organisation_kinds,
    party_forms,
    published_kind,
    strict_kinds,
    unmatched,
)
from pipeline.evaluate_records import MergeScore, PageGold, load_identity, score_merging
from pipeline.extraction import extract_page
from pipeline.fixture_site import EVAL_BASE_URL, fixtures_dir, render_fixture
from scraper.errors import ParseError
from scraper.keys import alias_key
from scraper.models import Extraction, Page, ParsedArticle
from scraper.source import Source

# After every annotated page was published, as a real fetch would be. A gold file whose
# page is published later says when it was fetched (``fetched_at``).
EVAL_FETCHED_AT = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)


@dataclass
class Counts:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        """Add one page's counts."""
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    """Share of pages where a single value was right."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """right / total; 1.0 for no pages."""
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    """Scores over the whole gold set, plus what went wrong page by page."""

    pages: int = 0
    organisations: Counts = field(default_factory=Counts)
    agreements: Counts = field(default_factory=Counts)
    agreements_strict: Counts = field(default_factory=Counts)
    dates: Counts = field(default_factory=Counts)
    published: Accuracy = field(default_factory=Accuracy)
    title: Accuracy = field(default_factory=Accuracy)
    problems: list[str] = field(default_factory=list)
    # Mistakes counted by kind, naming no page (``pipeline.error_kinds``).
    kinds: Counter[str] = field(default_factory=Counter)
    # The joining of the set's gold mentions into records, where identity is annotated.
    records: MergeScore | None = None

    def figures(self) -> dict[str, float]:
        """Flat figures, the keys used by the pinned floors."""
        out: dict[str, float] = {}
        if self.records is not None:
            out["records.bcubed_precision"] = round(self.records.precision, 4)
            out["records.bcubed_recall"] = round(self.records.recall, 4)
            out["records.bcubed_f1"] = round(self.records.f1, 4)
            out["records.pairwise_f1"] = round(self.records.pairwise_f1, 4)
        for name in ("organisations", "agreements", "agreements_strict", "dates"):
            counts: Counts = getattr(self, name)
            out[f"{name}.precision"] = round(counts.precision, 4)
            out[f"{name}.recall"] = round(counts.recall, 4)
            out[f"{name}.f1"] = round(counts.f1, 4)
        out["published.accuracy"] = round(self.published.value, 4)
        out["title.accuracy"] = round(self.title.value, 4)
        return out

    def rows(self) -> list[dict[str, Any]]:
        """One row per measure, for printing as a table."""
        rows: list[dict[str, Any]] = []
        for label, name in (
            ("organisations", "organisations"),
            ("agreements (parties)", "agreements"),
            ("agreements (strict)", "agreements_strict"),
            ("dates in text", "dates"),
        ):
            c: Counts = getattr(self, name)
            rows.append(
                {
                    "measure": label,
                    "precision": round(c.precision, 3),
                    "recall": round(c.recall, 3),
                    "f1": round(c.f1, 3),
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                }
            )
        for label, acc in (("published date", self.published), ("title", self.title)):
            rows.append(
                {
                    "measure": label,
                    "precision": None,
                    "recall": None,
                    "f1": round(acc.value, 3),
                    "tp": acc.right,
                    "fp": acc.total - acc.right,
                    "fn": None,
                }
            )
        return rows


def gold_files(gold_dir: Path | None = None) -> list[Path]:
    """The gold annotation files, sorted."""
    folder = gold_dir or fixtures_dir() / "gold"
    return sorted(p for p in folder.glob("*.json") if not p.name.startswith("_"))


def missing_pages(gold_dir: Path, root: Path | None = None) -> list[str]:
    """The gold files in ``gold_dir`` whose annotated page is not there, each as "gold
    file: page path" (a page is read relative to ``root``, by default the fixtures folder,
    unless the gold file gives an absolute path)."""
    base = root or fixtures_dir()
    out = []
    for path in gold_files(gold_dir):
        page = base / str(json.loads(path.read_text(encoding="utf-8")).get("page", ""))
        if not page.is_file():
            out.append(f"{path.name}: {page}")
    return out


def fetched_at(gold: dict[str, Any]) -> datetime:
    """When the annotated page was fetched: the gold file's ``fetched_at``, else
    ``EVAL_FETCHED_AT`` (a page cannot be fetched before it is published, and the parser
    rightly refuses a publication date after its fetch)."""
    stamp = gold.get("fetched_at")
    if not stamp:
        return EVAL_FETCHED_AT
    return datetime.fromisoformat(str(stamp).replace("Z", "+00:00")).astimezone(UTC)


def gold_page(gold: dict[str, Any], root: Path | None = None) -> Page:
    """The annotated page as the pipeline would see it after a fetch."""
    body = render_fixture(((root or fixtures_dir()) / gold["page"]).read_bytes(), EVAL_BASE_URL)
    return Page(
        url=gold["url"],
        body=body,
        fetched_at=fetched_at(gold),
        headers={"content-type": "text/html; charset=utf-8"},
    )


def _keys(name: str, aliases: Iterable[str]) -> set[str]:
    return {k for k in (alias_key(name), *(alias_key(a) for a in aliases)) if k}


def _map_organisations(
    extraction: Extraction, gold_orgs: Sequence[dict[str, Any]]
) -> tuple[dict[str, str], int, int, int]:
    """Map extracted names to gold names; return the mapping and tp, fp, fn."""
    gold_keys = [(g["name"], _keys(g["name"], g.get("aliases", []))) for g in gold_orgs]
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    fp = 0
    for org in extraction.organisations:
        keys = _keys(org.name, org.aliases)
        match = next((name for name, gk in gold_keys if gk & keys), None)
        if match is None or match in taken:
            # An unknown name, or a second entry for an organisation already
            # matched (the extractor failed to merge them): a false positive,
            # but its agreements still map to the right gold organisation.
            fp += 1
            if match is not None:
                mapping[org.name] = match
            continue
        mapping[org.name] = match
        taken.add(match)
    fn = len(gold_orgs) - len(taken)
    return mapping, len(taken), fp, fn


def _match_sets(predicted: list[Any], expected: list[Any]) -> tuple[int, int, int]:
    extra, missed = unmatched(predicted, expected)
    return len(predicted) - len(extra), len(extra), len(missed)


def score_page(extraction: Extraction, gold: dict[str, Any], report: Report) -> None:
    """Add one page's comparison to the report."""
    where = gold.get("page", "?")
    mapping, tp, fp, fn = _map_organisations(extraction, gold.get("organisations", []))
    report.organisations.add(tp, fp, fn)
    if fp or fn:
        got = sorted(o.name for o in extraction.organisations if o.name not in mapping)
        matched = set(mapping.values())
        missed = sorted(
            g["name"] for g in gold.get("organisations", []) if g["name"] not in matched
        )
        report.problems.append(f"{where}: organisations extra={got} missed={missed}")
    gold_orgs = gold.get("organisations", [])
    report.kinds += organisation_kinds(extraction, gold_orgs, mapping)

    def party_set(parties: Iterable[str]) -> frozenset[str]:
        return frozenset(mapping.get(p, f"?{p}") for p in parties)

    predicted = [party_set(a.parties) for a in extraction.agreements]
    expected = [frozenset(g["parties"]) for g in gold.get("agreements", [])]
    a_tp, a_fp, a_fn = _match_sets(predicted, expected)
    report.agreements.add(a_tp, a_fp, a_fn)
    recognised = set(mapping.values())
    report.kinds += agreement_kinds(predicted, expected, recognised)
    report.kinds += evidence_kinds(
        [(p, a.evidence) for p, a in zip(predicted, extraction.agreements, strict=True)],
        [
            (e, g.get("evidence", ""))
            for e, g in zip(expected, gold.get("agreements", []), strict=True)
        ],
        party_forms(extraction, gold_orgs, mapping),
        recognised,
    )
    strict_pred = [(party_set(a.parties), a.type, a.date) for a in extraction.agreements]
    strict_gold = [
        (frozenset(g["parties"]), g["type"], g.get("date")) for g in gold.get("agreements", [])
    ]
    s_tp, s_fp, s_fn = _match_sets(strict_pred, strict_gold)
    report.agreements_strict.add(s_tp, s_fp, s_fn)
    report.kinds += strict_kinds(strict_pred, strict_gold)
    if s_fp or s_fn:
        report.problems.append(
            f"{where}: agreements got={[(sorted(p), t, d) for p, t, d in strict_pred]} "
            f"want={[(sorted(p), t, d) for p, t, d in strict_gold]}"
        )

    d_pred = [(d.value, d.precision) for d in extraction.dates]
    d_gold = [(d["value"], d["precision"]) for d in gold.get("dates", [])]
    d_tp, d_fp, d_fn = _match_sets(d_pred, d_gold)
    report.dates.add(d_tp, d_fp, d_fn)
    report.kinds += date_kinds(d_pred, d_gold)

    published = extraction.article.published
    got_published = published.isoformat() if published else None
    report.published.total += 1
    if got_published == gold.get("published"):
        report.published.right += 1
    else:
        report.kinds[published_kind(got_published, gold.get("published")) or "?"] += 1
        report.problems.append(f"{where}: published {got_published} != {gold.get('published')}")
    report.title.total += 1
    if " ".join((extraction.article.title or "").split()) == " ".join(
        (gold.get("title") or "").split()
    ):
        report.title.right += 1
    else:
        report.problems.append(
            f"{where}: title {extraction.article.title!r} != {gold.get('title')!r}"
        )


def evaluate(
    source_for: Callable[[str], Source],
    gold_dir: Path | None = None,
    fixtures_root: Path | None = None,
    identity_file: Path | None = None,
) -> Report:
    """Run the pipeline's extraction on every gold page and score it.

    ``source_for`` picks the parser for a page URL (the registry's ``for_url``).
    With an ``identity_file`` (``fixtures/identity/<set>.json``) the joining
    of the gold mentions into agreement records is scored too
    (``pipeline.evaluate_records``).
    """
    report = Report()
    pages: list[PageGold] = []
    for path in gold_files(gold_dir):
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = gold_page(gold, fixtures_root)
        try:
            extraction = extract_page(page, source_for(page.url))
        except ParseError as exc:
            # A parser that refuses a page scores as having found nothing there.
            report.problems.append(f"{gold.get('page', path.name)}: {type(exc).__name__}: {exc}")
            report.kinds["page refused by its parser"] += 1
            extraction = Extraction(article=ParsedArticle(url=page.url, title=None))
        for warning in extraction.article.warnings:
            report.problems.append(f"{gold.get('page', path.name)}: {warning}")
        score_page(extraction, gold, report)
        report.pages += 1
        alternates = tuple(extraction.article.alternates.values())
        pages.append(PageGold(path.stem, gold, alternates))
    if identity_file is not None and identity_file.is_file():
        report.records = score_merging(pages, load_identity(identity_file))
        report.problems += report.records.problems
    return report


def check_floors(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """The figures that fell below their pinned floor, as readable lines."""
    return [
        f"{name}: {figures.get(name, 0.0):.3f} < floor {floor:.3f}"
        for name, floor in sorted(floors.items())
        if figures.get(name, 0.0) + 1e-9 < floor
    ]


def kinds_of_pages(gold_dir: Path | None = None) -> Counter[str]:
    """How many gold pages of each kind (article, listing, page)."""
    return Counter(
        json.loads(p.read_text(encoding="utf-8")).get("kind", "article")
        for p in gold_files(gold_dir)
    )
