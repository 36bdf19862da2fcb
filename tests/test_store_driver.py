"""The store's hot statements on the DB-API cursor: the same rows and errors as SQLAlchemy's."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from dbfixtures import database_url, migrated_engine, postgres_server_url, postgres_url  # noqa: F401
from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import models as m
from pipeline.store import sql
from pipeline.store.frontier import KNOWN_KEYS
from pipeline.store.pages import insert_missing

WHEN = datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=UTC)


def _page(conn, key: str) -> int:  # noqa: ANN001 - a Connection
    source = conn.execute(insert(sql.SOURCES).returning(m.Source.id), {"name": "uni"})
    source_id = source.scalar_one_or_none()
    return int(
        conn.execute(
            insert(sql.PAGES).returning(m.Page.id),
            {"url_key": key, "url": f"https://{key}", "source_id": source_id, "fetched_at": WHEN},
        ).scalar_one()
    )


def test_converted_parameters_store_what_sqlalchemy_stores(migrated_engine: Engine) -> None:  # noqa: F811
    # Dates, JSON (None included) and booleans go through SQLAlchemy's conversions either way.
    values = {
        "parsed_at": WHEN,
        "parsed_by": {"title": "h1"},
        "layout_changed": True,
        "error": None,
        "kind": "article",
    }
    with migrated_engine.begin() as conn:
        first = _page(conn, "a.example/1")
        source_id = conn.scalar(select(m.Page.source_id).where(m.Page.id == first))
        second = int(
            conn.execute(
                insert(sql.PAGES).returning(m.Page.id),
                {
                    "url_key": "a.example/2",
                    "url": "https://a/2",
                    "source_id": source_id,
                    "fetched_at": WHEN,
                },
            ).scalar_one()
        )
        conn.execute(sql.UPDATE_PAGE, {"p_id": first, **values})
        sql.run_one(conn, sql.UPDATE_PAGE, {"p_id": second, **values})
        assert sql._driver_statement(conn, sql.UPDATE_PAGE, ("p_id", *values)) is not None
        assert sql.scalar(conn, sql.PAGE_KEY, {"p_id": second}) == "a.example/2"
        assert sql.first(conn, sql.PAGE_KEY, {"p_id": second + 100}) is None
    columns = [m.Page.parsed_at, m.Page.parsed_by, m.Page.layout_changed, m.Page.error]
    with migrated_engine.connect() as conn:
        rows = conn.execute(select(*columns).where(m.Page.id.in_([first, second]))).all()
    assert rows[0] == rows[1]
    assert rows[0][1] == {"title": "h1"} and rows[0][2] is True


def test_a_driver_error_is_raised_as_sqlalchemys(migrated_engine: Engine) -> None:  # noqa: F811
    # The page handler retries on SQLAlchemy's errors; a bare driver error would escape it.
    with pytest.raises(IntegrityError), migrated_engine.begin() as conn:
        sql.run_many(conn, sql.INSERT_PARTY, [{"agreement_id": 999, "organisation_id": 999}])
    with pytest.raises(IntegrityError), migrated_engine.begin() as conn:
        page_id = _page(conn, "b.example/1")
        sql.run_one(conn, sql.UPDATE_PAGE, {"p_id": page_id, "source_id": 12345})


def test_an_in_list_on_the_cursor_reads_what_sqlalchemy_reads(migrated_engine: Engine) -> None:  # noqa: F811
    with migrated_engine.begin() as conn:
        org = conn.execute(
            insert(sql.ORGANISATIONS).returning(m.Organisation.id), {"name": "Uni"}
        ).scalar_one()
        rows = [{"organisation_id": org, "alias": a, "alias_key": a} for a in ("uni", "u")]
        conn.execute(insert(sql.ALIASES), rows)
        keys = ["u", "nope", "uni"]
        through = sorted(tuple(r) for r in conn.execute(sql.ALIAS_OWNERS, {"p_keys": keys}))
        assert sorted(sql.rows_in(conn, sql.ALIAS_OWNERS, "p_keys", keys)) == through
        assert len(through) == 2
        assert sql.rows_in(conn, KNOWN_KEYS, "p_keys", ["a.example/1"]) == []
        assert sql.rows_in(conn, sql.ALIAS_OWNERS, "p_keys", []) == []
        # More values than a text is kept for: through SQLAlchemy, the same rows.
        many = [*keys, *(f"k{i}" for i in range(sql.MAX_IN_VALUES))]
        assert sorted(sql.rows_in(conn, sql.ALIAS_OWNERS, "p_keys", many)) == through
    with migrated_engine.begin() as conn:
        # Inserting on the cursor still counts what was new (the frontier's count of new URLs).
        with Session(bind=conn) as session:
            new = [{"name": "a"}, {"name": "b"}]
            assert insert_missing(session, m.Source, new, "name") == 2
            again = [{"name": "a"}, {"name": "c"}]
            assert insert_missing(session, m.Source, again, "name") == 1


def test_rows_read_on_the_cursor_are_what_sqlalchemy_reads(migrated_engine: Engine) -> None:  # noqa: F811
    # A date, a timestamp and a float come back as SQLAlchemy gives them (SQLite stores text).
    with migrated_engine.begin() as conn:
        page_id = _page(conn, "c.example/1")
        source_id = conn.scalar(select(m.Page.source_id).where(m.Page.id == page_id))
        article = {
            "page_id": page_id,
            "source_id": source_id,
            "url": "https://c.example/1",
            "title": "Two colleges sign",
            "published": date(2026, 2, 3),
            "body_text": "Two colleges signed a pact.",
            "extracted_at": WHEN,
        }
        article_id = conn.execute(
            insert(sql.ARTICLES).returning(m.Article.id), article
        ).scalar_one()
        agreements = [
            {"article_id": article_id, "identity_key": key, "type": "mou", "status": "signed",
             "evidence": "signed a pact", "confidence": confidence}
            for key, confidence in (("k1", 0.75), ("k2", 0.5))
        ]  # fmt: skip
        conn.execute(insert(sql.AGREEMENTS), agreements)
        params = {"p_id": page_id}
        through = conn.execute(sql.ARTICLE_OF_PAGE, params).first()
        assert through is not None
        assert sql.first(conn, sql.ARTICLE_OF_PAGE, params) == tuple(through)
        assert sql.first(conn, sql.ARTICLE_OF_PAGE, params)[4] == date(2026, 2, 3)  # type: ignore[index]
        assert sql.first(conn, sql.ARTICLE_OF_PAGE, {"p_id": page_id + 100}) is None
        by_article = {"p_id": article_id}
        read = sql.rows(conn, sql.AGREEMENT_ROWS_OF_ARTICLE, by_article)
        assert sorted(read) == sorted(
            tuple(r) for r in conn.execute(sql.AGREEMENT_ROWS_OF_ARTICLE, by_article)
        )
        assert sorted(r[-1] for r in read) == [0.5, 0.75]
        assert sql.rows(conn, sql.DATES_OF_ARTICLE, by_article) == []
    if migrated_engine.dialect.name == "sqlite":
        # The article's row is read on the DB-API cursor, its date converted there.
        converters = sql._converters(conn, sql.ARTICLE_OF_PAGE)
        assert converters is not None and len(converters) == 2
