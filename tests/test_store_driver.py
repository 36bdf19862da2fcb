"""The store's hot statements on the DB-API cursor: the same rows and errors as SQLAlchemy's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from dbfixtures import database_url, migrated_engine, postgres_server_url, postgres_url  # noqa: F401
from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from db import models as m
from pipeline.store import sql

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
