"""Write ``db/tables.py``, the ORM-free copy of the schema the read queries use.

``db/models.py`` stays the one definition of the schema; this module prints
its tables as SQLAlchemy Core ``Table`` objects, with one class per model that
names the same columns the same way (``Article.title`` is
``articles.c.title``), so ``db/queries.py`` reads without loading the ORM
(a third of a read command's start-up). Regenerate after a schema change:

    .venv/bin/python -m db.tables_gen > db/tables.py

``tests/test_tables.py`` fails when the file is out of date.
"""

from __future__ import annotations

import json
import re
import sys

from sqlalchemy import Column, Table, inspect

HEADER = '''"""The schema as SQLAlchemy Core tables, for reading without the ORM.

GENERATED from db/models.py by ``python -m db.tables_gen > db/tables.py``: do
not edit (tests/test_tables.py checks it is up to date). Each model class of
db/models.py has a namesake here whose attributes are the table's columns
(``Article.title`` is ``articles.c.title``) and which stands for its table in
``select_from()`` and ``join()``: ``db/queries.py`` reads through it, so a
read command loads SQLAlchemy Core only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
{imports}
)

metadata = MetaData()

'''


def _quoted(text: str) -> str:
    return json.dumps(text)


def _type(column: Column) -> str:
    return repr(column.type).replace("'", '"')


def _column(column: Column) -> str:
    args = [_quoted(column.name), _type(column)]
    args += [f"ForeignKey({_quoted(fk.target_fullname)})" for fk in column.foreign_keys]
    if column.primary_key:
        args.append("primary_key=True")
    if not column.nullable and not column.primary_key:
        args.append("nullable=False")
    return f"    Column({', '.join(args)}),"


def _python_type(model: type, key: str) -> str:
    """The ``T`` of the model's ``Mapped[T]`` annotation, with datetime types as ``dt.*``."""
    for klass in model.__mro__:
        annotation = klass.__dict__.get("__annotations__", {}).get(key)
        if annotation is not None:
            inner = str(annotation).removeprefix("Mapped[").removesuffix("]")
            return re.sub(r"\b(datetime|date)\b", r"dt.\1", inner)
    raise LookupError(f"{model.__name__}.{key} has no Mapped[...] annotation")


def render() -> str:
    """The text of db/tables.py for the models as they are."""
    from db import models

    mappers = sorted(models.Base.registry.mappers, key=lambda mapper: mapper.class_.__name__)
    names = {"Column", "ColumnElement", "ForeignKey", "MetaData", "Table", "FromClause"}
    body: list[str] = []
    for mapper in mappers:
        table = mapper.local_table
        assert isinstance(table, Table)
        variable = f"{table.name}_table"
        lines = [f"{variable} = Table(", f"    {_quoted(table.name)},", "    metadata,"]
        for column in table.columns:
            names.add(type(column.type).__name__)
            lines.append(_column(column))
        lines.append(")")
        body.append("\n".join(lines))
        attrs = [
            f"    {attr.key}: ColumnElement[{_python_type(mapper.class_, attr.key)}]"
            f" = {variable}.c.{attr.columns[0].key}"
            for attr in inspect(mapper.class_).column_attrs
        ]
        body.append(
            "\n".join(
                [
                    f"class {mapper.class_.__name__}:",
                    f'    """The columns of ``{table.name}``; the class stands for the table."""',
                    "",
                    f"    __table__ = {variable}",
                    *attrs,
                    "",
                    "    @staticmethod",
                    "    def __clause_element__() -> FromClause:",
                    f"        return {variable}",
                ]
            )
        )
    # In ruff's (isort's) order: constants first, then classes.
    ordered = sorted(names, key=lambda name: (not name.isupper(), name))
    imports = "\n".join(f"    {name}," for name in ordered)
    return HEADER.format(imports=imports) + "\n\n\n".join(body) + "\n"


def main() -> None:
    """Print db/tables.py."""
    sys.stdout.write(render())


if __name__ == "__main__":
    main()
