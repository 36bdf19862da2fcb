"""Agreement records: the rebuild's writes, and analysts' corrections.

``write_records`` replaces ``records``, ``record_mentions`` and
``record_events`` with the plans ``pipeline.records.build_records`` made: a
record keeps its row id while its ``record_key`` stays; records whose key is
gone are deleted. With a run id it also logs, in ``record_changes``, the
records that are new or whose status changed, for that run's digest.
``pipeline.records_store`` reads the mentions and calls it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, distinct, func, insert, select, text, update
from sqlalchemy.orm import Session

from db import models as m
from pipeline.records import RecordPlan

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


def lock_records(session: Session) -> None:
    """Take the rebuild's turn: rebuilds of workers ending runs together take turns.

    A transaction-level advisory lock on PostgreSQL; on SQLite a write first,
    so the writer lock is held from here to the commit.
    """
    session.flush()  # rows added through the ORM must be visible to the SQL below
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _REBUILD_LOCK_KEY})
    else:
        conn.execute(update(m.AgreementRecord).where(m.AgreementRecord.id == -1).values(articles=0))


def write_records(
    session: Session, plans: list[RecordPlan], *, run_id: int | None = None
) -> RebuildReport:
    """Replace the stored records with ``plans`` (``lock_records`` first); the caller commits.

    With ``run_id`` (a ``crawl_runs.id``), records new here or whose status
    changed are logged for that run.
    """
    conn = session.connection()
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


def add_correction(
    session: Session,
    action: str,
    mention: tuple[str, str],
    other: tuple[str, str] | tuple[None, None],
    note: str | None,
) -> None:
    """Store an analyst's ``split`` or ``merge`` of mentions named (article key, identity key)."""
    session.add(
        m.RecordCorrection(
            action=action,
            article_key=mention[0],
            identity_key=mention[1],
            other_article_key=other[0],
            other_identity_key=other[1],
            note=note,
            created_at=datetime.now(UTC),
        )
    )
    session.flush()


def forget_correction(session: Session, correction_id: int) -> None:
    """Delete one analyst's correction; ``LookupError`` when there is no such id."""
    result = session.execute(
        delete(m.RecordCorrection).where(m.RecordCorrection.id == correction_id)
    )
    if not getattr(result, "rowcount", 0):  # a DML result (CursorResult) has a rowcount
        raise LookupError(f"no correction {correction_id}")
