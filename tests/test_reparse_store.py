"""Reparse's batched, pooled store writes exactly the rows of storing one page at a time.

The reference is the plain path: each stored page parsed and stored in a
transaction of its own (``extract_and_store``, as the crawl stores a page),
then the records rebuilt. Every table is dumped (timestamps left out) and
compared, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from db import models as m
from db.engine import make_engine
from db.migrate import upgrade
from db.queries import stored_page, stored_pages
from pipeline.fixture_site import render_fixture, site_dir
from pipeline.page_handler import content_kind, extract_and_store
from pipeline.parse_worker import extraction_from_wire, extraction_to_wire
from pipeline.records_store import update_records
from pipeline.reparse import REPARSE_BATCH, parse_stored
from pipeline.store import save_fetch
from pipeline.store.pages import stored_bodies
from scraper.errors import ParseError
from scraper.generic import GenericSource
from scraper.models import Extraction, FetchResult, Page

pytest_plugins = ("dbfixtures",)

BASE = "http://site.test"
# Tables whose rows the crawl run or the clock writes, not the extraction.
NOT_COMPARED = {"crawl_runs", "host_slots", "frontier", "record_changes"}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def databases(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[list[Engine]]:
    """Three empty migrated databases of one dialect."""
    with ExitStack() as stack:
        if request.param == "sqlite":
            urls = [f"sqlite:///{tmp_path / f'db{i}.db'}" for i in range(3)]
        else:
            from dbfixtures import _postgres_database

            server = request.getfixturevalue("postgres_server_url")
            urls = [stack.enter_context(_postgres_database(server)) for _ in range(3)]
        engines = [make_engine(url) for url in urls]
        for engine in engines:
            upgrade(engine)
            stack.callback(engine.dispose)
        yield engines


def _site_pages() -> list[tuple[str, bytes]]:
    """The fixture site's HTML pages, a duplicate of one of them and a soft 404."""
    root = site_dir()
    pages = []
    for path in sorted(root.rglob("*.html")):
        folder = path.parent.relative_to(root).as_posix()
        url = BASE + "/" if folder == "." else f"{BASE}/{folder}/"
        pages.append((url, render_fixture(path.read_bytes(), BASE)))
    article = next(body for url, body in pages if "spinoza-prize" in url)
    pages.append((BASE + "/en/news/copy-of-the-prize/", article))
    pages.append(
        (
            BASE + "/en/gone/",
            b"<html><head><title>Page not found</title></head><body></body></html>",
        )
    )
    return pages


def _store_unparsed(engine: Engine, pages: list[tuple[str, bytes]]) -> None:
    """Store the pages as a crawl's fetches, none of them parsed yet."""
    for url, body in pages:
        result = FetchResult(
            url=url,
            final_url=url,
            status=200,
            headers={"content-type": "text/html; charset=utf-8"},
            body=body,
            fetched_at=datetime(2025, 3, 1, tzinfo=UTC),
        )
        with Session(engine) as session, session.begin():
            save_fetch(session, result, kind="page", source="site", run_id=None)


def _reparse_one_page_at_a_time(engine: Engine) -> None:
    """The reference: every page in a transaction of its own, in id order, then the records."""
    parser = GenericSource()
    with engine.connect() as conn:
        ids = [row[0] for row in stored_pages(conn)]
    for page_id in ids:
        with Session(engine) as session, session.begin():
            page = stored_page(session.connection(), page_id)
            if page is None or content_kind(page, "page") != "html":
                continue
            try:
                extract_and_store(session, page_id, page, parser)
            except ParseError:
                pass
    update_records(engine, None)


def _dump(engine: Engine, *, ids: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every compared table's rows, sorted, without the columns that record when.

    ``ids=False`` names agreements and date mentions by their identity within
    their article instead of their row id (a row written again gets a new one),
    and leaves out the records (rebuilt from the mentions with new ids each time).
    """
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        identity = dict(conn.execute(text("SELECT id, identity_key FROM agreements")).all())
        for table in m.Base.metadata.sorted_tables:
            if table.name in NOT_COMPARED or (not ids and table.name.startswith("record")):
                continue
            columns = [c for c in table.columns if not c.name.endswith("_at")]
            rows = []
            for row in conn.execute(select(*columns)):
                values = dict(row._mapping)
                if not ids and table.name in ("agreements", "date_mentions"):
                    values.pop("id")
                if not ids and "agreement_id" in values:
                    values["agreement_id"] = identity.get(values["agreement_id"])
                rows.append(tuple(sorted(values.items())))
            out[table.name] = sorted(rows, key=repr)
        if engine.dialect.name == "sqlite":
            # The full-text index agrees with the articles it indexes.
            conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"))
            out["search"] = sorted(
                conn.execute(
                    text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'agreement'")
                ).all()
            )
        else:
            out["search"] = sorted(
                conn.execute(
                    text(
                        "SELECT id FROM articles "
                        "WHERE search_vector @@ to_tsquery('simple', 'agreement')"
                    )
                ).all()
            )
    return out


def _perturb(extraction: Extraction) -> Extraction:
    """Another title, fewer organisations, agreements and dates."""
    article = extraction.article
    return dataclasses.replace(
        extraction,
        article=dataclasses.replace(article, title=f"{article.title} (draft)"),
        organisations=extraction.organisations[1:],
        agreements=extraction.agreements[:-1],
        dates=extraction.dates[::2],
    )


@pytest.mark.parametrize("workers", [0, 1])
def test_reparse_stores_what_one_page_at_a_time_stores(
    databases: list[Engine], workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference, batched, changed = databases
    pages = _site_pages()
    assert len(pages) > REPARSE_BATCH // 2
    for engine in databases:
        _store_unparsed(engine, pages)
    _reparse_one_page_at_a_time(reference)
    expected = _dump(reference)
    assert expected["articles"] and expected["agreements"] and expected["date_mentions"]
    assert any(dict(row)["translation_of_id"] for row in expected["articles"])

    # First extraction of every page, batched (and with a parse worker).
    parse_stored(batched, None, GenericSource(), only_outdated=False, workers=workers)
    assert _dump(batched) == expected
    # Again: nothing changed, so nothing is written again; every row keeps its id.
    parse_stored(batched, None, GenericSource(), only_outdated=False, workers=workers)
    assert _dump(batched) == expected

    # A parser that read the pages differently, then the right one again: the
    # rows that changed back are the reference's (agreements and dates by identity).
    parse_stored(changed, None, GenericSource(), only_outdated=False, workers=workers)
    import pipeline.extraction as extraction_module

    original = extraction_module.extract_page
    monkeypatch.setattr(
        "pipeline.page_handler.extract_page", lambda page, parser: _perturb(original(page, parser))
    )
    parse_stored(changed, None, GenericSource(), only_outdated=False, workers=0)
    assert _dump(changed, ids=False) != _dump(reference, ids=False)
    monkeypatch.undo()
    parse_stored(changed, None, GenericSource(), only_outdated=False, workers=workers)
    assert _dump(changed, ids=False) == _dump(reference, ids=False)


def test_stored_bodies_reads_pages_as_stored_page_does(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "c.db"))
    upgrade(engine)
    pages = _site_pages()[:5]
    _store_unparsed(engine, pages)
    with engine.connect() as conn:
        ids = [row[0] for row in stored_pages(conn)]
        batch = stored_bodies(conn, ids)
        assert batch == {page_id: stored_page(conn, page_id) for page_id in ids}
        assert stored_bodies(conn, []) == {}
    engine.dispose()


def test_an_extraction_travels_as_tuples_unchanged() -> None:
    from pipeline.extraction import extract_page

    for url, body in _site_pages():
        page = Page(
            url=url,
            body=body,
            fetched_at=datetime(2025, 3, 1, tzinfo=UTC),
            headers={"content-type": "text/html"},
        )
        try:
            extraction = extract_page(page, GenericSource())
        except ParseError:
            continue
        back = extraction_from_wire(extraction_to_wire(extraction))
        assert back == extraction
        assert [d.span for d in back.dates] == [d.span for d in extraction.dates]
