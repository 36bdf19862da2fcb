"""Migrations on SQLite and PostgreSQL: upgrade, no drift from db/models.py, downgrade."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from db import queries
from db.engine import make_engine
from db.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    head_revision,
    made_by_hand,
    needs_upgrade,
    upgrade,
)
from db.models import Base

# Fixtures database_url, migrated_engine, filled_engine, postgres_url: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)

VIEWS = {
    "agreement_details",
    "agreements_by_organisation",
    "organisation_summary",
    "recent_articles",
    "source_health",
    "agreement_records",
    "agreement_events",
}
MODEL_TABLES = set(Base.metadata.tables)


def _drift(engine: Engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": made_by_hand, "compare_type": True}
        )
        return compare_metadata(context, Base.metadata)


def _downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_the_head_revision_constant_is_alembics_head(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "head.db"))
    try:
        assert head_revision(engine) == HEAD_REVISION
        assert current_revision(engine) is None
        assert needs_upgrade(engine)
        upgrade(engine, "0001")
        assert needs_upgrade(engine)
        upgrade(engine)
        assert not needs_upgrade(engine)
    finally:
        engine.dispose()


def test_upgrade_head_matches_the_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        assert current_revision(engine) == head_revision(engine) == HEAD_REVISION
        assert _drift(engine) == []
        inspector = inspect(engine)
        assert MODEL_TABLES <= set(inspector.get_table_names())
        assert VIEWS <= set(inspector.get_view_names())
    finally:
        engine.dispose()


def test_drift_check_notices_a_missing_model_column(database_url: str) -> None:
    """The check above can fail: a column the models lack shows up as drift."""
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE sources ADD COLUMN homepage VARCHAR(200)"))
        diffs = _drift(engine)
    finally:
        engine.dispose()
    assert [(d[0], d[3].name) for d in diffs] == [("remove_column", "homepage")]


def test_downgrade_to_base_and_back(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        _downgrade(engine, "0001")
        inspector = inspect(engine)
        assert not VIEWS & set(inspector.get_view_names())
        assert not any(name.startswith("articles_fts") for name in inspector.get_table_names())
        assert "search_vector" not in {c["name"] for c in inspector.get_columns("articles")}
        _downgrade(engine, "base")
        left = set(inspect(engine).get_table_names()) - {"alembic_version"}
        assert left == set()
        assert current_revision(engine) is None
        upgrade(engine)
        assert _drift(engine) == []
    finally:
        engine.dispose()


def test_upgrade_indexes_articles_stored_before_0002(database_url: str) -> None:
    engine = make_engine(database_url)
    now = datetime(2025, 3, 1, tzinfo=UTC)
    try:
        upgrade(engine, "0001")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO sources (id, name) VALUES (1, 'leiden')"))
            conn.execute(
                text(
                    "INSERT INTO pages (id, url_key, url, source_id, kind, fetched_at) "
                    "VALUES (1, 'u', 'https://x.example/a', 1, 'article', :now)"
                ),
                {"now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO articles (id, page_id, source_id, url, kind, title, body_text, "
                    "extracted_at) VALUES (1, 1, 1, 'https://x.example/a', 'article', "
                    "'Herbarium digitised', 'Millions of dried plants are now online.', :now)"
                ),
                {"now": now},
            )
        upgrade(engine)
        with engine.connect() as conn:
            hits = queries.search(conn, "dried plants")
    finally:
        engine.dispose()
    assert [hit["title"] for hit in hits] == ["Herbarium digitised"]


def test_0008_makes_date_values_nullable_and_keeps_the_views(database_url: str) -> None:
    engine = make_engine(database_url)
    now = datetime(2025, 3, 1, tzinfo=UTC)
    insert_date = text(
        "INSERT INTO date_mentions (article_id, position, text, value, precision) "
        "VALUES (1, :pos, :text, :value, 'day')"
    )
    try:
        upgrade(engine, "0006")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO sources (id, name) VALUES (1, 'leiden')"))
            conn.execute(
                text(
                    "INSERT INTO pages (id, url_key, url, source_id, kind, fetched_at) "
                    "VALUES (1, 'u', 'https://x.example/a', 1, 'article', :now)"
                ),
                {"now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO articles (id, page_id, source_id, url, kind, title, body_text, "
                    "extracted_at) VALUES (1, 1, 1, 'https://x.example/a', 'article', "
                    "'Signed', 'Signed on 12 March 2025.', :now)"
                ),
                {"now": now},
            )
            conn.execute(insert_date, {"pos": 0, "text": "12 March 2025", "value": "2025-03-12"})
        upgrade(engine)
        assert _drift(engine) == []
        with engine.begin() as conn:
            conn.execute(insert_date, {"pos": 1, "text": "yesterday", "value": None})
        with engine.connect() as conn:
            kept = conn.execute(
                text("SELECT text, value FROM date_mentions ORDER BY position")
            ).all()
            for view in VIEWS:
                conn.execute(text(f"SELECT * FROM {view}")).all()
        assert [tuple(r) for r in kept] == [("12 March 2025", "2025-03-12"), ("yesterday", None)]
        assert VIEWS <= set(inspect(engine).get_view_names())
        _downgrade(engine, "0006")
        with engine.connect() as conn:
            left = conn.execute(text("SELECT text FROM date_mentions")).scalars().all()
            assert conn.execute(text("SELECT count(*) FROM recent_articles")).scalar() == 1
        assert left == ["12 March 2025"]
    finally:
        engine.dispose()
