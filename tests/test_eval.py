"""Extraction quality over fixtures/gold/ may not drop below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.eval_sets import (
    DIGESTS_FILE,
    EvalSet,
    below_floors,
    changed_held_out,
    eval_sets,
    run_sets,
    set_digest,
)
from pipeline.evaluate import (
    Counts,
    Report,
    check_floors,
    evaluate,
    fetched_at,
    gold_files,
    kinds_of_pages,
    score_page,
)
from pipeline.evaluate_records import PageGold, load_identity, score_merging
from pipeline.fixture_site import fixtures_dir
from scraper.models import DateMention, Extraction, ParsedArticle
from scraper.registry import load_registry

FLOORS = fixtures_dir() / "eval-floors.json"


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return run_sets(load_registry().for_url, eval_sets())


def test_gold_set_is_large_and_varied() -> None:
    kinds = kinds_of_pages()
    assert len(gold_files()) >= 30
    assert kinds["article"] >= 25 and kinds["listing"] >= 2 and kinds["page"] >= 1
    languages = {json.loads(p.read_text(encoding="utf-8"))["language"] for p in gold_files()}
    assert languages == {"en", "nl"}


def test_every_tuned_page_is_fetched_after_it_was_published() -> None:
    """A page published after the eval's fetch time must say when it was fetched: the
    parser rightly refuses a publication date later than the fetch."""
    late = []
    for eval_set in eval_sets():
        if eval_set.held_out:
            continue
        for path in eval_set.files:
            gold = json.loads(path.read_text(encoding="utf-8"))
            published = gold.get("published")
            if published and published > fetched_at(gold).date().isoformat():
                late.append(path.name)
    assert late == [], f"published after the eval fetches them; add fetched_at: {late}"


def test_a_gold_fetched_at_replaces_the_eval_fetch_time() -> None:
    assert fetched_at({"fetched_at": "2027-03-24T12:00:00Z"}).isoformat() == (
        "2027-03-24T12:00:00+00:00"
    )
    assert fetched_at({}).isoformat() == "2026-12-31T12:00:00+00:00"


def test_every_set_stays_above_its_pinned_floors(reports: dict[str, Report]) -> None:
    floors = json.loads(FLOORS.read_text())
    for eval_set in eval_sets():
        if eval_set.files:
            assert eval_set.name in floors, f"no floors pinned for set {eval_set.name}"
            assert set(floors[eval_set.name]) >= {
                "organisations.f1",
                "agreements.f1",
                "agreements_strict.f1",
                "published.accuracy",
                "dates.f1",
            }
    for name, report in reports.items():
        print(f"\n{name}: " + ", ".join(f"{k} {v:.3f}" for k, v in report.figures().items()))
    below = below_floors(reports, floors)
    assert not below, "extraction got worse: " + "; ".join(below)


def test_held_out_sets_are_the_pinned_ones() -> None:
    changed = changed_held_out(eval_sets(), json.loads(DIGESTS_FILE.read_text()))
    assert not changed, (
        "; ".join(changed) + ": fix annotations only on purpose, then re-pin with "
        "'campusnews eval --accept-heldout-change'"
    )


def test_a_changed_held_out_set_is_refused_until_accepted(tmp_path: Path) -> None:
    held = EvalSet("mine", tmp_path / "gold", True, "test")
    held.gold_dir.mkdir()
    (tmp_path / "p.html").write_text("<h1>T</h1>")
    (held.gold_dir / "p.json").write_text(json.dumps({"page": "p.html"}))
    pinned = {"mine": set_digest(held, tmp_path)}
    assert changed_held_out([held], pinned, tmp_path) == []
    (tmp_path / "p.html").write_text("<h1>T2</h1>")  # the page, not only the annotation
    assert changed_held_out([held], pinned, tmp_path) == [
        f"held-out set mine changed (digest {set_digest(held, tmp_path)[:12]}, "
        f"pinned {pinned['mine'][:12]})"
    ]


def test_eval_prints_every_set_side_by_side_with_the_gap() -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    result = CliRunner().invoke(cli, ["eval", "--set", "gold", "--set", "heldout"])
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split()
    assert header[:2] == ["measure", "gold"] and "heldout*" in header and header[-1] == "gap"
    refused = CliRunner().invoke(cli, ["eval", "--set", "nope"])
    assert refused.exit_code != 0 and "unknown set 'nope'" in refused.stderr


def test_eval_gold_refuses_a_gold_file_whose_page_is_missing_in_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    gold = json.loads(gold_files()[0].read_text(encoding="utf-8"))
    gold["page"] = "gold/pages/no-such-page.html"
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "a.json" in result.stderr and "no-such-page.html" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def test_counts_arithmetic() -> None:
    c = Counts(tp=8, fp=2, fn=2)
    assert (c.precision, c.recall) == (0.8, 0.8)
    assert round(c.f1, 3) == 0.8
    assert Counts().f1 == 1.0


def test_a_floor_above_the_figure_is_reported() -> None:
    assert check_floors({"organisations.f1": 0.5}, {"organisations.f1": 0.9}) == [
        "organisations.f1: 0.500 < floor 0.900"
    ]


def test_missing_agreement_counts_against_recall(tmp_path: Path) -> None:
    # A gold page whose agreement the extractor cannot find: recall drops below 1.
    page = tmp_path / "p.html"
    page.write_text(
        "<html lang='en'><head><title>T</title></head><body><article><h1>T</h1>"
        "<p>Nothing happened at all.</p></article></body></html>"
    )
    gold = {
        "page": "p.html",
        "url": "https://x.example/a",
        "kind": "article",
        "title": "T",
        "published": None,
        "language": "en",
        "organisations": [
            {"name": "Leiden University", "aliases": ["Leiden University"]},
            {"name": "TNO", "aliases": ["TNO"]},
        ],
        "agreements": [
            {
                "type": "agreement",
                "parties": ["Leiden University", "TNO"],
                "date": None,
                "date_precision": None,
                "status": "signed",
                "evidence": "x",
            }
        ],
        "dates": [],
    }
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "p.json").write_text(json.dumps(gold))
    report = evaluate(load_registry().for_url, gold_dir, tmp_path)
    assert report.agreements.fn == 1 and report.agreements.recall == 0.0
    assert report.organisations.fn == 2


def test_a_page_its_parser_refuses_is_read_by_the_generic_parser(tmp_path: Path) -> None:
    from scraper.errors import LayoutChanged
    from scraper.models import Page

    class Refuses:
        name, hosts, start_urls, version, languages, date_order = "x", (), (), 1, ("en",), "DMY"

        def parse(self, page: Page) -> ParsedArticle:
            raise LayoutChanged("x: 0 matches for 'h1' (expected exactly 1)")

    (tmp_path / "p.html").write_text("<html><body><h1>T</h1></body></html>")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "p.json").write_text(
        json.dumps(
            {
                "page": "p.html",
                "url": "https://x.example/a",
                "kind": "article",
                "title": "T",
                "published": "2024-01-02",
                "language": "en",
                "organisations": [{"name": "TNO", "aliases": ["TNO"]}],
                "agreements": [],
                "dates": [],
            }
        )
    )
    report = evaluate(lambda url: Refuses(), gold_dir, tmp_path)
    assert report.pages == 1
    assert report.title.right == 1  # the generic parser read the heading
    assert any("layout changed" in p for p in report.problems)


# -- agreement identity: the joining of mentions into records ----------------------


def test_identity_gold_names_only_existing_mentions_once() -> None:
    for eval_set in eval_sets():
        if eval_set.held_out or eval_set.identity is None or not eval_set.identity.is_file():
            continue
        identity = load_identity(eval_set.identity)
        assert len(set(identity.values())) >= 10, eval_set.name
        counts = {
            p.stem: len(json.loads(p.read_text(encoding="utf-8")).get("agreements", []))
            for p in eval_set.files
        }
        for mention in identity:
            stem, index = mention.rsplit("#", 1)
            assert stem in counts and int(index) < counts[stem], f"{eval_set.name}: {mention}"


def test_merging_figures_are_printed_and_pinned(reports: dict[str, Report]) -> None:
    floors = json.loads(FLOORS.read_text())
    for name in ("gold", "newsdev"):
        assert reports[name].records is not None
        assert {"records.bcubed_precision", "records.bcubed_recall"} <= set(floors[name])
        assert reports[name].records.mentions == sum(
            len(json.loads(p.read_text(encoding="utf-8")).get("agreements", []))
            for p in gold_files(eval_sets()[0 if name == "gold" else 1].gold_dir)
        )


def _page_gold(stem: str, url: str, agreements: list[dict]) -> PageGold:
    orgs = [{"name": n, "aliases": [n]} for a in agreements for n in a["parties"]]
    return PageGold(
        stem,
        {"url": url, "published": "2024-01-01", "organisations": orgs, "agreements": agreements},
    )


def test_merge_score_counts_a_wrong_and_a_missed_join() -> None:
    signed = {"type": "agreement", "status": "signed", "parties": ["A", "B"], "date": "2020"}
    renewed = {"type": "agreement", "status": "renewed", "parties": ["A", "B"], "date": "2024"}
    other = {"type": "mou", "status": "signed", "parties": ["A", "B"], "date": "2024"}
    pages = [
        _page_gold("p1", "https://x.example/1", [signed]),
        _page_gold("p2", "https://x.example/2", [renewed, other]),
    ]
    # Gold: the renewal and the MoU are one agreement (the merger keeps them apart),
    # the signing is another (the merger joins it to the renewal).
    score = score_merging(pages, {"p2#0": "x", "p2#1": "x"})
    assert (score.pairs_right, score.pairs_wrong, score.pairs_missed) == (0, 1, 1)
    assert round(score.precision, 3) == round((1 / 2 + 1 / 2 + 1) / 3, 3)
    assert round(score.recall, 3) == round((1 + 1 / 2 + 1 / 2) / 3, 3)
    perfect = score_merging(pages, {"p1#0": "y", "p2#0": "y"})
    assert (perfect.precision, perfect.recall, perfect.pairwise_f1) == (1.0, 1.0, 1.0)
    assert score_merging(pages, {"p9#0": "z"}).problems[0].startswith("identity names p9#0")


def test_unresolved_dates_match_gold_dates_without_a_value() -> None:
    extraction = Extraction(
        article=ParsedArticle(url="https://x.example/a", title=None),
        dates=(DateMention("yesterday", None, "day"), DateMention("2019", "2019", "year")),
    )
    gold = {
        "page": "p.html",
        "published": None,
        "title": None,
        "dates": [
            {"text": "yesterday", "value": None, "precision": "day"},
            {"text": "2019", "value": "2019", "precision": "year"},
        ],
    }
    report = Report()
    score_page(extraction, gold, report)
    assert (report.dates.tp, report.dates.fp, report.dates.fn) == (2, 0, 0)
    # Where the gold has a value, a mention without one has not found it.
    gold["dates"][0]["value"] = "2025-03-11"
    report = Report()
    score_page(extraction, gold, report)
    assert (report.dates.tp, report.dates.fp, report.dates.fn) == (1, 1, 1)
