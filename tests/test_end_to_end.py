"""The whole path: the fixture site over real HTTP -> crawl -> SQLite -> queries."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models as m
from db.engine import make_engine
from pipeline.cli import cli
from pipeline.fixture_site import fixtures_dir, serve_site
from pipeline.not_found import PROBE_PATH

GOLD = fixtures_dir() / "gold"


def _gold_site_paths(kinds: tuple[str, ...]) -> set[str]:
    paths = set()
    for path in GOLD.glob("site-*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("kind", "article") in kinds:
            paths.add(urlsplit(gold["url"]).path)
    return paths


def _counts(db: Path) -> dict[str, int]:
    engine = make_engine(str(db))
    with Session(engine) as s:
        out = {
            model.__tablename__: int(s.scalar(select(func.count()).select_from(model)) or 0)
            for model in (
                m.Page,
                m.PageBody,
                m.Article,
                m.Organisation,
                m.OrganisationAlias,
                m.Agreement,
                m.AgreementParty,
                m.DateMention,
                m.FrontierURL,
            )
        }
    engine.dispose()
    return out


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Crawl the fixture site twice into one database; keep what each run saw."""
    db = tmp_path_factory.mktemp("e2e") / "campusnews.db"
    runner = CliRunner()
    with serve_site() as (base_url, log):
        args = [
            "--db",
            str(db),
            "crawl",
            "--start-url",
            base_url + "/",
            "--allow-private",
            "--delay",
            "0",
            "--per-host",
            "4",
        ]
        first = runner.invoke(cli, args)
        first_log = list(log)
        counts_first = _counts(db)
        log.clear()
        second = runner.invoke(cli, args)
        second_log = list(log)
        counts_second = _counts(db)
    return {
        "db": db,
        "base": base_url,
        "first": first,
        "second": second,
        "first_log": first_log,
        "second_log": second_log,
        "counts_first": counts_first,
        "counts_second": counts_second,
    }


def test_crawl_succeeds_quietly(crawled: dict[str, object]) -> None:
    first = crawled["first"]
    assert first.exit_code == 0, first.output  # type: ignore[attr-defined]
    # Not a terminal and nothing failed: cron mails nothing.
    assert first.output == ""  # type: ignore[attr-defined]


def test_disallowed_pages_are_never_fetched(crawled: dict[str, object]) -> None:
    requested = [p.removeprefix("C ") for p in crawled["first_log"]]  # type: ignore[attr-defined]
    assert "/robots.txt" in requested
    assert not [p for p in requested if p.startswith("/en/news/internal/")]
    engine = make_engine(str(crawled["db"]))
    with Session(engine) as s:
        denied = s.scalars(select(m.Page.url).where(m.Page.error_kind == "robots")).all()
    assert denied and all("/en/news/internal/" in u for u in denied)


def test_every_article_is_stored_exactly_once(crawled: dict[str, object]) -> None:
    engine = make_engine(str(crawled["db"]))
    with Session(engine) as s:
        urls = s.scalars(select(m.Article.url)).all()
    paths = [urlsplit(u).path for u in urls]
    assert len(paths) == len(set(paths)), "an article was stored twice"
    expected = _gold_site_paths(("article", "page"))
    assert expected, "no gold pages for the fixture site"
    assert expected <= set(paths), f"missing: {sorted(expected - set(paths))}"


def test_listings_are_pages_not_articles(crawled: dict[str, object]) -> None:
    engine = make_engine(str(crawled["db"]))
    listings = _gold_site_paths(("listing",))
    with Session(engine) as s:
        article_paths = {urlsplit(u).path for u in s.scalars(select(m.Article.url))}
        page_paths = {urlsplit(u).path for u in s.scalars(select(m.Page.url))}
    assert listings <= page_paths
    assert not listings & article_paths


def test_agreements_were_extracted(crawled: dict[str, object]) -> None:
    counts = crawled["counts_first"]
    assert counts["agreements"] > 0 and counts["agreement_parties"] >= 2 * counts["agreements"]  # type: ignore[index]
    assert counts["organisations"] > 5  # type: ignore[index]


def test_second_crawl_changes_nothing_and_only_asks_conditionally(
    crawled: dict[str, object],
) -> None:
    second = crawled["second"]
    assert second.exit_code == 0, second.output  # type: ignore[attr-defined]
    assert crawled["counts_second"] == crawled["counts_first"]
    # robots.txt and the probe for the site's not-found page are asked afresh every run.
    requests = [
        p
        for p in crawled["second_log"]  # type: ignore[attr-defined]
        if p != "/robots.txt" and PROBE_PATH not in p
    ]
    assert requests, "the second run fetched nothing at all"
    unconditional = [p for p in requests if not p.startswith("C ")]
    assert not unconditional, f"unconditional requests on the second run: {unconditional}"


def test_reparse_twice_changes_nothing(crawled: dict[str, object], tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    with sqlite3.connect(str(crawled["db"])) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    before = _counts(db)
    for _ in range(2):
        result = CliRunner().invoke(cli, ["--db", str(db), "reparse", "--all"])
        assert result.exit_code == 0, result.output
    assert _counts(db) == before


def test_a_source_whose_layout_changed_loses_nothing_and_fails_loudly(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    db = tmp_path / "c.db"
    with serve_site() as (base_url, _log):
        config.write_text(
            "[sources.tudelft-mirror]\n"
            'parser = "tudelft"\n'
            f'start_urls = ["{base_url}/en/news/"]\n'
            'hosts = ["127.0.0.1"]\n'
            "allow_private = true\n"
            "delay = 0\n"
        )
        result = CliRunner().invoke(cli, ["--config", str(config), "--db", str(db), "crawl"])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("source ")]
    assert len(lines) == 1
    assert re.match(
        r"source tudelft-mirror: layout changed, \d+ pages read by the generic parser", lines[0]
    )
    engine = make_engine(str(db))
    with Session(engine) as s:
        marked = s.scalar(select(func.count()).where(m.Page.layout_changed.is_(True)))
        articles = s.scalar(select(func.count(m.Article.id)))
        parsed_by = s.scalars(select(m.Page.parsed_by).where(m.Page.layout_changed.is_(True)))
        assert {"page": "generic"} in list(parsed_by)
    # The tudelft selectors match nothing on this site, yet every article is stored.
    assert marked and articles and articles >= 20
    assert str(marked) in lines[0]


def test_no_url_is_fetched_twice_in_one_run(crawled: dict[str, object]) -> None:
    requested = [p.removeprefix("C ") for p in crawled["first_log"]]  # type: ignore[attr-defined]
    twice = sorted({p for p in requested if requested.count(p) > 1})
    assert not twice, f"fetched more than once in one run: {twice}"


def test_a_crashing_parser_is_recorded_and_the_crawl_goes_on(tmp_path: Path) -> None:
    import dataclasses

    from pipeline.crawl import SourcePlan, run_crawl
    from pipeline.settings import Settings
    from scraper.generic import GenericSource
    from scraper.models import Page, ParsedArticle
    from scraper.policy import SourceScope

    class CrashesOnPrizes(GenericSource):
        def parse(self, page: Page) -> ParsedArticle:
            if "prize" in page.url:
                raise RuntimeError("boom")
            return super().parse(page)

    settings = Settings()
    settings = dataclasses.replace(settings, policy=dataclasses.replace(settings.policy, delay=0))
    engine = make_engine(str(tmp_path / "c.db"))
    from db.migrate import upgrade

    upgrade(engine)
    with serve_site() as (base_url, _log):
        plan = SourcePlan(
            name="site",
            parser=CrashesOnPrizes(),
            scope=SourceScope(name="site", hosts=frozenset({"127.0.0.1"}), allow_private=True),
            start_urls=(base_url + "/",),
        )
        report = run_crawl(engine, settings, [plan])
    assert report.failed_sources["site"].startswith("ParserCrashed: RuntimeError: boom")
    with Session(engine) as s:
        crashed = s.scalars(select(m.Page.url).where(m.Page.error_kind == "parse_crash")).all()
        articles = s.scalar(select(func.count(m.Article.id)))
    assert crashed and all("prize" in u for u in crashed)
    assert articles and articles > 10


def _contents(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the extraction tables, without the columns that record when."""
    out = {}
    with sqlite3.connect(db) as conn:
        for table in ("articles", "organisations", "agreements", "agreement_parties", "pages"):
            columns = [
                row[1]
                for row in conn.execute(f"pragma table_info({table})")
                if not row[1].endswith("_at")
            ]
            out[table] = sorted(
                conn.execute(f"select {', '.join(columns)} from {table}").fetchall(), key=repr
            )
    return out


def test_reparse_with_parse_workers_stores_what_one_process_stores(
    crawled: dict[str, object], tmp_path: Path
) -> None:
    dumps = []
    for workers in ("0", "1"):
        db = tmp_path / f"copy-{workers}.db"
        with sqlite3.connect(str(crawled["db"])) as src, sqlite3.connect(db) as dst:
            src.backup(dst)
        args = ["--db", str(db), "reparse", "--all", "--parse-workers", workers]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        dumps.append(_contents(db))
    assert dumps[0]["articles"], "the fixture crawl stored no articles"
    assert dumps[1] == dumps[0]
