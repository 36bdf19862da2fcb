"""Pages and what they say: fetches, bodies, articles and their entities.

Every write is an idempotent upsert keyed by the identities the schema
defines (normalised URL, organisation alias key, agreement identity per
article), so crawling, reparsing or killing and rerunning never duplicates
rows. Callers own the transaction: one stored page is one transaction.
The reads here are the ones a write needs inside its own transaction.
"""

from __future__ import annotations

import functools
import hashlib
import json
import zlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, Table, delete, select
from sqlalchemy.orm import Session

from db import models as m
from pipeline.store import sql
from scraper.keys import alias_key as _alias_key
from scraper.models import (
    STORED_HEADERS,
    Extraction,
    FetchResult,
    Organisation,
    Page,
    ParsedArticle,
)
from scraper.urls import url_key

PageOutcome = Literal["new", "changed", "unchanged", "not_modified", "error"]

# The same organisations recur on page after page: their keys are computed once.
alias_key = functools.lru_cache(maxsize=1 << 16)(_alias_key)


def insert_missing(
    session: Session, model: type[m.Base], rows: list[dict[str, Any]], key: str
) -> int:
    """Insert rows whose ``key`` is not taken yet; leave existing rows alone.

    ``INSERT ... ON CONFLICT DO NOTHING``, so two workers creating the same
    organisation, source or frontier URL at once cannot fail each other's
    transaction. Returns how many rows were inserted (where the driver does
    not count an executemany, how many were offered: callers look up the
    existing keys first, so only a race makes that differ).
    """
    return _insert_missing(session.connection(), model.__table__, rows, key)  # type: ignore[arg-type]


def _insert_missing(conn: Connection, table: Table, rows: list[dict[str, Any]], key: str) -> int:
    if not rows:
        return 0
    # One statement for any number of rows (executemany): a multi-row VALUES
    # would be compiled, and cached, once per row count. On the DB-API cursor.
    count = sql.run_many(conn, sql.insert_ignoring(conn.dialect.name, table, key), rows)
    return count if count >= 0 else len(rows)


def source_id(session: Session, name: str) -> int:
    """The id of a source row, created on first use."""
    conn = session.connection()
    found = sql.scalar(conn, sql.SOURCE_ID, {"p_name": name})
    if found is None:
        insert_missing(session, m.Source, [{"name": name}], "name")
        found = sql.scalar(conn, sql.SOURCE_ID, {"p_name": name})
    assert found is not None
    return found


def save_fetch(
    session: Session, result: FetchResult, *, kind: str, source: str, run_id: int | None
) -> tuple[PageOutcome, int | None]:
    """Record a fetch on the page's row (``kind``: the frontier's kind of URL).

    The row is the final URL's. The body is kept when it changed. An error
    never erases a body stored by an earlier fetch: the row records the error
    and the old body stays for ``reparse``. Every fetch, failed ones
    included, gets a row, so the summary and ``status`` can show the error.
    Returns the outcome and the page id.
    """
    conn = session.connection()
    key = url_key(result.page_url)
    row = sql.first(conn, sql.FIND_PAGE, {"p_key": key})
    if row is None:
        # Two URLs can redirect to one page, fetched by two workers at once.
        new_row = {
            "url_key": key,
            "url": result.page_url,
            "source_id": source_id(session, source),
            "fetched_at": result.fetched_at,
            "kind": kind,
        }
        insert_missing(session, m.Page, [new_row], "url_key")
        row = sql.first(conn, sql.FIND_PAGE, {"p_key": key})
        assert row is not None
    page_id, stored_sha = row
    values: dict[str, Any] = {
        "crawl_run_id": run_id,
        "fetched_at": result.fetched_at,
        "kind": kind,
    }
    if result.status is not None:
        values["status"] = result.status
    outcome = _fetch_outcome(conn, result, page_id, stored_sha, values)
    sql.run_one(conn, sql.UPDATE_PAGE, {"p_id": page_id, **values})
    return outcome, page_id


def _fetch_outcome(
    conn: Connection,
    result: FetchResult,
    page_id: int,
    stored_sha: str | None,
    values: dict[str, Any],
) -> PageOutcome:
    """Fill ``values`` (the page row's new columns), store a new body; say what happened."""
    if result.not_modified:
        values.update(error_kind=None, error=None)
        return "not_modified"
    if result.error_kind is not None:
        values.update(error_kind=result.error_kind, error=(result.error or "")[:2000])
        return "error"
    headers = {k: v for k, v in result.headers.items() if k in STORED_HEADERS}
    values.update(
        url=result.page_url,
        error_kind=None,
        error=None,
        content_type=headers.get("content-type"),
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
    )
    digest = result.sha256
    assert digest is not None  # readable: no error, not a 304
    if stored_sha == digest and _has_body(conn, page_id):
        return "unchanged"
    values.update(sha256=digest, changed_at=result.fetched_at, parsed_at=None)
    body = {
        "page_id": page_id,
        "headers": headers,
        # Level 1: a third of level 6's time for 4 % more bytes; reparse reads it back.
        "body": zlib.compress(result.body, 1),
        "size": len(result.body),
    }
    sql.run_one(conn, sql.upserts(conn.dialect.name).body, body)
    return "new" if stored_sha is None else "changed"


def body_sha256(conn: Connection, key: str) -> str | None:
    """The SHA-256 of the body stored for a URL key, or None (no page, or no body yet)."""
    return sql.scalar(conn, sql.PAGE_SHA256, {"p_key": key})


def _has_body(conn: Connection, page_id: int) -> bool:
    return sql.first(conn, sql.HAS_BODY, {"p_id": page_id}) is not None


def stored_bodies(conn: Connection, page_ids: Sequence[int]) -> dict[int, Page]:
    """The stored pages of ``page_ids`` as parsers see them, by id (one query; no body: left out).

    As ``db.queries.stored_page`` reads one page: the body decompressed, the
    time it was fetched with that content, status 200 when none was stored.
    """
    pages: dict[int, Page] = {}
    if not page_ids:
        return pages
    for row in conn.execute(sql.STORED_BODIES, {"p_ids": list(page_ids)}):
        fetched_at = row.changed_at or row.fetched_at
        if fetched_at.tzinfo is None:
            fetched_at = fetched_at.replace(tzinfo=UTC)
        pages[row.id] = Page(
            url=row.url,
            body=zlib.decompress(row.body),
            fetched_at=fetched_at,
            status=row.status or 200,
            headers=dict(row.headers or {}),
        )
    return pages


def stored_before(session: Session, keys: Iterable[str], since: datetime) -> set[str]:
    """The URL keys whose page was fetched and stored, unchanged since ``since``.

    "Known" for the paging stop: a URL merely queued, or stored for the
    first time (or changed) by this run, is not.
    """
    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    conn = session.connection()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(conn.scalars(sql.STORED_BEFORE, {"p_keys": chunk, "p_since": since}))
    return found


def record_parse_error(
    session: Session, page_id: int, *, kind: str, message: str, parser: str, version: int
) -> None:
    """Note on the page's row that parsing failed (the body stays)."""
    session.connection().execute(
        sql.UPDATE_PAGE,
        {
            "p_id": page_id,
            "error_kind": kind,
            "error": message[:2000],
            "parser": parser,
            "parser_version": version,
            "parsed_at": datetime.now(UTC),
        },
    )


def mark_layout_changed(session: Session, page_id: int, parsed_by: Mapping[str, str]) -> None:
    """Note on a page's row that its source's selectors missed (for a page stored no article)."""
    session.connection().execute(
        sql.UPDATE_PAGE,
        {"p_id": page_id, "layout_changed": True, "parsed_by": dict(parsed_by) or None},
    )


def save_extraction(
    session: Session,
    page_id: int,
    extraction: Extraction,
    *,
    parser: str,
    version: int,
    canonical_key: str | None,
    now: datetime,
) -> int | None:
    """Upsert the article, organisations, mentions, agreements and dates of one page.

    Listing pages store no article (their links went to the frontier).
    Returns the article id, or None for listings. Plain SQL statements, a
    handful per page: this runs once for every page a crawl stores.
    """
    conn = session.connection()
    article_data = extraction.article
    source = sql.scalar(
        conn,
        sql.UPDATE_PAGE_SOURCE,
        {
            "p_id": page_id,
            "parser": parser,
            "parser_version": version,
            "parsed_at": now,
            "error_kind": None,
            "error": None,
            "kind": article_data.kind,
            "layout_changed": article_data.layout_changed,
            "parsed_by": dict(article_data.parsed_by) or None,
            "truncated": article_data.truncated,
        },
    )
    if source is None:
        raise ValueError(f"no page {page_id}")
    if article_data.kind == "listing":
        conn.execute(sql.DELETE_ARTICLE_OF_PAGE, {"p_id": page_id})
        return None

    values = {
        "url": article_data.url,
        "kind": article_data.kind,
        "title": article_data.title,
        "published": article_data.published,
        "published_source": article_data.published_source,
        "language": article_data.language,
        "body_text": article_data.text,
        "canonical_key": canonical_key,
        "content_hash": content_hash(article_data),
        "extracted_at": now,
    }
    stored = sql.first(conn, sql.ARTICLE_OF_PAGE, {"p_id": page_id})
    if stored is None:
        # A new article: nothing of it to compare with (its rows cascade from it).
        row = {"page_id": page_id, "source_id": source, **values}
        article_id = sql.scalar(conn, sql.upserts(conn.dialect.name).article, row)
        assert article_id is not None
        org_ids = _organisation_ids(conn, extraction.organisations)
        _insert_mentions(conn, article_id, _mention_forms(extraction, org_ids))
        _save_agreements(conn, article_id, extraction, org_ids, new=True)
        _insert_dates(conn, article_id, _date_rows(extraction))
        return article_id
    # Stored before (a reparse, a changed page): write only what differs, so
    # unchanged rows keep their ids and the triggers (full-text index, counts,
    # sort keys) do no work for them.
    article_id = stored[0]
    before = dict(zip(sql.ARTICLE_UPDATED_COLUMNS, stored[1:], strict=True))
    changed = {k: v for k, v in values.items() if k == "extracted_at" or before[k] != v}
    sql.run_one(conn, sql.UPDATE_ARTICLE, {"p_id": article_id, **changed})
    org_ids = _organisation_ids(conn, extraction.organisations)
    _update_mentions(conn, article_id, _mention_forms(extraction, org_ids))
    _save_agreements(conn, article_id, extraction, org_ids, new=False)
    _update_dates(conn, article_id, _date_rows(extraction))
    return article_id


def content_hash(article: ParsedArticle) -> str:
    """The identity of an article's content: the same title and text on two URLs is one article."""
    return hashlib.sha256(f"{article.title}\n{article.text}".encode()).hexdigest()


def duplicate_of(
    session: Session, page_id: int, article: ParsedArticle, canonical: str | None
) -> int | None:
    """The article another page already holds for this content, if any.

    Duplicates fold by ``rel=canonical``/``og:url`` pointing at another stored
    page, or by identical title and text (the same item under two URLs).
    """
    conn = session.connection()
    if canonical is not None:
        own_key = sql.scalar(conn, sql.PAGE_KEY, {"p_id": page_id})
        if canonical != own_key:
            other = sql.scalar(
                conn, sql.ARTICLE_BY_CANONICAL, {"p_key": canonical, "p_id": page_id}
            )
            if other is not None:
                return int(other)
    found = sql.scalar(
        conn, sql.ARTICLE_BY_CONTENT, {"p_hash": content_hash(article), "p_id": page_id}
    )
    return None if found is None else int(found)


def organisation_id(session: Session, name: str, aliases: Iterable[str], kind: str | None) -> int:
    """Resolve an organisation by its name or any alias, creating it when unknown.

    Every alias becomes a database-wide alias of the resolved organisation,
    unless that alias already belongs to another one (first come keeps it).
    """
    org = Organisation(name=name, aliases=tuple(aliases), kind=kind)
    return _organisation_ids(session.connection(), [org])[name]


def _alias_keys(org: Organisation) -> list[str]:
    keys = [alias_key(org.name), *(alias_key(a) for a in org.aliases)]
    return [k for k in dict.fromkeys(keys) if k] or [org.name.casefold()]


def _organisation_ids(conn: Connection, orgs: Sequence[Organisation]) -> dict[str, int]:
    """Resolve (or create) every organisation of a page with one lookup of all their aliases.

    Organisations resolve in order, as if one by one: an alias the first one
    claims counts as known for the next.
    """
    keys_of = {org.name: _alias_keys(org) for org in orgs}
    wanted = list(dict.fromkeys(k for keys in keys_of.values() for k in keys))
    owners: dict[str, int] = {}
    if wanted:
        owners = dict(sql.rows_in(conn, sql.ALIAS_OWNERS, "p_keys", wanted))
    ids: dict[str, int] = {}
    new_aliases: dict[str, dict[str, Any]] = {}
    for org in orgs:
        keys = keys_of[org.name]
        # The canonical name's key decides; else the first alias already known.
        org_id = next((owners[k] for k in keys if k in owners), None)
        if org_id is None:
            new_org = {"name": org.name, "kind": org.kind}
            _insert_missing(conn, sql.ORGANISATIONS, [new_org], "name")
            org_id = sql.scalar(conn, sql.ORGANISATION_ID, {"p_name": org.name})
        assert org_id is not None
        ids[org.name] = org_id
        surface = {alias_key(a): a for a in (org.name, *org.aliases)}
        for key in keys:
            if key not in owners:
                owners[key] = org_id
                new_aliases[key] = {
                    "organisation_id": org_id,
                    "alias": surface.get(key, org.name)[:300],
                    "alias_key": key,
                }
    _insert_missing(conn, sql.ALIASES, list(new_aliases.values()), "alias_key")
    return ids


def _mention_forms(extraction: Extraction, org_ids: Mapping[str, int]) -> dict[int, str]:
    """The page's mention rows: organisation id -> its surface forms, in page order."""
    forms: dict[int, tuple[str, ...]] = {}
    for org in extraction.organisations:
        # Two names on the page may resolve to one organisation: one mention row.
        forms.setdefault(org_ids[org.name], org.aliases)
    return {org_id: "; ".join(f) for org_id, f in forms.items()}


def _insert_mentions(conn: Connection, article_id: int, forms: Mapping[int, str]) -> None:
    sql.run_many(
        conn,
        sql.INSERT_MENTION,
        [
            {"article_id": article_id, "organisation_id": org_id, "surface_forms": text}
            for org_id, text in forms.items()
        ],
    )


def _update_mentions(conn: Connection, article_id: int, forms: Mapping[int, str]) -> None:
    """Make an article's mention rows ``forms``, touching only the rows that differ."""
    stored = dict(sql.rows(conn, sql.MENTIONS_OF_ARTICLE, {"p_id": article_id}))
    gone = [org for org in stored if org not in forms]
    if gone:
        conn.execute(sql.DELETE_SOME_MENTIONS, {"p_id": article_id, "p_orgs": gone})
    changed = [
        {"p_id": article_id, "p_org": org, "p_forms": text}
        for org, text in forms.items()
        if org in stored and stored[org] != text
    ]
    if changed:
        conn.execute(sql.UPDATE_MENTION, changed)
    _insert_mentions(conn, article_id, {o: t for o, t in forms.items() if o not in stored})


def agreement_identity(type_: str, party_ids: Iterable[int], date: str | None) -> str:
    """The identity of an agreement within an article: type, parties and date."""
    raw = json.dumps([type_, sorted(set(party_ids)), date])
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _save_agreements(
    conn: Connection,
    article_id: int,
    extraction: Extraction,
    org_ids: Mapping[str, int],
    *,
    new: bool,
) -> None:
    """Make an article's agreements and their parties those of ``extraction``.

    An agreement keeps its row (and id) while its identity stays; of the
    stored rows only what differs is written. ``new``: the article was just
    inserted, so nothing of it is stored yet.
    """
    # identity key -> (id, *AGREEMENT_COLUMNS) of each stored agreement.
    stored: dict[str, tuple[Any, ...]] = {}
    stored_parties: dict[int, set[int]] = {}
    if not new:
        params = {"p_id": article_id}
        stored = {row[0]: row[1:] for row in sql.rows(conn, sql.AGREEMENT_ROWS_OF_ARTICLE, params)}
        for agreement_id, org_id in sql.rows(conn, sql.PARTIES_OF_ARTICLE, params):
            stored_parties.setdefault(agreement_id, set()).add(org_id)
    wanted: dict[str, tuple[dict[str, Any], list[int]]] = {}
    for agreement in extraction.agreements:
        parties = [org_ids[p] for p in agreement.parties if p in org_ids]
        if not parties:
            continue
        key = agreement_identity(agreement.type, parties, agreement.date)
        if key in wanted:
            continue
        values = {
            "type": agreement.type,
            "status": agreement.status,
            "date": agreement.date,
            "date_precision": agreement.date_precision,
            "evidence": agreement.evidence,
            "confidence": agreement.confidence,
        }
        wanted[key] = (values, list(dict.fromkeys(parties)))
    parties_rows: list[dict[str, int]] = []
    added = [key for key in wanted if key not in stored]
    if added:
        rows = [{"article_id": article_id, "identity_key": k, **wanted[k][0]} for k in added]
        ids = sql.insert_ids(conn, sql.INSERT_AGREEMENTS, rows)
        for key, row_id in zip(added, ids, strict=True):
            parties_rows += [{"agreement_id": row_id, "organisation_id": o} for o in wanted[key][1]]
    gone_parties: list[dict[str, int]] = []
    for key, (values, parties) in wanted.items():
        row = stored.get(key)
        if row is None:
            continue
        row_id = row[0]
        before = dict(zip(sql.AGREEMENT_COLUMNS, row[1:], strict=True))
        changed = {c: v for c, v in values.items() if before[c] != v}
        if changed:
            conn.execute(sql.UPDATE_AGREEMENT, {"p_id": row_id, **changed})
        have = stored_parties.get(row_id, set())
        parties_rows += [
            {"agreement_id": row_id, "organisation_id": o} for o in parties if o not in have
        ]
        gone_parties += [{"p_agreement": row_id, "p_org": o} for o in have if o not in parties]
    stale = [row[0] for key, row in stored.items() if key not in wanted]
    if stale:
        conn.execute(sql.DELETE_AGREEMENTS, {"p_ids": stale})
    if gone_parties:
        conn.execute(sql.DELETE_PARTY, gone_parties)
    sql.run_many(conn, sql.INSERT_PARTY, parties_rows)


def _date_rows(extraction: Extraction) -> list[dict[str, Any]]:
    return [
        {
            "position": position,
            "text": found.text[:200],
            "value": found.value,
            "precision": found.precision,
        }
        for position, found in enumerate(extraction.dates)
    ]


def _insert_dates(conn: Connection, article_id: int, rows: Sequence[Mapping[str, Any]]) -> None:
    sql.run_many(conn, sql.INSERT_DATE, [{"article_id": article_id, **row} for row in rows])


def _update_dates(conn: Connection, article_id: int, rows: Sequence[Mapping[str, Any]]) -> None:
    """Make an article's date rows ``rows`` (by position), touching only the rows that differ."""
    # position -> (id, text, value, precision) of each stored date.
    stored = {row[0]: row[1:] for row in sql.rows(conn, sql.DATES_OF_ARTICLE, {"p_id": article_id})}
    gone = [row[0] for position, row in stored.items() if position >= len(rows)]
    if gone:
        conn.execute(sql.DELETE_SOME_DATES, {"p_ids": gone})
    changed = []
    for row in rows:
        old = stored.get(row["position"])
        if old is not None and old[1:] != (row["text"], row["value"], row["precision"]):
            changed.append(
                {
                    "p_id": old[0],
                    "text": row["text"],
                    "value": row["value"],
                    "precision": row["precision"],
                }
            )
    if changed:
        conn.execute(sql.UPDATE_DATE, changed)
    _insert_dates(conn, article_id, [row for row in rows if row["position"] not in stored])


def forget_source(session: Session, name: str) -> int:
    """Delete a source's frontier, pages and articles (the demo starts afresh).

    Organisations stay: they are shared by every source.
    Returns how many pages were deleted.
    """
    sid = session.scalar(select(m.Source.id).where(m.Source.name == name))
    if sid is None:
        return 0
    session.execute(delete(m.FrontierURL).where(m.FrontierURL.source_id == sid))
    page_ids = select(m.Page.id).where(m.Page.source_id == sid)
    session.execute(delete(m.Article).where(m.Article.page_id.in_(page_ids)))
    session.execute(delete(m.PageBody).where(m.PageBody.page_id.in_(page_ids)))
    return session.execute(delete(m.Page).where(m.Page.source_id == sid)).rowcount or 0  # type: ignore[attr-defined]  # a CursorResult


def link_translations(
    session: Session, article_id: int, language: str | None, alternates: Iterable[str]
) -> None:
    """Link nl/en variants of one announcement (hreflang): the non-English points at the English."""
    keys = [url_key(u) for u in alternates]
    if not keys:
        return
    conn = session.connection()
    others = conn.execute(sql.TRANSLATION_CANDIDATES, {"p_keys": keys, "p_id": article_id}).all()
    translation_of: int | None = None
    for other_id, other_language in others:
        if (language or "") != "en" and other_language == "en":
            translation_of = other_id
        elif language == "en" and (other_language or "") != "en":
            conn.execute(
                sql.SET_TRANSLATION_OF, {"p_id": other_id, "translation_of_id": article_id}
            )
    if translation_of is not None:
        conn.execute(
            sql.SET_TRANSLATION_OF, {"p_id": article_id, "translation_of_id": translation_of}
        )
