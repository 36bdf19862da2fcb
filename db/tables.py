"""The schema as SQLAlchemy Core tables, for reading without the ORM.

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
    JSON,
    Boolean,
    Column,
    ColumnElement,
    Date,
    DateTime,
    Float,
    ForeignKey,
    FromClause,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

agreements_table = Table(
    "agreements",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("article_id", Integer(), ForeignKey("articles.id"), nullable=False),
    Column("identity_key", String(length=64), nullable=False),
    Column("type", String(length=30), nullable=False),
    Column("status", String(length=20), nullable=False),
    Column("date", String(length=10)),
    Column("date_precision", String(length=10)),
    Column("evidence", Text(), nullable=False),
    Column("confidence", Float(), nullable=False),
)


class Agreement:
    """The columns of ``agreements``; the class stands for the table."""

    __table__ = agreements_table
    id: ColumnElement[int] = agreements_table.c.id
    article_id: ColumnElement[int] = agreements_table.c.article_id
    identity_key: ColumnElement[str] = agreements_table.c.identity_key
    type: ColumnElement[str] = agreements_table.c.type
    status: ColumnElement[str] = agreements_table.c.status
    date: ColumnElement[str | None] = agreements_table.c.date
    date_precision: ColumnElement[str | None] = agreements_table.c.date_precision
    evidence: ColumnElement[str] = agreements_table.c.evidence
    confidence: ColumnElement[float] = agreements_table.c.confidence

    @staticmethod
    def __clause_element__() -> FromClause:
        return agreements_table


agreement_parties_table = Table(
    "agreement_parties",
    metadata,
    Column("agreement_id", Integer(), ForeignKey("agreements.id"), primary_key=True),
    Column("organisation_id", Integer(), ForeignKey("organisations.id"), primary_key=True),
    Column("sort_key", String(length=10), nullable=False),
)


class AgreementParty:
    """The columns of ``agreement_parties``; the class stands for the table."""

    __table__ = agreement_parties_table
    agreement_id: ColumnElement[int] = agreement_parties_table.c.agreement_id
    organisation_id: ColumnElement[int] = agreement_parties_table.c.organisation_id
    sort_key: ColumnElement[str] = agreement_parties_table.c.sort_key

    @staticmethod
    def __clause_element__() -> FromClause:
        return agreement_parties_table


records_table = Table(
    "records",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("record_key", String(length=32), nullable=False),
    Column("type", String(length=30), nullable=False),
    Column("status", String(length=20), nullable=False),
    Column("name", Text()),
    Column("first_date", String(length=10)),
    Column("last_date", String(length=10)),
    Column("articles", Integer(), nullable=False),
    Column("reason", Text(), nullable=False),
)


class AgreementRecord:
    """The columns of ``records``; the class stands for the table."""

    __table__ = records_table
    id: ColumnElement[int] = records_table.c.id
    record_key: ColumnElement[str] = records_table.c.record_key
    type: ColumnElement[str] = records_table.c.type
    status: ColumnElement[str] = records_table.c.status
    name: ColumnElement[str | None] = records_table.c.name
    first_date: ColumnElement[str | None] = records_table.c.first_date
    last_date: ColumnElement[str | None] = records_table.c.last_date
    articles: ColumnElement[int] = records_table.c.articles
    reason: ColumnElement[str] = records_table.c.reason

    @staticmethod
    def __clause_element__() -> FromClause:
        return records_table


articles_table = Table(
    "articles",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("page_id", Integer(), ForeignKey("pages.id"), nullable=False),
    Column("source_id", Integer(), ForeignKey("sources.id"), nullable=False),
    Column("url", Text(), nullable=False),
    Column("kind", String(length=20), nullable=False),
    Column("canonical_key", String(length=2048)),
    Column("title", Text()),
    Column("published", Date()),
    Column("published_source", String(length=50)),
    Column("language", String(length=10)),
    Column("body_text", Text(), nullable=False),
    Column("content_hash", String(length=64)),
    Column("translation_of_id", Integer(), ForeignKey("articles.id")),
    Column("extracted_at", DateTime(timezone=True), nullable=False),
)


class Article:
    """The columns of ``articles``; the class stands for the table."""

    __table__ = articles_table
    id: ColumnElement[int] = articles_table.c.id
    page_id: ColumnElement[int] = articles_table.c.page_id
    source_id: ColumnElement[int] = articles_table.c.source_id
    url: ColumnElement[str] = articles_table.c.url
    kind: ColumnElement[str] = articles_table.c.kind
    canonical_key: ColumnElement[str | None] = articles_table.c.canonical_key
    title: ColumnElement[str | None] = articles_table.c.title
    published: ColumnElement[dt.date | None] = articles_table.c.published
    published_source: ColumnElement[str | None] = articles_table.c.published_source
    language: ColumnElement[str | None] = articles_table.c.language
    body_text: ColumnElement[str] = articles_table.c.body_text
    content_hash: ColumnElement[str | None] = articles_table.c.content_hash
    translation_of_id: ColumnElement[int | None] = articles_table.c.translation_of_id
    extracted_at: ColumnElement[dt.datetime] = articles_table.c.extracted_at

    @staticmethod
    def __clause_element__() -> FromClause:
        return articles_table


article_organisations_table = Table(
    "article_organisations",
    metadata,
    Column("article_id", Integer(), ForeignKey("articles.id"), primary_key=True),
    Column("organisation_id", Integer(), ForeignKey("organisations.id"), primary_key=True),
    Column("surface_forms", Text(), nullable=False),
)


class ArticleOrganisation:
    """The columns of ``article_organisations``; the class stands for the table."""

    __table__ = article_organisations_table
    article_id: ColumnElement[int] = article_organisations_table.c.article_id
    organisation_id: ColumnElement[int] = article_organisations_table.c.organisation_id
    surface_forms: ColumnElement[str] = article_organisations_table.c.surface_forms

    @staticmethod
    def __clause_element__() -> FromClause:
        return article_organisations_table


crawl_runs_table = Table(
    "crawl_runs",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(length=20), nullable=False),
    Column("sources", Text(), nullable=False),
    Column("pages_fetched", Integer(), nullable=False),
    Column("pages_new", Integer(), nullable=False),
    Column("pages_changed", Integer(), nullable=False),
    Column("pages_not_modified", Integer(), nullable=False),
    Column("robots_denied", Integer(), nullable=False),
    Column("errors", Integer(), nullable=False),
    Column("summary", JSON()),
)


class CrawlRun:
    """The columns of ``crawl_runs``; the class stands for the table."""

    __table__ = crawl_runs_table
    id: ColumnElement[int] = crawl_runs_table.c.id
    started_at: ColumnElement[dt.datetime] = crawl_runs_table.c.started_at
    finished_at: ColumnElement[dt.datetime | None] = crawl_runs_table.c.finished_at
    status: ColumnElement[str] = crawl_runs_table.c.status
    sources: ColumnElement[str] = crawl_runs_table.c.sources
    pages_fetched: ColumnElement[int] = crawl_runs_table.c.pages_fetched
    pages_new: ColumnElement[int] = crawl_runs_table.c.pages_new
    pages_changed: ColumnElement[int] = crawl_runs_table.c.pages_changed
    pages_not_modified: ColumnElement[int] = crawl_runs_table.c.pages_not_modified
    robots_denied: ColumnElement[int] = crawl_runs_table.c.robots_denied
    errors: ColumnElement[int] = crawl_runs_table.c.errors
    summary: ColumnElement[dict | None] = crawl_runs_table.c.summary

    @staticmethod
    def __clause_element__() -> FromClause:
        return crawl_runs_table


date_mentions_table = Table(
    "date_mentions",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("article_id", Integer(), ForeignKey("articles.id"), nullable=False),
    Column("position", Integer(), nullable=False),
    Column("text", String(length=200), nullable=False),
    Column("value", String(length=10)),
    Column("precision", String(length=10), nullable=False),
)


class DateMention:
    """The columns of ``date_mentions``; the class stands for the table."""

    __table__ = date_mentions_table
    id: ColumnElement[int] = date_mentions_table.c.id
    article_id: ColumnElement[int] = date_mentions_table.c.article_id
    position: ColumnElement[int] = date_mentions_table.c.position
    text: ColumnElement[str] = date_mentions_table.c.text
    value: ColumnElement[str | None] = date_mentions_table.c.value
    precision: ColumnElement[str] = date_mentions_table.c.precision

    @staticmethod
    def __clause_element__() -> FromClause:
        return date_mentions_table


frontier_table = Table(
    "frontier",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("url_key", String(length=2048), nullable=False),
    Column("url", Text(), nullable=False),
    Column("host", String(length=300), nullable=False),
    Column("source_id", Integer(), ForeignKey("sources.id"), nullable=False),
    Column("kind", String(length=20), nullable=False),
    Column("depth", Integer(), nullable=False),
    Column("state", String(length=20), nullable=False),
    Column("attempts", Integer(), nullable=False),
    Column("next_attempt_at", DateTime(timezone=True)),
    Column("lease_owner", String(length=100)),
    Column("lease_expires_at", DateTime(timezone=True)),
    Column("discovered_at", DateTime(timezone=True), nullable=False),
    Column("last_error", Text()),
)


class FrontierURL:
    """The columns of ``frontier``; the class stands for the table."""

    __table__ = frontier_table
    id: ColumnElement[int] = frontier_table.c.id
    url_key: ColumnElement[str] = frontier_table.c.url_key
    url: ColumnElement[str] = frontier_table.c.url
    host: ColumnElement[str] = frontier_table.c.host
    source_id: ColumnElement[int] = frontier_table.c.source_id
    kind: ColumnElement[str] = frontier_table.c.kind
    depth: ColumnElement[int] = frontier_table.c.depth
    state: ColumnElement[str] = frontier_table.c.state
    attempts: ColumnElement[int] = frontier_table.c.attempts
    next_attempt_at: ColumnElement[dt.datetime | None] = frontier_table.c.next_attempt_at
    lease_owner: ColumnElement[str | None] = frontier_table.c.lease_owner
    lease_expires_at: ColumnElement[dt.datetime | None] = frontier_table.c.lease_expires_at
    discovered_at: ColumnElement[dt.datetime] = frontier_table.c.discovered_at
    last_error: ColumnElement[str | None] = frontier_table.c.last_error

    @staticmethod
    def __clause_element__() -> FromClause:
        return frontier_table


host_slots_table = Table(
    "host_slots",
    metadata,
    Column("host", String(length=300), primary_key=True),
    Column("next_start", DateTime(timezone=True), nullable=False),
)


class HostSlot:
    """The columns of ``host_slots``; the class stands for the table."""

    __table__ = host_slots_table
    host: ColumnElement[str] = host_slots_table.c.host
    next_start: ColumnElement[dt.datetime] = host_slots_table.c.next_start

    @staticmethod
    def __clause_element__() -> FromClause:
        return host_slots_table


organisations_table = Table(
    "organisations",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=300), nullable=False),
    Column("kind", String(length=50)),
)


class Organisation:
    """The columns of ``organisations``; the class stands for the table."""

    __table__ = organisations_table
    id: ColumnElement[int] = organisations_table.c.id
    name: ColumnElement[str] = organisations_table.c.name
    kind: ColumnElement[str | None] = organisations_table.c.kind

    @staticmethod
    def __clause_element__() -> FromClause:
        return organisations_table


organisation_aliases_table = Table(
    "organisation_aliases",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("organisation_id", Integer(), ForeignKey("organisations.id"), nullable=False),
    Column("alias", String(length=300), nullable=False),
    Column("alias_key", String(length=300), nullable=False),
)


class OrganisationAlias:
    """The columns of ``organisation_aliases``; the class stands for the table."""

    __table__ = organisation_aliases_table
    id: ColumnElement[int] = organisation_aliases_table.c.id
    organisation_id: ColumnElement[int] = organisation_aliases_table.c.organisation_id
    alias: ColumnElement[str] = organisation_aliases_table.c.alias
    alias_key: ColumnElement[str] = organisation_aliases_table.c.alias_key

    @staticmethod
    def __clause_element__() -> FromClause:
        return organisation_aliases_table


organisation_counts_table = Table(
    "organisation_counts",
    metadata,
    Column("organisation_id", Integer(), ForeignKey("organisations.id"), primary_key=True),
    Column("articles", Integer(), nullable=False),
    Column("agreements", Integer(), nullable=False),
    Column("records", Integer(), nullable=False),
)


class OrganisationCounts:
    """The columns of ``organisation_counts``; the class stands for the table."""

    __table__ = organisation_counts_table
    organisation_id: ColumnElement[int] = organisation_counts_table.c.organisation_id
    articles: ColumnElement[int] = organisation_counts_table.c.articles
    agreements: ColumnElement[int] = organisation_counts_table.c.agreements
    records: ColumnElement[int] = organisation_counts_table.c.records

    @staticmethod
    def __clause_element__() -> FromClause:
        return organisation_counts_table


pages_table = Table(
    "pages",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("url_key", String(length=2048), nullable=False),
    Column("url", Text(), nullable=False),
    Column("source_id", Integer(), ForeignKey("sources.id"), nullable=False),
    Column("crawl_run_id", Integer(), ForeignKey("crawl_runs.id")),
    Column("kind", String(length=20), nullable=False),
    Column("status", Integer()),
    Column("content_type", String(length=200)),
    Column("etag", String(length=500)),
    Column("last_modified", String(length=100)),
    Column("sha256", String(length=64)),
    Column("fetched_at", DateTime(timezone=True), nullable=False),
    Column("changed_at", DateTime(timezone=True)),
    Column("error_kind", String(length=50)),
    Column("error", Text()),
    Column("parser", String(length=100)),
    Column("parser_version", Integer()),
    Column("parsed_at", DateTime(timezone=True)),
    Column("layout_changed", Boolean(), nullable=False),
    Column("parsed_by", JSON()),
    Column("truncated", Text()),
)


class Page:
    """The columns of ``pages``; the class stands for the table."""

    __table__ = pages_table
    id: ColumnElement[int] = pages_table.c.id
    url_key: ColumnElement[str] = pages_table.c.url_key
    url: ColumnElement[str] = pages_table.c.url
    source_id: ColumnElement[int] = pages_table.c.source_id
    crawl_run_id: ColumnElement[int | None] = pages_table.c.crawl_run_id
    kind: ColumnElement[str] = pages_table.c.kind
    status: ColumnElement[int | None] = pages_table.c.status
    content_type: ColumnElement[str | None] = pages_table.c.content_type
    etag: ColumnElement[str | None] = pages_table.c.etag
    last_modified: ColumnElement[str | None] = pages_table.c.last_modified
    sha256: ColumnElement[str | None] = pages_table.c.sha256
    fetched_at: ColumnElement[dt.datetime] = pages_table.c.fetched_at
    changed_at: ColumnElement[dt.datetime | None] = pages_table.c.changed_at
    error_kind: ColumnElement[str | None] = pages_table.c.error_kind
    error: ColumnElement[str | None] = pages_table.c.error
    parser: ColumnElement[str | None] = pages_table.c.parser
    parser_version: ColumnElement[int | None] = pages_table.c.parser_version
    parsed_at: ColumnElement[dt.datetime | None] = pages_table.c.parsed_at
    layout_changed: ColumnElement[bool] = pages_table.c.layout_changed
    parsed_by: ColumnElement[dict | None] = pages_table.c.parsed_by
    truncated: ColumnElement[str | None] = pages_table.c.truncated

    @staticmethod
    def __clause_element__() -> FromClause:
        return pages_table


page_bodies_table = Table(
    "page_bodies",
    metadata,
    Column("page_id", Integer(), ForeignKey("pages.id"), primary_key=True),
    Column("headers", JSON(), nullable=False),
    Column("body", LargeBinary(), nullable=False),
    Column("size", Integer(), nullable=False),
)


class PageBody:
    """The columns of ``page_bodies``; the class stands for the table."""

    __table__ = page_bodies_table
    page_id: ColumnElement[int] = page_bodies_table.c.page_id
    headers: ColumnElement[dict] = page_bodies_table.c.headers
    body: ColumnElement[bytes] = page_bodies_table.c.body
    size: ColumnElement[int] = page_bodies_table.c.size

    @staticmethod
    def __clause_element__() -> FromClause:
        return page_bodies_table


record_changes_table = Table(
    "record_changes",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("run_id", Integer(), ForeignKey("crawl_runs.id"), nullable=False),
    Column("record_key", String(length=32), nullable=False),
    Column("change", String(length=10), nullable=False),
    Column("old_status", String(length=20)),
    Column("new_status", String(length=20)),
)


class RecordChange:
    """The columns of ``record_changes``; the class stands for the table."""

    __table__ = record_changes_table
    id: ColumnElement[int] = record_changes_table.c.id
    run_id: ColumnElement[int] = record_changes_table.c.run_id
    record_key: ColumnElement[str] = record_changes_table.c.record_key
    change: ColumnElement[str] = record_changes_table.c.change
    old_status: ColumnElement[str | None] = record_changes_table.c.old_status
    new_status: ColumnElement[str | None] = record_changes_table.c.new_status

    @staticmethod
    def __clause_element__() -> FromClause:
        return record_changes_table


record_corrections_table = Table(
    "record_corrections",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("action", String(length=10), nullable=False),
    Column("article_key", String(length=2048), nullable=False),
    Column("identity_key", String(length=64), nullable=False),
    Column("other_article_key", String(length=2048)),
    Column("other_identity_key", String(length=64)),
    Column("note", Text()),
    Column("created_at", DateTime(timezone=True), nullable=False),
)


class RecordCorrection:
    """The columns of ``record_corrections``; the class stands for the table."""

    __table__ = record_corrections_table
    id: ColumnElement[int] = record_corrections_table.c.id
    action: ColumnElement[str] = record_corrections_table.c.action
    article_key: ColumnElement[str] = record_corrections_table.c.article_key
    identity_key: ColumnElement[str] = record_corrections_table.c.identity_key
    other_article_key: ColumnElement[str | None] = record_corrections_table.c.other_article_key
    other_identity_key: ColumnElement[str | None] = record_corrections_table.c.other_identity_key
    note: ColumnElement[str | None] = record_corrections_table.c.note
    created_at: ColumnElement[dt.datetime] = record_corrections_table.c.created_at

    @staticmethod
    def __clause_element__() -> FromClause:
        return record_corrections_table


record_events_table = Table(
    "record_events",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("record_id", Integer(), ForeignKey("records.id"), nullable=False),
    Column("position", Integer(), nullable=False),
    Column("kind", String(length=20), nullable=False),
    Column("detail", String(length=20)),
    Column("date", String(length=10)),
    Column("date_precision", String(length=10)),
    Column("agreement_id", Integer(), ForeignKey("agreements.id")),
)


class RecordEvent:
    """The columns of ``record_events``; the class stands for the table."""

    __table__ = record_events_table
    id: ColumnElement[int] = record_events_table.c.id
    record_id: ColumnElement[int] = record_events_table.c.record_id
    position: ColumnElement[int] = record_events_table.c.position
    kind: ColumnElement[str] = record_events_table.c.kind
    detail: ColumnElement[str | None] = record_events_table.c.detail
    date: ColumnElement[str | None] = record_events_table.c.date
    date_precision: ColumnElement[str | None] = record_events_table.c.date_precision
    agreement_id: ColumnElement[int | None] = record_events_table.c.agreement_id

    @staticmethod
    def __clause_element__() -> FromClause:
        return record_events_table


record_marks_table = Table(
    "record_marks",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("agreement_id", Integer()),
    Column("record_id", Integer()),
    Column("organisation_id", Integer()),
)


class RecordMark:
    """The columns of ``record_marks``; the class stands for the table."""

    __table__ = record_marks_table
    id: ColumnElement[int] = record_marks_table.c.id
    agreement_id: ColumnElement[int | None] = record_marks_table.c.agreement_id
    record_id: ColumnElement[int | None] = record_marks_table.c.record_id
    organisation_id: ColumnElement[int | None] = record_marks_table.c.organisation_id

    @staticmethod
    def __clause_element__() -> FromClause:
        return record_marks_table


record_mentions_table = Table(
    "record_mentions",
    metadata,
    Column("agreement_id", Integer(), ForeignKey("agreements.id"), primary_key=True),
    Column("record_id", Integer(), ForeignKey("records.id"), nullable=False),
    Column("reason", Text(), nullable=False),
)


class RecordMention:
    """The columns of ``record_mentions``; the class stands for the table."""

    __table__ = record_mentions_table
    agreement_id: ColumnElement[int] = record_mentions_table.c.agreement_id
    record_id: ColumnElement[int] = record_mentions_table.c.record_id
    reason: ColumnElement[str] = record_mentions_table.c.reason

    @staticmethod
    def __clause_element__() -> FromClause:
        return record_mentions_table


record_organisations_table = Table(
    "record_organisations",
    metadata,
    Column("record_id", Integer(), ForeignKey("records.id"), primary_key=True),
    Column("organisation_id", Integer(), ForeignKey("organisations.id"), primary_key=True),
    Column("newest", String(length=10), nullable=False),
)


class RecordOrganisation:
    """The columns of ``record_organisations``; the class stands for the table."""

    __table__ = record_organisations_table
    record_id: ColumnElement[int] = record_organisations_table.c.record_id
    organisation_id: ColumnElement[int] = record_organisations_table.c.organisation_id
    newest: ColumnElement[str] = record_organisations_table.c.newest

    @staticmethod
    def __clause_element__() -> FromClause:
        return record_organisations_table


sources_table = Table(
    "sources",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=100), nullable=False),
)


class Source:
    """The columns of ``sources``; the class stands for the table."""

    __table__ = sources_table
    id: ColumnElement[int] = sources_table.c.id
    name: ColumnElement[str] = sources_table.c.name

    @staticmethod
    def __clause_element__() -> FromClause:
        return sources_table
