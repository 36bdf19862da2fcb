"""db/tables.py, the Core copy of the schema the read queries use, follows db/models.py."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db import models, tables
from db.tables_gen import render

ROOT = Path(__file__).resolve().parent.parent


def test_tables_py_is_up_to_date() -> None:
    current = (ROOT / "db" / "tables.py").read_text(encoding="utf-8")
    assert current == render(), (
        "db/tables.py is stale: run `python -m db.tables_gen > db/tables.py`"
    )


def test_every_model_column_has_its_core_namesake() -> None:
    """Same tables, columns, types and nullability; ``Model.column`` names the same column."""
    assert sorted(tables.metadata.tables) == sorted(models.Base.metadata.tables)
    for mapper in models.Base.registry.mappers:
        core = getattr(tables, mapper.class_.__name__)
        table = tables.metadata.tables[mapper.local_table.name]
        assert core.__table__ is table
        for attr in mapper.column_attrs:
            orm_column = attr.columns[0]
            column = getattr(core, attr.key)
            assert column is table.c[orm_column.key]
            assert repr(column.type) == repr(orm_column.type), (table.name, column.name)
            assert column.nullable == orm_column.nullable, (table.name, column.name)


def test_a_core_class_stands_for_its_table() -> None:
    statement = (
        select(tables.Article.title)
        .select_from(tables.Article)
        .join(tables.Source, tables.Source.id == tables.Article.source_id)
    )
    assert (
        str(statement).split()
        == (
            "SELECT articles.title FROM articles JOIN sources ON sources.id = articles.source_id"
        ).split()
    )
