"""The single seam between scraper dataclasses and database rows.

Every write is an idempotent upsert keyed by the identities the schema
defines (normalised URL, organisation alias key, agreement identity per
article), so crawling, reparsing or killing and rerunning never duplicates
rows. Callers own the transaction: one stored page is one transaction.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db import models as m
from db.keys import alias_key
from scraper.models import Extraction, Page, ParsedArticle

PageOutcome = Literal["new", "changed", "unchanged", "not_modified", "error"]

# Response headers worth keeping with the body: what parsers and conditional
# requests need, nothing that identifies a session.
KEPT_HEADERS = ("content-type", "content-language", "etag", "last-modified", "date")


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """What the crawler learned about one URL, in the shape the store needs."""

    url_key: str
    url: str
    fetched_at: datetime
    status: int | None = None
    headers: Mapping[str, str] | None = None
    body: bytes | None = None
    not_modified: bool = False
    error_kind: str | None = None
    error: str | None = None
    kind: str = "page"


def insert_missing(
    session: Session, model: type[m.Base], rows: list[dict[str, Any]], key: str
) -> int:
    """Insert rows whose ``key`` is not taken yet; leave existing rows alone.

    ``INSERT ... ON CONFLICT DO NOTHING``, so two workers creating the same
    organisation, source or frontier URL at once cannot fail each other's
    transaction. Returns how many rows were inserted.
    """
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(model).values(rows).on_conflict_do_nothing(index_elements=[key])
    return session.execute(statement).rowcount or 0


def source_id(session: Session, name: str) -> int:
    """The id of a source row, created on first use."""
    found = session.scalar(select(m.Source.id).where(m.Source.name == name))
    if found is None:
        insert_missing(session, m.Source, [{"name": name}], "name")
        found = session.scalar(select(m.Source.id).where(m.Source.name == name))
    assert found is not None
    return found


def save_fetch(
    session: Session, record: FetchRecord, *, source: str, run_id: int | None
) -> tuple[PageOutcome, int | None]:
    """Record a fetch on the page's row; keep the body when it changed.

    An error never erases a body stored by an earlier fetch: the row records
    the error and the old body stays for ``reparse``. Every fetch, failed ones
    included, gets a row, so the summary and ``status`` can show the error.
    Returns the outcome and the page id.
    """
    page = session.scalar(select(m.Page).where(m.Page.url_key == record.url_key))
    headers = {k: v for k, v in (record.headers or {}).items() if k in KEPT_HEADERS}
    if page is None:
        # Two URLs can redirect to one page, fetched by two workers at once.
        row = {
            "url_key": record.url_key,
            "url": record.url,
            "source_id": source_id(session, source),
            "fetched_at": record.fetched_at,
            "kind": record.kind,
        }
        insert_missing(session, m.Page, [row], "url_key")
        page = session.scalars(
            select(m.Page).where(m.Page.url_key == record.url_key).with_for_update()
        ).one()
    page.crawl_run_id = run_id
    page.fetched_at = record.fetched_at
    page.kind = record.kind
    if record.status is not None:
        page.status = record.status

    if record.not_modified:
        page.error_kind = page.error = None
        session.flush()
        return "not_modified", page.id
    if record.error_kind is not None or record.body is None:
        page.error_kind = record.error_kind or "error"
        page.error = (record.error or "")[:2000]
        session.flush()
        return "error", page.id

    page.url = record.url
    page.error_kind = page.error = None
    page.content_type = headers.get("content-type")
    page.etag = headers.get("etag")
    page.last_modified = headers.get("last-modified")
    digest = hashlib.sha256(record.body).hexdigest()
    if page.sha256 == digest and page.body is not None:
        session.flush()
        return "unchanged", page.id
    outcome: PageOutcome = "new" if page.sha256 is None else "changed"
    page.sha256 = digest
    page.changed_at = record.fetched_at
    page.parsed_at = None
    compressed = zlib.compress(record.body, 6)
    if page.body is None:
        page.body = m.PageBody(headers=headers, body=compressed, size=len(record.body))
    else:
        page.body.headers = headers
        page.body.body = compressed
        page.body.size = len(record.body)
    session.flush()
    return outcome, page.id


def load_page(session: Session, page_id: int) -> Page | None:
    """The stored page as parsers see it, or None when no body was ever stored."""
    row = session.get(m.Page, page_id)
    if row is None or row.body is None:
        return None
    fetched_at = row.changed_at or row.fetched_at
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=UTC)
    return Page(
        url=row.url,
        body=zlib.decompress(row.body.body),
        fetched_at=fetched_at,
        status=row.status or 200,
        headers=dict(row.body.headers or {}),
    )


def record_parse_error(
    session: Session, page_id: int, *, kind: str, message: str, parser: str, version: int
) -> None:
    """Note on the page's row that parsing failed (the body stays)."""
    page = session.get(m.Page, page_id)
    if page is None:
        return
    page.error_kind = kind
    page.error = message[:2000]
    page.parser = parser
    page.parser_version = version
    page.parsed_at = datetime.now(UTC)


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
    Returns the article id, or None for listings.
    """
    page = session.get(m.Page, page_id)
    if page is None:
        raise ValueError(f"no page {page_id}")
    page.parser = parser
    page.parser_version = version
    page.parsed_at = now
    page.error_kind = page.error = None
    article_data = extraction.article
    page.kind = article_data.kind
    if article_data.kind == "listing":
        session.execute(delete(m.Article).where(m.Article.page_id == page_id))
        return None

    article = session.scalar(select(m.Article).where(m.Article.page_id == page_id))
    if article is None:
        article = m.Article(page_id=page_id, source_id=page.source_id, url=article_data.url)
        session.add(article)
    article.url = article_data.url
    article.kind = article_data.kind
    article.title = article_data.title
    article.published = article_data.published
    article.published_source = article_data.published_source
    article.language = article_data.language
    article.body_text = article_data.text
    article.canonical_key = canonical_key
    article.content_hash = content_hash(article_data)
    article.extracted_at = now
    session.flush()

    org_ids = _save_organisations(session, article.id, extraction)
    _save_agreements(session, article.id, extraction, org_ids)
    _save_dates(session, article.id, extraction)
    session.flush()
    return article.id


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
    own_key = session.scalar(select(m.Page.url_key).where(m.Page.id == page_id))
    if canonical is not None and canonical != own_key:
        other = session.scalar(
            select(m.Article.id)
            .join(m.Page, m.Page.id == m.Article.page_id)
            .where(
                (m.Article.canonical_key == canonical) | (m.Page.url_key == canonical),
                m.Article.page_id != page_id,
            )
        )
        if other is not None:
            return other
    return session.scalar(
        select(m.Article.id).where(
            m.Article.content_hash == content_hash(article), m.Article.page_id != page_id
        )
    )


def organisation_id(session: Session, name: str, aliases: Iterable[str], kind: str | None) -> int:
    """Resolve an organisation by its name or any alias, creating it when unknown.

    Every alias becomes a database-wide alias of the resolved organisation,
    unless that alias already belongs to another one (first come keeps it).
    """
    keys = [alias_key(name), *(alias_key(a) for a in aliases)]
    keys = [k for k in dict.fromkeys(keys) if k] or [name.casefold()]
    owned = session.execute(
        select(m.OrganisationAlias.alias_key, m.OrganisationAlias.organisation_id).where(
            m.OrganisationAlias.alias_key.in_(keys)
        )
    )
    owners: dict[str, int] = {key: org for key, org in owned}
    # The canonical name's key decides; else the first alias already known.
    org_id = next((owners[k] for k in keys if k in owners), None)
    if org_id is None:
        insert_missing(session, m.Organisation, [{"name": name, "kind": kind}], "name")
        org_id = session.scalar(select(m.Organisation.id).where(m.Organisation.name == name))
    assert org_id is not None
    surface = {alias_key(a): a for a in (name, *aliases)}
    insert_missing(
        session,
        m.OrganisationAlias,
        [
            {"organisation_id": org_id, "alias": surface.get(k, name)[:300], "alias_key": k}
            for k in keys
            if k not in owners
        ],
        "alias_key",
    )
    return org_id


def _save_organisations(
    session: Session, article_id: int, extraction: Extraction
) -> dict[str, int]:
    session.execute(
        delete(m.ArticleOrganisation).where(m.ArticleOrganisation.article_id == article_id)
    )
    ids: dict[str, int] = {}
    forms: dict[int, tuple[str, ...]] = {}
    for org in extraction.organisations:
        org_id = organisation_id(session, org.name, org.aliases, org.kind)
        ids[org.name] = org_id
        # Two names on the page may resolve to one organisation: one mention row.
        forms.setdefault(org_id, org.aliases)
    for org_id, surface in forms.items():
        session.add(
            m.ArticleOrganisation(
                article_id=article_id, organisation_id=org_id, surface_forms="; ".join(surface)
            )
        )
    return ids


def agreement_identity(type_: str, party_ids: Iterable[int], date: str | None) -> str:
    """The identity of an agreement within an article: type, parties and date."""
    raw = json.dumps([type_, sorted(set(party_ids)), date])
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _save_agreements(
    session: Session, article_id: int, extraction: Extraction, org_ids: Mapping[str, int]
) -> None:
    existing = {
        row.identity_key: row
        for row in session.scalars(select(m.Agreement).where(m.Agreement.article_id == article_id))
    }
    keep: set[str] = set()
    for agreement in extraction.agreements:
        parties = [org_ids[p] for p in agreement.parties if p in org_ids]
        if not parties:
            continue
        key = agreement_identity(agreement.type, parties, agreement.date)
        if key in keep:
            continue
        keep.add(key)
        row = existing.get(key)
        if row is None:
            row = m.Agreement(article_id=article_id, identity_key=key)
            session.add(row)
        row.type = agreement.type
        row.status = agreement.status
        row.date = agreement.date
        row.date_precision = agreement.date_precision
        row.evidence = agreement.evidence
        row.confidence = agreement.confidence
        session.flush()
        session.execute(delete(m.AgreementParty).where(m.AgreementParty.agreement_id == row.id))
        for org_id in dict.fromkeys(parties):
            session.add(m.AgreementParty(agreement_id=row.id, organisation_id=org_id))
    for key, row in existing.items():
        if key not in keep:
            session.delete(row)


def _save_dates(session: Session, article_id: int, extraction: Extraction) -> None:
    session.execute(delete(m.DateMention).where(m.DateMention.article_id == article_id))
    session.flush()
    for position, found in enumerate(extraction.dates):
        session.add(
            m.DateMention(
                article_id=article_id,
                position=position,
                text=found.text[:200],
                value=found.value,
                precision=found.precision,
            )
        )


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
    return session.execute(delete(m.Page).where(m.Page.source_id == sid)).rowcount or 0
