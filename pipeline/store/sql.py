"""The statements the store runs for every crawled page, built once.

Building a SQLAlchemy statement (and its cache key) costs more than running it
on SQLite, so the per-page statements are built here once, with bound
parameters, and reused. Parameters are named ``p_*``; an UPDATE without
``.values()`` sets the columns named in the parameters it is given.
Upserts differ by dialect (``ON CONFLICT`` on SQLite and PostgreSQL): those
are built once per dialect by ``upserts(dialect)`` and ``insert_ignoring``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

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

SOURCE_ID = select(SOURCES.c.id).where(SOURCES.c.name == bindparam("p_name"))
FIND_PAGE = (
    select(PAGES.c.id, PAGES.c.sha256)
    .where(PAGES.c.url_key == bindparam("p_key"))
    .with_for_update()
)
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
ARTICLE_BY_CANONICAL = (
    select(ARTICLES.c.id)
    .join(PAGES, PAGES.c.id == ARTICLES.c.page_id)
    .where(
        (ARTICLES.c.canonical_key == bindparam("p_key")) | (PAGES.c.url_key == bindparam("p_key")),
        ARTICLES.c.page_id != bindparam("p_id"),
    )
    .limit(1)
)
ARTICLE_BY_CONTENT = (
    select(ARTICLES.c.id)
    .where(ARTICLES.c.content_hash == bindparam("p_hash"), ARTICLES.c.page_id != bindparam("p_id"))
    .limit(1)
)

ALIAS_OWNERS = select(ALIASES.c.alias_key, ALIASES.c.organisation_id).where(
    ALIASES.c.alias_key.in_(bindparam("p_keys", expanding=True))
)
ORGANISATION_ID = select(ORGANISATIONS.c.id).where(ORGANISATIONS.c.name == bindparam("p_name"))
DELETE_MENTIONS = delete(MENTIONS).where(MENTIONS.c.article_id == bindparam("p_id"))
INSERT_MENTION = insert(MENTIONS)

AGREEMENTS_OF_ARTICLE = select(AGREEMENTS.c.identity_key, AGREEMENTS.c.id).where(
    AGREEMENTS.c.article_id == bindparam("p_id")
)
INSERT_AGREEMENT = insert(AGREEMENTS).returning(AGREEMENTS.c.id)
UPDATE_AGREEMENT = update(AGREEMENTS).where(AGREEMENTS.c.id == bindparam("p_id"))
DELETE_AGREEMENTS = delete(AGREEMENTS).where(
    AGREEMENTS.c.id.in_(bindparam("p_ids", expanding=True))
)
DELETE_PARTIES = delete(PARTIES).where(
    PARTIES.c.agreement_id.in_(bindparam("p_ids", expanding=True))
)
INSERT_PARTY = insert(PARTIES)
DELETE_DATES = delete(DATES).where(DATES.c.article_id == bindparam("p_id"))
INSERT_DATE = insert(DATES)

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


@dataclass(frozen=True)
class Upserts:
    """The dialect's ``INSERT ... ON CONFLICT`` statements the store needs."""

    body: Any
    article: Any


def _dialect_insert(dialect: str) -> Any:
    """The dialect's ``insert``, which knows ``ON CONFLICT``."""
    return postgresql_insert if dialect == "postgresql" else sqlite_insert


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
