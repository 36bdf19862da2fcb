"""The statements the store runs for every crawled page, built once.

Building a SQLAlchemy statement (and its cache key) costs more than running it
on SQLite, so the per-page statements are built here once, with bound
parameters, and reused. Parameters are named ``p_*``; an UPDATE without
``.values()`` sets the columns named in the parameters it is given.
Upserts differ by dialect (``ON CONFLICT`` on SQLite and PostgreSQL): those
are built once per dialect by ``upserts(dialect)`` and ``insert_ignoring``.

The hottest of them (a page's mentions, agreements, parties and dates, the
savepoints) skip SQLAlchemy's execution machinery: ``run_many`` and
``insert_ids`` run their text, compiled once per dialect, on the DB-API cursor
(SQLAlchemy's own work per statement cost more than SQLite's running it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from db import models as m

PAGES: Table = m.Page.__table__  # type: ignore[assignment]
BODIES: Table = m.PageBody.__table__  # type: ignore[assignment]
ARTICLES: Table = m.Article.__table__  # type: ignore[assignment]
ORGANISATIONS: Table = m.Organisation.__table__  # type: ignore[assignment]
ALIASES: Table = m.OrganisationAlias.__table__  # type: ignore[assignment]
MENTIONS: Table = m.ArticleOrganisation.__table__  # type: ignore[assignment]
AGREEMENTS: Table = m.Agreement.__table__  # type: ignore[assignment]
PARTIES: Table = m.AgreementParty.__table__  # type: ignore[assignment]
DATES: Table = m.DateMention.__table__  # type: ignore[assignment]
SOURCES: Table = m.Source.__table__  # type: ignore[assignment]

AGREEMENT_COLUMNS = ("type", "status", "date", "date_precision", "evidence", "confidence")
ARTICLE_UPDATED_COLUMNS = (
    "url",
    "kind",
    "title",
    "published",
    "published_source",
    "language",
    "body_text",
    "canonical_key",
    "content_hash",
    "extracted_at",
)

SOURCE_ID = select(SOURCES.c.id).where(SOURCES.c.name == bindparam("p_name"))
FIND_PAGE = (
    select(PAGES.c.id, PAGES.c.sha256)
    .where(PAGES.c.url_key == bindparam("p_key"))
    .with_for_update()
)
PAGE_SHA256 = select(PAGES.c.sha256).where(PAGES.c.url_key == bindparam("p_key"))
PAGE_KEY = select(PAGES.c.url_key).where(PAGES.c.id == bindparam("p_id"))
UPDATE_PAGE = update(PAGES).where(PAGES.c.id == bindparam("p_id"))
UPDATE_PAGE_SOURCE = UPDATE_PAGE.returning(PAGES.c.source_id)
STORED_BEFORE = select(PAGES.c.url_key).where(
    PAGES.c.url_key.in_(bindparam("p_keys", expanding=True)),
    PAGES.c.sha256.is_not(None),
    PAGES.c.changed_at < bindparam("p_since"),
)
HAS_BODY = select(BODIES.c.page_id).where(BODIES.c.page_id == bindparam("p_id"))

DELETE_ARTICLE_OF_PAGE = delete(ARTICLES).where(ARTICLES.c.page_id == bindparam("p_id"))
# The article another page holds under a canonical URL: the lowest id (as a
# scan in id order would find first), read from two index lookups; an OR of
# the two columns scanned every article. No LIMIT: its bound value would keep
# the statement off the DB-API cursor (``first``).
_BY_CANONICAL_KEY = select(ARTICLES.c.id.label("id")).where(
    ARTICLES.c.canonical_key == bindparam("p_key"), ARTICLES.c.page_id != bindparam("p_id")
)
_BY_PAGE_KEY = (
    select(ARTICLES.c.id.label("id"))
    .join(PAGES, PAGES.c.id == ARTICLES.c.page_id)
    .where(PAGES.c.url_key == bindparam("p_key"), ARTICLES.c.page_id != bindparam("p_id"))
)
_CANONICAL_HOLDERS = union_all(_BY_CANONICAL_KEY, _BY_PAGE_KEY).subquery()
ARTICLE_BY_CANONICAL = select(func.min(_CANONICAL_HOLDERS.c.id))
ARTICLE_BY_CONTENT = select(func.min(ARTICLES.c.id)).where(
    ARTICLES.c.content_hash == bindparam("p_hash"), ARTICLES.c.page_id != bindparam("p_id")
)

ALIAS_OWNERS = select(ALIASES.c.alias_key, ALIASES.c.organisation_id).where(
    ALIASES.c.alias_key.in_(bindparam("p_keys", expanding=True))
)
ORGANISATION_ID = select(ORGANISATIONS.c.id).where(ORGANISATIONS.c.name == bindparam("p_name"))
# An article's stored values, to write only the columns that changed (an
# unchanged title and text leave the full-text index alone).
ARTICLE_OF_PAGE = select(
    ARTICLES.c.id, *(ARTICLES.c[name] for name in ARTICLE_UPDATED_COLUMNS)
).where(ARTICLES.c.page_id == bindparam("p_id"))
UPDATE_ARTICLE = update(ARTICLES).where(ARTICLES.c.id == bindparam("p_id"))
TRANSLATION_CANDIDATES = (
    select(ARTICLES.c.id, ARTICLES.c.language)
    .join(PAGES, PAGES.c.id == ARTICLES.c.page_id)
    .where(
        PAGES.c.url_key.in_(bindparam("p_keys", expanding=True)),
        ARTICLES.c.id != bindparam("p_id"),
    )
)
SET_TRANSLATION_OF = update(ARTICLES).where(ARTICLES.c.id == bindparam("p_id"))

MENTIONS_OF_ARTICLE = select(MENTIONS.c.organisation_id, MENTIONS.c.surface_forms).where(
    MENTIONS.c.article_id == bindparam("p_id")
)
DELETE_SOME_MENTIONS = delete(MENTIONS).where(
    MENTIONS.c.article_id == bindparam("p_id"),
    MENTIONS.c.organisation_id.in_(bindparam("p_orgs", expanding=True)),
)
UPDATE_MENTION = (
    update(MENTIONS)
    .where(
        MENTIONS.c.article_id == bindparam("p_id"),
        MENTIONS.c.organisation_id == bindparam("p_org"),
    )
    .values(surface_forms=bindparam("p_forms"))
)
INSERT_MENTION = insert(MENTIONS)

AGREEMENT_ROWS_OF_ARTICLE = select(
    AGREEMENTS.c.identity_key,
    AGREEMENTS.c.id,
    *(AGREEMENTS.c[name] for name in AGREEMENT_COLUMNS),
).where(AGREEMENTS.c.article_id == bindparam("p_id"))
PARTIES_OF_ARTICLE = (
    select(PARTIES.c.agreement_id, PARTIES.c.organisation_id)
    .join(AGREEMENTS, AGREEMENTS.c.id == PARTIES.c.agreement_id)
    .where(AGREEMENTS.c.article_id == bindparam("p_id"))
)
# One statement for all of a page's new agreements (executemany with RETURNING,
# ids in the order of the rows, as one INSERT each would give them).
INSERT_AGREEMENTS = insert(AGREEMENTS).returning(AGREEMENTS.c.id, sort_by_parameter_order=True)
UPDATE_AGREEMENT = update(AGREEMENTS).where(AGREEMENTS.c.id == bindparam("p_id"))
DELETE_AGREEMENTS = delete(AGREEMENTS).where(
    AGREEMENTS.c.id.in_(bindparam("p_ids", expanding=True))
)
DELETE_PARTY = delete(PARTIES).where(
    PARTIES.c.agreement_id == bindparam("p_agreement"),
    PARTIES.c.organisation_id == bindparam("p_org"),
)
INSERT_PARTY = insert(PARTIES)
DATES_OF_ARTICLE = select(
    DATES.c.position, DATES.c.id, DATES.c.text, DATES.c.value, DATES.c.precision
).where(DATES.c.article_id == bindparam("p_id"))
DELETE_SOME_DATES = delete(DATES).where(DATES.c.id.in_(bindparam("p_ids", expanding=True)))
UPDATE_DATE = update(DATES).where(DATES.c.id == bindparam("p_id"))
INSERT_DATE = insert(DATES)

# Stored pages as parsers see them, a batch at a time (reparse).
STORED_BODIES = (
    select(
        PAGES.c.id,
        PAGES.c.url,
        PAGES.c.changed_at,
        PAGES.c.fetched_at,
        PAGES.c.status,
        BODIES.c.body,
        BODIES.c.headers,
    )
    .join(BODIES, BODIES.c.page_id == PAGES.c.id)
    .where(PAGES.c.id.in_(bindparam("p_ids", expanding=True)))
)


@dataclass(frozen=True)
class Upserts:
    """The dialect's ``INSERT ... ON CONFLICT`` statements the store needs."""

    body: Any
    article: Any


def _dialect_insert(dialect: str) -> Any:
    """The dialect's ``insert``, which knows ``ON CONFLICT``."""
    if dialect == "postgresql":
        # Imported only for PostgreSQL: SQLAlchemy's PostgreSQL dialect is about
        # 2 MB that a SQLite crawl would hold for nothing.
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert
    return sqlite_insert


@cache
def insert_ignoring(dialect: str, table: Table, key: str) -> Any:
    """``INSERT ... ON CONFLICT (key) DO NOTHING`` for ``table``, built once per dialect."""
    return _dialect_insert(dialect)(table).on_conflict_do_nothing(index_elements=[key])


@cache
def upserts(dialect: str) -> Upserts:
    """The upserts for ``dialect`` ("sqlite" or "postgresql"), built on first use."""
    make = _dialect_insert(dialect)
    body = make(BODIES)
    article = make(ARTICLES)
    return Upserts(
        body=body.on_conflict_do_update(
            index_elements=[BODIES.c.page_id],
            set_={c: body.excluded[c] for c in ("headers", "body", "size")},
        ),
        article=article.on_conflict_do_update(
            index_elements=[ARTICLES.c.page_id],
            set_={c: article.excluded[c] for c in ARTICLE_UPDATED_COLUMNS},
        ).returning(ARTICLES.c.id),
    )


@dataclass(frozen=True)
class DriverStatement:
    """A statement's SQL text for the DB-API cursor, the order and conversions of its parameters."""

    text: str
    # Parameter names in the order of the text's placeholders (qmark, SQLite);
    # None where the driver takes them by name (PostgreSQL's psycopg).
    order: tuple[str, ...] | None
    # The type conversions SQLAlchemy applies to some parameters (Float's to_float...).
    processors: tuple[tuple[str, Callable[[Any], Any]], ...]

    def parameters(self, row: Mapping[str, Any]) -> Any:
        """``row`` as the driver takes it: converted, and in order where positional."""
        if self.processors:
            row = dict(row)
            for name, process in self.processors:
                row[name] = process(row[name])
        return row if self.order is None else tuple(row[name] for name in self.order)


_driver_statements: dict[tuple[Any, str, tuple[str, ...]], DriverStatement | None] = {}


def _driver_statement(conn: Connection, stmt: Any, keys: tuple[str, ...]) -> DriverStatement | None:
    """``stmt`` compiled for ``conn``'s dialect with parameters ``keys``, once.

    None when a parameter is expanded or computed at run time, or is not
    among ``keys`` (a column's Python-side default): such a statement stays
    on ``Connection.execute``.
    """
    cache_key = (stmt, conn.dialect.name, keys)
    if cache_key in _driver_statements:
        return _driver_statements[cache_key]
    dialect = conn.dialect
    compiled = stmt.compile(dialect=dialect, column_keys=list(keys))
    binds = compiled.binds
    found: DriverStatement | None = None
    if set(binds) <= set(keys) and not any(b.expanding or b.callable for b in binds.values()):
        processors = []
        for name, bind in binds.items():
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors.append((name, process))
        order = tuple(compiled.positiontup) if compiled.positional else None
        found = DriverStatement(compiled.string, order, tuple(processors))
    _driver_statements[cache_key] = found
    return found


def _raise_wrapped(conn: Connection, text: str, params: Any, exc: Exception) -> None:
    """Raise a driver's error the way ``Connection.execute`` would (a ``DBAPIError``)."""
    dbapi = conn.dialect.loaded_dbapi
    raise DBAPIError.instance(text, params, exc, dbapi.Error, dialect=conn.dialect) from exc


# (position, conversion) of each column whose driver value SQLAlchemy converts.
Converters = tuple[tuple[int, Callable[[Any], Any]], ...]


def _result_processors(conn: Connection, stmt: Any) -> Converters | None:
    """The conversions SQLAlchemy applies to the columns ``stmt`` returns, by position.

    Empty when every column comes from the driver as SQLAlchemy would give it
    (ids, keys, text); else the columns' processors (SQLite's dates are text),
    which ``first`` and ``rows`` apply to the driver's rows themselves. None
    when a processor depends on the driver's column type (PostgreSQL's
    floats): such a statement stays on ``Connection.execute``.
    """
    dialect = conn.dialect
    columns = stmt.selected_columns if hasattr(stmt, "selected_columns") else ()
    returning = getattr(stmt, "_returning", ())
    found = []
    for position, col in enumerate((*columns, *returning)):
        try:
            process = col.type.dialect_impl(dialect).result_processor(dialect, None)
        except Exception:  # noqa: BLE001 - a processor that needs the column's type code
            return None
        if process is not None:
            found.append((position, process))
    return tuple(found)


_result_converters: dict[tuple[Any, str], Converters | None] = {}


def _converters(conn: Connection, stmt: Any) -> Converters | None:
    """``_result_processors(conn, stmt)``, worked out once per statement and dialect."""
    key = (stmt, conn.dialect.name)
    if key not in _result_converters:
        _result_converters[key] = _result_processors(conn, stmt)
    return _result_converters[key]


def _converted(row: Sequence[Any], converters: Converters) -> tuple[Any, ...]:
    """A driver's ``row`` with ``converters`` applied (as SQLAlchemy's result would give it)."""
    if not converters:
        return tuple(row)
    values = list(row)
    for position, process in converters:
        values[position] = process(values[position])
    return tuple(values)


def _plain_result(conn: Connection, stmt: Any) -> bool:
    """Whether every column ``stmt`` returns comes from the driver as SQLAlchemy would give it."""
    return _converters(conn, stmt) == ()


def run_one(conn: Connection, stmt: Any, params: Mapping[str, Any]) -> None:
    """``conn.execute(stmt, params)`` for a statement that returns nothing, on the DB-API cursor."""
    driver = _driver_statement(conn, stmt, tuple(params))
    if driver is None:
        conn.execute(stmt, dict(params))
        return
    cursor = conn.connection.cursor()
    try:
        _execute(conn, cursor, driver, params)
    finally:
        cursor.close()


def first(conn: Connection, stmt: Any, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
    """The first row ``stmt`` returns (a SELECT, or DML with RETURNING), None for none.

    On the DB-API cursor when its parameters need no expanding (the columns
    converted as SQLAlchemy would: ``_result_processors``); else through
    ``Connection.execute``.
    """
    converters = _converters(conn, stmt)
    driver = None if converters is None else _driver_statement(conn, stmt, tuple(params))
    if driver is None or converters is None:
        row = conn.execute(stmt, dict(params)).first()
        return None if row is None else tuple(row)
    cursor = conn.connection.cursor()
    try:
        _execute(conn, cursor, driver, params)
        found = cursor.fetchone()
    finally:
        cursor.close()
    return None if found is None else _converted(found, converters)


def rows(conn: Connection, stmt: Any, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """Every row a SELECT returns, as tuples in its columns' order (``first``'s way)."""
    converters = _converters(conn, stmt)
    driver = None if converters is None else _driver_statement(conn, stmt, tuple(params))
    if driver is None or converters is None:
        return [tuple(row) for row in conn.execute(stmt, dict(params))]
    cursor = conn.connection.cursor()
    try:
        _execute(conn, cursor, driver, params)
        found = cursor.fetchall()
    finally:
        cursor.close()
    return [_converted(row, converters) for row in found]


def scalar(conn: Connection, stmt: Any, params: Mapping[str, Any]) -> Any:
    """The first column of ``first(conn, stmt, params)``, None for no row."""
    row = first(conn, stmt, params)
    return None if row is None else row[0]


def run_text(conn: Connection, text: str) -> None:
    """Run a statement with no parameters (``SAVEPOINT x``...) on the DB-API cursor."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(text)
    except conn.dialect.loaded_dbapi.Error as exc:
        _raise_wrapped(conn, text, (), exc)
    finally:
        cursor.close()


def _execute(
    conn: Connection, cursor: Any, driver: DriverStatement, row: Mapping[str, Any]
) -> None:
    params = driver.parameters(row)
    try:
        cursor.execute(driver.text, params)
    except conn.dialect.loaded_dbapi.Error as exc:
        _raise_wrapped(conn, driver.text, params, exc)


def run_many(conn: Connection, stmt: Any, rows: Sequence[Mapping[str, Any]]) -> int:
    """``conn.execute(stmt, rows)`` (rows of the same keys) on the DB-API cursor.

    In ``conn``'s open transaction; a driver's error is raised as SQLAlchemy's
    (``OperationalError``, ``IntegrityError``...), so callers' retries see it.
    Returns the rows changed as the driver counts them (-1: it does not).
    """
    if not rows:
        return 0
    driver = _driver_statement(conn, stmt, tuple(rows[0]))
    if driver is None:
        result = conn.execute(stmt, list(rows))
        return int(getattr(result, "rowcount", -1))
    params = [driver.parameters(row) for row in rows]
    cursor = conn.connection.cursor()
    try:
        if len(params) == 1:
            cursor.execute(driver.text, params[0])
        else:
            cursor.executemany(driver.text, params)
        return int(cursor.rowcount)
    except conn.dialect.loaded_dbapi.Error as exc:
        _raise_wrapped(conn, driver.text, params, exc)
        raise  # not reached: _raise_wrapped raises
    finally:
        cursor.close()


def insert_ids(conn: Connection, stmt: Any, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """The ids an ``INSERT ... RETURNING id`` (``stmt``) gives ``rows``, in their order.

    On SQLite one statement a row on the DB-API cursor (SQLAlchemy's
    executemany with RETURNING does the same, at more cost a row); elsewhere
    ``Connection.execute``, which sends them in one statement.
    """
    if not rows:
        return []
    driver = None
    if conn.dialect.name == "sqlite":
        driver = _driver_statement(conn, stmt, tuple(rows[0]))
    if driver is None:
        return list(conn.scalars(stmt, list(rows)))
    ids: list[int] = []
    cursor = conn.connection.cursor()
    try:
        for row in rows:
            _execute(conn, cursor, driver, row)
            inserted = cursor.fetchone()
            assert inserted is not None  # RETURNING gives the inserted row
            ids.append(inserted[0])
    finally:
        cursor.close()
    return ids


# Numbers of values an IN list's text is compiled for and kept (more: Connection.execute).
MAX_IN_VALUES = 250
_in_texts: dict[tuple[Any, str, int], str | None] = {}


def rows_in(conn: Connection, stmt: Any, name: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The rows of a SELECT whose one parameter, ``name``, is an expanding IN list of ``values``.

    On SQLite on the DB-API cursor, the text compiled once per number of
    values (up to ``MAX_IN_VALUES``), when the values and the columns need no
    conversion by SQLAlchemy (keys, ids); else through ``Connection.execute``.
    """
    if not values:
        return []
    text = _in_text(conn, stmt, name, len(values)) if conn.dialect.name == "sqlite" else None
    if text is None:
        return [tuple(row) for row in conn.execute(stmt, {name: list(values)})]
    cursor = conn.connection.cursor()
    try:
        cursor.execute(text, list(values))
        return [tuple(row) for row in cursor.fetchall()]
    except conn.dialect.loaded_dbapi.Error as exc:
        _raise_wrapped(conn, text, values, exc)
        raise  # not reached: _raise_wrapped raises
    finally:
        cursor.close()


def _in_text(conn: Connection, stmt: Any, name: str, count: int) -> str | None:
    """``stmt``'s SQL with ``count`` placeholders for ``name``; None: run it through SQLAlchemy."""
    if count > MAX_IN_VALUES:
        return None
    cache_key = (stmt, conn.dialect.name, count)
    if cache_key in _in_texts:
        return _in_texts[cache_key]
    dialect = conn.dialect
    found: str | None = None
    bind = stmt.compile(dialect=dialect).binds.get(name)
    if (
        bind is not None
        and bind.expanding
        and bind.type.dialect_impl(dialect).bind_processor(dialect) is None
        and _plain_result(conn, stmt)
    ):
        compiled = stmt.params({name: [None] * count}).compile(
            dialect=dialect, compile_kwargs={"render_postcompile": True}
        )
        if compiled.positional and list(compiled.positiontup or ()) == [
            f"{name}_{i}" for i in range(1, count + 1)
        ]:
            found = compiled.string
    _in_texts[cache_key] = found
    return found
