"""Agreement records: mentions joined into agreements, their lifecycle, a run's changes."""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session
from werkzeug import Request, Response

from db import models as m
from db import queries
from db.engine import make_engine
from db.queries import record_summaries, records_changed
from pipeline.cli import cli
from pipeline.records import Correction, MentionIn, build_records, lifecycle
from pipeline.records_store import rebuild_records

# Fixtures database_url, migrated_engine: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)


def _mention(n: int, **kw: object) -> MentionIn:
    base: dict[str, object] = {
        "agreement_id": n,
        "article_key": f"https://u.example/news/{n}",
        "identity_key": f"k{n}",
        "group": n,
        "type": "agreement",
        "status": "signed",
        "parties": frozenset({1, 2}),
        "date": None,
        "published": "2024-03-05",
    }
    base.update(kw)
    return MentionIn(**base)  # type: ignore[arg-type]


def _groups(plans: list) -> list[set[int]]:
    return [{x.agreement_id for x in plan.mentions} for plan in plans]


def test_a_translation_and_a_follow_up_are_one_record_with_a_lifecycle() -> None:
    signed_en = _mention(1, date="2024-03-04", precision="day")
    signed_nl = _mention(2, group=1, type="partnership", date="2024-03-04", precision="day")
    ended = _mention(
        3,
        type="termination",
        status="ended",
        date="2025-06",
        precision="month",
        published="2025-06-10",
        evidence="The agreement expired in June 2025.",
    )
    other_pair = _mention(4, parties=frozenset({1, 3}))
    plans = build_records([ended, other_pair, signed_nl, signed_en])
    assert _groups(plans) == [{1, 2, 3}, {4}]
    record = plans[0]
    assert [(e.kind, e.date, e.detail) for e in record.events] == [
        ("signed", "2024-03-04", None),
        ("ended", "2025-06", "expired"),
    ]
    assert record.status == "ended"
    assert (record.first_date, record.last_date) == ("2024-03-04", "2025-06")
    assert record.reasons[2].startswith("translation of the same article")
    assert record.reasons[3].startswith("follow-up: same parties")
    assert "translation" in record.reason and "follow-up" in record.reason


def test_two_signings_on_different_dates_are_two_records() -> None:
    first = _mention(1, date="2019", precision="year")
    second = _mention(2, date="2023-05-01", precision="day", published="2023-05-02")
    renewal = _mention(3, status="renewed", date="2024", published="2024-01-10")
    plans = build_records([first, second, renewal])
    # The renewal joins the earliest record it may; the second signing stays apart.
    assert _groups(plans) == [{1, 3}, {2}]
    assert plans[0].status == "extended"


def test_different_parties_or_types_never_join() -> None:
    plans = build_records(
        [
            _mention(1),
            _mention(2, parties=frozenset({1, 2, 3})),
            _mention(3, type="joint_programme"),
        ]
    )
    assert _groups(plans) == [{1}, {2}, {3}]
    assert all(plan.reason == "" for plan in plans)


def test_records_are_the_same_whatever_order_the_mentions_come_in() -> None:
    mentions = [
        _mention(n, date=f"20{10 + n % 5}", published=f"20{10 + n}-01-01") for n in range(1, 12)
    ]
    expected = [(p.key, sorted(_groups([p])[0])) for p in build_records(mentions)]
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert [(p.key, sorted(_groups([p])[0])) for p in build_records(shuffled)] == expected


def test_an_analysts_split_and_merge_are_kept() -> None:
    a, b, c = _mention(1), _mention(2), _mention(3, parties=frozenset({5, 6}))
    assert _groups(build_records([a, b, c])) == [{1, 2}, {3}]
    split = Correction("split", b.stable_id)
    assert _groups(build_records([a, b, c], [split])) == [{1}, {2}, {3}]
    merge = Correction("merge", a.stable_id, c.stable_id)
    plans = build_records([a, b, c], [split, merge])
    assert _groups(plans) == [{1, 3}, {2}]
    assert "analyst merge" in plans[0].reason


def test_a_standing_collaboration_is_not_the_agreement_that_ends() -> None:
    since = _mention(1, status="ongoing", date="2016")
    ends = _mention(2, type="termination", status="ended", date="2024-12-31")
    loose = _mention(3, type="collaboration", status="ongoing", date="2012")
    undated = _mention(4, type="collaboration", status="ongoing", parties=frozenset({1, 3}))
    signed = _mention(5, status="signed", date="2020", parties=frozenset({1, 3}))
    plans = build_records([since, ends, loose, undated, signed])
    assert sorted(map(sorted, _groups(plans))) == [[1, 2], [3], [4], [5]]
    assert next(p for p in plans if p.mentions[0] is since).status == "ended"


def test_a_merger_called_off_does_not_end_the_joint_degree_that_goes_on() -> None:
    page = "https://u.example/news/merger-off"
    called_off = _mention(
        1,
        article_key=page,
        type="termination",
        status="ended",
        date="2026-09-14",
        evidence="A and B have decided not to proceed with their planned merger.",
    )
    degree = _mention(
        2,
        article_key=page,
        type="joint_programme",
        status="ongoing",
        date="2017",
        evidence="The two will go on offering the joint degree they launched in 2017.",
    )
    letter = _mention(3, type="mou", date="2024-03", precision="month")
    groups = _groups(build_records([called_off, degree, letter]))
    assert sorted(groups, key=min) == [{1, 3}, {2}]  # the letter of intent and its end
    # An ending that names no merger may still end the degree.
    ended = replace(called_off, evidence="A and B have ended their cooperation.")
    assert {1, 2} <= next(g for g in _groups(build_records([ended, degree])) if 1 in g)


def test_an_announcement_after_the_signing_does_not_undo_it() -> None:
    events = lifecycle([_mention(1, date="2024"), _mention(2, status="planned", date="2025")])
    assert [e.kind for e in events] == ["signed", "announced"]
    plans = build_records([_mention(1, date="2024"), _mention(2, status="planned", date="2025")])
    assert plans[0].status == "signed"


# --- in the database, through real crawls ---

SIGNED_EN = (
    "Leiden University and TNO signed a research agreement on quantum sensing on 4 March 2024. "
    "The agreement runs for five years."
)
SIGNED_NL = (
    "De Universiteit Leiden en TNO hebben op 4 maart 2024 een onderzoeksovereenkomst over "
    "quantumsensoren ondertekend."
)
ENDED_EN = "Leiden University and TNO have terminated their research agreement on quantum sensing."


class AgreementSite:
    """A news site with an en/nl announcement (hreflang) that can later publish its end."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.items = [
            ("en/signed", "en", "Leiden and TNO sign agreement", "2024-03-05", SIGNED_EN),
            ("nl/signed", "nl", "Leiden en TNO tekenen overeenkomst", "2024-03-05", SIGNED_NL),
        ]
        server.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
        server.expect_request("/news").respond_with_handler(self.listing)
        for path in ("en/signed", "nl/signed", "en/ended"):
            server.expect_request(f"/{path}").respond_with_handler(self.article)

    def publish_end(self) -> None:
        self.items.insert(
            0, ("en/ended", "en", "Leiden and TNO end agreement", "2025-06-10", ENDED_EN)
        )

    def listing(self, request: Request) -> Response:
        items = "".join(
            f"<li class='news-item'><a href='/{path}'>{title}</a> "
            f"<time datetime='{day}'>{day}</time><p>Teaser.</p></li>"
            for path, _, title, day, _ in self.items
        )
        body = (
            "<html lang='en'><head><title>News</title></head><body><main><h1>News</h1>"
            f"<ul class='news-list'>{items}</ul></main></body></html>"
        )
        return Response(body, content_type="text/html")

    def article(self, request: Request) -> Response:
        path = request.path.strip("/")
        _, lang, title, day, text = next(item for item in self.items if item[0] == path)
        alternates = ""
        if path.endswith("signed"):
            for code in ("en", "nl"):
                url = self.server.url_for(f"/{code}/signed")
                alternates += f"<link rel='alternate' hreflang='{code}' href='{url}'>"
        body = (
            f"<html lang='{lang}'><head><title>{title}</title>{alternates}"
            f"<meta property='article:published_time' content='{day}'></head>"
            f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
        )
        return Response(body, content_type="text/html")


@pytest.fixture
def site(httpserver: HTTPServer) -> Iterator[AgreementSite]:
    yield AgreementSite(httpserver)


def _run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def _crawl(db: Path, site: AgreementSite) -> int:
    start = site.server.url_for("/news")
    _run(db, "crawl", "--start-url", start, "--allow-private", "--delay", "0")
    engine = make_engine(str(db))
    try:
        with Session(engine) as session:
            return int(session.scalar(select(m.CrawlRun.id).order_by(m.CrawlRun.id.desc())))
    finally:
        engine.dispose()


def test_two_crawls_make_one_record_and_log_its_changes(
    site: AgreementSite, tmp_path: Path
) -> None:
    db = tmp_path / "records.db"
    first_run = _crawl(db, site)
    engine = make_engine(str(db))
    try:
        with engine.connect() as conn:
            records = record_summaries(conn)
            assert len(records) == 1
            record = records[0]
            assert record.parties == ("Leiden University", "TNO")
            assert (record.status, record.articles, record.first_date) == (
                "signed",
                2,
                "2024-03-04",
            )
            assert [s.change for s in records_changed(conn, first_run)] == ["new"]

        site.publish_end()
        second_run = _crawl(db, site)
        with engine.connect() as conn:
            records = record_summaries(conn)
            assert [(r.id, r.status, r.articles) for r in records] == [(record.id, "ended", 3)]
            assert [e.kind for e in records[0].events] == ["signed", "ended"]
            changed = records_changed(conn, second_run)
            assert [(s.id, s.change) for s in changed] == [(record.id, "status: signed -> ended")]
            # Nothing new in the first run's digest changed meanwhile.
            assert [s.change for s in records_changed(conn, first_run)] == ["new"]

        # An analyst splits the Dutch mention off; the correction survives reparse --all.
        with engine.connect() as conn:
            nl = next(x for x in records[0].mentions if x.lang == "nl")
        shown = _run(db, "records", "show", str(record.id))
        assert "joined because: translation of the same article" in shown
        assert f"#{nl.agreement_id}" in shown
        _run(db, "records", "split", str(nl.agreement_id), "--note", "test")
        _run(db, "reparse", "--all")
        with engine.connect() as conn:
            after = record_summaries(conn)
        assert sorted(r.articles for r in after) == [1, 2]
        assert record.id in {r.id for r in after}
        assert any(r.mentions[0].lang == "nl" and r.articles == 1 for r in after)
        assert "split" in _run(db, "records", "corrections")

        # Records are what 'query agreements' lists; --mentions the article rows.
        rows = json.loads(_run(db, "query", "agreements", "--json"))
        assert list(rows[0]) == list(queries.RECORD_COLUMNS)
        assert len(rows) == 2
        assert len(json.loads(_run(db, "query", "agreements", "--mentions", "--json"))) == 3
        exported = list(
            csv.DictReader(io.StringIO(_run(db, "export", "records", "--format", "csv")))
        )
        assert sorted(int(row["articles"]) for row in exported) == [1, 2]
        edges = list(csv.DictReader(io.StringIO(_run(db, "graph", "--format", "csv"))))
        assert [e["status"] for e in edges] == ["ended", "signed"]
        assert set(edges[0]) == set(queries.GRAPH_EDGE_COLUMNS)

        # Merging the two mentions back by hand, then dropping both corrections.
        english = next(x for r in after for x in r.mentions if x.lang == "en")
        _run(db, "records", "merge", str(nl.agreement_id), str(english.agreement_id))
        assert len(json.loads(_run(db, "query", "agreements", "--json"))) == 1
        _run(db, "records", "forget", "1")
        _run(db, "records", "forget", "2")
        with engine.connect() as conn:
            [again] = record_summaries(conn)
        assert again.articles == 3 and again.id == record.id
        bad = CliRunner().invoke(cli, ["--db", str(db), "records", "show", "999"])
        assert bad.exit_code == 2 and "no agreement record 999" in bad.output
    finally:
        engine.dispose()


def _store_article(
    session: Session, n: int, lang: str, text: str, published: str, status: str = "signed"
) -> int:
    from pipeline.store import save_extraction, save_fetch
    from scraper.models import Agreement, Extraction, FetchResult, Organisation, ParsedArticle

    url = f"https://u.example/{lang}/news/{n}"
    result = FetchResult(
        url=url,
        final_url=url,
        status=200,
        headers={"content-type": "text/html"},
        body=f"<html>{n}</html>".encode(),
        fetched_at=datetime(2025, 7, 1, tzinfo=UTC),
    )
    _, page_id = save_fetch(session, result, kind="page", source="uni", run_id=None)
    assert page_id is not None
    extraction = Extraction(
        article=ParsedArticle(
            url=url,
            title=f"item {n}",
            paragraphs=(text,),
            published=date.fromisoformat(published),
            language=lang,
        ),
        organisations=(
            Organisation("Leiden University", ("Universiteit Leiden",)),
            Organisation("TNO"),
        ),
        agreements=(
            Agreement(
                type="termination" if status == "ended" else "agreement",
                parties=("Leiden University", "TNO"),
                status=status,  # type: ignore[arg-type]
                evidence=text,
                date=published,
                date_precision="day",
            ),
        ),
    )
    article_id = save_extraction(
        session,
        page_id,
        extraction,
        parser="generic",
        version=1,
        canonical_key=None,
        now=datetime(2025, 7, 1, tzinfo=UTC),
    )
    assert article_id is not None
    return article_id


def _new_run(session: Session) -> int:
    run = m.CrawlRun(started_at=datetime(2025, 7, 1, tzinfo=UTC), status="ok")
    session.add(run)
    session.flush()
    return run.id


def test_rebuilds_are_stable_on_both_databases(migrated_engine: Engine) -> None:
    with Session(migrated_engine) as session, session.begin():
        en = _store_article(session, 1, "en", SIGNED_EN, "2024-03-04")
        nl = _store_article(session, 2, "nl", SIGNED_NL, "2024-03-04")
        session.get(m.Article, nl).translation_of_id = en  # type: ignore[union-attr]
        first = rebuild_records(session, run_id=_new_run(session))
    assert (first.records, first.mentions, first.new) == (1, 2, 1)
    with Session(migrated_engine) as session, session.begin():
        _store_article(session, 3, "en", ENDED_EN, "2025-06-10", "ended")
        run2 = _new_run(session)
        second = rebuild_records(session, run_id=run2)
        again = rebuild_records(session)
    assert (second.records, second.new, second.status_changed) == (1, 0, 1)
    assert (again.new, again.status_changed, again.removed) == (0, 0, 0)
    with migrated_engine.connect() as conn:
        [record] = record_summaries(conn, org="Universiteit Leiden", status="ended")
        assert record.articles == 3 and record.record_key
        assert [s.change for s in records_changed(conn, run2)] == ["status: signed -> ended"]
        assert record_summaries(conn, status="signed") == []
        assert record_summaries(conn, since="2026") == []
        assert [r.id for r in record_summaries(conn, ids=[record.id])] == [record.id]
        # The views, for SQL and Datasette, say the same on both databases.
        view = conn.execute(
            text("SELECT parties, articles, mentions, status FROM agreement_records")
        )
        assert view.all() == [("Leiden University; TNO", 3, 3, "ended")]
        events = conn.execute(
            text(
                "SELECT kind, detail, parties, article_url FROM agreement_events ORDER BY position"
            )
        ).all()
        assert [(e.kind, e.detail) for e in events] == [("signed", None), ("ended", "terminated")]
        assert events[1].article_url == "https://u.example/en/news/3"
        assert events[0].parties == "Leiden University; TNO"


def test_an_upgraded_database_gets_its_records_and_an_unbuilt_one_says_so(tmp_path: Path) -> None:
    from db.migrate import upgrade

    db = tmp_path / "old.db"
    engine = make_engine(str(db))
    try:
        upgrade(engine, "0006")  # before agreement records existed
        with Session(engine) as session, session.begin():
            _store_article(session, 1, "en", SIGNED_EN, "2024-03-04")
        _run(db, "db", "upgrade")
        rows = json.loads(_run(db, "query", "agreements", "--json"))
        assert [(r["parties"], r["status"]) for r in rows] == [("Leiden University; TNO", "signed")]

        with Session(engine) as session, session.begin():
            session.execute(m.AgreementRecord.__table__.delete())
        result = CliRunner().invoke(cli, ["--db", str(db), "query", "agreements", "--json"])
        assert result.exit_code == 0
        assert json.loads(result.stdout) == []
        assert "run 'campusnews records rebuild'" in result.stderr
    finally:
        engine.dispose()


def test_a_digest_of_more_records_than_one_in_list_holds(migrated_engine: Engine) -> None:
    with Session(migrated_engine) as session, session.begin():
        org_a = m.Organisation(name="A")
        session.add(org_a)
        session.flush()
        page = m.Page(url_key="u", url="u", source_id=_source(session), fetched_at=NOW)
        session.add(page)
        session.flush()
        article = m.Article(
            page_id=page.id, source_id=page.source_id, url="u", body_text="", extracted_at=NOW
        )
        session.add(article)
        session.flush()
        for n in range(600):  # more than db.queries._CHUNK
            other = m.Organisation(name=f"B{n}")
            session.add(other)
            agreement = m.Agreement(
                article_id=article.id,
                identity_key=f"k{n}",
                type="mou",
                status="signed",
                evidence="x",
                confidence=0.5,
            )
            session.add(agreement)
            session.flush()
            session.add_all(
                [
                    m.AgreementParty(agreement_id=agreement.id, organisation_id=org_a.id),
                    m.AgreementParty(agreement_id=agreement.id, organisation_id=other.id),
                ]
            )
        run = _new_run(session)
        assert rebuild_records(session, run_id=run).new == 600
    with migrated_engine.connect() as conn:
        changed = records_changed(conn, run)
        assert len(changed) == 600 and {s.change for s in changed} == {"new"}
        assert len(record_summaries(conn, ids=[s.id for s in changed], limit=7)) == 7


def _source(session: Session) -> int:
    source = m.Source(name="uni")
    session.add(source)
    session.flush()
    return source.id


NOW = datetime(2025, 7, 1, tzinfo=UTC)


def test_rebuilds_from_two_workers_at_once_take_turns(migrated_engine: Engine) -> None:
    import threading

    with Session(migrated_engine) as session, session.begin():
        for n in range(1, 4):
            _store_article(session, n, "en", SIGNED_EN, f"202{n}-03-04")
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def worker() -> None:
        try:
            start.wait()
            for _ in range(3):
                with Session(migrated_engine) as session, session.begin():
                    rebuild_records(session)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with migrated_engine.connect() as conn:
        assert sorted(r.first_date for r in record_summaries(conn)) == [
            "2021-03-04",
            "2022-03-04",
            "2023-03-04",
        ]
