"""Measure the generic parser against htmldate and trafilatura, in one run.

    .venv/bin/python bench/extract.py [--limit N] [--shared PATH]
        [--no-speed | --speed-only | --dates-only]
        [--misses]

Parts:
  1. fixture pages (fixtures/site, fixtures/pages): gold agreement where a
     fixtures/gold file exists, and speed;
  2. htmldate-eval (../shared/benchmarks): publication-date accuracy of
     GenericSource vs htmldate.find_date (fast and extensive); --misses lists
     the pages we got wrong (URL, ours, gold, where ours came from, htmldate's);
  3. article-extraction-benchmark: body-text F1 (4-token shingles) of
     GenericSource.paragraphs vs trafilatura.extract;
  4. trafilatura-eval-subset: must/must-not segment F1, same two extractors;
  5. pages per second on one core: our parse, our full extraction
     (pipeline.extraction.extract_page), trafilatura.extract.

trafilatura and htmldate are bench-only dependencies, imported lazily. The
benchmark pages are evaluation data outside the repository: when the folder
is missing, those parts are skipped with a message.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scraper.generic import GenericSource  # noqa: E402
from scraper.html import decode_html  # noqa: E402
from scraper.models import Page  # noqa: E402

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
BASE_URL = "http://127.0.0.1:8000"


def optional(name: str) -> ModuleType | None:
    """Import a bench-only dependency, or say how to install it."""
    try:
        return __import__(name)
    except ImportError:
        print(
            f"  ! {name} is not installed: its columns are skipped "
            f"(.venv/bin/pip install trafilatura lxml_html_clean htmldate)"
        )
        return None


def page_of(url: str, body: bytes) -> Page:
    return Page(url=url, body=body, fetched_at=FETCHED, headers={"content-type": "text/html"})


def table(headers: list[str], rows: Iterable[list[Any]]) -> None:
    rows = [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    print("  " + "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  " + "  ".join("-" * w for w in widths))
    for row in rows:
        print("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


# -- 1. fixtures ------------------------------------------------------------------------


def fixture_pages() -> list[tuple[str, bytes, dict[str, Any] | None]]:
    """(url, body, gold) for every fixture page; gold when fixtures/gold describes it."""
    gold_by_page: dict[str, dict[str, Any]] = {}
    for path in sorted((REPO / "fixtures" / "gold").glob("*.json")):
        gold = json.loads(path.read_text())
        gold_by_page[gold["page"]] = gold
    out = []
    for folder in ("site", "pages"):
        for path in sorted((REPO / "fixtures" / folder).rglob("*.html")):
            rel = str(path.relative_to(REPO / "fixtures"))
            body = path.read_bytes().replace(b"{{BASE_URL}}", BASE_URL.encode())
            gold = gold_by_page.get(rel)
            if gold:
                url = gold["url"].replace("{{BASE_URL}}", BASE_URL)
            elif folder == "site":
                url = f"{BASE_URL}/{path.relative_to(REPO / 'fixtures' / 'site')}"
            else:
                url = f"https://example.org/{rel}"
            out.append((url, body, gold))
    return out


def bench_fixtures(pages: list[tuple[str, bytes, dict[str, Any] | None]]) -> None:
    print(f"\n1. Fixture pages: {len(pages)} ({sum(1 for p in pages if p[2])} with gold)")
    source = GenericSource()
    fields = Counter[str]()
    right = Counter[str]()
    for url, body, gold in pages:
        art = source.parse(page_of(url, body))
        if not gold:
            continue
        got = {
            "title": art.title,
            "published": art.published.isoformat() if art.published else None,
            "published_from": art.published_source or "none",
            "language": art.language,
            "kind": art.kind,
        }
        want = dict(gold)
        want["published_from"] = want.get("published_from") or "none"
        for key, value in got.items():
            if key in want:
                fields[key] += 1
                right[key] += value == want[key]
        if "links" in gold:
            links = [u.replace("{{BASE_URL}}", BASE_URL) for u in gold["links"]]
            fields["links"] += 1
            right["links"] += sorted(art.links) == sorted(links)
    if fields:
        table(
            ["field", "right", "of", "share"],
            [[k, right[k], n, right[k] / n] for k, n in fields.items()],
        )


# -- 2. htmldate-eval -------------------------------------------------------------------


def date_scores(outputs: list[str | None], truth: list[str | None]) -> dict[str, float]:
    """The htmldate evaluation: no output = fn, right day = tp, anything else = fp."""
    tp = fp = fn = 0
    for got, want in zip(outputs, truth, strict=True):
        if got is None:
            fn += 1
        elif want is not None and got == want:
            tp += 1
        else:
            fp += 1
    n = len(truth)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"precision": precision, "recall": recall, "accuracy": tp / n if n else 0.0, "f1": f1}


def bench_dates(root: Path, limit: int | None, misses: bool = False) -> None:
    folder = root / "htmldate-eval"
    print(f"\n2. Publication dates: {folder}")
    if not (folder / "manifest.jsonl").exists():
        print("  ! htmldate-eval is missing: part skipped")
        return
    entries = [json.loads(line) for line in (folder / "manifest.jsonl").read_text().splitlines()]
    entries = entries[:limit] if limit else entries
    htmldate = optional("htmldate")
    # The default languages (en, nl) and with German, which most of these pages are in.
    sources = {
        "GenericSource": GenericSource(),
        "GenericSource +de": GenericSource(languages=("en", "nl", "de")),
    }
    truth: list[str | None] = []
    runs: dict[str, list[str | None]] = {name: [] for name in sources}
    where = Counter[str]()
    sources_of: list[str] = []  # where "GenericSource +de" took each page's date from
    if htmldate:
        runs["htmldate fast"] = []
        runs["htmldate extensive"] = []
    for entry in entries:
        body = gzip.decompress((folder / entry["html"]).read_bytes())
        truth.append(entry.get("date"))
        for name, source in sources.items():
            art = source.parse(page_of(entry["url"], body))
            runs[name].append(art.published.isoformat() if art.published else None)
        where[art.published_source or "none"] += 1
        sources_of.append(art.published_source or "none")
        if htmldate:
            text = decode_html(body, None)[0]
            for key, extensive in (("htmldate fast", False), ("htmldate extensive", True)):
                try:
                    found = htmldate.find_date(
                        text, url=entry["url"], original_date=True, extensive_search=extensive
                    )
                except Exception:  # noqa: BLE001 - a crash counts as no output
                    found = None
                runs[key].append(found)
    rows = []
    for name, outputs in runs.items():
        s = date_scores(outputs, truth)
        rows.append([name, len(outputs), s["precision"], s["recall"], s["accuracy"], s["f1"]])
    table(["extractor", "pages", "precision", "recall", "accuracy", "F1"], rows)
    print(
        "  GenericSource +de published_source: "
        + ", ".join(f"{k} {v}" for k, v in where.most_common())
    )
    if misses:
        print_date_misses(entries, truth, runs, sources_of)


def print_date_misses(
    entries: list[dict[str, Any]],
    truth: list[str | None],
    runs: dict[str, list[str | None]],
    sources_of: list[str],
) -> None:
    """Every page "GenericSource +de" got wrong: URL, ours, gold, where ours came from,
    and htmldate's extensive answer when it ran, grouped by that source."""
    ours = runs["GenericSource +de"]
    theirs = runs.get("htmldate extensive")
    rows = [
        [
            sources_of[i],
            ours[i] or "-",
            truth[i] or "-",
            (theirs[i] or "-") if theirs else "n/a",
            entries[i]["url"][:100],
        ]
        for i in range(len(truth))
        if ours[i] is None or ours[i] != truth[i]
    ]
    rows.sort(key=lambda r: r[0])
    print(f"\n  misses of GenericSource +de: {len(rows)}")
    table(["ours from", "ours", "gold", "htmldate ext.", "url"], rows)


# -- 3. article-extraction-benchmark ----------------------------------------------------

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def shingle_match(truth: str, pred: str) -> tuple[float, float, float]:
    """tp, fp, fn over 4-token shingles, normalised so every page weighs the same."""
    t, p = shingles(truth), shingles(pred)
    tp = sum((p & t).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn or 1
    return tp / total, fp / total, fn / total


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def body_scores(matches: list[tuple[float, float, float]], exact: list[bool]) -> dict[str, float]:
    precisions = [_precision(*m) for m in matches if m[0] + m[1] > 0]
    recalls = [_recall(*m) for m in matches if m[0] + m[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": f1,
        "accuracy": sum(exact) / len(exact) if exact else 0.0,
    }


def bootstrap_f1(matches: list[tuple[float, float, float]], rounds: int = 1000) -> float:
    rng = random.Random(0)
    values = []
    for _ in range(rounds):
        sample = [matches[rng.randrange(len(matches))] for _ in matches]
        values.append(body_scores(sample, [False])["f1"])
    return statistics.pstdev(values)


def bench_bodies(
    root: Path, limit: int | None, trafilatura: ModuleType | None
) -> list[tuple[str, bytes]]:
    folder = root / "article-extraction-benchmark"
    print(f"\n3. Article bodies (4-token shingle F1): {folder}")
    if not (folder / "ground-truth.json").exists():
        print("  ! article-extraction-benchmark is missing: part skipped")
        return []
    truth = json.loads((folder / "ground-truth.json").read_text())
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    source = GenericSource()
    results: dict[str, tuple[list[tuple[float, float, float]], list[bool]]] = {
        "GenericSource": ([], [])
    }
    if trafilatura:
        results["trafilatura"] = ([], [])
    pages = []
    for page_id in ids:
        body = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        url = truth[page_id].get("url") or f"https://example.org/{page_id}"
        pages.append((url, body))
        reference = truth[page_id]["articleBody"]
        outputs = {"GenericSource": source.parse(page_of(url, body)).text}
        if trafilatura:
            outputs["trafilatura"] = trafilatura.extract(decode_html(body, None)[0], url=url) or ""
        for name, text in outputs.items():
            results[name][0].append(shingle_match(reference, text))
            results[name][1].append(_TOKEN.findall(reference) == _TOKEN.findall(text))
    rows = []
    for name, (matches, exact) in results.items():
        s = body_scores(matches, exact)
        rows.append(
            [
                name,
                len(matches),
                f"{s['f1']:.3f} ± {bootstrap_f1(matches):.3f}",
                s["precision"],
                s["recall"],
                s["accuracy"],
            ]
        )
    table(["extractor", "pages", "F1", "precision", "recall", "accuracy"], rows)
    return pages


def body_pages(root: Path, limit: int | None) -> list[tuple[str, bytes]]:
    """(url, body) of the article-extraction-benchmark pages, for the speed part."""
    folder = root / "article-extraction-benchmark"
    if not (folder / "ground-truth.json").exists():
        return []
    truth = json.loads((folder / "ground-truth.json").read_text())
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    return [
        (
            truth[i].get("url") or f"https://example.org/{i}",
            gzip.decompress((folder / "html" / f"{i}.html.gz").read_bytes()),
        )
        for i in ids
    ]


# -- 4. trafilatura-eval-subset ---------------------------------------------------------


def bench_segments(root: Path, limit: int | None, trafilatura: ModuleType | None) -> None:
    folder = root / "trafilatura-eval-subset"
    print(f"\n4. Must / must-not segments: {folder}")
    if not (folder / "manifest.jsonl").exists():
        print("  ! trafilatura-eval-subset is missing: part skipped")
        return
    entries = [json.loads(line) for line in (folder / "manifest.jsonl").read_text().splitlines()]
    entries = entries[:limit] if limit else entries
    source = GenericSource()
    counts: dict[str, Counter[str]] = {"GenericSource": Counter()}
    if trafilatura:
        counts["trafilatura"] = Counter()
    for entry in entries:
        body = gzip.decompress((folder / entry["html"]).read_bytes())
        outputs = {"GenericSource": source.parse(page_of(entry["url"], body)).text}
        if trafilatura:
            outputs["trafilatura"] = (
                trafilatura.extract(decode_html(body, None)[0], url=entry["url"]) or ""
            )
        for name, text in outputs.items():
            text = " ".join(text.split())
            for segment in entry.get("with", []):
                counts[name]["tp" if " ".join(segment.split()) in text else "fn"] += 1
            for segment in entry.get("without", []):
                counts[name]["fp" if " ".join(segment.split()) in text else "tn"] += 1
    rows = []
    for name, c in counts.items():
        tp, fp, fn, tn = c["tp"], c["fp"], c["fn"], c["tn"]
        rows.append([
            name, len(entries),
            tp / (tp + fp) if tp + fp else 0.0,
            tp / (tp + fn) if tp + fn else 0.0,
            (tp + tn) / max(1, tp + fp + fn + tn),
            2 * tp / (2 * tp + fp + fn) if tp else 0.0,
        ])  # fmt: skip
    table(["extractor", "pages", "precision", "recall", "accuracy", "F1"], rows)


# -- 5. speed ---------------------------------------------------------------------------


def pages_per_second(
    run: Callable[[str, bytes], object], pages: list[tuple[str, bytes]]
) -> tuple[float, int]:
    """Pages per second over all pages, and how many of them raised.

    A page that raises still counts (its time until the error included): one
    broken extractor should not hide the speed of the rest of the run.
    """
    errors = 0
    start = time.perf_counter()
    for url, body in pages:
        try:
            run(url, body)
        except Exception:  # noqa: BLE001 - counted and reported in the table
            errors += 1
    elapsed = time.perf_counter() - start
    return (len(pages) / elapsed if elapsed else float("inf")), errors


def bench_speed(sets: dict[str, list[tuple[str, bytes]]], trafilatura: ModuleType | None) -> None:
    print("\n5. Speed, one core (pages per second; higher is faster)")
    from pipeline.extraction import extract_page

    source = GenericSource()
    runners: dict[str, Callable[[str, bytes], object]] = {
        "our parse": lambda url, body: source.parse(page_of(url, body)),
        "our full extraction": lambda url, body: extract_page(page_of(url, body), source),
    }
    if trafilatura:
        runners["trafilatura.extract"] = lambda url, body: trafilatura.extract(
            decode_html(body, None)[0], url=url
        )
    rows = []
    for set_name, pages in sets.items():
        if not pages:
            continue
        for name, run in runners.items():
            pages_per_second(run, pages[:1])  # warm up imports and caches
            speed, errors = pages_per_second(run, pages)
            rows.append([set_name, len(pages), name, speed, errors])
    table(["pages", "n", "what", "pages/s", "raised"], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="at most N pages per benchmark")
    parser.add_argument(
        "--shared", type=Path, default=REPO.parent / "shared", help="the shared folder"
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the speed part")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="part 2: list every page whose publication date we got wrong",
    )
    parser.add_argument(
        "--speed-only", action="store_true", help="only the speed part (5), no quality parts"
    )
    parser.add_argument(
        "--dates-only", action="store_true", help="only the publication-date part (2)"
    )
    args = parser.parse_args(argv)

    print(f"campusnews extraction bench ({date.today().isoformat()})")
    fixtures = fixture_pages()
    root = args.shared / "benchmarks"
    real_pages: list[tuple[str, bytes]] = []
    trafilatura = None
    if args.dates_only:
        if not root.is_dir():
            print(f"\n! {root} is missing: nothing to measure")
            return 1
        bench_dates(root, args.limit, args.misses)
        return 0
    if args.speed_only:
        if not root.is_dir():
            print(f"\n! {root} is missing: speed is measured on the fixture pages only")
        real_pages = body_pages(root, args.limit)
    elif not root.is_dir():
        bench_fixtures(fixtures)
        print(f"\n! {root} is missing: the real-page parts (2-4) are skipped")
    else:
        bench_fixtures(fixtures)
        bench_dates(root, args.limit, args.misses)
        trafilatura = optional("trafilatura")
        real_pages = bench_bodies(root, args.limit, trafilatura)
        bench_segments(root, args.limit, trafilatura)
    if not args.no_speed:
        if trafilatura is None:
            trafilatura = optional("trafilatura")
        bench_speed(
            {
                "fixtures": [(u, b) for u, b, _ in fixtures],
                "article-extraction-benchmark": real_pages,
            },
            trafilatura,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
