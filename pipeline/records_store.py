"""Rebuilding agreement records in the database from the stored mentions.

``rebuild_records`` reads every agreement mention and the analyst's
corrections, joins them with ``pipeline.records.build_records`` and writes
``records``, ``record_mentions`` and ``record_events``: a record keeps its
row id while its ``record_key`` stays; records whose key is gone are deleted.
With a run id it also logs, in ``record_changes``, the records that are new
or whose status changed, for that run's digest.

It runs once at the end of a crawl run and of a reparse (a full rebuild:
simple and deterministic; the joining itself takes about 0.2 s of CPU for
10,000 synthetic mentions, measured with ``time.process_time``).
Several crawl workers may end runs on one PostgreSQL database at once: a
transaction-level advisory lock makes their rebuilds take turns, and on
SQLite the first statement is a write, so the rebuild holds the writer lock
from its first read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, distinct, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from db import models as m
from pipeline.records import Correction, MentionIn, RecordPlan, build_records

log = logging.getLogger(__name__)

__all__ = [
    "RebuildReport",
    "add_correction",
    "build_missing_records",
    "load_mentions",
    "rebuild_records",
    "records_missing",
]

# An arbitrary, fixed key for the rebuild's PostgreSQL advisory lock ("recs").
_REBUILD_LOCK_KEY = 0x72656373


@dataclass(frozen=True)
class RebuildReport:
    """What a rebuild did: record counts, and the changes it logged."""

    records: int
    mentions: int
    new: int
    status_changed: int
    removed: int


def load_mentions(session: Session) -> tuple[list[MentionIn], dict[int, str]]:
    """Every stored agreement mention as the merging reads it, and organisation names."""
    conn = session.connection()
    ag, art, page = m.Agreement, m.Article, m.Page
    parties: dict[int, set[int]] = {}
    for agreement_id, org_id in conn.execute(
        select(m.AgreementParty.agreement_id, m.AgreementParty.organisation_id)
    ):
        parties.setdefault(agreement_id, set()).add(org_id)
    rows = conn.execute(
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
    ).all()
    mentions = [
        MentionIn(
            agreement_id=row.id,
            article_key=row.url_key,
            identity_key=row.identity_key,
            group=row.translation_of_id or row.article_id,
            type=row.type,
            status=row.status,
            parties=frozenset(parties.get(row.id, ())),
            date=row.date,
            precision=row.date_precision,
            published=row.published.isoformat() if row.published else None,
            evidence=row.evidence,
        )
        for row in rows
        if parties.get(row.id)
    ]
    wanted = {p for x in mentions for p in x.parties}
    names = {
        oid: name
        for oid, name in conn.execute(select(m.Organisation.id, m.Organisation.name))
        if oid in wanted
    }
    return mentions, names


def _corrections(session: Session) -> list[Correction]:
    rc = m.RecordCorrection
    return [
        Correction(
            row.action,
            (row.article_key, row.identity_key),
            (row.other_article_key, row.other_identity_key)
            if row.other_article_key and row.other_identity_key
            else None,
        )
        for row in session.connection().execute(
            select(
                rc.action,
                rc.article_key,
                rc.identity_key,
                rc.other_article_key,
                rc.other_identity_key,
            ).order_by(rc.id)
        )
    ]


def _take_lock(session: Session) -> None:
    session.flush()  # rows added through the ORM must be visible to the SQL below
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _REBUILD_LOCK_KEY})
    else:
        # A write first: SQLite's writer lock is held from here to the commit.
        conn.execute(update(m.AgreementRecord).where(m.AgreementRecord.id == -1).values(articles=0))


def rebuild_records(session: Session, *, run_id: int | None = None) -> RebuildReport:
    """Rebuild every record from the stored mentions, in the session's transaction.

    With ``run_id`` (a ``crawl_runs.id``), records new in this rebuild or whose
    status changed are logged for that run. The caller commits.
    """
    _take_lock(session)
    conn = session.connection()
    mentions, names = load_mentions(session)
    plans = build_records(mentions, _corrections(session), names)
    rec = m.AgreementRecord
    old = {
        row.record_key: (row.id, row.status)
        for row in conn.execute(select(rec.id, rec.record_key, rec.status))
    }
    wanted = {plan.key for plan in plans}
    gone = [rid for key, (rid, _) in old.items() if key not in wanted]
    conn.execute(delete(m.RecordMention))
    conn.execute(delete(m.RecordEvent))
    for start in range(0, len(gone), 500):
        conn.execute(delete(rec).where(rec.id.in_(gone[start : start + 500])))
    changes: list[dict[str, object]] = []
    links: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    new = changed = 0
    for plan in plans:
        values = _values(plan)
        if plan.key in old:
            rid, before = old[plan.key]
            conn.execute(update(rec).where(rec.id == rid).values(**values))
            if before != plan.status:
                changed += 1
                changes.append(
                    {
                        "record_key": plan.key,
                        "change": "status",
                        "old_status": before,
                        "new_status": plan.status,
                    }
                )
        else:
            rid = conn.scalar(insert(rec).values(record_key=plan.key, **values).returning(rec.id))
            new += 1
            changes.append(
                {
                    "record_key": plan.key,
                    "change": "new",
                    "old_status": None,
                    "new_status": plan.status,
                }
            )
        links += [
            {
                "record_id": rid,
                "agreement_id": x.agreement_id,
                "reason": plan.reasons.get(x.agreement_id, ""),
            }
            for x in plan.mentions
        ]
        events += [
            {
                "record_id": rid,
                "position": pos,
                "kind": e.kind,
                "detail": e.detail,
                "date": e.date,
                "date_precision": e.precision,
                "agreement_id": e.agreement_id,
            }
            for pos, e in enumerate(plan.events)
        ]
    if links:
        conn.execute(insert(m.RecordMention), links)
    if events:
        conn.execute(insert(m.RecordEvent), events)
    if run_id is not None and changes:
        conn.execute(insert(m.RecordChange), [{"run_id": run_id, **c} for c in changes])
    _recount(session)
    return RebuildReport(
        records=len(plans), mentions=len(links), new=new, status_changed=changed, removed=len(gone)
    )


def _recount(session: Session) -> None:
    """Write each organisation's number of records into ``organisation_counts.records``.

    Articles and mentions there are kept by triggers (migration 0009); records
    change only here, so ``query organisations`` reads all three from one row.
    """
    rm, party, counts = m.RecordMention, m.AgreementParty, m.OrganisationCounts
    records = (
        select(func.count(distinct(rm.record_id)))
        .select_from(party)
        .join(rm, rm.agreement_id == party.agreement_id)
        .where(party.organisation_id == counts.organisation_id)
        .scalar_subquery()
    )
    session.connection().execute(update(counts).values(records=records))


def records_missing(session: Session) -> bool:
    """True when agreements are stored but no record was built from them (an upgraded database)."""
    conn = session.connection()
    if conn.scalar(select(m.AgreementRecord.id).limit(1)) is not None:
        return False
    return conn.scalar(select(m.Agreement.id).limit(1)) is not None


def build_missing_records(engine: Engine) -> RebuildReport | None:
    """Build the records of a database upgraded to them, so queries lose no agreement.

    Does nothing (None) where records exist or nothing is stored.
    """
    with Session(engine) as session, session.begin():
        if not records_missing(session):
            return None
        return rebuild_records(session)


def _values(plan: RecordPlan) -> dict[str, object]:
    return {
        "type": plan.type,
        "status": plan.status,
        "name": None,
        "first_date": plan.first_date,
        "last_date": plan.last_date,
        "articles": len({x.article_key for x in plan.mentions}),
        "reason": plan.reason,
    }


def forget_correction(session: Session, correction_id: int) -> None:
    """Delete one analyst's correction; ``LookupError`` when there is no such id."""
    result = session.execute(
        delete(m.RecordCorrection).where(m.RecordCorrection.id == correction_id)
    )
    if not getattr(result, "rowcount", 0):  # a DML result (CursorResult) has a rowcount
        raise LookupError(f"no correction {correction_id}")


def add_correction(
    session: Session,
    action: str,
    agreement_id: int,
    other_agreement_id: int | None = None,
    note: str | None = None,
) -> None:
    """Store an analyst's ``split`` or ``merge``, naming mentions by their stable identity.

    Raises ``LookupError`` when a mention id does not exist.
    """
    first = _stable_identity(session, agreement_id)
    other = _stable_identity(session, other_agreement_id) if other_agreement_id else (None, None)
    session.add(
        m.RecordCorrection(
            action=action,
            article_key=first[0],
            identity_key=first[1],
            other_article_key=other[0],
            other_identity_key=other[1],
            note=note,
            created_at=datetime.now(UTC),
        )
    )
    session.flush()


def _stable_identity(session: Session, agreement_id: int) -> tuple[str, str]:
    row = session.execute(
        select(m.Page.url_key, m.Agreement.identity_key)
        .join(m.Article, m.Article.id == m.Agreement.article_id)
        .join(m.Page, m.Page.id == m.Article.page_id)
        .where(m.Agreement.id == agreement_id)
    ).first()
    if row is None:
        raise LookupError(f"no agreement mention {agreement_id}")
    return row.url_key, row.identity_key


def update_records(engine: Engine, run_id: int | None) -> None:
    """Rebuild the agreement records from the stored mentions (end of a run or a reparse).

    A crawl run's rebuild logs its new and changed records under ``run_id``
    (the run's digest); a reparse's does not.
    """
    for attempt in range(1, _REBUILD_ATTEMPTS + 1):
        try:
            with Session(engine) as session, session.begin():
                rebuild_records(session, run_id=run_id)
            return
        except (OperationalError, IntegrityError) as exc:
            # Another worker's page deleted a mention under us (a foreign key), or
            # PostgreSQL broke a deadlock with it: read the mentions again.
            if attempt == _REBUILD_ATTEMPTS:
                raise
            log.info("rebuilding agreement records again (%s)", type(exc.orig).__name__)


# A rebuild reads every mention while other workers may store pages: retried this often.
_REBUILD_ATTEMPTS = 3
