"""SQLAlchemy 2 typed models: the campusnews schema (documented in docs/schema.md).

Identity is enforced by unique constraints: a page by its normalised URL, an
organisation by its name, an alias by its normalised key, an agreement by its
identity key within an article. Raw page bodies live in ``page_bodies`` so the
browsable ``pages`` table stays small.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so migrations name constraints."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """A configured source (a site and the parser that reads it)."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class CrawlRun(Base):
    """One run of ``campusnews crawl`` (or ``demo``), with its summary.

    ``status`` is ``running`` while it runs, then ``ok``, ``source_failed``
    (a source failed) or ``failed`` (the run itself crashed). A run that was
    killed is marked ``interrupted`` by the next run, with ``finished_at``
    NULL (its end is unknown) and ``pages_fetched`` the pages it stored.
    """

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20), default="running")
    sources: Mapped[str] = mapped_column(Text, default="")
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0)
    pages_new: Mapped[int] = mapped_column(Integer, default=0)
    pages_changed: Mapped[int] = mapped_column(Integer, default=0)
    pages_not_modified: Mapped[int] = mapped_column(Integer, default=0)
    robots_denied: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[dict | None] = mapped_column(JSON)


class FrontierURL(Base):
    """A discovered URL waiting to be fetched, or already handled, in a crawl.

    ``state`` is one of queued, leased, done, failed, deferred.
    """

    __tablename__ = "frontier"
    __table_args__ = (
        Index("ix_frontier_state_next", "state", "next_attempt_at"),
        # Leasing takes due URLs host by host, shallowest first.
        Index("ix_frontier_claim", "state", "host", "depth", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    url_key: Mapped[str] = mapped_column(String(2048), unique=True)
    url: Mapped[str] = mapped_column(Text)
    host: Mapped[str] = mapped_column(String(300))
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="page")
    depth: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(20), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    discovered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)


class Page(Base):
    """The latest fetch of one URL: status, validators, error. Body in page_bodies."""

    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    url_key: Mapped[str] = mapped_column(String(2048), unique=True)
    url: Mapped[str] = mapped_column(Text)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="page")
    status: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(200))
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error_kind: Mapped[str | None] = mapped_column(String(50))
    error: Mapped[str | None] = mapped_column(Text)
    parser: Mapped[str | None] = mapped_column(String(100))
    parser_version: Mapped[int | None] = mapped_column(Integer)
    parsed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The source's selectors missed and the generic parser read (part of) the page.
    layout_changed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Which parser produced each part, where it was not the page's source: {"body": "generic"}.
    parsed_by: Mapped[dict | None] = mapped_column(JSON)
    # Why the last parse of the body was cut short (deep nesting): NULL when it read it all.
    truncated: Mapped[str | None] = mapped_column(Text)

    body: Mapped[PageBody | None] = relationship(
        back_populates="page", cascade="all, delete-orphan", uselist=False
    )


class PageBody(Base):
    """The raw bytes of a page, zlib-compressed, kept so ``reparse`` needs no network."""

    __tablename__ = "page_bodies"

    page_id: Mapped[int] = mapped_column(
        ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True
    )
    headers: Mapped[dict] = mapped_column(JSON)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)

    page: Mapped[Page] = relationship(back_populates="body")


class Article(Base):
    """A news article parsed from a page."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_source_published", "source_id", "published"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"), unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="article")
    canonical_key: Mapped[str | None] = mapped_column(String(2048), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    published_source: Mapped[str | None] = mapped_column(String(50))
    language: Mapped[str | None] = mapped_column(String(10))
    body_text: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    translation_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL")
    )
    extracted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Organisation(Base):
    """One real-world organisation, resolved across the whole database."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str | None] = mapped_column(String(50))


class OrganisationAlias(Base):
    """A surface form of an organisation; ``alias_key`` is its normalised form."""

    __tablename__ = "organisation_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(300))
    alias_key: Mapped[str] = mapped_column(String(300), unique=True)


class ArticleOrganisation(Base):
    """An organisation mentioned in an article, with the surface forms used there."""

    __tablename__ = "article_organisations"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    surface_forms: Mapped[str] = mapped_column(Text, default="")


class Agreement(Base):
    """An agreement between organisations stated in one article."""

    __tablename__ = "agreements"
    __table_args__ = (UniqueConstraint("article_id", "identity_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    identity_key: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(30), index=True)
    status: Mapped[str] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    evidence: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)


class AgreementParty(Base):
    """An organisation that is a party to an agreement.

    ``sort_key`` is the agreement's listing date, coalesce(agreement date,
    article published, ''), kept by triggers (migration 0009) so an
    organisation's newest agreements come from one index range.
    """

    __tablename__ = "agreement_parties"
    __table_args__ = (
        Index("ix_agreement_parties_sort", "organisation_id", "sort_key", "agreement_id"),
    )

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    sort_key: Mapped[str] = mapped_column(String(10), server_default="")


class OrganisationCounts(Base):
    """How many articles mention an organisation, and how many agreements and records it is in.

    Kept exact by triggers on organisations and the link tables (migration
    0009); written by the database, never by the store.
    """

    __tablename__ = "organisation_counts"
    __table_args__ = (Index("ix_organisation_counts_rank", "records", "agreements", "articles"),)

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    articles: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    agreements: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Agreement records it is party to: written by the records rebuild, not by triggers.
    records: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class DateMention(Base):
    """A date expression in an article's text, normalised to ISO at its precision."""

    __tablename__ = "date_mentions"
    __table_args__ = (UniqueConstraint("article_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(200))
    # NULL for a relative date with no day to resolve it against ("yesterday" on a
    # page with no publication or fetch date): kept with its text, never guessed.
    value: Mapped[str | None] = mapped_column(String(10), index=True)
    precision: Mapped[str] = mapped_column(String(10))


class HostSlot(Base):
    """When the next request to a host may start, shared by every crawl worker.

    Several workers on one PostgreSQL database reserve their turn here, so the
    per-host delay holds across workers, not just within one.
    """

    __tablename__ = "host_slots"

    host: Mapped[str] = mapped_column(String(300), primary_key=True)
    next_start: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AgreementRecord(Base):
    """One real-world agreement, built from the mentions that report it (``pipeline/records.py``).

    Records are rebuilt from ``agreements`` after every crawl run and reparse;
    ``record_key`` is stable across rebuilds (the hash of the earliest
    mention's article URL and identity key), ``id`` stays the same while the
    key does. ``status`` is derived from the latest of ``record_events``;
    ``reason`` says why its mentions were joined.
    """

    __tablename__ = "records"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_key: Mapped[str] = mapped_column(String(32), unique=True)
    type: Mapped[str] = mapped_column(String(30), index=True)
    status: Mapped[str] = mapped_column(String(20))
    name: Mapped[str | None] = mapped_column(Text)
    first_date: Mapped[str | None] = mapped_column(String(10), index=True)
    last_date: Mapped[str | None] = mapped_column(String(10))
    articles: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")


class RecordMention(Base):
    """An agreement mention (a row of ``agreements``) linked to its record, with the join reason."""

    __tablename__ = "record_mentions"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    )
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class RecordOrganisation(Base):
    """An organisation party to a record, with the record's listing date: the key of its listing.

    One row per (record, organisation) for which one of the record's mentions
    has the organisation as a party; ``newest`` is coalesce(last_date,
    first_date, ''). Kept by triggers (migration 0010), never written by the
    store, so an organisation's newest records come from one index range.
    """

    __tablename__ = "record_organisations"
    __table_args__ = (
        Index("ix_record_organisations_newest", "organisation_id", "newest", "record_id"),
    )

    record_id: Mapped[int] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    newest: Mapped[str] = mapped_column(String(10), server_default="")


class RecordEvent(Base):
    """One step of a record's lifecycle: announced, signed, extended or ended.

    ``detail`` says how (terminated, expired, suspended, merged, renewed);
    ``agreement_id`` is the mention that reported it.
    """

    __tablename__ = "record_events"
    __table_args__ = (UniqueConstraint("record_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str | None] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(10))
    agreement_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreements.id", ondelete="SET NULL")
    )


class RecordCorrection(Base):
    """An analyst's correction of the merging, kept across rebuilds, reparses and crawls.

    Mentions are named by stable identity, never by row id: the page's
    normalised URL (``pages.url_key``) and the agreement's ``identity_key``.
    ``split``: the mention is never joined automatically (it becomes a record
    of its own unless a ``merge`` names it). ``merge``: the mention and the
    ``other_*`` mention are one agreement.
    """

    __tablename__ = "record_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(String(10))
    article_key: Mapped[str] = mapped_column(String(2048))
    identity_key: Mapped[str] = mapped_column(String(64))
    other_article_key: Mapped[str | None] = mapped_column(String(2048))
    other_identity_key: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RecordChange(Base):
    """A record that was new in a crawl run, or whose status changed in it (the run's digest)."""

    __tablename__ = "record_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"), index=True)
    record_key: Mapped[str] = mapped_column(String(32))
    change: Mapped[str] = mapped_column(String(10))
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str | None] = mapped_column(String(20))


class RecordMark(Base):
    """A change the agreement records have not caught up with yet ("dirty" mark).

    Written by triggers (migration 0011), read and deleted by the records
    rebuild (``pipeline/records_store.py``): ``agreement_id`` is a mention
    inserted or changed (its text, parties, article's date, translation link,
    URL key or a party's name), ``record_id`` a record one of whose mentions
    was deleted, ``organisation_id`` an organisation whose record count may
    have changed. A row with all three empty (a correction added or
    deleted) asks for a full rebuild. No foreign keys: a mark outlives what
    it names.
    """

    __tablename__ = "record_marks"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int | None] = mapped_column(Integer)
    record_id: Mapped[int | None] = mapped_column(Integer)
    organisation_id: Mapped[int | None] = mapped_column(Integer)
