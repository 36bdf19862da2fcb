"""docs/schema.md is generated from the models and migrations, and its examples run."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect

from db import queries
from db.engine import make_engine
from db.models import Base
from db.schema_doc import EXAMPLES, VIEW_PURPOSES, render

# Fixtures database_url, migrated_engine, filled_engine, postgres_url: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)

SCHEMA_MD = Path(__file__).resolve().parent.parent / "docs" / "schema.md"


def test_schema_md_is_up_to_date() -> None:
    assert SCHEMA_MD.read_text(encoding="utf-8") == render(), (
        "docs/schema.md is stale: run `python -m db.schema_doc > docs/schema.md`"
    )


def test_schema_md_covers_every_table_column_and_view() -> None:
    text = render()
    for table in Base.metadata.tables.values():
        assert f"### {table.name}\n" in text
        for column in table.columns:
            assert f"| {column.name} |" in text, f"{table.name}.{column.name}"
    for view, purpose in VIEW_PURPOSES.items():
        assert f"### {view}\n\n{purpose}" in text
    assert "## Example queries" in text


def test_every_view_has_a_purpose(migrated_engine: Engine) -> None:
    assert set(inspect(migrated_engine).get_view_names()) == set(VIEW_PURPOSES)


def test_example_queries_run(shared_filled_engine: Engine) -> None:
    dialect = shared_filled_engine.dialect.name
    reader = make_engine(
        shared_filled_engine.url.render_as_string(hide_password=False), read_only=True
    )
    results = {}
    try:
        with reader.connect() as conn:
            for title, sql, only in EXAMPLES:
                if only in (None, dialect):
                    results[title] = queries.run_readonly_sql(conn, sql)
    finally:
        reader.dispose()
    assert len(results) == len(EXAMPLES) - 1
    assert all(result.rows for result in results.values()), {
        title: result.rows for title, result in results.items()
    }
