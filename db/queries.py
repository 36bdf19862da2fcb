"""Named read queries behind ``campusnews query``, ``search``, ``sql``, ``export`` and ``graph``.

Each function takes a SQLAlchemy ``Connection`` and returns plain rows: lists
of dicts whose keys come in a fixed order (the column order of the output).
The same code runs on SQLite and PostgreSQL; the dialect-specific full-text
search lives in ``db.fulltext``.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import Connection, String, cast, func, literal_column, or_, select
from sqlalchemy.exc import OperationalError

from db import models as m
from db.fulltext import search_statement, search_terms
from scraper.keys import alias_key

__all__ = [
    "AGREEMENT_COLUMNS",
    "ARTICLE_COLUMNS",
    "ORGANISATION_COLUMNS",
    "SEARCH_COLUMNS",
    "QueryError",
    "SqlResult",
    "UnknownOrganisation",
    "agreements",
    "articles",
    "graph",
    "organisation_id",
    "organisations",
    "parse_since",
    "run_readonly_sql",
    "search",
]

log = logging.getLogger(__name__)

# Long IN (...) lists are split so no dialect hits its bound-parameter limit.
_CHUNK = 500
# The keys of each function's rows, in output order.
ARTICLE_COLUMNS = (
    "id",
    "source",
    "published",
    "title",
    "url",
    "language",
    "organisations",
    "agreements",
)
ORGANISATION_COLUMNS = ("id", "name", "kind", "aliases", "articles", "agreements")
AGREEMENT_COLUMNS = (
    "id",
    "type",
    "status",
    "date",
    "date_precision",
    "parties",
    "article_title",
    "article_url",
    "published",
    "source",
    "evidence",
    "confidence",
)
SEARCH_COLUMNS = ("id", "source", "published", "title", "url", "snippet", "rank")
_SINCE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class QueryError(ValueError):
    """A query argument the user got wrong; the message is meant for them."""


class UnknownOrganisation(QueryError):
    """No organisation has this name or alias; ``suggestions`` lists close ones."""

    def __init__(self, name: str, suggestions: Sequence[str]) -> None:
        self.name = name
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"unknown organisation {name!r}{hint}")


@dataclass(frozen=True)
class SqlResult:
    """The outcome of an ad-hoc SQL statement: column names and row tuples."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def parse_since(value: str) -> tuple[date, str]:
    """Read ``2020``, ``2020-05`` or ``2020-05-01`` as (first day, ISO prefix).

    The prefix keeps the precision the user typed: agreement dates are stored
    at their own precision (``2020``, ``2020-05``, ``2020-05-01``) and compare
    correctly as strings against it.
    """
    match = _SINCE.match(value.strip())
    if not match:
        raise QueryError(f"--since wants YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    year, month, day = match.groups()
    try:
        first = date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise QueryError(f"--since {value!r}: {exc}") from None
    return first, value.strip()


def organisation_id(conn: Connection, name: str) -> int:
    """The id of the organisation called ``name`` or known by it as an alias.

    Lookup goes through ``organisation_aliases.alias_key`` first (``EUR`` and
    ``Erasmus University Rotterdam`` both resolve), then the canonical names.
    Raises ``UnknownOrganisation`` with close matches when nothing fits.
    """
    key = alias_key(name)
    found = conn.execute(
        select(m.OrganisationAlias.organisation_id).where(m.OrganisationAlias.alias_key == key)
    ).scalar()
    if found is not None:
        return int(found)
    found = conn.execute(select(m.Organisation.id).where(m.Organisation.name == name)).scalar()
    if found is not None:
        return int(found)
    # The writer is meant to store every canonical name as an alias too; this
    # slow path covers databases where it did not.
    names = conn.execute(select(m.Organisation.id, m.Organisation.name)).all()
    by_key = {alias_key(row.name): int(row.id) for row in names}
    if key in by_key:
        return by_key[key]
    aliases = conn.execute(select(m.OrganisationAlias.alias, m.OrganisationAlias.alias_key)).all()
    display = {alias_key(row.name): row.name for row in names}
    display.update({row.alias_key: row.alias for row in aliases if row.alias_key not in display})
    close = difflib.get_close_matches(key, list(display), n=5, cutoff=0.6)
    raise UnknownOrganisation(name, [display[k] for k in close])


def articles(
    conn: Connection,
    *,
    source: str | None = None,
    since: str | None = None,
    lang: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Articles, newest first, with counts of organisations and agreements."""
    a = m.Article
    query = (
        select(
            a.id,
            m.Source.name.label("source"),
            a.published,
            a.title,
            a.url,
            a.language,
            _count(m.ArticleOrganisation, m.ArticleOrganisation.article_id == a.id).label(
                "organisations"
            ),
            _count(m.Agreement, m.Agreement.article_id == a.id).label("agreements"),
        )
        .join(m.Source, m.Source.id == a.source_id)
        .order_by(a.published.desc().nulls_last(), a.id.desc())
    )
    if source is not None:
        query = query.where(m.Source.name == source)
    if since is not None:
        query = query.where(a.published >= parse_since(since)[0])
    if lang is not None:
        query = query.where(a.language == lang)
    if limit is not None:
        query = query.limit(limit)
    return [dict(row._mapping) for row in conn.execute(query)]


def organisations(
    conn: Connection, *, name: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Organisations with their aliases, most agreements first.

    ``name`` keeps organisations whose name or any alias contains it
    (case, accents and punctuation ignored through ``alias_key``).
    """
    o = m.Organisation
    agreement_count = _count(m.AgreementParty, m.AgreementParty.organisation_id == o.id)
    article_count = _count(m.ArticleOrganisation, m.ArticleOrganisation.organisation_id == o.id)
    article_label = article_count.label("articles")
    agreement_label = agreement_count.label("agreements")
    # Ordering by the labels, not the expressions, counts each organisation once.
    query = select(o.id, o.name, o.kind, article_label, agreement_label).order_by(
        agreement_label.desc(), article_label.desc(), o.name
    )
    if name is not None:
        matches = [func.lower(o.name).contains(name.lower(), autoescape=True)]
        key = alias_key(name)
        if key:  # punctuation-only input has an empty key, which every alias contains
            matches.append(
                o.id.in_(
                    select(m.OrganisationAlias.organisation_id).where(
                        m.OrganisationAlias.alias_key.contains(key, autoescape=True)
                    )
                )
            )
        query = query.where(or_(*matches))
    if limit is not None:
        query = query.limit(limit)
    rows = [dict(row._mapping) for row in conn.execute(query)]
    aliases = _grouped(
        conn,
        select(m.OrganisationAlias.organisation_id, m.OrganisationAlias.alias).order_by(
            m.OrganisationAlias.alias
        ),
        m.OrganisationAlias.organisation_id,
        [row["id"] for row in rows],
    )
    out = []
    for row in rows:
        names = [alias for alias in aliases.get(row["id"], []) if alias != row["name"]]
        out.append(
            {
                "id": row["id"],
                "name": row["name"],
                "kind": row["kind"],
                "aliases": "; ".join(names),
                "articles": row["articles"],
                "agreements": row["agreements"],
            }
        )
    return out


def agreements(
    conn: Connection,
    *,
    org: str | None = None,
    with_org: str | None = None,
    type: str | None = None,  # mirrors the --type option and column name
    since: str | None = None,
    status: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Agreements with their parties and article, newest first.

    ``org`` and ``with_org`` name organisations by any alias; both given
    means agreements between the two. ``since`` compares the agreement's own
    date, or the article's publication date when the agreement has none.
    """
    ag, art = m.Agreement, m.Article
    query = (
        select(
            ag.id,
            ag.type,
            ag.status,
            ag.date,
            ag.date_precision,
            _party_names(conn.dialect.name).label("parties"),
            art.title.label("article_title"),
            art.url.label("article_url"),
            art.published,
            m.Source.name.label("source"),
            ag.evidence,
            ag.confidence,
        )
        .join(art, art.id == ag.article_id)
        .join(m.Source, m.Source.id == art.source_id)
        .order_by(
            func.coalesce(ag.date, cast(art.published, String)).desc().nulls_last(), ag.id.desc()
        )
    )
    for name in (org, with_org):
        if name is not None:
            oid = organisation_id(conn, name)
            query = query.where(
                ag.id.in_(
                    select(m.AgreementParty.agreement_id).where(
                        m.AgreementParty.organisation_id == oid
                    )
                )
            )
    if type is not None:
        query = query.where(ag.type == type)
    if status is not None:
        query = query.where(ag.status == status)
    if since is not None:
        prefix = parse_since(since)[1]
        query = query.where(func.coalesce(ag.date, cast(art.published, String)) >= prefix)
    if limit is not None:
        query = query.limit(limit)
    return [dict(row._mapping) for row in conn.execute(query)]


def graph(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """The agreement network: organisations that are party to an agreement, and edges.

    Each agreement adds one edge per pair of its parties (``source`` has the
    lower organisation id), carrying the agreement's type, date and article URL.
    """
    ag, party = m.Agreement, m.AgreementParty
    pairs = conn.execute(
        select(party.agreement_id, party.organisation_id).order_by(
            party.agreement_id, party.organisation_id
        )
    ).all()
    members: dict[int, list[int]] = {}
    for agreement_id, org_id in pairs:
        members.setdefault(agreement_id, []).append(org_id)
    meta = {
        row.id: row
        for row in conn.execute(
            select(ag.id, ag.type, ag.date, m.Article.url).join(
                m.Article, m.Article.id == ag.article_id
            )
        )
    }
    edges = []
    for agreement_id, orgs in members.items():
        info = meta[agreement_id]
        for left, right in combinations(orgs, 2):
            edges.append(
                {
                    "source": left,
                    "target": right,
                    "agreement_id": agreement_id,
                    "type": info.type,
                    "date": info.date,
                    "article_url": info.url,
                }
            )
    node_ids = sorted({org_id for orgs in members.values() for org_id in orgs})
    counts = {oid: 0 for oid in node_ids}
    for orgs in members.values():
        for org_id in orgs:
            counts[org_id] += 1
    nodes = []
    for chunk in _chunks(node_ids):
        query = select(m.Organisation.id, m.Organisation.name, m.Organisation.kind).where(
            m.Organisation.id.in_(chunk)
        )
        for row in conn.execute(query):
            nodes.append(
                {"id": row.id, "name": row.name, "kind": row.kind, "agreements": counts[row.id]}
            )
    nodes.sort(key=lambda node: node["id"])
    return {"nodes": nodes, "edges": edges}


def search(conn: Connection, terms: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching ``terms``, best first, with a snippet marking hits in [brackets].

    ``terms``: words (all must occur), "quoted phrases", ``OR``, ``-word``.
    ``rank`` is higher for better matches (negated bm25 on SQLite, ts_rank on
    PostgreSQL); compare ranks within one result, not across databases.
    """
    query = search_terms(terms, conn.dialect.name)
    if not query:
        raise QueryError("search needs at least one word")
    statement = search_statement(conn.dialect.name)
    try:
        result = conn.execute(statement, {"query": query, "limit": limit})
    except OperationalError as exc:
        # FTS5 reports a malformed query only when it runs.
        raise QueryError(f"bad search {terms!r}: {exc.orig}") from None
    rows = [dict(row._mapping) for row in result]
    for row in rows:
        # ts_headline keeps the body's line breaks; one line reads better anywhere.
        row["snippet"] = " ".join((row["snippet"] or "").split())
    return rows


def run_readonly_sql(conn: Connection, sql: str) -> SqlResult:
    """Run one statement a user typed and return its columns and rows.

    The connection should come from a read-only engine (SQLite ``mode=ro``,
    PostgreSQL ``default_transaction_read_only``). On top of that, exactly one
    statement runs, and on SQLite an authorizer refuses anything but reading
    (no ATTACH, no PRAGMA writes, no temp tables). Database errors become a
    ``QueryError`` with a one-line message.
    """
    # sqlite3 or psycopg: their own calls below are in neither DB-API type.
    dbapi_connection: Any = conn.connection.dbapi_connection
    cursor = dbapi_connection.cursor()
    denied: list[str] = []
    try:
        if conn.dialect.name == "sqlite":
            dbapi_connection.set_authorizer(_sqlite_authorizer(denied))
            try:
                cursor.execute(sql)
                columns = [column[0] for column in cursor.description or ()]
                rows = cursor.fetchall() if columns else []
            finally:
                dbapi_connection.set_authorizer(None)
        else:
            # A query first takes the transaction's snapshot, after which it can no
            # longer be switched to READ WRITE; prepare=True refuses "a; b" strings.
            cursor.execute("SELECT 1")
            if conn.dialect.driver == "psycopg":
                cursor.execute(sql, prepare=True)
            else:  # other drivers: the read-only transaction is the only lock
                cursor.execute(sql)
            columns = [column[0] for column in cursor.description or ()]
            rows = cursor.fetchall() if columns else []
    except conn.dialect.loaded_dbapi.Error as exc:
        if denied:
            raise QueryError(f"read-only: {denied[0]} is not allowed") from None
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(message) from None
    finally:
        cursor.close()
    return SqlResult(columns=columns, rows=[tuple(row) for row in rows])


# Pragmas a user may run to look at the schema. The first set takes a table or
# index name as its argument; the second only reads when given no argument
# (``PRAGMA user_version = 5`` writes).
_SCHEMA_PRAGMAS = frozenset(
    {
        "table_info",
        "table_xinfo",
        "table_list",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
    }
)
_SETTING_PRAGMAS = frozenset(
    {
        "data_version",
        "database_list",
        "compile_options",
        "function_list",
        "user_version",
        "schema_version",
        "journal_mode",
        "page_count",
        "page_size",
        "encoding",
        "foreign_keys",
    }
)


_SCHEMA_TABLES = frozenset({"sqlite_master", "sqlite_temp_master"})


def _sqlite_authorizer(denied: list[str]) -> Any:
    """An authorizer callback that allows reading only, recording what it refused."""
    import sqlite3

    allowed = {
        sqlite3.SQLITE_SELECT,
        sqlite3.SQLITE_READ,
        sqlite3.SQLITE_FUNCTION,
        sqlite3.SQLITE_RECURSIVE,
    }
    names = {
        sqlite3.SQLITE_ATTACH: "ATTACH",
        sqlite3.SQLITE_DETACH: "DETACH",
        sqlite3.SQLITE_TRANSACTION: "transaction control",
        sqlite3.SQLITE_INSERT: "INSERT",
        sqlite3.SQLITE_UPDATE: "UPDATE",
        sqlite3.SQLITE_DELETE: "DELETE",
    }

    def authorize(action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
        if action in allowed:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_UPDATE and arg1 in _SCHEMA_TABLES:
            # SQLite reports reading the schema as an UPDATE of sqlite_master;
            # a real one would need writable_schema, which is refused below.
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA:
            if arg1 in _SCHEMA_PRAGMAS or (arg1 in _SETTING_PRAGMAS and arg2 is None):
                return sqlite3.SQLITE_OK
            denied.append(f"PRAGMA {arg1}")
        elif action == sqlite3.SQLITE_INSERT and arg1 in _SCHEMA_TABLES:
            denied.append("CREATE")
        else:
            denied.append(names.get(action, "writing"))
        return sqlite3.SQLITE_DENY

    return authorize


def _count(model: Any, condition: Any) -> Any:
    return select(func.count()).select_from(model).where(condition).scalar_subquery()


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _grouped(conn: Connection, query: Any, key_column: Any, ids: Sequence[int]) -> dict:
    """Run ``query`` (selecting key, value) for ``ids`` in chunks; group values by key."""
    grouped: dict[int, list[Any]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        for key, value in conn.execute(query.where(key_column.in_(chunk))):
            grouped.setdefault(key, []).append(value)
    return grouped


def _party_names(dialect: str) -> Any:
    """The agreement's party names, sorted and joined with '; ', as a correlated subquery.

    Aggregating in SQL keeps large listings to one statement; the SQL is the
    same as in the ``agreement_details`` view.
    """
    parties = (
        "agreement_parties AS p JOIN organisations AS o ON o.id = p.organisation_id "
        "WHERE p.agreement_id = agreements.id"
    )
    if dialect == "sqlite":
        # group_concat takes no ORDER BY before SQLite 3.44; an ordered subquery does.
        sql = (
            "(SELECT group_concat(v, '; ') FROM "
            f"(SELECT o.name AS v FROM {parties} ORDER BY o.name))"
        )
    else:
        sql = f"(SELECT string_agg(o.name, '; ' ORDER BY o.name) FROM {parties})"
    return literal_column(sql, String)
