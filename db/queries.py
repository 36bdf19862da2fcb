"""Named read queries behind ``campusnews query``, ``search``, ``sql``, ``export``, ``graph``,
``status``, ``demo`` and ``records corrections``: the CLI reads the database only through these.

Each function takes a SQLAlchemy ``Connection`` and returns plain rows: lists
of dicts whose keys come in a fixed order (the column order of the output).
The same code runs on SQLite and PostgreSQL; the dialect-specific full-text
search lives in ``db.fulltext``. ``m`` is ``db.tables``, the Core tables
generated from the models (``m.Article.title`` as with the models), so a read
command never loads the ORM: no ``Session``, ``aliased`` or relationships here
(``m.X.__table__.alias()`` for a second copy of a table).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Date,
    Integer,
    String,
    cast,
    distinct,
    exists,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.base import Executable

from db import fulltext
from db import tables as m
from db.fulltext import (
    SEARCH_ORDERS,
    pool_overflow_statement,
    search_statement,
    search_terms,
)
from db.record_types import AgreementRecordSummary
from db.record_types import RecordEvent as RecordEventItem
from db.record_types import RecordMention as RecordMentionItem
from scraper.keys import alias_key

__all__ = [
    "AGREEMENT_COLUMNS",
    "ARTICLE_COLUMNS",
    "ORGANISATION_COLUMNS",
    "SEARCH_COLUMNS",
    "SEARCH_ORDERS",
    "QueryError",
    "RECORD_COLUMNS",
    "SqlResult",
    "UnknownOrganisation",
    "agreements",
    "articles",
    "GRAPH_EDGE_COLUMNS",
    "GRAPH_NODE_COLUMNS",
    "graph",
    "records",
    "records_pending",
    "organisation_id",
    "organisations",
    "parse_since",
    "record_rows",
    "record_summaries",
    "records_changed",
    "lifecycle_text",
    "relevance_pool_overflows",
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
# "agreements" counts agreement records, "mentions" the agreements rows (one per article).
ORGANISATION_COLUMNS = ("id", "name", "kind", "aliases", "articles", "agreements", "mentions")
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


def check_choice(option: str, value: str, known: Sequence[str], what: str = "") -> None:
    """Refuse a filter value outside ``known``, naming the close ones (or all of them).

    A filter that can match nothing is a typo more often than a question:
    ``--type mou`` matches, ``--type MoU`` or ``--type memorandum`` does not.
    """
    if value in known:
        return
    import difflib  # only on a mistake: off the start-up of every read command

    close = difflib.get_close_matches(value.lower(), list(known), n=3, cutoff=0.5)
    if close:
        hint = f"did you mean {' or '.join(repr(c) for c in close)}?"
    else:
        hint = f"known: {', '.join(known)}" if known else "there are none yet"
    raise QueryError(f"{option} {value!r}: no such {what or option.lstrip('-')}; {hint}")


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
    import difflib

    close = difflib.get_close_matches(key, list(display), n=5, cutoff=0.6)
    raise UnknownOrganisation(name, [display[k] for k in close])


def articles(
    conn: Connection,
    *,
    source: str | None = None,
    since: str | None = None,
    lang: str | None = None,
    limit: int | None = None,
    text: bool = False,
) -> list[dict[str, Any]]:
    """Articles, newest first, with counts of organisations and agreements.

    ``text`` adds the article's text (``body_text``) as a last column, ``text``.
    """
    a = m.Article
    columns = [
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
    ]
    if text:
        columns.append(a.body_text.label("text"))
    query = (
        select(*columns)
        .join(m.Source, m.Source.id == a.source_id)
        .order_by(a.published.desc().nulls_last(), a.id.desc())
    )
    if source is not None:
        known = conn.execute(select(m.Source.name).order_by(m.Source.name)).scalars().all()
        check_choice("--source", source, known, "source in this database")
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

    ``agreements`` counts the agreement records the organisation is party to
    (one real-world agreement once, however many articles report it);
    ``mentions`` counts the articles' agreement rows.

    ``name`` keeps organisations whose name or any alias contains it
    (case, accents and punctuation ignored through ``alias_key``).
    """
    o, counts = m.Organisation, m.OrganisationCounts
    article_label = counts.articles.label("articles")
    agreement_label = counts.records.label("agreements")
    mention_label = counts.agreements.label("mentions")
    # The counts are kept up to date by triggers (articles, mentions; migration
    # 0009) and by the records rebuild (records), so the top of the list is read
    # from ix_organisation_counts_rank instead of counting every organisation.
    query = (
        select(o.id, o.name, o.kind, article_label, agreement_label, mention_label)
        .join(counts, counts.organisation_id == o.id)
        .order_by(counts.records.desc(), counts.agreements.desc(), counts.articles.desc(), o.name)
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
                "mentions": row["mentions"],
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
    oids = [organisation_id(conn, name) for name in (org, with_org) if name is not None]
    if oids:
        return _agreements_of(conn, oids, type=type, since=since, status=status, limit=limit)
    query = (
        select(*_agreement_columns(conn.dialect.name))
        .join(art, art.id == ag.article_id)
        .join(m.Source, m.Source.id == art.source_id)
        .order_by(
            func.coalesce(ag.date, cast(art.published, String)).desc().nulls_last(), ag.id.desc()
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


def _agreement_columns(dialect: str) -> tuple[Any, ...]:
    """The columns of an agreement row, in ``AGREEMENT_COLUMNS`` order."""
    ag, art = m.Agreement, m.Article
    return (
        ag.id,
        ag.type,
        ag.status,
        ag.date,
        ag.date_precision,
        _party_names(dialect).label("parties"),
        art.title.label("article_title"),
        art.url.label("article_url"),
        art.published,
        m.Source.name.label("source"),
        ag.evidence,
        ag.confidence,
    )


def _agreements_of(
    conn: Connection,
    oids: Sequence[int],
    *,
    type: str | None,
    since: str | None,
    status: str | None,
    limit: int | None,
) -> list[dict[str, Any]]:
    """Agreements every organisation in ``oids`` is party to, newest first.

    ``agreement_parties.sort_key`` is the listing date, coalesce(agreement
    date, article published, '') (kept by migration 0009's triggers), so the
    page is taken from the index (organisation_id, sort_key, agreement_id) of
    the organisation with the fewest agreements, and only its rows are joined
    to articles and party names. The order is the one the unfiltered listing
    uses: the key descending, '' (no date) last, then the newest id.
    """
    ag, art = m.Agreement, m.Article
    drive = m.AgreementParty
    wanted = list(dict.fromkeys(oids))
    fewest: dict[int, int] = {}
    if len(wanted) > 1:
        fewest = dict(
            conn.execute(
                select(m.OrganisationCounts.organisation_id, m.OrganisationCounts.agreements).where(
                    m.OrganisationCounts.organisation_id.in_(wanted)
                )
            ).all()
        )
    first, *others = sorted(wanted, key=lambda oid: fewest.get(oid, 0))
    page = select(drive.agreement_id, drive.sort_key).where(drive.organisation_id == first)
    for other in others:
        also = m.AgreementParty.__table__.alias()
        page = page.where(
            exists().where(
                also.c.agreement_id == drive.agreement_id, also.c.organisation_id == other
            )
        )
    if type is not None or status is not None:
        page = page.join(ag, ag.id == drive.agreement_id)
        if type is not None:
            page = page.where(ag.type == type)
        if status is not None:
            page = page.where(ag.status == status)
    if since is not None:
        page = page.where(drive.sort_key >= parse_since(since)[1])
    page = page.order_by(drive.sort_key.desc(), drive.agreement_id.desc())
    if limit is not None:
        page = page.limit(limit)
    hits = page.subquery("page")
    query = (
        select(*_agreement_columns(conn.dialect.name))
        .select_from(hits)
        .join(ag, ag.id == hits.c.agreement_id)
        .join(art, art.id == ag.article_id)
        .join(m.Source, m.Source.id == art.source_id)
        .order_by(hits.c.sort_key.desc(), hits.c.agreement_id.desc())
    )
    return [dict(row._mapping) for row in conn.execute(query)]


GRAPH_NODE_COLUMNS = ("id", "label", "name", "kind", "agreements")
GRAPH_EDGE_COLUMNS = (
    "source",
    "target",
    "record_id",
    "type",
    "status",
    "date",
    "last_date",
    "article",
    "articles",
)


def graph(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """The agreement network at record level: organisations, and one edge per record and pair.

    Each agreement record links every pair of its parties once (``source``
    has the lower organisation id), however many articles report it; the
    edge carries the record's type, current status, first and last dates,
    the URL of its first article and the number of articles. Nodes count the
    records an organisation is party to (``agreements``); ``label`` is the
    name again, the attribute Gephi shows.
    """
    rm, party = m.RecordMention, m.AgreementParty
    members: dict[int, set[int]] = {}
    for record_id, org_id in conn.execute(
        select(rm.record_id, party.organisation_id).join(
            party, party.agreement_id == rm.agreement_id
        )
    ):
        members.setdefault(record_id, set()).add(org_id)
    summaries = record_summaries(conn)
    edges = []
    for record in sorted(summaries, key=lambda r: r.id):
        first = record.mentions[0].article_url if record.mentions else None
        for left, right in combinations(sorted(members.get(record.id, ())), 2):
            edges.append(
                {
                    "source": left,
                    "target": right,
                    "record_id": record.id,
                    "type": record.type,
                    "status": record.status,
                    "date": record.first_date,
                    "last_date": record.last_date,
                    "article": first,
                    "articles": record.articles,
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
                {
                    "id": row.id,
                    "label": row.name,
                    "name": row.name,
                    "kind": row.kind,
                    "agreements": counts[row.id],
                }
            )
    nodes.sort(key=lambda node: node["id"])
    return {"nodes": nodes, "edges": edges}


def search(
    conn: Connection, terms: str, *, limit: int = 20, order: str = "recent"
) -> list[dict[str, Any]]:
    """Articles matching ``terms`` with a snippet marking hits in [brackets].

    ``terms``: words (all must occur), "quoted phrases", ``OR``, ``-word``.
    ``order`` is "recent" (the default: the latest stored articles first, by
    article id descending; its cost is the rows shown however many articles
    match) or "relevance" (best matches first, ties to the lower id, among the
    newest ``db.fulltext.RELEVANCE_POOL`` (5,000) matches: all of them unless
    more articles match, then the best of the latest 5,000; scoring more cost
    tens of milliseconds at a million articles). ``rank`` is higher for better
    matches in both orders (negated bm25 on SQLite, ts_rank on PostgreSQL);
    compare ranks within one result, not across databases.
    """
    if order not in SEARCH_ORDERS:
        raise QueryError(f"unknown search order {order!r}: use {' or '.join(SEARCH_ORDERS)}")
    query = search_terms(terms, conn.dialect.name)
    if not query:
        raise QueryError("search needs at least one word")
    statement = search_statement(conn.dialect.name, order)
    result = _run_search(conn, statement, {"query": query, "limit": limit}, terms)
    rows = [dict(row._mapping) for row in result]
    for row in rows:
        # ts_headline keeps the body's line breaks; one line reads better anywhere.
        row["snippet"] = " ".join((row["snippet"] or "").split())
    return rows


def relevance_pool_overflows(conn: Connection, terms: str) -> int | None:
    """The pool size when more than ``db.fulltext.RELEVANCE_POOL`` articles match, else None.

    Then ``search(..., order="relevance")`` ranked only the newest of them, and
    the caller should say so.
    """
    query = search_terms(terms, conn.dialect.name)
    if not query:
        return None
    statement = pool_overflow_statement(conn.dialect.name)
    more = _run_search(conn, statement, {"query": query}, terms).first() is not None
    return fulltext.RELEVANCE_POOL if more else None


def _run_search(
    conn: Connection, statement: Executable, params: dict[str, Any], terms: str
) -> CursorResult[Any]:
    """Execute a full-text statement; a query FTS5 rejects becomes a ``QueryError``."""
    try:
        return conn.execute(statement, params)
    except OperationalError as exc:
        # FTS5 reports a malformed query only when it runs.
        raise QueryError(f"bad search {terms!r}: {exc.orig}") from None


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
        verb = statement_verb(sql)
        if verb is not None:
            raise QueryError(
                f"read-only: {verb} is not allowed (campusnews sql runs reading statements only)"
            ) from None
        if denied:
            raise QueryError(f"read-only: {denied[0]} is not allowed") from None
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(message) from None
    finally:
        cursor.close()
    return SqlResult(columns=columns, rows=[tuple(row) for row in rows])


# Statements that never only read, named by their first words in refusals.
_WRITING_VERBS = frozenset(
    {
        "INSERT",
        "UPDATE",
        "DELETE",
        "REPLACE",
        "UPSERT",
        "MERGE",
        "TRUNCATE",
        "VACUUM",
        "ATTACH",
        "DETACH",
        "REINDEX",
        "ANALYZE",
        "BEGIN",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT",
        "RELEASE",
        "GRANT",
        "REVOKE",
        "COPY",
        "CLUSTER",
        "LOCK",
        "COMMENT",
    }
)
# These take their object kind along: DROP TABLE, CREATE INDEX, ALTER TABLE.
_WRITING_WITH_OBJECT = frozenset({"CREATE", "DROP", "ALTER"})
_LEADING_COMMENTS = re.compile(r"^(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*", re.DOTALL)


def statement_verb(sql: str) -> str | None:
    """The writing statement ``sql`` starts with (``DROP TABLE``, ``VACUUM``), else None.

    Reading statements (SELECT, WITH, VALUES, EXPLAIN, PRAGMA) give None: what
    in them was refused is named by the database (or the authorizer) instead.
    """
    words = _LEADING_COMMENTS.sub("", sql, count=1).split(None, 3)
    if not words:
        return None
    verb = words[0].upper().rstrip(";")
    if verb in _WRITING_WITH_OBJECT:
        kinds = [w.upper() for w in words[1:3]]
        if kinds and kinds[0] in ("TEMP", "TEMPORARY", "UNIQUE", "VIRTUAL") and len(kinds) > 1:
            return f"{verb} {kinds[0]} {kinds[1]}"
        return f"{verb} {kinds[0]}" if kinds else verb
    return verb if verb in _WRITING_VERBS else None


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


# --- agreement records (issue 14): one real-world agreement behind its mentions ---

RECORD_COLUMNS = (
    "id",
    "type",
    "status",
    "parties",
    "first_date",
    "last_date",
    "articles",
    "lifecycle",
    "reason",
)


def record_summaries(
    conn: Connection,
    *,
    org: str | None = None,
    with_org: str | None = None,
    type: str | None = None,  # mirrors the --type option and column name
    status: str | None = None,
    since: str | None = None,
    ids: Iterable[int] | None = None,
    limit: int | None = None,
) -> list[AgreementRecordSummary]:
    """Agreement records with their events and mentions, newest first.

    Newest means the latest date a record's mentions report (or their
    articles' publication). ``org`` and ``with_org`` name organisations by
    any alias (both: records between the two); ``status`` is the record's
    current status (announced, signed, extended, ended, ongoing); ``since``
    keeps records whose latest date is on or after it; ``ids`` keeps the
    records with these ids.
    """
    rec = m.AgreementRecord
    newest: Any = func.coalesce(rec.last_date, rec.first_date)
    query = select(
        rec.id,
        rec.record_key,
        rec.type,
        rec.status,
        rec.name,
        rec.first_date,
        rec.last_date,
        rec.reason,
    )
    oids = [organisation_id(conn, name) for name in (org, with_org) if name is not None]
    if oids:
        # record_organisations (migration 0010) holds each organisation's records
        # with their listing date coalesce(last_date, first_date, ''): '' sorts
        # below every date as NULL did (a record has both dates or neither).
        # The page is a range of (organisation_id, newest, record_id) read
        # backwards; with two organisations the one with fewer records drives.
        ro = m.RecordOrganisation
        driver, *others = _fewest_records_first(conn, oids)
        newest = ro.newest
        query = (
            query.join(ro, ro.record_id == rec.id)
            .where(ro.organisation_id == driver)
            .order_by(ro.newest.desc(), ro.record_id.desc())
        )
        for other in others:
            also = m.RecordOrganisation.__table__.alias("also")
            query = query.where(
                exists().where(also.c.record_id == rec.id, also.c.organisation_id == other)
            )
    else:
        query = query.order_by(newest.desc().nulls_last(), rec.id.desc())
    if type is not None:
        query = query.where(rec.type == type)
    if status is not None:
        query = query.where(rec.status == status)
    if since is not None:
        query = query.where(newest >= parse_since(since)[1])
    wanted: set[int] | None = None
    if ids is not None:
        wanted = set(ids)
        if not wanted:
            return []
        if len(wanted) <= _CHUNK:
            query = query.where(rec.id.in_(sorted(wanted)))
        # More ids than one IN list may bind (a first run's digest): filtered below.
    if limit is not None and (wanted is None or len(wanted) <= _CHUNK):
        query = query.limit(limit)
    rows = conn.execute(query).all()
    if wanted is not None and len(wanted) > _CHUNK:
        rows = [row for row in rows if row.id in wanted][:limit]
    record_ids = [row.id for row in rows]
    parties, mentions, details, event_rows = _record_details(conn, record_ids)
    out = []
    for row in rows:
        items = sorted(
            (details[aid] for aid in mentions.get(row.id, []) if aid in details),
            key=lambda x: (x.date or x.published or "9999", x.article_url, x.agreement_id),
        )
        steps = []
        for e in event_rows.get(row.id, []):
            source = details.get(e.agreement_id or 0)
            steps.append(
                RecordEventItem(
                    kind=e.kind,
                    date=e.date,
                    precision=e.date_precision,
                    agreement_id=e.agreement_id or 0,
                    article_url=source.article_url if source else "",
                    detail=e.detail,
                )
            )
        out.append(
            AgreementRecordSummary(
                id=row.id,
                type=row.type,
                status=row.status,
                parties=tuple(sorted(set(parties.get(row.id, [])))),
                first_date=row.first_date,
                last_date=row.last_date,
                name=row.name,
                events=tuple(steps),
                mentions=tuple(items),
                record_key=row.record_key,
                reason=row.reason,
            )
        )
    return out


def _record_details(
    conn: Connection, record_ids: Sequence[int]
) -> tuple[
    dict[int, list[str]],
    dict[int, list[int]],
    dict[int, RecordMentionItem],
    dict[int, list[_EventRow]],
]:
    """The parties, mentions (with their articles) and events of ``record_ids``.

    One statement per chunk of records, the three parts as one ``UNION ALL``
    told apart by ``part``: on PostgreSQL every statement is a round trip,
    which on a busy machine costs more than the statement (bench/query.md).
    Returns party names by record, mention ids by record, the mentions by
    id, and event rows (``kind``, ``detail``, ``date``, ``date_precision``,
    ``agreement_id``) by record in lifecycle order.
    """
    ag, art, rm, ev = m.Agreement, m.Article, m.RecordMention, m.RecordEvent

    def columns(tag: str, record_id: Any, number: Any, position: Any, published: Any,
                *texts: Any) -> list[Any]:  # fmt: skip
        """One part's columns, typed and labelled alike (NULL where the part has none)."""
        texts += (None,) * (_DETAIL_TEXTS - len(texts))
        values = [
            literal_column(f"'{tag}'", String),
            record_id,
            cast(null(), Integer) if number is None else number,
            cast(null(), Integer) if position is None else position,
            cast(null(), Date) if published is None else published,
            *(cast(null(), String) if value is None else value for value in texts),
        ]
        return [value.label(f"c{i}") for i, value in enumerate(values)]

    parties: dict[int, list[str]] = {}
    mentions: dict[int, list[int]] = {}
    details: dict[int, RecordMentionItem] = {}
    events: dict[int, list[tuple[int, _EventRow]]] = {}
    for chunk in _chunks(list(dict.fromkeys(record_ids))):
        party_rows = (
            select(*columns("p", rm.record_id, None, None, None, m.Organisation.name))
            .join(m.AgreementParty, m.AgreementParty.agreement_id == rm.agreement_id)
            .join(m.Organisation, m.Organisation.id == m.AgreementParty.organisation_id)
            .where(rm.record_id.in_(chunk))
        )
        mention_rows = (
            select(
                *columns(
                    "m",
                    rm.record_id,
                    ag.id,
                    None,
                    art.published,
                    art.url,
                    art.title,
                    ag.evidence,
                    ag.status,
                    ag.type,
                    ag.date,
                    art.language,
                )
            )  # fmt: skip
            .join(ag, ag.id == rm.agreement_id)
            .join(art, art.id == ag.article_id)
            .where(rm.record_id.in_(chunk))
        )
        event_rows = select(
            *columns(
                "e",
                ev.record_id,
                ev.agreement_id,
                ev.position,
                None,
                ev.kind,
                ev.detail,
                ev.date,
                ev.date_precision,
            )  # fmt: skip
        ).where(ev.record_id.in_(chunk))
        for row in conn.execute(union_all(party_rows, mention_rows, event_rows)):
            tag, record_id, number, position, published, *texts = row
            if tag == "p":
                parties.setdefault(record_id, []).append(texts[0])
            elif tag == "m":
                url, title, evidence, status, type_, day, lang = texts
                mentions.setdefault(record_id, []).append(number)
                details[number] = RecordMentionItem(
                    agreement_id=number,
                    article_url=url,
                    article_title=title,
                    published=published.isoformat() if published else None,
                    evidence=evidence,
                    status=status,
                    type=type_,
                    date=day,
                    lang=lang,
                )
            else:
                kind, detail, day, precision = texts[:4]
                event = _EventRow(kind, detail, day, precision, number)
                events.setdefault(record_id, []).append((position, event))
    ordered = {
        rid: [e for _, e in sorted(rows, key=lambda x: x[0])] for rid, rows in events.items()
    }
    return parties, mentions, details, ordered


# Text columns of _record_details' statement: a mention's seven.
_DETAIL_TEXTS = 7


@dataclass(frozen=True)
class _EventRow:
    """A ``record_events`` row as ``record_summaries`` reads it."""

    kind: str
    detail: str | None
    date: str | None
    date_precision: str | None
    agreement_id: int | None


def _fewest_records_first(conn: Connection, oids: list[int]) -> list[int]:
    """``oids`` ordered by how many records each is party to, fewest first (ties keep order)."""
    if len(oids) < 2:
        return oids
    counts = m.OrganisationCounts
    known = {
        row[0]: row[1]
        for row in conn.execute(
            select(counts.organisation_id, counts.records).where(counts.organisation_id.in_(oids))
        )
    }
    return sorted(oids, key=lambda oid: known.get(oid, 0))


def records_changed(conn: Connection, run_id: int) -> list[AgreementRecordSummary]:
    """The records that were new in crawl run ``run_id`` or whose status changed in it.

    Each has ``change`` set: ``"new"`` or ``"status: OLD -> NEW"``. Records
    since removed by a later rebuild are left out. Ordered as the run logged them.
    """
    rc, rec = m.RecordChange, m.AgreementRecord
    logged = conn.execute(
        select(rec.id, rc.change, rc.old_status, rc.new_status)
        .join(rec, rec.record_key == rc.record_key)
        .where(rc.run_id == run_id)
        .order_by(rc.id)
    ).all()
    changes: dict[int, str] = {}
    for row in logged:
        text = "new" if row.change == "new" else f"status: {row.old_status} -> {row.new_status}"
        changes.setdefault(row.id, text)
    summaries = {s.id: s for s in record_summaries(conn, ids=list(changes))}
    return [
        replace(summaries[rid], change=text) for rid, text in changes.items() if rid in summaries
    ]


def records_pending(conn: Connection) -> bool:
    """True when agreements are stored but no records were built from them yet."""
    if conn.scalar(select(m.AgreementRecord.id).limit(1)) is not None:
        return False
    return conn.scalar(select(m.Agreement.id).limit(1)) is not None


def records(conn: Connection, **filters: Any) -> list[dict[str, Any]]:
    """Agreement records as rows (``RECORD_COLUMNS``); ``filters`` as in ``record_summaries``."""
    return record_rows(record_summaries(conn, **filters))


def record_rows(summaries: Sequence[AgreementRecordSummary]) -> list[dict[str, Any]]:
    """Records as output rows (``RECORD_COLUMNS``): one line per record."""
    return [
        {
            "id": s.id,
            "type": s.type,
            "status": s.status,
            "parties": "; ".join(s.parties),
            "first_date": s.first_date,
            "last_date": s.last_date,
            "articles": s.articles,
            "lifecycle": lifecycle_text(s),
            "reason": s.reason,
        }
        for s in summaries
    ]


def lifecycle_text(summary: AgreementRecordSummary) -> str:
    """The record's events as one line: ``signed 2019 > extended (renewed) 2025-02-03``."""
    steps = []
    for e in summary.events:
        kind = f"{e.kind} ({e.detail})" if e.detail and e.detail != e.kind else e.kind
        steps.append(f"{kind} {e.date}" if e.date else kind)
    return " > ".join(steps) or summary.status


def source_names(conn: Connection) -> list[str]:
    """The name of every source with a row in ``sources`` (pages stored under it), by id."""
    return list(conn.scalars(select(m.Source.name)).all())


@dataclass(frozen=True)
class RunRow:
    """One crawl run as ``status`` shows it (times as stored, naive UTC on SQLite)."""

    id: int
    started_at: Any
    finished_at: Any
    status: str
    sources: str
    pages_fetched: int
    summary: dict[str, Any] | None


def recent_runs(conn: Connection, limit: int = 5) -> list[RunRow]:
    """The last ``limit`` crawl runs, newest first."""
    rows = conn.execute(
        select(
            m.CrawlRun.id,
            m.CrawlRun.started_at,
            m.CrawlRun.finished_at,
            m.CrawlRun.status,
            m.CrawlRun.sources,
            m.CrawlRun.pages_fetched,
            m.CrawlRun.summary,
        )
        .order_by(m.CrawlRun.id.desc())
        .limit(limit)
    )
    return [RunRow(*row) for row in rows]


@dataclass(frozen=True)
class SourceActivity:
    """Per source: the last good fetch, the last changed page, the newest article, error pages."""

    source: str
    last_success: Any
    last_new_page: Any
    newest_article: date | None
    pages_with_errors: int


def source_activity(conn: Connection) -> list[SourceActivity]:
    """Every source's activity (``status``), by name; a source with no pages has Nones and 0."""
    rows = conn.execute(
        select(
            m.Source.name,
            func.max(m.Page.fetched_at).filter(m.Page.error_kind.is_(None)),
            func.max(m.Page.changed_at),
            func.max(m.Article.published),
            func.count(m.Page.id).filter(m.Page.error_kind.is_not(None)),
        )
        .join(m.Page, m.Page.source_id == m.Source.id, isouter=True)
        .join(m.Article, m.Article.page_id == m.Page.id, isouter=True)
        .group_by(m.Source.name)
        .order_by(m.Source.name)
    )
    return [SourceActivity(*row) for row in rows]


def totals(conn: Connection) -> dict[str, int]:
    """How many articles, organisations, agreement mentions and records the database holds."""
    counted = {
        "articles": m.Article.id,
        "organisations": m.Organisation.id,
        "agreement mentions": m.Agreement.id,
        "agreement records": m.AgreementRecord.id,
    }
    return {
        label: conn.scalar(select(func.count(column))) or 0 for label, column in counted.items()
    }


@dataclass(frozen=True)
class CorrectionRow:
    """An analyst's correction as ``records corrections`` lists it."""

    id: int
    action: str
    article_key: str
    identity_key: str
    other_article_key: str | None
    other_identity_key: str | None
    note: str | None


def corrections(conn: Connection) -> list[CorrectionRow]:
    """Every stored record correction, oldest first."""
    c = m.RecordCorrection
    rows = conn.execute(
        select(
            c.id,
            c.action,
            c.article_key,
            c.identity_key,
            c.other_article_key,
            c.other_identity_key,
            c.note,
        ).order_by(c.id)
    )
    return [CorrectionRow(*row) for row in rows]


# -- Reads of the crawl, reparse and record rebuild --------------------------
# (pipeline/page_handler.py, reparse.py, records_store.py, source_health.py:
# the pipeline reads the database through these, and writes through
# pipeline/store/.) Each function is self-contained: what it needs beyond the
# module's imports, it imports itself.


def stored_sha256(conn: Connection, url_key: str) -> str | None:
    """The SHA-256 of the body stored for a URL key, or None (no page, or no body yet)."""
    return conn.scalar(select(m.Page.sha256).where(m.Page.url_key == url_key))


def stored_page(conn: Connection, page_id: int) -> Any:
    """The stored page as parsers see it (``scraper.models.Page``); None when no body was stored."""
    import zlib
    from datetime import UTC

    from scraper.models import Page

    row = conn.execute(
        select(
            m.Page.url,
            m.Page.changed_at,
            m.Page.fetched_at,
            m.Page.status,
            m.PageBody.body,
            m.PageBody.headers,
        )
        .join(m.PageBody, m.PageBody.page_id == m.Page.id)
        .where(m.Page.id == page_id)
    ).first()
    if row is None:
        return None
    fetched_at = row.changed_at or row.fetched_at
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=UTC)
    return Page(
        url=row.url,
        body=zlib.decompress(row.body),
        fetched_at=fetched_at,
        status=row.status or 200,
        headers=dict(row.headers or {}),
    )


def stored_pages(conn: Connection) -> list[tuple[int, str, int | None, Any]]:
    """Every page with a stored body, in id order: (id, source name, parser version, parsed at)."""
    rows = conn.execute(
        select(m.Page.id, m.Source.name, m.Page.parser_version, m.Page.parsed_at)
        .join(m.Source, m.Source.id == m.Page.source_id)
        .join(m.PageBody, m.PageBody.page_id == m.Page.id)
        .order_by(m.Page.id)
    )
    return [(row[0], row[1], row[2], row[3]) for row in rows]


def finished_runs(conn: Connection, *, limit: int) -> list[tuple[Any, str | None, Any]]:
    """The last ``limit`` finished runs, newest first: (started at, sources, summary)."""
    rows = conn.execute(
        select(m.CrawlRun.started_at, m.CrawlRun.sources, m.CrawlRun.summary)
        .where(m.CrawlRun.finished_at.is_not(None))
        .order_by(m.CrawlRun.id.desc())
        .limit(limit)
    )
    return [(row[0], row[1], row[2]) for row in rows]


def agreement_mention_rows(conn: Connection, ids: Iterable[int] | None = None) -> list[Any]:
    """Every stored agreement mention (or those of ``ids``) with its article's grouping and date.

    Rows with ``id, identity_key, type, status, date, date_precision,
    evidence, article_id, translation_of_id, published, url_key``.
    """
    ag, art, page = m.Agreement, m.Article, m.Page
    query = (
        select(
            ag.id,
            ag.identity_key,
            ag.type,
            ag.status,
            ag.date,
            ag.date_precision,
            ag.evidence,
            art.id.label("article_id"),
            art.translation_of_id,
            art.published,
            page.url_key,
        )
        .join(art, art.id == ag.article_id)
        .join(page, page.id == art.page_id)
    )
    if ids is None:
        return list(conn.execute(query).all())
    return [
        row
        for chunk in _chunks(sorted(set(ids)))
        for row in conn.execute(query.where(ag.id.in_(chunk)))
    ]


def agreement_party_pairs(conn: Connection) -> list[tuple[int, int]]:
    """Every (agreement mention id, organisation id) of a party."""
    rows = conn.execute(select(m.AgreementParty.agreement_id, m.AgreementParty.organisation_id))
    return [(row[0], row[1]) for row in rows]


def organisation_names(conn: Connection, ids: Iterable[int] | None = None) -> dict[int, str]:
    """Every organisation's name (or those of ``ids``) by id."""
    query = select(m.Organisation.id, m.Organisation.name)
    if ids is None:
        return {row[0]: row[1] for row in conn.execute(query)}
    return {
        row[0]: row[1]
        for chunk in _chunks(sorted(set(ids)))
        for row in conn.execute(query.where(m.Organisation.id.in_(chunk)))
    }


def mention_identity(conn: Connection, agreement_id: int) -> tuple[str, str] | None:
    """A mention's stable identity, (its page's URL key, its identity key), or None."""
    row = conn.execute(
        select(m.Page.url_key, m.Agreement.identity_key)
        .join(m.Article, m.Article.id == m.Agreement.article_id)
        .join(m.Page, m.Page.id == m.Article.page_id)
        .where(m.Agreement.id == agreement_id)
    ).first()
    return None if row is None else (row[0], row[1])


def records_missing(conn: Connection) -> bool:
    """True when agreements are stored but no record was built from them (an upgraded database)."""
    if conn.scalar(select(m.AgreementRecord.id).limit(1)) is not None:
        return False
    return conn.scalar(select(m.Agreement.id).limit(1)) is not None


def record_marks(conn: Connection) -> list[tuple[int, int | None, int | None, int | None]]:
    """Every record mark (migration 0010): (id, agreement id, record id, organisation id)."""
    mark = m.RecordMark
    rows = conn.execute(
        select(mark.id, mark.agreement_id, mark.record_id, mark.organisation_id).order_by(mark.id)
    )
    return [(row[0], row[1], row[2], row[3]) for row in rows]


def agreement_count(conn: Connection) -> int:
    """How many agreement mentions are stored."""
    return int(conn.scalar(select(func.count()).select_from(m.Agreement)) or 0)


def parties_of(conn: Connection, ids: Iterable[int]) -> list[tuple[int, int]]:
    """The (agreement mention id, organisation id) pairs of the mentions ``ids``."""
    party = m.AgreementParty
    query = select(party.agreement_id, party.organisation_id)
    return [
        (row[0], row[1])
        for chunk in _chunks(sorted(set(ids)))
        for row in conn.execute(query.where(party.agreement_id.in_(chunk)))
    ]


def parties_of_mentions_with(conn: Connection, org_ids: Iterable[int]) -> list[tuple[int, int]]:
    """The (agreement mention id, organisation id) pairs of every mention ``org_ids`` are in."""
    party = m.AgreementParty
    pairs: set[tuple[int, int]] = set()
    for chunk in _chunks(sorted(set(org_ids))):
        with_org = select(party.agreement_id).where(party.organisation_id.in_(chunk))
        rows = conn.execute(
            select(party.agreement_id, party.organisation_id).where(
                party.agreement_id.in_(with_org)
            )
        )
        pairs.update((row[0], row[1]) for row in rows)
    return sorted(pairs)


def party_mention_counts(conn: Connection, org_ids: Iterable[int]) -> dict[int, int]:
    """How many agreement mentions each of ``org_ids`` is party to (``organisation_counts``)."""
    counts = m.OrganisationCounts
    query = select(counts.organisation_id, counts.agreements)
    return {
        row[0]: row[1]
        for chunk in _chunks(sorted(set(org_ids)))
        for row in conn.execute(query.where(counts.organisation_id.in_(chunk)))
    }


def mention_records(conn: Connection, ids: Iterable[int]) -> list[tuple[int, int]]:
    """(agreement mention id, record id) of the mentions ``ids`` that are in a record."""
    link = m.RecordMention
    query = select(link.agreement_id, link.record_id)
    return [
        (row[0], row[1])
        for chunk in _chunks(sorted(set(ids)))
        for row in conn.execute(query.where(link.agreement_id.in_(chunk)))
    ]


def record_mention_ids(conn: Connection, record_ids: Iterable[int]) -> list[int]:
    """The agreement mention ids linked to the records ``record_ids``."""
    link = m.RecordMention
    query = select(link.agreement_id)
    return [
        row[0]
        for chunk in _chunks(sorted(set(record_ids)))
        for row in conn.execute(query.where(link.record_id.in_(chunk)))
    ]


def mention_ids_by_identity(
    conn: Connection, identities: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """The mention id of each stable identity (page URL key, identity key) that is stored."""
    wanted = set(identities)
    ag, art, page = m.Agreement, m.Article, m.Page
    query = (
        select(page.url_key, ag.identity_key, ag.id)
        .join(art, art.page_id == page.id)
        .join(ag, ag.article_id == art.id)
    )
    found: dict[tuple[str, str], int] = {}
    url_keys = sorted({key for key, _ in wanted})
    for chunk in (url_keys[i : i + _CHUNK] for i in range(0, len(url_keys), _CHUNK)):
        for url_key, identity_key, agreement_id in conn.execute(
            query.where(page.url_key.in_(chunk))
        ):
            if (url_key, identity_key) in wanted:
                found[(url_key, identity_key)] = agreement_id
    return found


# Rows read in batches of this many (a server-side cursor on PostgreSQL), for this
# statement only.
_STREAMED = {"yield_per": 5000}


def streamed_mention_parties(conn: Connection) -> Iterator[tuple[int, int]]:
    """Every (agreement mention id, organisation id) of a party, by mention id, read in batches."""
    party = m.AgreementParty
    rows = conn.execute(
        select(party.agreement_id, party.organisation_id).order_by(
            party.agreement_id, party.organisation_id
        ),
        execution_options=_STREAMED,
    )
    return ((row[0], row[1]) for row in rows)


def streamed_record_links(conn: Connection) -> Iterator[tuple[int, int]]:
    """Every (agreement mention id, record id) of ``record_mentions``, read in batches."""
    link = m.RecordMention
    rows = conn.execute(select(link.agreement_id, link.record_id), execution_options=_STREAMED)
    return ((row[0], row[1]) for row in rows)


def streamed_mention_identities(conn: Connection) -> Iterator[tuple[int, str, str]]:
    """Every mention's (id, page URL key, identity key), read in batches."""
    ag, art, page = m.Agreement, m.Article, m.Page
    rows = conn.execute(
        select(ag.id, page.url_key, ag.identity_key)
        .join(art, art.id == ag.article_id)
        .join(page, page.id == art.page_id),
        execution_options=_STREAMED,
    )
    return ((row[0], row[1], row[2]) for row in rows)


def streamed_record_keys(conn: Connection) -> Iterator[tuple[str, int]]:
    """Every stored record's (``record_key``, id), read in batches."""
    rec = m.AgreementRecord
    rows = conn.execute(select(rec.record_key, rec.id), execution_options=_STREAMED)
    return ((row[0], row[1]) for row in rows)


def record_mark_summary(conn: Connection) -> tuple[int, bool, int]:
    """The record marks: how many, whether one asks for a full rebuild, how many mentions named."""
    mark = m.RecordMark
    full = (mark.agreement_id.is_(None)) & (mark.record_id.is_(None))
    row = conn.execute(
        select(
            func.count(),
            func.count(mark.id).filter(full & mark.organisation_id.is_(None)),
            func.count(distinct(mark.agreement_id)),
        )
    ).one()
    return int(row[0]), bool(row[1]), int(row[2])


def streamed_record_mark_ids(conn: Connection) -> Iterator[int]:
    """Every record mark's id, in order, read in batches."""
    mark = m.RecordMark
    rows = conn.execute(select(mark.id).order_by(mark.id), execution_options=_STREAMED)
    return (row[0] for row in rows)
